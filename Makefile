# The whole set-up: `make run` opens MSLog, `make test` runs every check headless.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# setuptools notes every editable install of a project laid out in folders ("Editable
# installation... be careful with folders in your working directory"): information, not a fault.
PIP_INSTALL = PYTHONWARNINGS="ignore:Editable installation" $(PY) -m pip install --quiet
# The other interpreters the suite runs on (`make test-pythons`), each in its own .venv-X.Y.
PYTHONS ?= 3.12 3.13

.PHONY: run test lint suite test-pythons bench bundle smoke-bundle clean screenshots translations

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(PY)
	$(PIP_INSTALL) -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PIP_INSTALL) -e '.[test]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(PY) -m mslog

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check mslog tests bench
	$(VENV)/bin/ruff format --check mslog tests bench
	$(VENV)/bin/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The suite alone, without lint (ruff's verdict is the same on every interpreter);
# PYTEST_ARGS adds to pytest's own arguments.
suite: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:cacheprovider $(PYTEST_ARGS)

# `make test-3.12`: the suite on Python 3.12 in .venv-3.12 (`make venv-3.12` only makes that venv).
# The interpreter is pyenv's newest 3.12.* if there is one, else python3.12 on PATH; without
# either it says so and fails.
test-pythons: $(addprefix test-,$(PYTHONS))

venv-%:
	@py=$$(ls -d "$$(pyenv root 2>/dev/null)"/versions/$*.*/bin/python$* 2>/dev/null \
		| sort -V | tail -n 1); \
	if [ -z "$$py" ] && python$* --version >/dev/null 2>&1; then py=$$(command -v python$*); fi; \
	if [ -z "$$py" ]; then \
		echo "make: no Python $* here (neither pyenv's versions/$*.* nor python$* on PATH);" \
			"install it, e.g. pyenv install $*" >&2; \
		exit 1; \
	fi; \
	$(MAKE) --no-print-directory .venv-$*/.installed-test PYTHON="$$py" VENV=.venv-$*

test-%: venv-%
	@echo "== the suite on $$(.venv-$*/bin/python --version) in .venv-$*"
	@$(MAKE) --no-print-directory suite VENV=.venv-$*

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

# A one-folder app in dist/mslog/ (PyInstaller; see packaging/README.md), then its smoke run.
$(VENV)/.installed-bundle: | $(VENV)/.installed-run
	$(PY) -m pip install --quiet 'pyinstaller>=6.10,<7'
	touch $@

bundle: $(VENV)/.installed-bundle
	rm -rf dist/mslog
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/mslog.spec
	@du -sh dist/mslog

smoke-bundle: bundle
	packaging/smoke_bundle.sh

clean:
	rm -rf $(VENV) .venv-* build dist *.egg-info .pytest_cache .ruff_cache

# README and AppStream screenshots from a made-up diary (offscreen; no real data).
screenshots: $(VENV)/.installed-run
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py --out docs/screenshots

# The catalogues after a change of any translatable text: pyside6-lupdate over mslog/ into
# resources/translations/*.ts, then pyside6-lrelease to the .qm files (commit both).
translations: $(VENV)/.installed-run
	$(PY) tools/make_content_texts.py
	$(PY) tools/update_translations.py
