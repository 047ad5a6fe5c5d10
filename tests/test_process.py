"""The installed `rnncli` program, run as a real process: entry point, signals, pipes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import TINY


def rnncli_exe() -> str:
    exe = Path(sys.executable).parent / "rnncli"
    found = str(exe) if exe.exists() else shutil.which("rnncli")
    assert found, "the rnncli entry point is not installed"
    return found


def run(args, **kw):
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([rnncli_exe(), *map(str, args)], capture_output=True, text=True, env=env, **kw)


def test_entry_point_version_and_help():
    from rnncli import __version__

    r = run(["--version"])
    assert r.returncode == 0 and r.stdout.strip() == f"rnncli {__version__}"
    h = run(["--help"])
    assert h.returncode == 0
    for cmd in ("tokenize", "train-lm", "sample", "eval", "bleu"):
        assert cmd in h.stdout


def test_python_dash_m():
    r = subprocess.run([sys.executable, "-m", "rnncli", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("rnncli ")


def test_entry_point_error_is_one_line(tmp_path):
    r = run(["sample", tmp_path / "missing.ckpt"])
    assert r.returncode == 3
    assert r.stderr.strip().splitlines() == [
        f"rnncli: error: checkpoint not found: {tmp_path / 'missing.ckpt'} (check the path)"
    ]


def test_ctrl_c_saves_a_checkpoint_and_resume_continues(tmp_path, corpus_file):
    out = tmp_path / "run"
    env = {**os.environ, "NO_COLOR": "1"}
    p = subprocess.Popen(
        [
            rnncli_exe(),
            "train-lm",
            str(corpus_file),
            "--out",
            str(out),
            "--max-steps",
            "100000",
            *TINY,
            "--eval-every",
            "5",
        ],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.time() + 120
    while not (out / "last.ckpt").exists():
        assert p.poll() is None, p.communicate()
        assert time.time() < deadline, "training did not save a checkpoint in time"
        time.sleep(0.1)
    time.sleep(0.5)
    p.send_signal(signal.SIGINT)
    stdout, stderr = p.communicate(timeout=60)
    assert p.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert "interrupted at step" in stderr and "--resume" in stderr
    from rnncli import checkpoint

    saved = checkpoint.load(out / "last.ckpt", kind="lm")
    step = saved["train"]["step"]
    assert step > 0
    r = run(["train-lm", "--resume", out / "last.ckpt", "--max-steps", step + 5, "--json"])
    assert r.returncode == 0, r.stderr
    assert f"resuming {out / 'last.ckpt'} at step {step}" in r.stderr
    assert checkpoint.load(out / "last.ckpt")["train"]["step"] == step + 5


def test_sample_into_a_closed_pipe(lm_ckpt):
    """`rnncli sample | head -c 10`: the reader leaves early; rnncli stops without a word, exit 141."""
    cmd = f"'{rnncli_exe()}' sample '{lm_ckpt}' --length 100000 --seed 1 | head -c 10"
    r = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=120)
    assert len(r.stdout) == 10
    assert r.returncode == 141  # pipefail reports rnncli's status: 128 + SIGPIPE
    assert r.stderr == ""


@pytest.mark.parametrize("what", ["bleu", "translate", "sample", "help"])
def test_output_to_a_full_disk(tmp_path, lm_ckpt, mt_ckpt, what):
    """`rnncli ... > /dev/full`: one error line, exit 5 (an output that cannot be written), no
    traceback, whether the write fails in a command or while printing help."""
    hyp = tmp_path / "hyp.txt"
    hyp.write_text("the cat sat on the mat\n", encoding="utf-8")
    args = {
        "bleu": ["bleu", hyp, hyp],
        "translate": ["translate", mt_ckpt, hyp],
        "sample": ["sample", lm_ckpt, "--length", "20000", "--seed", "1"],
        "help": ["--help"],
    }[what]
    env = {**os.environ, "NO_COLOR": "1"}
    with open("/dev/full", "w") as full:
        r = subprocess.run(
            [rnncli_exe(), *map(str, args)], stdout=full, stderr=subprocess.PIPE, text=True, env=env, timeout=120
        )
    assert r.returncode == 5, r.stderr
    assert r.stderr.strip().splitlines() == ["rnncli: error: cannot write the output: No space left on device"]
