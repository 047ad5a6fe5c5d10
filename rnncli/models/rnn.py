"""Shared recurrent building blocks: the fused multi-layer RNN used in training, and a
single-step runner used in generation that never re-runs the prefix.

Gate layouts follow PyTorch's ``nn.LSTM`` / ``nn.GRU`` / ``nn.RNN`` weights:

* LSTM: rows of ``weight_ih`` / ``weight_hh`` are the input, forget, cell (g) and output gates;
  ``c' = f * c + i * g`` (the cell state is the additive "gradient highway"), ``h' = o * tanh(c')``.
* GRU: reset (r), update (z) and new (n) gates; ``n = tanh(W_in x + b_in + r * (W_hn h + b_hn))``,
  ``h' = (1 - z) * n + z * h``.
* vanilla RNN: ``h' = tanh(W_ih x + b_ih + W_hh h + b_hh)``.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Optional

import torch
from torch import nn

from rnncli import settings
from rnncli.errors import CheckpointError

CELLS = settings.CELLS

State = torch.Tensor | tuple[torch.Tensor, torch.Tensor]


def make_rnn(
    cell: str, input_size: int, hidden: int, layers: int, dropout: float, bidirectional: bool = False
) -> nn.RNNBase:
    cls = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn": nn.RNN}[cell]
    return cls(
        input_size,
        hidden,
        num_layers=layers,
        dropout=dropout if layers > 1 else 0.0,
        batch_first=True,
        bidirectional=bidirectional,
    )


@torch.no_grad()
def set_unigram_bias(bias: torch.Tensor, counts) -> None:
    """Set an output layer's bias to the log of each token's add-one smoothed frequency in ``counts``:
    the model starts at the unigram distribution (the language model's and the translator's start)."""
    counts = torch.as_tensor(counts, dtype=torch.float64)
    if counts.shape != bias.shape:
        raise ValueError(f"{counts.shape[0]} counts for {bias.shape[0]} outputs")
    prior = (counts + 1.0) / (counts.sum() + counts.numel())
    bias.copy_(prior.log().to(bias.dtype))


def zero_state(cell: str, layers: int, batch: int, hidden: int, device=None, dtype=None) -> State:
    h = torch.zeros(layers, batch, hidden, device=device, dtype=dtype)
    return (h, torch.zeros_like(h)) if cell == "lstm" else h


def config_from_dict(cls: type, d: dict, saved_before: dict):
    """A model configuration as a checkpoint stored it: settings it lacks take ``saved_before`` (what
    checkpoints of that time were trained with); a setting this rnncli does not know is an error."""
    unknown = set(d) - {f.name for f in dataclasses.fields(cls)}
    if unknown:
        raise CheckpointError(
            f"checkpoint has unknown model settings: {', '.join(sorted(unknown))}",
            "it was probably written by a newer rnncli",
        )
    return cls(**{**saved_before, **d})


def map_state(state: State, fn: Callable[[torch.Tensor], torch.Tensor]) -> State:
    """``fn`` applied to a recurrent state: h for a GRU or vanilla RNN, each of (h, c) for an LSTM."""
    if isinstance(state, (tuple, list)):
        return tuple(fn(s) for s in state)  # type: ignore[return-value]
    return fn(state)


def detach_state(state: State) -> State:
    return map_state(state, torch.Tensor.detach)


# Narrower column blocks than this are not worth a thread of their own.
MIN_BLOCK = 128


def split_count(width: int, device=None, threads: Optional[int] = None, min_block: Optional[int] = None) -> int:
    """How many column blocks to split a (K, width) weight matrix into for :class:`Product`: one per
    CPU thread, as long as each block keeps at least ``min_block`` (default :data:`MIN_BLOCK`) columns;
    1 on other devices."""
    min_block = MIN_BLOCK if min_block is None else min_block
    if device is not None and torch.device(device).type != "cpu":
        return 1
    n = threads if threads is not None else torch.get_num_threads()
    n = max(1, min(n, width // min_block))
    while n > 1 and width % n:
        n -= 1
    return n


class Product:
    """``bias + x @ W`` for the few rows of a generation step, with ``W`` (K, N) laid out once.

    A step at batch 1 does little arithmetic per weight, so its time is the time to read the
    weights, and one core cannot draw the memory bandwidth of the whole machine.  With ``blocks`` > 1
    the columns of ``W`` are split into that many contiguous blocks, and the product runs as one
    batched matrix product over them, which PyTorch spreads over its threads: each thread streams
    its own block of the weights.  The result is the same product (each output column is the same
    dot product), returned as a new (B, N) tensor.
    """

    def __init__(self, w_t: torch.Tensor, blocks: int = 1):
        K, N = w_t.shape
        if blocks < 1 or N % blocks:
            raise ValueError(f"cannot split {N} columns into {blocks} equal blocks")
        self.k, self.n, self.blocks = K, N, blocks
        if blocks == 1:
            self.w = w_t.contiguous()
        else:  # (blocks, K, N / blocks): block j holds columns j*N/blocks ... (j+1)*N/blocks - 1
            self.w = w_t.reshape(K, blocks, N // blocks).transpose(0, 1).contiguous()

    def __call__(self, bias: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
        """``bias`` (N,) or (B, N), ``x`` (B, K) -> (B, N)."""
        if self.blocks == 1:
            return torch.addmm(bias, x, self.w)
        C, B = self.blocks, x.shape[0]
        bias = bias.reshape(-1, C, self.n // C).transpose(0, 1)  # (C, 1 or B, N / C)
        out = torch.baddbmm(bias, x.expand(C, B, self.k), self.w)  # (C, B, N / C)
        return out.transpose(0, 1).reshape(B, self.n)  # a view at batch 1, else one small copy

    @property
    def weight_t(self) -> torch.Tensor:
        """W (K, N) again."""
        if self.blocks == 1:
            return self.w
        return self.w.transpose(0, 1).reshape(self.k, self.n)


class StepRunner:
    """Runs a trained ``nn.RNN``/``nn.GRU``/``nn.LSTM`` one time step at a time.

    The weights are laid out once for single-step use: the first layer's input projection is folded
    into the embedding table (one row lookup per token instead of a matrix product), the two biases
    are summed, and for the LSTM and the vanilla RNN each later layer's input and hidden-to-hidden
    matrices are stacked into one, so that a layer costs one product over ``[x; h]``.  The matrices
    are held as :class:`Product` s, split into one column block per CPU thread.  The state is kept
    between calls, so generating token t costs the same as token 1.

    A step is a handful of tensor operations per layer, most of them in place on the step's fresh
    gate buffer: the LSTM's gate blocks are stored in the order (i, f, o, g), so that one sigmoid
    covers three gates and one tanh the fourth; the GRU's b_hn rides along in the hidden-to-hidden
    product. At batch 1 a step costs little more than reading the weights once.

    ``record=True`` makes :meth:`step` also return, for every layer, the hidden state, the cell state
    (LSTM) and the gate activations: the raw material of activation dumps.

    ``blocks`` sets the column split of the weights (default: :func:`split_count`).
    """

    def __init__(self, rnn: nn.RNNBase, embedding: Optional[nn.Embedding], cell: str, blocks: Optional[int] = None):
        if rnn.bidirectional:
            raise ValueError("a bidirectional RNN cannot be run step by step")
        self.cell = cell
        self.layers = rnn.num_layers
        self.hidden = rnn.hidden_size
        self.nonlinearity = getattr(rnn, "nonlinearity", "tanh")
        H = self.hidden
        G = {"lstm": 4, "gru": 3, "rnn": 1}[cell]
        device = rnn.weight_hh_l0.device
        self.blocks = blocks if blocks is not None else split_count(G * H, device)
        with torch.no_grad():
            self.b: list[torch.Tensor] = []
            self.b_hn: list[Optional[torch.Tensor]] = []
            # per layer: the product over [x; h] (LSTM, RNN) or over x alone (GRU), and over h
            self.w_x: list[Optional[Product]] = []
            self.w_h: list[Optional[Product]] = []
            self.table = None
            for k in range(self.layers):
                w_ih = getattr(rnn, f"weight_ih_l{k}")
                w_hh = getattr(rnn, f"weight_hh_l{k}")
                b_ih = getattr(rnn, f"bias_ih_l{k}", None)
                b_hh = getattr(rnn, f"bias_hh_l{k}", None)
                b_ih = torch.zeros(w_ih.shape[0], dtype=w_ih.dtype, device=w_ih.device) if b_ih is None else b_ih
                b_hh = torch.zeros(w_hh.shape[0], dtype=w_hh.dtype, device=w_hh.device) if b_hh is None else b_hh
                if cell == "gru":
                    # The new-gate part of b_hh sits inside r * (...), so it cannot be merged with
                    # b_ih; it is added by the hidden-to-hidden product instead (b_hn below).
                    b = b_ih.clone()
                    b[: 2 * H] += b_hh[: 2 * H]
                    b_hn = torch.zeros_like(b_hh)
                    b_hn[2 * H :] = b_hh[2 * H :]
                    self.b_hn.append(b_hn)
                else:
                    b = b_ih + b_hh
                    self.b_hn.append(None)
                if cell == "lstm":  # gate blocks (i, f, g, o) -> (i, f, o, g)
                    order = torch.cat([torch.arange(2 * H), torch.arange(3 * H, 4 * H), torch.arange(2 * H, 3 * H)])
                    order = order.to(w_ih.device)
                    w_ih, w_hh, b = w_ih[order], w_hh[order], b[order]
                self.b.append(b.contiguous())
                w_ih_t, w_hh_t = w_ih.t(), w_hh.t()
                if k == 0 and embedding is not None:
                    # Fold the embedding into layer 0's input projection: table[v] = E[v] @ W_ih0^T + b.
                    self.table = torch.addmm(b, embedding.weight, w_ih_t).contiguous()
                    self.w_x.append(None)
                    self.w_h.append(Product(w_hh_t, self.blocks))
                elif cell == "gru":
                    self.w_x.append(Product(w_ih_t, self.blocks))
                    self.w_h.append(Product(w_hh_t, self.blocks))
                else:
                    self.w_x.append(Product(torch.cat([w_ih_t, w_hh_t], 0), self.blocks))
                    self.w_h.append(None)
        self.state: Optional[list] = None

    def reset(self, batch: int, device=None, dtype=torch.float32) -> None:
        z = lambda: torch.zeros(batch, self.hidden, device=device, dtype=dtype)  # noqa: E731
        self.state = [(z(), z()) if self.cell == "lstm" else z() for _ in range(self.layers)]

    def set_state(self, state: State) -> None:
        """Take a state in ``nn.LSTM`` layout ((layers, B, H) tensors)."""
        if self.cell == "lstm":
            h, c = state
            self.state = [(h[k].clone(), c[k].clone()) for k in range(self.layers)]
        else:
            self.state = [state[k].clone() for k in range(self.layers)]

    def get_state(self) -> State:
        assert self.state is not None
        if self.cell == "lstm":
            return (torch.stack([s[0] for s in self.state]), torch.stack([s[1] for s in self.state]))
        return torch.stack(self.state)

    def select(self, index: torch.Tensor) -> None:
        """Keep / reorder batch rows (beam search)."""
        assert self.state is not None
        if self.cell == "lstm":
            self.state = [(h.index_select(0, index), c.index_select(0, index)) for h, c in self.state]
        else:
            self.state = [h.index_select(0, index) for h in self.state]

    @torch.no_grad()
    def step(self, tokens: Optional[torch.Tensor] = None, x: Optional[torch.Tensor] = None, record: bool = False):
        """Advance one time step. Give ``tokens`` (B,) when the runner has an embedding table, else
        the input vectors ``x`` (B, input_size). Returns the top layer's new hidden state (B, H), and
        with ``record`` also a list (one dict per layer) of the signals of this step."""
        assert self.state is not None, "call reset() first"
        if (tokens is None) != (self.table is None):
            raise ValueError("give tokens to a runner with an embedding, input vectors to one without")
        H = self.hidden
        signals = [] if record else None
        inp = x
        for k in range(self.layers):
            h_prev = self.state[k][0] if self.cell == "lstm" else self.state[k]
            # gates: a new (B, G*H) buffer holding this step's pre-activations (biases included)
            if self.cell == "gru":
                gates = (
                    self.table.index_select(0, tokens) if k == 0 and tokens is not None else self.w_x[k](self.b[k], inp)
                )
                gh = self.w_h[k](self.b_hn[k], h_prev)  # W_hh h, plus b_hn on the n block
                rz = gates[:, : 2 * H].add_(gh[:, : 2 * H]).sigmoid_()
                r, z = rz[:, :H], rz[:, H:]
                n = torch.addcmul(gates[:, 2 * H :], r, gh[:, 2 * H :]).tanh_()
                h = torch.lerp(n, h_prev, z)  # (1 - z) * n + z * h
                self.state[k] = h
                if record:
                    signals.append({"h": h, "r": r, "z": z, "n": n})
                inp = h
                continue
            if k == 0 and tokens is not None:
                gates = self.w_h[0](self.table.index_select(0, tokens), h_prev)
            else:
                gates = self.w_x[k](self.b[k], torch.cat([inp, h_prev], 1))
            if self.cell == "lstm":
                c = self.state[k][1]
                ifo = gates[:, : 3 * H].sigmoid_()
                g = gates[:, 3 * H :].tanh_()
                i, f, o = ifo[:, :H], ifo[:, H : 2 * H], ifo[:, 2 * H :]
                c = torch.addcmul(f * c, i, g)  # c' = f * c + i * g
                h = torch.tanh(c).mul_(o)  # h' = o * tanh(c')
                self.state[k] = (h, c)
                if record:
                    signals.append({"h": h, "c": c, "i": i, "f": f, "g": g, "o": o})
            else:
                h = gates.tanh_() if self.nonlinearity == "tanh" else gates.relu_()
                self.state[k] = h
                if record:
                    signals.append({"h": h})
            inp = h
        return (inp, signals) if record else inp
