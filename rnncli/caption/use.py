"""Using a trained captioner: loading it, captioning image files, and the pictures of where it looked
(one strip per image: the image, then one panel per generated word with the attention map over it)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

import numpy as np
import torch

from rnncli import payload
from rnncli.caption.data import Captions, CaptionTokenizer
from rnncli.caption.train import CaptionHypothesis, caption_images
from rnncli.images import attention_strip, load_images, strip_page
from rnncli.models.captioner import Captioner, CaptionPayload
from rnncli.textio import atomic_write, ensure_dir


@dataclass
class LoadedCaptioner:
    model: Captioner
    tokenizer: CaptionTokenizer
    max_len: int
    crop: bool
    path: Path
    device: torch.device


def load_captioner(path: Optional[str], device: str = "auto") -> LoadedCaptioner:
    got = payload.load(CaptionPayload, path, device)
    p = got.payload
    return LoadedCaptioner(got.model, p.tokenizer, p.max_len, p.crop, got.path, got.device)


def check_attention(cap: LoadedCaptioner) -> None:
    """Refuse to draw where a captioner without attention looked."""
    from rnncli.errors import UsageError

    if cap.model.decoder.attn is None:
        raise UsageError("this captioner was trained without attention (--attention none): there is nothing to draw")


def read_images(cap: LoadedCaptioner, paths: Sequence, max_pixels: Optional[int] = None) -> torch.Tensor:
    """The images (files, or PIL images) as the model was trained to see them (size, padding or cropping);
    every file is read before any caption is written, so a bad one stops the command before any output."""
    return load_images(list(paths), cap.model.config.image_size, cap.crop, max_pixels=max_pixels)


def caption_files(
    cap: LoadedCaptioner,
    images: torch.Tensor,
    beam: int = 5,
    n_best: int = 1,
    alpha: float = 1.0,
    max_len: Optional[int] = None,
    keep_attention: bool = False,
) -> list[list[CaptionHypothesis]]:
    with torch.inference_mode():
        return caption_images(
            cap.model,
            images,
            cap.tokenizer,
            cap.device,
            beam=beam,
            max_len=max_len or cap.max_len,
            n_best=n_best,
            alpha=alpha,
            keep_attention=keep_attention,
        )


def evaluate_captions(
    cap: LoadedCaptioner,
    data: Captions,
    beam: int = 1,
    alpha: float = 1.0,
    max_len: Optional[int] = None,
    max_pixels: Optional[int] = None,
    java: bool = True,
) -> tuple[dict[str, float], list[str]]:
    """Caption every image of ``data`` and score the captions against all its references: the COCO
    caption evaluation (METEOR and SPICE where Java runs them), sacrebleu's BLEU and chrF; and the
    notes on what was left out."""
    from rnncli.caption.metrics import coco_scores, java_scores, sacrebleu_scores

    pixels = load_images(data.images, cap.model.config.image_size, cap.crop, data.shown, max_pixels)
    texts = [h[0].text for h in caption_files(cap, pixels, beam, 1, alpha, max_len)]
    refs = data.references()
    scores = coco_scores(texts, refs)
    notes = ["METEOR and SPICE left out (--no-java-metrics)"]
    if java:
        extra, notes = java_scores(texts, refs)
        scores |= extra
    return scores | sacrebleu_scores(texts, refs), notes


# -- where the model looked ------------------------------------------------------------------------------


def strip_pngs(cap: LoadedCaptioner, images, hyps) -> list[bytes]:
    """Each image's strip for its best caption, as PNG bytes (drawn once for the files and the page)."""
    return [strip_png(cap, image.numpy(), hs[0]) for image, hs in zip(images, hyps)]


def strip_png(cap: LoadedCaptioner, image: np.ndarray, hyp: CaptionHypothesis) -> bytes:
    words = cap.tokenizer.pieces(hyp.tokens) + ["<END>"]
    maps = hyp.attention if hyp.attention is not None else np.zeros((0, 1, 1))
    buf = io.BytesIO()
    attention_strip(image, words[: len(maps)], maps).save(buf, format="PNG")
    return buf.getvalue()


def write_strips(directory: str, names: Sequence[str], pngs: Sequence[bytes]) -> list[Path]:
    """One PNG per image in ``directory``, named after the image file (numbered when names repeat)."""
    out = ensure_dir(directory, "--show-attention directory")
    written, used = [], set()
    for k, (name, png) in enumerate(zip(names, pngs)):
        stem = Path(name).stem or f"image{k + 1}"
        file = f"{k + 1:03d}-{stem}.png" if stem in used else f"{stem}.png"
        used.add(stem)
        with atomic_write(out / file, "wb", "attention picture") as f:
            f.write(png)
        written.append(out / file)
    return written


def write_html(path: str, names: Sequence[str], hyps, pngs: Sequence[bytes]) -> None:
    intro = "Each strip: the image, then one panel per word, bright where the attention weights of that word were high."
    sections = [(name, hs[0].text, strip) for name, hs, strip in zip(names, hyps, pngs)]
    strip_page(path, "rnncli caption: where the model looked", intro, sections)
