"""Gradient flow through time: how much of the loss at step t reaches the state at step t - k.

For a position t the loss L_t is the cross-entropy of the token after t. Its gradient with respect to
every layer's hidden state h_{t-k} (and the LSTM's cell state c_{t-k}) is a total derivative: every
path from h_{t-k} to L_t counts, through later steps of the same layer and through the layers above.
In a vanilla RNN each step back multiplies it by W_hh^T diag(tanh'), so its norm follows the powers of
W_hh's singular values times the product of tanh' along the path; an LSTM's cell state passes it back
through ``c_t = f_t * c_{t-1} + ...`` scaled only by the forget gates, a GRU's hidden state through
``h_t = z_t * h_{t-1} + ...`` scaled by the update gates.

Measured by running the model over a batch of text windows, one step at a time (the recurrences are
written out below, with the weights of PyTorch's fused ``nn.RNN`` / ``nn.LSTM`` / ``nn.GRU``), each
window ending at one position t whose loss alone is back-propagated: one backward pass gives, for
every window, the gradient at every earlier step and layer. The tests check it against the fused
model, one (t, k) pair at a time.
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass
from typing import Optional, Sequence

import numpy as np
import torch
import torch.nn.functional as F

from rnncli.errors import InputError

PRODUCTS = {"rnn": "tanh'", "lstm": "forget gate", "gru": "update gate"}
CHUNK = 16  # windows back-propagated together: bounds the memory the graph holds


def _weights(rnn, k: int):
    w_ih, w_hh = getattr(rnn, f"weight_ih_l{k}"), getattr(rnn, f"weight_hh_l{k}")
    b_ih = getattr(rnn, f"bias_ih_l{k}", None)
    b_hh = getattr(rnn, f"bias_hh_l{k}", None)
    zeros = lambda w: torch.zeros(w.shape[0], dtype=w.dtype, device=w.device)  # noqa: E731
    return w_ih, w_hh, zeros(w_ih) if b_ih is None else b_ih, zeros(w_hh) if b_hh is None else b_hh


def _run_layer(rnn, k: int, cell: str, x: torch.Tensor):
    """Layer ``k`` over ``x`` (B, T, input) from a zero state, one step at a time. Returns the hidden
    states and cell states (lists of T tensors (B, H), part of the graph), and (B, T, H) detached
    factors that scale the direct path back one step (tanh', forget gate or update gate)."""
    w_ih, w_hh, b_ih, b_hh = _weights(rnn, k)
    H = rnn.hidden_size
    gi = x @ w_ih.t() + b_ih  # (B, T, G*H): the input part of every step at once
    h = x.new_zeros(x.shape[0], H)
    c = torch.zeros_like(h)
    hs, cs, factors = [], [], []
    for t in range(x.shape[1]):
        gh = h @ w_hh.t() + b_hh
        if cell == "lstm":
            pre = gi[:, t] + gh
            i, f = pre[:, :H].sigmoid(), pre[:, H : 2 * H].sigmoid()
            g, o = pre[:, 2 * H : 3 * H].tanh(), pre[:, 3 * H :].sigmoid()
            c = f * c + i * g
            h = o * torch.tanh(c)
            cs.append(c)
            factors.append(f.detach())
        elif cell == "gru":
            r = (gi[:, t, :H] + gh[:, :H]).sigmoid()
            z = (gi[:, t, H : 2 * H] + gh[:, H : 2 * H]).sigmoid()
            n = torch.tanh(gi[:, t, 2 * H :] + r * gh[:, 2 * H :])
            h = (1 - z) * n + z * h
            factors.append(z.detach())
        elif getattr(rnn, "nonlinearity", "tanh") == "relu":
            h = torch.relu(gi[:, t] + gh)
            factors.append((h.detach() > 0).to(h.dtype))
        else:
            h = torch.tanh(gi[:, t] + gh)
            factors.append(1 - h.detach() ** 2)
        hs.append(h)
    return hs, cs, torch.stack(factors, 1)


def window_gradients(model, windows: torch.Tensor, max_distance: int) -> dict[str, torch.Tensor]:
    """For (B, W) token windows, the loss of predicting each window's last token from the ones before
    it, and the gradients of that loss with respect to the states 0 ... ``max_distance`` steps back.

    Returns ``"h"`` (and for an LSTM ``"c"``): (layers, B, K + 1, H) gradients, index k the distance;
    ``"product"``: (layers, B, K) mean over units of the product of the path factors of the last
    k steps (index k - 1), the direct path's scale from step t back to t - k.
    """
    cell, rnn = model.config.cell, model.rnn
    T = windows.shape[1] - 1
    K = max_distance
    if not 1 <= K < T:
        raise ValueError(f"windows of {windows.shape[1]} tokens cannot reach {K} steps back")
    x = model.embedding(windows[:, :-1])
    states_h, states_c, products = [], [], []
    for k in range(rnn.num_layers):
        hs, cs, fac = _run_layer(rnn, k, cell, x)
        states_h.append(hs[T - 1 - K :])
        states_c.append(cs[T - 1 - K :])
        products.append(fac[:, T - K :].flip(1).cumprod(1).mean(2))
        x = torch.stack(hs, 1)
    loss = F.cross_entropy(model.output(x[:, -1]), windows[:, -1], reduction="sum")
    wanted = [s for layer in states_h for s in layer] + [s for layer in states_c for s in layer]
    grads = torch.autograd.grad(loss, wanted)
    L, n = rnn.num_layers, K + 1

    def stacked(offset: int) -> torch.Tensor:  # (layers, B, K + 1, H), distance k at index k
        per = [torch.stack(grads[offset + j * n : offset + (j + 1) * n], 1).flip(1) for j in range(L)]
        return torch.stack(per)

    out = {"h": stacked(0), "product": torch.stack(products)}
    if cell == "lstm":
        out["c"] = stacked(L * n)
    return out


@dataclass
class LayerFlow:
    layer: int  # from 1
    h_norm: list[float]  # mean |dL_t / dh_{t-k}| for k = 1 ... max_distance
    c_norm: Optional[list[float]]  # the same for the LSTM's cell state
    product: list[float]  # mean product of the path factors over the last k steps, k = 1 ...
    singular_values: Optional[list[float]]  # W_hh's, largest first (vanilla RNN)

    def ratio(self, k: int, key: str = "h") -> float:
        """The norm at distance k over the norm at distance 1."""
        norms = self.h_norm if key == "h" else self.c_norm
        return norms[k - 1] / norms[0] if norms[0] > 0 else float("nan")


@dataclass
class GradientFlow:
    name: str
    cell: str
    hidden: int
    positions: int
    max_distance: int
    product: str  # what the path factors are
    layers: list[LayerFlow]

    def to_dict(self) -> dict:
        d = asdict(self)
        d["distances"] = list(range(1, self.max_distance + 1))
        return d


def window_ends(n_tokens: int, width: int, positions: int) -> list[int]:
    """Up to ``positions`` indices of the predicted token, spread evenly over a text of ``n_tokens``,
    each with ``width`` tokens before it."""
    if n_tokens <= width:
        raise InputError(
            f"the text is too short: {n_tokens:,} tokens, and looking {width - 1:,} steps back "
            f"needs more than {width:,}",
            "give a longer text or lower --max-distance / --warmup",
        )
    return sorted({int(round(e)) for e in np.linspace(width, n_tokens - 1, positions)})


@torch.enable_grad()
def gradient_flow(
    model, ids: Sequence[int], max_distance: int = 100, positions: int = 32, warmup: int = 50, name: str = ""
) -> GradientFlow:
    """Mean gradient norms against distance over ``positions`` windows of the text ``ids``; each window
    starts from a zero state ``warmup`` tokens before the farthest step looked at. Measured on a float64
    copy of the model, so that a vanishing gradient is followed far below float32's range."""
    model = copy.deepcopy(model).double().eval()
    width = warmup + max_distance + 1  # input tokens per window
    ends = window_ends(len(ids), width, positions)
    p = next(model.parameters())
    data = torch.as_tensor(np.asarray(ids, dtype=np.int64), device=p.device)
    windows = torch.stack([data[e - width : e + 1] for e in ends])
    sums: dict[str, torch.Tensor] = {}
    for start in range(0, len(windows), CHUNK):
        part = window_gradients(model, windows[start : start + CHUNK], max_distance)
        for key, g in part.items():
            v = g.norm(dim=3).sum(1) if key != "product" else g.sum(1)  # summed over windows
            sums[key] = sums[key] + v if key in sums else v
    mean = {key: (v / len(windows)).double().cpu().numpy() for key, v in sums.items()}
    layers = []
    for k in range(model.rnn.num_layers):
        sv = None
        if model.config.cell == "rnn":
            w_hh = getattr(model.rnn, f"weight_hh_l{k}").detach().double()
            sv = torch.linalg.svdvals(w_hh).cpu().tolist()
        layers.append(
            LayerFlow(
                k + 1,
                mean["h"][k, 1:].tolist(),
                mean["c"][k, 1:].tolist() if "c" in mean else None,
                mean["product"][k].tolist(),
                sv,
            )
        )
    return GradientFlow(
        name, model.config.cell, model.config.hidden, len(windows), max_distance, PRODUCTS[model.config.cell], layers
    )
