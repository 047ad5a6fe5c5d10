"""Checkpoints written by an earlier rnncli (tests/fixtures/ed6c05d) load and give the same output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import invoke

OLD = Path(__file__).parent / "fixtures" / "ed6c05d"
LM, MT = OLD / "lm.ckpt", OLD / "mt.ckpt"

SAMPLES = {
    "lm-sample-seed1.txt": ["--seed", "1", "--length", "200", "--prime", "KING: "],
    "lm-sample-greedy.txt": ["--greedy", "--length", "120", "--prime", "The "],
    "lm-sample-topp.txt": [
        "--seed",
        "7",
        "--length",
        "150",
        "--top-p",
        "0.9",
        "--temperature",
        "0.8",
        "--num-samples",
        "2",
    ],
}
TRANSLATIONS = {"mt-beam3.txt": ["--beam", "3"], "mt-greedy.txt": ["--greedy"]}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_old_language_model_samples_the_same_text(name):
    r = invoke(["sample", LM, *SAMPLES[name]])
    assert r.exit_code == 0, r.stderr
    assert r.stdout == (OLD / name).read_text(encoding="utf-8")


def test_old_language_model_scores_the_same():
    r = invoke(["eval", LM, OLD / "lm-eval.txt", "--json"])
    assert r.exit_code == 0, r.stderr
    got, want = json.loads(r.stdout), json.loads((OLD / "lm-eval.json").read_text())
    assert got["tokens"] == want["tokens"] and got["characters"] == want["characters"]
    assert got["loss"] == pytest.approx(want["loss"], rel=1e-6)
    assert got["bits_per_char"] == pytest.approx(want["bits_per_char"], rel=1e-6)


@pytest.mark.parametrize("name", sorted(TRANSLATIONS))
def test_old_translator_translates_the_same(name):
    r = invoke(["translate", MT, OLD / "mt-input.en", *TRANSLATIONS[name]])
    assert r.exit_code == 0, r.stderr
    assert r.stdout == (OLD / name).read_text(encoding="utf-8")


def test_old_translator_gives_the_same_n_best_and_scores():
    r = invoke(["translate", MT, OLD / "mt-input.en", "--beam", "4", "--n-best", "2", "--json"])
    assert r.exit_code == 0, r.stderr
    got = [json.loads(line) for line in r.stdout.splitlines()]
    want = [json.loads(line) for line in (OLD / "mt-nbest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(got) == len(want) == 5
    for g, w in zip(got, want):
        assert g["translation"] == w["translation"]
        assert [h["translation"] for h in g["n_best"]] == [h["translation"] for h in w["n_best"]]
        for gh, wh in zip(g["n_best"], w["n_best"]):
            assert gh["score"] == pytest.approx(wh["score"], rel=1e-5)
            assert gh["logprob"] == pytest.approx(wh["logprob"], rel=1e-5)
