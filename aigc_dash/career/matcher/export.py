"""The matcher's result as a download: JSON data or a Markdown report."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import Any

from aigc_dash.career.matcher.query import format_value, to_query
from aigc_dash.career.matcher.scoring import FORMULA_VERSION, Profile, Robustness, RoleMatch
from aigc_dash.career.matcher.wording import (
    _md_escape,
    describe_gap,
    describe_reason,
    describe_risk,
    dim_label,
)
from aigc_dash.core.i18n import t


def result_json(
    profile: Profile,
    matches: Sequence[RoleMatch],
    robust: Robustness,
    names: Mapping[str, str],
    lang: str,
) -> dict[str, Any]:
    """The result as plain JSON-able data (profile, ranking with reasons and gaps, robustness)."""
    share = dict(zip(robust.role_ids, robust.top1_share.tolist(), strict=True))
    return {
        "formula_version": FORMULA_VERSION,
        "lang": lang,
        "profile": profile.as_dict(),
        "url_params": to_query(profile),
        "ranking": [
            {
                "rank": m.rank,
                "role_id": m.role_id,
                "name": names.get(m.role_id, m.role_id),
                "score": round(m.score, 2),
                "points_lost": {
                    "risk": round(m.risk_points, 2),
                    "shortfall": round(m.shortfall_points, 2),
                    "surplus": round(m.surplus_points, 2),
                },
                "reasons": [{**asdict(r), "text": describe_reason(r, lang)} for r in m.reasons],
                "gaps": [{**asdict(g), "text": describe_gap(g, lang)} for g in m.gaps],
                "risk_mismatch": (
                    {**asdict(m.risk_mismatch), "text": describe_risk(m.risk_mismatch, lang)}
                    if m.risk_mismatch
                    else None
                ),
                "top1_share": round(share.get(m.role_id, 0.0), 4),
            }
            for m in matches
        ],
        "robustness": {
            "samples": robust.samples,
            "jitter": robust.jitter,
            "seed": robust.seed,
            "top1_share": {k: round(v, 4) for k, v in share.items()},
            "risk_sweep": {
                "risk": robust.sweep_risk.tolist(),
                "ranks": {
                    rid: robust.sweep_ranks[:, i].tolist() for i, rid in enumerate(robust.role_ids)
                },
            },
        },
    }


def result_markdown(
    profile: Profile,
    matches: Sequence[RoleMatch],
    robust: Robustness,
    names: Mapping[str, str],
    lang: str,
    top: int = 5,
) -> str:
    """The result as a Markdown report in ``lang``."""
    share = dict(zip(robust.role_ids, robust.top1_share.tolist(), strict=True))
    lines = [f"# {t('matcher_md_title', lang)}", "", f"## {t('matcher_md_profile', lang)}", ""]
    for d, v in profile.as_dict().items():
        lines.append(f"- {dim_label(d, lang)}: {format_value(v)} / 10")
    query = "&".join(f"{k}={v}" for k, v in to_query(profile).items())
    lines += ["", t("matcher_md_link", lang, query=f"?lang={lang}&{query}"), ""]
    lines += [f"## {t('matcher_md_ranking', lang)}", ""]
    lines += [
        f"| # | {t('matcher_md_role', lang)} | {t('matcher_md_score', lang)} |",
        "|---|---|---|",
    ]
    for m in matches:
        lines.append(
            f"| {m.rank} | {_md_escape(names.get(m.role_id, m.role_id))} | {m.score:.0f} |"
        )
    for m in matches[:top]:
        lines += [
            "",
            f"### {m.rank}. {_md_escape(names.get(m.role_id, m.role_id))} ({m.score:.0f})",
        ]
        lines += ["", f"**{t('matcher_reasons', lang)}**", ""]
        lines += [f"- {describe_reason(r, lang)}" for r in m.reasons] or [
            f"- {t('matcher_no_reasons', lang)}"
        ]
        lines += ["", f"**{t('matcher_gaps', lang)}**", ""]
        items = [f"- {describe_risk(m.risk_mismatch, lang)}"] if m.risk_mismatch else []
        items += [f"- {describe_gap(g, lang, link=True)}" for g in m.gaps]
        lines += items or [f"- {t('matcher_no_gaps', lang)}"]
    lines += ["", f"## {t('matcher_robust_title', lang)}", ""]
    lines.append(
        t("matcher_md_robust", lang, samples=robust.samples, jitter=format_value(robust.jitter))
    )
    lines.append("")
    for rid, s in sorted(share.items(), key=lambda kv: -kv[1]):
        if s > 0:
            lines.append(f"- {_md_escape(names.get(rid, rid))}: {s:.0%}")
    lines += ["", t("matcher_md_formula", lang), ""]
    return "\n".join(lines)
