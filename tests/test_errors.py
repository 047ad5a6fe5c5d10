"""User mistakes: one clear line on stderr, a documented exit code, no traceback, and every file
that existed before is left exactly as it was (and no stray files appear)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from conftest import TINY, assert_clean_error, invoke, make_corpus, write_bomb_png, write_png

USAGE, INPUT, CHECKPOINT, OUTPUT = 2, 3, 4, 5


@pytest.fixture()
def workdir(tmp_path, lm_ckpt, mt_ckpt, parallel_dir, clf_ckpt_tiny, caption_ckpt_tiny):
    """A directory with the files the cases refer to."""
    d = tmp_path
    (d / "corpus.txt").write_text(make_corpus(), encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "blank.txt").write_text("\n\n  \n", encoding="utf-8")
    (d / "latin1.txt").write_bytes("Café crème, naïve façade\n".encode("latin-1") * 50)
    (d / "binary.bin").write_bytes(bytes(range(256)) * 4)
    (d / "short.txt").write_text("To be or not to be.\n", encoding="utf-8")
    (d / "lm.ckpt").write_bytes(lm_ckpt.read_bytes())
    data = bytearray(lm_ckpt.read_bytes())
    data[len(data) // 2] ^= 0xFF
    (d / "flipped.ckpt").write_bytes(bytes(data))
    (d / "truncated.ckpt").write_bytes(lm_ckpt.read_bytes()[:5000])
    (d / "notackpt.ckpt").write_text("hello\n", encoding="utf-8")
    (d / "hyp.txt").write_text("a b c\nd e f\n", encoding="utf-8")
    (d / "ref.txt").write_text("a b c\nd e f\ng h i\n", encoding="utf-8")
    (d / "adir").mkdir()
    from rnncli import checkpoint

    checkpoint.save(d / "mt.ckpt", "mt", {"model": {}})
    (d / "mt-real.ckpt").write_bytes(mt_ckpt.read_bytes())
    for name in ("train.src", "train.tgt", "dev.src", "dev.tgt"):
        (d / name).write_bytes((parallel_dir / name).read_bytes())
    (d / "two.tgt").write_text("eins\nzwei\n", encoding="utf-8")
    (d / "notab.tsv").write_text("the king\tder König\nno tab on this line\n", encoding="utf-8")
    from rnncli.tokenizers import train_tokenizer

    train_tokenizer(["xyz only\n"], "char").save(d / "char.model")
    # classification and captioning
    (d / "clf.ckpt").write_bytes(clf_ckpt_tiny.read_bytes())
    (d / "cap.ckpt").write_bytes(caption_ckpt_tiny.read_bytes())
    (d / "oneclass.tsv").write_text("en\thello there\nen\tgood morning\n", encoding="utf-8")
    (d / "unseen.tsv").write_text("ab\tabab\nzz\tzzz\n", encoding="utf-8")
    write_png(d / "red.png")
    (d / "truncated.png").write_bytes((d / "red.png").read_bytes()[:60])
    (d / "fake.png").write_text("not an image\n", encoding="utf-8")
    write_bomb_png(d / "bomb.png")
    for name, line in {
        "caps-good.tsv": "red.png\ta red square",
        "caps-missing.tsv": "nope.png\ta red square",
        "caps-fake.tsv": "fake.png\ta red square",
        "caps-truncated.tsv": "truncated.png\ta red square",
        "caps-bomb.tsv": "red.png\ta red square\nbomb.png\ta black square",
        "caps-notab.tsv": "red.png\ta red square\nred.png a red square",
        "caps-empty.tsv": "red.png\ta red square\nred.png\t   ",
    }.items():
        (d / name).write_text(line + "\n", encoding="utf-8")
    return d


def snapshot(d: Path) -> dict:
    out = {}
    for p in sorted(d.rglob("*")):
        if p.is_file():
            out[str(p.relative_to(d))] = (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        else:
            out[str(p.relative_to(d))] = "dir"
    return out


TRAIN = ["train-lm", "--max-steps", "2", *TINY]
CAPTION = ["train-caption", "--max-steps", "1", "--dev", "caps-good.tsv"]

CASES = [
    # (id, args, exit code, fragment of the message)
    ("missing corpus", [*TRAIN, "nope.txt"], INPUT, "not found"),
    ("empty corpus", [*TRAIN, "empty.txt"], INPUT, "empty"),
    ("blank corpus", [*TRAIN, "blank.txt"], INPUT, "empty"),
    ("corpus not UTF-8", [*TRAIN, "latin1.txt"], INPUT, "not UTF-8"),
    ("binary corpus", [*TRAIN, "binary.bin"], INPUT, "UTF-8"),
    ("corpus is a directory", [*TRAIN, "adir"], INPUT, "directory"),
    ("corpus shorter than one window", [*TRAIN, "short.txt", "--val-fraction", "0.1"], INPUT, "too short"),
    ("seq-len 0", ["train-lm", "corpus.txt", "--seq-len", "0"], USAGE, "--seq-len"),
    ("negative hidden", ["train-lm", "corpus.txt", "--hidden", "-5"], USAGE, "--hidden"),
    ("unknown cell", ["train-lm", "corpus.txt", "--cell", "transformer"], USAGE, "Invalid value for '--cell'"),
    ("unknown optimizer", ["train-lm", "corpus.txt", "--optimizer", "lion"], USAGE, "optimizer"),
    ("bad lr", ["train-lm", "corpus.txt", "--lr", "-1"], USAGE, "--lr"),
    ("bad device", ["train-lm", "corpus.txt", "--device", "tpu"], USAGE, "--device"),
    ("resume and init-from", ["train-lm", "--resume", "lm.ckpt", "--init-from", "lm.ckpt"], USAGE, "exclude"),
    ("resume with another model size", ["train-lm", "--resume", "lm.ckpt", "--hidden", "64"], USAGE, "contradicts"),
    ("run dir on a read-only path", [*TRAIN, "corpus.txt", "--out", "/proc/rnncli-run"], OUTPUT, "/proc/rnncli-run"),
    ("top-p 1.5", ["sample", "lm.ckpt", "--top-p", "1.5"], USAGE, "--top-p"),
    ("temperature -1", ["sample", "lm.ckpt", "--temperature", "-1"], USAGE, "--temperature"),
    ("temperature inf", ["sample", "lm.ckpt", "--temperature", "inf"], USAGE, "--temperature"),
    ("negative top-k", ["sample", "lm.ckpt", "--top-k", "-2"], USAGE, "--top-k"),
    ("min-p 1", ["sample", "lm.ckpt", "--min-p", "1"], USAGE, "--min-p"),
    ("zero samples", ["sample", "lm.ckpt", "--num-samples", "0"], USAGE, "--num-samples"),
    ("bit-flipped checkpoint", ["sample", "flipped.ckpt"], CHECKPOINT, "corrupt"),
    ("truncated checkpoint", ["sample", "truncated.ckpt"], CHECKPOINT, "corrupt"),
    ("not a checkpoint", ["sample", "notackpt.ckpt"], CHECKPOINT, "not an rnncli checkpoint"),
    ("checkpoint is a directory", ["sample", "adir"], INPUT, "directory"),
    ("missing checkpoint", ["sample", "nope.ckpt"], INPUT, "not found"),
    ("translation checkpoint to sample", ["sample", "mt.ckpt"], CHECKPOINT, "not a language model"),
    ("translation checkpoint to eval", ["eval", "mt.ckpt", "corpus.txt"], CHECKPOINT, "not a language model"),
    ("eval of an empty file", ["eval", "lm.ckpt", "empty.txt"], INPUT, "empty"),
    ("eval of a non-UTF-8 file", ["eval", "lm.ckpt", "latin1.txt"], INPUT, "not UTF-8"),
    ("no checkpoint anywhere", ["sample"], INPUT, "no checkpoint given"),
    (
        "tokenizer output dir missing",
        ["tokenize", "train", "corpus.txt", "-o", "nodir/tok.model"],
        OUTPUT,
        "does not exist",
    ),
    (
        "tokenizer output on read-only path",
        ["tokenize", "train", "corpus.txt", "-o", "/proc/tok.model"],
        OUTPUT,
        "/proc",
    ),
    ("tokenizer unknown kind", ["tokenize", "train", "corpus.txt", "--kind", "word", "-o", "t.model"], USAGE, "kind"),
    ("tokenizer file that is not one", ["tokenize", "encode", "-m", "corpus.txt"], CHECKPOINT, "tokenizer"),
    ("checkpoint as tokenizer for training", [*TRAIN, "corpus.txt", "--tokenizer", "lm.ckpt"], CHECKPOINT, "tokenizer"),
    ("hypothesis and reference line counts differ", ["bleu", "hyp.txt", "ref.txt"], INPUT, "line"),
    ("bleu hypothesis is a directory", ["bleu", "adir", "ref.txt"], INPUT, "directory"),
    ("bleu reference not UTF-8", ["bleu", "hyp.txt", "latin1.txt"], INPUT, "UTF-8"),
    ("tokenizer output is a directory", ["tokenize", "train", "corpus.txt", "-o", "adir"], OUTPUT, "directory"),
    (
        "tokenizer vocab-size 0",
        ["tokenize", "train", "corpus.txt", "--kind", "bpe", "--vocab-size", "0", "-o", "t.model"],
        USAGE,
        "--vocab-size",
    ),
    ("encode a binary file", ["tokenize", "encode", "-m", "char.model", "binary.bin"], INPUT, "UTF-8"),
    ("negative sample length", ["sample", "lm.ckpt", "--length", "-1"], USAGE, "--length"),
    ("eval seq-len 0", ["eval", "lm.ckpt", "corpus.txt", "--seq-len", "0"], USAGE, "--seq-len"),
    ("lr beyond float32", [*TRAIN, "corpus.txt", "--lr", "1e300"], USAGE, "--lr"),
    ("save-every 0", [*TRAIN, "corpus.txt", "--save-every", "0"], USAGE, "--save-every"),
    (
        "tokenizer that does not fit the checkpoint",
        ["train-lm", "--resume", "lm.ckpt", "--tokenizer", "char.model"],
        USAGE,
        "contradicts",
    ),
    ("mismatched parallel files", ["train-mt", "--src", "train.src", "--tgt", "two.tgt"], INPUT, "not aligned"),
    ("missing source file", ["train-mt", "--src", "nope.src", "--tgt", "train.tgt"], INPUT, "not found"),
    ("source without target", ["train-mt", "--src", "train.src"], USAGE, "--tgt"),
    ("TSV line without a tab", ["train-mt", "--tsv", "notab.tsv"], INPUT, "tab"),
    (
        "unknown attention",
        ["train-mt", "--src", "train.src", "--tgt", "train.tgt", "--attention", "bahdanau"],
        USAGE,
        "Invalid value for '--attention'",
    ),
    (
        "unknown teacher-forcing schedule",
        ["train-mt", "--src", "train.src", "--tgt", "train.tgt", "--schedule", "cosine"],
        USAGE,
        "schedule",
    ),
    (
        "teacher forcing 1.5",
        ["train-mt", "--src", "train.src", "--tgt", "train.tgt", "--teacher-forcing", "1.5"],
        USAGE,
        "--teacher-forcing",
    ),
    (
        "mt run dir on a read-only path",
        ["train-mt", "--src", "train.src", "--tgt", "train.tgt", "--max-steps", "1", "--out", "/proc/rnncli-mt"],
        OUTPUT,
        "/proc/rnncli-mt",
    ),
    ("language model to translate", ["translate", "lm.ckpt"], CHECKPOINT, "not a translation model"),
    ("beam 0", ["translate", "mt-real.ckpt", "--beam", "0"], USAGE, "--beam"),
    ("translate a non-UTF-8 file", ["translate", "mt-real.ckpt", "latin1.txt"], INPUT, "UTF-8"),
    ("translate a binary file", ["translate", "mt-real.ckpt", "binary.bin"], INPUT, "UTF-8"),
    ("translate a missing file", ["translate", "mt-real.ckpt", "nope.txt"], INPUT, "not found"),
    ("translate a lone missing file", ["translate", "nope.en"], INPUT, "not found: nope.en"),
    ("activations of a lone missing file", ["activations", "nope.txt"], INPUT, "not found: nope.txt"),
    (
        "length penalty below 0",
        ["translate", "mt-real.ckpt", "corpus.txt", "--length-penalty", "-1"],
        USAGE,
        "--length-penalty",
    ),
    (
        "length penalty NaN",
        ["translate", "mt-real.ckpt", "corpus.txt", "--length-penalty", "nan"],
        USAGE,
        "--length-penalty",
    ),
    ("length ratio inf", ["translate", "mt-real.ckpt", "corpus.txt", "--len-ratio", "inf"], USAGE, "--len-ratio"),
    ("greedy and beam", ["translate", "mt-real.ckpt", "corpus.txt", "--greedy", "--beam", "3"], USAGE, "exclude"),
    ("greedy n-best", ["translate", "mt-real.ckpt", "corpus.txt", "--greedy", "--n-best", "2"], USAGE, "--n-best"),
    ("target without source", ["train-mt", "--tgt", "train.tgt"], USAGE, "--tgt needs --src"),
    (
        "dev target without dev source",
        ["train-mt", "--src", "train.src", "--tgt", "train.tgt", "--dev-tgt", "dev.tgt"],
        USAGE,
        "--dev-tgt needs --dev-src",
    ),
    ("mt clip NaN", ["train-mt", "--src", "train.src", "--tgt", "train.tgt", "--clip", "nan"], USAGE, "--clip"),
    (
        "mt time budget NaN",
        ["train-mt", "--src", "train.src", "--tgt", "train.tgt", "--time-budget", "nan"],
        USAGE,
        "--time-budget",
    ),
    ("mt epochs -1", ["train-mt", "--src", "train.src", "--tgt", "train.tgt", "--epochs", "-1"], USAGE, "--epochs"),
    ("lm time budget -1, in minutes", [*TRAIN, "corpus.txt", "--time-budget", "-1"], USAGE, "(got -1)"),
    # classification
    ("a TSV with one label", ["train-clf", "oneclass.tsv", "--max-steps", "1"], INPUT, "one label (en)"),
    ("label unseen in training at --eval", ["classify", "clf.ckpt", "unseen.tsv", "--eval"], INPUT, "'zz'"),
    ("a language model to classify", ["classify", "lm.ckpt", "corpus.txt"], CHECKPOINT, "not a classifier"),
    # captioning
    ("caption of a missing image", [*CAPTION, "caps-missing.tsv"], INPUT, "not found"),
    ("a file that is not an image", [*CAPTION, "caps-fake.tsv"], INPUT, "not an image"),
    ("a truncated PNG", [*CAPTION, "caps-truncated.tsv"], INPUT, "truncated"),
    ("a decompression bomb", [*CAPTION, "caps-bomb.tsv"], INPUT, "bomb.png is 30,000 x 30,000 pixels"),
    ("an image over --max-pixels", [*CAPTION, "caps-good.tsv", "--max-pixels", "239"], INPUT, "over the limit of 239"),
    ("a caption line without a tab", [*CAPTION, "caps-notab.tsv"], INPUT, "line 2: no tab"),
    ("an empty caption", [*CAPTION, "caps-empty.tsv"], INPUT, "line 2: the caption is empty"),
    ("caption: a missing image", ["caption", "cap.ckpt", "nope.png"], INPUT, "not found: nope.png"),
    ("caption: not an image", ["caption", "cap.ckpt", "red.png", "fake.png"], INPUT, "fake.png is not an image"),
    ("caption: a truncated PNG", ["caption", "cap.ckpt", "truncated.png"], INPUT, "truncated"),
    ("caption: a decompression bomb", ["caption", "cap.ckpt", "red.png", "bomb.png"], INPUT, "30,000 x 30,000"),
    ("caption: over --max-pixels", ["caption", "cap.ckpt", "red.png", "--max-pixels", "239"], INPUT, "--max-pixels"),
    ("caption with a language model", ["caption", "lm.ckpt", "red.png"], CHECKPOINT, "not a captioner"),
    ("caption with no image", ["caption", "cap.ckpt"], USAGE, "no images"),
    (
        "caption n-best over the beam",
        ["caption", "cap.ckpt", "red.png", "--beam", "2", "--n-best", "3"],
        USAGE,
        "--n-best",
    ),
    ("a small CNN with weights", ["train-caption", "caps-fake.tsv", "--cnn-weights", "red.png"], USAGE, "resnet18"),
    ("caption image size 8", ["train-caption", "caps-fake.tsv", "--image-size", "8"], USAGE, "--image-size"),
    # checked before the corpus is read (one line on stderr: no "learning ..." or "encoding ..." before it)
    ("unknown cell", [*TRAIN, "corpus.txt", "--cell", "transformer"], USAGE, "Invalid value for '--cell'"),
    ("unknown optimizer", [*TRAIN, "corpus.txt", "--optimizer", "rmsprop"], USAGE, "Invalid value for '--optimizer'"),
    ("unknown lr schedule", [*TRAIN, "corpus.txt", "--lr-schedule", "step"], USAGE, "--lr-schedule"),
]


@pytest.mark.parametrize("args,code,fragment", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input(workdir, args, code, fragment):
    before = snapshot(workdir)
    r = invoke(args, cwd=workdir)
    assert_clean_error(r, code, fragment)
    assert snapshot(workdir) == before


def test_debug_shows_traceback(workdir):
    from rnncli.errors import InputError

    r = invoke(["--debug", "sample", "nope.ckpt"], cwd=workdir)
    assert r.exit_code != 0
    assert isinstance(r.exception, InputError)
    os.environ.pop("RNNCLI_DEBUG", None)
