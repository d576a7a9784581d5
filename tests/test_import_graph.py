"""The imports of every module of mslog/, read from the source: no loop, none up into mslog.ui."""

from __future__ import annotations

import ast
from pathlib import Path

import mslog

ROOT = Path(mslog.__file__).parent

# The only ways below the window into mslog.ui: (module, function, module imported). The
# command line starts the window from inside the functions that decide to (no arguments at
# all, or only options and no command), so no other command loads Qt.
WINDOW_LAUNCH = {("mslog.cli", "main", "mslog.ui.app"), ("mslog.cli", "_run", "mslog.ui.app")}

# Cycles known and waiting for their owners' change, each with why it is not fixed here.
KNOWN: dict[frozenset[str], str] = {}


def _modules() -> dict[str, tuple[Path, bool]]:
    found = {}
    for path in ROOT.rglob("*.py"):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if package else parts)] = (path, package)
    return found


def _type_checking_nodes(tree: ast.Module) -> set[int]:
    # Imports under `if TYPE_CHECKING:` never run, so they cannot make a loop at run time.
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                skipped.update(id(n) for n in ast.walk(child))
    return skipped


def _imports(name: str, path: Path, package: bool, modules: dict) -> list[tuple[str, str, bool]]:
    """Return (mslog module imported, enclosing function or "", under TYPE_CHECKING) of ``name``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_nodes(tree)
    here = name if package else name.rpartition(".")[0]
    found: list[tuple[str, str, bool]] = []

    def visit(node: ast.AST, function: str) -> None:
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                origin = ".".join([*base, *([node.module] if node.module else [])])
            else:
                origin = node.module or ""
            for alias in node.names:
                submodule = f"{origin}.{alias.name}"
                targets.append(submodule if submodule in modules else origin)
        for target in targets:
            while target not in modules and "." in target:
                target = target.rpartition(".")[0]
            if target in modules and target != name:
                found.append((target, function, id(node) in skipped))
        inner = node.name if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) else function
        for child in ast.iter_child_nodes(node):
            visit(child, inner)

    visit(tree, "")
    return found


def all_imports() -> dict[str, list[tuple[str, str, bool]]]:
    """Map every module of mslog to its imports of mslog modules, as :func:`_imports` says."""
    modules = _modules()
    return {
        name: _imports(name, path, package, modules) for name, (path, package) in modules.items()
    }


def import_graph() -> dict[str, set[str]]:
    """Map every module of mslog to the mslog modules it imports (module or function level)."""
    return {
        name: {target for target, _, type_only in found if not type_only}
        for name, found in all_imports().items()
    }


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Return the strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_walk_sees_the_command_line_package():
    graph = import_graph()
    assert "mslog.cli.common" in graph["mslog.cli.spasms"]


def test_a_loop_is_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [frozenset("abc")]


def test_no_import_cycle_in_mslog():
    found = cycles(import_graph())
    unknown = [sorted(c) for c in found if c not in KNOWN]
    assert unknown == []
    assert set(KNOWN) <= set(found), "a known cycle is gone: remove it from KNOWN"


def _below_the_window(module: str) -> bool:
    return module.split(".")[:2] in (["mslog", "core"], ["mslog", "cli"])


def test_core_and_the_command_line_do_not_reach_into_the_window():
    # Type-only imports count too: a core type drawn from mslog.ui is still the wrong way up.
    found = {
        (name, function, target)
        for name, imports in all_imports().items()
        if _below_the_window(name)
        for target, function, _ in imports
        if target.split(".")[:2] == ["mslog", "ui"]
    }
    assert found - WINDOW_LAUNCH == set()
    assert found == WINDOW_LAUNCH, "the window is launched some other way: update WINDOW_LAUNCH"


def test_the_layer_check_would_see_a_module_level_import(tmp_path):
    source = tmp_path / "reach.py"
    source.write_text("from mslog.ui.app import run_gui\n\ndef f():\n    import mslog.ui.app\n")
    modules = {**_modules(), "mslog.core.reach": (source, False)}
    assert _imports("mslog.core.reach", source, False, modules) == [
        ("mslog.ui.app", "", False),
        ("mslog.ui.app", "f", False),
    ]
