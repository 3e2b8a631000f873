"""The matcher's sentences: dimension names, reasons, gaps and risk mismatches in zh / en."""

from __future__ import annotations

import re

from aigc_dash.career.matcher.query import format_value
from aigc_dash.career.matcher.scoring import Gap, Reason, RiskMismatch
from aigc_dash.core.i18n import t


def dim_label(dim: str, lang: str) -> str:
    """A dimension's name in ``lang``."""
    return t(f"matcher_dim_{dim}", lang)


def _skill_in_sentence(dim: str, lang: str) -> str:
    label = dim_label(dim, lang)
    return label[:1].lower() + label[1:] if lang == "en" else label


def describe_reason(reason: Reason, lang: str) -> str:
    """One reason as a sentence."""
    if reason.kind == "risk_fit":
        return t(
            "matcher_reason_risk_fit",
            lang,
            person=format_value(reason.person),
            tolerance=format_value(reason.required),
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


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", text)
