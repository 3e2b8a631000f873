"""The matcher's questionnaire: ten statements answered 1-5, turned into slider values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from aigc_dash.career.matcher.scoring import Profile


@dataclass(frozen=True)
class Statement:
    """A questionnaire statement (answered 1-5, disagree..agree) feeding one dimension."""

    key: str  # i18n key of the statement text
    dim: str
    reverse: bool = False  # agreeing lowers the dimension


QUESTIONNAIRE: tuple[Statement, ...] = (
    Statement("matcher_q_try", "risk"),
    Statement("matcher_q_mistake_stress", "risk", reverse=True),
    Statement("matcher_q_checklist", "risk", reverse=True),
    Statement("matcher_q_math", "math"),
    Statement("matcher_q_code", "programming"),
    Statement("matcher_q_ml", "ml"),
    Statement("matcher_q_detail", "rigor"),
    Statement("matcher_q_ideas", "creativity"),
    Statement("matcher_q_writing", "creativity"),
    Statement("matcher_q_explain", "communication"),
)
ANSWER_MIN, ANSWER_MAX, ANSWER_NEUTRAL = 1, 5, 3


def questionnaire_profile(answers: Sequence[int | None]) -> Profile:
    """Slider values from answers 1-5 (one per :data:`QUESTIONNAIRE` statement).

    Each answer maps to 0-10 as ``(a - 1) * 2.5`` (reversed statements use ``6 - a``); a
    dimension is the mean of its statements. Missing or invalid answers count as neutral (3).
    """
    per_dim: dict[str, list[float]] = {}
    for i, stmt in enumerate(QUESTIONNAIRE):
        raw = answers[i] if i < len(answers) else None
        a = raw if isinstance(raw, int) and ANSWER_MIN <= raw <= ANSWER_MAX else ANSWER_NEUTRAL
        if stmt.reverse:
            a = ANSWER_MAX + ANSWER_MIN - a
        per_dim.setdefault(stmt.dim, []).append((a - 1) * 2.5)
    return Profile.from_mapping({d: float(np.mean(v)) for d, v in per_dim.items()})
