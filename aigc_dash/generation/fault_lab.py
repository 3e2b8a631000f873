"""The fault-tolerance lab: how much error each bundled model absorbs before its results stop
being acceptable (seed 2.1: a system's ability to keep producing acceptable results when errors
occur). Every curve is measured on the real models with fixed seeds; nothing is simulated.

Models are never mutated: weight noise and lower precision work on deep copies, because the
loaded models are shared by every session. torch is imported inside the functions, so merely
importing this module stays light.
"""

from __future__ import annotations

import copy
import random
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

INPUT_NOISE_LEVELS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.75)
WEIGHT_NOISE_LEVELS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)  # × each tensor's spread
LATENT_NOISE_LEVELS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)
TYPO_RATES = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5)
LAB_DIGITS = 300  # held-out digits per measurement: enough for stable curves, fast on a CPU


@dataclass
class Curve:
    """Quality (0-1) at each error level, plus the level's meaning for the chart."""

    experiment: str  # i18n suffix: ft_exp_<experiment>
    levels: list[float]
    quality: list[float]
    extra: dict[str, list[float]] = field(default_factory=dict)

    @property
    def baseline(self) -> float:
        return self.quality[0]

    def tolerated_level(self, acceptable: float) -> float | None:
        """The largest error level whose quality is still at least ``acceptable`` (None: even 0 fails)."""
        ok = [lvl for lvl, q in zip(self.levels, self.quality, strict=True) if q >= acceptable]
        return max(ok) if ok else None


def lab_digits(n: int = LAB_DIGITS) -> tuple[np.ndarray, np.ndarray]:
    """A fixed, class-balanced slice of the held-out digits that no model trained on."""
    from aigc_dash.generation.digits import digits_split

    images, labels = digits_split("heldout")
    order = np.argsort(np.arange(len(labels)) % 100 * 10 + labels, kind="stable")[:n]
    return images[order], labels[order]


def _accuracy(classifier: Any, x, labels: np.ndarray) -> float:
    import torch

    with torch.inference_mode():
        pred = torch.cat([classifier(x[i : i + 256]).argmax(1) for i in range(0, len(x), 256)])
    return float((pred.numpy() == labels).mean())


def _unit_tensor(images: np.ndarray):
    import torch

    return torch.from_numpy(images.astype(np.float32) / 127.5 - 1.0).unsqueeze(1)


def classifier_input_noise(
    classifier: Any,
    images: np.ndarray,
    labels: np.ndarray,
    levels=INPUT_NOISE_LEVELS,
    seed: int = 0,
) -> Curve:
    """Gaussian noise of standard deviation σ (image range is [-1, 1]) added to every pixel."""
    import torch

    x = _unit_tensor(images)
    noise = torch.randn(x.shape, generator=torch.Generator().manual_seed(seed))
    # The same noise pattern, scaled: a larger σ is strictly more of the same error.
    quality = [_accuracy(classifier, (x + s * noise).clamp(-1, 1), labels) for s in levels]
    return Curve("clf_input", list(levels), quality)


def _noisy_copy(model: Any, sigma: float, seed: int) -> Any:
    """A deep copy whose weights get noise of σ times each tensor's own standard deviation."""
    import torch

    noisy = copy.deepcopy(model)
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for param in noisy.parameters():
            if param.numel() > 1:
                param.add_(torch.randn(param.shape, generator=gen) * param.std() * sigma)
    return noisy


def classifier_weight_noise(
    classifier: Any,
    images: np.ndarray,
    labels: np.ndarray,
    levels=WEIGHT_NOISE_LEVELS,
    seed: int = 0,
) -> Curve:
    """Relative Gaussian noise on every weight (σ × the tensor's spread), as from faulty memory."""
    x = _unit_tensor(images)
    quality = [
        _accuracy(classifier if s == 0 else _noisy_copy(classifier, s, seed), x, labels)
        for s in levels
    ]
    return Curve("clf_weights", list(levels), quality)


def _labels_of(generator: Any, classifier: Any, z) -> tuple[np.ndarray, np.ndarray]:
    import torch

    with torch.inference_mode():
        prob = torch.softmax(classifier(generator(z)), 1)
    conf, pred = prob.max(1)
    return pred.numpy(), conf.numpy()


def dcgan_latent_noise(
    generator: Any, classifier: Any, levels=LATENT_NOISE_LEVELS, n: int = 200, seed: int = 0
) -> Curve:
    """Noise added to the latent vector z: does the digit still read as the same digit?"""
    import torch

    gen = torch.Generator().manual_seed(seed)
    dim = generator.latent_dim
    z = torch.randn(n, dim, generator=gen)
    eps = torch.randn(n, dim, generator=gen)
    clean, _ = _labels_of(generator, classifier, z)
    quality, confident = [], []
    for s in levels:
        pred, conf = _labels_of(generator, classifier, z + s * eps)
        quality.append(float((pred == clean).mean()))
        confident.append(float((conf >= 0.9).mean()))
    return Curve("gan_latent", list(levels), quality, {"confident": confident})


def dcgan_weight_noise(
    generator: Any, classifier: Any, levels=WEIGHT_NOISE_LEVELS, n: int = 200, seed: int = 0
) -> Curve:
    """Relative noise on the generator's weights: do its digits still read as before?"""
    import torch

    dim = generator.latent_dim
    z = torch.randn(n, dim, generator=torch.Generator().manual_seed(seed))
    clean, _ = _labels_of(generator, classifier, z)
    quality, confident = [], []
    for s in levels:
        model = generator if s == 0 else _noisy_copy(generator, s, seed + 1)
        pred, conf = _labels_of(model, classifier, z)
        quality.append(float((pred == clean).mean()))
        confident.append(float((conf >= 0.9).mean()))
    return Curve("gan_weights", list(levels), quality, {"confident": confident})


def inject_typos(text: str, rate: float, seed: int = 0) -> str:
    """Replace, drop or swap letters at ``rate`` (a share of the letters), reproducibly."""
    rng = random.Random(seed)
    chars = list(text)
    letters = [i for i, ch in enumerate(chars) if ch.isalpha()]
    hits = sorted(rng.sample(letters, k=round(len(letters) * rate))) if letters else []
    for i in reversed(hits):
        action = rng.choice(("replace", "drop", "swap"))
        if action == "replace":
            chars[i] = rng.choice("abcdefghijklmnopqrstuvwxyz")
        elif action == "drop":
            del chars[i]
        elif i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def _next_token_probs(model: Any, tokenizer: Any, text: str):
    import torch

    ids = tokenizer(text, return_tensors="pt").input_ids[:, -model.config.n_positions :]
    with torch.inference_mode():
        return torch.softmax(model(ids).logits[0, -1].float(), -1)


def prompt_typos(
    model: Any, tokenizer: Any, prompt: str, rates=TYPO_RATES, repeats: int = 4, seed: int = 0
) -> Curve:
    """Typos in the prompt vs how much the next-token distribution stays the same.

    Quality is 1 − total-variation distance between the distributions after the clean and
    the typo'd prompt (1: unchanged, 0: nothing in common), averaged over ``repeats`` typo draws.
    """
    clean = _next_token_probs(model, tokenizer, prompt)
    quality, top1 = [], []
    for rate in rates:
        sims, same = [], []
        for r in range(repeats if rate > 0 else 1):
            probs = _next_token_probs(model, tokenizer, inject_typos(prompt, rate, seed + r))
            sims.append(1.0 - 0.5 * float((probs - clean).abs().sum()))
            same.append(float(int(probs.argmax()) == int(clean.argmax())))
        quality.append(float(np.mean(sims)))
        top1.append(float(np.mean(same)))
    return Curve("typos", list(rates), quality, {"top1_same": top1})


@dataclass
class PrecisionRow:
    """One numeric precision: accuracy, agreement with float32, and time for a batch of 100."""

    precision: str
    accuracy: float
    agreement: float
    ms_per_batch: float
    size_ratio: float  # weight bytes vs float32


def precision_table(
    classifier: Any, images: np.ndarray, labels: np.ndarray, repeats: int = 2, timed: int = 100
) -> list[PrecisionRow]:
    """The classifier in float32, float16 and dynamic int8 (its linear layers), on held-out digits."""
    import torch
    from torch import nn

    x32 = _unit_tensor(images)
    variants: list[tuple[str, Any, Any, float]] = [("float32", classifier, x32, 1.0)]
    variants.append(("float16", copy.deepcopy(classifier).half(), x32.half(), 0.5))
    try:
        from torch.ao.quantization import quantize_dynamic

        q = quantize_dynamic(copy.deepcopy(classifier), {nn.Linear}, dtype=torch.qint8)
        linear = sum(m.weight.numel() for m in classifier.modules() if isinstance(m, nn.Linear))
        total = sum(p.numel() for p in classifier.parameters())
        variants.append(("int8 (dynamic)", q, x32, 1 - 0.75 * linear / total))
    except (ImportError, RuntimeError):  # quantisation backends vary between torch builds
        pass
    reference = None
    rows = []
    for name, model, x, size in variants:
        with torch.inference_mode():
            pred = torch.cat([model(x[i : i + 256]).argmax(1) for i in range(0, len(x), 256)])
            start = time.perf_counter()  # timed on a smaller batch, after that warm-up pass
            for _ in range(repeats):
                model(x[:timed])
            ms = (time.perf_counter() - start) / repeats * 1000
        pred = pred.numpy()
        if reference is None:
            reference = pred
        rows.append(
            PrecisionRow(
                name, float((pred == labels).mean()), float((pred == reference).mean()), ms, size
            )
        )
    return rows
