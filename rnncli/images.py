"""Images for the tasks that read them (captioning, question answering).

Reading a file safely: one function opens it, checks its size in pixels from the header *before*
anything is decoded, and turns every way a file can be wrong into one line (exit code 3). A
decompression bomb (a PNG of a few KB whose header claims 30,000 x 30,000 pixels, 2.7 GB once decoded)
is refused from its header: the limit is Pillow's own ``Image.MAX_IMAGE_PIXELS`` (89,478,485 pixels,
about 9,459 x 9,459) unless the command's ``--max-pixels`` sets another.

Then: the size a run reads its images at (``--image-size``: given as N or HxW, or fitted to the training
images, and the grid the CNN makes of it; below), loading files at that size (height x width, aspect
kept), holding out whole images for a dev set, reading a CNN's weights file, and the attention strip
(the image, then the image lit where a model looked).
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
    path: str,
    size: "int | Sequence[int]",
    crop: bool = False,
    shown: Optional[str] = None,
    max_pixels: Optional[int] = None,
) -> np.ndarray:
    """An image file (or a PIL image) as uint8 (3, height, width) RGB (``size``: (height, width), or one
    int for a square as old checkpoints have it): transparency over white, scaled to fit the box keeping
    its aspect ratio and padded (``crop``: scaled to cover it and the overflow cut, centred). A file is
    read with :func:`rnncli.images.open_image` (an image over the pixel limit is refused undecoded)."""
    from PIL import Image

    bh, bw = box(size)
    if isinstance(path, Image.Image):
        check_pixels(path.size, shown or "image", pixel_limit(max_pixels))
        img = flat_rgb(path)
    else:
        img = open_image(path, shown, max_pixels)
    w, h = img.size
    scale = (max if crop else min)(bw / w, bh / h)
    nw, nh = max(1, round(w * scale)), max(1, round(h * scale))
    img = img.resize((nw, nh), Image.Resampling.BICUBIC if (nw, nh) != (w, h) else Image.Resampling.NEAREST)
    canvas = Image.new("RGB", (bw, bh), PAD_RGB)
    canvas.paste(img, ((bw - nw) // 2, (bh - nh) // 2))
    return np.asarray(canvas, dtype=np.uint8).transpose(2, 0, 1).copy()


def load_images(
    paths: Sequence[str],
    size: "int | Sequence[int]",
    crop: bool,
    shown: Optional[Sequence[str]] = None,
    max_pixels: Optional[int] = None,
) -> torch.Tensor:
    """Every image, (N, 3, height, width) uint8."""
    h, w = box(size)
    out = np.zeros((len(paths), 3, h, w), dtype=np.uint8)
    for k, p in enumerate(paths):
        out[k] = load_image(p, (h, w), crop, shown[k] if shown else None, max_pixels)
    return torch.from_numpy(out)


def load_image_sets(
    sets: Sequence, size: "int | Sequence[int]", crop: bool, emit, max_pixels: Optional[int] = None
) -> list[torch.Tensor]:
    """The images of each set (anything with ``images`` and ``shown`` lists: training, dev), after one
    log line."""
    h, w = box(size)
    emit("log", {"message": f"reading {sum(len(s.images) for s in sets):,} images at {h}x{w} pixels (height x width)"})
    return [load_images(s.images, (h, w), crop, s.shown, max_pixels) for s in sets]


# -- the size images are read at ---------------------------------------------------------------------------
#
# --image-size auto fits the box to the training images: the median height and width of a sample of them,
# scaled down (aspect kept) to at most AUTO_PIXELS pixels and AUTO_SIDES per side, each side a multiple of
# the CNN's total stride. That stride grows with the image: after the CNN's own stride (4 for the small CNN,
# 32 for a ResNet), stride-2 stages are added until the grid the decoder attends over has at most
# MAX_GRID positions. Square cells keep the image's aspect on the grid too: a 40 x 128 word image reads
# as a 5 x 16 grid (stride 8), one column or more per letter. MAX_GRID is 12 x 12, the largest grid a
# default run already trains at in its budget (train-vqa's 48-pixel images): the attention costs L x
# hidden per decoded token, and at 1,024 positions (a 128-pixel square at stride 4) training crawled.

MAX_GRID = 144
AUTO_PIXELS = 128 * 128  # the CNN's cost grows with the pixels: at most a 128-pixel square's worth
AUTO_SIDES = (16, 256)
SAMPLE = 200  # images whose headers are read to fit the size
SHRINK_WARNING = 2.0  # images shrunk more than this on a side: a warning line


def box(size: "int | Sequence[int]") -> tuple[int, int]:
    """(height, width) of an image size as configurations hold it: an int (a square, older checkpoints)
    or [height, width]."""
    if isinstance(size, (int, np.integer)):
        return int(size), int(size)
    h, w = size
    return int(h), int(w)


def halved(grid: tuple[int, int]) -> tuple[int, int]:
    """A grid after one more stride-2 stage (2 x 2 max pooling, which floors)."""
    return max(1, grid[0] // 2), max(1, grid[1] // 2)


def extra_stages(grid: tuple[int, int], max_positions: int = MAX_GRID) -> int:
    """How many stride-2 stages bring a CNN's own grid to at most ``max_positions`` positions."""
    n = 0
    while grid[0] * grid[1] > max_positions and grid != (1, 1):
        grid, n = halved(grid), n + 1
    return n


def stride_of(size: tuple[int, int], base_stride: int) -> int:
    """The total stride of a CNN of ``base_stride`` at this (height, width), its extra stages included."""
    return base_stride * 2 ** extra_stages((size[0] // base_stride, size[1] // base_stride))


def median_size(sizes: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The median height and width of (width, height) sizes, each on its own."""
    return int(np.median([h for _, h in sizes])), int(np.median([w for w, _ in sizes]))


def fit_size(sizes: Sequence[tuple[int, int]], base_stride: int) -> tuple[int, int]:
    """--image-size auto: (height, width) for images of these (width, height) sizes (see above)."""
    h, w = median_size(sizes)
    low, high = AUTO_SIDES
    scale = min(1.0, (AUTO_PIXELS / (h * w)) ** 0.5, high / max(h, w))
    h, w = (min(high, max(low, side * scale)) for side in (h, w))
    stride = stride_of((max(int(h), base_stride), max(int(w), base_stride)), base_stride)
    return tuple(min(high // stride * stride, max(stride, round(side / stride) * stride)) for side in (h, w))


def shrink(sizes: Sequence[tuple[int, int]], size: tuple[int, int], crop: bool) -> float:
    """How many times the median image is shrunk to fit (``crop``: to cover) a (height, width) box."""
    h, w = median_size(sizes)
    return 1 / (max if crop else min)(size[0] / h, size[1] / w)


def sample_sizes(paths: Sequence[str], shown: Sequence[str], max_pixels: Optional[int], n: int = SAMPLE) -> list:
    """The (width, height) of up to ``n`` of the images, spread evenly over them, read from their headers."""
    picks = sorted({round(k * (len(paths) - 1) / max(n - 1, 1)) for k in range(min(n, len(paths)))})
    return [image_size(paths[k], shown[k], max_pixels) for k in picks]


def choose_size(
    given: Optional[tuple[int, int]], sets: Sequence, base_stride: int, crop: bool, emit, max_pixels=None
) -> tuple[int, int]:
    """The (height, width) a run reads its images at: ``given`` (--image-size HxW or N), else fitted to a
    sample of the first set's images (--image-size auto, logged). Either way, one warning line when that
    shrinks the median image more than SHRINK_WARNING times on a side, naming the option."""
    first = sets[0]
    sizes = sample_sizes(first.images, first.shown, max_pixels)
    h, w = median_size(sizes)
    size = given or fit_size(sizes, base_stride)
    if given is None:
        emit("log", {"message": f"--image-size auto: {size[0]}x{size[1]} (height x width; median image {h}x{w})"})
    factor = shrink(sizes, size, crop)
    if factor > SHRINK_WARNING:
        message = f"rnncli: warning: images are shrunk {factor:.1f}x to {size[0]}x{size[1]} (median image {h}x{w}), "
        emit("log", {"message": message + "so fine detail may be lost; --image-size HxW reads them larger (slower)"})
    return size


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


def panel_size(height: int, width: int) -> tuple[int, int]:
    """(width, height) of a panel: the image scaled so that its longer side is PANEL pixels."""
    scale = PANEL / max(height, width)
    return max(1, round(width * scale)), max(1, round(height * scale))


def attention_strip(image: np.ndarray, words: Sequence[str], maps: np.ndarray):
    """A PIL image: the picture, then for each word the picture lit where the model looked (its
    attention map, scaled up smoothly to the panel and to its own maximum) with the word under it.
    Panels keep the image's aspect, its longer side PANEL pixels."""
    from PIL import Image, ImageDraw

    pw, ph = panel_size(*image.shape[1:])
    base = Image.fromarray(image.transpose(1, 2, 0)).resize((pw, ph), Image.Resampling.BICUBIC)
    pixels = np.asarray(base, dtype=np.float32)
    label_font = font(15)
    label_h = 24
    n = len(words)
    strip = Image.new("RGB", (pw * (n + 1) + 4 * n, ph + label_h), (255, 255, 255))
    strip.paste(base, (0, 0))
    draw = ImageDraw.Draw(strip)
    draw.text((4, ph + 3), "image", fill=(90, 90, 90), font=label_font)
    for k, (word, m) in enumerate(zip(words, maps)):
        a = Image.fromarray((m / max(float(m.max()), 1e-9) * 255).astype(np.uint8)).resize(
            (pw, ph), Image.Resampling.BILINEAR
        )
        light = np.asarray(a, dtype=np.float32)[..., None] / 255.0
        shown = pixels * (0.15 + 0.85 * light) + 40 * light  # dark where it did not look, bright where it did
        x = (k + 1) * (pw + 4)
        strip.paste(Image.fromarray(np.clip(shown, 0, 255).astype(np.uint8)), (x, 0))
        draw.text((x + 4, ph + 3), word, fill=(0, 0, 0), font=label_font)
    return strip


def strip_page(path: str, title: str, intro: str, sections: Sequence[tuple[str, str, bytes]]) -> None:
    """One HTML page of attention pictures (``caption --html``, ``answer --html``): a heading, then per
    picture a small heading, a line of text and the PNG inline; written atomically."""
    import base64
    import html

    from rnncli.textio import atomic_write

    rows = []
    for heading, text, png in sections:
        data = base64.b64encode(png).decode("ascii")
        rows.append(
            f"<section><h2>{html.escape(heading)}</h2><p class=cap>{html.escape(text)}</p>"
            f'<img alt="{html.escape(text)}" src="data:image/png;base64,{data}"></section>'
        )
    page = (
        f"<!doctype html><html><head><meta charset=utf-8><title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;margin:1.5em}section{margin-bottom:1.5em}h2{font-size:1em;"
        "color:#555;margin:0}.cap{font-size:1.2em;margin:.2em 0 .4em}img{max-width:100%}</style></head><body>"
        f"<h1>Where the model looked</h1><p>{html.escape(intro)}</p>" + "".join(rows) + "</body></html>\n"
    )
    with atomic_write(path, "w", "--html file") as f:
        f.write(page)
