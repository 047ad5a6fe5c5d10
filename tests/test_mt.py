"""train-mt and translate end to end on a small synthetic translation task."""

from __future__ import annotations

import json

import pytest
import torch

from conftest import MT_TINY, assert_clean_error, ctrl_c_during_step, invoke
from conftest import train_mt_run as _train
from rnncli.device import cpu_runs_bf16_lstm


def test_train_mt_logs_bleu_and_writes_checkpoints(mt_ckpt):
    run = mt_ckpt.parent
    recs = [json.loads(x) for x in (run / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in recs] == [100, 200, 300, 400]
    assert all("bleu" in r and "val_loss" in r for r in recs)
    assert recs[-1]["val_loss"] < recs[0]["val_loss"]
    assert (run / "last.ckpt").is_file()


def test_translate_outputs_one_line_per_input_in_order(mt_ckpt, parallel_dir):
    src = (parallel_dir / "test.src").read_text().splitlines()
    r = invoke(["translate", mt_ckpt, parallel_dir / "test.src", "--beam", "3"])
    assert r.exit_code == 0, r.stderr
    out = r.stdout.splitlines()
    assert len(out) == len(src)
    # the model has learned something: most words of the translations are target-language words
    from conftest import LEXICON

    target_words = set(LEXICON.values())
    words = " ".join(out).split()
    assert sum(w in target_words for w in words) > 0.8 * len(words)


def test_beam_one_equals_greedy(mt_ckpt, parallel_dir):
    g = invoke(["translate", mt_ckpt, parallel_dir / "test.src", "--greedy"])
    b = invoke(["translate", mt_ckpt, parallel_dir / "test.src", "--beam", "1"])
    assert g.exit_code == b.exit_code == 0
    assert g.stdout == b.stdout


def test_translation_does_not_depend_on_batch(mt_ckpt, parallel_dir):
    lines = (parallel_dir / "test.src").read_text().splitlines()[:12]
    together = invoke(["translate", mt_ckpt, "--beam", "4", "--batch-size", "12"], input="\n".join(lines) + "\n")
    alone = [
        invoke(["translate", mt_ckpt, "--beam", "4", "--batch-size", "1"], input=line + "\n").stdout for line in lines
    ]
    shuffled = list(reversed(lines))
    rev = invoke(["translate", mt_ckpt, "--beam", "4", "--batch-size", "5"], input="\n".join(shuffled) + "\n")
    assert together.stdout == "".join(alone)
    assert rev.stdout.splitlines() == list(reversed(together.stdout.splitlines()))


def test_beam_search_drops_finished_sentences(monkeypatch, mt_ckpt, parallel_dir):
    """Sentences that are done leave the batch, so later steps decode fewer rows; the translations,
    their n-best lists and scores, and the attention maps are what each sentence gets on its own."""
    from rnncli.models.seq2seq import Decoder

    lines = (parallel_dir / "test.src").read_text().splitlines()[:12]
    rows: list[int] = []
    real_stepper = Decoder.stepper

    def counting_stepper(self):
        step = real_stepper(self)

        def counted(y, *args):
            rows.append(y.shape[0])
            return step(y, *args)

        return counted

    monkeypatch.setattr(Decoder, "stepper", counting_stepper)
    args = ["translate", mt_ckpt, "--beam", "3", "--n-best", "2"]
    together = invoke([*args, "--batch-size", "12"], input="\n".join(lines) + "\n")
    assert together.exit_code == 0, together.stderr
    assert rows[0] == 12 * 3 and rows[-1] < rows[0] and rows == sorted(rows, reverse=True)
    alone = [invoke([*args, "--batch-size", "1"], input=line + "\n").stdout for line in lines]
    assert [r.split("\t", 1)[1] for r in together.stdout.splitlines()] == [
        r.split("\t", 1)[1] for a in alone for r in a.splitlines()
    ]


def test_empty_line_gives_empty_translation(mt_ckpt):
    r = invoke(["translate", mt_ckpt, "--greedy"], input="the king sees a dog\n\nthe cat\n")
    assert r.exit_code == 0, r.stderr
    out = r.stdout.split("\n")
    assert len(out) == 4 and out[1] == "" and out[0] and out[2]


def test_n_best_and_json(mt_ckpt):
    r = invoke(["translate", mt_ckpt, "--beam", "4", "--n-best", "3"], input="the king sees a dog\n")
    rows = [ln.split("\t") for ln in r.stdout.splitlines()]
    assert len(rows) == 3 and all(row[0] == "0" for row in rows)
    scores = [float(row[1]) for row in rows]
    assert scores == sorted(scores, reverse=True)
    j = invoke(["translate", mt_ckpt, "--json", "--beam", "2", "--n-best", "2"], input="a red dog\nthe cat\n")
    objs = [json.loads(x) for x in j.stdout.splitlines()]
    assert [o["id"] for o in objs] == [0, 1] and all(len(o["n_best"]) == 2 for o in objs)
    assert objs[0]["translation"] == objs[0]["n_best"][0]["translation"]


def test_translate_without_checkpoint_uses_latest(tmp_path, parallel_dir):
    _train(parallel_dir, tmp_path / "runs" / "mt-x", steps=20)
    r = invoke(["translate", "--greedy"], input="the king\n", cwd=tmp_path)
    assert r.exit_code == 0, r.stderr
    assert "using runs/mt-x/best.ckpt" in r.stderr
    # a lone argument that is not a checkpoint is the text to translate
    (tmp_path / "in.txt").write_text("the king\n", encoding="utf-8")
    f = invoke(["translate", "--greedy", "in.txt"], cwd=tmp_path)
    assert f.exit_code == 0, f.stderr
    assert f.stdout == r.stdout and "using runs/mt-x/best.ckpt" in f.stderr


@pytest.mark.parametrize(
    "extra",
    [
        ["--attention", "none", "--cell", "gru"],
        ["--attention", "dot", "--no-bidirectional", "--reverse-source", "--cell", "rnn"],
        ["--attention", "concat", "--layers", "2", "--teacher-forcing", "0.5", "--schedule", "linear"],
        ["--attention", "general", "--input-feeding", "--layers", "2", "--cell", "gru"],
        [
            "--attention",
            "general",
            "--joint-vocab",
            "--tie-weights",
            "--schedule",
            "inverse-sigmoid",
            "--teacher-forcing",
            "0.7",
        ],
    ],
)
def test_model_variants_train_and_translate(tmp_path, parallel_dir, extra):
    ckpt = _train(parallel_dir, tmp_path / "v", *extra, steps=20)
    r = invoke(["translate", ckpt, "--beam", "2"], input="the king sees a dog\na cat\n")
    assert r.exit_code == 0, r.stderr
    assert len(r.stdout.splitlines()) == 2


@pytest.mark.parametrize("cell", ["lstm", "gru", "rnn"])
@pytest.mark.parametrize("attention", ["none", "dot", "general", "concat"])
def test_fused_decoder_equals_step_by_step(cell, attention):
    """Teacher-forced training runs the decoder as one fused call; translation runs it one step at a
    time. Both must compute the same thing."""
    from rnncli.models.seq2seq import MTConfig, Seq2Seq

    torch.manual_seed(0)
    m = Seq2Seq(
        MTConfig(
            src_vocab=50,
            tgt_vocab=60,
            cell=cell,
            embed=16,
            hidden=24,
            layers=2,
            attention=attention,
            input_feeding=False,
        )
    ).eval()
    src, src_len = torch.randint(4, 50, (5, 7)), torch.tensor([7, 3, 5, 1, 6])
    tgt_in = torch.randint(4, 60, (5, 9))

    def assert_steps_equal_fused(step=None) -> None:
        """The target sentence one token at a time through ``step`` (default: a fresh
        ``decoder.stepper()``, what translate uses) gives the fused call's logits."""
        with torch.no_grad():
            fused = m(src, src_len, tgt_in)
            memory, keys, mask, state = m.encode(src, src_len)
            step = step or m.decoder.stepper()
            steps = []
            for t in range(tgt_in.shape[1]):
                logits, state, _, _ = step(tgt_in[:, t], state, None, memory, keys, mask)
                steps.append(logits)
        assert torch.allclose(fused, torch.stack(steps, 1), atol=1e-5)

    # decoder.step drives nn.LSTM one token at a time; stepper() is what translate uses
    assert_steps_equal_fused(m.decoder.step)
    assert_steps_equal_fused()
    # the stepper keeps its laid-out weights only while the weights stay the same
    with torch.no_grad():
        m.decoder.rnn.weight_hh_l0.mul_(0.5)
        m.decoder.embedding.weight.add_(0.1)
    assert_steps_equal_fused()
    # A fused optimizer updates the weights in place without bumping their version counter (this once
    # made dev BLEU during train-mt decode with weights from an earlier evaluation). Followed whether
    # the step is taken in train mode (train() drops the runner) or not (the weights' sums change).
    opt = torch.optim.Adam(m.parameters(), lr=0.05, fused=True)
    for train_mode in (True, False):
        m.train(train_mode)
        for p in m.parameters():
            p.grad = torch.randn_like(p)
        versions = [p._version for p in m.decoder.rnn.parameters()]
        opt.step()
        assert [p._version for p in m.decoder.rnn.parameters()] == versions  # why the sums are needed
        m.eval()
        assert_steps_equal_fused()


def test_attentionless_decoder_saved_as_cells_still_loads():
    """Checkpoints from before the fused decoder stored an attention-less decoder as nn.LSTMCell
    weights; they load into the fused layout and compute the same logits."""
    from rnncli.models.seq2seq import MTConfig, Seq2Seq

    torch.manual_seed(0)
    m = Seq2Seq(
        MTConfig(src_vocab=30, tgt_vocab=30, embed=8, hidden=12, layers=2, attention="none", input_feeding=False)
    ).eval()
    old = {}
    for k, v in m.state_dict().items():
        if k.startswith("decoder.rnn."):
            name, layer = k[len("decoder.rnn.") :].rsplit("_l", 1)
            k = f"decoder.cells.{layer}.{name}"
        old[k] = v.clone()
    fresh = Seq2Seq(
        MTConfig(src_vocab=30, tgt_vocab=30, embed=8, hidden=12, layers=2, attention="none", input_feeding=False)
    ).eval()
    fresh.load_state_dict(old)
    src, tgt = torch.randint(4, 30, (2, 5)), torch.randint(4, 30, (2, 6))
    assert torch.equal(m(src, torch.tensor([5, 4]), tgt), fresh(src, torch.tensor([5, 4]), tgt))


def test_tsv_input(tmp_path, parallel_dir):
    src = (parallel_dir / "train.src").read_text().splitlines()
    tgt = (parallel_dir / "train.tgt").read_text().splitlines()
    (tmp_path / "pairs.tsv").write_text("".join(f"{s}\t{t}\n" for s, t in zip(src, tgt)), encoding="utf-8")
    r = invoke(["train-mt", "--tsv", tmp_path / "pairs.tsv", "--out", tmp_path / "r", "--max-steps", "5", *MT_TINY])
    assert r.exit_code == 0, r.stderr
    # no dev files: the last 5% of the pairs are held out, and the log says so
    n_dev = len(src) // 20
    assert f"no dev files given: the last {n_dev:,} pairs are held out as the dev set" in r.stderr


def test_n_best_rows_for_empty_lines(mt_ckpt):
    """Every input line gets at least one row: an empty line one row with no score."""
    r = invoke(["translate", mt_ckpt, "--beam", "3", "--n-best", "2"], input="the king sees a dog\n\n  \na cat\n")
    assert r.exit_code == 0, r.stderr
    rows = [line.split("\t") for line in r.stdout.splitlines()]
    assert [row[0] for row in rows] == ["0", "0", "1", "2", "3", "3"]
    assert rows[2] == ["1", "", ""] and rows[3] == ["2", "", ""]
    assert all(float(row[1]) <= 0 for row in rows if row[1])


def test_teacher_forcing_schedules_move_from_one_to_the_floor():
    from rnncli.optim import teacher_forcing_ratio

    for sched in ("linear", "exponential", "inverse-sigmoid"):
        r = [teacher_forcing_ratio(s, 1000, 0.25, sched) for s in range(0, 1001, 100)]
        assert r[0] == pytest.approx(1.0, abs=0.01) and r == sorted(r, reverse=True), sched
        assert r[-1] < 0.35, (sched, r[-1])
    assert teacher_forcing_ratio(500, 1000, 0.6, "constant") == 0.6


def test_resume_mt_is_exact(tmp_path, parallel_dir):
    from rnncli import checkpoint

    common = [
        "--teacher-forcing",
        "0.5",
        "--schedule",
        "linear",
        "--schedule-steps",
        "20",
        "--eval-every",
        "10",
        "--dropout",
        "0.2",
        "--lr-schedule",
        "constant",
    ]  # (the budget itself changes on resume here)
    _train(parallel_dir, tmp_path / "a", *common, steps=20)
    _train(parallel_dir, tmp_path / "b", *common, steps=10)
    r = invoke(["train-mt", "--resume", tmp_path / "b" / "last.ckpt", "--max-steps", "20"])
    assert r.exit_code == 0, r.stderr
    a = checkpoint.load(tmp_path / "a" / "last.ckpt")["model"]
    b = checkpoint.load(tmp_path / "b" / "last.ckpt")["model"]
    for k in a:
        assert torch.equal(a[k], b[k]), k


def test_mt_bad_input(tmp_path, parallel_dir, mt_ckpt, lm_ckpt):
    d = parallel_dir
    (tmp_path / "short.tgt").write_text("le roi\n", encoding="utf-8")
    r = invoke(["train-mt", "--src", d / "train.src", "--tgt", tmp_path / "short.tgt", "--out", tmp_path / "x"])
    assert_clean_error(r, 3, "not aligned")
    r = invoke(["translate", lm_ckpt], input="hello\n")
    assert_clean_error(r, 4, "not a translation model")
    r = invoke(["translate", mt_ckpt], input="the king " * 200 + "\n")
    assert_clean_error(r, 3, "at most")
    ok = invoke(["translate", mt_ckpt, "--truncate", "--greedy"], input="the king " * 200 + "\n")
    assert ok.exit_code == 0
    r = invoke(["train-mt", "--resume", mt_ckpt.parent / "last.ckpt", "--hidden", "99"])
    assert_clean_error(r, 2, "contradicts")
    other = tmp_path / "other.model"
    r = invoke(["tokenize", "train", d / "train.tgt", "--kind", "bpe", "--vocab-size", "290", "-o", other])
    assert r.exit_code == 0
    r = invoke(
        ["train-mt", "--resume", mt_ckpt.parent / "last.ckpt", "--src-tokenizer", other, "--tgt-tokenizer", other]
    )
    assert_clean_error(r, 4, "does not match")
    r = invoke(["train-mt", "--src", d / "train.src", "--tgt", d / "train.tgt", "--attention", "bahdanau"])
    assert_clean_error(r, 2, "Invalid value for '--attention'")
    r = invoke(["translate", mt_ckpt, "--beam", "0"], input="x\n")
    assert_clean_error(r, 2, "--beam")


def _tiny_by_tokens() -> list[str]:
    """The tiny model's options without its --batch-size: batches by tokens."""
    i = MT_TINY.index("--batch-size")
    return MT_TINY[:i] + MT_TINY[i + 2 :]


def test_decoder_output_starts_at_the_target_unigram_distribution(tmp_path, parallel_dir):
    """A new translator's output bias is the log of each target piece's add-one smoothed frequency in
    the training pairs (EOS once per pair), as the language model's is."""
    import numpy as np

    from rnncli import checkpoint, tokenizers
    from rnncli.tokenizers import EOS

    run = tmp_path / "prior"
    _train(parallel_dir, run, "--lr", "1e-9", "--lr-schedule", "constant", steps=1)
    p = checkpoint.load(run / "last.ckpt", kind="mt")
    src_tok, tgt_tok = (tokenizers.from_state(p[k]) for k in ("src_tokenizer", "tgt_tokenizer"))
    counts = np.zeros(tgt_tok.vocab_size)
    src = (parallel_dir / "train.src").read_text(encoding="utf-8").splitlines()
    tgt = (parallel_dir / "train.tgt").read_text(encoding="utf-8").splitlines()
    for s, t in zip(src, tgt):
        ids = tgt_tok.encode(t)
        if src_tok.encode(s) and ids:
            np.add.at(counts, ids, 1)
            counts[EOS] += 1
    prior = np.log((counts + 1) / (counts.sum() + counts.size))
    bias = p["model"]["decoder.out.bias"].double().numpy()
    np.testing.assert_allclose(bias, prior, atol=1e-5)
    # every piece the targets use starts above every one they never use (byte pieces, source words)
    assert (counts == 0).any() and bias[counts == 0].max() < bias[counts > 0].min()


def test_token_batches_hold_every_pair_once_within_the_size():
    import numpy as np

    from rnncli.mt.corpus import EncodedPairs, token_batches

    rng = np.random.default_rng(0)
    lens = [(int(a), int(b)) for a, b in rng.integers(1, 40, size=(700, 2))] + [(150, 5)]  # one alone
    pairs = EncodedPairs([np.ones(a, np.int64) for a, _ in lens], [np.ones(b, np.int64) for _, b in lens], 0)
    batches = token_batches(pairs, 200, seed=3, epoch=0)
    assert sorted(i for b in batches for i in b) == list(range(len(lens)))
    for b in batches:
        padded = len(b) * max(max(lens[i]) + 1 for i in b)
        assert padded <= 200 or len(b) == 1
    sizes = sorted(len(b) for b in batches)
    assert sizes[0] == 1 and sizes[-1] > 10  # the long pair alone, many short ones together
    assert token_batches(pairs, 200, seed=3, epoch=0) == batches != token_batches(pairs, 200, seed=3, epoch=1)


def test_batches_by_tokens_resume_exactly_on_the_budget_keyed_schedule(tmp_path, parallel_dir, monkeypatch):
    """Batches by tokens, the default cosine schedule over the step budget, label smoothing: a run
    stopped (as by Ctrl-C) at step 9 of 20 and resumed ends with the weights of the run never stopped."""
    from rnncli import checkpoint

    tiny = _tiny_by_tokens()
    d = ["--src", parallel_dir / "train.src", "--tgt", parallel_dir / "train.tgt"]
    common = [
        *d,
        "--max-steps",
        "20",
        *tiny,
        "--batch-tokens",
        "300",
        "--eval-every",
        "10",
        "--dropout",
        "0.2",
        "--precision",
        "fp32",
    ]
    r = invoke(["train-mt", *common, "--out", tmp_path / "a"])
    assert r.exit_code == 0, r.stderr
    ctrl_c_during_step(monkeypatch, 9)
    assert invoke(["train-mt", *common, "--out", tmp_path / "b"]).exit_code == 130
    monkeypatch.undo()
    assert checkpoint.load(tmp_path / "b" / "last.ckpt")["train"]["step"] == 9
    r = invoke(["train-mt", "--resume", tmp_path / "b" / "last.ckpt"])
    assert r.exit_code == 0, r.stderr
    a, b = (checkpoint.load(tmp_path / x / "last.ckpt") for x in "ab")
    assert a["train"]["options"]["batch_tokens"] == 300 and a["train"]["options"]["lr_schedule"] == "cosine"
    assert a["train"]["schedule"]["progress"] == b["train"]["schedule"]["progress"] == 1.0
    for k in a["model"]:
        assert torch.equal(a["model"][k], b["model"][k]), k
    r = invoke(["train-mt", *d, "--out", tmp_path / "bad", "--batch-tokens", "0", *tiny])
    assert_clean_error(r, 2, "Invalid value for '--batch-tokens'")
    r = invoke(["train-mt", *d, "--out", tmp_path / "bad", "--batch-tokens", "300", *MT_TINY])
    assert_clean_error(r, 2, "give --batch-size or --batch-tokens, not both")
    assert not (tmp_path / "bad").exists()


def test_default_batches_are_by_tokens_and_the_help_says_how_many(tmp_path, parallel_dir):
    from typer.testing import CliRunner

    from rnncli.cli import app
    from rnncli.mt.train import DEFAULT_BATCH_TOKENS

    tiny = _tiny_by_tokens()
    run = tmp_path / "run"
    r = invoke(
        [
            "train-mt",
            "--src",
            parallel_dir / "train.src",
            "--tgt",
            parallel_dir / "train.tgt",
            "--out",
            run,
            "--max-steps",
            "2",
            *tiny,
        ]
    )
    assert r.exit_code == 0, r.stderr
    config = (run / "config.toml").read_text(encoding="utf-8")
    assert f"batch_tokens = {DEFAULT_BATCH_TOKENS}\n" in config and "batch_size" not in config
    h = CliRunner().invoke(app, ["train-mt", "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert f"[default: ({DEFAULT_BATCH_TOKENS})]" in " ".join(h.stdout.split())


def test_translator_trains_in_bf16_where_asked_and_fp16_needs_cuda(tmp_path, parallel_dir):
    r = invoke(
        [
            "train-mt",
            "--src",
            parallel_dir / "train.src",
            "--tgt",
            parallel_dir / "train.tgt",
            "--out",
            tmp_path / "bf16",
            "--max-steps",
            "4",
            "--eval-every",
            "2",
            "--precision",
            "bf16",
            *MT_TINY,
        ]
    )
    if not cpu_runs_bf16_lstm():  # a CPU without AVX-512: oneDNN has no bf16 LSTM there
        assert_clean_error(r, 2, "--precision bf16 needs a CPU")
    else:
        assert r.exit_code == 0, r.stderr
        run_line = next(line for line in r.stderr.splitlines() if line.startswith("run "))
        assert run_line.endswith(", bf16")
        recs = [json.loads(x) for x in (tmp_path / "bf16" / "metrics.jsonl").read_text().splitlines()]
        assert all(r["val_loss"] == r["val_loss"] for r in recs)  # finite, not NaN
    r = invoke(
        [
            "train-mt",
            "--src",
            parallel_dir / "train.src",
            "--tgt",
            parallel_dir / "train.tgt",
            "--out",
            tmp_path / "fp16",
            "--device",
            "cpu",
            "--precision",
            "fp16",
            *MT_TINY,
        ]
    )
    assert_clean_error(r, 2, "--precision fp16 needs a CUDA device")
    assert not (tmp_path / "fp16").exists()


def test_the_decoding_runner_follows_weights_changed_in_place_without_a_trace():
    """The single-step runner lays the decoder's weights out once and is kept while they stay the same.
    A change that keeps each weight's address, version counter and sum (here: two embedding rows swapped
    through .data, as a fused optimizer step leaves no version) must still rebuild it."""
    from rnncli.models.seq2seq import MTConfig, Seq2Seq

    torch.manual_seed(0)
    m = Seq2Seq(MTConfig(src_vocab=30, tgt_vocab=30, embed=8, hidden=12, layers=2)).eval()
    src, src_len = torch.randint(4, 30, (3, 5)), torch.tensor([5, 4, 2])
    memory, keys, mask, state = m.encode(src, src_len)
    y = torch.tensor([5, 6, 7])

    def runner_logits():
        return m.decoder.stepper()(y, state, None, memory, keys, mask)[0]

    before = runner_logits()
    emb = m.decoder.embedding.weight
    version = emb._version
    rows = emb.data[[5, 6]].clone()
    emb.data[[6, 5]] = rows  # same tensor, same sum, no version bump
    assert emb._version == version
    with torch.no_grad():
        expected = m.decoder.step(y, state, None, memory, keys, mask)[0]
    after = runner_logits()
    assert not torch.allclose(before, after)
    torch.testing.assert_close(after, expected, rtol=1e-5, atol=1e-5)
