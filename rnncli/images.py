"""Reading image files safely, for every command that takes images (``train-caption``, ``caption``, and
the image commands to come): one function opens a file, checks its size in pixels from the header
*before* anything is decoded, and turns every way a file can be wrong into one line (exit code 3).

A decompression bomb (a PNG of a few KB whose header claims 30,000 x 30,000 pixels, 2.7 GB once
decoded) is refused from its header: the limit is Pillow's own ``Image.MAX_IMAGE_PIXELS`` (89,478,485
pixels, about 9,459 x 9,459) unless the command's ``--max-pixels`` sets another.
"""

from __future__ import annotations

import contextlib
import io
from typing import Optional

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
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        img = Image.new("RGB", rgba.size, (255, 255, 255))
        img.paste(rgba, mask=rgba.getchannel("A"))
    return img.convert("RGB")
