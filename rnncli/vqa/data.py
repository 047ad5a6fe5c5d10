"""Questions about images: reading them (``image<TAB>question<TAB>answer`` files, CLEVR's questions JSON,
VQA v2's questions and annotations JSON), the answer classes, held-out images, encoding, batches, and
the scores (exact match; VQA v2's soft accuracy over ten people's answers; per question type)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

import numpy as np
import torch

from rnncli.errors import InputError
from rnncli.images import held_out_images
from rnncli.textio import read_text


@dataclass
class Question:
    image: int  # index into Questions.images
    text: str
    answer: Optional[str] = None  # the answer trained on (None: not given, as in CLEVR's test split)
    humans: Optional[list[str]] = None  # VQA v2: the ten people's answers, scored by soft accuracy
    choices: Optional[list[str]] = None  # multiple choice (a TSV's fourth column)


@dataclass
class Questions:
    images: list[str] = field(default_factory=list)  # each image once, as its path resolves
    shown: list[str] = field(default_factory=list)  # ... and as the file names it
    items: list[Question] = field(default_factory=list)
    _index: dict = field(default_factory=dict, repr=False)

    def add(self, resolved: str, shown: str, q: Question) -> None:
        if resolved not in self._index:
            self._index[resolved] = len(self.images)
            self.images.append(resolved)
            self.shown.append(shown)
        q.image = self._index[resolved]
        self.items.append(q)


def normal(answer: str) -> str:
    """Answers compare lower-cased with single spaces ("Yes " and "yes" are one answer)."""
    return " ".join(str(answer).lower().split())


def question_type(text: str) -> str:
    """A question's type: its first two words ("how many", "what color", "is there")."""
    words = [w.strip("?,.!") for w in text.lower().split()]
    return " ".join(w for w in words[:2] if w)


def read_questions(
    path: str,
    what: str = "training file",
    images: Optional[str] = None,
    annotations: Optional[str] = None,
    need_answers: bool = True,
) -> Questions:
    """A questions file in any of the three forms, told apart by its content: JSON whose questions name
    an ``image_filename`` (CLEVR) or an ``image_id`` (VQA v2, with ``annotations``); else TSV."""
    text = read_text(path, what)
    if text.lstrip().startswith("{"):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            raise InputError(f"{what} {path} is not valid JSON (line {e.lineno}: {e.msg})") from None
        rows = obj.get("questions") if isinstance(obj, dict) else None
        first = rows[0] if isinstance(rows, list) and rows and isinstance(rows[0], dict) else {}
        if "image_filename" in first:
            data = _clevr(rows, path, what, images, need_answers)
        elif "image_id" in first:
            data = _vqa(obj, path, what, images, annotations, need_answers)
        else:
            raise InputError(
                f"{what} {path} is JSON but neither CLEVR questions (image_filename) nor VQA v2 questions (image_id)"
            )
    else:
        data = _tsv(text, path, what, need_answers)
    if not data.items:
        raise InputError(f"{what} {path} has no questions")
    return data


def _tsv(text: str, path: str, what: str, need_answers: bool) -> Questions:
    base, data = Path(path).parent, Questions()
    form = "image<TAB>question<TAB>answer[<TAB>choice|choice...]"
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        cols = [c.strip() for c in line.rstrip("\r").split("\t")]
        if len(cols) < (3 if need_answers else 2):
            raise InputError(f"{what} {path}, line {n}: {len(cols)} field(s); each line is {form}")
        image, question = cols[0], " ".join(cols[1].split())
        for part, value in (("image path", image), ("question", question)):
            if not value:
                raise InputError(f"{what} {path}, line {n}: the {part} is empty")
        answer = normal(cols[2]) if len(cols) > 2 and cols[2] else None
        choices = [normal(c) for c in cols[3].split("|") if c.strip()] if len(cols) > 3 and cols[3] else None
        resolved = image if Path(image).is_absolute() else str(base / image)
        data.add(resolved, image, Question(0, question, answer, None, choices))
    return data


def _clevr(rows: list, path: str, what: str, images: Optional[str], need_answers: bool) -> Questions:
    """CLEVR: images in --images, else ../images/<split>/ beside the questions file."""
    data = Questions()
    for n, q in enumerate(rows):
        name, question = q.get("image_filename"), " ".join(str(q.get("question", "")).split())
        if not name or not question:
            raise InputError(f"{what} {path}: question {n} has no {'image_filename' if not name else 'question'}")
        if need_answers and q.get("answer") is None:
            raise InputError(f"{what} {path}: question {n} has no answer")
        where = Path(images) if images else Path(path).parent.parent / "images" / str(q.get("split", ""))
        answer = None if q.get("answer") is None else normal(q["answer"])
        data.add(str(where / name), name, Question(0, question, answer))
    return data


def _vqa(obj: dict, path: str, what: str, images: Optional[str], annotations: Optional[str], need: bool) -> Questions:
    """VQA v2: answers from the annotations (matched by question_id), images named as COCO names them
    (COCO_<subtype>_<12-digit id>.jpg) in --images, else in <subtype>/ beside the questions file."""
    if annotations is None:
        raise InputError(f"{what} {path} holds VQA v2 questions: give their annotations (--annotations FILE)")
    try:
        anns = json.loads(read_text(annotations, "annotations file"))
        by_id = {a["question_id"]: a for a in anns["annotations"]}
    except (json.JSONDecodeError, KeyError, TypeError):
        raise InputError(f"annotations file {annotations} is not VQA v2 annotations JSON") from None
    subtype = obj.get("data_subtype") or anns.get("data_subtype") or ""
    where = Path(images) if images else Path(path).parent / subtype
    data = Questions()
    for q in obj["questions"]:
        ann = by_id.get(q.get("question_id"))
        if ann is None:
            raise InputError(
                f"annotations file {annotations} does not match {path}: question {q.get('question_id')} has none"
            )
        if ann.get("image_id") not in (None, q.get("image_id")):
            raise InputError(f"annotations file {annotations} does not match {path}: question {q['question_id']}")
        name = f"COCO_{subtype}_{int(q['image_id']):012d}.jpg"
        humans = [normal(a["answer"]) for a in ann.get("answers", [])]
        answer = normal(ann.get("multiple_choice_answer", Counter(humans).most_common(1)[0][0]))
        data.add(str(where / name), name, Question(0, " ".join(str(q["question"]).split()), answer, humans))
    return data


def hold_out(data: Questions, fraction: float, seed: int) -> tuple[Questions, Questions]:
    """A random ``fraction`` of the *images* with all their questions as the dev set."""
    keep, dev = held_out_images(len(data.images), fraction, seed)
    return subset(data, keep), subset(data, dev)


def subset(data: Questions, keep: Sequence[int]) -> Questions:
    out, chosen = Questions(), set(keep)
    for q in data.items:
        if q.image in chosen:
            out.add(data.images[q.image], data.shown[q.image], Question(0, q.text, q.answer, q.humans, q.choices))
    return out


def answer_classes(data: Questions, n: Optional[int]) -> list[str]:
    """The ``n`` most frequent training answers (default: every answer given at least twice), most
    frequent first."""
    counts = Counter(q.answer for q in data.items if q.answer is not None)
    ranked = sorted(counts, key=lambda a: (-counts[a], a))
    chosen = ranked[:n] if n else [a for a in ranked if counts[a] >= 2]
    if len(chosen) < 2:
        raise InputError(
            f"the training data has {len(chosen)} answer(s) given at least twice: a classifier needs two or more",
            "give --answers N to keep the N most frequent",
        )
    return chosen


@dataclass
class Encoded:
    image: np.ndarray  # image index per question
    ids: list[np.ndarray]  # token ids per question (at least one)
    target: np.ndarray  # answer class per question, -1 outside the classes (or no answer)

    def __len__(self) -> int:
        return len(self.ids)


def encode(data: Questions, tok, answers: Sequence[str]) -> Encoded:
    index = {a: i for i, a in enumerate(answers)}
    ids = [np.asarray(tok.encode(q.text) or [0], dtype=np.int64) for q in data.items]
    target = np.array([index.get(q.answer, -1) for q in data.items], dtype=np.int64)
    return Encoded(np.array([q.image for q in data.items], dtype=np.int64), ids, target)


def image_batches(image: np.ndarray, batch_size: int, seed: int, epoch: int) -> list[list[int]]:
    """Batches of about ``batch_size`` questions, an image's questions together (its CNN features are
    computed once for all of them), the images in a new order every epoch (the same for a seed and epoch)."""
    g = torch.Generator().manual_seed(seed * 1_000_003 + epoch)
    rank = np.empty(int(image.max()) + 1 if len(image) else 0, dtype=np.int64)
    rank[torch.randperm(len(rank), generator=g).numpy()] = np.arange(len(rank))
    order = np.argsort(rank[image], kind="stable").tolist()
    return [order[k : k + batch_size] for k in range(0, len(order), batch_size)]


def make_batch(images: torch.Tensor, enc: Encoded, idx: Sequence[int]):
    """For questions ``idx``: their images, each once (U, 3, S, S), and which of them each question is
    about (B,); the padded ids (B, T), lengths (B,) and targets (B,)."""
    seqs = [enc.ids[i] for i in idx]
    ids = torch.zeros(len(seqs), max(len(s) for s in seqs), dtype=torch.long)
    for row, s in enumerate(seqs):
        ids[row, : len(s)] = torch.from_numpy(s)
    idx = list(idx)
    unique, which = np.unique(enc.image[idx], return_inverse=True)
    lengths, targets = torch.tensor([len(s) for s in seqs]), torch.from_numpy(enc.target[idx])
    return images[torch.from_numpy(unique)], torch.from_numpy(which.reshape(-1)), ids, lengths, targets


def score(predicted: str, q: Question) -> float:
    """One answer's score: VQA v2's soft accuracy min(people who gave it / 3, 1) where there are
    people's answers, else 1 for the answer and 0 for any other."""
    if q.humans:
        return min(q.humans.count(predicted) / 3.0, 1.0)
    return float(predicted == q.answer)


def accuracy_by_type(items: Sequence[Question], scores: Sequence[float]) -> dict[str, dict]:
    """Accuracy per question type, most frequent type first: {type: {"questions": n, "accuracy": a}}."""
    groups: dict[str, list[float]] = {}
    for q, s in zip(items, scores):
        groups.setdefault(question_type(q.text), []).append(s)
    ranked = sorted(groups, key=lambda t: (-len(groups[t]), t))
    return {t: {"questions": len(groups[t]), "accuracy": float(np.mean(groups[t]))} for t in ranked}
