"""Optimizers and learning-rate schedules keyed on the budget: warm-up, hold and anneal over the
share of the budget (steps, epochs or minutes) spent, or a plateau schedule on validation."""

from __future__ import annotations

import math
import time
from typing import Optional

import torch

from rnncli import settings
from rnncli.errors import (
    UsageError,
)

OPTIMIZERS = settings.OPTIMIZERS


SCHEDULES = settings.LR_SCHEDULES


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

    def __init__(
        self,
        optimizer: torch.optim.Optimizer,
        kind: str,
        decay: float = 0.5,
        patience: int = 2,
        warmup: float = 0.0,
        floor: float = 0.01,
        anneal: float = 1.0,
    ):
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
        return {
            "kind": self.kind,
            "decay": self.decay,
            "patience": self.patience,
            "warmup": self.warmup,
            "floor": self.floor,
            "anneal": self.anneal,
            "base": self.base,
            "scale": self.scale,
            "best": self.best,
            "bad_evals": self.bad_evals,
            "step_no": self.step_no,
            "progress": self.progress,
        }

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


def teacher_forcing_ratio(step: int, total: int, final: float, schedule: str, k: Optional[float] = None) -> float:
    """Probability of feeding the ground-truth previous token at training step ``step``.

    Moves from 1.0 (pure teacher forcing) towards ``final`` (Bengio et al. 2015):
    linear decay over the run; exponential k**step; inverse sigmoid k / (k + exp(step / k))."""
    if schedule == "constant" or final >= 1.0:
        return final
    progress = min(step / max(total, 1), 1.0)
    if schedule == "linear":
        r = 1.0 - progress
    elif schedule == "exponential":
        kk = k if k is not None else 0.01 ** (1.0 / max(total, 1))  # reaches 0.01 at the end
        r = kk**step
    else:  # inverse-sigmoid
        kk = k if k is not None else max(total, 1) / 10.0
        r = kk / (kk + math.exp(step / kk))
    return final + (1.0 - final) * r


class TeacherForcing:
    """A decoder's teacher forcing on its schedule (rnncli.settings.AttentionDecoder): the ratio at each
    step, falling over --schedule-steps, else over the step budget (10,000 steps under a time budget
    alone), and the coin that decides each input (``gen``), kept in checkpoints for an exact resume."""

    def __init__(self, opts):
        self.opts = opts
        self.gen = torch.Generator()
        self.gen.manual_seed(opts.seed + 1)

    def ratio(self, step: int, total_steps: Optional[int]) -> float:
        opts = self.opts
        total = opts.schedule_steps or total_steps or 10_000
        return teacher_forcing_ratio(step, total, opts.teacher_forcing, opts.schedule, opts.schedule_k)

    def state(self) -> dict:
        return {"tf_rng": self.gen.get_state()}

    def load(self, train: dict) -> None:
        self.gen.set_state(train["tf_rng"])
