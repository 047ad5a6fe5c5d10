"""The layout README.md describes: a shared core, a folder per task over it, the command line on top.
Imports point down, and one task never imports another (a third task can be added beside them)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "rnncli"
SHARED = ("core", "models", "inspect", "cli")  # every other folder is a task


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
    return parts[0] if len(parts) > 1 else "core"


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__main__.py")


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down_and_tasks_stay_apart(path):
    layer = _layer(path)
    tasks = {_layer(p) for p in MODULES} - set(SHARED)
    above = {
        "core": tasks | {"cli", "models", "inspect"},
        "models": tasks | {"cli", "inspect"},
        "inspect": tasks | {"cli"},
        "cli": set(),
    }.get(layer, (tasks - {layer}) | {"cli"})
    wrong = sorted(n for n in _imports(path) if n.split(".")[1] in above)
    assert not wrong, f"{path.relative_to(PACKAGE)} ({layer}) imports {wrong}"


def test_the_layers_are_the_shared_ones_and_the_tasks():
    assert {_layer(p) for p in MODULES} == {*SHARED, "lm", "mt", "clf", "caption", "vqa"}
