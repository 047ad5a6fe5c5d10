"""Batches of examples of similar length: little padding, and an order that changes every epoch but is
the same for a given seed and epoch (so a resumed run sees the same batches in the same order)."""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np
import torch

from rnncli.tokenizers import PAD


def pad(seqs: Sequence[np.ndarray], prefix: Optional[int] = None, suffix: Optional[int] = None) -> torch.Tensor:
    """Token-id sequences as one (B, longest + extras) tensor padded with PAD, each optionally with a
    ``prefix`` id before it (BOS: a decoder's inputs) and a ``suffix`` id after it (EOS: its targets)."""
    extra = (prefix is not None) + (suffix is not None)
    n = max(len(s) for s in seqs) + extra
    out = torch.full((len(seqs), n), PAD, dtype=torch.long)
    for i, s in enumerate(seqs):
        row = list(s)
        if prefix is not None:
            row = [prefix] + row
        if suffix is not None:
            row = row + [suffix]
        out[i, : len(row)] = torch.tensor(row, dtype=torch.long)
    return out


def length_sorted_batches(lengths: Sequence, batch_size: int, seed: int, epoch: int) -> list[list[int]]:
    """Indices shuffled, sorted by ``lengths`` (numbers, or tuples such as (source, target) lengths)
    within chunks of 100 batches, cut into batches of
    ``batch_size``, and the batches shuffled."""
    g = torch.Generator().manual_seed(seed * 1000003 + epoch)
    order = torch.randperm(len(lengths), generator=g).tolist()
    chunk = batch_size * 100
    batches: list[list[int]] = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start : start + chunk], key=lambda i: lengths[i])
        batches.extend(part[k : k + batch_size] for k in range(0, len(part), batch_size))
    perm = torch.randperm(len(batches), generator=g).tolist()
    return [batches[i] for i in perm]
