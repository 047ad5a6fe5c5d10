"""Can the captioner read? ``python -m benchmarks reading [--minutes 6] [--rnncli-args ...]``.

Images of rendered words, one lower-case word each, 128 pixels wide by 40 high (black-ish text on white,
DejaVu Sans or DejaVu Serif from Debian's fonts-dejavu-core at 15-22 points, placed with a few pixels of
jitter; Pillow's built-in font, with a note, where DejaVu is missing): 2,400 training words and 300 test
words that never occur in training. The words are the distinct lower-case words of 3-10 letters of the
bundled Shakespeare (data/shakespeare/train.txt), shuffled with a fixed seed, so the sets are the same
on every machine. The captions are the words (``--kind char``: one token per letter).

Then, in fresh processes, one after the other:

* ``rnncli train-caption train.tsv --kind char --time-budget MINUTES`` (nothing else: its defaults,
  the dev set held out of the training words), then
* ``rnncli caption BEST TEST_IMAGES...`` (its default search),

and printed: exact match (the caption is the word) and character error rate (the Levenshtein distance
of each caption to its word, summed, over the letters of the words) on the unseen test words, the
training seconds, and the load average before and after. Measures the captioner's eyes, not its memory:
no test word was a training caption.
"""

from __future__ import annotations

import os
import random
import re
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS_FROM = ROOT / "data" / "shakespeare" / "train.txt"
FONTS = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
]
WIDTH, HEIGHT = 128, 40
N_TRAIN, N_TEST, SEED = 2400, 300, 25


def words(n: int, seed: int = SEED) -> list[str]:
    """``n`` distinct lower-case words of 3 to 10 letters from the bundled Shakespeare, in a seeded order."""
    text = WORDS_FROM.read_text(encoding="utf-8").lower()
    found = sorted({w for w in re.findall(r"[a-z]+", text) if 3 <= len(w) <= 10})
    random.Random(seed).shuffle(found)
    if len(found) < n:
        raise SystemExit(f"only {len(found)} words in {WORDS_FROM}, {n} needed")
    return found[:n]


def _fonts():
    """The fonts to draw with (with a note when they are Pillow's built-in one)."""
    from PIL import ImageFont

    have = [f for f in FONTS if f.exists()]
    if have:
        return [lambda size, f=f: ImageFont.truetype(str(f), size) for f in have], ""
    note = "DejaVu fonts missing (apt-get install fonts-dejavu-core): Pillow's built-in font used"
    return [lambda size: ImageFont.load_default(size=size)], note


def render(word: str, path: Path, rng: random.Random, fonts) -> None:
    """One word on a 128 x 40 white image: a random font and size (shrunk until it fits), jittered."""
    from PIL import Image, ImageDraw

    make = rng.choice(fonts)
    size = rng.randint(15, 22)
    while True:
        font = make(size)
        left, top, right, bottom = font.getbbox(word)
        if right - left <= WIDTH - 6 or size <= 8:
            break
        size -= 1
    img = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
    x = (WIDTH - (right - left)) // 2 - left + rng.randint(-3, 3)
    y = (HEIGHT - (bottom - top)) // 2 - top + rng.randint(-3, 3)
    grey = rng.randint(0, 60)
    ImageDraw.Draw(img).text((x, y), word, fill=(grey, grey, grey), font=font)
    img.save(path)


def build(folder: Path, n_train: int = N_TRAIN, n_test: int = N_TEST, seed: int = SEED) -> tuple[Path, Path, str]:
    """The images and ``train.tsv`` / ``test.tsv`` (image<TAB>word, paths relative to the folder)."""
    chosen = words(n_train + n_test, seed)
    fonts, note = _fonts()
    rng = random.Random(seed)
    (folder / "img").mkdir(parents=True, exist_ok=True)
    out = []
    for split, part in (("train", chosen[:n_train]), ("test", chosen[n_train:])):
        lines = []
        for k, word in enumerate(part):
            name = f"img/{split}{k:04d}.png"
            render(word, folder / name, rng, fonts)
            lines.append(f"{name}\t{word}")
        tsv = folder / f"{split}.tsv"
        tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
        out.append(tsv)
    return out[0], out[1], note


def levenshtein(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def score(hyps: list[str], refs: list[str]) -> dict:
    """Exact match (%) and character error rate (edits over reference letters) of captions against words."""
    edits = sum(levenshtein(h, r) for h, r in zip(hyps, refs))
    return {
        "exact_match": 100.0 * sum(h == r for h, r in zip(hyps, refs)) / len(refs),
        "cer": edits / sum(len(r) for r in refs),
    }


def _rnncli(args: list, log, shown: int = 8) -> subprocess.CompletedProcess:
    more = f" ... ({len(args) - shown} more)" if len(args) > shown else ""
    log("$ rnncli " + " ".join(shlex.quote(str(a)) for a in args[:shown]) + more)
    r = subprocess.run([sys.executable, "-m", "rnncli", *map(str, args)], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"rnncli {args[0]} failed ({r.returncode}):\n{r.stderr[-3000:]}")
    return r


def run(minutes: float = 6.0, rnncli_args: str = "", folder: str | None = None, log=print) -> dict:
    base = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="rnncli-reading-"))
    train_tsv, test_tsv, note = build(base)
    run_dir = base / f"run-{time.strftime('%Y%m%d-%H%M%S')}"
    load_before = os.getloadavg()
    t0 = time.perf_counter()
    args = ["train-caption", train_tsv, "--kind", "char", "--time-budget", minutes, "--out", run_dir]
    trained = _rnncli(args + shlex.split(rnncli_args), log)
    seconds = time.perf_counter() - t0
    rows = [line.split("\t") for line in test_tsv.read_text(encoding="utf-8").splitlines()]
    images, refs = [str(base / image) for image, _ in rows], [word for _, word in rows]
    out = _rnncli(["caption", run_dir / "best.ckpt", *images], log)
    hyps = [line.split("\t", 1)[1] if "\t" in line else "" for line in out.stdout.splitlines()]
    return {
        "folder": str(base),
        "train_words": N_TRAIN,
        "test_words": len(refs),
        "minutes": minutes,
        "rnncli_args": rnncli_args,
        "train_seconds": round(seconds, 1),
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "note": note,
        "log": [line for line in trained.stderr.splitlines() if "image" in line or line.startswith("done")],
        **score(hyps, refs),
        "examples": [f"{r} -> {h}" for r, h in list(zip(refs, hyps))[:12]],
    }


def report(r: dict) -> str:
    lines = [
        f"reading rendered words: {r['train_words']:,} training words, {r['test_words']} unseen test words "
        f"(128x40 images, --kind char), train-caption --time-budget {r['minutes']:g} {r['rnncli_args']}".rstrip(),
        f"  exact match {r['exact_match']:.1f}%   character error rate {r['cer']:.3f}   "
        f"(training {r['train_seconds']:.0f} s; load average {r['load_before'][0]:.2f} before, "
        f"{r['load_after'][0]:.2f} after)",
        *[f"  {x}" for x in r["log"]],
        *([f"  note: {r['note']}"] if r["note"] else []),
        "  examples (word -> caption): " + ", ".join(r["examples"]),
        f"  files: {r['folder']}",
    ]
    return "\n".join(lines)
