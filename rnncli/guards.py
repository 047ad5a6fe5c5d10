"""What the training engine (rnncli/engine.py) checks and keeps track of while it runs:
the loss read back from the device, the NaN guards, the loss watch, Ctrl-C, the save timer, the
throughput meter and the RNG state. Nothing here knows about a particular model family."""

from __future__ import annotations

import math
import signal
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import torch

from rnncli.errors import (
    TrainingError,
    UsageError,
)


def check_finite_loss(loss: float, step: int, loss_avg: Optional[float], lr: float, last_path: Path) -> None:
    """Stop on a NaN or infinite loss (``step`` is the step that produced it)."""
    if not math.isfinite(loss):
        last = "none yet" if loss_avg is None else f"{loss_avg:.4f}"
        raise TrainingError(
            f"the loss became {loss} at step {step} (last logged loss {last})",
            f"lower --lr (now {lr:g}) or use --clip; the last good checkpoint is {last_path}",
        )


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

    def __init__(
        self, device: torch.device, optimizer: torch.optim.Optimizer, distributed: bool, every: Optional[int] = None
    ):
        if every is not None and every < 1:
            raise UsageError(f"--loss-every must be at least 1 (got {every})")
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
    def guarded(
        self, optimizer: torch.optim.Optimizer, loss: torch.Tensor, norm: Optional[torch.Tensor], scaler: Any = None
    ) -> Iterator[None]:
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
        raise TrainingError(
            f"the weights became NaN or infinite at step {step}",
            f"lower --lr (now {lr:g}) or use --clip; {last_path} still holds the last good state",
        )


def total_steps(
    max_steps: Optional[int], epochs: Optional[float], steps_per_epoch: int, time_budget: Optional[float], default: int
) -> Optional[int]:
    """The step budget: the smaller of --max-steps and --epochs' steps; ``default`` when no budget at all
    is given; None when only a time budget is."""
    limits = [n for n in (max_steps, None if epochs is None else max(1, round(epochs * steps_per_epoch))) if n]
    if not limits and time_budget is None:
        limits = [default]
    return min(limits) if limits else None


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
        if self.seen > self.warmup_steps and deviation > 6 * math.sqrt(self.var) and deviation > 0.15 * abs(self.mean):
            self.spikes += 1
            if self.spikes <= self.max_logged:
                message = (
                    f"loss spike at step {step}: {loss:.3f} against a running average of {self.mean:.3f} (lr {lr:.2e})"
                )
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
                    cause = (
                        "validation rose too: the updates are undoing progress; a lower --lr or --clip steadies them"
                        if val_loss > before_val
                        else "validation did not: this stretch of the training text is harder"
                    )
                    message = (
                        f"training loss rose from {before:.3f} at step {before_step} to {self.mean:.3f} "
                        f"at step {step} (lr {before_lr:.2e} -> {lr:.2e}); {cause}"
                    )
            self.last_eval = (step, self.mean, lr, val_loss)
        self.spikes, self.loss_max = 0, -math.inf
        return figures, message
