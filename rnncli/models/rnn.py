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
                if cell == "gru":
                    # The new-gate part of b_hh sits inside r * (...), so it cannot be merged.
                    H = self.hidden
                    b = b_ih.clone()
                    b[: 2 * H] += b_hh[: 2 * H]
                    self.b_hn.append(b_hh[2 * H:].clone())
                else:
                    b = b_ih + b_hh
                    self.b_hn.append(None)
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
            if k == 0 and tokens is not None:
                assert self.table is not None
                gi = self.table.index_select(0, tokens)
            else:
                gi = torch.addmm(self.b[k], inp, self.w_ih_t[k])
            if self.cell == "lstm":
                h, c = self.state[k]
                gates = torch.addmm(gi, h, self.w_hh_t[k])
                i, f, g, o = gates.split(H, dim=1)
                i = torch.sigmoid(i)
                f = torch.sigmoid(f)
                g = torch.tanh(g)
                o = torch.sigmoid(o)
                c = torch.addcmul(f * c, i, g)
                h = o * torch.tanh(c)
                self.state[k] = (h, c)
                if record:
                    signals.append({"h": h, "c": c, "i": i, "f": f, "g": g, "o": o})
            elif self.cell == "gru":
                h = self.state[k]
                gh = torch.mm(h, self.w_hh_t[k])
                r = torch.sigmoid(gi[:, :H] + gh[:, :H])
                z = torch.sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H])
                n = torch.tanh(torch.addcmul(gi[:, 2 * H:], r, gh[:, 2 * H:] + self.b_hn[k]))
                h = torch.lerp(n, h, z)  # (1 - z) * n + z * h
                self.state[k] = h
                if record:
                    signals.append({"h": h, "r": r, "z": z, "n": n})
            else:
                h = torch.addmm(gi, self.state[k], self.w_hh_t[k])
                h = torch.tanh(h) if self.nonlinearity == "tanh" else torch.relu(h)
                self.state[k] = h
                if record:
                    signals.append({"h": h})
            inp = h
        return (inp, signals) if record else inp
