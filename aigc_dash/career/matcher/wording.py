"""The matcher's sentences: dimension names, reasons, gaps and risk mismatches in zh / en."""

from __future__ import annotations

import re

from aigc_dash.career.course import FtReading
from aigc_dash.career.matcher.query import format_value
from aigc_dash.career.matcher.scoring import Gap, Reason, RiskMismatch
from aigc_dash.core.i18n import t


def dim_label(dim: str, lang: str) -> str:
    """A dimension's name in ``lang``."""
    return t(f"matcher_dim_{dim}", lang)


def _skill_in_sentence(dim: str, lang: str) -> str:
    label = dim_label(dim, lang)
    return label[:1].lower() + label[1:] if lang == "en" else label


# How the risk-fit reason words the distance between risk appetite and tolerance (0-10 steps):
# up to RISK_MATCH it "matches", up to RISK_CLOSE it is "close", beyond that (still within one
# rubric level, or it would be a risk mismatch) it is "far".
RISK_MATCH = 0.5
RISK_CLOSE = 1.5


def risk_grade(person: float, tolerance: float) -> str:
    """``match``, ``close`` or ``far``: the wording for a risk appetite against a tolerance."""
    gap = abs(person - tolerance)
    if gap <= RISK_MATCH:
        return "match"
    return "close" if gap <= RISK_CLOSE else "far"


def describe_reason(reason: Reason, lang: str) -> str:
    """One reason as a sentence (the risk fit worded by how far apart the two are)."""
    if reason.kind == "risk_fit":
        return t(
            f"matcher_reason_risk_fit_{risk_grade(reason.person, reason.required)}",
            lang,
            person=format_value(reason.person),
            tolerance=format_value(reason.required),
            gap=format_value(abs(reason.person - reason.required)),
        )
    return t(
        f"matcher_reason_{reason.kind}",
        lang,
        skill=_skill_in_sentence(reason.skill or "", lang),
        person=format_value(reason.person),
        required=format_value(reason.required),
    )


def describe_gap(gap: Gap, lang: str, link: bool = False) -> str:
    """One gap as a sentence, naming what to learn first (as a Markdown link if ``link``)."""
    text = t(
        "matcher_gap_skill",
        lang,
        skill=dim_label(gap.skill, lang),
        person=format_value(gap.person),
        required=format_value(gap.required),
        shortfall=format_value(gap.shortfall),
        points=f"{gap.points:.1f}",
    )
    if gap.resource is not None:
        sep = "" if lang == "zh" else " "
        title = gap.resource.title
        if link:
            title = f"[{_md_escape(title)}]({gap.resource.url})"
        text += sep + t("matcher_gap_learn", lang, title=title)
    return text


def describe_risk(mismatch: RiskMismatch, lang: str) -> str:
    """A risk mismatch as a sentence."""
    return t(
        f"matcher_risk_{mismatch.direction}",
        lang,
        person=format_value(mismatch.person),
        tolerance=format_value(mismatch.tolerance),
        level=mismatch.fault_tolerance,
        points=f"{mismatch.points:.0f}",
    )


def describe_course_reading(reading: FtReading | None, lang: str) -> str:
    """The course notes' fault-tolerance reading of a role beside ours, or that they do not
    rate it (``reading`` from :func:`aigc_dash.career.course.ft_readings`)."""
    if reading is None:
        return ""
    if reading.course is None:
        return t("course_ft_reason_unrated", lang, level=reading.ours)
    relation = "agree" if reading.agrees else "differ"
    return t(
        "course_ft_reason_course",
        lang,
        rating=t(f"course_ft_rating_{reading.course}", lang),
        says=reading.course_says.rstrip("。."),
        level=reading.ours,
        relation=t(f"course_ft_relation_{relation}", lang),
        compare=reading.compare,
    )


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", text)
