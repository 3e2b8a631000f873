"""The poem RNN: a character-level GRU built from an :class:`RNNConfig`.

Embedding -> multi-layer GRU -> linear over the character vocabulary. The vocabulary (one
character per id) is saved as ``vocab.json`` beside the weights; :class:`LoadedRNN` holds
a loaded network with it, ready for :mod:`aigc_dash.generation.text`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import torch
from torch import nn

ARCHITECTURE = "CharRNN (embedding -> GRU -> linear)"
POEM_END = "\n\n"  # a blank line ends a poem; generation starts after it


@dataclass(frozen=True)
class RNNConfig:
    """The shapes of the poem GRU; saved as the ``config.json`` beside its weights."""

    vocab_size: int
    embed: int = 96
    hidden: int = 256
    layers: int = 2
    dropout: float = 0.2  # between GRU layers and before the head (training only)
    poem_end: str = POEM_END

    def __post_init__(self) -> None:
        if min(self.vocab_size, self.embed, self.hidden, self.layers) < 1:
            raise ValueError("vocab_size, embed, hidden and layers must be positive")

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RNNConfig:
        """From a saved ``config.json``."""
        return cls(
            vocab_size=int(data["vocab_size"]),
            embed=int(data["embed"]),
            hidden=int(data["hidden"]),
            layers=int(data["layers"]),
            dropout=float(data.get("dropout", 0.0)),
            poem_end=str(data.get("poem_end", POEM_END)),
        )

    def to_json(self) -> dict[str, Any]:
        """The ``config.json`` written beside the weights (keys as in the bundled file)."""
        return {
            "architecture": ARCHITECTURE,
            "embed": self.embed,
            "hidden": self.hidden,
            "layers": self.layers,
            "dropout": self.dropout,
            "vocab_size": self.vocab_size,
            "poem_end": self.poem_end,
        }


class CharRNN(nn.Module):
    """Embedding -> multi-layer GRU -> linear over the character vocabulary."""

    def __init__(self, config: RNNConfig):
        super().__init__()
        self.config = config
        self.embed = nn.Embedding(config.vocab_size, config.embed)
        self.gru = nn.GRU(
            config.embed,
            config.hidden,
            config.layers,
            batch_first=True,
            dropout=config.dropout if config.layers > 1 else 0.0,
        )
        self.drop = nn.Dropout(config.dropout)
        self.head = nn.Linear(config.hidden, config.vocab_size)

    def forward(self, x: torch.Tensor, h: torch.Tensor | None = None):
        """Logits of shape (batch, time, vocab) and the new hidden state."""
        y, h = self.gru(self.embed(x), h)
        return self.head(self.drop(y)), h


@dataclass
class LoadedRNN:
    """A trained :class:`CharRNN` with its vocabulary (``vocab[i]`` is id ``i``'s character)."""

    net: CharRNN
    vocab: list[str]
    stoi: dict[str, int]
    config: RNNConfig
