"""Choosing the next token of a language model (`rnncli sample`): logit processors and a sampler.

Each processor takes logits of shape (B, V) and returns new logits; masked-out tokens get -inf, so
a softmax afterwards gives them probability 0.  All of them are exact and vectorised over the batch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import torch

from rnncli.errors import CheckpointError, UsageError


@dataclass
class SamplingSettings:
    temperature: float = 1.0
    top_k: int = 0  # 0: off
    top_p: float = 1.0  # 1.0: off
    min_p: float = 0.0  # 0.0: off
    repetition_penalty: float = 1.0  # 1.0: off
    greedy: bool = False

    def validate(self) -> None:
        if not 0 <= self.temperature < math.inf:  # also catches NaN
            raise UsageError(f"--temperature must be 0 (greedy) or a positive number (got {self.temperature})")
        if self.top_k < 0:
            raise UsageError(f"--top-k must be 0 (off) or positive (got {self.top_k})")
        if not 0.0 < self.top_p <= 1.0:
            raise UsageError(f"--top-p must be in (0, 1] (got {self.top_p})")
        if not 0.0 <= self.min_p < 1.0:
            raise UsageError(f"--min-p must be in [0, 1) (got {self.min_p})")
        if not self.repetition_penalty > 0:
            raise UsageError(f"--repetition-penalty must be positive (got {self.repetition_penalty})")

    @property
    def is_greedy(self) -> bool:
        # Temperature 0, --greedy and --top-k 1 are the same decision rule: always the argmax.
        return self.greedy or self.temperature == 0 or self.top_k == 1


def apply_repetition_penalty(logits: torch.Tensor, seen: torch.Tensor, penalty: float) -> torch.Tensor:
    """Make tokens that already occurred less likely (CTRL, Keskar et al. 2019): positive logits are
    divided by ``penalty``, negative ones multiplied.  ``seen`` is a (B, V) boolean mask."""
    if penalty == 1.0:
        return logits
    penalised = torch.where(logits > 0, logits / penalty, logits * penalty)
    return torch.where(seen, penalised, logits)


def apply_temperature(logits: torch.Tensor, temperature: float) -> torch.Tensor:
    """logits / temperature, for any positive finite temperature: computed in float64 after
    subtracting each row's maximum (which the softmax ignores), so that a tiny temperature sends the
    other logits to -inf instead of overflowing, and a huge one makes them all 0 (uniform over the
    allowed tokens) while banned tokens stay at -inf."""
    if temperature == 1.0:
        return logits
    x = logits.double()
    x = x - x.amax(dim=-1, keepdim=True)
    return torch.where(torch.isneginf(x), x, x / temperature).to(logits.dtype)


def apply_top_k(logits: torch.Tensor, k: int) -> torch.Tensor:
    """Keep exactly the k largest logits of each row (all of them if k >= V; ties broken by topk)."""
    if k <= 0 or k >= logits.shape[-1]:
        return logits
    keep = torch.zeros_like(logits, dtype=torch.bool).scatter(-1, torch.topk(logits, k, dim=-1).indices, True)
    return logits.masked_fill(~keep, float("-inf"))


def apply_top_p(logits: torch.Tensor, p: float) -> torch.Tensor:
    """Nucleus filtering: keep the smallest set of most likely tokens whose probability reaches p."""
    if p >= 1.0:
        return logits
    sorted_logits, order = torch.sort(logits, dim=-1, descending=True)
    probs = torch.softmax(sorted_logits, dim=-1)
    mass_before = torch.cumsum(probs, dim=-1) - probs  # mass of the tokens ranked above each one
    drop_sorted = mass_before >= p  # the first token is always kept (mass_before = 0 < p)
    drop = torch.zeros_like(drop_sorted).scatter(-1, order, drop_sorted)
    return logits.masked_fill(drop, float("-inf"))


def apply_min_p(logits: torch.Tensor, min_p: float) -> torch.Tensor:
    """Keep tokens whose probability is at least ``min_p`` times that of the most likely one."""
    if min_p <= 0.0:
        return logits
    probs = torch.softmax(logits, dim=-1)
    threshold = probs.max(dim=-1, keepdim=True).values * min_p
    return logits.masked_fill(probs < threshold, float("-inf"))


def process(logits: torch.Tensor, s: SamplingSettings, seen: Optional[torch.Tensor] = None) -> torch.Tensor:
    logits = logits.float()
    if seen is not None:
        logits = apply_repetition_penalty(logits, seen, s.repetition_penalty)
    if s.is_greedy:
        return logits
    logits = apply_temperature(logits, s.temperature)
    logits = apply_top_k(logits, s.top_k)
    logits = apply_top_p(logits, s.top_p)
    logits = apply_min_p(logits, s.min_p)
    return logits


def choose(
    logits: torch.Tensor,
    s: SamplingSettings,
    generator: Optional[torch.Generator] = None,
    seen: Optional[torch.Tensor] = None,
) -> torch.Tensor:
    """Next token ids (B,) from logits (B, V)."""
    logits = process(logits, s, seen)
    if s.is_greedy:
        return logits.argmax(dim=-1)
    probs = torch.softmax(logits, dim=-1)
    try:
        return torch.multinomial(probs, 1, generator=generator).squeeze(-1)
    except RuntimeError:
        if torch.isfinite(probs).all():
            raise
        raise CheckpointError(
            "the model's outputs are not finite numbers (its weights are too large or broken)",
            "sample from an earlier checkpoint",
        ) from None
