"""Crash safety, run-directory locking, safe checkpoint loading, numerical faults."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest
import torch
from test_process import rnncli_exe

from conftest import TINY, assert_clean_error, invoke
from rnncli import checkpoint
from rnncli.rundir import run_lock


def wrap(body: bytes, kind: str = "lm", fmt: int = checkpoint.FORMAT_VERSION) -> bytes:
    """A checkpoint file around an arbitrary payload, with a correct header and checksum."""
    header = {
        "format": fmt,
        "kind": kind,
        "rnncli": "9.9.9",
        "sha256": hashlib.sha256(body).hexdigest(),
        "size": len(body),
    }
    return checkpoint.MAGIC + json.dumps(header).encode() + b"\n" + body


class _Payload:
    """Unpickling this calls os.system: what a malicious checkpoint would carry."""

    def __init__(self, command: str):
        self.command = command

    def __reduce__(self):
        return (os.system, (self.command,))


@pytest.mark.parametrize("framed", [True, False], ids=["rnncli header", "bare torch file"])
def test_malicious_checkpoint_is_refused_and_its_payload_never_runs(tmp_path, framed):
    marker = tmp_path / "pwned"
    buf = io.BytesIO()
    torch.save({"model_config": {}, "model": _Payload(f"touch {marker}")}, buf)
    body = buf.getvalue()
    # The payload is live: an unsafe load really does run the command ...
    torch.load(io.BytesIO(body), weights_only=False)
    assert marker.exists()
    marker.unlink()
    # ... and rnncli refuses the file without running it, for every command that reads a checkpoint.
    evil = tmp_path / "evil.ckpt"
    evil.write_bytes(wrap(body) if framed else body)
    text = tmp_path / "text.txt"
    text.write_text("some text to score\n", encoding="utf-8")
    for args in (
        ["sample", evil, "--length", "5"],
        ["eval", evil, text],
        ["train-lm", "--resume", evil],
        ["translate", evil],
    ):
        r = invoke(args, input="hello\n")
        assert_clean_error(r, 4, "evil.ckpt")
        assert not marker.exists(), args
    if framed:
        assert "refused" in invoke(["sample", evil]).stderr


def test_newer_format_is_refused_with_the_version_that_reads_it(tmp_path, lm_ckpt):
    data = lm_ckpt.read_bytes()
    header, body = checkpoint.read_header(data, "x")
    newer = tmp_path / "newer.ckpt"
    newer.write_bytes(wrap(body, fmt=checkpoint.FORMAT_VERSION + 1))
    r = invoke(["sample", newer])
    assert_clean_error(r, 4, f"format {checkpoint.FORMAT_VERSION + 1}", "rnncli 9.9.9", "upgrade")


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.99])
def test_truncated_checkpoint_is_named_corrupt(tmp_path, lm_ckpt, cut):
    data = lm_ckpt.read_bytes()
    bad = tmp_path / "cut.ckpt"
    bad.write_bytes(data[: int(len(data) * cut)])
    assert_clean_error(invoke(["sample", bad]), 4, "corrupt")


def test_second_run_in_the_same_directory_is_refused(tmp_path, corpus_file):
    out = tmp_path / "run"
    r = invoke(["train-lm", corpus_file, "--out", out, "--max-steps", "10", *TINY])
    assert r.exit_code == 0, r.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with run_lock(out):  # another run holds the directory
        r = invoke(["train-lm", "--resume", out / "last.ckpt", "--max-steps", "20"])
        assert_clean_error(r, 5, "in use by another rnncli run", f"pid {os.getpid()}")
        r = invoke(["train-lm", corpus_file, "--out", out, "--max-steps", "10", *TINY])
        assert_clean_error(r, 5, "in use by another rnncli run")
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after.keys() == before.keys() and all(after[k] == before[k] for k in before if k != ".lock")
    # a new run may not overwrite the finished one (and mix two runs' metrics) ...
    r = invoke(["train-lm", corpus_file, "--out", out, "--max-steps", "10", *TINY, "--hidden", "24"])
    assert_clean_error(r, 2, "already holds a run", "best.ckpt, last.ckpt, metrics.jsonl", "--resume")
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert all(after[k] == before[k] for k in before if k != ".lock")
    # ... but once the holder is gone the run can be continued
    r = invoke(["train-lm", "--resume", out / "last.ckpt", "--max-steps", "20"])
    assert r.exit_code == 0, r.stderr


def test_changed_options_on_resume_are_applied_and_reported(tmp_path, corpus_file):
    out = tmp_path / "run"
    assert invoke(["train-lm", corpus_file, "--out", out, "--max-steps", "10", *TINY]).exit_code == 0
    r = invoke(["train-lm", "--resume", out / "last.ckpt", "--max-steps", "15", "--lr", "0.001"])
    assert r.exit_code == 0, r.stderr
    assert "changed on resume: --lr 0.005 -> 0.001, --max-steps 10 -> 15" in r.stderr
    assert "done: step 15 (5 steps in " in r.stderr and ", resumed at step 10)" in r.stderr
    saved = checkpoint.load(out / "last.ckpt")
    assert saved["train"]["step"] == 15 and saved["train"]["options"]["lr"] == 0.001
    # a setting not given again keeps the run's own value (here --eval-every 10 from TINY)
    assert saved["train"]["options"]["eval_every"] == 10


def test_nan_stops_training_and_keeps_the_last_good_checkpoint(tmp_path, corpus_file):
    out = tmp_path / "run"
    r = invoke(["train-lm", corpus_file, "--out", out, "--max-steps", "10", *TINY, "--optimizer", "sgd", "--lr", "1"])
    assert r.exit_code == 0, r.stderr
    best = (out / "best.ckpt").read_bytes()
    # The largest learning rate float32 can hold, without clipping: the loss overflows within steps.
    r = invoke(
        [
            "train-lm",
            "--resume",
            out / "last.ckpt",
            "--max-steps",
            "400",
            "--lr",
            "3e38",
            "--clip",
            "0",
            "--save-every",
            "1",
        ]
    )
    assert_clean_error(r, 1, "at step 1", "lower --lr", "last good")
    assert re.search(r"(the loss became (nan|inf)|weights became NaN or infinite) at step \d+", r.stderr)
    assert (out / "best.ckpt").read_bytes() == best
    last = checkpoint.load(out / "last.ckpt")
    assert all(torch.isfinite(t).all() for t in last["model"].values())  # nothing broken was written
    assert not list(out.glob(".*.tmp"))
    assert invoke(["sample", out / "last.ckpt", "--length", "10", "--seed", "1"]).exit_code == 0
    # and a rate float32 cannot hold is refused up front
    assert_clean_error(invoke(["train-lm", corpus_file, *TINY, "--lr", "1e300"]), 2, "--lr")


def test_save_every_writes_between_evaluations(tmp_path, corpus_file, monkeypatch):
    saves = []
    real_save = checkpoint.save

    def recording_save(path, kind, payload):
        saves.append((Path(path).name, payload["train"]["step"]))
        real_save(path, kind, payload)

    monkeypatch.setattr(checkpoint, "save", recording_save)
    out = tmp_path / "run"
    r = invoke(
        ["train-lm", corpus_file, "--out", out, "--max-steps", "9", *TINY, "--eval-every", "6", "--save-every", "4"]
    )
    assert r.exit_code == 0, r.stderr
    last_saves = [step for name, step in saves if name == "last.ckpt"]
    assert last_saves == [4, 6, 8, 9]  # every 4 steps, plus each evaluation and the end
    assert_clean_error(invoke(["train-lm", corpus_file, "--save-every", "0", *TINY]), 2, "--save-every")
    assert_clean_error(
        invoke(["train-lm", corpus_file, "--save-every-minutes", "-1", *TINY]), 2, "--save-every-minutes"
    )


def _last_logged_step(stderr: str) -> int:
    steps = [int(m) for m in re.findall(r"^step (\d+)", stderr, flags=re.M)]
    return max(steps, default=0)


def test_sigkill_at_random_moments_never_costs_more_than_one_save_interval(tmp_path, corpus_file):
    """train-lm is killed with SIGKILL 20 times: ten times at a random moment, ten times as soon as a
    checkpoint write has begun (a temporary file is there). After each kill the checkpoint on disk
    loads, at most one save interval behind the last step the run reported, and --resume carries on."""
    rng = random.Random(20261125)
    out = tmp_path / "run"
    env = {**os.environ, "NO_COLOR": "1"}
    # A model big enough (5 MB checkpoints with optimizer state) that a write takes a while.
    common = ["--max-steps", "100000", "--save-every", "1", "--log-every", "1"]
    first = [
        rnncli_exe(),
        "train-lm",
        str(corpus_file),
        "--out",
        str(out),
        *TINY,
        "--hidden",
        "192",
        "--eval-every",
        "25",
        *common,
    ]
    resume = [rnncli_exe(), "train-lm", "--resume", str(out / "last.ckpt"), *common]
    in_write, progress = 0, []
    for kill in range(20):
        cmd = first if not (out / "last.ckpt").exists() else resume
        err_path = tmp_path / f"err{kill}.txt"
        with open(err_path, "w") as err:
            p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
            deadline = time.time() + 60
            while "step " not in err_path.read_text() and p.poll() is None:  # wait until it trains
                assert time.time() < deadline, "training did not start"
                time.sleep(0.01)
            assert p.poll() is None, err_path.read_text()
            if kill % 2 == 0:
                time.sleep(rng.uniform(0.0, 0.5))
            else:
                while not list(out.glob(".*.tmp")) and time.time() < deadline:
                    pass  # spin: kill the moment a checkpoint write has started
            p.send_signal(signal.SIGKILL)
            p.wait()
        in_write += bool(list(out.glob(".*.tmp")))
        reached = _last_logged_step(err_path.read_text())
        if not (out / "last.ckpt").exists():  # killed between the first step's log line and its save
            assert reached <= 1, reached  # so at most that one step (one save interval) is lost
            continue
        saved = checkpoint.load(out / "last.ckpt", kind="lm")  # loads: never half-written
        step = saved["train"]["step"]
        assert step >= reached - 1, (step, reached)  # at most one save interval (1 step) lost
        progress.append(step)
    print(f"20 kills, {in_write} inside a checkpoint write, steps {progress}")
    assert in_write >= 5
    assert progress == sorted(progress) and progress[-1] > progress[0]
    # After the last kill a resumed run finishes normally and clears the temporary files.
    r = subprocess.run(resume[:-6] + ["--max-steps", str(progress[-1] + 3)], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert checkpoint.load(out / "last.ckpt")["train"]["step"] == progress[-1] + 3
    assert not list(out.glob(".*.tmp"))
