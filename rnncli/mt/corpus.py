"""Parallel corpora for translation: reading aligned files or TSV, encoding with two vocabularies,
and length-bucketed batches."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
import torch

from rnncli.batching import length_sorted_batches, pad
from rnncli.errors import InputError, UsageError
from rnncli.textio import read_lines
from rnncli.tokenizers import BOS, EOS


def read_pairs(
    src: Optional[str] = None, tgt: Optional[str] = None, tsv: Optional[str] = None, what: str = "training"
) -> tuple[list[str], list[str]]:
    """Sentence pairs from two line-aligned files, or from one file of ``source<TAB>target`` lines."""
    if tsv:
        sources, targets = [], []
        for n, line in enumerate(read_lines(tsv, f"{what} TSV file"), 1):
            if not line.strip():
                continue
            cols = line.split("\t")
            if len(cols) < 2:
                raise InputError(f"{tsv} line {n} has no tab: each line must be 'source<TAB>target'")
            sources.append(cols[0].strip())
            targets.append(cols[1].strip())
        if not sources:
            raise InputError(f"{what} TSV file {tsv} is empty")
        return sources, targets
    if not src or not tgt:
        opt = "--dev-" if what == "dev" else "--"
        raise UsageError(f"give both source and target {what} files ({opt}src and {opt}tgt), or one {opt}tsv file")
    s = read_lines(src, f"{what} source file")
    t = read_lines(tgt, f"{what} target file")
    if len(s) != len(t):
        raise InputError(
            f"{what} files are not aligned: {src} has {len(s)} lines, {tgt} has {len(t)}",
            "each line of the source must match the same line of the target",
        )
    if not s:
        raise InputError(f"{what} files {src} and {tgt} are empty")
    return [x.strip() for x in s], [x.strip() for x in t]


@dataclass
class EncodedPairs:
    src: list[np.ndarray]
    tgt: list[np.ndarray]
    skipped: int  # pairs dropped: an empty side or longer than the length limit

    def __len__(self) -> int:
        return len(self.src)


def encode_pairs(sources: Sequence[str], targets: Sequence[str], src_tok, tgt_tok, max_len: int) -> EncodedPairs:
    src_ids, tgt_ids, skipped = [], [], 0
    for s, t in zip(sources, targets):
        a, b = src_tok.encode(s), tgt_tok.encode(t)
        if not a or not b or len(a) > max_len or len(b) > max_len:
            skipped += 1
            continue
        src_ids.append(np.asarray(a, dtype=np.int64))
        tgt_ids.append(np.asarray(b, dtype=np.int64))
    return EncodedPairs(src_ids, tgt_ids, skipped)


@dataclass
class Batch:
    src: torch.Tensor  # (B, S) padded with PAD
    src_len: torch.Tensor  # (B,)
    tgt_in: torch.Tensor  # (B, T+1): BOS y1 .. yT
    tgt_out: torch.Tensor  # (B, T+1): y1 .. yT EOS
    index: torch.Tensor  # positions of these pairs in the corpus
    tokens: int  # target tokens (loss terms)


def make_batch(pairs: EncodedPairs, idx: Sequence[int]) -> Batch:
    src = [pairs.src[i] for i in idx]
    tgt = [pairs.tgt[i] for i in idx]
    return Batch(
        src=pad(src),
        src_len=torch.tensor([len(s) for s in src]),
        tgt_in=pad(tgt, prefix=BOS),
        tgt_out=pad(tgt, suffix=EOS),
        index=torch.tensor(list(idx)),
        tokens=sum(len(t) + 1 for t in tgt),
    )


def bucketed_batches(pairs: EncodedPairs, batch_size: int, seed: int, epoch: int) -> list[list[int]]:
    """Batches of pairs of similar length (little padding), in an order shuffled per epoch.

    Pairs are shuffled, sorted by length within chunks of 100 batches, cut into batches, and the
    batches are shuffled: deterministic for a given seed and epoch, so a resumed run sees the same
    batches in the same order."""
    lengths = [(len(pairs.src[i]), len(pairs.tgt[i])) for i in range(len(pairs))]
    return length_sorted_batches(lengths, batch_size, seed, epoch)


def token_batches(pairs: EncodedPairs, max_tokens: int, seed: int, epoch: int) -> list[list[int]]:
    """Like ``bucketed_batches``, but each batch takes pairs of similar length until its padded size
    (pairs x the longest side, plus one for BOS/EOS) would pass ``max_tokens``: many short pairs or
    a few long ones, so every step costs about the same."""
    g = torch.Generator().manual_seed(seed * 1000003 + epoch)
    order = torch.randperm(len(pairs), generator=g).tolist()
    chunk = 6400  # pairs sorted together: about 100 batches of 64
    batches: list[list[int]] = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start : start + chunk], key=lambda i: (len(pairs.src[i]), len(pairs.tgt[i])))
        batch: list[int] = []
        longest = 0
        for i in part:
            size = max(len(pairs.src[i]), len(pairs.tgt[i])) + 1
            if batch and (len(batch) + 1) * max(longest, size) > max_tokens:
                batches.append(batch)
                batch, longest = [], 0
            batch.append(i)
            longest = max(longest, size)
        if batch:
            batches.append(batch)
    perm = torch.randperm(len(batches), generator=g).tolist()
    return [batches[i] for i in perm]
