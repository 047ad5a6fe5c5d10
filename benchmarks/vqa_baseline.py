"""Visual question answering against what needs no image or no attention:
``python -m benchmarks vqa-baseline [--checkpoint CKPT] [--rnncli-args "..."]``.

On the bundled shapes (data/shapes: CLEVR's layout), every system is scored on the same test questions,
overall and per question type (the first two words):

* **most frequent answer per type**: each test question gets the most frequent training answer of its
  type (the answer a model that reads only the question's first two words would give);
* **question only**: ``rnncli train-vqa`` with the same settings on the same questions, every image
  replaced by one blank grey image, so the model is the same RNN and classifier with nothing to see;
* **no attention**: ``rnncli train-vqa --hops 0`` (the question vector plus the grid's mean);
* **rnncli**: the given checkpoint, or ``rnncli train-vqa`` with its defaults.

Each rnncli model is trained in a fresh process one after the other (the seconds are wall time of
training; the load average before and after is printed with them) and scored by ``rnncli answer CKPT
--file TEST --eval --json``.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "shapes"
QUESTIONS = DATA / "questions"


def _questions(split: str) -> list[dict]:
    return json.loads((QUESTIONS / f"CLEVR_{split}_questions.json").read_text(encoding="utf-8"))["questions"]


def most_frequent_by_type(train: list[dict], test: list[dict]) -> dict:
    """Each test question answered with its type's most frequent training answer."""
    from rnncli.vqa.data import accuracy_by_type, normal, question_type

    by_type: dict[str, Counter] = {}
    for q in train:
        by_type.setdefault(question_type(q["question"]), Counter())[normal(q["answer"])] += 1
    overall = Counter(normal(q["answer"]) for q in train).most_common(1)[0][0]
    scores = []
    for q in test:
        seen = by_type.get(question_type(q["question"]))
        guess = seen.most_common(1)[0][0] if seen else overall
        scores.append(float(guess == normal(q["answer"])))

    class Item:  # what accuracy_by_type reads of a question
        def __init__(self, text):
            self.text = text

    return {
        "accuracy": sum(scores) / len(scores),
        "by_type": accuracy_by_type([Item(q["question"]) for q in test], scores),
    }


def blind_copy(work: Path) -> Path:
    """The training and val questions as TSV files whose every image is one blank grey image."""
    from PIL import Image

    Image.new("RGB", (64, 64), (128, 128, 128)).save(work / "blank.png")
    for split in ("train", "val"):
        rows = [f"blank.png\t{q['question']}\t{q['answer']}\n" for q in _questions(split)]
        (work / f"{split}.tsv").write_text("".join(rows), encoding="utf-8")
    return work


def train(args: list[str], out: Path) -> tuple[str, float]:
    cmd = [sys.executable, "-m", "rnncli", "train-vqa", *args, "--out", str(out), "--json"]
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"rnncli train-vqa failed: {done.stderr.strip()[-800:]}")
    return json.loads(done.stdout)["best"], time.perf_counter() - t


def evaluate(checkpoint: str) -> dict:
    test = QUESTIONS / "CLEVR_test_questions.json"
    cmd = [sys.executable, "-m", "rnncli", "answer", checkpoint, "--file", str(test), "--eval", "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"rnncli answer failed: {done.stderr.strip()[-800:]}")
    return json.loads(done.stdout)


def run(checkpoint: str | None = None, rnncli_args: str = "", log=print) -> dict:
    work = Path(tempfile.mkdtemp(prefix="rnncli-vqab-"))
    extra = shlex.split(rnncli_args)
    systems: dict = {"most frequent answer per type": most_frequent_by_type(_questions("train"), _questions("test"))}
    log(f"most frequent answer per type: {systems['most frequent answer per type']['accuracy']:.2%}")
    (work / "blind").mkdir()
    blind = blind_copy(work / "blind")
    runs = [
        ("question only", [str(blind / "train.tsv"), "--dev", str(blind / "val.tsv"), *extra]),
        ("no attention (--hops 0)", ["--hops", "0", *extra]),
    ]
    if checkpoint is None:
        runs.append(("rnncli", extra))
    for name, args in runs:
        before = os.getloadavg()[0]
        best, seconds = train(args, work / name.split()[0])
        systems[name] = {**evaluate(best), "seconds": seconds, "load": [before, os.getloadavg()[0]]}
        log(f"{name}: {systems[name]['accuracy']:.2%} in {seconds:.0f} s (load {before:.1f})")
    if checkpoint is not None:
        systems["rnncli"] = evaluate(checkpoint)
    return {"rnncli_args": rnncli_args, "checkpoint": checkpoint, "systems": systems}


def report(results: dict) -> str:
    systems = results["systems"]
    types = list(systems["rnncli"]["by_type"])
    names = list(systems)
    width = max(len(n) for n in names)
    lines = [f"{'system':{width}s}  {'all':>6s}  " + "  ".join(f"{t:>10s}" for t in types)]
    for n in names:
        s = systems[n]
        cells = "  ".join(f"{s['by_type'].get(t, {}).get('accuracy', float('nan')):10.1%}" for t in types)
        lines.append(f"{n:{width}s}  {s['accuracy']:6.1%}  {cells}")
    return "\n".join(lines)


# -- where the first hop looks ------------------------------------------------------------------------

NAMING = (0, 1, 2)  # the question families that name one object: its shape, its colour, or both


def named_object(question: dict, objects: list[dict]) -> dict | None:
    """The scene object a question of NAMING names ("what color is the square?", "what shape is the
    red object?", "what size is the red square?"), None for the other families."""
    if question["question_family_index"] not in NAMING:
        return None
    words = set(question["question"].rstrip("?").split())
    named = {"color": words & {"red", "green", "blue", "yellow"}, "shape": words & {"circle", "square", "triangle"}}
    hits = [o for o in objects if all(o[k] in w for k, w in named.items() if w)]
    return hits[0] if len(hits) == 1 else None


def cells_on(box: list[int], side: int, rows: int, cols: int) -> list[int]:
    """The grid cells (row-major indices) whose patch of a side x side image overlaps the inclusive
    pixel box [x0, y0, x1, y1]."""
    x0, y0, x1, y1 = box
    out = []
    for r in range(rows):
        for c in range(cols):
            px0, px1 = c * side / cols, (c + 1) * side / cols
            py0, py1 = r * side / rows, (r + 1) * side / rows
            if px0 <= x1 + 0.5 and px1 >= x0 - 0.5 and py0 <= y1 + 0.5 and py1 >= y0 - 0.5:
                out.append(r * cols + c)
    return out


def mass_ratio(maps, boxes: list[list[int]], side: int, rows: int, cols: int) -> dict:
    """Mean over questions of the first hop's attention on the named object's cells divided by the
    share of the grid those cells are (1 for attention spread evenly)."""
    ratios, masses = [], []
    for m, box in zip(maps, boxes):
        cells = cells_on(box, side, rows, cols)
        mass = float(sum(m[k] for k in cells))
        masses.append(mass)
        ratios.append(mass / (len(cells) / (rows * cols)))
    n = max(len(ratios), 1)
    return {"questions": len(ratios), "ratio": sum(ratios) / n, "mass": sum(masses) / n}


def attention_mass(checkpoint: str, split: str = "test") -> dict:
    """The first hop's attention mass on the named object, on the bundled split's questions that name one."""
    from rnncli.vqa.data import read_questions
    from rnncli.vqa.use import answer_questions, load_vqa

    scenes = json.loads((DATA / "scenes" / f"CLEVR_{split}_scenes.json").read_text(encoding="utf-8"))["scenes"]
    vqa = load_vqa(checkpoint)
    data = read_questions(str(QUESTIONS / f"CLEVR_{split}_questions.json"), "test file", need_answers=True)
    _, answered = answer_questions(vqa, data, keep_attention=True)
    maps, boxes = [], []
    for q, a in zip(_questions(split), answered):
        o = named_object(q, scenes[q["image_index"]]["objects"])
        if o is not None and a.attention is not None:
            maps.append(a.attention[0].reshape(-1))
            boxes.append(o["box"])
    rows, cols = vqa.model.grid_shape
    return mass_ratio(maps, boxes, 64, rows, cols)
