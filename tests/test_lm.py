"""train-lm, sample and eval, end to end through the CLI."""

from __future__ import annotations

import json
import math

import pytest
import torch

from conftest import ADAM, TINY, assert_clean_error, ctrl_c_during_step, invoke, make_corpus


def test_train_lm_writes_checkpoints_metrics_and_summary(tmp_path, corpus_file):
    out = tmp_path / "run"
    r = invoke(["train-lm", corpus_file, "--out", out, "--max-steps", "20", "--json", *TINY])
    assert r.exit_code == 0, r.stderr
    result = json.loads(r.stdout)  # data (the JSON result) on stdout, progress on stderr
    assert result["steps"] == 20
    assert (out / "best.ckpt").is_file() and (out / "last.ckpt").is_file()
    lines = [json.loads(x) for x in (out / "metrics.jsonl").read_text().splitlines()]
    assert [rec["step"] for rec in lines] == [10, 20]
    assert all({"val_loss", "val_bpc", "train_loss", "lr", "tokens_per_s"} <= set(rec) for rec in lines)
    assert "done: 20 steps" in r.stderr and str(out / "best.ckpt") in r.stderr
    # the loss of an untrained model is ln(V); training brings the validation loss below it
    assert result["best_val_loss"] < math.log(300)


def test_a_new_model_starts_at_the_training_texts_unigram_frequencies(tmp_path):
    """The output layer's bias starts at the log of each token's add-one smoothed frequency, so that a new
    model's first prediction is the unigram distribution (the byte fallbacks, never seen, at the bottom),
    and the LSTM keeps PyTorch's initialisation (no forget-gate bias of 1)."""
    from rnncli import checkpoint, tokenizers

    text = "aaaaaaab" * 400 + "ab \n" * 100
    corpus = tmp_path / "c.txt"
    corpus.write_text(text, encoding="utf-8")
    out = tmp_path / "run"
    # one step at a negligible rate: the weights are (to 1e-9) the initial ones
    r = invoke(
        [
            "train-lm",
            corpus,
            "--out",
            out,
            "--max-steps",
            "1",
            "--lr",
            "1e-9",
            "--val-fraction",
            "0.1",
            "--warmup",
            "0",
            *TINY,
        ]
    )
    assert r.exit_code == 0, r.stderr
    ck = checkpoint.load(out / "last.ckpt")
    tok = tokenizers.from_state(ck["tokenizer"])
    bias = ck["model"]["decoder.bias"].double()
    probs = bias.exp()
    assert probs.sum().item() == pytest.approx(1.0, abs=1e-6)
    a, b, space = (tok.piece_to_id(c) for c in "ab ")
    assert probs[a] > probs[b] > probs[space] > probs[tok.unused_ids()].max()
    assert probs[a].item() == pytest.approx(text.count("a") / len(text), rel=0.05)
    H = ck["model_config"]["hidden"]
    forget = ck["model"]["rnn.bias_ih_l0"][H : 2 * H]
    assert forget.abs().max().item() < 1.0 / H**0.5 + 1e-6  # PyTorch's U(-1/sqrt(H), 1/sqrt(H))


def test_best_checkpoint_is_judged_on_the_whole_validation_text(tmp_path, corpus_file):
    # Evaluations during training score a sample of the validation windows (50,000 tokens); at the end
    # the kept best is scored on all of the text, so the reported figure is what best.ckpt really does.
    val = tmp_path / "val.txt"
    val.write_text(make_corpus(2500, seed=5), encoding="utf-8")  # ~90,000 characters
    out = tmp_path / "run"
    # (a constant rate, so that the wrecking rate below is not annealed away at the end of the budget)
    r = invoke(
        [
            "train-lm",
            corpus_file,
            "--val",
            val,
            "--out",
            out,
            "--max-steps",
            "30",
            "--lr-schedule",
            "constant",
            "--json",
            *TINY,
            *ADAM,
        ]
    )
    assert r.exit_code == 0, r.stderr

    def whole_val_loss(ckpt):
        e = json.loads(invoke(["eval", ckpt, val, "--batch-size", "8", "--seq-len", "32", "--json"]).stdout)
        assert e["tokens"] > 60_000  # more than one in-training sample
        return e["loss"]

    assert whole_val_loss(out / "best.ckpt") == pytest.approx(json.loads(r.stdout)["best_val_loss"], abs=1e-4)
    # Resume with a learning rate that wrecks the model: the final model is worse, so best.ckpt keeps
    # the earlier weights, and the figure reported for it is again its score on the whole text.
    r = invoke(
        [
            "train-lm",
            corpus_file,
            "--val",
            val,
            "--resume",
            out / "last.ckpt",
            "--max-steps",
            "40",
            "--lr",
            "5",
            "--json",
            *TINY,
        ]
    )
    assert r.exit_code == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["curve"][-1]["val_loss"] > result["best_val_loss"]
    assert whole_val_loss(out / "best.ckpt") == pytest.approx(result["best_val_loss"], abs=1e-4)
    assert whole_val_loss(out / "last.ckpt") == pytest.approx(result["curve"][-1]["val_loss"], abs=1e-4)


@pytest.mark.parametrize("cell", ["lstm", "gru", "rnn"])
def test_every_cell_trains_and_samples(tmp_path, corpus_file, cell):
    out = tmp_path / cell
    r = invoke(
        [
            "train-lm",
            corpus_file,
            "--out",
            out,
            "--max-steps",
            "10",
            "--cell",
            cell,
            *TINY,
            "--layers",
            "2",
            "--dropout",
            "0.1",
            "--tie-weights",
        ]
    )
    assert r.exit_code == 0, r.stderr
    s = invoke(["sample", out / "best.ckpt", "--length", "50", "--seed", "3"])
    assert s.exit_code == 0, s.stderr
    assert len(s.stdout) >= 40


def test_sample_same_seed_same_text_and_greedy_equivalents(lm_ckpt):
    a = invoke(["sample", lm_ckpt, "--length", "120", "--seed", "7", "--top-p", "0.9"])
    b = invoke(["sample", lm_ckpt, "--length", "120", "--seed", "7", "--top-p", "0.9"])
    c = invoke(["sample", lm_ckpt, "--length", "120", "--seed", "8", "--top-p", "0.9"])
    assert a.exit_code == b.exit_code == c.exit_code == 0
    assert a.stdout == b.stdout
    assert a.stdout != c.stdout
    greedy = [
        invoke(["sample", lm_ckpt, "--length", "80", *opt]).stdout
        for opt in (["--temperature", "0"], ["--greedy"], ["--top-k", "1"], ["--top-k", "1", "--seed", "5"])
    ]
    assert len(set(greedy)) == 1 and len(greedy[0]) > 40


def test_sample_at_extreme_temperatures(lm_ckpt):
    """A temperature far below 1 is the argmax, far above it is uniform over the tokens the model can
    produce (never a byte fallback it did not see), and neither overflows."""
    greedy = invoke(["sample", lm_ckpt, "--length", "80", "--greedy"])
    for t in ("1e-40", "1e-300"):
        r = invoke(["sample", lm_ckpt, "--length", "80", "--temperature", t, "--seed", "3"])
        assert r.exit_code == 0, r.stderr
        assert r.stdout == greedy.stdout
    from rnncli.lm.use import load_lm

    tok = load_lm(str(lm_ckpt)).tokenizer
    unused = set(tok.unused_ids())
    seen_chars = {c for i in range(tok.vocab_size) if i not in unused for c in tok.decode([i])}
    for t in ("1e39", "1e300"):
        r = invoke(["sample", lm_ckpt, "--length", "400", "--temperature", t, "--seed", "3"])
        assert r.exit_code == 0, r.stderr
        assert set(r.stdout) - {"\n"} <= seen_chars
        assert len(set(r.stdout)) > 20  # close to uniform: many different characters


def test_sample_prime_and_num_samples(lm_ckpt):
    r = invoke(["sample", lm_ckpt, "--length", "30", "--prime", "The king", "--num-samples", "3", "--seed", "1"])
    assert r.exit_code == 0, r.stderr
    blocks = r.stdout.split("\n\n")
    assert len(blocks) == 3 and all(b.startswith("The king") for b in blocks)


def test_sample_without_checkpoint_uses_latest_run(tmp_path, corpus_file):
    r = invoke(["train-lm", corpus_file, "--max-steps", "10", *TINY], cwd=tmp_path)
    assert r.exit_code == 0, r.stderr
    s = invoke(["sample", "--top-p", "0.9", "--length", "20", "--seed", "1"], cwd=tmp_path)
    assert s.exit_code == 0, s.stderr
    assert "using runs/lm-" in s.stderr and len(s.stdout) >= 20


def test_eval_reports_loss_perplexity_and_bpc(lm_ckpt, corpus_file):
    r = invoke(["eval", lm_ckpt, corpus_file, "--json"])
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["perplexity"] == pytest.approx(math.exp(d["loss"]), rel=1e-6)
    assert d["bits_per_token"] == pytest.approx(d["loss"] / math.log(2), rel=1e-6)
    # character model, no characters outside the vocabulary: a token is a character
    assert d["bits_per_char"] == pytest.approx(d["bits_per_token"], rel=1e-9)
    # ... also on a five-character text, where the first character (never predicted) is a fifth of it
    short = invoke(["eval", lm_ckpt, "-", "--json"], input="hello")
    assert short.exit_code == 0, short.stderr
    d = json.loads(short.stdout)
    assert d["tokens"] == 4 and d["characters"] == 4
    assert d["bits_per_char"] == pytest.approx(d["bits_per_token"], rel=1e-9)
    text = invoke(["eval", lm_ckpt, corpus_file])
    assert "perplexity" in text.stdout and "bits/char" in text.stdout


def test_subword_language_model(tmp_path, corpus_file):
    out = tmp_path / "bpe"
    r = invoke(
        ["train-lm", corpus_file, "--out", out, "--max-steps", "10", "--kind", "bpe", "--vocab-size", "400", *TINY]
    )
    assert r.exit_code == 0, r.stderr
    s = invoke(["sample", out / "best.ckpt", "--length", "30", "--seed", "2", "--prime", "The"])
    assert s.exit_code == 0, s.stderr and s.stdout.startswith("The")


def test_tokenizer_file_for_training(tmp_path, corpus_file):
    tok = tmp_path / "tok.model"
    r = invoke(["tokenize", "train", corpus_file, "--kind", "unigram", "--vocab-size", "330", "-o", tok])
    assert r.exit_code == 0
    r = invoke(["train-lm", corpus_file, "--out", tmp_path / "r", "--max-steps", "10", "--tokenizer", tok, *TINY])
    assert r.exit_code == 0, r.stderr
    assert "sentencepiece unigram (330 pieces)" in r.stderr


def test_resume_continues_from_saved_step(tmp_path, corpus_file):
    out = tmp_path / "run"
    assert invoke(["train-lm", corpus_file, "--out", out, "--max-steps", "10", *TINY]).exit_code == 0
    r = invoke(["train-lm", "--resume", out / "last.ckpt", "--max-steps", "20", "--json"])
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["steps"] == 20
    assert "resuming" in r.stderr
    steps = [json.loads(x)["step"] for x in (out / "metrics.jsonl").read_text().splitlines()]
    assert steps == [10, 20]


def test_resume_is_exact(tmp_path, corpus_file):
    """N steps in one go and N/2 + N/2 with a resume in between end with identical weights (a
    constant rate, since the budget itself changes on resume here; see the next test)."""
    from rnncli import checkpoint

    common = [corpus_file, *TINY, "--dropout", "0.2", "--layers", "2", "--lr-schedule", "constant"]
    assert invoke(["train-lm", *common, "--out", tmp_path / "a", "--max-steps", "20"]).exit_code == 0
    assert invoke(["train-lm", *common, "--out", tmp_path / "b", "--max-steps", "10"]).exit_code == 0
    assert invoke(["train-lm", "--resume", tmp_path / "b" / "last.ckpt", "--max-steps", "20"]).exit_code == 0
    a = checkpoint.load(tmp_path / "a" / "last.ckpt")["model"]
    b = checkpoint.load(tmp_path / "b" / "last.ckpt")["model"]
    assert a.keys() == b.keys()
    for k in a:
        assert torch.equal(a[k], b[k]), k


def test_interrupted_run_resumes_exactly_on_its_budget_keyed_schedule(tmp_path, corpus_file, monkeypatch):
    """The default schedule warms up and decays over the budget; a run stopped (as by Ctrl-C) at step
    9 of 20 and resumed ends with the weights of the run that was never stopped."""
    from rnncli import checkpoint

    common = [corpus_file, *TINY, "--dropout", "0.2", "--warmup", "0.2", "--max-steps", "20"]
    assert invoke(["train-lm", *common, "--out", tmp_path / "a"]).exit_code == 0
    ctrl_c_during_step(monkeypatch, 9)
    assert invoke(["train-lm", *common, "--out", tmp_path / "b"]).exit_code == 130
    monkeypatch.undo()
    assert checkpoint.load(tmp_path / "b" / "last.ckpt")["train"]["step"] == 9
    assert invoke(["train-lm", "--resume", tmp_path / "b" / "last.ckpt"]).exit_code == 0
    a, b = (checkpoint.load(tmp_path / x / "last.ckpt") for x in "ab")
    assert a["train"]["schedule"]["progress"] == b["train"]["schedule"]["progress"] == 1.0
    for k in a["model"]:
        assert torch.equal(a["model"][k], b["model"][k]), k


def test_init_from_starts_a_new_run_from_weights(tmp_path, corpus_file, lm_ckpt):
    out = tmp_path / "ft"
    r = invoke(
        [
            "train-lm",
            corpus_file,
            "--init-from",
            lm_ckpt,
            "--out",
            out,
            "--max-steps",
            "10",
            "--json",
            "--seq-len",
            "32",
            "--batch-size",
            "8",
            "--eval-every",
            "10",
        ]
    )
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["steps"] == 10  # a new run: steps count from 0
    from rnncli import checkpoint

    assert checkpoint.load(out / "last.ckpt")["model_config"] == checkpoint.load(lm_ckpt)["model_config"]


def test_step_runner_matches_fused_model():
    """Generation steps one token at a time; its logits equal the fused nn.LSTM/GRU/RNN forward."""
    from rnncli.models.lm import LMConfig, RNNLanguageModel

    torch.manual_seed(0)
    for cell in ("lstm", "gru", "rnn"):
        for tie in (False, True):
            m = RNNLanguageModel(
                LMConfig(vocab_size=40, cell=cell, embed=12, hidden=24, layers=3, tie_weights=tie)
            ).eval()
            x = torch.randint(0, 40, (2, 30))
            with torch.no_grad():
                ref, _ = m(x)
            s = m.stepper()
            s.reset(2)
            got = torch.stack([s.step(x[:, t]) for t in range(30)], 1)
            assert torch.allclose(got, ref, atol=1e-5), (cell, tie)


def test_log_lines_without_a_terminal(tmp_path, corpus_file):
    """In a log (stderr not a terminal): no heartbeat line in the first 30 s of a short run (it used
    to print 'step 1/N ... 0 tok/s' and 'reading FILE: 92%'), one line per evaluation, and with
    --log-every N a step line every N steps."""
    r = invoke(["train-lm", corpus_file, "--out", tmp_path / "a", "--max-steps", "20", *TINY])
    assert r.exit_code == 0, r.stderr
    steps = [line for line in r.stderr.splitlines() if line.startswith("step ")]
    assert [line.split()[1] for line in steps] == ["10/20", "20/20"]  # the evaluations only
    assert all(" val " in line for line in steps)
    assert not [line for line in r.stderr.splitlines() if line.endswith("%")]
    r = invoke(["train-lm", corpus_file, "--out", tmp_path / "b", "--max-steps", "20", *TINY, "--log-every", "4"])
    heartbeats = [line.split()[1] for line in r.stderr.splitlines() if line.startswith("step ") and " val " not in line]
    assert heartbeats == ["4/20", "8/20", "12/20", "16/20", "20/20"]


def test_sample_json_one_object_per_sample(lm_ckpt):
    plain = invoke(["sample", lm_ckpt, "--length", "40", "--prime", "The", "--num-samples", "3", "--seed", "4"])
    r = invoke(["sample", lm_ckpt, "--length", "40", "--prime", "The", "--num-samples", "3", "--seed", "4", "--json"])
    assert r.exit_code == 0, r.stderr
    objs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["sample"] for o in objs] == [0, 1, 2] and all(o["seed"] == 4 for o in objs)
    assert "\n\n".join(o["text"] for o in objs) + "\n" == plain.stdout  # the same samples as the text output
    one = invoke(["sample", lm_ckpt, "--length", "40", "--seed", "4", "--json"])
    assert json.loads(one.stdout)["text"] + "\n" == invoke(["sample", lm_ckpt, "--length", "40", "--seed", "4"]).stdout
    assert_clean_error(invoke(["sample", lm_ckpt, "--json", "--show-units", "1"]), 2, "exclude")


def test_heartbeat_counts_from_the_start_of_training(monkeypatch):
    """Reading a big corpus for a minute does not make the first training step print a heartbeat:
    the 30 s count starts with training."""
    import io

    from rich.console import Console

    from rnncli.cli import progress

    clock = [1000.0]
    monkeypatch.setattr(progress.time, "monotonic", lambda: clock[0])
    buf = io.StringIO()
    display = progress.TrainingDisplay(console=Console(file=buf, force_terminal=False, width=200))
    clock[0] += 60  # reading and encoding
    display("start", {"run_dir": "r", "params": 1, "tokens": 1, "device": "cpu", "total_steps": 100})
    for step in range(1, 101):
        clock[0] += 0.5
        display("step", {"step": step, "loss_avg": 2.0, "tokens_per_s": 1000.0})
    heartbeats = [line.split()[1] for line in buf.getvalue().splitlines() if line.startswith("step ")]
    assert heartbeats == ["61/100"]  # the first after 30 s of training, not at step 1


def test_sample_from_a_model_whose_outputs_overflow_is_one_error_line(tmp_path, lm_ckpt):
    """Weights that are finite but so large that the logits overflow: one line, exit 4, no traceback."""
    from rnncli import checkpoint

    payload = checkpoint.load(lm_ckpt)
    payload["model"]["decoder.weight"] = torch.full_like(payload["model"]["decoder.weight"], 3e38)
    assert all(torch.isfinite(v).all() for v in payload["model"].values())
    broken = tmp_path / "huge.ckpt"
    checkpoint.save(broken, "lm", payload)
    r = invoke(["sample", broken, "--length", "20", "--seed", "1"])
    assert_clean_error(r, 4, "not finite", "earlier checkpoint")
