"""Image encoders (captioning, question answering): a CNN without its classifier, whose last feature map is a grid of
L = h x w feature vectors of size D (the positions soft attention chooses among).

* ``SmallCNN``: three stages of two 3x3 convolutions (batch norm, ReLU), 2x2 max pooling between
  them, so the grid is a quarter of the image on a side (8 x 8 for 32-pixel images). Trained from
  scratch with the decoder; small enough for a CPU.
* ``ResNet``: ResNet-18, -34 and -50 (He et al. 2016) laid out as torchvision lays them out, so that a
  torchvision state dict the user already has (``--cnn-weights``) loads into it as it is; the grid is
  the last stage's output, the image size / 32 on a side (7 x 7 at 224 pixels). Nothing is
  downloaded: without a weights file a ResNet starts from random weights.
"""

from __future__ import annotations

import torch
from torch import nn

from rnncli.errors import CheckpointError, UsageError
from rnncli.images import PIXEL_MEAN, PIXEL_STD


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

    @staticmethod
    def grid_side(image_size: int) -> int:
        return image_size // 4

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.body(x)


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

    @staticmethod
    def grid_side(image_size: int) -> int:
        n = image_size
        for _ in range(5):  # the stem's convolution and pooling, then three strided stages
            n = (n - 1) // 2 + 1
        return n

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        return self.layer4(self.layer3(self.layer2(self.layer1(x))))

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


class GridModel:
    """What a model that reads images through a CNN's grid has (a mixin before nn.Module; the captioner,
    the question answerer): the CNN its configuration names (``cnn``, ``channels``, ``image_size``,
    ``finetune_cnn``), the grid's side, a pretrained CNN kept frozen (its batch-norm statistics too) unless
    fine-tuned, and the grid's feature vectors."""

    def init_grid(self, c) -> None:
        self.cnn = make_cnn(c.cnn, c.channels)
        self.side = self.cnn.grid_side(c.image_size)
        if self.side < 1:
            raise UsageError(f"--image-size {c.image_size} is too small for the {c.cnn} CNN")
        self.cnn_trains = c.cnn == "small" or c.finetune_cnn
        if not self.cnn_trains:
            self.cnn.requires_grad_(False)

    def train(self, mode: bool = True):
        super().train(mode)  # type: ignore[misc]
        if not self.cnn_trains:
            self.cnn.eval()  # a frozen CNN keeps its batch-norm statistics
        return self

    def features(self, images: torch.Tensor) -> torch.Tensor:
        """uint8 images (B, 3, S, S) -> the grid of feature vectors (B, L, D)."""
        with torch.set_grad_enabled(torch.is_grad_enabled() and self.cnn_trains):
            grid = self.cnn(normalise(images))
        return grid.flatten(2).transpose(1, 2)
