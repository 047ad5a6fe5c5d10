"""Corpora for language models: reading, encoding, and truncated-BPTT batching.

The corpus is cut into ``batch_size`` contiguous streams (rows); training walks along them in
windows of ``seq_len`` tokens, so window k+1 of a row continues exactly where window k stopped and
the hidden state can be carried over (detached) from one window to the next.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from rnncli.errors import InputError
from rnncli.textio import read_text

REPO_DATA = Path(__file__).resolve().parent.parent / "data"


def bundled(*parts: str) -> Path:
    """A file of the data bundled with rnncli (in the source tree, or ./data when installed)."""
    for root in (REPO_DATA, Path.cwd() / "data"):
        p = root.joinpath(*parts)
        if p.exists():
            return p
    raise InputError(f"the bundled data file data/{'/'.join(parts)} was not found",
                     "run from the rnncli source tree or give your own files")


def read_corpus(paths: Sequence[str | os.PathLike], what: str = "corpus") -> str:
    texts = [read_text(p, what) for p in paths]
    text = "\n".join(t if not t.endswith("\n") else t[:-1] for t in texts) + "\n" if texts else ""
    if not text.strip():
        names = ", ".join(str(p) for p in paths)
        raise InputError(f"{what} {names} is empty", "give a file with some text in it")
    return text


@dataclass
class StreamBatcher:
    """Truncated-BPTT windows over ``batch_size`` parallel streams of a token array."""

    ids: np.ndarray
    batch_size: int
    seq_len: int

    def __post_init__(self) -> None:
        n = (len(self.ids) - 1) // self.batch_size  # each row needs one extra token for the target
        if n < self.seq_len:
            raise InputError(
                f"the text is too short: {len(self.ids)} tokens make {self.batch_size} streams of "
                f"{max(n, 0)} tokens, fewer than one window of --seq-len {self.seq_len}",
                "use a longer text, or a smaller --batch-size / --seq-len")
        self.stream_len = n
        usable = n * self.batch_size
        self.x = np.ascontiguousarray(self.ids[:usable].reshape(self.batch_size, n))
        self.y = np.ascontiguousarray(self.ids[1:usable + 1].reshape(self.batch_size, n))
        self.windows = n // self.seq_len  # full windows per epoch (a short tail is dropped)

    def window(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        s = k * self.seq_len
        return self.x[:, s:s + self.seq_len], self.y[:, s:s + self.seq_len]

    def tokens_per_window(self) -> int:
        return self.batch_size * self.seq_len


def eval_windows(ids: np.ndarray, batch_size: int, seq_len: int):
    """Windows that cover every token of ``ids`` (the last window may be shorter): for evaluation."""
    n = (len(ids) - 1) // batch_size
    if n < 1:
        batch_size = 1
        n = len(ids) - 1
    usable = n * batch_size
    x = ids[:usable].reshape(batch_size, n)
    y = ids[1:usable + 1].reshape(batch_size, n)
    for s in range(0, n, seq_len):
        yield x[:, s:s + seq_len], y[:, s:s + seq_len]
