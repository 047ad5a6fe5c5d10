"""Shell completion through Typer's own protocol: subcommands, options and checkpoint paths, in bash and zsh."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from test_process import rnncli_exe


@pytest.fixture()
def work(tmp_path):
    """A directory holding two runs (and files that are not checkpoints)."""
    for run in ("runs/lm-1", "runs/mt-1"):
        (tmp_path / run).mkdir(parents=True)
        for name in ("best.ckpt", "last.ckpt", "metrics.jsonl", ".lock"):
            (tmp_path / run / name).write_bytes(b"")
    (tmp_path / "notes.txt").write_text("not a checkpoint\n")
    return tmp_path


def _complete(cwd, words: str, shell: str = "bash") -> list[str]:
    env = {**os.environ, "NO_COLOR": "1", "_RNNCLI_COMPLETE": f"complete_{shell}"}
    if shell == "bash":
        parts = words.split(" ")
        env.update(COMP_WORDS=words, COMP_CWORD=str(len(parts) - 1))
    else:
        env["_TYPER_COMPLETE_ARGS"] = words
    r = subprocess.run([rnncli_exe()], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    return r.stdout.splitlines()


def test_bash_completes_subcommands_and_options(work):
    assert set(_complete(work, "rnncli tr")) == {
        "train-caption",
        "train-clf",
        "train-lm",
        "train-mt",
        "train-vqa",
        "translate",
    }
    assert set(_complete(work, "rnncli sample --to")) == {"--top-k", "--top-p"}
    assert set(_complete(work, "rnncli tokenize e")) == {"encode"}


def test_bash_completes_checkpoint_paths(work):
    every = ["runs/lm-1/best.ckpt", "runs/lm-1/last.ckpt", "runs/mt-1/best.ckpt", "runs/mt-1/last.ckpt"]
    assert _complete(work, "rnncli sample ") == every
    assert _complete(work, "rnncli translate runs/m") == every[2:]
    assert _complete(work, "rnncli train-lm --resume runs/lm-1/l") == ["runs/lm-1/last.ckpt"]
    assert _complete(work, "rnncli train-mt --resume runs/") == every
    assert _complete(work, "rnncli eval runs/lm-1/") == every[:2]


def test_the_bash_script_from_show_completion_works_in_bash(work):
    bash = shutil.which("bash")
    assert bash, "bash is needed for this test"
    script = (
        f"eval \"$('{rnncli_exe()}' --show-completion bash)\"\n"
        "COMP_WORDS=(rnncli sample runs/lm); COMP_CWORD=2\n"
        f"_rnncli_completion '{rnncli_exe()}'\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    env = {**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    r = subprocess.run([bash, "-c", script], cwd=work, env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["runs/lm-1/best.ckpt", "runs/lm-1/last.ckpt"]


def test_zsh_completion(work):
    env = {**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    r = subprocess.run([rnncli_exe(), "--show-completion", "zsh"], env=env, capture_output=True, text=True)
    assert r.returncode == 0 and "#compdef rnncli" in r.stdout and "_RNNCLI_COMPLETE=complete_zsh" in r.stdout
    out = "\n".join(_complete(work, "rnncli sample runs/lm", shell="zsh"))
    assert '"runs/lm-1/best.ckpt"' in out and '"runs/lm-1/last.ckpt"' in out and "mt-1" not in out
    out = "\n".join(_complete(work, "rnncli train-", shell="zsh"))
    assert "train-lm" in out and "train-mt" in out and "translate" not in out
