"""Run directories: naming a new one, claiming and locking it for one run, finding the newest
checkpoint under ``./runs``, and the ``metrics.jsonl`` log."""

from __future__ import annotations

import contextlib
import json
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional

from rnncli.errors import (
    CheckpointError,
    InputError,
    Interrupted,
    OutputError,
    UsageError,
)
from rnncli.textio import ensure_dir


def new_run_dir(prefix: str, root: str | os.PathLike = "runs") -> Path:
    """runs/<prefix>-YYYYmmdd-HHMMSS (with a suffix if that exists)."""
    ensure_dir(root, "runs directory")
    stamp = time.strftime("%Y%m%d-%H%M%S")
    base = Path(root) / f"{prefix}-{stamp}"
    p, k = base, 1
    while True:
        try:
            p.mkdir()
            return p
        except FileExistsError:
            k += 1
            p = Path(f"{base}-{k}")
        except OSError as e:
            raise OutputError(f"cannot create run directory {p}: {e.strerror or e}") from None


def latest_checkpoint(kind: str, root: str | os.PathLike = "runs") -> Optional[Path]:
    """The most recently written checkpoint of ``kind`` under ``root`` (best.ckpt preferred)."""
    from rnncli.checkpoint import peek_kind

    root = Path(root)
    if not root.is_dir():
        return None
    found: list[tuple[float, Path]] = []
    for d in root.iterdir():
        if not d.is_dir():
            continue
        for name in ("best.ckpt", "last.ckpt"):
            p = d / name
            if p.is_file() and peek_kind(p) == kind:
                found.append((p.stat().st_mtime, p))
                break
    return max(found)[1] if found else None


class MetricsLog:
    """Appends one JSON object per line to ``metrics.jsonl`` in the run directory."""

    def __init__(self, path: Path):
        self.path = path

    def write(self, record: dict[str, Any]) -> None:
        try:
            with open(self.path, "a", encoding="utf-8") as f:
                f.write(json.dumps(record, sort_keys=True) + "\n")
        except OSError as e:
            raise OutputError(f"cannot write {self.path}: {e.strerror or e}") from None


@contextmanager
def run_lock(run_dir: Path) -> Iterator["RunNote"]:
    """Hold an exclusive lock on a run directory for as long as a run writes into it.

    A second run pointed at the same directory gets a clear error naming the first. The lock is an
    ``flock`` on ``run_dir/.lock``: the kernel drops it when the process dies, however it dies, so a
    killed run never leaves a stale lock behind. (Where ``fcntl`` does not exist there is no lock.)
    Yields the :class:`RunNote` kept in the lock file."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield RunNote(None)
        return
    path = Path(run_dir) / ".lock"
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise OutputError(f"cannot lock run directory {run_dir}: {e.strerror or e}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
            raise OutputError(
                f"run directory {run_dir} is in use by another rnncli run ({holder})",
                "wait for it to finish, or give another --out",
            ) from None
        # Temporary files left by a run that was killed while writing a checkpoint: nobody else
        # can be writing them now that the lock is ours.
        for stale in Path(run_dir).glob(".*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()
        yield RunNote(fd)
    finally:
        os.close(fd)  # closing the descriptor releases the lock


class RunNote:
    """The lock file's text: which process holds the run and, once it is over, how it ended
    (``finished``, ``interrupted`` or ``failed``; a killed run ends without a word). Read by people and by
    ``rnncli runs``; writing it is never the reason a run fails."""

    def __init__(self, fd: Optional[int]):
        self.fd = fd
        self.previous = b""
        if fd is not None:
            with contextlib.suppress(OSError):
                self.previous = os.pread(fd, 4096, 0)
        self.started = f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}\n"
        self._write(self.started.encode())

    def ended(self, how: str) -> None:
        self._write(f"{self.started}{how} {time.strftime('%Y-%m-%d %H:%M:%S')}\n".encode())

    def restore(self) -> None:
        """Put back the note of the run found there (this process did not run after all)."""
        self._write(self.previous)

    def _write(self, text: bytes) -> None:
        if self.fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self.fd, 0)
            os.pwrite(self.fd, text, 0)


RUN_FILES = ("best.ckpt", "last.ckpt", "metrics.jsonl")  # what a run writes into its directory


@contextmanager
def claimed_run_dir(out: Optional[str], prefix: str, resume: Optional[str] = None) -> Iterator[Path]:
    """The run directory, created if need be and locked, before any slow work starts.

    A resumed run uses its checkpoint's directory; otherwise ``out`` or a new ``runs/<prefix>-<time>``.
    If the run fails before it has written a checkpoint into a directory made here, the directory is
    removed again, so a mistake leaves nothing behind."""
    made: list[Path] = []  # the directories created here, innermost first
    if resume:
        run_dir = Path(resume).parent
    else:
        base = Path(out) if out else Path("runs")
        made = [d for d in (base, *base.parents) if not d.exists()]
        if out:
            run_dir = ensure_dir(base, "run directory")
        else:
            run_dir = new_run_dir(prefix)  # always a new directory under runs/
            made.insert(0, run_dir)
    try:
        with run_lock(run_dir) as note:
            held = [] if resume else sorted(p.name for p in run_dir.iterdir() if p.name in RUN_FILES)
            if held:  # a new run would overwrite another run's checkpoints and mix its metrics
                note.restore()
                raise UsageError(
                    f"--out {run_dir} already holds a run ({', '.join(held)})",
                    f"continue it with --resume {run_dir / 'last.ckpt'}, or give another --out "
                    "(or delete that directory)",
                )
            try:
                yield run_dir
            except (UsageError, InputError, CheckpointError):
                note.restore()  # refused before it went anywhere (a resume with other data, say): as it was
                raise
            except BaseException as e:
                note.ended("interrupted" if isinstance(e, (KeyboardInterrupt, Interrupted)) else "failed")
                raise
            note.ended("finished")
    except BaseException:
        if made and not any(run_dir.glob("*.ckpt")):
            for f in run_dir.iterdir():
                with contextlib.suppress(OSError):
                    f.unlink()
            for d in made:  # innermost first; rmdir only removes empty directories
                with contextlib.suppress(OSError):
                    d.rmdir()
        raise


def find_checkpoint(path: Optional[str], kind: str = "lm") -> Path:
    """``path`` (a run directory: its best.ckpt, else its last.ckpt), or the newest checkpoint of ``kind``
    under ./runs when none is given."""
    if path:
        p = Path(path)
        if not p.is_dir():
            return p
        for name in ("best.ckpt", "last.ckpt"):
            if (p / name).is_file():
                return p / name
        raise InputError(f"no checkpoint in {p}", "a run directory holds best.ckpt and last.ckpt once it has saved")
    found = latest_checkpoint(kind)
    if found is None:
        from rnncli.checkpoint import KINDS

        what, cmd = KINDS[kind], f"train-{kind}"
        raise InputError(
            f"no checkpoint given and no {what} found under ./runs",
            f"train one with 'rnncli {cmd}' or pass a checkpoint path",
        )
    return found
