"""Batches of examples of similar length: little padding, and an order that changes every epoch but is
the same for a given seed and epoch (so a resumed run sees the same batches in the same order)."""

from __future__ import annotations

from typing import Callable, Optional, Sequence

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


class EpochCursor:
    """Where a run is in its epochs of batches: the epoch, the next batch's place in it, and the epoch's
    batches (``make(epoch)``, made when the first one is needed, so a resumed run makes its epoch again).
    The epoch and place are what a checkpoint keeps (:meth:`state`, :meth:`load`)."""

    def __init__(self, make: Callable[[int], list[list[int]]]):
        self.make = make
        self.epoch, self.batch_no = 0, 0
        self.batches: Optional[list[list[int]]] = None
        self.per_epoch = len(make(0))

    def next(self) -> list[int]:
        """The next batch of indices (the next epoch's first, after the last of this one)."""
        if self.batches is None:
            self.batches = self.make(self.epoch)
        if self.batch_no >= len(self.batches):
            self.epoch, self.batch_no = self.epoch + 1, 0
            self.batches = self.make(self.epoch)
        batch = self.batches[self.batch_no]
        self.batch_no += 1
        return batch

    def state(self) -> dict:
        return {"epoch": self.epoch, "batch_no": self.batch_no}

    def load(self, train: dict) -> None:
        self.epoch, self.batch_no = train["epoch"], train["batch_no"]
        self.batches = None
