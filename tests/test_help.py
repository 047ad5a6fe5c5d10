"""Every command's --help reads right at 80 and 120 columns: no value placeholder after a flag, choices shown,
nothing wider than the terminal."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner


def _commands() -> list[list[str]]:
    import typer

    from rnncli.cli import app

    def walk(cmd, path):
        subs = getattr(cmd, "commands", None)
        if not subs:
            return [path]
        found = [path]
        for name, sub in subs.items():
            found += walk(sub, [*path, name])
        return found

    return walk(typer.main.get_command(app), [])


def _help(path: list[str], columns: int) -> str:
    from rnncli.cli import app

    r = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": str(columns), "NO_COLOR": "1"})
    assert r.exit_code == 0, (path, r.output)
    return r.stdout


def test_every_command_is_checked():
    names = {" ".join(p) for p in _commands()}
    assert {"", "train-lm", "train-mt", "sample", "translate", "runs", "bleu", "tokenize train"} <= names


@pytest.mark.parametrize("columns", [80, 120])
def test_help_has_no_bool_placeholder_and_fits(columns):
    for path in _commands():
        text = _help(path, columns)
        assert "Usage: rnncli" in text, path
        assert "<bool>" not in text, (path, text)
        wide = [line for line in text.splitlines() if len(line) > columns]
        assert not wide, (path, columns, wide)


def test_flags_and_choices_in_train_lm_help():
    text = _help(["train-lm"], 120)
    lines = {line.split()[1]: line for line in text.splitlines() if line.startswith("│ --")}
    assert lines["--detect-anomaly"].split()[2] == "Debug"  # the help follows the flag directly
    assert "lstm|gru|rnn" in lines["--cell"] and "adam|adamw|sgd" in lines["--optimizer"]
    assert "char|bpe|unigram" in lines["--kind"] and "auto|fp32|bf16|fp16" in lines["--precision"]
    assert "pip install 'rnncli[tensorboard]'" in " ".join(text.replace("│", " ").split())
    runs = " ".join(_help(["runs"], 120).split())
    assert "Order of the rows: updated, run, kind, status, steps, elapsed or best" in runs
    assert "--kind -k lm|mt|clf|caption|vqa Only runs of this kind." in runs


def test_docstring_paragraphs_wrap_to_the_terminal():
    """A paragraph is wrapped by the terminal's width, not broken where the source lines end."""
    text = _help(["runs"], 120)
    assert (
        "Status is running (a live process holds the run), finished, interrupted (stopped by Ctrl-C or killed) "
        "or failed." in " ".join(line.strip() for line in text.splitlines())
    )
    lines = [line.rstrip() for line in text.splitlines()]
    status = next(i for i, line in enumerate(lines) if line.lstrip().startswith("Status is running"))
    assert len(lines[status]) > 100  # filled to the width, not cut at the docstring's line end
