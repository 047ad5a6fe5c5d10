"""A disk that fills up while a checkpoint is saved: one line naming the file, exit 5, earlier checkpoints intact.

As root the run lives on a real, size-limited tmpfs that is then filled up; otherwise (no right to
mount) the checkpoint's temporary file is opened on /dev/full, where every write fails with ENOSPC.
"""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest

from conftest import TINY, assert_clean_error, invoke
from rnncli.errors import OutputError


@pytest.fixture()
def small_disk(tmp_path):
    """A 4 MiB tmpfs mounted for the test (None where mounting is not allowed)."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)], capture_output=True).returncode
        != 0
    ):
        yield None
        return
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], check=True)


def _fill(disk: Path, leave: int) -> None:
    """Fill the filesystem, then give back ``leave`` bytes (room for a metrics line, not a checkpoint)."""
    filler = disk / "filler"
    with open(filler, "wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError as e:
            assert e.errno == errno.ENOSPC
    os.truncate(filler, os.path.getsize(filler) - leave)


def _on_dev_full(monkeypatch) -> None:
    import rnncli.textio as textio

    monkeypatch.setattr(
        textio, "_create_temp", lambda p: (os.open("/dev/full", os.O_WRONLY), p.with_name(f".{p.name}.full.tmp"))
    )


def test_disk_full_while_saving_names_the_file_and_keeps_the_checkpoints(
    small_disk, tmp_path, corpus_file, monkeypatch
):
    run = (small_disk or tmp_path) / "run"
    r = invoke(["train-lm", corpus_file, "--out", run, "--max-steps", "20", *TINY])
    assert r.exit_code == 0, r.stderr
    before = {p.name: p.read_bytes() for p in run.glob("*.ckpt")}
    assert sorted(before) == ["best.ckpt", "last.ckpt"]
    if small_disk is not None:
        _fill(small_disk, leave=16384)
    else:
        _on_dev_full(monkeypatch)
    r = invoke(["train-lm", "--resume", run / "last.ckpt", "--max-steps", "30"])
    assert_clean_error(
        r, 5, f"cannot write checkpoint {run}/", "no space left on device", "is kept", f"--resume {run / 'last.ckpt'}"
    )
    err = r.stderr.strip().splitlines()[-1]
    name = err.split(f"cannot write checkpoint {run}/")[1].split(":")[0]
    assert name in before and f"the previous {name} is kept" in err
    after = {p.name: p.read_bytes() for p in run.glob("*.ckpt")}
    assert after == before  # the earlier checkpoints, byte for byte
    assert not list(run.glob(".*.tmp"))  # no half-written file left behind
    if small_disk is not None:
        os.unlink(small_disk / "filler")
    monkeypatch.undo()
    # with room again, the run continues from the kept checkpoint
    r = invoke(["train-lm", "--resume", run / "last.ckpt", "--max-steps", "30"])
    assert r.exit_code == 0, r.stderr


def test_first_checkpoint_on_a_full_disk_says_none_was_written(tmp_path, corpus_file, monkeypatch):
    _on_dev_full(monkeypatch)
    run = tmp_path / "run"
    r = invoke(["train-lm", corpus_file, "--out", run, "--max-steps", "10", *TINY])
    # the run's settings file is the first thing it writes
    assert_clean_error(
        r, 5, f"cannot write {run / 'config.toml'}: no space left on device; nothing was written (free some space)"
    )
    # through the Python API (no settings file), the first checkpoint says the same of itself
    from rnncli.lm.train import TrainLMOptions, train_lm

    with pytest.raises(OutputError, match="no checkpoint was written"):
        train_lm(
            TrainLMOptions(
                corpus=[str(corpus_file)],
                out=str(tmp_path / "api"),
                max_steps=10,
                hidden=32,
                embed=16,
                layers=1,
                seq_len=32,
                batch_size=8,
                eval_every=10,
            )
        )
