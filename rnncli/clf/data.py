"""Labelled texts for sequence classification: reading ``label<TAB>text`` files, encoding, batches, and
the figures a classifier is judged by (accuracy, macro-F1, the confusion matrix)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
import torch

from rnncli.errors import InputError
from rnncli.textio import read_lines


@dataclass
class Labelled:
    labels: list[str]  # one per text
    texts: list[str]


def read_labelled(path: str, what: str = "training file") -> Labelled:
    """``label<TAB>text`` lines (blank lines skipped); a line without a tab, with an empty label or an
    empty text is an error naming the line."""
    labels, texts = [], []
    for n, line in enumerate(read_lines(path, what), 1):
        if not line.strip():
            continue
        label, tab, text = line.partition("\t")
        if not tab:
            raise InputError(f"{what} {path}, line {n}: no tab (each line is label<TAB>text)")
        if not label.strip() or not text.strip():
            part = "label" if not label.strip() else "text"
            raise InputError(f"{what} {path}, line {n}: the {part} is empty")
        labels.append(label.strip())
        texts.append(text)
    if not texts:
        raise InputError(f"{what} {path} has no labelled lines")
    return Labelled(labels, texts)


def hold_out(data: Labelled, fraction: float, seed: int) -> tuple[Labelled, Labelled]:
    """A random ``fraction`` of the lines as the dev set (at least one), the rest for training."""
    g = torch.Generator().manual_seed(seed)
    order = torch.randperm(len(data.texts), generator=g).tolist()
    n_dev = max(1, round(len(order) * fraction))
    if n_dev >= len(order):
        raise InputError("too few labelled lines to hold some out for the dev set", "give --dev FILE")

    def pick(idx):
        idx = sorted(idx)
        return Labelled([data.labels[i] for i in idx], [data.texts[i] for i in idx])

    return pick(order[n_dev:]), pick(order[:n_dev])


@dataclass
class Encoded:
    ids: list[np.ndarray]  # token ids per text, cut to max_len (at least one token)
    targets: np.ndarray  # label index per text
    texts: list[str] = field(default_factory=list)  # the texts themselves (the wide path reads them whole)

    def __len__(self) -> int:
        return len(self.ids)


def encode(data: Labelled, tok, label_index: dict[str, int], max_len: int) -> Encoded:
    ids = []
    for text in data.texts:
        a = np.asarray(tok.encode(text), dtype=np.int64)[:max_len]
        ids.append(a if len(a) else np.zeros(1, dtype=np.int64))
    return Encoded(ids, np.array([label_index[lab] for lab in data.labels], dtype=np.int64), list(data.texts))


def make_batch(data: Encoded, idx: Sequence[int]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Padded ids (B, T), lengths (B,), targets (B,)."""
    seqs = [data.ids[i] for i in idx]
    ids = torch.zeros(len(seqs), max(len(s) for s in seqs), dtype=torch.long)
    for row, s in enumerate(seqs):
        ids[row, : len(s)] = torch.from_numpy(s)
    return ids, torch.tensor([len(s) for s in seqs]), torch.from_numpy(data.targets[list(idx)])


@dataclass
class Scores:
    """How well predictions match the truth: accuracy, macro-F1, per-label precision and recall, and
    the confusion matrix (rows: the true label, columns: the predicted one)."""

    labels: list[str]
    confusion: np.ndarray

    @classmethod
    def of(cls, labels: list[str], truth: Sequence[int], predicted: Sequence[int]) -> "Scores":
        m = np.zeros((len(labels), len(labels)), dtype=np.int64)
        np.add.at(m, (np.asarray(truth, dtype=np.int64), np.asarray(predicted, dtype=np.int64)), 1)
        return cls(list(labels), m)

    @property
    def accuracy(self) -> float:
        return float(np.trace(self.confusion) / max(self.confusion.sum(), 1))

    def precision(self) -> np.ndarray:
        return np.diag(self.confusion) / np.maximum(self.confusion.sum(0), 1)

    def recall(self) -> np.ndarray:
        return np.diag(self.confusion) / np.maximum(self.confusion.sum(1), 1)

    def f1(self) -> np.ndarray:
        p, r = self.precision(), self.recall()
        return np.where(p + r > 0, 2 * p * r / np.maximum(p + r, 1e-12), 0.0)

    @property
    def macro_f1(self) -> float:
        """The mean F1 over the labels that occur in the truth or the predictions."""
        present = (self.confusion.sum(0) + self.confusion.sum(1)) > 0
        return float(self.f1()[present].mean()) if present.any() else 0.0

    def to_dict(self) -> dict:
        return {
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "labels": self.labels,
            "precision": self.precision().tolist(),
            "recall": self.recall().tolist(),
            "f1": self.f1().tolist(),
            "support": self.confusion.sum(1).tolist(),
            "confusion": self.confusion.tolist(),
        }
