"""Loss functions worked step by step for the loss lab (pure numpy, no streamlit).

Parsing is strict: anything a user types is turned into numbers or into a
:class:`LossInputError` whose ``code`` is an i18n key the page shows in the user's language.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

MAX_VALUES = 100  # a calculator, not a data loader: longer lists get a message
PROB_TOLERANCE = 1e-6
EPS = 1e-12  # log(0) guard; reported to the user when it is needed


class LossInputError(ValueError):
    """Input the calculator cannot use. ``code`` is an i18n key; ``detail`` fills it in."""

    def __init__(self, code: str, **detail: object):
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}")


_SPLIT = re.compile(r"[\s,，;；、]+")


def parse_numbers(text: str, *, field_name: str) -> np.ndarray:
    """Parse ``"1, 0.5 2"`` (commas, Chinese commas, spaces or semicolons) into a float array."""
    if not isinstance(text, str):
        raise LossInputError("loss_err_empty", field=field_name)
    cleaned = text.strip().strip("[]()（）【】")
    if not cleaned:
        raise LossInputError("loss_err_empty", field=field_name)
    parts = [p for p in _SPLIT.split(cleaned) if p]
    if len(parts) > MAX_VALUES:
        raise LossInputError("loss_err_too_many", field=field_name, max=MAX_VALUES)
    values = []
    for part in parts:
        try:
            value = float(part)
        except ValueError:
            raise LossInputError("loss_err_not_number", field=field_name, token=part[:20]) from None
        if not math.isfinite(value):
            raise LossInputError("loss_err_not_number", field=field_name, token=part[:20])
        values.append(value)
    return np.asarray(values, dtype=float)


@dataclass
class Distribution:
    """A checked probability vector and what had to be done to it."""

    values: np.ndarray
    normalised: bool = False  # rescaled to sum to 1 (with the user's consent)
    original_sum: float = 1.0


def as_distribution(values: np.ndarray, *, field_name: str, normalise: bool) -> Distribution:
    """Check that ``values`` is a probability distribution, optionally rescaling it to sum to 1."""
    if np.any(values < 0):
        raise LossInputError("loss_err_negative", field=field_name)
    total = float(values.sum())
    if total <= 0:
        raise LossInputError("loss_err_zero_sum", field=field_name)
    if abs(total - 1.0) <= PROB_TOLERANCE:
        return Distribution(values, False, total)
    if not normalise:
        raise LossInputError("loss_err_not_sum_one", field=field_name, total=round(total, 6))
    return Distribution(values / total, True, total)


@dataclass
class CrossEntropyResult:
    """Cross-entropy H(p, q) = -Σ p_i ln q_i, with each term for the worked formula."""

    loss: float
    terms: list[float]
    p: Distribution
    q: Distribution
    clipped: bool = False  # some q_i was 0 where p_i > 0, so ln(q_i) used EPS
    notes: list[str] = field(default_factory=list)


def cross_entropy(true_text: str, pred_text: str, *, normalise: bool = False) -> CrossEntropyResult:
    """Cross-entropy (natural log) of the predicted distribution against the true one."""
    p_raw = parse_numbers(true_text, field_name="true")
    q_raw = parse_numbers(pred_text, field_name="pred")
    if len(p_raw) != len(q_raw):
        raise LossInputError("loss_err_length", n_true=len(p_raw), n_pred=len(q_raw))
    if len(p_raw) < 2:
        raise LossInputError("loss_err_too_few", field="true")
    p = as_distribution(p_raw, field_name="true", normalise=normalise)
    q = as_distribution(q_raw, field_name="pred", normalise=normalise)
    clipped = bool(np.any((q.values <= 0) & (p.values > 0)))
    terms = [
        float(-pi * math.log(max(qi, EPS))) if pi > 0 else 0.0
        for pi, qi in zip(p.values, q.values, strict=True)
    ]
    return CrossEntropyResult(float(sum(terms)), terms, p, q, clipped)


@dataclass
class RegressionResult:
    """MSE, MAE and Huber loss of predictions against targets, with per-item errors."""

    mse: float
    mae: float
    huber: float
    errors: list[float]
    squared: list[float]


def huber(errors: np.ndarray, delta: float = 1.0) -> np.ndarray:
    """Huber loss per item: quadratic within ``delta``, linear beyond it."""
    a = np.abs(errors)
    return np.where(a <= delta, 0.5 * a**2, delta * (a - 0.5 * delta))


def regression_losses(true_text: str, pred_text: str, *, delta: float = 1.0) -> RegressionResult:
    """MSE = mean((y - ŷ)²), plus MAE and Huber for comparison."""
    y = parse_numbers(true_text, field_name="true")
    y_hat = parse_numbers(pred_text, field_name="pred")
    if len(y) != len(y_hat):
        raise LossInputError("loss_err_length", n_true=len(y), n_pred=len(y_hat))
    errors = y - y_hat
    squared = errors**2
    return RegressionResult(
        mse=float(squared.mean()),
        mae=float(np.abs(errors).mean()),
        huber=float(huber(errors, delta).mean()),
        errors=[float(e) for e in errors],
        squared=[float(s) for s in squared],
    )


def loss_curves(
    max_error: float = 3.0, points: int = 121, delta: float = 1.0
) -> dict[str, list[float]]:
    """How each regression loss grows with the size of one error (for the comparison plot)."""
    e = np.linspace(0.0, max_error, points)
    return {
        "error": e.tolist(),
        "mse": (e**2).tolist(),
        "mae": e.tolist(),
        "huber": huber(e, delta).tolist(),
    }


def cross_entropy_curve(points: int = 99) -> dict[str, list[float]]:
    """-ln(q) for the probability q given to the true class: the cost of being confidently wrong."""
    q = np.linspace(0.01, 0.99, points)
    return {"q_true": q.tolist(), "loss": (-np.log(q)).tolist()}
