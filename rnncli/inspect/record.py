"""Recording every signal of a language model while it reads a text, one step at a time.

The model runs through :class:`~rnncli.models.rnn.StepRunner` (the same code that generates text),
which hands back, after each token, every layer's hidden state ``h``, the LSTM cell state ``c`` and
the gate activations (LSTM ``i f g o``; GRU ``r z n``). Those are stacked into one array per signal,
shaped (layers, tokens, units).

Each token is shown as the text it stands for, decoded byte by byte: a character model shows one
character per token, a subword model whole pieces (with the spaces sentencepiece puts back), and a
character spelled with several byte tokens appears on the last of them (the others show nothing).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
import torch

from rnncli.errors import InputError, UsageError

SIGNALS = {"lstm": ("h", "c", "i", "f", "g", "o"), "gru": ("h", "r", "z", "n"), "rnn": ("h",)}
GATES = {"lstm": ("i", "f", "o"), "gru": ("r", "z"), "rnn": ()}


@dataclass
class Activations:
    cell: str
    ids: np.ndarray  # (T,) token ids
    texts: list[str]  # (T,) what each token shows
    signals: dict[str, np.ndarray] = field(repr=False)  # name -> (layers, T, units) float32

    @property
    def layers(self) -> int:
        return next(iter(self.signals.values())).shape[0]

    @property
    def units(self) -> int:
        return next(iter(self.signals.values())).shape[2]

    @property
    def text(self) -> str:
        return "".join(self.texts)

    def __len__(self) -> int:
        return len(self.texts)

    def values(self, layer: int, signal: str, unit: int) -> np.ndarray:
        """One unit over the text; ``layer`` counts from 1."""
        return self.signals[signal][layer - 1, :, unit]

    def check(self, layer: int | None = None, signal: str | None = None, unit: int | None = None) -> None:
        if layer is not None and not 1 <= layer <= self.layers:
            raise UsageError(f"--layer {layer} does not exist: this model has layers 1 to {self.layers}")
        if signal is not None and signal not in self.signals:
            raise UsageError(f"--signal {signal} does not exist for a {self.cell.upper()}; "
                             f"choose one of {', '.join(self.signals)}")
        if unit is not None and not 0 <= unit < self.units:
            raise UsageError(f"unit {unit} does not exist: layers have units 0 to {self.units - 1}")

    def to_npz_dict(self) -> dict[str, np.ndarray]:
        out = {"ids": self.ids, "tokens": np.array(self.texts, dtype=object).astype(str),
               "cell": np.array(self.cell)}
        for name, arr in self.signals.items():
            out[name] = arr
        return out


def token_texts(tokenizer, ids: Sequence[int]) -> list[str]:
    """The text each token adds when the ids are decoded one after another."""
    dec = codecs.getincrementaldecoder("utf-8")("replace")
    return [dec.decode(tokenizer.token_bytes(int(i))) for i in ids]


@torch.no_grad()
def record_ids(model, tokenizer, ids: Sequence[int], skip: int = 0) -> Activations:
    """Run ``ids`` through ``model`` one step at a time and keep every signal.

    The first ``skip`` tokens are read (they set up the state) but not kept.
    """
    if len(ids) <= skip:
        raise InputError("there is no text to look at", "give some text (a file, stdin or --text)")
    cell = model.config.cell
    p = next(model.parameters())
    runner = model.stepper().runner
    runner.reset(1, p.device, p.dtype)
    tokens = torch.as_tensor(np.asarray(ids, dtype=np.int64), device=p.device)
    names = SIGNALS[cell]
    kept: dict[str, list[list[torch.Tensor]]] = {n: [[] for _ in range(runner.layers)] for n in names}
    for t in range(len(tokens)):
        _, sig = runner.step(tokens[t:t + 1], record=True)
        if t < skip:
            continue
        for k, layer in enumerate(sig):
            for n in names:
                kept[n][k].append(layer[n])
    signals = {n: torch.stack([torch.cat(per_layer) for per_layer in kept[n]]).float().cpu().numpy()
               for n in names}
    ids = np.asarray(ids, dtype=np.int64)
    return Activations(cell, ids[skip:], token_texts(tokenizer, ids)[skip:], signals)


def record_text(model, tokenizer, text: str) -> Activations:
    if not text:
        raise InputError("there is no text to look at", "give some text (a file, stdin or --text)")
    return record_ids(model, tokenizer, tokenizer.encode(text))
