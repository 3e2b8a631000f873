"""How much generative AI touches each role: open, citable evidence beside the editorial rating.

Pure (no streamlit). Two sources, joined by US SOC code (see ``data/README.md``):

* **AI applicability** (Microsoft, Tomlinson et al. 2025): how much Bing Copilot
  conversations covered and completed an occupation's work activities (observed use, 2024).
  Scores are low in absolute terms (0-0.49), so the app shows a **percentile among all 785
  occupations**: the share of occupations scoring at or below it.
* **GPTs-are-GPTs β** (Eloundou et al. 2024): the share of an occupation's tasks an LLM could
  speed up by half, counting half of those that need extra tools (potential exposure,
  human-rated; the GPT-4 rating is kept beside it).

A role stands on 1-3 SOC codes, each ``primary``, ``secondary`` or ``proxy``. Its headline
number averages the scores of its primary codes (roles with no primary code, i.e. proxies
only, average all of them); the spread of all its codes is kept beside it. Neither number is
a risk of losing the job.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from aigc_dash.core.errors import DataError
from aigc_dash.core.i18n import pick, t
from aigc_dash.core.urlstate import Setting, SettingTable

ROLE_FILE = "role_exposure.csv"
N_OCCUPATIONS = 785  # occupations in the Microsoft table (a test checks the shipped file)
CAVEAT_KEYS: tuple[str, ...] = (
    "exposure_caveat_observed",
    "exposure_caveat_not_job_loss",
    "exposure_caveat_coding",
    "exposure_caveat_agree",
    "exposure_caveat_proxy",
)


@dataclass(frozen=True)
class Occupation:
    """One SOC occupation behind a role, with both sources' numbers."""

    soc_code: str
    soc_title: str
    mapping: str  # primary | secondary | proxy
    reason_zh: str
    reason_en: str
    onet_soc_code: str  # the O*NET occupation whose GPTs-are-GPTs rating is used
    onet_title: str
    score: float  # Microsoft AI applicability score, 0-1
    percentile: float  # of ``score`` among all occupations, 0-100
    beta_human: float  # GPTs-are-GPTs β, human-rated, 0-1
    beta_gpt4: float  # GPTs-are-GPTs β, GPT-4-rated, 0-1

    @property
    def is_proxy(self) -> bool:
        return self.mapping == "proxy"

    def reason(self, lang: str) -> str:
        """Why this occupation stands for the role, in ``lang``."""
        return pick({"reason_zh": self.reason_zh, "reason_en": self.reason_en}, "reason", lang)


@dataclass(frozen=True)
class RoleExposure:
    """A role's headline numbers, their spread and the occupations behind them."""

    role_id: str
    basis: str  # "primary": the headline averages its primary codes; "proxy": all (proxies)
    score: float  # headline applicability score (mean over the basis codes)
    percentile: float  # of the headline score among all occupations
    low: float  # lowest percentile of any of its codes
    high: float  # highest percentile of any of its codes
    beta_human: float  # mean β (human) over the basis codes
    beta_gpt4: float  # mean β (GPT-4) over the basis codes
    occupations: tuple[Occupation, ...]

    @property
    def all_proxy(self) -> bool:
        return self.basis == "proxy"


@dataclass(frozen=True)
class Exposure:
    """Every role's exposure and the distribution it is ranked against."""

    roles: dict[str, RoleExposure]
    scores: np.ndarray  # all occupations' scores, sorted ascending

    def percentile(self, score: float) -> float:
        """Percentile of ``score`` among all occupations (share at or below it, 0-100)."""
        return percentile_of(score, self.scores)

    def get(self, role_id: str) -> RoleExposure | None:
        """A role's exposure, or ``None`` when the data has no row for it."""
        return self.roles.get(role_id)

    def percentiles(self, role_ids: Iterable[str]) -> np.ndarray:
        """Headline percentiles in ``role_ids`` order; NaN for roles without data."""
        return np.array(
            [self.roles[r].percentile if r in self.roles else np.nan for r in role_ids],
            dtype=float,
        )


def percentile_of(score: float, sorted_scores: np.ndarray) -> float:
    """100 x the share of ``sorted_scores`` at or below ``score`` (ties count as below)."""
    if len(sorted_scores) == 0:
        return float("nan")
    at_or_below = np.searchsorted(sorted_scores, score, side="right")
    return float(100.0 * at_or_below / len(sorted_scores))


def build_exposure(role_table: pd.DataFrame, occupations: pd.DataFrame) -> Exposure:
    """Join the validated ``role_exposure`` and ``role_exposure_occupations`` tables.

    Raises :class:`DataError` when a role's SOC code is missing from the distribution or its
    title disagrees with it (the two files come from one build and must agree).
    """
    scores = np.sort(occupations["ai_applicability_score"].to_numpy(dtype=float))
    by_code = occupations.set_index("soc_code")
    grouped: dict[str, list[Occupation]] = {}
    for i, r in enumerate(role_table.to_dict("records"), start=1):
        code = r["soc_code"]
        if code not in by_code.index:
            raise DataError(ROLE_FILE, "soc_code", i, f"{code} is not in the occupations table")
        if by_code.at[code, "title"] != r["soc_title"]:
            raise DataError(ROLE_FILE, "soc_title", i, f"disagrees with the title of {code}")
        score = float(by_code.at[code, "ai_applicability_score"])  # type: ignore[arg-type]
        grouped.setdefault(r["role_id"], []).append(
            Occupation(
                soc_code=code,
                soc_title=r["soc_title"],
                mapping=r["mapping"],
                reason_zh=r["reason_zh"],
                reason_en=r["reason_en"],
                onet_soc_code=r["onet_soc_code"],
                onet_title=r["onet_title"],
                score=score,
                percentile=percentile_of(score, scores),
                beta_human=float(r["gpts_beta_human"]),
                beta_gpt4=float(r["gpts_beta_gpt4"]),
            )
        )
    roles = {rid: role_exposure(rid, occs, scores) for rid, occs in grouped.items()}
    return Exposure(roles=roles, scores=scores)


def role_exposure(
    role_id: str, occupations: list[Occupation], sorted_scores: np.ndarray
) -> RoleExposure:
    """A role's headline: the mean over its primary codes, or over all when all are proxies."""
    primary = [o for o in occupations if o.mapping == "primary"]
    basis = primary or occupations
    score = float(np.mean([o.score for o in basis]))
    pcts = [o.percentile for o in occupations]
    return RoleExposure(
        role_id=role_id,
        basis="primary" if primary else "proxy",
        score=score,
        percentile=percentile_of(score, sorted_scores),
        low=min(pcts),
        high=max(pcts),
        beta_human=float(np.mean([o.beta_human for o in basis])),
        beta_gpt4=float(np.mean([o.beta_gpt4 for o in basis])),
        occupations=tuple(occupations),
    )


def focus_setting(options: Iterable[str]) -> SettingTable:
    """The Roles page's exposure role in the URL: ``?exposure=<id>`` (default: the first)."""
    ids = tuple(options)
    return SettingTable(
        [Setting("exposure", "choice", ids[0] if ids else "", choices=ids)], notice_prefix="roles"
    )


def missing_roles(exposure: Exposure, role_ids: Iterable[str]) -> list[str]:
    """Roles of the roles table that have no exposure rows."""
    return [r for r in role_ids if r not in exposure.roles]


def format_percentile(value: float) -> str:
    """``96.43`` -> ``"96"``, rounded down (99.5 is not the top); NaN -> ``"–"``."""
    return "–" if value != value else str(math.floor(value))


def format_rank(value: float, lang: str) -> str:
    """A percentile as a rank word: ``"93rd"`` in English, ``"93"`` in Chinese (第 93 百分位)."""
    if value != value:
        return "–"
    n = math.floor(value)  # rounded down, like format_percentile
    if lang != "en":
        return str(n)
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def summary_rows(
    exposure: Exposure,
    names: Mapping[str, str],
    fault_tolerance: Mapping[str, int],
    lang: str,
) -> pd.DataFrame:
    """One row per role (table order of ``names``): the chart's and the table's data."""
    rows = []
    for rid, name in names.items():
        e = exposure.get(rid)
        if e is None:
            continue
        rows.append(
            {
                "role_id": rid,
                "name": name,
                "fault_tolerance": int(fault_tolerance.get(rid, 0)) or None,
                "percentile": round(e.percentile, 1),
                "low": round(e.low, 1),
                "high": round(e.high, 1),
                "score": round(e.score, 4),
                "beta_human": round(e.beta_human, 3),
                "beta_gpt4": round(e.beta_gpt4, 3),
                "basis": t(f"exposure_basis_{e.basis}", lang),
                "soc": "; ".join(
                    f"{o.soc_code} {o.soc_title} ({t(f'exposure_mapping_{o.mapping}', lang)})"
                    for o in e.occupations
                ),
            }
        )
    columns = [
        "role_id",
        "name",
        "fault_tolerance",
        "percentile",
        "low",
        "high",
        "score",
        "beta_human",
        "beta_gpt4",
        "basis",
        "soc",
    ]
    return pd.DataFrame(rows, columns=columns)


def occupation_rows(role: RoleExposure, lang: str) -> pd.DataFrame:
    """The SOC occupations behind one role, for its table (proxy named as such)."""
    rows = [
        {
            "soc_code": o.soc_code,
            "soc_title": o.soc_title,
            "mapping": t(f"exposure_mapping_{o.mapping}", lang),
            "percentile": round(o.percentile, 1),
            "score": round(o.score, 4),
            "beta_human": round(o.beta_human, 3),
            "beta_gpt4": round(o.beta_gpt4, 3),
            "onet": f"{o.onet_soc_code} {o.onet_title}",
            "reason": o.reason(lang),
        }
        for o in role.occupations
    ]
    columns = [
        "soc_code",
        "soc_title",
        "mapping",
        "percentile",
        "score",
        "beta_human",
        "beta_gpt4",
        "onet",
        "reason",
    ]
    return pd.DataFrame(rows, columns=columns)


def distribution(occupations: pd.DataFrame) -> pd.DataFrame:
    """All occupations with their percentile (for the chart's context strip), lowest first."""
    scores = np.sort(occupations["ai_applicability_score"].to_numpy(dtype=float))
    out = occupations[["soc_code", "title", "ai_applicability_score"]].copy()
    out["percentile"] = [percentile_of(s, scores) for s in out["ai_applicability_score"]]
    return out.sort_values(["percentile", "soc_code"], kind="stable").reset_index(drop=True)


def score_at_percentile(exposure: Exposure, pct: float) -> float:
    """The applicability score at a percentile (for the chart's reference lines)."""
    return float(np.percentile(exposure.scores, pct))


def caveats(lang: str) -> list[str]:
    """The caveats shown with every use of the numbers, in ``lang``."""
    return [t(key, lang) for key in CAVEAT_KEYS]
