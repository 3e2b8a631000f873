"""The digit classifier: a small CNN built from a :class:`ClassifierConfig`.

Two conv blocks (two 3x3 convolutions with BatchNorm, then a 2x2 max-pool each: 28 -> 14 ->
7) and a two-layer head with dropout. Input: images ``[B, 1, 28, 28]`` in [-1, 1]; output:
logits ``[B, n_classes]``. The app uses it to read generated digits and in the fault lab.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import torch
from torch import nn

from aigc_dash.nets.digits import CHANNELS, IMAGE_SIZE, INPUT_NOTE, N_CLASSES

ARCH = "digit-cnn-v1"


@dataclass(frozen=True)
class ClassifierConfig:
    """The shapes of the digit CNN; saved as the ``config.json`` beside its weights."""

    arch: Literal["digit-cnn-v1"] = ARCH
    channels: tuple[int, int] = (32, 64)
    hidden: int = 128
    n_classes: int = N_CLASSES
    image_size: int = IMAGE_SIZE
    dropout: float = 0.3

    def __post_init__(self) -> None:
        if self.arch != ARCH:
            raise ValueError(f"unknown classifier architecture {self.arch!r}")
        if self.image_size != IMAGE_SIZE:
            raise ValueError(f"the classifier reads {IMAGE_SIZE}x{IMAGE_SIZE} images")

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ClassifierConfig:
        """From a saved ``config.json`` (missing keys take the defaults)."""
        default = cls()
        c1, c2 = data.get("channels", default.channels)
        return cls(
            arch=data.get("arch", ARCH),
            channels=(int(c1), int(c2)),
            hidden=int(data.get("hidden", default.hidden)),
            n_classes=int(data.get("n_classes", default.n_classes)),
            image_size=int(data.get("image_size", default.image_size)),
            dropout=float(data.get("dropout", default.dropout)),
        )

    def to_json(self) -> dict[str, Any]:
        """The ``config.json`` written beside the weights (keys as in the bundled file, plus
        ``dropout`` when it differs from the default)."""
        out: dict[str, Any] = {
            "arch": self.arch,
            "channels": list(self.channels),
            "hidden": self.hidden,
            "n_classes": self.n_classes,
            "image_size": self.image_size,
            "input": INPUT_NOTE,
        }
        if self.dropout != ClassifierConfig.dropout:
            out["dropout"] = self.dropout
        return out


class DigitCNN(nn.Module):
    """Two conv blocks (two 3x3 convs + max-pool each) and a two-layer head."""

    def __init__(self, config: ClassifierConfig | None = None):
        super().__init__()
        self.config = config = config or ClassifierConfig()
        c1, c2 = config.channels

        def block(cin: int, cout: int) -> nn.Sequential:
            return nn.Sequential(
                nn.Conv2d(cin, cout, 3, padding=1, bias=False),
                nn.BatchNorm2d(cout),
                nn.ReLU(inplace=True),
                nn.Conv2d(cout, cout, 3, padding=1, bias=False),
                nn.BatchNorm2d(cout),
                nn.ReLU(inplace=True),
                nn.MaxPool2d(2),
            )

        side = config.image_size // 4
        self.features = nn.Sequential(block(CHANNELS, c1), block(c1, c2))
        self.head = nn.Sequential(
            nn.Flatten(),
            nn.Dropout(config.dropout),
            nn.Linear(c2 * side * side, config.hidden),
            nn.ReLU(inplace=True),
            nn.Dropout(config.dropout),
            nn.Linear(config.hidden, config.n_classes),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Logits ``[B, n_classes]`` for images ``[B, 1, 28, 28]`` in ``[-1, 1]``."""
        return self.head(self.features(x))
