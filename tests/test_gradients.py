"""`rnncli gradients`: gradient flow through time, checked against autograd on the fused model."""

from __future__ import annotations

import json

import pytest
import torch
import torch.nn.functional as F

from conftest import TINY, assert_clean_error, invoke
from rnncli.inspect.gradients import window_gradients
from rnncli.models.lm import LMConfig, RNNLanguageModel


def _model(cell: str, layers: int = 2, seed: int = 0) -> RNNLanguageModel:
    torch.manual_seed(seed)
    m = RNNLanguageModel(LMConfig(vocab_size=11, cell=cell, embed=5, hidden=7, layers=layers)).double().eval()
    with torch.no_grad():  # larger recurrent weights than the default, so that gradients travel
        for name, p in m.rnn.named_parameters():
            if name.startswith("weight_hh"):
                p.mul_(3.0)
    return m


def _brute_force(model, tokens: torch.Tensor, t: int, k: int, layer: int, which: str) -> torch.Tensor:
    """dL_t / d(state of ``layer`` at t - k) for one sequence, with the model's own fused nn.RNN/LSTM/GRU:
    the layer is run up to t - k, its state there made a leaf, and everything after it re-run from it."""
    rnn, cell = model.rnn, model.config.cell
    x = model.embedding(tokens[None, : t + 1])
    for j in range(rnn.num_layers):
        one = type(rnn)(x.shape[2], rnn.hidden_size, batch_first=True).double()
        for n in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            getattr(one, f"{n}_l0").data.copy_(getattr(rnn, f"{n}_l{j}"))
        if j != layer:
            x = one(x)[0]
            continue
        s = t - k
        head, state = one(x[:, : s + 1])
        if cell == "lstm":
            h, c = state
            leaf = (h if which == "h" else c).detach().requires_grad_()
            h_s = leaf[0] if which == "h" else torch.tanh(leaf[0]) * _output_gate(one, x[:, s], head, s)
            state = (leaf, c) if which == "h" else (h_s[None], leaf)  # h_s = o_s * tanh(c_s) follows c_s
        else:
            leaf = state.detach().requires_grad_()
            state, h_s = leaf, leaf[0]
        tail = one(x[:, s + 1 :], state)[0] if s < t else head.new_zeros(1, 0, rnn.hidden_size)
        x = torch.cat([head[:, :s], h_s[:, None], tail], 1)
    loss = F.cross_entropy(model.output(x[0, t]), tokens[t + 1])
    return torch.autograd.grad(loss, leaf)[0][0, 0]


def _output_gate(one, x_s, head, s):
    """o_s of a one-layer LSTM at step s (h_s = o_s * tanh(c_s) when c_s is the leaf)."""
    H = one.hidden_size
    h_prev = head[:, s - 1] if s > 0 else torch.zeros_like(head[:, 0])
    pre = x_s @ one.weight_ih_l0.t() + one.bias_ih_l0 + h_prev @ one.weight_hh_l0.t() + one.bias_hh_l0
    return pre[:, 3 * H :].sigmoid()


@pytest.mark.parametrize("cell", ["rnn", "lstm", "gru"])
def test_gradients_equal_brute_force_autograd(cell):
    model = _model(cell)
    torch.manual_seed(1)
    windows = torch.randint(0, 11, (3, 14))  # 13 inputs, the last token predicted
    K = 9
    got = window_gradients(model, windows, K)
    t = windows.shape[1] - 2  # index of the last input
    checked = 0
    for b in range(3):
        for k in range(K + 1):
            for layer in range(2):
                for which in ("h", "c") if cell == "lstm" else ("h",):
                    want = _brute_force(model, windows[b], t, k, layer, which)
                    assert torch.allclose(got[which][layer, b, k], want, rtol=1e-5, atol=1e-9), (b, k, layer, which)
                    assert want.norm() > 1e-6
                    checked += 1
    assert checked == 3 * (K + 1) * 2 * (2 if cell == "lstm" else 1)


@pytest.fixture(scope="module")
def rnn_ckpt(tmp_path_factory, corpus_file):
    out = tmp_path_factory.mktemp("grad") / "rnn-run"
    r = invoke(["train-lm", corpus_file, "--out", out, "--max-steps", "20", "--cell", "rnn", *TINY])
    assert r.exit_code == 0, r.stderr
    return out / "best.ckpt"


def test_gradients_json_side_by_side(lm_ckpt, rnn_ckpt, corpus_file):
    r = invoke(
        [
            "gradients",
            lm_ckpt,
            rnn_ckpt,
            corpus_file,
            "--max-distance",
            "40",
            "--positions",
            "6",
            "--warmup",
            "10",
            "--json",
        ]
    )
    assert r.exit_code == 0, r.stderr
    flows = json.loads(r.stdout)["checkpoints"]
    assert [f["cell"] for f in flows] == ["lstm", "rnn"]
    assert [f["name"] for f in flows] == [lm_ckpt.parent.name, rnn_ckpt.parent.name]
    lstm, rnn = flows
    for f in flows:
        assert f["distances"] == list(range(1, 41)) and f["positions"] == 6
        (layer,) = f["layers"]
        assert len(layer["h_norm"]) == 40 and all(v > 0 for v in layer["h_norm"])
        assert len(layer["product"]) == 40
        # a product of factors in (0, 1) shrinks with every step back
        assert all(0 < b <= a <= 1 for a, b in zip(layer["product"], layer["product"][1:]))
    assert lstm["product"] == "forget gate" and len(lstm["layers"][0]["c_norm"]) == 40
    assert lstm["layers"][0]["singular_values"] is None
    sv = rnn["layers"][0]["singular_values"]
    assert rnn["product"] == "tanh'" and rnn["layers"][0]["c_norm"] is None
    from rnncli.lm.use import load_lm

    w_hh = load_lm(str(rnn_ckpt), "cpu").model.rnn.weight_hh_l0.detach().double()
    assert len(sv) == 32 and sv == sorted(sv, reverse=True)
    assert sv[0] == pytest.approx(torch.linalg.matrix_norm(w_hh, ord=2).item(), rel=1e-9)


def test_gradients_cli_equals_direct_computation(lm_ckpt, corpus_file):
    """The CLI's figures are the windows' gradient norms averaged over positions: recomputed here from
    window_gradients on the same windows."""
    from rnncli.inspect.gradients import window_ends
    from rnncli.lm.use import load_lm

    r = invoke(
        [
            "gradients",
            lm_ckpt,
            corpus_file,
            "--max-distance",
            "12",
            "--positions",
            "5",
            "--warmup",
            "3",
            "--json",
            "--max-chars",
            "3000",
        ]
    )
    assert r.exit_code == 0, r.stderr
    got = json.loads(r.stdout)["checkpoints"][0]["layers"][0]
    lm = load_lm(str(lm_ckpt), "cpu")
    ids = lm.tokenizer.encode(corpus_file.read_text()[:3000])
    model = lm.model.double()
    ends = window_ends(len(ids), 16, 5)
    data = torch.tensor(ids)
    g = window_gradients(model, torch.stack([data[e - 16 : e + 1] for e in ends]), 12)
    want = g["h"][0].norm(dim=2).mean(0)[1:]
    assert got["h_norm"] == pytest.approx(want.tolist(), rel=1e-9)
    assert got["c_norm"] == pytest.approx(g["c"][0].norm(dim=2).mean(0)[1:].tolist(), rel=1e-9)


def test_gradients_terminal_chart_and_png(lm_ckpt, rnn_ckpt, corpus_file, tmp_path):
    png = tmp_path / "g.png"
    r = invoke(
        [
            "gradients",
            lm_ckpt,
            rnn_ckpt,
            corpus_file,
            "--max-distance",
            "20",
            "--positions",
            "4",
            "--warmup",
            "5",
            "-o",
            png,
        ]
    )
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split()[:4] == ["model", "cell", "layer", "|dL/dh|"] and "ratio k=10" in lines[0]
    assert lines[1].split()[:3] == [lm_ckpt.parent.name, "lstm", "1"]
    assert lines[2].split()[:3] == [rnn_ckpt.parent.name, "rnn", "1"]
    assert "log10|dL/dh| against k" in r.stdout
    assert f"* {lm_ckpt.parent.name}" in r.stdout and f"o {rnn_ckpt.parent.name}" in r.stdout
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_gradients_bad_input(lm_ckpt, corpus_file, tmp_path):
    assert_clean_error(invoke(["gradients", lm_ckpt, "--text", "short text", "--max-distance", "50"]), 3, "too short")
    assert_clean_error(invoke(["gradients", lm_ckpt, corpus_file, "--max-distance", "0"]), 2, "--max-distance")
    assert_clean_error(invoke(["gradients", corpus_file, lm_ckpt]), 2, "not a checkpoint")
    assert_clean_error(invoke(["gradients", lm_ckpt, corpus_file, "--text", "x"]), 2, "not both")
    assert_clean_error(invoke(["gradients", lm_ckpt, corpus_file, "-o", tmp_path / "no" / "g.png"]), 5)
    assert not (tmp_path / "no").exists()
