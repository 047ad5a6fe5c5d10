"""Using a trained question answerer: loading it, answering questions about image files (the best
answers with their probabilities, or the best of given choices), scoring answered files, and the
pictures of where each hop of attention looked."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

import numpy as np
import torch

from rnncli import payload
from rnncli.images import PANEL, attention_strip, font, load_images, strip_page
from rnncli.models.vqa import VQAModel, VQAPayload
from rnncli.textio import atomic_write, ensure_dir
from rnncli.vqa.data import Question, Questions, accuracy_by_type, encode, score
from rnncli.vqa.train import predict


@dataclass
class LoadedVQA:
    model: VQAModel
    tokenizer: object
    answers: list[str]
    crop: bool
    path: Path
    device: torch.device


def load_vqa(path: Optional[str], device: str = "auto") -> LoadedVQA:
    got = payload.load(VQAPayload, path, device)
    p = got.payload
    return LoadedVQA(got.model, p.tokenizer, p.answers, p.crop, got.path, got.device)


def check_attention(vqa: LoadedVQA) -> None:
    """Refuse to draw where a question answerer without attention looked."""
    from rnncli.errors import UsageError

    if not vqa.model.hops:
        raise UsageError("this question answerer was trained without attention (--hops 0): there is nothing to draw")


def choice_list(choices: Optional[Sequence[str]]) -> Optional[list[str]]:
    """The answers of a multiple-choice question (``--choices 'red|blue|green'`` split at '|'), normalised;
    None when not given. Fewer than two is an error."""
    from rnncli.errors import UsageError
    from rnncli.vqa.data import normal

    if choices is None:
        return None
    given = [normal(c) for c in choices if str(c).strip()]
    if len(given) < 2:
        raise UsageError(f"--choices needs two or more answers separated by '|' (got {'|'.join(choices)!r})")
    return given


def one_question(image, question: str, given: Optional[list[str]] = None) -> Questions:
    """One question about one image (a file, or a PIL image), with the answers to choose from if any."""
    from rnncli.errors import UsageError

    question = " ".join(question.split())
    if not question:
        raise UsageError("the question is empty")
    shown = image if isinstance(image, str) else "image"
    return Questions(images=[image], shown=[shown], items=[Question(0, question, choices=given)])


@dataclass
class Answered:
    answer: str
    probability: float
    top: list[tuple[str, float]]  # the best answers, most probable first
    attention: Optional[np.ndarray]  # (hops, rows, columns), with keep_attention


def answer_questions(
    vqa: LoadedVQA, data: Questions, top: int = 1, keep_attention: bool = False
) -> tuple[torch.Tensor, list[Answered]]:
    """The images (as the model saw them) and each question's answer, in order. Every image is read
    before anything is answered, so a bad one stops the command before any output. A question with
    choices gets the most probable of them (a choice that is no answer class has probability 0)."""
    images = load_images(data.images, vqa.model.config.image_size, vqa.crop, data.shown)
    enc = encode(data, vqa.tokenizer, vqa.answers)
    probs, _, maps = predict(vqa.model, images, enc, vqa.device, keep_attention=keep_attention)
    index = {a: i for i, a in enumerate(vqa.answers)}
    out = []
    for k, q in enumerate(data.items):
        p = probs[k]
        ranked = [(vqa.answers[i], float(p[i])) for i in np.argsort(-p, kind="stable")[:top]]
        if q.choices:
            scored = [(c, float(p[index[c]]) if c in index else 0.0) for c in q.choices]
            best = max(scored, key=lambda x: x[1])  # the first of equals
        else:
            best = ranked[0]
        out.append(Answered(best[0], best[1], ranked, maps[k] if keep_attention and vqa.model.hops else None))
    return images, out


def evaluation(items: Sequence[Question], answered: Sequence[Answered]) -> dict:
    """Accuracy over the questions and per question type (soft accuracy where people's answers are known)."""
    scores = [score(a.answer, q) for q, a in zip(items, answered)]
    return {"accuracy": float(np.mean(scores)), "questions": len(scores), "by_type": accuracy_by_type(items, scores)}


# -- where the model looked ------------------------------------------------------------------------------


def attention_png(image: np.ndarray, question: str, answer: str, maps: np.ndarray) -> bytes:
    """The image, then the image lit by each hop's attention, under a title: the question, and the answer line."""
    from PIL import Image, ImageDraw

    strip = attention_strip(image, [f"hop {k + 1}" for k in range(len(maps))], maps)
    title_h = 44
    page = Image.new("RGB", (max(strip.width, 3 * PANEL), strip.height + title_h), (255, 255, 255))
    draw = ImageDraw.Draw(page)
    draw.text((4, 3), question, fill=(0, 0, 0), font=font(15))
    draw.text((4, 23), answer, fill=(20, 90, 20), font=font(15))
    page.paste(strip, (0, title_h))
    buf = io.BytesIO()
    page.save(buf, format="PNG")
    return buf.getvalue()


def attention_pictures(
    data: Questions, images: torch.Tensor, answered: Sequence[Answered]
) -> list[tuple[str, str, bytes]]:
    """Per question: the image's name, the question with its answer (and the gold answer when known), and
    the picture of where each hop looked."""
    out = []
    for q, a in zip(data.items, answered):
        said = f"answer: {a.answer}" + (f"  (gold: {q.answer})" if q.answer else "")
        out.append(
            (
                data.shown[q.image],
                f"{q.text}  {said}",
                attention_png(images[q.image].numpy(), q.text, said, a.attention),
            )
        )
    return out


def write_attention(directory: str, pictures: Sequence[tuple[str, str, bytes]]) -> list[Path]:
    """One PNG per question in ``directory``, numbered in the questions' order and named after the image."""
    out = ensure_dir(directory, "--show-attention directory")
    written = []
    for k, (shown, _, png) in enumerate(pictures):
        path = out / f"{k + 1:03d}-{Path(shown).stem or 'image'}.png"
        with atomic_write(path, "wb", "attention picture") as f:
            f.write(png)
        written.append(path)
    return written


def write_attention_html(path: str, pictures: Sequence[tuple[str, str, bytes]]) -> None:
    intro = "Each picture: the question and the answer, the image, then the image lit by each hop's attention."
    strip_page(path, "rnncli answer: where the model looked", intro, pictures)
