"""Shared fixtures: a small corpus, tiny trained checkpoints, a CLI runner."""

from __future__ import annotations

import atexit
import os
import random
import shutil
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

os.environ.setdefault("NO_COLOR", "1")
# Token caches of the tests' corpora go to a temporary directory, never to the user's ~/.cache.
if "RNNCLI_CACHE_DIR" not in os.environ:
    os.environ["RNNCLI_CACHE_DIR"] = tempfile.mkdtemp(prefix="rnncli-test-cache-")
    atexit.register(shutil.rmtree, os.environ["RNNCLI_CACHE_DIR"], True)

WORDS = (
    "the king queen lord lady sword crown night day love death speak hear thou thee my our "
    "good ill fair foul come go stay fly heart head hand eye blood gold"
).split()


def make_corpus(n_lines: int = 400, seed: int = 0) -> str:
    rng = random.Random(seed)
    lines = []
    for _ in range(n_lines):
        words = [rng.choice(WORDS) for _ in range(rng.randint(3, 9))]
        line = " ".join(words).capitalize()
        if rng.random() < 0.3:
            line = f'"{line}," said {rng.choice(["Lear", "Hamlet", "Portia"])}.'
        else:
            line += rng.choice([".", "!", "?", ";"])
        lines.append(line)
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="session")
def corpus_file(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("corpus") / "corpus.txt"
    p.write_text(make_corpus(), encoding="utf-8")
    return p


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def invoke(args, input=None, cwd=None):
    """Run the CLI in-process through Typer's runner."""
    from rnncli.cli import app

    r = CliRunner()
    if cwd is None:
        return r.invoke(app, [str(a) for a in args], input=input)
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return r.invoke(app, [str(a) for a in args], input=input)
    finally:
        os.chdir(old)


TINY = [
    "--hidden",
    "32",
    "--embed",
    "16",
    "--layers",
    "1",
    "--seq-len",
    "32",
    "--batch-size",
    "8",
    "--eval-every",
    "10",
]
# Adam spelled out, for tests about what Adam does (fused steps that skip on the device, a rate that wrecks
# a model), so that they keep testing it whatever train-lm's default recipe is.
ADAM = ["--optimizer", "adam", "--lr", "0.003", "--clip", "1.0"]


@pytest.fixture(scope="session")
def lm_ckpt(tmp_path_factory, corpus_file) -> Path:
    """A tiny character LSTM trained for a few steps."""
    out = tmp_path_factory.mktemp("lm") / "run"
    r = invoke(["train-lm", corpus_file, "--out", out, "--max-steps", "30", *TINY])
    assert r.exit_code == 0, r.stderr
    return out / "best.ckpt"


def assert_clean_error(result, code: int, *fragments: str) -> None:
    """One line on stderr, the expected exit code, no traceback."""
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    errors = [ln for ln in lines if "error" in ln.lower()]
    # Progress logs may come before it, but there is exactly one error line, and it is the last.
    assert len(errors) == 1 and lines[-1] == errors[0], result.stderr
    err = errors[0]
    assert err.startswith("rnncli: error: "), err
    assert "Traceback" not in result.stderr + result.stdout
    for f in fragments:
        assert f.lower() in err.lower(), (f, err)


LEXICON = {
    "the": "le",
    "king": "roi",
    "queen": "reine",
    "sees": "voit",
    "loves": "aime",
    "a": "un",
    "red": "rouge",
    "big": "grand",
    "dog": "chien",
    "cat": "chat",
    "horse": "cheval",
    "old": "vieux",
    "and": "et",
    "house": "maison",
    "small": "petit",
    "green": "vert",
    "bird": "oiseau",
    "eats": "mange",
    "bread": "pain",
    "fish": "poisson",
}


def make_parallel(n: int = 600, seed: int = 0) -> tuple[list[str], list[str]]:
    """A toy translation task: word-for-word substitution, with adjectives moved after their noun."""
    rng = random.Random(seed)
    nouns = ["king", "queen", "dog", "cat", "horse", "house", "bird", "bread", "fish"]
    adjs = ["red", "big", "old", "small", "green"]
    verbs = ["sees", "loves", "eats"]
    src, tgt = [], []
    for _ in range(n):

        def np_():
            det = rng.choice(["the", "a"])
            if rng.random() < 0.5:
                adj, noun = rng.choice(adjs), rng.choice(nouns)
                return [det, adj, noun], [LEXICON[det], LEXICON[noun], LEXICON[adj]]
            noun = rng.choice(nouns)
            return [det, noun], [LEXICON[det], LEXICON[noun]]

        s1, t1 = np_()
        v = rng.choice(verbs)
        s2, t2 = np_()
        src.append(" ".join(s1 + [v] + s2))
        tgt.append(" ".join(t1 + [LEXICON[v]] + t2))
    return src, tgt


@pytest.fixture(scope="session")
def parallel_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("parallel")
    for name, n, seed in (("train", 1500, 0), ("dev", 60, 1), ("test", 40, 2)):
        s, t = make_parallel(n, seed)
        (d / f"{name}.src").write_text("\n".join(s) + "\n", encoding="utf-8")
        (d / f"{name}.tgt").write_text("\n".join(t) + "\n", encoding="utf-8")
    return d


MT_TINY = [
    "--hidden",
    "48",
    "--embed",
    "32",
    "--vocab-size",
    "300",
    "--batch-size",
    "32",
    "--eval-every",
    "100",
    "--dropout",
    "0.0",
]


def train_mt_run(parallel_dir, out, *extra, steps=300):
    d = parallel_dir
    r = invoke(
        [
            "train-mt",
            "--src",
            d / "train.src",
            "--tgt",
            d / "train.tgt",
            "--dev-src",
            d / "dev.src",
            "--dev-tgt",
            d / "dev.tgt",
            "--out",
            out,
            "--max-steps",
            str(steps),
            *MT_TINY,
            *extra,
        ]
    )
    assert r.exit_code == 0, r.stderr
    return out / "best.ckpt"


@pytest.fixture(scope="session")
def mt_ckpt(parallel_dir, tmp_path_factory):
    """A tiny attention translator trained for a few hundred steps on the synthetic task."""
    return train_mt_run(parallel_dir, tmp_path_factory.mktemp("mt") / "run", steps=400)


def ctrl_c_during_step(monkeypatch, n: int) -> None:
    """Make the next training run stop as if Ctrl-C came during step ``n`` (undo with monkeypatch.undo())."""
    from rnncli import engine

    steps = []
    real_add = engine.Throughput.add

    class StopDuringStep(engine.StopFlag):
        requested = property(lambda self: len(steps) >= n, lambda self, value: None)

    monkeypatch.setattr(engine.Throughput, "add", lambda self, k: (steps.append(k), real_add(self, k)))
    monkeypatch.setattr(engine, "StopFlag", StopDuringStep)


@pytest.fixture(scope="session")
def clf_ckpt_tiny(tmp_path_factory):
    """A classifier trained for a few steps on two labels ("ab", "xy")."""
    d = tmp_path_factory.mktemp("clf-tiny")
    rows = [("ab", "abba ab"), ("xy", "xyx yy")] * 20
    (d / "train.tsv").write_text("".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
    r = invoke(["train-clf", d / "train.tsv", "--out", d / "run", "--max-steps", "3", "--hidden", "8", "--embed", "4"])
    assert r.exit_code == 0, r.stderr
    return d / "run" / "best.ckpt"


def write_png(path, size=(20, 12), colour=(200, 40, 40)) -> None:
    from PIL import Image

    Image.new("RGB", size, colour).save(path)


def write_bomb_png(path, width: int = 30_000, height: int = 30_000) -> None:
    """A decompression bomb, written by hand: a PNG of a few hundred bytes whose header claims
    width x height RGB pixels (2.7 GB decoded at the default size), with the first rows' data only."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8 bits, RGB, no interlace
    rows = zlib.compress((b"\x00" + b"\x00" * 3 * width) * 4, 9)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    Path(path).write_bytes(png)


@pytest.fixture(scope="session")
def caption_ckpt_tiny(tmp_path_factory):
    """A captioner trained for a few steps on three one-colour images."""
    d = tmp_path_factory.mktemp("caption-tiny")
    lines = []
    for name, colour in (("red", (220, 30, 30)), ("green", (30, 200, 30)), ("blue", (30, 30, 220))):
        write_png(d / f"{name}.png", colour=colour)
        lines += [f"{name}.png\ta {name} square", f"{name}.png\t{name}"]
    (d / "caps.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["train-caption", d / "caps.tsv", "--dev", d / "caps.tsv", "--out", d / "run", "--max-steps", "3"]
    r = invoke(args + ["--kind", "char", "--hidden", "16", "--embed", "8", "--channels", "8", "--image-size", "16"])
    assert r.exit_code == 0, r.stderr
    return d / "run" / "best.ckpt"


@pytest.fixture(scope="session")
def vqa_ckpt_tiny(tmp_path_factory):
    """A question answerer trained for a few steps on three one-colour images, two questions each."""
    d = tmp_path_factory.mktemp("vqa-tiny")
    lines = []
    for name, colour in (("red", (220, 30, 30)), ("green", (30, 200, 30)), ("blue", (30, 30, 220))):
        write_png(d / f"{name}.png", colour=colour)
        lines += [f"{name}.png\twhat color is it?\t{name}", f"{name}.png\twhich colour?\t{name}"]
    (d / "vqa.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["train-vqa", d / "vqa.tsv", "--dev", d / "vqa.tsv", "--out", d / "run", "--max-steps", "3"]
    r = invoke(args + ["--kind", "char", "--hidden", "16", "--embed", "8", "--channels", "8", "--image-size", "16"])
    assert r.exit_code == 0, r.stderr
    return d / "run" / "best.ckpt"
