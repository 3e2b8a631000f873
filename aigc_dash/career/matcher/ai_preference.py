"""The career matcher's optional AI-applicability term (pure, no streamlit).

Imports only :mod:`.scoring` of the matcher (its URL table in :mod:`.query` declares the
setting).

"How much do you want to work where AI already does much of the job?" -- ``avoid``,
``neutral`` (don't mind: the default, and the term is off) or ``seek``. When set, each
role's 0-100 match score gains ``sign * PREFERENCE_POINTS * (percentile - 50) / 50`` points
(``sign`` -1 for avoid, +1 for seek; percentile = the role's AI applicability percentile
among all occupations, see :mod:`aigc_dash.career.exposure`), then is clipped to 0-100 again.
A role without data gets 0. With ``neutral`` the matches are returned unchanged, so the
ranking is exactly today's. The term is small on purpose (at most 5 points, one risk step)
and reported separately in the explanation and the exports: it is the user's preference, not
a forecast for the role.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from aigc_dash.career.exposure import format_rank
from aigc_dash.career.matcher.scoring import (
    Profile,
    Robustness,
    RoleMatch,
    RoleMatrix,
    ranks_of,
    robustness,
)
from aigc_dash.core.i18n import t
from aigc_dash.core.text import md_escape
from aigc_dash.core.urlstate import Setting

PREFERENCES: tuple[str, ...] = ("avoid", "neutral", "seek")
DEFAULT_PREFERENCE = "neutral"
PREFERENCE_POINTS = 5.0  # the most the term can add or take away (one risk-appetite step)
URL_KEY = "ai"  # the matcher page's query parameter (``?ai=seek``)
SETTING = "ai_pref"  # its name in the matcher's URL table (widget key ``matcher_ai_pref``)
URL_SETTING = Setting(
    SETTING, "choice", DEFAULT_PREFERENCE, choices=PREFERENCES, key=URL_KEY, ignore_case=True
)
SIGN: dict[str, float] = {"avoid": -1.0, "neutral": 0.0, "seek": 1.0}


def parse_preference(raw: object) -> str:
    """A preference from a URL or widget value; anything unknown is ``neutral`` (off)."""
    if isinstance(raw, (list, tuple)):
        raw = raw[-1] if raw else ""
    value = str(raw or "").strip().lower()[:16]
    return value if value in PREFERENCES else DEFAULT_PREFERENCE


def is_on(preference: str) -> bool:
    """Whether the term changes anything."""
    return SIGN.get(preference, 0.0) != 0.0


def term_points(percentiles: np.ndarray | Sequence[float], preference: str) -> np.ndarray:
    """Points per role: ``sign * PREFERENCE_POINTS * (pct - 50) / 50``; NaN (no data) -> 0."""
    pct = np.asarray(percentiles, dtype=float)
    sign = SIGN.get(preference, 0.0)
    if sign == 0.0:
        return np.zeros_like(pct)
    points = sign * PREFERENCE_POINTS * (np.clip(pct, 0.0, 100.0) - 50.0) / 50.0
    return np.where(np.isnan(points), 0.0, points)


@dataclass(frozen=True)
class PreferenceTerm:
    """One role's preference term: its points and the percentile behind them."""

    role_id: str
    points: float
    percentile: float | None  # None: no exposure data for the role


def terms_for(
    roles: RoleMatrix, percentiles: Mapping[str, float], preference: str
) -> dict[str, PreferenceTerm]:
    """``{role_id: term}`` for every role of ``roles`` (percentiles keyed by role id)."""
    pct = np.array([percentiles.get(r, np.nan) for r in roles.role_ids], dtype=float)
    points = term_points(pct, preference)
    return {
        rid: PreferenceTerm(rid, float(points[i]), None if np.isnan(pct[i]) else float(pct[i]))
        for i, rid in enumerate(roles.role_ids)
    }


def _vector(roles: RoleMatrix, terms: Mapping[str, PreferenceTerm]) -> np.ndarray:
    return np.array([terms[r].points if r in terms else 0.0 for r in roles.role_ids])


def apply(
    matches: Sequence[RoleMatch], roles: RoleMatrix, terms: Mapping[str, PreferenceTerm]
) -> list[RoleMatch]:
    """The matches re-scored with the term and re-ranked (best first).

    All-zero terms (``neutral``) return the matches unchanged.
    """
    vec = _vector(roles, terms)
    if not vec.any():
        return list(matches)
    by_id = {m.role_id: m for m in matches}
    base = np.array([by_id[r].score for r in roles.role_ids], dtype=float)
    scores = np.clip(base + vec, 0.0, 100.0)
    ranks = ranks_of(scores)
    out = [
        replace(by_id[r], score=float(scores[i]), rank=int(ranks[i]))
        for i, r in enumerate(roles.role_ids)
    ]
    return sorted(out, key=lambda m: m.rank)


def robustness_with(
    profile: Profile,
    roles: RoleMatrix,
    terms: Mapping[str, PreferenceTerm],
    samples: int = 5000,
    jitter: float = 1.0,
    seed: int = 0,
    sweep_points: int = 21,
) -> Robustness:
    """The matcher's robustness check with the term added to every jittered profile's scores.

    The same seeded jitter and risk sweep as :func:`aigc_dash.career.matcher.robustness`
    (which it returns unchanged when the term is off); the preference itself is not jittered.
    """
    vec = _vector(roles, terms)
    offset = vec if vec.any() else None
    return robustness(profile, roles, samples, jitter, seed, sweep_points, offset=offset)


# --- text and export ----------------------------------------------------------------------


def choice_label(preference: str, lang: str) -> str:
    """The control's label for a preference."""
    return t(f"exposure_pref_{parse_preference(preference)}", lang)


def describe_term(term: PreferenceTerm | None, preference: str, lang: str) -> str:
    """One role's term as a labelled sentence (for the explanation)."""
    if term is None or term.percentile is None:
        return t("exposure_pref_term_none", lang)
    return t(
        "exposure_pref_term",
        lang,
        points=f"{term.points:+.1f}",
        pct=format_rank(term.percentile, lang),
        choice=choice_label(preference, lang),
    )


def formula_text(lang: str) -> str:
    """The term's formula, for the matcher's "how the score works" section and exports."""
    return t("exposure_pref_formula", lang, points=f"{PREFERENCE_POINTS:g}")


def extend_json(
    result: dict[str, Any], terms: Mapping[str, PreferenceTerm], preference: str, lang: str
) -> dict[str, Any]:
    """The matcher's JSON result with the term: a top-level section and one key per role."""
    out = dict(result)
    out["ai_applicability_preference"] = {
        "choice": parse_preference(preference),
        "on": is_on(preference),
        "max_points": PREFERENCE_POINTS,
        "formula": formula_text(lang),
    }
    out["ranking"] = [
        {
            **entry,
            "ai_preference": {
                "points": round(terms[entry["role_id"]].points, 2)
                if entry["role_id"] in terms
                else 0.0,
                "percentile": (
                    round(terms[entry["role_id"]].percentile, 1)  # type: ignore[arg-type]
                    if entry["role_id"] in terms and terms[entry["role_id"]].percentile is not None
                    else None
                ),
                "text": describe_term(terms.get(entry["role_id"]), preference, lang),
            },
        }
        for entry in result.get("ranking", [])
    ]
    return out


def extend_markdown(
    markdown: str,
    matches: Sequence[RoleMatch],
    terms: Mapping[str, PreferenceTerm],
    names: Mapping[str, str],
    preference: str,
    lang: str,
) -> str:
    """The matcher's Markdown report with a section on the term (its choice and every role)."""
    lines = [
        markdown.rstrip("\n"),
        "",
        f"## {t('exposure_pref_md_header', lang)}",
        "",
        t("exposure_pref_md_choice", lang, choice=choice_label(preference, lang)),
        "",
        formula_text(lang),
        "",
    ]
    if is_on(preference):
        lines += [f"`?{URL_KEY}={parse_preference(preference)}`", ""]
    for m in matches:
        name = md_escape(names.get(m.role_id, m.role_id))
        lines.append(f"- {name}: {describe_term(terms.get(m.role_id), preference, lang)}")
    lines.append("")
    return "\n".join(lines)
