"""The core stays free of Qt: ``msworkshop.domain`` and ``msworkshop.store`` never import PySide6.

Checked two ways: importing every module in a fresh interpreter, and reading the source, so
an import hidden inside a function is caught too.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

QT_FREE_PACKAGES = ("msworkshop.domain", "msworkshop.store")
ROOT = Path(__file__).resolve().parent.parent

_IMPORT_ALL = """
import importlib, pkgutil, sys
for package_name in sys.argv[1:]:
    package = importlib.import_module(package_name)
    for module in pkgutil.walk_packages(package.__path__, package_name + "."):
        importlib.import_module(module.name)
leaked = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print("\\n".join(leaked))
"""


def test_core_modules_import_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, *QT_FREE_PACKAGES],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt imported by the core: {result.stdout}"


@pytest.mark.parametrize("package", QT_FREE_PACKAGES)
def test_core_sources_do_not_mention_qt(package: str) -> None:
    folder = ROOT.joinpath(*package.split("."))
    sources = sorted(folder.rglob("*.py"))
    assert sources, f"no sources found in {folder}"
    offenders = [
        str(path.relative_to(ROOT))
        for path in sources
        if "pyside6" in path.read_text(encoding="utf-8").lower()
    ]
    assert offenders == []


# -- the shape of the package ------------------------------------------------------------------
# The boundaries are import-linter contracts in pyproject.toml; the checks below run the
# tools CI trusts (lint-imports, mypy, ruff format) and what they cannot see (cycles through
# function-local imports, calls of the services-only store accessor).

PACKAGE = ROOT / "msworkshop"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    if not found.exists():
        pytest.fail(f"{name} is not installed in this environment (pip install -e '.[test]')")
    return str(found)


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, timeout=300, check=False
    )


def test_import_contracts_are_kept() -> None:
    result = _run(_tool("lint-imports"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_whole_package_type_checks() -> None:
    result = _run(_tool("mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_tree_is_formatted() -> None:
    result = _run(_tool("ruff"), "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, modules: set[str], package: str) -> set[str]:
    """Every module this code imports when it runs, function-local imports included
    (``if TYPE_CHECKING:`` blocks never run, so they are left out)."""
    found: set[str] = set()
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in modules)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            for alias in node.names:
                target = f"{base}.{alias.name}"
                found.add(target if target in modules else base)
        stack.extend(ast.iter_child_nodes(node))
    return {m for m in found if m in modules}


def import_graph() -> dict[str, set[str]]:
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(paths)
    graph = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[name] = _imports(tree, modules, package) - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_function_local_cycle() -> None:
    a = ast.parse("import msworkshop.b\n")
    b = ast.parse("def f():\n    from msworkshop import a\n")
    modules = {"msworkshop.a", "msworkshop.b", "msworkshop"}
    graph = {
        "msworkshop.a": _imports(a, modules, "msworkshop"),
        "msworkshop.b": _imports(b, modules, "msworkshop"),
    }
    assert cycles(graph) == [["msworkshop.a", "msworkshop.b"]]


def test_no_import_cycles_counting_function_local_imports() -> None:
    assert cycles(import_graph()) == []


def test_views_never_reach_the_session_file() -> None:
    """``SessionController.store()`` is for the services; every other ui module uses the
    session's typed methods (``ui/app.py``, the composition root, builds the demo file)."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (PACKAGE / "ui").rglob("*.py")
        if "services" not in path.parts and (".store()" in path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_ui_has_at_most_a_handful_of_loose_modules() -> None:
    loose = sorted(p.name for p in (PACKAGE / "ui").glob("*.py") if p.name != "__init__.py")
    assert loose == ["app.py"]
