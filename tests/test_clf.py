"""Sequence classification (many-to-one) through the CLI: train-clf and classify."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from conftest import assert_clean_error, ctrl_c_during_step, invoke
from rnncli import checkpoint

# Three "languages" a character model tells apart from their letters alone.
ALPHABETS = {"ab": "ab ", "xy": "xyz ", "mn": "mno  "}


def _texts(n: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    rows = []
    for k in range(n):
        label = list(ALPHABETS)[k % len(ALPHABETS)]
        rows.append((label, "".join(rng.choice(ALPHABETS[label]) for _ in range(rng.randint(3, 20))).strip() or "a"))
    return rows


def _write(path, rows) -> None:
    path.write_text("".join(f"{lab}\t{text}\n" for lab, text in rows), encoding="utf-8")


@pytest.fixture(scope="module")
def clf_data(tmp_path_factory):
    d = tmp_path_factory.mktemp("clf")
    _write(d / "train.tsv", _texts(600, 0))
    _write(d / "dev.tsv", _texts(90, 1))
    _write(d / "test.tsv", _texts(60, 2))
    return d


CLF_TINY = ["--hidden", "24", "--embed", "8", "--batch-size", "16", "--eval-every", "40"]


def _train(clf_data, out, *extra, steps=120):
    return invoke(
        ["train-clf", clf_data / "train.tsv", "--dev", clf_data / "dev.tsv", "--out", out, "--max-steps", str(steps)]
        + CLF_TINY
        + [str(x) for x in extra]
    )


@pytest.fixture(scope="module")
def clf_ckpt(clf_data, tmp_path_factory):
    out = tmp_path_factory.mktemp("clfrun") / "run"
    r = _train(clf_data, out, "--json")
    assert r.exit_code == 0, r.stderr
    return out / "best.ckpt", json.loads(r.stdout)


def test_train_clf_learns_reports_and_writes_its_run(clf_ckpt, clf_data):
    ckpt, result = clf_ckpt
    assert result["accuracy"] >= 0.95 and result["macro_f1"] >= 0.95
    assert result["labels"] == ["ab", "mn", "xy"] and np.array(result["confusion"]).sum() == 90
    run = ckpt.parent
    records = [json.loads(x) for x in (run / "metrics.jsonl").read_text().splitlines()]
    assert [x["step"] for x in records] == [40, 80, 120]
    assert all({"accuracy", "macro_f1", "val_loss"} <= set(x) for x in records)
    payload = checkpoint.load(ckpt, kind="clf")
    assert payload["labels"] == ["ab", "mn", "xy"] and payload["train"]["best_accuracy"] == result["accuracy"]
    assert (run / "config.toml").exists()
    listed = json.loads(invoke(["runs", run.parent, "--json", "--kind", "clf"]).stdout)
    assert [x["kind"] for x in listed] == ["clf"] and listed[0]["best"] == pytest.approx(result["accuracy"])


def test_train_clf_prints_per_label_figures_and_the_confusion_matrix(clf_data, tmp_path):
    r = _train(clf_data, tmp_path / "run", steps=40)
    assert r.exit_code == 0, r.stderr
    assert "label\tprecision\trecall\tf1\tsupport" in r.stderr
    assert "true\\predicted\tab\tmn\txy" in r.stderr
    assert "3 labels, 600 training texts: ab 200, mn 200, xy 200" in r.stderr


def test_classify_prints_one_label_per_line_in_order(clf_ckpt, clf_data):
    ckpt, _ = clf_ckpt
    rows = _texts(60, 2)
    text = "".join(t + "\n" for _, t in rows)
    r = invoke(["classify", ckpt], input=text)
    assert r.exit_code == 0, r.stderr
    got = r.stdout.splitlines()
    assert len(got) == 60 and np.mean([g == lab for g, (lab, _) in zip(got, rows)]) >= 0.95
    top = invoke(["classify", ckpt, "--top", "2"], input=text).stdout.splitlines()
    first = top[0].split("\t")
    assert len(first) == 4 and first[0] == got[0] and 0.5 <= float(first[1]) <= 1 and float(first[3]) <= float(first[1])
    js = [json.loads(x) for x in invoke(["classify", ckpt, "--json", "--top", "3"], input=text).stdout.splitlines()]
    assert [x["id"] for x in js] == list(range(60)) and [x["label"] for x in js] == got
    assert all(abs(sum(t["probability"] for t in x["top"]) - 1) < 1e-4 for x in js)


def test_classify_eval_scores_a_labelled_file(clf_ckpt, clf_data):
    ckpt, _ = clf_ckpt
    r = invoke(["classify", ckpt, clf_data / "test.tsv", "--eval", "--json"])
    assert r.exit_code == 0, r.stderr
    scores = json.loads(r.stdout)
    assert scores["accuracy"] >= 0.95 and np.array(scores["confusion"]).sum() == 60
    assert np.trace(np.array(scores["confusion"])) == round(scores["accuracy"] * 60)
    plain = invoke(["classify", ckpt, clf_data / "test.tsv", "--eval"]).stdout
    assert plain.startswith(f"# {clf_data / 'test.tsv'}: accuracy") and "confusion matrix" in plain


def test_classify_explain_gives_a_weight_per_token(clf_ckpt, clf_data, tmp_path):
    ckpt, _ = clf_ckpt
    r = invoke(["classify", ckpt, "--explain", "--json"], input="abab\nxyzx\n")
    assert r.exit_code == 0, r.stderr
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["label"] for x in rows] == ["ab", "xy"]
    assert ["".join(t["token"] for t in x["tokens"]) for x in rows] == ["abab", "xyzx"]
    # the changes in the winning label's probability add up to its final probability minus an even chance
    probs = json.loads(invoke(["classify", ckpt, "--json"], input="abab\n").stdout)["top"][0]["probability"]
    assert sum(t["weight"] for t in rows[0]["tokens"]) == pytest.approx(probs - 1 / 3, abs=1e-4)
    # attention pooling: the weights are the attention over the tokens
    r = _train(clf_data, tmp_path / "att", "--pool", "attention", steps=40)
    assert r.exit_code == 0, r.stderr
    r = invoke(["classify", tmp_path / "att" / "best.ckpt", "--explain", "--json"], input="abab\n")
    assert sum(t["weight"] for t in json.loads(r.stdout)["tokens"]) == pytest.approx(1.0, abs=1e-4)


@pytest.mark.parametrize("pool", ["mean", "max"])
def test_every_pooling_trains(clf_data, tmp_path, pool):
    r = _train(clf_data, tmp_path / pool, "--pool", pool, "--cell", "gru", "--no-bidirectional", "--json", steps=40)
    assert r.exit_code == 0, r.stderr
    assert checkpoint.load(tmp_path / pool / "last.ckpt")["model_config"]["pool"] == pool


def test_an_interrupted_classifier_run_resumes_to_the_same_weights(clf_data, tmp_path, monkeypatch):
    r = _train(clf_data, tmp_path / "whole", steps=50)
    assert r.exit_code == 0, r.stderr
    ctrl_c_during_step(monkeypatch, 23)
    r = _train(clf_data, tmp_path / "broken", steps=50)
    assert r.exit_code == 130
    monkeypatch.undo()
    r = invoke(["train-clf", "--resume", tmp_path / "broken" / "last.ckpt"])
    assert r.exit_code == 0, r.stderr
    a, b = checkpoint.load(tmp_path / "whole" / "last.ckpt"), checkpoint.load(tmp_path / "broken" / "last.ckpt")
    assert b["train"]["step"] == 50
    assert all((a["model"][k] == b["model"][k]).all() for k in a["model"])


def test_bad_classifier_input_is_one_error_line_and_writes_nothing(clf_ckpt, clf_data, tmp_path, lm_ckpt):
    ckpt, _ = clf_ckpt
    bad = tmp_path / "bad.tsv"
    bad.write_text("ab\tabab\nno tab here\n")
    assert_clean_error(invoke(["train-clf", bad, "--out", tmp_path / "r"]), 3, "line 2: no tab")
    bad.write_text("ab\tabab\nab\tbaba\nab\taa\n")
    assert_clean_error(invoke(["train-clf", bad, "--out", tmp_path / "r"]), 3, "one label (ab)")
    bad.write_text("ab\tabab\nxy\t \n")
    assert_clean_error(invoke(["train-clf", bad, "--out", tmp_path / "r"]), 3, "line 2: the text is empty")
    assert not (tmp_path / "r").exists()
    bad.write_text("zz\tabab\n")
    assert_clean_error(invoke(["classify", ckpt, bad, "--eval"]), 3, "not trained on: 'zz'")
    assert_clean_error(invoke(["classify", lm_ckpt], input="x\n"), 4, "is a language model checkpoint")
    assert_clean_error(invoke(["train-clf", "--pool", "sum"]), 2, "Invalid value for '--pool'")
    assert_clean_error(invoke(["classify", ckpt, "--eval", "--top", "2"], input="x\n"), 2, "--eval")


@pytest.mark.parametrize("extra", [[], ["--cell", "gru", "--layers", "2", "--ngrams", "3"]])
def test_activations_of_a_classifier_are_its_rnn_outputs(clf_data, tmp_path, extra):
    """`rnncli activations` reads a text through a (bidirectional) classifier: the recorded top-layer h
    is the classifier's RNN output, forward units first, then the backward ones."""
    import torch

    r = _train(clf_data, tmp_path / "run", *extra, steps=5)
    assert r.exit_code == 0, r.stderr
    ckpt = tmp_path / "run" / "best.ckpt"
    r = invoke(["activations", ckpt, "--text", "abba xyz mno", "--save", tmp_path / "a.npz", "--units", "0,30"])
    assert r.exit_code == 0, r.stderr
    assert r.stdout.splitlines()[0].split("\t")[:2] == ["index", "token"]  # the plain table (no colour terminal)
    saved = np.load(tmp_path / "a.npz")
    from rnncli.clf.use import load_classifier

    clf = load_classifier(str(ckpt), "cpu")
    ids = torch.tensor([clf.tokenizer.encode("abba xyz mno")])
    with torch.no_grad():
        out, _ = clf.model.rnn(clf.model.embed_tokens(ids))
    assert saved["h"].shape == (clf.model.config.layers, ids.shape[1], 48)
    np.testing.assert_allclose(saved["h"][-1], out[0].numpy(), atol=1e-5)


def _keyword_texts(n: int, seed: int) -> list[tuple[str, str]]:
    """Two labels told apart only by a word near the end of a long text (past --max-len 8 tokens)."""
    rng = random.Random(seed)
    filler = "the of and to in it is was for on as with at by".split()
    rows = []
    for k in range(n):
        label = ("yes", "no")[k % 2]
        words = [rng.choice(filler) for _ in range(rng.randint(8, 14))]
        words.insert(len(words) - rng.randint(0, 2), "lemon" if label == "yes" else "plum")
        rows.append((label, " ".join(words)))
    return rows


def test_the_wide_path_reads_the_whole_text_beside_the_rnn(tmp_path):
    """The RNN reads the first 8 characters, where nothing tells the labels apart; the wide path (a
    linear SVM over the whole text's character n-grams) finds the word that does. Its weights, the
    scale chosen on dev and the RNN's own accuracy are in the checkpoint and the metrics; --wide 0 is
    the RNN alone."""
    for name, seed in (("train", 0), ("dev", 1), ("test", 2)):
        _write(tmp_path / f"{name}.tsv", _keyword_texts(300 if name == "train" else 80, seed))
    base = ["train-clf", tmp_path / "train.tsv", "--dev", tmp_path / "dev.tsv", "--max-len", "8", "--max-steps", "40"]
    r = invoke([*base, "--out", tmp_path / "wide", "--json", *CLF_TINY])
    assert r.exit_code == 0, r.stderr
    assert "wide path: linear SVM over character n-grams" in r.stderr
    assert json.loads(r.stdout)["accuracy"] == 1.0
    rows = [json.loads(x) for x in (tmp_path / "wide" / "metrics.jsonl").read_text().splitlines()]
    evals = [x for x in rows if "rnn_accuracy" in x]
    assert evals and max(x["rnn_accuracy"] for x in evals) < 0.75 and evals[-1]["wide_scale"] > 0
    state = checkpoint.load(tmp_path / "wide" / "best.ckpt", kind="clf")["model"]
    assert state["wide_weight"].shape == (262144, 2) and float(state["wide_weight"].abs().sum()) > 0
    ev = invoke(["classify", tmp_path / "wide" / "best.ckpt", tmp_path / "test.tsv", "--eval", "--json"])
    assert ev.exit_code == 0, ev.stderr
    assert json.loads(ev.stdout)["accuracy"] == 1.0

    r = invoke([*base, "--out", tmp_path / "rnn", "--json", "--wide", "0", *CLF_TINY])
    assert r.exit_code == 0, r.stderr
    assert "wide path" not in r.stderr and json.loads(r.stdout)["accuracy"] < 0.75
    assert "wide_weight" not in checkpoint.load(tmp_path / "rnn" / "best.ckpt", kind="clf")["model"]


def test_the_wide_path_moves_explain_and_top_probabilities(tmp_path):
    """classify --top's probabilities and explain's weights come from the whole model (RNN + wide path):
    the word that decides gets the largest push towards the label."""
    for name, seed in (("train", 0), ("dev", 1)):
        _write(tmp_path / f"{name}.tsv", _keyword_texts(300 if name == "train" else 80, seed))
    r = invoke(
        ["train-clf", tmp_path / "train.tsv", "--dev", tmp_path / "dev.tsv", "--max-len", "64", "--max-steps", "20"]
        + ["--out", tmp_path / "run", "--kind", "char", *CLF_TINY]
    )
    assert r.exit_code == 0, r.stderr
    text = "the of and to in it lemon is was"
    (tmp_path / "one.txt").write_text(text + "\n", encoding="utf-8")
    ckpt = tmp_path / "run" / "best.ckpt"
    top = invoke(["classify", ckpt, tmp_path / "one.txt", "--top", "2", "--json"])
    assert top.exit_code == 0, top.stderr
    assert json.loads(top.stdout)["label"] == "yes"
    ex = invoke(["classify", ckpt, tmp_path / "one.txt", "--explain", "--json"])
    assert ex.exit_code == 0, ex.stderr
    got = json.loads(ex.stdout)
    assert got["label"] == "yes"
    strongest = max(range(len(got["tokens"])), key=lambda i: got["tokens"][i]["weight"])
    assert text.index("lemon") <= strongest < text.index("lemon") + len("lemon")
