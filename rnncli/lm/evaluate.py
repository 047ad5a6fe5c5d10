"""Scoring a text with a language model: the mean cross-entropy over truncated-BPTT windows, the hidden
state carried across them (validation during training, and `rnncli eval`)."""

from __future__ import annotations

from typing import Optional

import numpy as np
import torch
import torch.nn.functional as F

from rnncli.device import autocast, to_device
from rnncli.lm.data import eval_windows
from rnncli.models.lm import RNNLanguageModel


def evaluate(
    model: RNNLanguageModel,
    ids: torch.Tensor | np.ndarray,
    batch_size: int,
    seq_len: int,
    device: torch.device,
    max_tokens: Optional[int] = None,
    precision: str = "fp32",
) -> tuple[float, int]:
    """Mean cross-entropy (nats per token) over ``ids`` and the number of tokens scored.

    The text is cut into parallel streams as in training; with ``max_tokens`` only the first windows
    of every stream are scored, a sample spread evenly over the whole text."""
    model.eval()
    arr = ids.numpy() if isinstance(ids, torch.Tensor) else ids
    total, count = 0.0, 0
    state = None
    streams = max(1, min(batch_size, (len(arr) - 1) // seq_len))  # each stream at least one window long
    with torch.inference_mode():
        for x, y in eval_windows(arr, streams, seq_len):
            if max_tokens is not None and count >= max_tokens:
                break
            xb, yb = to_device(x, device), to_device(y, device)
            with autocast(device, precision):
                logits, state = model(xb, state)
            total += F.cross_entropy(
                logits.reshape(-1, logits.shape[-1]).float(), yb.reshape(-1), reduction="sum"
            ).item()
            count += yb.numel()
    model.train()
    return total / max(count, 1), count
