"""Looking inside: activation dumps, unit search, gate statistics, attention maps, training curves."""

from __future__ import annotations

import html.parser
import json
import re

import numpy as np
import pytest
import torch

from conftest import assert_clean_error, invoke


@pytest.fixture()
def colour(monkeypatch):
    """Colour on, as on a terminal (the suite runs with NO_COLOR=1)."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SGR_BG = re.compile(r"\x1b\[48;2;(\d+);(\d+);(\d+)m\x1b\[38;2;\d+;\d+;\d+m(.)")
CODE = '''def greet(name, loud=False):
    # don't count "this" as a string
    msg = "hello, \\"%s\\"" % name
    doc = """two
lines""" + 'x'
    return [msg.upper() if loud else msg, (doc, {'k': r"\\d"})]
'''


def _model(cell: str, layers: int = 2):
    from rnncli.models.lm import LMConfig, RNNLanguageModel
    from rnncli.tokenizers import train_tokenizer

    torch.manual_seed(0)
    tok = train_tokenizer([CODE], "char")
    return RNNLanguageModel(
        LMConfig(vocab_size=tok.vocab_size, cell=cell, embed=12, hidden=20, layers=layers)
    ).eval(), tok


@pytest.mark.parametrize("cell", ["lstm", "gru", "rnn"])
def test_recorded_activations_equal_the_fused_model(cell):
    """What `rnncli activations` records step by step is what nn.LSTM / nn.GRU / nn.RNN compute."""
    from rnncli.lm.activations import record_text

    model, tok = _model(cell, layers=3)
    acts = record_text(model, tok, CODE)
    x = torch.tensor(tok.encode(CODE))[None]
    with torch.no_grad():
        out, state = model.rnn(model.embedding(x))
    assert acts.signals["h"].shape == (3, len(CODE), 20)
    assert np.allclose(acts.signals["h"][-1], out[0].numpy(), atol=1e-5)
    h_n = state[0] if cell == "lstm" else state
    assert np.allclose(acts.signals["h"][:, -1], h_n[:, 0].numpy(), atol=1e-5)  # every layer's last step
    if cell == "lstm":
        assert np.allclose(acts.signals["c"][:, -1], state[1][:, 0].numpy(), atol=1e-5)
        # the gates are the ones that produced those states: c' = f c + i g, h = o tanh(c')
        s = acts.signals
        c_prev = np.concatenate([np.zeros((3, 1, 20), np.float32), s["c"][:, :-1]], 1)
        assert np.allclose(s["c"], s["f"] * c_prev + s["i"] * s["g"], atol=1e-5)
        assert np.allclose(s["h"], s["o"] * np.tanh(s["c"]), atol=1e-5)
    expected = {"lstm": {"h", "c", "i", "f", "g", "o"}, "gru": {"h", "r", "z", "n"}, "rnn": {"h"}}[cell]
    assert set(acts.signals) == expected
    assert acts.text == CODE
    # every signal equals the step-by-step runner that generation uses, token by token
    runner = model.stepper().runner
    runner.reset(1)
    steps = [runner.step(x[:, t], record=True)[1] for t in range(x.shape[1])]
    for name in expected:
        stepped = np.stack([[layer[name][0].numpy() for layer in step] for step in steps], 1)  # (L, T, H)
        assert np.allclose(acts.signals[name], stepped, atol=1e-5), name


def test_activations_cli_saves_what_the_fused_model_computes(lm_ckpt, tmp_path):
    from rnncli.lm.use import load_lm

    text = 'Good night, sweet prince.\n"Speak," said Lear.\n'
    r = invoke(["activations", lm_ckpt, "--text", text, "--save", tmp_path / "a.npz"])
    assert r.exit_code == 0, r.stderr
    saved = np.load(tmp_path / "a.npz")
    lm = load_lm(str(lm_ckpt), "cpu")
    ids = torch.tensor(lm.tokenizer.encode(text))[None]
    with torch.no_grad():
        out, _ = lm.model.rnn(lm.model.embedding(ids))
    assert np.allclose(saved["h"][-1], out[0].numpy(), atol=1e-5)
    assert "".join(saved["tokens"]) == text and list(saved["ids"]) == ids[0].tolist()
    assert set(saved.files) >= {"h", "c", "i", "f", "g", "o", "ids", "tokens", "cell"}


def _signed_intensity(rgb) -> int:
    """How far a colour is from white (through its green channel, which both ends lower), signed + for
    red hues and - for blue ones: it must grow with the value."""
    r, g, b = (int(c) for c in rgb)
    return int(np.sign(r - b)) * (255 - g)


def test_colour_scales_are_monotone():
    from rnncli.inspect.colours import Scale, diverging, sequential

    vs = np.linspace(-1.2, 1.2, 971)
    s = [_signed_intensity(diverging(v)) for v in vs]
    assert all(a <= b for a, b in zip(s, s[1:])) and s[0] < -100 and s[-1] > 100
    assert diverging(0.0) == (255, 255, 255)
    assert diverging(-0.5)[2] > diverging(-0.5)[0] and diverging(0.5)[0] > diverging(0.5)[2]  # blue / red
    gs = [sequential(v) for v in np.linspace(0, 1, 50)]
    assert all(all(x >= y for x, y in zip(a, b)) for a, b in zip(gs, gs[1:])) and gs[0] == (255, 255, 255)
    assert gs[-1] != gs[0]
    assert Scale.for_signal("f").gate and not Scale.for_signal("h").gate
    assert Scale.for_signal("c", np.array([-3.0, 2.0])).high == 3.0


def test_terminal_dump_is_coloured_by_value_and_wraps(lm_ckpt, tmp_path, colour):
    from rnncli.lm.use import load_lm

    text = "The king is dead.\nLong live the queen, said the lord of the night and day.\n"
    r = invoke(
        ["activations", lm_ckpt, "--text", text, "--units", "5,c3", "--width", "30", "--save", tmp_path / "a.npz"]
    )
    assert r.exit_code == 0, r.stderr
    saved = np.load(tmp_path / "a.npz")
    blocks = r.stdout.split("layer 1 ")[1:]
    assert [b.split("   ")[0] for b in blocks] == ["h unit 5", "c unit 3"]
    for block, values in zip(blocks, (saved["h"][0, :, 5], saved["c"][0, :, 3])):
        body = block.split("\n", 1)[1]
        cells = SGR_BG.findall(body)  # one colour code per token (a character here)
        shown = "".join(c[3] for c in cells)
        assert shown == text.replace("\n", "↵")  # every character, in order, each coloured
        intensity = np.array([_signed_intensity(c[:3]) for c in cells])
        order = np.argsort(values, kind="stable")
        assert np.all(np.diff(intensity[order]) >= 0)  # a larger value is never bluer or less red
        assert len(set(intensity)) > 5
        assert max(len(re.sub(r"\x1b\[[0-9;]*m", "", ln)) for ln in body.splitlines()) <= 30
    lm = load_lm(str(lm_ckpt), "cpu")
    assert lm.model.config.layers == 1


def test_without_colour_the_dump_is_a_table(lm_ckpt, tmp_path):
    text = "Fair is foul.\tAnd foul is fair.\n"
    r = invoke(["activations", lm_ckpt, "--text", text, "--units", "0,1.h7", "--save", tmp_path / "a.npz"])
    assert r.exit_code == 0, r.stderr
    assert "\x1b[" not in r.stdout
    rows = [ln.split("\t") for ln in r.stdout.splitlines()]
    assert rows[0] == ["index", "token", "L1.h0", "L1.h7"]
    assert "".join(row[1] for row in rows[1:]) == text.replace("\t", "\\t").replace("\n", "\\n")
    saved = np.load(tmp_path / "a.npz")
    assert np.allclose([float(row[3]) for row in rows[1:]], saved["h"][0, :, 7], atol=1e-4)


class _Spans(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.sections: list[list[tuple[str, str]]] = []
        self.in_text = 0
        self.title = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and a.get("class") == "text":
            self.sections.append([])
            self.in_text = 1
        elif tag == "span" and self.in_text:
            self.title = a.get("title")
            self.sections[-1].append((self.title, ""))

    def handle_endtag(self, tag):
        if tag == "div" and self.in_text:
            self.in_text = 0

    def handle_data(self, data):
        if self.in_text and self.sections[-1]:
            title, text = self.sections[-1][-1]
            self.sections[-1][-1] = (title, text + data)


def test_html_page_has_every_character_in_order_and_hover_values(lm_ckpt, tmp_path):
    text = 'x = "a < b & c"\n<tag>\n' * 3
    page = tmp_path / "units.html"
    r = invoke(["activations", lm_ckpt, "--text", text, "--units", "2,9", "--html", page, "--save", tmp_path / "a.npz"])
    assert r.exit_code == 0, r.stderr
    doc = page.read_text(encoding="utf-8")
    assert (
        doc.startswith("<!DOCTYPE html>")
        and "<script" not in doc
        and "http" not in doc.lower().replace("http-equiv", "")
    )  # self-contained
    p = _Spans()
    p.feed(doc)
    assert len(p.sections) == 2
    saved = np.load(tmp_path / "a.npz")
    for spans in p.sections:
        assert "".join(t for _, t in spans) == text
        for k, (title, t) in enumerate(spans):
            assert title and title.startswith(f"token {k} ")
            values = re.findall(r"layer 1 h unit (\d+): ([-+][0-9.]+)", title)
            assert [int(u) for u, _ in values] == [2, 9]
            assert float(values[1][1]) == pytest.approx(float(saved["h"][0, k, 9]), abs=1e-4)


def test_python_string_hypothesis():
    from rnncli.inspect.hypotheses import hypothesis

    def inside(code):
        m = hypothesis("quotes", code).values
        return "".join(c if on else "_" for c, on in zip(code, m))

    assert inside('a = "x y" + b') == '____"x y_____'
    assert inside("s = 'it\\'s' # it's") == "____'it\\'s________"
    assert inside('d = """a\n"b"\n""" + 1') == '____"""a\n"b"\n_______'
    assert inside('r"\\"" x') == '_"\\"___'
    assert inside("# 'not' a string\nx = 'y'") == "_" * 21 + "'y_"
    assert inside("x = 'open\ny") == "____'open__"  # a one-line string ends with its line
    dq = hypothesis("double-quotes", 'He said "go now" then "stop".').values
    assert "".join(c for c, on in zip('He said "go now" then "stop".', dq) if on) == '"go now"stop'
    assert list(hypothesis("line-position", "ab\ncd").values) == [1, 2, 0, 1, 2]
    assert list(hypothesis("indent", "  a b\n\tx\n").values) == [1, 2, 2, 2, 2, 0, 8, 8, 0]
    assert list(hypothesis("brackets", "f(a[1]) )").values) == [0, 1, 1, 2, 2, 1, 0, 0, 0]
    assert list(hypothesis("[0-9]+", "a12b").values) == [False, True, True, False]


def test_auc_and_correlation_against_brute_force():
    from rnncli.inspect.hypotheses import auc_columns, corr_columns

    rng = np.random.default_rng(0)
    y = rng.random(60) < 0.3
    x = np.round(rng.normal(size=(60, 4)), 1)  # rounded: plenty of ties
    x[:, 3] = y + rng.normal(scale=0.1, size=60)
    pos, neg = x[y], x[~y]
    brute = [np.mean([(p > q) + 0.5 * (p == q) for p in pos[:, j] for q in neg[:, j]]) for j in range(4)]
    assert np.allclose(auc_columns(x, y), brute)
    z = rng.normal(size=60)
    assert np.allclose(corr_columns(x, z), [np.corrcoef(x[:, j], z)[0, 1] for j in range(4)])


def _synthetic(text: str, plant: dict[tuple[str, int, int], np.ndarray], cell="lstm", layers=2, units=6):
    from rnncli.inspect.record import SIGNALS, Activations

    rng = np.random.default_rng(1)
    sig = {s: rng.uniform(0.2, 0.8, (layers, len(text), units)).astype(np.float32) for s in SIGNALS[cell]}
    for (s, layer, unit), v in plant.items():
        sig[s][layer - 1, :, unit] = v
    return Activations(cell, np.arange(len(text)), list(text), sig)


def test_find_ranks_a_planted_quote_unit_first():
    from rnncli.inspect.hypotheses import hypothesis, rank_units

    text = CODE * 4
    inside = hypothesis("quotes", text).values.astype(np.float32)
    noise = np.random.default_rng(2).normal(scale=0.3, size=len(text))
    acts = _synthetic(text, {("c", 2, 4): inside + noise, ("h", 1, 1): -inside + noise})
    scores, summary = rank_units(acts, hypothesis("quotes", text))
    assert (scores[0].layer, scores[0].signal, scores[0].unit) in {(2, "c", 4), (1, "h", 1)}
    top2 = {(s.layer, s.signal, s.unit, s.direction) for s in scores[:2]}
    assert top2 == {(2, "c", 4, "+"), (1, "h", 1, "-")}
    assert scores[0].score > 0.9 and scores[2].score < 0.75
    assert summary["inside"] == int(inside.sum()) and len(scores) == 6 * 2 * 6
    lp = hypothesis("line-position", text).values
    acts = _synthetic(text, {("o", 1, 3): lp / lp.max()})
    best = rank_units(acts, hypothesis("line-position", text))[0][0]
    assert (best.signal, best.layer, best.unit) == ("o", 1, 3) and best.statistic == pytest.approx(1.0)


def test_find_through_the_cli(lm_ckpt):
    text = "\n".join(f'"{w}," said Lear. The {w} king.' for w in ("good", "ill", "fair", "foul")) + "\n"
    r = invoke(["activations", lm_ckpt, "--text", text, "--find", "double-quotes", "--rank", "5", "--top", "2"])
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("--find double-quotes: ") and "units ranked by AUC" in lines[0]
    assert lines[1].split() == ["rank", "layer", "signal", "unit", "AUC", "dir"]
    aucs = [float(ln.split()[4]) for ln in lines[2:7]]
    assert aucs == sorted(aucs, reverse=True) and all(0.5 <= a <= 1 for a in aucs)
    header = lines[8].split("\t")  # then the two top units' values as a table (no colour here)
    assert header[:2] == ["index", "token"] and len(header) == 4
    r = invoke(["activations", lm_ckpt, "--text", text, "--find", "line-position", "--signal", "c", "--rank", "3"])
    assert r.exit_code == 0, r.stderr
    assert "ranked by |correlation|" in r.stdout and all(ln.split()[2] == "c" for ln in r.stdout.splitlines()[2:5])


def test_gate_statistics_table_and_png(lm_ckpt, tmp_path):
    from rnncli.inspect.gates import gate_stats

    left = np.zeros((2, 10, 6), np.float32) + 0.5
    left[0, :, 0] = 0.05  # always shut
    left[0, :5, 1] = 0.95  # open half the time
    acts = _synthetic("abcdefghij", {("f", 1, u): left[0, :, u] for u in range(6)})
    f1 = next(s for s in gate_stats(acts) if s.gate == "f" and s.layer == 1)
    assert f1.left[0] == 1.0 and f1.right[1] == 0.5 and f1.right[2] == 0.0 and f1.mostly_shut == 1
    png = tmp_path / "gates.png"
    r = invoke(
        ["activations", lm_ckpt, "--text", "The king is dead. Long live the king.\n", "--gate-stats", "--gate-png", png]
    )
    assert r.exit_code == 0, r.stderr
    rows = [ln.split() for ln in r.stdout.splitlines()]
    assert rows[0][:2] == ["layer", "gate"] and [row[1] for row in rows[1:]] == ["i", "f", "o"]
    assert all(0 <= float(row[2]) <= 1 and 0 <= float(row[3]) <= 1 for row in rows[1:])
    _check_png(png)


def _check_png(path, min_size=(200, 150)):
    import matplotlib.image

    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and len(data) > 2000
    img = matplotlib.image.imread(path)
    assert img.shape[0] >= min_size[1] and img.shape[1] >= min_size[0]
    assert img[..., :3].std() > 0.05  # not a blank canvas


def test_gate_stats_of_a_vanilla_rnn_is_a_clean_error(tmp_path, corpus_file):
    from conftest import TINY

    out = tmp_path / "rnn"
    assert invoke(["train-lm", corpus_file, "--out", out, "--max-steps", "2", "--cell", "rnn", *TINY]).exit_code == 0
    r = invoke(["activations", out / "best.ckpt", "--text", "abc", "--gate-stats"])
    assert_clean_error(r, 2, "no gates")
    r = invoke(["activations", out / "best.ckpt", "--text", "abc", "--signal", "c"])
    assert_clean_error(r, 2, "--signal c does not exist")


@pytest.mark.parametrize(
    "args, code, fragment",
    [
        (["--units", "1,x"], 2, "bad unit"),
        (["--units", "999"], 2, "--units 999: unit 999 does not exist"),
        (["--units", "x5"], 2, "--units x5: signal x does not exist for an LSTM"),
        (["--units", "0.c5"], 2, "--units 0.c5: layer 0 does not exist"),
        (["--layer", "3"], 2, "--layer 3 does not exist"),
        (["--signal", "q"], 2, "--signal q does not exist for an LSTM"),
        (["--find", "(unclosed"], 2, "nor a valid regular expression"),
        (["--find", "zzz"], 2, "marks no token"),
        (["--top", "0"], 2, "--top must be at least 1"),
    ],
)
def test_activations_bad_options(lm_ckpt, tmp_path, args, code, fragment):
    r = invoke(["activations", lm_ckpt, "--text", "some text here", "--html", tmp_path / "p.html", *args])
    assert_clean_error(r, code, fragment)
    assert not (tmp_path / "p.html").exists()


def test_activations_reads_a_file_or_stdin_and_finds_the_latest_run(lm_ckpt, tmp_path):
    (tmp_path / "runs" / "lm-1").mkdir(parents=True)
    (tmp_path / "runs" / "lm-1" / "best.ckpt").write_bytes(lm_ckpt.read_bytes())
    (tmp_path / "in.txt").write_text("Thou art a king.\n", encoding="utf-8")
    a = invoke(["activations", "in.txt", "--units", "3"], cwd=tmp_path)
    b = invoke(["activations", "--units", "3"], input="Thou art a king.\n", cwd=tmp_path)
    assert a.exit_code == b.exit_code == 0, (a.stderr, b.stderr)
    assert a.stdout == b.stdout and len(a.stdout.splitlines()) == 1 + len("Thou art a king.\n")
    assert "using runs/lm-1/best.ckpt" in a.stderr


def test_sample_show_units_colours_the_generated_text(lm_ckpt, monkeypatch):
    plain = invoke(["sample", lm_ckpt, "--length", "40", "--seed", "4", "--prime", "The "])
    shown = invoke(["sample", lm_ckpt, "--length", "40", "--seed", "4", "--prime", "The ", "--show-units", "2,c5"])
    assert plain.exit_code == shown.exit_code == 0, shown.stderr
    rows = [ln.split("\t") for ln in shown.stdout.splitlines()]
    assert rows[0] == ["index", "token", "L1.h2", "L1.c5"]
    tokens = "".join(row[1] for row in rows[1:]).replace("\\n", "\n")
    assert tokens + "\n" == plain.stdout
    assert_clean_error(invoke(["sample", lm_ckpt, "--num-samples", "2", "--show-units", "1"]), 2, "one sample")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = invoke(["sample", lm_ckpt, "--length", "40", "--seed", "4", "--show-units", "2"])
    assert coloured.exit_code == 0 and len(SGR_BG.findall(coloured.stdout)) >= 40


def test_translate_show_attention_grid_png_and_html(mt_ckpt, parallel_dir, tmp_path):
    lines = (parallel_dir / "test.src").read_text().splitlines()[:3]
    src = tmp_path / "in.txt"
    # an empty second line: it has no attention to show, and the others keep their line numbers
    src.write_text(lines[0] + "\n\n" + "\n".join(lines[1:]) + "\n", encoding="utf-8")
    numbers = [1, 3, 4]
    plain = invoke(["translate", mt_ckpt, src])
    r = invoke(
        [
            "translate",
            mt_ckpt,
            src,
            "--show-attention",
            "--attention-png",
            tmp_path / "maps",
            "--html",
            tmp_path / "attn.html",
        ]
    )
    assert plain.exit_code == r.exit_code == 0, r.stderr
    assert r.stdout == plain.stdout  # the grid goes to stderr; stdout stays the translations
    grids = re.split(r"^attention (?=\d+: )", r.stderr, flags=re.M)[1:]
    assert len(grids) == 3
    hyps = plain.stdout.splitlines()
    assert len(hyps) == 4 and hyps[1] == ""
    for n, g, line, hyp in zip(numbers, grids, lines, [hyps[0], hyps[2], hyps[3]]):
        head, *rows = g.split("\n\n")[0].splitlines()
        assert head == f"{n}: {line}  ->  {hyp}"
        body = [
            row.split() for row in rows if row.split()[1:] and all(c == "." or c.isdigit() for c in row.split()[1:])
        ]
        assert body and body[-1][0] == "</s>"
        for cells in body:  # each target step's weights are percentages that sum to about 100
            assert 90 <= sum(int(c) for c in cells[1:] if c != ".") <= 100 + len(cells)
    pngs = sorted((tmp_path / "maps").iterdir())
    assert [p.name for p in pngs] == ["attention-0001.png", "attention-0003.png", "attention-0004.png"]
    for p in pngs:
        _check_png(p)
    doc = (tmp_path / "attn.html").read_text(encoding="utf-8")
    assert doc.count('<table class="grid">') == 3 and doc.count(" ← ") > 10
    for n, line in zip(numbers, lines):
        assert f"<h2>{n}. {html.escape(line)}</h2>" in doc


def test_attention_grid_rows_sum_to_one_and_colour_follows_weight():
    from rnncli.inspect.attention import grid_text

    w = np.array([[0.7, 0.2, 0.1], [0.05, 0.05, 0.9]])
    plain = grid_text(w, ["a", "bb", "c"], ["x", "</s>"], colour=False)
    rows = plain.splitlines()
    assert rows[0] == "      a  b  c " and rows[1] == "         b    "
    assert rows[2] == "   x 70 20 10 " and rows[3] == "</s>  5  5 90 "
    coloured = grid_text(w, ["a", "bb", "c"], ["x", "</s>"], colour=True)
    greens = [int(m[1]) for m in re.findall(r"\x1b\[48;2;(\d+);(\d+);(\d+)m", coloured)]
    order = np.argsort(w.ravel())
    assert np.all(np.diff(np.array(greens)[order]) <= 0)  # more weight, darker


def _metrics(path, rows):
    path.mkdir(parents=True)
    (path / "metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_plot_two_runs_draws_both_with_a_legend(tmp_path, lm_ckpt, monkeypatch):
    from rnncli.inspect.curves import load_runs
    from rnncli.inspect.figures import curves_figure

    b = _metrics(
        tmp_path / "lm-b",
        [
            {
                "step": s,
                "time": s / 10,
                "train_loss": 3 - s / 100,
                "val_loss": 3.1 - s / 120,
                "val_bpc": (3.1 - s / 120) / np.log(2),
                "lr": 0.003,
                "tokens_per_s": 1000,
            }
            for s in (10, 20, 30, 40)
        ],
    )
    runs = load_runs([lm_ckpt.parent, b / "metrics.jsonl"])
    fig = curves_figure(runs)
    assert len(fig.axes) == 4  # loss, bpc, and the gradient norms and clipping that only the trained run has
    for ax in fig.axes:
        names = [t.get_text() for t in ax.get_legend().get_texts()]
        if ax.get_title().startswith(("gradient norm", "share of steps clipped")):
            assert names == [lm_ckpt.parent.name]
        else:
            assert names == [lm_ckpt.parent.name, "lm-b"] and len(ax.get_lines()) >= 2
    png = tmp_path / "curves.png"
    monkeypatch.delenv("DISPLAY", raising=False)  # no display: the Agg backend draws anyway
    r = invoke(["plot", lm_ckpt, b, "-o", png])
    assert r.exit_code == 0, r.stderr
    _check_png(png, (600, 300))
    out = r.stdout.splitlines()
    assert out[0] == "val_bpc against step"
    assert any(f"* {lm_ckpt.parent.name}" in ln for ln in out) and any("o lm-b" in ln for ln in out)
    chart = "\n".join(out[1:15])
    assert "*" in chart and "o" in chart


def test_plot_bad_inputs(tmp_path):
    assert_clean_error(invoke(["plot", tmp_path / "nothing"]), 3, "no training metrics")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "metrics.jsonl").write_text('{"step": 1}\nnot json\n', encoding="utf-8")
    assert_clean_error(invoke(["plot", bad]), 3, "line 2 is not JSON")
    good = _metrics(tmp_path / "good", [{"step": 1, "val_loss": 2.0}])
    assert_clean_error(invoke(["plot", good, "--metric", "speed"]), 2, "unknown --metric")
    assert_clean_error(
        invoke(["plot", good, "--metric", "bleu"]),
        3,
        "none of the runs has 'bleu'",
        "(these runs have --metric val_loss)",
    )
    assert_clean_error(invoke(["plot", good, "-o", tmp_path / "no" / "x.png"]), 5, "does not exist")


def test_subword_models_colour_whole_pieces(tmp_path, corpus_file, colour):
    from conftest import TINY

    out = tmp_path / "bpe"
    r = invoke(
        ["train-lm", corpus_file, "--out", out, "--max-steps", "2", "--kind", "bpe", "--vocab-size", "400", *TINY]
    )
    assert r.exit_code == 0, r.stderr
    text = 'The king said "go".\nThee  é▁x'
    r = invoke(
        [
            "activations",
            out / "best.ckpt",
            "--text",
            text,
            "--units",
            "0",
            "--save",
            tmp_path / "a.npz",
            "--html",
            tmp_path / "p.html",
        ]
    )
    assert r.exit_code == 0, r.stderr
    tokens = list(np.load(tmp_path / "a.npz")["tokens"])
    assert "".join(tokens) == text and " king" in tokens  # pieces, not characters
    # in the terminal a piece is one run of one colour: " king" is coloured as a whole
    body = r.stdout.split("\n", 1)[1]
    runs = re.findall(r"\x1b\[48;2;\d+;\d+;\d+m\x1b\[38;2;\d+;\d+;\d+m([^\x1b]+)", body.replace("\x1b[0m", ""))
    assert " king" in runs and "".join(runs).replace("\n", "") == text.replace("\n", "↵")
    assert len(runs) == len([t for t in tokens if t])
    p = _Spans()
    p.feed((tmp_path / "p.html").read_text(encoding="utf-8"))
    assert [t for _, t in p.sections[0]] == [t for t in tokens if t]


def test_show_chars_zero_prints_only_the_ranking(lm_ckpt):
    r = invoke(
        [
            "activations",
            lm_ckpt,
            "--text",
            'x = "a b"\nprint("c")\n',
            "--find",
            "double-quotes",
            "--show-chars",
            "0",
            "--rank",
            "3",
        ]
    )
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("--find double-quotes: ") and len(lines) == 5  # summary, header, 3 ranks
    assert_clean_error(invoke(["activations", lm_ckpt, "--text", "abc", "--show-chars", "0"]), 2, "--show-chars")
    assert_clean_error(
        invoke(
            ["activations", lm_ckpt, "--text", "abc", "--find", "double-quotes", "--show-chars", "0", "--units", "1"]
        ),
        2,
        "--show-chars 0",
    )
