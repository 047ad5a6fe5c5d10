"""rnncli's HTML pages as a browser shows them: headless Chromium (see headless.py) renders the
activations page, the attention page and the explorer, and the tests check what a person would see."""

from __future__ import annotations

import re

import numpy as np
import pytest

from conftest import invoke
from headless import load, rgb
from rnncli.inspect.colours import diverging, sequential


def test_activations_page_in_browser_text_in_order_and_colours(lm_ckpt, tmp_path):
    text = 'Fair is foul, "and foul" is fair:\n  <hover> through & the fog.\n' * 4
    page = tmp_path / "units.html"
    r = invoke(["activations", lm_ckpt, "--text", text, "--units", "2,9", "--html", page, "--save", tmp_path / "a.npz"])
    assert r.exit_code == 0, r.stderr
    seen = load(page)
    saved = np.load(tmp_path / "a.npz")
    assert seen["headings"] == ["layer 1 h unit 2", "layer 1 h unit 9"]
    assert len(seen["texts"]) == 2
    for unit, spans in zip((2, 9), seen["texts"]):
        assert "".join(t for t, _ in spans) == text  # every character, in order, as rendered
        colours = [rgb(c) for _, c in spans]
        assert colours == [diverging(float(v)) for v in saved["h"][0, :, unit]]
        assert len(set(colours)) > 5


def test_attention_page_in_browser(mt_ckpt, parallel_dir, tmp_path):
    lines = (parallel_dir / "test.src").read_text().splitlines()[:3]
    src = tmp_path / "in.txt"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = invoke(["translate", mt_ckpt, src, "--html", tmp_path / "attn.html"])
    assert r.exit_code == 0, r.stderr
    seen = load(tmp_path / "attn.html")
    assert seen["headings"] == [f"{n}. {line}" for n, line in enumerate(lines, 1)]
    assert len(seen["grids"]) == 3
    for cells in seen["grids"]:
        assert cells
        for title, css in cells:
            weight = float(title.rsplit(": ", 1)[1])
            want = sequential(weight)  # the title's weight has 3 decimals: within one level of the colour
            assert all(abs(a - b) <= 1 for a, b in zip(rgb(css), want)), (title, css, want)


def _planted(n_tokens: int = 5000, units: int = 48, planted: int = 17, span=(2000, 2300)):
    """Activations of a made-up one-layer model over ``n_tokens`` characters: random units, one that is
    0.9 inside ``span`` and -0.5 outside it, and a decoy that is high on only the first third of it."""
    from rnncli.inspect.record import Activations

    rng = np.random.default_rng(0)
    words = ["fair", "is", "foul", "and", "the", "night", "crown"]
    text = ""
    while len(text) < n_tokens:
        text += rng.choice(words) + ("\n" if rng.random() < 0.1 else " ")
    text = text[:n_tokens]
    h = rng.uniform(-1, 1, size=(1, n_tokens, units)).astype(np.float32)
    a, b = span
    h[0, :, planted] = -0.5
    h[0, a:b, planted] = 0.9
    h[0, a : a + (b - a) // 3, 3] = 1.0
    ids = np.zeros(n_tokens, dtype=np.int64)
    return Activations("rnn", ids, list(text), {"h": h}), text


def test_explorer_selection_ranks_the_planted_unit_first(tmp_path):
    from rnncli.inspect.explorer import explorer_page

    acts, text = _planted()
    page = tmp_path / "explorer.html"
    page.write_text(explorer_page(acts, [1], ["h"], "planted"), encoding="utf-8")
    seen = load(page, "#tokens=2000-2300")  # the page's script selects these tokens, as a mouse would
    assert seen["selected"] == 300
    assert re.match(
        r"tokens 2000 to 2299 selected \(300 of 5000 inside\); 48 units ranked in \d+ ms", seen["status"]
    ), seen["status"]
    assert seen["ranking"][0] == ["1", "1", "h", "17", "1.000", "+"]
    assert len(seen["ranking"]) == 10 and seen["ranking"][1][3] == "3"  # the decoy comes next
    assert [t[0].split(" (")[0] for t in seen["traces"]][:2] == ["layer 1 h unit 17", "layer 1 h unit 3"]
    for label, around, everything in seen["traces"]:  # the selection with 300 tokens each side, then all
        assert label.endswith("(tokens 1700 to 2599, then all 5000)") and (around, everything) == (900, 5000)
    (spans,) = seen["texts"]
    assert "".join(t for t, _ in spans) == text
    colours = [rgb(c) for _, c in spans]  # the text is coloured by the best unit
    assert colours[2000:2300] == [diverging(float(np.float32(0.9)))] * 300
    assert colours[:2000] == [diverging(-0.5)] * 2000 and colours[2300:] == [diverging(-0.5)] * 2700


def test_explorer_from_the_cli_ranks_like_python(lm_ckpt, tmp_path):
    """The page ranks the units of a real model; its first unit is the one Python's AUC puts first on
    the values stored in the page."""
    import base64

    from rnncli.inspect.explorer import page_data
    from rnncli.inspect.hypotheses import auc_columns
    from rnncli.lm.activations import read_activations

    text = 'the king said "good night" and the queen said "fair day".\n' * 20
    page = tmp_path / "explorer.html"
    r = invoke(["activations", lm_ckpt, "--text", text, "--explorer", page, "--units", "0"])
    assert r.exit_code == 0, r.stderr
    seen = load(page, "#tokens=300-420")
    _, acts = read_activations(str(lm_ckpt), text, "cpu")
    data = page_data(acts, [1], ["h", "c"])
    levels = np.frombuffer(base64.b64decode(data["levels"]), dtype=np.uint8).reshape(len(data["units"]), -1)
    inside = np.zeros(len(text), dtype=bool)
    inside[300:420] = True
    auc = auc_columns(levels.T.astype(np.float64), inside)
    score = np.maximum(auc, 1 - auc)
    best = int(np.argmax(score))
    want = data["units"][best]
    assert seen["ranking"][0][1:4] == [str(want["layer"]), want["signal"], str(want["unit"])]
    assert float(seen["ranking"][0][4]) == pytest.approx(score[best], abs=5e-4)
    assert "".join(t for t, _ in seen["texts"][0]) == text
    assert seen["status"].startswith(f"tokens 300 to 419 selected (120 of {len(text)} inside); 64 units ranked")


def test_explorer_bad_input(lm_ckpt, tmp_path):
    from conftest import assert_clean_error

    assert_clean_error(
        invoke(["activations", lm_ckpt, "--text", "abc abc", "--explorer", tmp_path / "no" / "e.html"]), 5
    )
    assert_clean_error(
        invoke(
            [
                "activations",
                lm_ckpt,
                "--text",
                "abc abc",
                "--explorer",
                tmp_path / "e.html",
                "--show-chars",
                "0",
                "--find",
                "b",
            ]
        ),
        2,
        "--explorer",
    )
    assert not (tmp_path / "e.html").exists() and not (tmp_path / "no").exists()


def test_answer_html_shows_each_question_with_its_picture(tmp_path):
    """answer --html: one section per question, headed by the image's name, its text the question and
    the answers (given and gold), its picture the same PNG --show-attention writes, loaded by the browser."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    ckpt = root / "tests" / "fixtures" / "vqa-default" / "best.ckpt"
    images = root / "data" / "shapes" / "images" / "test"
    rows = [
        f"{images / 'CLEVR_test_000000.png'}\twhat size is the red square?\tsmall\n",
        f"{images / 'CLEVR_test_000001.png'}\thow many red objects are there?\t1\n",
    ]
    (tmp_path / "q.tsv").write_text("".join(rows), encoding="utf-8")
    r = invoke(
        [
            "answer",
            ckpt,
            "--file",
            tmp_path / "q.tsv",
            "--html",
            tmp_path / "vqa.html",
            "--show-attention",
            tmp_path / "att",
        ]
    )
    assert r.exit_code == 0, r.stderr
    seen = load(tmp_path / "vqa.html")
    assert seen["headings"] == [str(images / "CLEVR_test_000000.png"), str(images / "CLEVR_test_000001.png")]
    pngs = sorted((tmp_path / "att").glob("*.png"))
    assert len(seen["images"]) == len(pngs) == 2
    from PIL import Image

    for (alt, width, height), png in zip(seen["images"], pngs):
        assert alt.startswith(("what size is the red square?  answer: ", "how many red objects are there?  answer: "))
        assert "(gold: " in alt
        with Image.open(png) as im:
            assert (width, height) == im.size
