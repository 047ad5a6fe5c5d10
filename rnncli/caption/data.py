"""Captioned images: reading ``image<TAB>caption`` files (or the Flickr8k CSV form), the tokenizer's
special ids, held-out images (rnncli/images.py loads them) and batches."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import torch

from rnncli import tokenizers
from rnncli.batching import pad
from rnncli.errors import InputError
from rnncli.images import held_out_images
from rnncli.textio import read_text
from rnncli.tokenizers import BOS, EOS


@dataclass
class Captions:
    images: list[str]  # each image once, as its path resolves (relative paths: from the captions file)
    shown: list[str]  # ... and as the file names it
    pairs: list[tuple[int, str]]  # (image index, caption), in the file's order

    def references(self) -> list[list[str]]:
        """The captions of each image."""
        refs: list[list[str]] = [[] for _ in self.images]
        for i, cap in self.pairs:
            refs[i].append(cap)
        return refs


def read_captions(path: str, what: str = "training file") -> Captions:
    """``image<TAB>caption`` lines, several per image allowed, blank lines skipped; or a CSV whose
    header is ``image,caption`` (Flickr8k's form). Relative image paths are relative to the file."""
    text = read_text(path, what)
    base = Path(path).parent
    first = text.split("\n", 1)[0].strip().lower().replace(" ", "")
    rows = _csv_rows(text, path, what) if first == "image,caption" else _tsv_rows(text, path, what)
    index: dict[str, int] = {}
    images, shown, pairs = [], [], []
    for n, image, caption in rows:
        image, caption = image.strip(), " ".join(caption.split())
        if not image or not caption:
            raise InputError(f"{what} {path}, line {n}: the {'image path' if not image else 'caption'} is empty")
        resolved = str(base / image) if not Path(image).is_absolute() else image
        if resolved not in index:
            index[resolved] = len(images)
            images.append(resolved)
            shown.append(image)
        pairs.append((index[resolved], caption))
    if not pairs:
        raise InputError(f"{what} {path} has no captions")
    return Captions(images, shown, pairs)


def _tsv_rows(text: str, path: str, what: str):
    for n, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        image, tab, caption = line.partition("\t")
        if not tab:
            raise InputError(f"{what} {path}, line {n}: no tab (each line is image<TAB>caption)")
        yield n, image, caption


def _csv_rows(text: str, path: str, what: str):
    reader = csv.reader(io.StringIO(text))
    next(reader)
    for row in reader:
        n = reader.line_num
        if not row or not any(x.strip() for x in row):
            continue
        if len(row) < 2:
            raise InputError(f"{what} {path}, line {n}: expected image,caption")
        yield n, row[0], ",".join(row[1:])


def hold_out_images(data: Captions, fraction: float, seed: int) -> tuple[Captions, Captions]:
    """A random ``fraction`` of the *images* (with all their captions) as the dev set: no dev caption
    describes an image training saw."""
    keep, dev = held_out_images(len(data.images), fraction, seed)
    return subset(data, keep), subset(data, dev)


def subset(data: Captions, keep: Sequence[int]) -> Captions:
    new = {old: k for k, old in enumerate(keep)}
    return Captions(
        [data.images[i] for i in keep],
        [data.shown[i] for i in keep],
        [(new[i], c) for i, c in data.pairs if i in new],
    )


CaptionTokenizer = tokenizers.DecoderTokenizer  # the captions' vocabulary, with the decoder's special ids


@dataclass
class EncodedCaptions:
    image: np.ndarray  # image index per caption
    ids: list[np.ndarray]  # token ids per caption, cut to max_len

    def __len__(self) -> int:
        return len(self.ids)


def encode_captions(data: Captions, tok: CaptionTokenizer, max_len: int) -> EncodedCaptions:
    ids = [tok.encode(c)[:max_len] for _, c in data.pairs]
    return EncodedCaptions(np.array([i for i, _ in data.pairs], dtype=np.int64), ids)


def make_batch(images: torch.Tensor, caps: EncodedCaptions, idx: Sequence[int]):
    """The images (B, 3, S, S) of captions ``idx``, the decoder's inputs (BOS + caption) and targets
    (caption + EOS), padded: (B, T) each; and the number of target tokens."""
    seqs = [caps.ids[i] for i in idx]
    images = images[torch.from_numpy(caps.image[list(idx)])]
    return images, pad(seqs, prefix=BOS), pad(seqs, suffix=EOS), sum(len(s) + 1 for s in seqs)
