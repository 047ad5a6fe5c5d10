"""Batches of examples of similar length: little padding, and an order that changes every epoch but is
the same for a given seed and epoch (so a resumed run sees the same batches in the same order)."""

from __future__ import annotations

from typing import Sequence

import torch


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
