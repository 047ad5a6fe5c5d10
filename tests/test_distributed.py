"""Data-parallel training under torchrun: two CPU processes over gloo, against one process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from conftest import MT_TINY, invoke
from rnncli import checkpoint

ROOT = Path(__file__).resolve().parent.parent
SMALL = [
    "--hidden",
    "24",
    "--embed",
    "8",
    "--layers",
    "2",
    "--seq-len",
    "16",
    "--batch-size",
    "8",
    "--eval-every",
    "3",
    "--device",
    "cpu",
    "--optimizer",
    "adam",
    "--lr",
    "0.01",
    "--clip",
    "1.0",
    "--dropout",
    "0",
    "--lr-schedule",
    "constant",
    "--precision",
    "fp32",
]  # bf16 rounds per batch shape


def torchrun(*args, nproc: int = 2) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "OMP_NUM_THREADS": "1"}
    env.pop("RNNCLI_DEBUG", None)
    cmd = [
        sys.executable,
        "-m",
        "torch.distributed.run",
        "--standalone",
        f"--nproc-per-node={nproc}",
        "-m",
        "rnncli",
        *map(str, args),
    ]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=180)


def weights(path: Path) -> dict:
    return checkpoint.load(path, kind="lm")


@pytest.mark.slow
def test_two_processes_train_and_resume_like_one(tmp_path, corpus_file):
    # One process, 8 streams, 8 steps straight.
    one = tmp_path / "one"
    r = invoke(["train-lm", corpus_file, "--out", one, "--max-steps", "8", *SMALL])
    assert r.exit_code == 0, r.stderr
    # Two processes with 4 streams each: 5 steps, then resumed to 8 (also under torchrun).
    two = tmp_path / "two"
    r = torchrun("train-lm", corpus_file, "--out", two, "--max-steps", "5", "--json", *SMALL)
    assert r.returncode == 0, r.stderr
    assert "data parallel: 2 processes, 4 streams each (gloo)" in r.stderr
    assert r.stderr.count("done: 5 steps") == 1 and r.stderr.count("run ") == 1  # rank 0 reports alone
    assert json.loads(r.stdout)["steps"] == 5
    r = torchrun("train-lm", "--resume", two / "last.ckpt", "--max-steps", "8")
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("resuming") == 1
    assert sorted(p.name for p in two.iterdir()) == [".lock", "best.ckpt", "config.toml", "last.ckpt", "metrics.jsonl"]
    assert [json.loads(ln)["step"] for ln in (two / "metrics.jsonl").read_text().splitlines()] == [3, 5, 6, 8]

    a, b = weights(one / "last.ckpt"), weights(two / "last.ckpt")
    assert a["train"]["step"] == b["train"]["step"] == 8
    for k in a["model"]:
        torch.testing.assert_close(b["model"][k], a["model"][k], rtol=1e-4, atol=1e-5)
    # The checkpoint holds the whole batch's hidden state, in stream order, whoever wrote it.
    for ha, hb in zip(a["train"]["hidden"], b["train"]["hidden"]):
        assert ha.shape == hb.shape == (2, 8, 24)
        torch.testing.assert_close(hb, ha, rtol=1e-4, atol=1e-5)
    assert b["metrics"]["val_loss"] == pytest.approx(a["metrics"]["val_loss"], rel=1e-5)


@pytest.mark.slow
def test_errors_under_torchrun_are_one_line_from_rank_zero(tmp_path, corpus_file):
    r = torchrun("train-lm", corpus_file, "--out", tmp_path / "run", *SMALL, "--batch-size", "7")
    assert r.returncode != 0
    ours = [ln for ln in r.stderr.splitlines() if ln.startswith("rnncli: error:")]
    assert ours == ["rnncli: error: --batch-size 7 cannot be shared by 2 processes (use a multiple of 2)"]
    assert "rnncli/" not in r.stderr.split("rnncli: error:")[0]  # no traceback of ours before it
    assert not (tmp_path / "run").exists()
    # An error in what rank 0 does alone (claiming the run directory) stops every rank, none hangs.
    (tmp_path / "file").write_text("not a directory")
    r = torchrun("train-lm", corpus_file, "--out", tmp_path / "file", *SMALL)
    assert r.returncode != 0
    ours = [ln for ln in r.stderr.splitlines() if ln.startswith("rnncli: error:")]
    assert len(ours) == 1 and "exists and is not a directory" in ours[0], r.stderr


@pytest.mark.slow
def test_train_mt_two_processes_train_like_one(tmp_path, parallel_dir):
    d = parallel_dir
    common = [
        "--src",
        d / "train.src",
        "--tgt",
        d / "train.tgt",
        "--dev-src",
        d / "dev.src",
        "--dev-tgt",
        d / "dev.tgt",
        "--max-steps",
        "4",
        "--eval-every",
        "2",
        *MT_TINY,
        "--batch-size",
        "31",
        "--device",
        "cpu",
        "--lr-schedule",
        "constant",
        "--precision",
        "fp32",
    ]  # bf16 rounds per shape
    r = invoke(["train-mt", "--out", tmp_path / "one", *common])
    assert r.exit_code == 0, r.stderr
    # 31 pairs a batch: the two processes get 16 and 15 pairs, and the loss is still the whole batch's.
    r = torchrun("train-mt", "--out", tmp_path / "two", *common)
    assert r.returncode == 0, r.stderr
    assert "data parallel: 2 processes share each batch (gloo)" in r.stderr
    assert r.stderr.count("done: 4 steps") == 1
    a, b = (checkpoint.load(tmp_path / run / "last.ckpt", kind="mt") for run in ("one", "two"))
    assert a["src_tokenizer"] == b["src_tokenizer"] and a["tgt_tokenizer"] == b["tgt_tokenizer"]
    for k in a["model"]:
        torch.testing.assert_close(b["model"][k], a["model"][k], rtol=1e-4, atol=1e-5)
    assert b["metrics"]["val_loss"] == pytest.approx(a["metrics"]["val_loss"], rel=1e-5)
