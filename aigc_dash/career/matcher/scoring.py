"""Matcher scoring: a person's risk appetite and skills against every AIGC role (pure, no streamlit).

A *profile* is seven slider values on a 0-10 scale: risk appetite (0 = "mistakes bother me,
I want it right first time", 10 = "I like to experiment; a mistake is just the next try")
and the six skills of :data:`aigc_dash.career.data.SKILL_DIMENSIONS`. A *role* has a required level
0-10 for each skill and our editorial fault-tolerance rating 1-5, put on the slider scale as
``(fault_tolerance - 1) * 2.5`` (1 -> 0, 3 -> 5, 5 -> 10).

Scoring formula (all terms in points; the score is clipped to 0-100)::

    score = 100 - RISK_POINTS * |risk - tolerance|
                - sum_j a_j * max(need_j - skill_j, 0)        (shortfall)
                - sum_j b_j * max(skill_j - need_j, 0)        (surplus)

    a_j = SHORTFALL_POINTS * need_j / sum_k need_k
    b_j = SURPLUS_POINTS / 6 * max(0, 1 - need_j / CORE_NEED)

* Risk fit is the most prominent single term: each step between your risk appetite and the
  role's fault tolerance costs :data:`RISK_POINTS` points (up to 50).
* A shortfall costs in proportion to how much the role needs that skill: a role's ``a_j``
  add up to :data:`SHORTFALL_POINTS`, so being one level short on everything costs 10 points.
* A surplus costs only on skills the role needs little (below :data:`CORE_NEED`), and very
  little: it means strengths that this role would leave unused. On a skill the role needs
  at :data:`CORE_NEED` or more a surplus costs nothing, so raising such a skill never lowers
  the role's score; raising any skill up to the role's level never lowers it either.
* Per level, a shortfall always costs more than a surplus on the same skill (``a_j > b_j``
  whenever the role needs the skill at all, because the needs add up to at most 60).
* A profile equal to a role's requirements (risk = its tolerance) scores exactly 100 for it.

Everything works on numpy arrays, so thousands of jittered profiles are scored at once
(:func:`robustness`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from aigc_dash.career.data import SKILL_DIMENSIONS

FORMULA_VERSION = "1"
SLIDER_MIN = 0.0
SLIDER_MAX = 10.0
SLIDER_STEP = 0.5
RISK_POINTS = 5.0  # points per slider step between risk appetite and fault tolerance
SHORTFALL_POINTS = 10.0  # points per level of need-weighted shortfall
SURPLUS_POINTS = 1.0  # points per level of surplus on a skill the role does not need
CORE_NEED = 5.0  # a role "needs" a skill at this level or above; surplus there is free
RISK_FIT_STEPS = 2.5  # within one rubric level: the risk fit is a reason, beyond it a gap
DEFAULT_LEVEL = 5.0

# Profile dimensions in array order: risk first, then the skills.
DIMENSIONS: tuple[str, ...] = ("risk", *SKILL_DIMENSIONS)


@dataclass(frozen=True)
class Profile:
    """A person: risk appetite and six skills, each 0-10."""

    risk: float = DEFAULT_LEVEL
    math: float = DEFAULT_LEVEL
    programming: float = DEFAULT_LEVEL
    ml: float = DEFAULT_LEVEL
    rigor: float = DEFAULT_LEVEL
    creativity: float = DEFAULT_LEVEL
    communication: float = DEFAULT_LEVEL

    def as_array(self) -> np.ndarray:
        """The seven values in :data:`DIMENSIONS` order, shape ``(7,)``."""
        return np.array([getattr(self, d) for d in DIMENSIONS], dtype=float)

    def as_dict(self) -> dict[str, float]:
        """``{dimension: value}`` in :data:`DIMENSIONS` order."""
        return {d: float(getattr(self, d)) for d in DIMENSIONS}

    def skill(self, dim: str) -> float:
        """The level of one skill dimension."""
        return float(getattr(self, dim))

    @classmethod
    def from_mapping(cls, values: Mapping[str, float]) -> Profile:
        """A profile from ``{dimension: value}`` (missing dimensions get the default, all clamped)."""
        return cls(**{d: snap(values.get(d, DEFAULT_LEVEL)) for d in DIMENSIONS})

    @classmethod
    def from_array(cls, values: Sequence[float] | np.ndarray) -> Profile:
        """A profile from seven values in :data:`DIMENSIONS` order (clamped to the slider scale)."""
        return cls(**{d: snap(v) for d, v in zip(DIMENSIONS, values, strict=True)})


def snap(value: float) -> float:
    """Clamp to 0-10 and round to the slider step (0.5); NaN becomes the default."""
    value = float(value)
    if math.isnan(value):
        return DEFAULT_LEVEL
    value = min(max(value, SLIDER_MIN), SLIDER_MAX)
    return round(value / SLIDER_STEP) * SLIDER_STEP


PRESETS: dict[str, Profile] = {
    "student": Profile(risk=6, math=5, programming=4, ml=3, rigor=5, creativity=6, communication=5),
    "designer": Profile(
        risk=8, math=2, programming=2, ml=2, rigor=5, creativity=9, communication=7
    ),
    "software_engineer": Profile(
        risk=3, math=6, programming=9, ml=4, rigor=8, creativity=4, communication=5
    ),
    "career_changer": Profile(
        risk=5, math=3, programming=2, ml=2, rigor=6, creativity=5, communication=8
    ),
}


# --- roles -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Resource:
    """A learning resource of a role."""

    title: str
    url: str


def parse_resources(text: str) -> tuple[Resource, ...]:
    """Parse ``"title|url; title|url"``; malformed entries are skipped."""
    out: list[Resource] = []
    for part in str(text or "").split(";"):
        title, sep, url = part.strip().rpartition("|")
        if sep and title.strip() and url.strip().startswith(("http://", "https://")):
            out.append(Resource(title.strip(), url.strip()))
    return tuple(out)


def tolerance_to_slider(fault_tolerance: float | np.ndarray) -> Any:
    """Editorial fault tolerance 1-5 on the 0-10 risk-appetite scale: ``(ft - 1) * 2.5``."""
    return (np.asarray(fault_tolerance, dtype=float) - 1.0) * 2.5


@dataclass(frozen=True)
class RoleMatrix:
    """The roles table as arrays, with the per-role weights of the formula precomputed."""

    role_ids: tuple[str, ...]
    needs: np.ndarray  # (R, 6) required level of each skill
    tolerance: np.ndarray  # (R,) fault tolerance on the 0-10 slider scale
    fault_tolerance: np.ndarray  # (R,) the editorial 1-5 rating
    resources: tuple[tuple[Resource, ...], ...]
    shortfall_w: np.ndarray = field(repr=False)  # (R, 6) a_j
    surplus_w: np.ndarray = field(repr=False)  # (R, 6) b_j
    # skill -> the first thing to learn for it when none of a role's own resources is about it
    skill_resources: Mapping[str, Resource] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.role_ids)

    def index(self, role_id: str) -> int:
        """Row of ``role_id``."""
        return self.role_ids.index(role_id)

    def requirement_profile(self, role_id: str) -> Profile:
        """The profile that equals a role's requirements (risk = its tolerance)."""
        i = self.index(role_id)
        return Profile.from_array([self.tolerance[i], *self.needs[i]])


def skill_resources(table: pd.DataFrame, resources: pd.DataFrame) -> dict[str, Resource]:
    """Skill -> its first learning resource, from ``skill_resources.csv`` (skill, resource_id)
    joined with ``resources.csv`` (name, url); ids missing from the resources are skipped."""
    by_id = {r["resource_id"]: r for r in resources.to_dict("records")}
    return {
        str(row["skill"]): Resource(str(by_id[rid]["name"]), str(by_id[rid]["url"]))
        for row in table.to_dict("records")
        if (rid := row["resource_id"]) in by_id
    }


def role_matrix(
    roles: pd.DataFrame, skill_resources: Mapping[str, Resource] | None = None
) -> RoleMatrix:
    """Build the scoring arrays from the (validated) roles table; ``skill_resources`` gives a
    gap's "learn first" when none of the role's own resources is about that skill."""
    needs = roles[[f"skill_{d}" for d in SKILL_DIMENSIONS]].to_numpy(dtype=float)
    needs = np.clip(needs, SLIDER_MIN, SLIDER_MAX)
    ft = np.clip(roles["fault_tolerance"].to_numpy(dtype=float), 1.0, 5.0)
    total = np.maximum(needs.sum(axis=1, keepdims=True), 1.0)
    shortfall_w = SHORTFALL_POINTS * needs / total
    surplus_w = SURPLUS_POINTS / len(SKILL_DIMENSIONS) * np.clip(1.0 - needs / CORE_NEED, 0, 1)
    resources = tuple(parse_resources(r) for r in roles.get("resources", [""] * len(roles)))
    return RoleMatrix(
        role_ids=tuple(str(r) for r in roles["role_id"]),
        needs=needs,
        tolerance=tolerance_to_slider(ft),
        fault_tolerance=ft,
        resources=resources,
        shortfall_w=shortfall_w,
        surplus_w=surplus_w,
        skill_resources=dict(skill_resources or {}),
    )


# --- scoring -----------------------------------------------------------------------------


def _costs(profiles: np.ndarray, roles: RoleMatrix) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Risk, shortfall and surplus costs; profiles ``(N, 7)`` -> ``(N, R)``, ``(N, R, 6)`` x2."""
    risk = profiles[:, :1]  # (N, 1)
    skills = profiles[:, None, 1:]  # (N, 1, 6)
    diff = roles.needs[None, :, :] - skills  # (N, R, 6): positive = shortfall
    risk_cost = RISK_POINTS * np.abs(risk - roles.tolerance[None, :])
    short_cost = np.maximum(diff, 0.0) * roles.shortfall_w[None]
    surplus_cost = np.maximum(-diff, 0.0) * roles.surplus_w[None]
    return risk_cost, short_cost, surplus_cost


def score_matrix(profiles: np.ndarray, roles: RoleMatrix) -> np.ndarray:
    """Scores 0-100: ``(N, 7)`` profiles -> ``(N, R)``; a single ``(7,)`` profile -> ``(R,)``."""
    arr = np.asarray(profiles, dtype=float)
    single = arr.ndim == 1
    arr = np.atleast_2d(arr)
    # Same formula as _costs, with one (N, R, 6) temporary: surplus = shortfall - diff, so
    # sum_j b_j * surplus_j = sum_j b_j * shortfall_j - sum_j b_j * need_j + skills @ b.
    skills = arr[:, 1:]
    short = roles.needs[None, :, :] - skills[:, None, :]
    np.maximum(short, 0.0, out=short)
    cost = RISK_POINTS * np.abs(arr[:, :1] - roles.tolerance[None, :])
    cost += np.einsum("nrj,rj->nr", short, roles.shortfall_w + roles.surplus_w)
    cost -= (roles.needs * roles.surplus_w).sum(axis=1)[None, :]
    cost += skills @ roles.surplus_w.T
    scores = np.clip(100.0 - cost, 0.0, 100.0)
    return scores[0] if single else scores


def ranks_of(scores: np.ndarray) -> np.ndarray:
    """1-based ranks along the last axis (highest score = 1; ties keep table order)."""
    order = np.argsort(-scores, axis=-1, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, scores.shape[-1] + 1), axis=-1)
    return ranks


# --- reasons and gaps --------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """One strong contribution to a role's score.

    ``kind``: ``risk_fit`` (risk appetite close to the role's tolerance), ``skill_covered``
    (a skill the role needs is at or above its level) or ``skill_close`` (within one level).
    ``points``: the points this part of the fit keeps (what it would cost if it were absent).
    """

    kind: str
    skill: str | None
    person: float
    required: float
    points: float


@dataclass(frozen=True)
class Gap:
    """A skill the person lacks for a role: by how much, the points it costs, what to learn."""

    skill: str
    person: float
    required: float
    shortfall: float
    points: float
    resource: Resource | None


@dataclass(frozen=True)
class RiskMismatch:
    """Risk appetite more than one rubric level away from the role's fault tolerance.

    ``direction``: ``stricter`` (the role forgives fewer mistakes than you would like) or
    ``looser`` (the role asks for more trial and error than you are comfortable with).
    """

    direction: str
    person: float
    tolerance: float
    fault_tolerance: int
    points: float


@dataclass(frozen=True)
class RoleMatch:
    """One role's result for a profile."""

    role_id: str
    rank: int
    score: float
    risk_points: float  # points lost to the risk distance
    shortfall_points: float  # points lost to shortfalls
    surplus_points: float  # points lost to surpluses
    reasons: tuple[Reason, ...]
    gaps: tuple[Gap, ...]
    risk_mismatch: RiskMismatch | None


# Keywords that tie a learning resource to a skill (matched in its title, case-insensitive).
RESOURCE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "math": (r"\bmath", r"algebra", r"statistic", r"calculus", r"probabilit", "数学", "统计"),
    "programming": (
        r"python",
        r"\bprogramm",
        r"\bcod(e|ers|ing)\b",
        r"pytorch",
        r"\bapi\b",
        r"spark",
        r"\bdbt\b",
        r"langchain",
        "编程",
    ),
    "ml": (
        r"machine learning",
        r"deep learning",
        r"neural",
        r"\bllm\b",
        r"diffusion",
        r"\bml\b",
        r"mlops",
        "深度学习",
        "机器学习",
    ),
    "rigor": (
        r"\btest",
        r"evaluat",
        r"quality",
        r"risk management",
        r"data-centric",
        r"\blabel",
        r"pipeline",
        "测试",
        "评估",
    ),
    "creativity": (r"prompt", r"writ", r"design", r"storytell", "写作", "创意"),
    "communication": (
        r"product",
        r"human-ai",
        r"people \+ ai",
        r"guidebook",
        r"everyone",
        r"principles",
        "沟通",
        "产品",
    ),
}


def resource_for(
    skill: str, resources: Sequence[Resource], fallback: Resource | None = None
) -> Resource | None:
    """What to learn first for a gap in ``skill``: the role's first resource whose title points
    at the skill, else ``fallback`` (the skill's own resource). Never an unrelated resource of
    the role (a creativity gap must not send anyone to a data tool's manual)."""
    for res in resources:
        title = res.title.lower()
        if any(re.search(pat, title) for pat in RESOURCE_KEYWORDS.get(skill, ())):
            return res
    return fallback


def _reasons(
    profile: np.ndarray, roles: RoleMatrix, i: int, risk_cost: float, limit: int = 3
) -> tuple[Reason, ...]:
    found: list[Reason] = []
    dist = abs(profile[0] - roles.tolerance[i])
    if dist <= RISK_FIT_STEPS:
        kept = RISK_POINTS * SLIDER_MAX - risk_cost
        found.append(Reason("risk_fit", None, float(profile[0]), float(roles.tolerance[i]), kept))
    for j, dim in enumerate(SKILL_DIMENSIONS):
        need, have = roles.needs[i, j], profile[1 + j]
        if need < CORE_NEED:
            continue
        kept = float(roles.shortfall_w[i, j] * min(have, need))
        if have >= need:
            found.append(Reason("skill_covered", dim, float(have), float(need), kept))
        elif have >= need - 1:
            found.append(Reason("skill_close", dim, float(have), float(need), kept))
    found.sort(key=lambda r: -r.points)
    return tuple(found[:limit])


def _gaps(
    profile: np.ndarray, roles: RoleMatrix, i: int, short_cost: np.ndarray, limit: int = 3
) -> tuple[Gap, ...]:
    gaps: list[Gap] = []
    for j, dim in enumerate(SKILL_DIMENSIONS):
        need, have = roles.needs[i, j], profile[1 + j]
        if need - have >= SLIDER_STEP:
            gaps.append(
                Gap(
                    dim,
                    float(have),
                    float(need),
                    float(need - have),
                    float(short_cost[j]),
                    resource_for(dim, roles.resources[i], roles.skill_resources.get(dim)),
                )
            )
    gaps.sort(key=lambda g: (-g.points, -g.shortfall))
    return tuple(gaps[:limit])


def match(profile: Profile, roles: RoleMatrix) -> list[RoleMatch]:
    """Every role scored for ``profile``, best first, with its strongest reasons and gaps."""
    arr = profile.as_array()
    risk_cost, short_cost, surplus_cost = (c[0] for c in _costs(arr[None, :], roles))
    scores = np.clip(100.0 - risk_cost - short_cost.sum(-1) - surplus_cost.sum(-1), 0.0, 100.0)
    ranks = ranks_of(scores)
    out: list[RoleMatch] = []
    for i in np.argsort(ranks):
        mismatch = None
        delta = float(roles.tolerance[i] - arr[0])
        if abs(delta) > RISK_FIT_STEPS:
            mismatch = RiskMismatch(
                "stricter" if delta < 0 else "looser",
                float(arr[0]),
                float(roles.tolerance[i]),
                int(roles.fault_tolerance[i]),
                float(risk_cost[i]),
            )
        out.append(
            RoleMatch(
                role_id=roles.role_ids[i],
                rank=int(ranks[i]),
                score=float(scores[i]),
                risk_points=float(risk_cost[i]),
                shortfall_points=float(short_cost[i].sum()),
                surplus_points=float(surplus_cost[i].sum()),
                reasons=_reasons(arr, roles, int(i), float(risk_cost[i])),
                gaps=_gaps(arr, roles, int(i), short_cost[i]),
                risk_mismatch=mismatch,
            )
        )
    return out


# --- robustness --------------------------------------------------------------------------


@dataclass(frozen=True)
class Robustness:
    """How stable the recommendation is.

    ``top1_share[r]``: fraction of jittered profiles (every slider moved uniformly by up to
    ``jitter``, clipped to 0-10) for which role ``r`` scores highest. ``sweep_*``: the
    scores and ranks of every role as risk appetite alone goes from 0 to 10.
    """

    role_ids: tuple[str, ...]
    top1_share: np.ndarray  # (R,)
    samples: int
    jitter: float
    seed: int
    sweep_risk: np.ndarray  # (K,)
    sweep_scores: np.ndarray  # (K, R)
    sweep_ranks: np.ndarray  # (K, R) 1-based


def robustness(
    profile: Profile,
    roles: RoleMatrix,
    samples: int = 5000,
    jitter: float = 1.0,
    seed: int = 0,
    sweep_points: int = 21,
    offset: np.ndarray | None = None,
) -> Robustness:
    """Top-1 frequency under seeded jitter of every slider, and the ranking across risk 0-10.

    ``offset`` (one number per role) is added to every score before ranking, clipped to
    0-100: an optional term that does not depend on the profile (it is not jittered)."""

    def scored(profiles: np.ndarray) -> np.ndarray:
        raw = score_matrix(profiles, roles)
        return raw if offset is None else np.clip(raw + offset[None, :], 0.0, 100.0)

    base = profile.as_array()
    rng = np.random.default_rng(seed)
    noisy = base[None, :] + rng.uniform(-jitter, jitter, size=(samples, base.size))
    np.clip(noisy, SLIDER_MIN, SLIDER_MAX, out=noisy)
    top = np.argmax(scored(noisy), axis=1)
    share = np.bincount(top, minlength=len(roles)) / max(samples, 1)
    sweep = np.linspace(SLIDER_MIN, SLIDER_MAX, sweep_points)
    grid = np.repeat(base[None, :], sweep_points, axis=0)
    grid[:, 0] = sweep
    sweep_scores = scored(grid)
    return Robustness(
        role_ids=roles.role_ids,
        top1_share=share,
        samples=samples,
        jitter=jitter,
        seed=seed,
        sweep_risk=sweep,
        sweep_scores=sweep_scores,
        sweep_ranks=ranks_of(sweep_scores),
    )
