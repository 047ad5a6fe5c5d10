"""Image encoders (captioning, question answering): a CNN without its classifier, whose last feature map is a grid of
L = h x w feature vectors of size D (the positions soft attention chooses among).

* ``SmallCNN``: three stages of two 3x3 convolutions (batch norm, ReLU), 2x2 max pooling between
  them, so the grid is a quarter of the image on a side (8 x 8 for 32-pixel images); for bigger images,
  stride-2 stages (2x2 max pooling, one convolution) after them until the grid has at most
  ``images.MAX_GRID`` positions (a 40 x 128 image: 5 x 16). Trained from scratch with the decoder; small
  enough for a CPU.
* ``ResNet``: ResNet-18, -34 and -50 (He et al. 2016) laid out as torchvision lays them out, so that a
  torchvision state dict the user already has (``--cnn-weights``) loads into it as it is; the grid is
  the last stage's output, the image size / 32 on a side (7 x 7 at 224 pixels), max-pooled further
  the same way. Nothing is downloaded: without a weights file a ResNet starts from random weights.

A model's configuration keeps its image size, (height, width), and its grid, (rows, columns), which
fix how many stride-2 stages follow the CNN. A checkpoint from before grids were fitted has a square
int size and no grid: its CNN has no extra stage, whatever its size.
"""

from __future__ import annotations

from typing import Sequence

import torch
from torch import nn

from rnncli.errors import CheckpointError, UsageError
from rnncli.images import PIXEL_MEAN, PIXEL_STD, box, choose_size, extra_stages, halved


def normalise(images: torch.Tensor) -> torch.Tensor:
    """uint8 images (B, 3, H, W) -> float, centred and scaled per channel."""
    mean = torch.tensor(PIXEL_MEAN, device=images.device).view(1, 3, 1, 1)
    std = torch.tensor(PIXEL_STD, device=images.device).view(1, 3, 1, 1)
    return (images.float() / 255.0 - mean) / std


def _conv_bn(cin: int, cout: int) -> list[nn.Module]:
    return [nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)]


class SmallCNN(nn.Module):
    def __init__(self, channels: int):
        super().__init__()
        widths = (max(channels // 3, 8), max(2 * channels // 3, 8), channels)
        layers: list[nn.Module] = []
        cin = 3
        for k, w in enumerate(widths):
            if k:
                layers.append(nn.MaxPool2d(2))
            layers += _conv_bn(cin, w) + _conv_bn(w, w)
            cin = w
        self.body = nn.Sequential(*layers)
        self.out_channels = channels
        self.extra = nn.Sequential()

    base_stride = 4

    @staticmethod
    def grid_side(image_size: int) -> int:
        return image_size // 4

    def add_stages(self, n: int) -> None:
        """``n`` stride-2 stages after the CNN's own: 2x2 max pooling, then a 3x3 convolution."""
        c = self.out_channels
        self.extra = nn.Sequential(*[m for _ in range(n) for m in [nn.MaxPool2d(2), *_conv_bn(c, c)]])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.extra(self.body(x))


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, cin: int, planes: int, stride: int):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, planes, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.downsample = _shortcut(cin, planes * self.expansion, stride)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.relu(self.bn1(self.conv1(x)))
        y = self.bn2(self.conv2(y))
        return self.relu(y + (x if self.downsample is None else self.downsample(x)))


class Bottleneck(nn.Module):
    expansion = 4

    def __init__(self, cin: int, planes: int, stride: int):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, planes, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, stride, 1, bias=False)  # the stride on the 3x3 ("v1.5")
        self.bn2 = nn.BatchNorm2d(planes)
        self.conv3 = nn.Conv2d(planes, planes * 4, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(planes * 4)
        self.relu = nn.ReLU(inplace=True)
        self.downsample = _shortcut(cin, planes * 4, stride)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.relu(self.bn1(self.conv1(x)))
        y = self.relu(self.bn2(self.conv2(y)))
        y = self.bn3(self.conv3(y))
        return self.relu(y + (x if self.downsample is None else self.downsample(x)))


def _shortcut(cin: int, cout: int, stride: int):
    if stride == 1 and cin == cout:
        return None
    return nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))


RESNETS = {"resnet18": (BasicBlock, (2, 2, 2, 2)), "resnet34": (BasicBlock, (3, 4, 6, 3))}
RESNETS["resnet50"] = (Bottleneck, (3, 4, 6, 3))


class ResNet(nn.Module):
    """The convolutional part of a ResNet (no pooling, no classifier): images -> (B, D, h, w)."""

    def __init__(self, name: str):
        super().__init__()
        block, counts = RESNETS[name]
        self.name = name
        self.conv1 = nn.Conv2d(3, 64, 7, 2, 3, bias=False)
        self.bn1 = nn.BatchNorm2d(64)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(3, 2, 1)
        cin = 64
        for k, (planes, n) in enumerate(zip((64, 128, 256, 512), counts)):
            blocks = []
            for j in range(n):
                blocks.append(block(cin, planes, 2 if (j == 0 and k > 0) else 1))
                cin = planes * block.expansion
            setattr(self, f"layer{k + 1}", nn.Sequential(*blocks))
        self.out_channels = cin
        self.extra = nn.Sequential()

    base_stride = 32

    def add_stages(self, n: int) -> None:
        """``n`` stride-2 max poolings after the last stage (no weights: a torchvision state dict still fits)."""
        self.extra = nn.Sequential(*[nn.MaxPool2d(2) for _ in range(n)])

    @staticmethod
    def grid_side(image_size: int) -> int:
        n = image_size
        for _ in range(5):  # the stem's convolution and pooling, then three strided stages
            n = (n - 1) // 2 + 1
        return n

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        return self.extra(self.layer4(self.layer3(self.layer2(self.layer1(x)))))

    def load_pretrained(self, state: dict, path: str) -> None:
        """A torchvision state dict of this architecture (its classifier ``fc.*`` is left out)."""
        state = {
            k.removeprefix("module."): v for k, v in state.items() if not k.removeprefix("module.").startswith("fc.")
        }
        mine = self.state_dict()
        missing = sorted(set(mine) - set(state))
        shapes = [k for k in mine if k in state and tuple(state[k].shape) != tuple(mine[k].shape)]
        if missing or shapes or not all(isinstance(v, torch.Tensor) for v in state.values()):
            what = f"lacks {missing[0]}" if missing else f"has {shapes[0]} of another shape" if shapes else "is odd"
            raise CheckpointError(
                f"--cnn-weights {path} is not a torchvision {self.name} state dict (it {what})",
                "give the weights file of the ResNet named by --cnn",
            )
        self.load_state_dict({k: state[k] for k in mine})


def make_cnn(name: str, channels: int) -> nn.Module:
    return SmallCNN(channels) if name == "small" else ResNet(name)


def base_stride(name: str) -> int:
    """The stride of a CNN before any stage is added (4 for the small CNN, 32 for a ResNet)."""
    return SmallCNN.base_stride if name == "small" else ResNet.base_stride


def stages_to(cnn: nn.Module, size: tuple[int, int], grid: tuple[int, int]) -> int:
    """How many stride-2 stages take ``cnn``'s own grid at ``size`` to ``grid`` (one line if none does)."""
    own = (cnn.grid_side(size[0]), cnn.grid_side(size[1]))
    at, n = own, 0
    while at != grid and n < 16:
        at, n = halved(at), n + 1
    if at != grid:
        raise UsageError(f"a {grid[0]}x{grid[1]} grid does not follow from {size[0]}x{size[1]} images")
    return n


def fitted_grid(name: str, size: tuple[int, int]) -> tuple[int, int]:
    """The grid a new model of CNN ``name`` gets at ``size``: its own, halved while over MAX_GRID positions."""
    cnn = SmallCNN if name == "small" else ResNet
    grid = (cnn.grid_side(size[0]), cnn.grid_side(size[1]))
    for _ in range(extra_stages(grid)):
        grid = halved(grid)
    return grid


def settle_image_size(opts, sets: Sequence, emit) -> tuple[int, int]:
    """The (height, width) a run reads its images at (:func:`rnncli.images.choose_size`); an auto size
    is written back into ``opts`` as HxW, so that the run's settings and checkpoints keep it."""
    from rnncli.settings import image_box

    size = choose_size(image_box(opts.image_size), sets, base_stride(opts.cnn), opts.crop, emit, opts.max_pixels)
    if image_box(opts.image_size) is None:
        opts.image_size = f"{size[0]}x{size[1]}"
    return size


def new_grid_config(name: str, size: tuple[int, int]) -> dict:
    """A new model's image entries: its size and its grid."""
    return {"image_size": list(size), "grid": list(fitted_grid(name, size))}


class GridModel:
    """What a model that reads images through a CNN's grid has (a mixin before nn.Module; the captioner,
    the question answerer): the CNN its configuration names (``cnn``, ``channels``, ``image_size``,
    ``grid``, ``finetune_cnn``), the grid's rows and columns, a pretrained CNN kept frozen (its batch-norm
    statistics too) unless fine-tuned, and the grid's feature vectors."""

    def init_grid(self, c) -> None:
        self.cnn = make_cnn(c.cnn, c.channels)
        size = box(c.image_size)
        own = (self.cnn.grid_side(size[0]), self.cnn.grid_side(size[1]))
        if min(own) < 1:
            raise UsageError(f"--image-size {size[0]}x{size[1]} is too small for the {c.cnn} CNN")
        if c.grid is not None:  # a checkpoint from before grids were fitted: none
            self.cnn.add_stages(stages_to(self.cnn, size, tuple(c.grid)))
        self.rows, self.cols = tuple(c.grid) if c.grid is not None else own
        self.cnn_trains = c.cnn == "small" or c.finetune_cnn
        if not self.cnn_trains:
            self.cnn.requires_grad_(False)

    @property
    def grid_shape(self) -> tuple[int, int]:
        return self.rows, self.cols

    def train(self, mode: bool = True):
        super().train(mode)  # type: ignore[misc]
        if not self.cnn_trains:
            self.cnn.eval()  # a frozen CNN keeps its batch-norm statistics
        return self

    def features(self, images: torch.Tensor) -> torch.Tensor:
        """uint8 images (B, 3, H, W) -> the grid of feature vectors (B, L, D), row by row."""
        with torch.set_grad_enabled(torch.is_grad_enabled() and self.cnn_trains):
            grid = self.cnn(normalise(images))
        return grid.flatten(2).transpose(1, 2)
