"""The README's test command is the line CI runs."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_test_command_is_the_ci_line():
    ci = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if "pytest" in line]
    assert len(ci) == 1 and '".[test,tensorboard]"' in ci[0]  # the tensorboard tests must run in CI
    # The README's line first installs Debian's chromium for the browser tests, as .ci/run does.
    readme = [line for line in (ROOT / "README.md").read_text().splitlines() if line.endswith(ci[0])]
    assert len(readme) == 1 and readme[0].startswith("(command -v chromium")
