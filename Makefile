# The whole set-up: `make run` opens MSLog, `make test` runs every check headless.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test lint bench bundle smoke-bundle clean screenshots

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(PY) -m mslog

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check mslog tests bench
	$(VENV)/bin/ruff format --check mslog tests bench

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

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
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache

# README and AppStream screenshots from a made-up diary (offscreen; no real data).
screenshots: $(VENV)/.installed-run
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py --out docs/screenshots
