"""The DCGAN's two networks for 28x28 digits, built from a :class:`DCGANConfig`.

``dcgan-28-v1`` (the live training lab's, small enough to train in a browser session):
the generator projects a latent vector to a 2·width x 7x7 map and upsamples it twice.
``dcgan-28-v2`` (the bundled model): a 4·width x 7x7 map and one more 3x3 layer at 7x7
before upsampling, as in the Keras DCGAN tutorial; about four times the parameters, for
sharper digits. The discriminator mirrors it. The GAN recipe (initialisation, optimisers,
the training loop) is in :mod:`aigc_dash.generation.gan_training`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, get_args

import torch
from torch import nn

from aigc_dash.nets.digits import CHANNELS, IMAGE_SIZE, OUTPUT_NOTE

Arch = Literal["dcgan-28-v1", "dcgan-28-v2"]
ARCHS: tuple[Arch, ...] = get_args(Arch)
LATENT_DIM = 100
_SIDE = IMAGE_SIZE // 4  # the 7x7 map both networks pass through


@dataclass(frozen=True)
class DCGANConfig:
    """The shapes of a DCGAN; saved as the ``config.json`` beside its weights."""

    arch: Arch = "dcgan-28-v1"
    latent_dim: int = LATENT_DIM
    width: int = 64  # channels of the widest full-resolution layer; the rest are multiples
    image_size: int = IMAGE_SIZE

    def __post_init__(self) -> None:
        if self.arch not in ARCHS:
            raise ValueError(f"unknown DCGAN arch {self.arch!r}; known: {ARCHS}")
        if self.image_size != IMAGE_SIZE:
            raise ValueError(f"these DCGANs draw {IMAGE_SIZE}x{IMAGE_SIZE} images")
        if self.latent_dim < 1 or self.width < 1:
            raise ValueError("latent_dim and width must be positive")

    @property
    def top(self) -> int:
        """Channels of the generator's first 7x7 map."""
        return 2 * self.width if self.arch == "dcgan-28-v1" else 4 * self.width

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DCGANConfig:
        """From a saved ``config.json`` (one without ``arch``, written before v2, is v1)."""
        return cls(
            arch=data.get("arch", "dcgan-28-v1"),
            latent_dim=int(data["latent_dim"]),
            width=int(data["width"]),
            image_size=int(data.get("image_size", IMAGE_SIZE)),
        )

    def to_json(self) -> dict[str, Any]:
        """The ``config.json`` written beside the weights (keys as in the bundled file)."""
        return {
            "arch": self.arch,
            "latent_dim": self.latent_dim,
            "image_size": self.image_size,
            "width": self.width,
            "output": OUTPUT_NOTE,
        }


class Generator(nn.Module):
    """latent ``[B, latent_dim]`` -> image ``[B, 1, 28, 28]`` in [-1, 1] (7x7 -> 14x14 -> 28x28)."""

    def __init__(self, config: DCGANConfig | None = None):
        super().__init__()
        self.config = config = config or DCGANConfig()
        self.latent_dim, self.width, self.arch, self.top = (
            config.latent_dim,
            config.width,
            config.arch,
            config.top,
        )
        width, top = config.width, config.top
        self.fc = nn.Sequential(
            nn.Linear(config.latent_dim, top * _SIDE * _SIDE, bias=False),
            nn.BatchNorm1d(top * _SIDE * _SIDE),
            nn.ReLU(True),
        )
        extra: list[nn.Module] = []
        if config.arch == "dcgan-28-v2":
            extra = [
                nn.ConvTranspose2d(top, 2 * width, 3, 1, 1, bias=False),
                nn.BatchNorm2d(2 * width),
                nn.ReLU(True),
            ]
        self.net = nn.Sequential(
            *extra,
            nn.ConvTranspose2d(2 * width, width, 4, 2, 1, bias=False),
            nn.BatchNorm2d(width),
            nn.ReLU(True),
            nn.ConvTranspose2d(width, CHANNELS, 4, 2, 1),
            nn.Tanh(),
        )

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        """Images for latents ``z``."""
        return self.net(self.fc(z).view(-1, self.top, _SIDE, _SIDE))


class Discriminator(nn.Module):
    """image ``[B, 1, 28, 28]`` -> real/fake logit ``[B]``; ``dcgan-28-v2`` adds a 3x3 layer at 7x7."""

    def __init__(self, config: DCGANConfig | None = None):
        super().__init__()
        self.config = config = config or DCGANConfig()
        width = config.width
        extra: list[nn.Module] = []
        last = 2 * width
        if config.arch == "dcgan-28-v2":
            extra = [
                nn.Conv2d(2 * width, 4 * width, 3, 1, 1, bias=False),
                nn.BatchNorm2d(4 * width),
                nn.LeakyReLU(0.2, True),
            ]
            last = 4 * width
        self.net = nn.Sequential(
            nn.Conv2d(CHANNELS, width, 4, 2, 1),
            nn.LeakyReLU(0.2, True),
            nn.Conv2d(width, 2 * width, 4, 2, 1, bias=False),
            nn.BatchNorm2d(2 * width),
            nn.LeakyReLU(0.2, True),
            *extra,
            nn.Flatten(),
            nn.Linear(last * _SIDE * _SIDE, 1),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Logits (positive = looks real)."""
        return self.net(x).view(-1)


def build(config: DCGANConfig) -> tuple[Generator, Discriminator]:
    """Untrained networks with PyTorch's default initialisation, shaped as ``config`` says."""
    return Generator(config), Discriminator(config)
