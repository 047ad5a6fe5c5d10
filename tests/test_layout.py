"""The layout docs/layout.md describes: a shared core, a folder per task over it, the command line and the
Python API on top. Imports point down, and one task never imports another (a third task can be added
beside them)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "rnncli"
SHARED = ("core", "models", "inspect", "cli", "api")  # every other folder is a task


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{a.name}" for a in node.names}
    return {n for n in names if n.startswith("rnncli.")}


def _layer(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    if parts == ("__init__.py",):
        return "api"  # the package's face is the Python API (imported from it on first use)
    return parts[0] if len(parts) > 1 else "core"


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__main__.py")


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down_and_tasks_stay_apart(path):
    layer = _layer(path)
    tasks = {_layer(p) for p in MODULES} - set(SHARED)
    above = {
        "core": tasks | {"cli", "models", "inspect", "api"},
        "models": tasks | {"cli", "inspect", "api"},
        "inspect": tasks | {"cli", "api"},
        "cli": {"api"},
        "api": set(),  # the API uses the commands' own functions (the progress display, the defaults)
    }.get(layer, (tasks - {layer}) | {"cli", "api"})
    wrong = sorted(n for n in _imports(path) if n.split(".")[1] in above)
    assert not wrong, f"{path.relative_to(PACKAGE)} ({layer}) imports {wrong}"


def test_the_layers_are_the_shared_ones_and_the_tasks():
    assert {_layer(p) for p in MODULES} == {*SHARED, "lm", "mt", "clf", "caption", "vqa"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph() -> dict[str, set[str]]:
    """Which rnncli modules each module imports (at the top or inside a function)."""
    names = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in names.items():
        found = {n if n in names else n.rsplit(".", 1)[0] for n in _imports(path)}
        graph[name] = {n for n in found if n in names and n != name}
    return graph


def test_no_import_cycle():
    graph, done, path = _graph(), set(), []

    def visit(name: str) -> None:
        if name in path:
            raise AssertionError("import cycle: " + " -> ".join(path[path.index(name) :] + [name]))
        if name in done:
            return
        path.append(name)
        for other in sorted(graph[name]):
            visit(other)
        path.pop()
        done.add(name)

    for name in sorted(graph):
        visit(name)


def test_no_function_body_over_60_lines():
    long = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                body = node.body
                if isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant):
                    body = body[1:]  # the docstring
                if body and node.end_lineno - body[0].lineno + 1 > 60:
                    long.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name}")
    assert not long, long
