"""The README and docs/: the README's two commands (the test command is the line CI runs), every relative
link resolves, every command line of an example names a real command and its real options, and
docs/python-api.md documents every public name with examples that run."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
QUICK_START = (
    "python3 -m venv .venv && .venv/bin/pip install torch==2.13.0 && .venv/bin/pip install -e . && "
    ".venv/bin/rnncli train-lm && .venv/bin/rnncli sample --top-p 0.9"
)


def test_readme_test_command_is_the_ci_line():
    ci = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if "pytest" in line]
    assert len(ci) == 1 and '".[test,tensorboard]"' in ci[0]  # the tensorboard tests must run in CI
    # The README's line first installs Debian's chromium for the browser tests, as .ci/run does.
    readme = [line for line in (ROOT / "README.md").read_text().splitlines() if line.endswith(ci[0])]
    assert len(readme) == 1 and readme[0].startswith("(command -v chromium")


def test_readme_fits_and_keeps_its_quick_start():
    lines = (ROOT / "README.md").read_text().splitlines()
    assert len(lines) < 250
    assert QUICK_START in lines


def test_every_tour_has_its_page():
    names = {p.name for p in PAGES}
    for page in ("language-models", "translation", "classification", "captioning", "vqa", "scoring"):
        assert f"{page}.md" in names
    for page in ("looking-inside", "python-api", "errors", "checkpoints", "benchmarks", "layout"):
        assert f"{page}.md" in names


def _slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
    return {_slug(m) for m in re.findall(r"^#+ (.+)$", text, flags=re.M)}


def _links(page: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
    return re.findall(r"\]\(([^)\s]+)\)", text)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_resolves(page):
    links = _links(page)
    assert links, f"{page.name} links nowhere"
    for link in links:
        if re.match(r"[a-z]+:", link):
            continue  # https:, mailto:
        path, _, anchor = link.partition("#")
        target = (page.parent / path).resolve() if path else page
        assert target.exists(), f"{page.name}: {link} does not exist"
        assert ROOT in target.parents or target == ROOT, f"{page.name}: {link} leaves the repository"
        if anchor:
            assert target.suffix == ".md" and anchor in _anchors(target), f"{page.name}: no heading for {link}"


def _command_lines(page: Path) -> list[str]:
    """The rnncli command lines of a page's console examples ('$ ...' lines), each from 'rnncli' to the
    end of its command (a pipe, a redirection, '&&' or ';')."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.S):
        for line in block.splitlines():
            if not line.startswith("$ "):
                continue
            for part in re.split(r"\||&&|;|>", line[2:]):
                words = part.split()
                if "rnncli" in words and "torchrun" not in words:
                    found.append(" ".join(words[words.index("rnncli") :]))
    return found


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_example_command_lines_name_real_commands_and_options(page):
    import typer

    from rnncli.cli import app

    group = typer.main.get_command(app)
    for line in _command_lines(page):
        try:
            words = shlex.split(line.replace("<TAB>", ""))[1:]
        except ValueError:
            words = line.split()[1:]
        command = group
        while words and hasattr(command, "commands") and words[0] in command.commands:
            command = command.commands[words.pop(0)]
        assert command is not group or not words or words[0].startswith("-"), f"{page.name}: {line}"
        options = {o for p in command.params for o in (*p.opts, *p.secondary_opts)} | {"--help"}
        given = [w.split("=")[0] for w in words if w.startswith("-") and w != "-" and not re.match(r"-\d", w)]
        unknown = [w for w in given if w not in options]
        assert not unknown, f"{page.name}: {line}: {unknown} are not options of rnncli {command.name}"


def _python_blocks(page: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.S)


def test_python_api_documents_every_public_name():
    import rnncli

    text = (ROOT / "docs" / "python-api.md").read_text(encoding="utf-8")
    code = "\n".join(_python_blocks(ROOT / "docs" / "python-api.md"))
    for name in rnncli.__all__:
        assert f"### `{name}`" in text, f"docs/python-api.md has no section for rnncli.{name}"
        assert f"rnncli.{name}" in code, f"no example of docs/python-api.md uses rnncli.{name}"
    assert set(re.findall(r"^### `(\w+)`", text, flags=re.M)) == set(rnncli.__all__)


@pytest.mark.slow
def test_python_api_examples_run(tmp_path, monkeypatch):
    """The examples of docs/python-api.md, top to bottom in one namespace, in an empty directory."""
    monkeypatch.chdir(tmp_path)
    namespace: dict = {"__name__": "python_api_md"}
    for k, block in enumerate(_python_blocks(ROOT / "docs" / "python-api.md")):
        exec(compile(block, f"docs/python-api.md block {k + 1}", "exec"), namespace)  # noqa: S102
    assert all((tmp_path / name).is_file() for name in ("strip.png", "units.html", "explorer.html"))
    assert len(list((tmp_path / "runs").iterdir())) == 5
    assert os.environ.get("RNNCLI_CACHE_DIR")  # the tests' token cache, not the user's
