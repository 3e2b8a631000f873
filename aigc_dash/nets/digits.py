"""Pixel and label conventions shared by the digit networks (no torch, no data).

Images are 28x28 with one channel. On disk and on screen they are uint8 (0 = black
background, 255 = ink); the networks see float32 in [-1, 1] (``uint8 / 127.5 - 1``) and
the generators end in ``tanh``. Labels are the digits 0-9; the diffusion model's extra
label :data:`NULL_CLASS` means "any digit" (classifier-free guidance).
"""

from __future__ import annotations

import numpy as np

IMAGE_SIZE = 28
CHANNELS = 1
N_CLASSES = 10
NULL_CLASS = N_CLASSES  # "no class": the unconditional label of the diffusion model
PIXEL_RANGE = (-1.0, 1.0)  # what the networks see and the generators output
INPUT_NOTE = "uint8 / 127.5 - 1"  # how a classifier's input is made (saved in its config)
OUTPUT_NOTE = "tanh, [-1, 1]"  # what a generator outputs (saved in its config)


def to_unit(images: np.ndarray) -> np.ndarray:
    """uint8 [0, 255] -> float32 [-1, 1] (the range the networks work in)."""
    return images.astype(np.float32) / 127.5 - 1.0


def from_unit(x: np.ndarray) -> np.ndarray:
    """float [-1, 1] -> uint8 [0, 255] (rounded, clipped)."""
    return np.clip((np.asarray(x, dtype=np.float32) + 1.0) * 127.5 + 0.5, 0, 255).astype(np.uint8)
