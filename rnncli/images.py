"""Images for the tasks that read them (captioning, question answering).

Reading a file safely: one function opens it, checks its size in pixels from the header *before*
anything is decoded, and turns every way a file can be wrong into one line (exit code 3). A
decompression bomb (a PNG of a few KB whose header claims 30,000 x 30,000 pixels, 2.7 GB once decoded)
is refused from its header: the limit is Pillow's own ``Image.MAX_IMAGE_PIXELS`` (89,478,485 pixels,
about 9,459 x 9,459) unless the command's ``--max-pixels`` sets another.

Then: loading files at one size, holding out whole images for a dev set, reading a CNN's weights file,
and the attention strip (the image, then the image lit where a model looked).
"""

from __future__ import annotations

import contextlib
import io
from typing import Optional, Sequence

import numpy as np
import torch

from rnncli.errors import InputError
from rnncli.textio import read_bytes


def pixel_limit(max_pixels: Optional[int] = None) -> Optional[int]:
    """The most pixels an image may have: ``max_pixels`` when given, else Pillow's limit (None: none)."""
    from PIL import Image

    return max_pixels if max_pixels is not None else Image.MAX_IMAGE_PIXELS


@contextlib.contextmanager
def _our_size_check():
    """Pillow's own check off while we open and decode (we check the size ourselves, with a message that
    names the file and the option), then back as it was."""
    from PIL import Image

    saved = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None
    try:
        yield
    finally:
        Image.MAX_IMAGE_PIXELS = saved


def _open_header(data: bytes, name: str):
    """The file opened but not decoded (Pillow reads only the header)."""
    from PIL import Image, UnidentifiedImageError

    try:
        return Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise InputError(f"image {name} is not an image file Pillow can read") from None
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as e:
        raise InputError(f"image {name} is damaged or truncated ({e})") from None


def check_pixels(size: tuple[int, int], name: str, limit: Optional[int]) -> None:
    """Refuse an image whose header claims more pixels than ``limit``, before it is decoded."""
    w, h = size
    if limit is not None and w * h > limit:
        raise InputError(
            f"image {name} is {w:,} x {h:,} pixels ({w * h:,}), over the limit of {limit:,} "
            "(a decompression bomb, or a very large image)",
            "resize it, or raise the limit with --max-pixels",
        )


def image_size(path: str, shown: Optional[str] = None, max_pixels: Optional[int] = None) -> tuple[int, int]:
    """An image file's (width, height) from its header, checked against the pixel limit; nothing decoded."""
    name, limit = shown or str(path), pixel_limit(max_pixels)
    data = read_bytes(path, "image")
    with _our_size_check():
        img = _open_header(data, name)
    check_pixels(img.size, name, limit)
    return img.size


def open_image(path: str, shown: Optional[str] = None, max_pixels: Optional[int] = None):
    """An image file as a decoded PIL RGB image, transparency put on white. Every failure is an
    :class:`InputError` naming the file (``shown``: the name the user gave): missing, not an image,
    damaged or truncated, or over the pixel limit (checked from the header, before decoding)."""
    from PIL import Image

    name, limit = shown or str(path), pixel_limit(max_pixels)
    data = read_bytes(path, "image")
    with _our_size_check():
        img = _open_header(data, name)
        check_pixels(img.size, name, limit)
        try:
            img.load()
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as e:
            raise InputError(f"image {name} is damaged or truncated ({e})") from None
    return flat_rgb(img)


def flat_rgb(img):
    """A PIL image as RGB, transparency put on white."""
    from PIL import Image

    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        img = Image.new("RGB", rgba.size, (255, 255, 255))
        img.paste(rgba, mask=rgba.getchannel("A"))
    return img.convert("RGB")


# The mean and spread of ImageNet's pixels, per channel: what torchvision's pretrained ResNets expect,
# and a sensible centring for a CNN trained from scratch too.
PIXEL_MEAN = (0.485, 0.456, 0.406)
PIXEL_STD = (0.229, 0.224, 0.225)
PAD_RGB = tuple(round(255 * m) for m in PIXEL_MEAN)  # padding that the CNN sees as zero


def load_image(
    path: str, size: int, crop: bool = False, shown: Optional[str] = None, max_pixels: Optional[int] = None
) -> np.ndarray:
    """An image file (or a PIL image) as uint8 (3, size, size) RGB: transparency over white, scaled to fit
    the square keeping its aspect ratio and padded (``crop``: scaled to cover it and the overflow cut,
    centred). A file is read with :func:`rnncli.images.open_image` (an image over the pixel limit is
    refused undecoded)."""
    from PIL import Image

    if isinstance(path, Image.Image):
        check_pixels(path.size, shown or "image", pixel_limit(max_pixels))
        img = flat_rgb(path)
    else:
        img = open_image(path, shown, max_pixels)
    w, h = img.size
    scale = (max if crop else min)(size / w, size / h)
    nw, nh = max(1, round(w * scale)), max(1, round(h * scale))
    img = img.resize((nw, nh), Image.Resampling.BICUBIC if (nw, nh) != (w, h) else Image.Resampling.NEAREST)
    canvas = Image.new("RGB", (size, size), PAD_RGB)
    canvas.paste(img, ((size - nw) // 2, (size - nh) // 2))
    return np.asarray(canvas, dtype=np.uint8).transpose(2, 0, 1).copy()


def load_images(
    paths: Sequence[str],
    size: int,
    crop: bool,
    shown: Optional[Sequence[str]] = None,
    max_pixels: Optional[int] = None,
) -> torch.Tensor:
    """Every image, (N, 3, size, size) uint8."""
    out = np.zeros((len(paths), 3, size, size), dtype=np.uint8)
    for k, p in enumerate(paths):
        out[k] = load_image(p, size, crop, shown[k] if shown else None, max_pixels)
    return torch.from_numpy(out)


def load_image_sets(
    sets: Sequence, size: int, crop: bool, emit, max_pixels: Optional[int] = None
) -> list[torch.Tensor]:
    """The images of each set (anything with ``images`` and ``shown`` lists: training, dev), after one
    log line."""
    emit("log", {"message": f"reading {sum(len(s.images) for s in sets):,} images at {size} pixels"})
    return [load_images(s.images, size, crop, s.shown, max_pixels) for s in sets]


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
