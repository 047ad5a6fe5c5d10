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

from typing import Optional

import torch
from torch import nn

CELLS = ("lstm", "gru", "rnn")
GATES = {"lstm": ("i", "f", "g", "o"), "gru": ("r", "z", "n"), "rnn": ()}

State = torch.Tensor | tuple[torch.Tensor, torch.Tensor]


def make_rnn(cell: str, input_size: int, hidden: int, layers: int, dropout: float,
             bidirectional: bool = False) -> nn.RNNBase:
    cls = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn": nn.RNN}[cell]
    return cls(input_size, hidden, num_layers=layers, dropout=dropout if layers > 1 else 0.0,
               batch_first=True, bidirectional=bidirectional)


def zero_state(cell: str, layers: int, batch: int, hidden: int, device=None, dtype=None) -> State:
    h = torch.zeros(layers, batch, hidden, device=device, dtype=dtype)
    return (h, torch.zeros_like(h)) if cell == "lstm" else h


def detach_state(state: State) -> State:
    if isinstance(state, tuple):
        return tuple(s.detach() for s in state)  # type: ignore[return-value]
    return state.detach()


class StepRunner:
    """Runs a trained ``nn.RNN``/``nn.GRU``/``nn.LSTM`` one time step at a time.

    The weights are laid out once for single-step use: the first layer's input projection is folded
    into the embedding table (one row lookup per token instead of a matrix product), the two biases
    are summed, and the matrices are stored transposed and contiguous for ``addmm``.  The state is
    kept between calls, so generating token t costs the same as token 1.

    A step is a handful of tensor operations per layer, most of them in place on the step's fresh
    gate buffer: the LSTM's gate blocks are stored in the order (i, f, o, g), so that one sigmoid
    covers three gates and one tanh the fourth; the GRU's b_hn rides along in the hidden-to-hidden
    product. At batch 1 a step costs little more than reading the weights once.

    ``record=True`` makes :meth:`step` also return, for every layer, the hidden state, the cell state
    (LSTM) and the gate activations: the raw material of activation dumps.
    """

    def __init__(self, rnn: nn.RNNBase, embedding: Optional[nn.Embedding], cell: str):
        if rnn.bidirectional:
            raise ValueError("a bidirectional RNN cannot be run step by step")
        self.cell = cell
        self.layers = rnn.num_layers
        self.hidden = rnn.hidden_size
        self.nonlinearity = getattr(rnn, "nonlinearity", "tanh")
        with torch.no_grad():
            self.w_ih_t: list[torch.Tensor] = []
            self.w_hh_t: list[torch.Tensor] = []
            self.b: list[torch.Tensor] = []
            self.b_hn: list[Optional[torch.Tensor]] = []
            for k in range(self.layers):
                w_ih = getattr(rnn, f"weight_ih_l{k}")
                w_hh = getattr(rnn, f"weight_hh_l{k}")
                b_ih = getattr(rnn, f"bias_ih_l{k}", None)
                b_hh = getattr(rnn, f"bias_hh_l{k}", None)
                b_ih = torch.zeros(w_ih.shape[0], dtype=w_ih.dtype, device=w_ih.device) if b_ih is None else b_ih
                b_hh = torch.zeros(w_hh.shape[0], dtype=w_hh.dtype, device=w_hh.device) if b_hh is None else b_hh
                H = self.hidden
                if cell == "gru":
                    # The new-gate part of b_hh sits inside r * (...), so it cannot be merged with
                    # b_ih; it is added by the hidden-to-hidden product instead (b_hn below).
                    b = b_ih.clone()
                    b[: 2 * H] += b_hh[: 2 * H]
                    b_hn = torch.zeros_like(b_hh)
                    b_hn[2 * H:] = b_hh[2 * H:]
                    self.b_hn.append(b_hn)
                else:
                    b = b_ih + b_hh
                    self.b_hn.append(None)
                if cell == "lstm":  # gate blocks (i, f, g, o) -> (i, f, o, g)
                    order = torch.cat([torch.arange(2 * H), torch.arange(3 * H, 4 * H), torch.arange(2 * H, 3 * H)])
                    order = order.to(w_ih.device)
                    w_ih, w_hh, b = w_ih[order], w_hh[order], b[order]
                self.w_ih_t.append(w_ih.t().contiguous())
                self.w_hh_t.append(w_hh.t().contiguous())
                self.b.append(b.contiguous())
            # Fold the embedding into layer 0's input projection: table[v] = E[v] @ W_ih0^T + b.
            self.table = None
            if embedding is not None:
                self.table = torch.addmm(self.b[0], embedding.weight, self.w_ih_t[0]).contiguous()
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
    def step(self, tokens: Optional[torch.Tensor] = None, x: Optional[torch.Tensor] = None,
             record: bool = False):
        """Advance one time step. Give ``tokens`` (B,) when the runner has an embedding table, else
        the input vectors ``x`` (B, input_size). Returns the top layer's new hidden state (B, H), and
        with ``record`` also a list (one dict per layer) of the signals of this step."""
        assert self.state is not None, "call reset() first"
        H = self.hidden
        signals = [] if record else None
        inp = x
        for k in range(self.layers):
            # gates: a new (B, G*H) buffer holding this step's input projection (bias included)
            if k == 0 and tokens is not None:
                assert self.table is not None
                gates = self.table.index_select(0, tokens)
            else:
                gates = torch.addmm(self.b[k], inp, self.w_ih_t[k])
            if self.cell == "lstm":
                h, c = self.state[k]
                gates.addmm_(h, self.w_hh_t[k])
                ifo = gates[:, :3 * H].sigmoid_()
                g = gates[:, 3 * H:].tanh_()
                i, f, o = ifo[:, :H], ifo[:, H:2 * H], ifo[:, 2 * H:]
                c = torch.addcmul(f * c, i, g)  # c' = f * c + i * g
                h = torch.tanh(c).mul_(o)  # h' = o * tanh(c')
                self.state[k] = (h, c)
                if record:
                    signals.append({"h": h, "c": c, "i": i, "f": f, "g": g, "o": o})
            elif self.cell == "gru":
                h = self.state[k]
                gh = torch.addmm(self.b_hn[k], h, self.w_hh_t[k])  # W_hh h, plus b_hn on the n block
                rz = gates[:, :2 * H].add_(gh[:, :2 * H]).sigmoid_()
                r, z = rz[:, :H], rz[:, H:]
                n = torch.addcmul(gates[:, 2 * H:], r, gh[:, 2 * H:]).tanh_()
                h = torch.lerp(n, h, z)  # (1 - z) * n + z * h
                self.state[k] = h
                if record:
                    signals.append({"h": h, "r": r, "z": z, "n": n})
            else:
                h = gates.addmm_(self.state[k], self.w_hh_t[k])
                h = h.tanh_() if self.nonlinearity == "tanh" else h.relu_()
                self.state[k] = h
                if record:
                    signals.append({"h": h})
            inp = h
        return (inp, signals) if record else inp
