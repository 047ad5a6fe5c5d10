"""Images for the tasks that read them (captioning, question answering): loading files at one size,
holding out whole images for a dev set, reading a CNN's weights file, and the attention strip (the
image, then the image lit where a model looked)."""

from __future__ import annotations

import io
from typing import Optional, Sequence

import numpy as np
import torch

from rnncli.errors import InputError
from rnncli.textio import read_bytes

# The mean and spread of ImageNet's pixels, per channel: what torchvision's pretrained ResNets expect,
# and a sensible centring for a CNN trained from scratch too.
PIXEL_MEAN = (0.485, 0.456, 0.406)
PIXEL_STD = (0.229, 0.224, 0.225)
PAD_RGB = tuple(round(255 * m) for m in PIXEL_MEAN)  # padding that the CNN sees as zero


def load_image(path: str, size: int, crop: bool = False, shown: Optional[str] = None) -> np.ndarray:
    """An image file as uint8 (3, size, size) RGB: transparency over white, scaled to fit the square
    keeping its aspect ratio and padded (``crop``: scaled to cover it and the overflow cut, centred)."""
    from PIL import Image, UnidentifiedImageError

    name = shown or path
    data = read_bytes(path, "image")
    try:
        img = Image.open(io.BytesIO(data))
        img.load()
    except UnidentifiedImageError:
        raise InputError(f"image {name} is not an image file Pillow can read") from None
    except (OSError, SyntaxError, ValueError) as e:
        raise InputError(f"image {name} is damaged or truncated ({e})") from None
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        img = Image.new("RGB", rgba.size, (255, 255, 255))
        img.paste(rgba, mask=rgba.getchannel("A"))
    img = img.convert("RGB")
    w, h = img.size
    scale = (max if crop else min)(size / w, size / h)
    nw, nh = max(1, round(w * scale)), max(1, round(h * scale))
    img = img.resize((nw, nh), Image.Resampling.BICUBIC if (nw, nh) != (w, h) else Image.Resampling.NEAREST)
    canvas = Image.new("RGB", (size, size), PAD_RGB)
    canvas.paste(img, ((size - nw) // 2, (size - nh) // 2))
    return np.asarray(canvas, dtype=np.uint8).transpose(2, 0, 1).copy()


def load_images(paths: Sequence[str], size: int, crop: bool, shown: Optional[Sequence[str]] = None) -> torch.Tensor:
    """Every image, (N, 3, size, size) uint8."""
    out = np.zeros((len(paths), 3, size, size), dtype=np.uint8)
    for k, p in enumerate(paths):
        out[k] = load_image(p, size, crop, shown[k] if shown else None)
    return torch.from_numpy(out)


def load_image_sets(sets: Sequence, size: int, crop: bool, emit) -> list[torch.Tensor]:
    """The images of each set (anything with ``images`` and ``shown`` lists: training, dev), after one
    log line."""
    emit("log", {"message": f"reading {sum(len(s.images) for s in sets):,} images at {size} pixels"})
    return [load_images(s.images, size, crop, s.shown) for s in sets]


def held_out_images(n: int, fraction: float, seed: int) -> tuple[list[int], list[int]]:
    """A random ``fraction`` of ``n`` images as the dev set: (training images, dev images), each sorted."""
    g = torch.Generator().manual_seed(seed)
    order = torch.randperm(n, generator=g).tolist()
    n_dev = max(1, round(len(order) * fraction))
    if n_dev >= len(order):
        raise InputError("too few images to hold some out for the dev set", "give --dev FILE")
    return sorted(order[n_dev:]), sorted(order[:n_dev])


def read_weights(path: str) -> dict:
    """A state dict saved with torch.save (``--cnn-weights``), read without running any code it holds."""
    data = read_bytes(path, "CNN weights file")
    try:
        state = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
    except Exception as e:  # noqa: BLE001  (any unpickling failure is the same error to the user)
        raise InputError(f"--cnn-weights {path} is not a PyTorch weights file ({type(e).__name__})") from None
    if not isinstance(state, dict):
        raise InputError(f"--cnn-weights {path} holds a {type(state).__name__}, not a state dict")
    return state.get("state_dict", state) if isinstance(state.get("state_dict"), dict) else state


# -- where a model looked ----------------------------------------------------------------------------------

PANEL = 128  # pixels per panel


def font(size: int):
    from PIL import ImageFont

    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow before 10.1: one size only
        return ImageFont.load_default()


def attention_strip(image: np.ndarray, words: Sequence[str], maps: np.ndarray):
    """A PIL image: the picture, then for each word the picture lit where the model looked (its
    attention map, scaled up smoothly to the panel and to its own maximum) with the word under it."""
    from PIL import Image, ImageDraw

    base = Image.fromarray(image.transpose(1, 2, 0)).resize((PANEL, PANEL), Image.Resampling.BICUBIC)
    pixels = np.asarray(base, dtype=np.float32)
    label_font = font(15)
    label_h = 24
    n = len(words)
    strip = Image.new("RGB", (PANEL * (n + 1) + 4 * n, PANEL + label_h), (255, 255, 255))
    strip.paste(base, (0, 0))
    draw = ImageDraw.Draw(strip)
    draw.text((4, PANEL + 3), "image", fill=(90, 90, 90), font=label_font)
    for k, (word, m) in enumerate(zip(words, maps)):
        a = Image.fromarray((m / max(float(m.max()), 1e-9) * 255).astype(np.uint8)).resize(
            (PANEL, PANEL), Image.Resampling.BILINEAR
        )
        light = np.asarray(a, dtype=np.float32)[..., None] / 255.0
        shown = pixels * (0.15 + 0.85 * light) + 40 * light  # dark where it did not look, bright where it did
        x = (k + 1) * (PANEL + 4)
        strip.paste(Image.fromarray(np.clip(shown, 0, 255).astype(np.uint8)), (x, 0))
        draw.text((x + 4, PANEL + 3), word, fill=(0, 0, 0), font=label_font)
    return strip
