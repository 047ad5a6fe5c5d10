"""Recording every signal of a language model (or a classifier's RNN) while it reads a text, one step
at a time.

After each token the recorder keeps every layer's hidden state ``h``, the LSTM cell state ``c`` and the
gate activations (LSTM ``i f g o``; GRU ``r z n``): one array per signal, shaped (layers, tokens,
units). It works layer by layer (see :func:`_layer`); the tests hold every signal equal to
:class:`~rnncli.models.rnn.StepRunner`, which runs the model one token at a time as generation does,
and ``h`` of the top layer equal to the fused ``nn.LSTM`` / ``nn.GRU`` / ``nn.RNN`` output.

Each token is shown as the text it stands for, decoded byte by byte: a character model shows one
character per token, a subword model whole pieces (with the spaces sentencepiece puts back), and a
character spelled with several byte tokens appears on the last of them (the others show nothing).

A bidirectional RNN (a classifier's) is recorded direction by direction: units 0..H-1 of a layer are
the forward direction's, H..2H-1 the backward direction's, which read the text from its end (so their
value at a token sums up the text from there to the end).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
import torch

from rnncli.errors import InputError, UsageError

SIGNALS = {"lstm": ("h", "c", "i", "f", "g", "o"), "gru": ("h", "r", "z", "n"), "rnn": ("h",)}
SIGMOID_GATES = {"lstm": ("i", "f", "o"), "gru": ("r", "z"), "rnn": ()}  # the gates that open and close


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

    def check(
        self, layer: int | None = None, signal: str | None = None, unit: int | None = None, spec: str | None = None
    ) -> None:
        """Refuse a layer, signal or unit the model does not have; ``spec`` names the --units item
        they came from (else they are the --layer and --signal options)."""
        where = f"--units {spec}: " if spec is not None else ""
        if layer is not None and not 1 <= layer <= self.layers:
            what = f"{where}layer {layer}" if spec is not None else f"--layer {layer}"
            raise UsageError(f"{what} does not exist: this model has layers 1 to {self.layers}")
        if signal is not None and signal not in self.signals:
            what = f"{where}signal {signal}" if spec is not None else f"--signal {signal}"
            article = "an" if self.cell.upper()[0] in "AEFHILMNORSX" else "a"
            raise UsageError(
                f"{what} does not exist for {article} {self.cell.upper()}; choose one of {', '.join(self.signals)}"
            )
        if unit is not None and not 0 <= unit < self.units:
            raise UsageError(f"{where}unit {unit} does not exist: layers have units 0 to {self.units - 1}")

    def to_npz_dict(self) -> dict[str, np.ndarray]:
        out = {"ids": self.ids, "tokens": np.array(self.texts, dtype=object).astype(str), "cell": np.array(self.cell)}
        for name, arr in self.signals.items():
            out[name] = arr
        return out


def token_texts(tokenizer, ids: Sequence[int]) -> list[str]:
    """The text each token adds when the ids are decoded one after another."""
    dec = codecs.getincrementaldecoder("utf-8")("replace")
    return [dec.decode(tokenizer.token_bytes(int(i))) for i in ids]


@torch.no_grad()
def _layer(rnn, k: int, x: torch.Tensor, cell: str, suffix: str = "") -> dict[str, torch.Tensor]:
    """Every signal of layer ``k`` of ``rnn`` over a whole sequence ``x`` (T, input size), as (T, H)
    tensors.

    The recurrence itself (the only part that must go one step at a time) runs in PyTorch's fused kernel,
    on a one-layer copy of the layer. Its gates then follow for all steps at once from the inputs and
    the previous hidden states (two matrix products), and the LSTM cell state from its own recurrence
    c_t = f_t c_{t-1} + i_t g_t, which is elementwise and cheap. Far faster than stepping the matrix
    products one token at a time; the tests hold every signal equal to the step-by-step runner used for
    generation (:meth:`StepRunner.step` with ``record=True``). ``suffix`` "_reverse": the weights of a
    bidirectional layer's backward direction (the caller reverses the sequence).
    """
    H = rnn.hidden_size
    kw = {"nonlinearity": rnn.nonlinearity} if cell == "rnn" else {}
    one = type(rnn)(x.shape[1], H, num_layers=1, bias=rnn.bias, batch_first=True, **kw).to(x.device, x.dtype)
    names = ("weight_ih", "weight_hh", "bias_ih", "bias_hh") if rnn.bias else ("weight_ih", "weight_hh")
    for name in names:
        getattr(one, f"{name}_l0").copy_(getattr(rnn, f"{name}_l{k}{suffix}"))
    hs = one(x[None])[0][0]
    if cell == "rnn":
        return {"h": hs}
    h_prev = torch.cat([hs.new_zeros(1, H), hs[:-1]])
    gi = x @ getattr(rnn, f"weight_ih_l{k}{suffix}").t()
    gh = h_prev @ getattr(rnn, f"weight_hh_l{k}{suffix}").t()
    if rnn.bias:
        gi += getattr(rnn, f"bias_ih_l{k}{suffix}")
        gh += getattr(rnn, f"bias_hh_l{k}{suffix}")
    if cell == "lstm":
        pre = gi + gh
        i, f = pre[:, :H].sigmoid(), pre[:, H : 2 * H].sigmoid()
        g, o = pre[:, 2 * H : 3 * H].tanh(), pre[:, 3 * H :].sigmoid()
        ig = i * g
        cs = torch.empty_like(hs)
        c = hs.new_zeros(H)
        for t in range(len(hs)):
            c = torch.addcmul(ig[t], f[t], c, out=cs[t])
        return {"h": hs, "c": cs, "i": i, "f": f, "g": g, "o": o}
    r = (gi[:, :H] + gh[:, :H]).sigmoid()
    z = (gi[:, H : 2 * H] + gh[:, H : 2 * H]).sigmoid()
    n = torch.tanh(gi[:, 2 * H :] + r * gh[:, 2 * H :])
    return {"h": hs, "r": r, "z": z, "n": n}


@torch.no_grad()
def record_ids(model, tokenizer, ids: Sequence[int], skip: int = 0) -> Activations:
    """Run ``ids`` through ``model`` and keep every signal of every layer at every step, layer by layer.
    The first ``skip`` tokens are read (they set up the state) but not kept."""
    if len(ids) <= skip:
        raise InputError("there is no text to look at", "give some text (a file, stdin or --text)")
    cell = model.config.cell
    p = next(model.parameters())
    tokens = torch.as_tensor(np.asarray(ids, dtype=np.int64), device=p.device)
    x = model.embed_tokens(tokens[None])[0] if hasattr(model, "embed_tokens") else model.embedding(tokens)
    per_layer = []
    for k in range(model.rnn.num_layers):
        sig = _layer(model.rnn, k, x, cell)
        if model.rnn.bidirectional:  # the backward direction's units follow the forward ones
            back = _layer(model.rnn, k, x.flip(0), cell, "_reverse")
            sig = {n: torch.cat([v, back[n].flip(0)], dim=1) for n, v in sig.items()}
        per_layer.append(sig)
        x = sig["h"]
    signals = {n: torch.stack([layer[n][skip:] for layer in per_layer]).float().cpu().numpy() for n in SIGNALS[cell]}
    ids = np.asarray(ids, dtype=np.int64)
    return Activations(cell, ids[skip:], token_texts(tokenizer, ids)[skip:], signals)


def record_text(model, tokenizer, text: str) -> Activations:
    if not text:
        raise InputError("there is no text to look at", "give some text (a file, stdin or --text)")
    return record_ids(model, tokenizer, tokenizer.encode(text))
