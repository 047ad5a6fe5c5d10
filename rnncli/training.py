"""Pieces every training loop shares: devices, optimizers, schedules, run directories, metric
logs, Ctrl-C handling and RNG state.  Nothing here knows about a particular model family."""

from __future__ import annotations

import contextlib
import json
import math
import os
import signal
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

import torch

from rnncli.errors import (
    EXIT_INTERRUPTED,
    CheckpointError,
    InputError,
    OutputError,
    RnncliError,
    TrainingError,
    UsageError,
)
from rnncli.textio import ensure_dir

OPTIMIZERS = ("adam", "adamw", "sgd")
SCHEDULES = ("cosine", "linear", "plateau", "constant")

Callback = Callable[[str, dict], None]
FLOAT32_MAX = float(torch.finfo(torch.float32).max)  # optimizers apply the learning rate in float32


class Interrupted(RnncliError):
    exit_code = EXIT_INTERRUPTED


def resolve_device(spec: str) -> torch.device:
    spec = (spec or "auto").strip().lower()
    if spec == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if spec == "cpu":
        return torch.device("cpu")
    if spec == "cuda" or spec.startswith("cuda:"):
        if not torch.cuda.is_available():
            raise UsageError(f"--device {spec}: CUDA is not available on this machine", "use --device cpu or auto")
        try:
            dev = torch.device(spec)
        except RuntimeError:
            raise UsageError(f"--device {spec} is not a valid device name") from None
        if dev.index is not None and dev.index >= torch.cuda.device_count():
            raise UsageError(f"--device {spec}: only {torch.cuda.device_count()} CUDA device(s) present")
        return dev
    raise UsageError(f"--device must be auto, cpu, cuda or cuda:N (got {spec!r})")


def cpu_has_bf16() -> bool:
    """Whether this CPU multiplies bfloat16 matrices in hardware (AVX512-BF16 or AMX-BF16), read from
    /proc/cpuinfo; False where that cannot be read (other systems)."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("flags"):
                    flags = set(line.split(":", 1)[1].split())
                    return bool(flags & {"avx512_bf16", "amx_bf16"})
    except OSError:
        pass
    return False


def resolve_precision(precision: str, device: torch.device) -> tuple[str, str]:
    """``auto`` -> bf16 on a CPU with bfloat16 instructions, fp32 elsewhere (CUDA included: not yet
    measured there). Returns the precision and why (for the log); others are returned as given."""
    if precision != "auto":
        return precision, ""
    if device.type == "cpu" and cpu_has_bf16():
        return "bf16", "auto: this CPU has bfloat16 instructions"
    return "fp32", "auto"


def make_optimizer(name: str, params, lr: float, weight_decay: float = 0.0) -> torch.optim.Optimizer:
    if name in ("adam", "adamw"):
        # One fused kernel per parameter (CPU and CUDA, torch >= 2.4) instead of a dozen whole-tensor
        # operations: the plain loop costs several percent of a CPU training step.
        cls = torch.optim.Adam if name == "adam" else torch.optim.AdamW
        params = list(params)
        try:
            return cls(params, lr=lr, weight_decay=weight_decay, fused=True)
        except (RuntimeError, ValueError, TypeError):  # an older torch or an unsupported device
            return cls(params, lr=lr, weight_decay=weight_decay)
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr, weight_decay=weight_decay)
    raise UsageError(f"unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}")


def reuse_freed_memory() -> bool:
    """Ask glibc's malloc to keep freed memory for reuse rather than hand it back to the system.

    A training step allocates and frees the same few hundred megabytes of activations, gate
    workspaces and gradients every time. By default glibc maps every large block afresh and unmaps it
    when freed, so each CPU step pays for over 100,000 page faults (the kernel zeroing every new
    page: about 640 MB per step of the 2x512 character LSTM at batch 64), several percent of the
    step. Served from the heap, which is never trimmed, every step after the first reuses the memory
    of the one before. Process-wide; Linux with glibc only, a no-op elsewhere. Returns whether it
    took effect."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    m_trim_threshold, m_mmap_max = -1, -4
    return bool(mallopt(m_mmap_max, 0)) and bool(mallopt(m_trim_threshold, 2**31 - 1))


class Budget:
    """How much of a run's budget is spent, as a share from 0 to 1: the steps of ``total_steps``
    (from --max-steps or --epochs) or the seconds of ``seconds`` (--time-budget), whichever is
    further along. A time budget counts this session's seconds; a resumed run (``start``: the
    share spent before) spreads what was left of its budget over them."""

    def __init__(self, total_steps: Optional[int], seconds: Optional[float], start: float = 0.0):
        self.total_steps = total_steps
        self.seconds = seconds
        self.start = start
        self.t0 = time.perf_counter()

    def elapsed(self) -> float:
        return time.perf_counter() - self.t0

    def time_up(self) -> bool:
        return self.seconds is not None and self.elapsed() >= self.seconds

    def progress(self, step: int, elapsed: Optional[float] = None) -> float:
        shares = [0.0]
        if self.total_steps:
            shares.append(step / self.total_steps)
        if self.seconds:
            spent = self.elapsed() if elapsed is None else elapsed
            shares.append(self.start + (1.0 - self.start) * spent / self.seconds)
        return min(1.0, max(shares))


class LRSchedule:
    """Learning-rate schedule with a uniform interface: ``after_step(progress)`` every step, with
    the share of the run's budget spent (see :class:`Budget`), and ``after_eval(val_loss)`` after
    every validation.

    Every schedule starts with a linear warm-up over the first ``warmup`` share of the budget. Then:

    * cosine: cosine decay from the initial rate to ``floor`` times it at the end of the budget,
      whether the budget is steps, epochs or minutes, so a short and a long run both end annealed;
      with ``anneal`` below 1 the rate holds until the last ``anneal`` share of the budget and decays
      over that (warm-up, stable, decay);
    * linear: the same decay as a straight line;
    * plateau: multiply the rate by ``decay`` when validation loss has not improved for ``patience``
      evaluations, never below ``floor`` times the initial rate;
    * constant.
    """

    def __init__(self, optimizer: torch.optim.Optimizer, kind: str, decay: float = 0.5, patience: int = 2,
                 warmup: float = 0.0, floor: float = 0.01, anneal: float = 1.0):
        if kind not in SCHEDULES:
            raise UsageError(f"unknown --lr-schedule {kind!r}; choose one of {', '.join(SCHEDULES)}")
        self.opt = optimizer
        self.kind = kind
        self.decay = decay
        self.patience = patience
        self.warmup = warmup
        self.floor = floor
        self.anneal = anneal
        self.base = [g["lr"] for g in optimizer.param_groups]
        self.scale = 1.0
        self.best = math.inf
        self.bad_evals = 0
        self.step_no = 0
        self.progress = 0.0
        self._apply()

    def factor(self) -> float:
        """The rate as a share of the initial one, now."""
        p, f = self.progress, self.scale
        if self.kind in ("cosine", "linear"):
            start = max(self.warmup, 1.0 - self.anneal)  # the rate holds until the last `anneal` share
            after = 0.0 if p <= start else (p - start) / (1.0 - start)
            shape = 0.5 * (1 + math.cos(math.pi * after)) if self.kind == "cosine" else 1.0 - after
            f = self.floor + (1.0 - self.floor) * shape
        if self.warmup and p < self.warmup:
            f *= max(p / self.warmup, 0.01)
        return f

    def _apply(self) -> None:
        f = self.factor()
        for g, b in zip(self.opt.param_groups, self.base):
            g["lr"] = b * f

    def after_step(self, progress: float) -> None:
        self.step_no += 1
        self.progress = min(1.0, max(0.0, progress))
        self._apply()

    def resume_at(self, progress: float) -> None:
        """Continue a resumed run at ``progress`` of its budget (which may have been changed)."""
        self.progress = min(1.0, max(0.0, progress))
        self._apply()

    def after_eval(self, val_loss: float) -> bool:
        """Returns True when the rate was just lowered."""
        if self.kind != "plateau":
            return False
        if val_loss < self.best - 1e-4:
            self.best = val_loss
            self.bad_evals = 0
            return False
        self.bad_evals += 1
        if self.bad_evals >= self.patience and self.scale > self.floor:
            self.scale = max(self.scale * self.decay, self.floor)
            self.bad_evals = 0
            self._apply()
            return True
        return False

    def set_base_lr(self, lr: float) -> None:
        self.base = [lr for _ in self.opt.param_groups]
        self._apply()

    @property
    def lr(self) -> float:
        return self.opt.param_groups[0]["lr"]

    def state_dict(self) -> dict:
        return {"kind": self.kind, "decay": self.decay, "patience": self.patience, "warmup": self.warmup,
                "floor": self.floor, "anneal": self.anneal, "base": self.base, "scale": self.scale, "best": self.best,
                "bad_evals": self.bad_evals, "step_no": self.step_no, "progress": self.progress}

    def load_state_dict(self, d: dict) -> None:
        for k in ("scale", "best", "bad_evals", "step_no"):
            setattr(self, k, d[k])
        # Checkpoints from before budget-keyed schedules: steps of a fixed total, no warm-up, no floor
        # on the plateau.
        self.progress = d.get("progress", min(1.0, d["step_no"] / max(1, d.get("total", 10_000))))
        self.warmup = d.get("warmup", 0) if "progress" in d else 0.0
        self.floor = d.get("floor", 0.01 if self.kind == "cosine" else 0.0)
        self.anneal = d.get("anneal", 1.0)
        self._apply()


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
            raise OutputError(f"run directory {run_dir} is in use by another rnncli run ({holder})",
                              "wait for it to finish, or give another --out") from None
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


def check_run_options(lr: float, save_every: Optional[int], save_every_minutes: Optional[float]) -> None:
    """Checks of the options every training command shares."""
    if not (0 < lr <= FLOAT32_MAX):
        raise UsageError(f"--lr must be a positive number no larger than {FLOAT32_MAX:.3g} (got {lr})")
    if save_every is not None and save_every < 1:
        raise UsageError(f"--save-every must be at least 1 (got {save_every})")
    if save_every_minutes is not None and not save_every_minutes > 0:
        raise UsageError(f"--save-every-minutes must be positive (got {save_every_minutes})")


def check_finite_loss(loss: float, step: int, loss_avg: Optional[float], lr: float, last_path: Path) -> None:
    """Stop on a NaN or infinite loss (``step`` is the step that produced it)."""
    if not math.isfinite(loss):
        last = "none yet" if loss_avg is None else f"{loss_avg:.4f}"
        raise TrainingError(f"the loss became {loss} at step {step} (last logged loss {last})",
                            f"lower --lr (now {lr:g}) or use --clip; the last good checkpoint is {last_path}")


def to_device(a, device: torch.device) -> torch.Tensor:
    """A batch (tensor or NumPy array) on the training device: through pinned memory and without
    waiting on a GPU."""
    t = torch.from_numpy(a) if not isinstance(a, torch.Tensor) else a
    if device.type == "cuda":
        return t.pin_memory().to(device, non_blocking=True)
    return t.to(device)


def check_training_options(max_steps: Optional[int], epochs: Optional[float], time_budget: Optional[float],
                           clip: float, optimizer: str, lr_schedule: str) -> None:
    """Budgets, clipping and the optimizer and schedule names, checked before any data is read
    (``time_budget`` in seconds, reported in the minutes it was given in)."""
    if max_steps is not None and max_steps < 1:
        raise UsageError(f"--max-steps must be at least 1 (got {max_steps})")
    if epochs is not None and not 0 < epochs < math.inf:  # also NaN
        raise UsageError(f"--epochs must be a positive number (got {epochs})")
    if time_budget is not None and not 0 < time_budget < math.inf:
        raise UsageError(f"--time-budget must be a positive number of minutes (got {time_budget / 60:g})")
    if not 0 <= clip < math.inf:
        raise UsageError(f"--clip must be 0 (off) or a positive number (got {clip})")
    if optimizer not in OPTIMIZERS:
        raise UsageError(f"unknown optimizer {optimizer!r}; choose one of {', '.join(OPTIMIZERS)}")
    if lr_schedule not in SCHEDULES:
        raise UsageError(f"unknown --lr-schedule {lr_schedule!r}; choose one of {', '.join(SCHEDULES)}")


def check_schedule_options(warmup: float, lr_floor: float, lr_decay: float, lr_patience: int,
                           anneal: float = 1.0) -> None:
    if not 0.0 < anneal <= 1.0:  # also NaN
        raise UsageError(f"--anneal must be a share of the budget in (0, 1] (got {anneal})")
    if not 0.0 <= warmup < 1.0:  # also NaN
        raise UsageError(f"--warmup must be a share of the budget in [0, 1) (got {warmup})")
    if not 0.0 <= lr_floor <= 1.0:
        raise UsageError(f"--lr-floor must be a share of --lr in [0, 1] (got {lr_floor})")
    if not 0.0 < lr_decay <= 1.0:
        raise UsageError(f"--lr-decay must be in (0, 1] (got {lr_decay})")
    if lr_patience < 1:
        raise UsageError(f"--lr-patience must be at least 1 (got {lr_patience})")


def check_loss_every(n: Optional[int]) -> None:
    if n is not None and n < 1:
        raise UsageError(f"--loss-every must be at least 1 (got {n})")


class LossReadback:
    """The loss of every training step, brought back to the host without stalling a GPU.

    Reading a loss (``loss.item()``) makes the host wait until the device has finished the step, so
    it cannot queue the next one meanwhile. On the CPU that costs nothing, and under torchrun the
    loss is all-reduced every step anyway: there every loss is read at once (``every`` = 1) and a
    non-finite one stops the run before the optimizer step. On a GPU the losses stay on the device and
    are read ``every`` steps at a time (:meth:`read`), or sooner when a value is needed (an
    evaluation, a checkpoint, the end); until then a step whose loss or gradient norm is not finite is
    skipped on the device (the fused optimizer's ``found_inf``, as the fp16 gradient scaler does), so a
    NaN found later has not touched the weights, and the run then stops naming the step that made it.
    Deferring needs an optimizer that can skip a step on the device (fused Adam/AdamW); with any other
    every loss is read at once.
    """

    GPU_EVERY = 16

    def __init__(self, device: torch.device, optimizer: torch.optim.Optimizer, distributed: bool,
                 every: Optional[int] = None):
        check_loss_every(every)
        if every is None:
            every = 1 if device.type == "cpu" else self.GPU_EVERY
        if distributed or not getattr(optimizer, "_step_supports_amp_scaling", False):
            every = 1
        self.every = every
        self.pending: list[torch.Tensor] = []

    @property
    def deferred(self) -> bool:
        return self.every > 1

    @contextmanager
    def guarded(self, optimizer: torch.optim.Optimizer, loss: torch.Tensor, norm: Optional[torch.Tensor],
                scaler: Any = None) -> Iterator[None]:
        """Around the optimizer step of a deferred step: skip it on the device when ``loss`` or the
        gradient ``norm`` is not finite (the fp16 scaler already does this itself). Without a
        ``norm`` (no clipping) the gradients' norm is taken here, only when it is needed."""
        if not self.deferred:
            yield
            return
        if scaler is not None:
            yield
        else:
            if norm is None:
                norm = gradient_norm(p for group in optimizer.param_groups for p in group["params"])
            bad = ~torch.isfinite(loss.detach().float()) | ~torch.isfinite(norm.detach().float())
            optimizer.found_inf = bad.float().reshape(())  # type: ignore[attr-defined]
            try:
                yield
            finally:
                del optimizer.found_inf  # type: ignore[attr-defined]
        self.pending.append(loss.detach().float())

    def due(self) -> bool:
        return len(self.pending) >= self.every

    def read(self) -> list[float]:
        """The losses kept since the last read, oldest first (one device synchronisation)."""
        if not self.pending:
            return []
        values = torch.stack(self.pending).tolist()
        self.pending.clear()
        return values


def gradient_norm(params: Iterable[torch.Tensor]) -> torch.Tensor:
    """The total 2-norm of the parameters' gradients, as a tensor on their device (no synchronisation)."""
    grads = [p.grad for p in params if p.grad is not None]
    if hasattr(torch.nn.utils, "get_total_norm"):
        return torch.nn.utils.get_total_norm(grads)
    return torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(g) for g in grads]))


def check_finite_weights(model: torch.nn.Module, step: int, lr: float, last_path: Path) -> None:
    """Called before every save: never replace a good checkpoint with broken weights."""
    if not all(torch.isfinite(p).all() for p in model.parameters()):
        raise TrainingError(f"the weights became NaN or infinite at step {step}",
                            f"lower --lr (now {lr:g}) or use --clip; {last_path} still holds the last good state")


def merge_resume_options(opts: Any, saved: dict, changeable: tuple[str, ...], also_given: set[str],
                         emit: Callable[[str, dict], None]) -> None:
    """Fill ``opts`` for a resumed run from the checkpoint's saved options.

    Settings in ``changeable`` (rates, budgets, cadences) take the value given on this command line,
    and each change is reported; left at their defaults they keep the run's own value. Names in
    ``also_given`` keep what was given. Everything else (data, model, batching) comes from the run."""
    defaults = type(opts)()
    keep = set(changeable) | set(also_given)
    changed = []
    for k, v in saved.items():
        if k not in keep or (k in changeable and getattr(opts, k) == getattr(defaults, k)):
            setattr(opts, k, v)  # not given on this command line: the run's own setting
        elif k in changeable and getattr(opts, k) != v:
            changed.append(f"--{k.replace('_', '-')} {_shown(k, v)} -> {_shown(k, getattr(opts, k))}")
    if changed:
        emit("log", {"message": "changed on resume: " + ", ".join(changed)})


def _shown(name: str, value: Any) -> Any:
    if value is None:
        return "unset"
    # --time-budget is given in minutes and kept in seconds
    return round(value / 60, 4) if name == "time_budget" else value


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
                raise UsageError(f"--out {run_dir} already holds a run ({', '.join(held)})",
                                 f"continue it with --resume {run_dir / 'last.ckpt'}, or give another --out "
                                 "(or delete that directory)")
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


class SaveTimer:
    """When to write last.ckpt between evaluations: every N steps and/or every M minutes."""

    def __init__(self, every_steps: Optional[int], every_minutes: Optional[float]):
        self.every_steps = every_steps
        self.every_seconds = every_minutes * 60 if every_minutes else None
        self.last = time.monotonic()

    def due(self, step: int) -> bool:
        if self.every_steps and step % self.every_steps == 0:
            return True
        return self.every_seconds is not None and time.monotonic() - self.last >= self.every_seconds

    def saved(self) -> None:
        self.last = time.monotonic()


class StopFlag:
    """Turns the first Ctrl-C into a request to stop at the next safe point (so the loop can save a
    checkpoint); a second Ctrl-C interrupts at once."""

    def __init__(self) -> None:
        self.requested = False

    @contextmanager
    def installed(self) -> Iterator["StopFlag"]:
        if threading.current_thread() is not threading.main_thread():
            yield self
            return
        previous = signal.getsignal(signal.SIGINT)

        def handler(signum, frame):
            if self.requested:
                signal.signal(signal.SIGINT, previous)
                raise KeyboardInterrupt
            self.requested = True

        signal.signal(signal.SIGINT, handler)
        try:
            yield self
        finally:
            signal.signal(signal.SIGINT, previous)


def rng_state() -> dict:
    state = {"torch": torch.get_rng_state()}
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def set_rng_state(state: dict) -> None:
    torch.set_rng_state(state["torch"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


class Throughput:
    """Tokens per second over a sliding window of recent steps."""

    def __init__(self, window: int = 20):
        self.window = window
        self.samples: list[tuple[float, int]] = []

    def add(self, tokens: int) -> None:
        self.samples.append((time.perf_counter(), tokens))
        if len(self.samples) > self.window + 1:
            self.samples.pop(0)

    @property
    def rate(self) -> float:
        if len(self.samples) < 2:
            return 0.0
        dt = self.samples[-1][0] - self.samples[0][0]
        return sum(t for _, t in self.samples[1:]) / dt if dt > 0 else 0.0


class LossWatch:
    """Names trouble in the training loss as it happens, so that a bad run shows what went wrong.

    * A **spike**: one step's loss far above the running average (more than 6 running standard
      deviations and 15% above it), typically a batch the model has not seen the like of, or an
      update too large for the curvature where the weights are. Each one is logged with its step and
      rate (at most ``max_logged`` per evaluation interval; the rest are counted).
    * A **rise**: the running average higher at an evaluation than at the one before (by over 3%),
      at a rate that did not change much: the optimizer is undoing its own progress, which lowering
      the rate or clipping harder cures.

    ``observe`` takes every step's loss; ``at_eval`` returns the interval's figures for the metrics
    record (``loss_max``, ``spikes``) and the message for a rise, if any."""

    def __init__(self, beta: float = 0.98, warmup_steps: int = 50, max_logged: int = 3):
        self.beta, self.warmup_steps, self.max_logged = beta, warmup_steps, max_logged
        self.mean: Optional[float] = None
        self.var = 0.0
        self.seen = 0
        self.spikes = 0
        self.loss_max = -math.inf
        self.last_eval: Optional[tuple] = None  # step, running average, rate, validation loss

    def observe(self, step: int, loss: float, lr: float) -> Optional[str]:
        message = None
        self.seen += 1
        self.loss_max = max(self.loss_max, loss)
        if self.mean is None:
            self.mean = loss
            return None
        deviation = loss - self.mean
        if (self.seen > self.warmup_steps and deviation > 6 * math.sqrt(self.var)
                and deviation > 0.15 * abs(self.mean)):
            self.spikes += 1
            if self.spikes <= self.max_logged:
                message = (f"loss spike at step {step}: {loss:.3f} against a running average of "
                           f"{self.mean:.3f} (lr {lr:.2e})")
            deviation = min(deviation, 6 * math.sqrt(self.var))  # one outlier does not reset the scale
        self.mean += (1 - self.beta) * deviation
        self.var = self.beta * (self.var + (1 - self.beta) * deviation * deviation)
        return message

    def at_eval(self, step: int, lr: float, val_loss: float) -> tuple[dict, Optional[str]]:
        figures = {"loss_max": self.loss_max if self.seen else None, "spikes": self.spikes}
        message = None
        if self.mean is not None:
            if self.last_eval is not None:
                before_step, before, before_lr, before_val = self.last_eval
                if self.mean > before * 1.03 and lr >= 0.5 * before_lr:
                    cause = ("validation rose too: the updates are undoing progress; a lower --lr or --clip "
                             "steadies them" if val_loss > before_val else
                             "validation did not: this stretch of the training text is harder")
                    message = (f"training loss rose from {before:.3f} at step {before_step} to {self.mean:.3f} "
                               f"at step {step} (lr {before_lr:.2e} -> {lr:.2e}); {cause}")
            self.last_eval = (step, self.mean, lr, val_loss)
        self.spikes, self.loss_max = 0, -math.inf
        return figures, message
