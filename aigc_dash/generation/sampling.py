"""How a language model picks its next tokens: one typed value carried everywhere.

:class:`SamplingParams` holds the seven settings the app's text functions share (the names
are transformers' own), checks and clamps them once, and turns them into the keyword
arguments of ``pipeline(...)`` / ``model.generate``. No torch here: pages and the pure
playground import it freely.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

MIN_TEMPERATURE = 1e-3  # dividing logits by ~0 would overflow; this is already greedy-like
MAX_TEMPERATURE = 100.0
SEED_MODULUS = 2**32  # numpy's and most samplers' seed range; torch accepts it too


def _finite(name: str, value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, not {value!r}") from None
    if not math.isfinite(number):
        raise ValueError(f"{name} must be finite, not {value!r}")
    return number


@dataclass(frozen=True)
class SamplingParams:
    """Sampling settings (transformers' names), valid by construction.

    Non-numbers and NaN/inf raise ``ValueError``; numbers out of range are clamped:
    ``max_new_tokens >= 1`` (the model's context and ``text.MAX_NEW_TOKENS`` bound it further
    at generation time, where the result says so), ``temperature`` in
    ``[MIN_TEMPERATURE, MAX_TEMPERATURE]``, ``top_k >= 0`` (0 = off), ``top_p`` in
    ``(0, 1]`` (1 = off), ``repetition_penalty > 0`` (1 = off), ``seed`` taken modulo 2**32.
    ``do_sample=False`` is greedy decoding: temperature, top-k and top-p are then unused.
    """

    max_new_tokens: int = 50
    temperature: float = 0.8
    top_k: int = 50
    top_p: float = 0.95
    repetition_penalty: float = 1.0
    do_sample: bool = True
    seed: int = 0

    def __post_init__(self) -> None:
        clean = {
            "max_new_tokens": max(int(_finite("max_new_tokens", self.max_new_tokens)), 1),
            "temperature": min(
                max(_finite("temperature", self.temperature), MIN_TEMPERATURE), MAX_TEMPERATURE
            ),
            "top_k": max(int(_finite("top_k", self.top_k)), 0),
            "top_p": min(max(_finite("top_p", self.top_p), 1e-6), 1.0),
            "repetition_penalty": max(
                _finite("repetition_penalty", self.repetition_penalty), MIN_TEMPERATURE
            ),
            "do_sample": bool(self.do_sample),
            "seed": int(_finite("seed", self.seed)) % SEED_MODULUS,
        }
        for name, value in clean.items():  # frozen: normalise once, here
            object.__setattr__(self, name, value)

    @property
    def greedy(self) -> bool:
        return not self.do_sample

    def filtering(self) -> SamplingParams:
        """What the next-token filter applies: greedy keeps only the most likely token
        (top-k of 1 at temperature 1); sampling keeps its own settings."""
        if self.do_sample:
            return self
        return replace(self, temperature=1.0, top_k=1, top_p=1.0, do_sample=True)

    def to_generate_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for a text-generation ``pipeline`` call or ``model.generate``
        (the seed is not one of them: seed torch before the call). Greedy passes ``None``
        for the sampling settings, so a saved generation config cannot bring them back
        and transformers does not warn that they are unused."""
        kw: dict[str, Any] = {
            "max_new_tokens": self.max_new_tokens,
            "do_sample": self.do_sample,
            "repetition_penalty": self.repetition_penalty,
        }
        if self.do_sample:
            kw |= {"temperature": self.temperature, "top_k": self.top_k, "top_p": self.top_p}
        else:
            kw |= {"temperature": None, "top_k": None, "top_p": None}
        return kw


DEFAULT = SamplingParams()
"""The defaults of every text function taking a :class:`SamplingParams`."""

UNFILTERED = SamplingParams(temperature=1.0, top_k=0, top_p=1.0, repetition_penalty=1.0)
"""The model's own next-token distribution: no temperature, top-k, top-p or penalty."""
