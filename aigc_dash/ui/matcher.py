"""Career-matcher rendering: the inputs (presets, sliders, questionnaire), the ranking, role
details, robustness, the formula and the share/download section.

The URL is the state: the sliders and the preset live in ``st.query_params`` through the one
URL-state helper (:mod:`aigc_dash.ui.urlstate` with :data:`aigc_dash.career.matcher.TABLE`),
so one link reproduces the whole result. Callbacks write the URL; each run reads it back into
the sliders. Each ``*_section`` function draws one part of the page; add new parts as new
section functions and call them from ``pages/3_Career_Matcher.py``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd
import streamlit as st

from aigc_dash.career import matcher as mt
from aigc_dash.career.course import FtReading, ft_readings
from aigc_dash.career.data import records
from aigc_dash.charts import matcher as charts
from aigc_dash.core.errors import DataError
from aigc_dash.core.i18n import pick, t
from aigc_dash.ui import cache, urlstate
from aigc_dash.ui import chrome as ui
from aigc_dash.ui import exposure as exposure_ui

PREFIX = "matcher"  # widget keys: matcher_risk, matcher_programming, ...
FLASH = "matcher_flash"  # a one-off success message set by a callback


def widget_key(dim: str) -> str:
    """The slider key of a profile dimension (the browser test drives these)."""
    return f"{PREFIX}_{dim}"


@dataclass(frozen=True)
class RoleContext:
    """What every section needs to name and rate the roles."""

    roles: mt.RoleMatrix
    names: Mapping[str, str]  # role id -> name in the page's language
    rubric: Mapping[int, str]  # fault-tolerance level -> label
    rubric_rows: Sequence[Mapping[str, object]]
    # role id -> the course notes' fault-tolerance reading beside ours (empty if unreadable)
    readings: Mapping[str, FtReading] = field(default_factory=dict)


def role_context(roles_df: pd.DataFrame, rubric_df: pd.DataFrame | None, lang: str) -> RoleContext:
    """The scoring matrix and the names and rubric labels in ``lang``."""
    rows = [] if rubric_df is None else records(rubric_df)
    readings: dict[str, FtReading] = {}
    if rubric_df is not None:
        try:  # a broken readings file only loses the course notes' line, never the page
            found = ft_readings(roles_df, cache.table("course_ft_readings"), rubric_df, lang)
            readings = {r.role_id: r for r in found}
        except DataError:
            pass
    return RoleContext(
        roles=mt.role_matrix(roles_df, skill_resources=_skill_resources()),
        names={r["role_id"]: pick(r, "name", lang) for r in records(roles_df)},
        rubric={int(r["level"]): pick(r, "label", lang) for r in rows},
        rubric_rows=rows,
        readings=readings,
    )


def _skill_resources() -> dict[str, mt.Resource]:
    """The first resource to learn for each skill (empty if the tables cannot be read)."""
    try:
        return mt.skill_resources(cache.table("skill_resources"), cache.table("resources"))
    except DataError:
        return {}


# --- URL state and callbacks ---------------------------------------------------------------


def sync_from_url(lang: str) -> mt.Profile:
    """Read the URL into the sliders (before they render); tampered values become notices."""
    values = urlstate.sync_from_url(
        mt.TABLE, PREFIX, lang, widget_key=widget_key, parse=mt.parse_values
    )
    return mt.Profile.from_mapping(values)


def profile_from_widgets() -> mt.Profile:
    """The profile the sliders show now."""
    return mt.Profile.from_mapping(
        {d: st.session_state.get(widget_key(d), mt.DEFAULT_LEVEL) for d in mt.DIMENSIONS}
    )


def _write(profile: mt.Profile, preset: str = mt.NO_PRESET) -> None:
    st.session_state[widget_key(mt.PRESET_KEY)] = preset
    urlstate.write_url(mt.TABLE, mt.query_values(profile, preset))


def _on_slider() -> None:
    _write(profile_from_widgets())  # a moved slider is no longer the preset


def _on_preset(name: str) -> None:
    _write(mt.PRESETS[name], preset=name)
    st.session_state[FLASH] = ("matcher_preset_applied", f"matcher_preset_{name}")


def _on_questionnaire() -> None:
    answers = [st.session_state.get(f"matcher_q_{i}") for i in range(len(mt.QUESTIONNAIRE))]
    _write(mt.questionnaire_profile(answers))
    st.session_state[FLASH] = ("matcher_questionnaire_applied", None)


def show_flash(lang: str) -> None:
    """The success message a preset or the questionnaire left for this run, once."""
    flash = st.session_state.pop(FLASH, None)
    if flash:
        key, name_key = flash
        ui.notice(t(key, lang, name=t(name_key, lang)) if name_key else t(key, lang), "success")


# --- inputs --------------------------------------------------------------------------------


def inputs_section(lang: str) -> None:
    """Preset buttons, the seven sliders and the questionnaire."""
    st.subheader(t("matcher_profile_header", lang))
    st.caption(t("matcher_presets", lang))
    cols = st.columns(2)
    for i, name in enumerate(mt.PRESETS):
        cols[i % 2].button(
            t(f"matcher_preset_{name}", lang),
            key=f"matcher_preset_{name}",
            on_click=_on_preset,
            args=(name,),
            width="stretch",
            wrap=True,
        )
    for d in mt.DIMENSIONS:
        st.slider(
            mt.dim_label(d, lang),
            min_value=mt.SLIDER_MIN,
            max_value=mt.SLIDER_MAX,
            step=mt.SLIDER_STEP,
            key=widget_key(d),
            on_change=_on_slider,
        )
        st.caption(t(f"matcher_ends_{d}", lang))
    questionnaire(lang)


def questionnaire(lang: str) -> None:
    """The ten statements in a form; submitting fills the sliders."""
    with st.expander(t("matcher_questionnaire", lang)), st.form("matcher_q_form"):
        st.caption(t("matcher_q_help", lang))
        for i, stmt in enumerate(mt.QUESTIONNAIRE):
            st.select_slider(
                t(stmt.key, lang),
                options=list(range(mt.ANSWER_MIN, mt.ANSWER_MAX + 1)),
                value=mt.ANSWER_NEUTRAL,
                format_func=lambda a: t(f"matcher_q_scale_{a}", lang),
                key=f"matcher_q_{i}",
            )
        st.form_submit_button(
            t("matcher_q_apply", lang), key="matcher_q_submit", on_click=_on_questionnaire
        )


# --- results -------------------------------------------------------------------------------


def ranking_section(
    profile: mt.Profile, matches: Sequence[mt.RoleMatch], ctx: RoleContext, lang: str
) -> None:
    """The best match, the ranked bars and radar, and each role's reasons and gaps."""
    st.subheader(t("matcher_results", lang))
    best = matches[0]
    st.markdown(
        "### "
        + t("matcher_top_match", lang, name=ctx.names[best.role_id], score=f"{best.score:.0f}")
    )
    tab_rank, tab_radar = st.tabs([t("matcher_tab_ranking", lang), t("matcher_tab_radar", lang)])
    with tab_rank:
        st.plotly_chart(charts.ranked_bar(matches, ctx.names, lang), key="matcher_chart_ranked")
    with tab_radar:
        top3 = [m.role_id for m in matches[:3]]
        st.plotly_chart(
            charts.radar(profile, ctx.roles, top3, ctx.names, lang), key="matcher_chart_radar"
        )
    for m in matches[:3]:
        with st.container(border=True):
            role_details(m, ctx, lang)
    with st.expander(t("matcher_other_roles", lang)):
        for m in matches[3:]:
            role_details(m, ctx, lang)


def role_details(m: mt.RoleMatch, ctx: RoleContext, lang: str) -> None:
    """One role: heading, fault-tolerance level, reasons and gaps side by side."""
    heading = t(
        "matcher_role_heading", lang, rank=m.rank, name=ctx.names[m.role_id], score=f"{m.score:.0f}"
    )
    st.markdown(f"**{heading}**")
    level = int(ctx.roles.fault_tolerance[ctx.roles.index(m.role_id)])
    st.caption(t("matcher_role_ft", lang, level=level, label=ctx.rubric.get(level, "")))
    exposure_ui.matcher_line(m.role_id, lang)  # AI applicability beside fault tolerance
    left, right = st.columns(2)
    with left:
        st.markdown(f"*{t('matcher_reasons', lang)}*")
        for r in m.reasons:
            st.markdown(f"- {mt.describe_reason(r, lang)}")
        if not m.reasons:
            st.markdown(f"- {t('matcher_no_reasons', lang)}")
        course_line = mt.describe_course_reading(ctx.readings.get(m.role_id), lang)
        if course_line:  # the course notes' reading of fault tolerance beside ours
            st.markdown(f"- {course_line}")
    with right:
        st.markdown(f"*{t('matcher_gaps', lang)}*")
        if m.risk_mismatch:
            st.markdown(f"- {mt.describe_risk(m.risk_mismatch, lang)}")
        for g in m.gaps:
            st.markdown(f"- {mt.describe_gap(g, lang, link=True)}")
        if not m.gaps and not m.risk_mismatch:
            st.markdown(f"- {t('matcher_no_gaps', lang)}")


def robustness_section(
    profile: mt.Profile,
    matches: Sequence[mt.RoleMatch],
    robust: mt.Robustness,
    ctx: RoleContext,
    lang: str,
) -> None:
    """How stable the best match is under jitter, and the ranking across risk appetite."""
    st.subheader(t("matcher_robust_title", lang))
    best = matches[0]
    share = float(robust.top1_share[ctx.roles.index(best.role_id)])
    st.write(
        t(
            "matcher_robust_summary",
            lang,
            jitter=mt.format_value(robust.jitter),
            samples=f"{robust.samples:,}",
            name=ctx.names[best.role_id],
            share=f"{share:.0%}",
        )
    )
    st.caption(t("matcher_robust_stable" if share >= 0.7 else "matcher_robust_fragile", lang))
    st.plotly_chart(charts.top1_bars(robust, ctx.names, lang), key="matcher_chart_top1")
    st.plotly_chart(
        charts.risk_sweep(robust, ctx.names, lang, current_risk=profile.risk),
        key="matcher_chart_sweep",
    )
    st.caption(t("matcher_robust_sweep_caption", lang))


def formula_section(ctx: RoleContext, lang: str) -> None:
    """The scoring formula and the editorial fault-tolerance rubric, folded away."""
    with st.expander(t("matcher_formula_title", lang)):
        st.markdown(
            t(
                "matcher_formula_body",
                lang,
                risk=mt.format_value(mt.RISK_POINTS),
                short=mt.format_value(mt.SHORTFALL_POINTS),
                core=mt.format_value(mt.CORE_NEED),
                surplus=f"{mt.SURPLUS_POINTS / len(mt.SKILL_DIMENSIONS):.2f}",
            )
        )
        st.caption(t("editorial_label", lang) + " · " + t("matcher_editorial_note", lang))
        for r in ctx.rubric_rows:
            line = t(
                "matcher_rubric_level",
                lang,
                level=int(str(r["level"])),
                label=pick(r, "label", lang),
                description=pick(r, "description", lang),
            )
            st.markdown(f"- {line}")


def share_section(
    profile: mt.Profile,
    matches: Sequence[mt.RoleMatch],
    robust: mt.Robustness,
    ctx: RoleContext,
    lang: str,
) -> None:
    """The link that reproduces the result, and the Markdown / JSON downloads."""
    st.subheader(t("matcher_share_title", lang))
    query = exposure_ui.share_query("&".join(f"{k}={v}" for k, v in mt.to_query(profile).items()))
    st.code(f"?lang={lang}&{query}", language=None)
    st.caption(t("matcher_share_caption", lang))
    d1, d2 = st.columns(2)
    d1.download_button(
        t("matcher_download_md", lang),
        data=exposure_ui.export_markdown(
            mt.result_markdown(profile, matches, robust, ctx.names, lang), matches, ctx.names, lang
        ),
        file_name="aigc_career_match.md",
        mime="text/markdown",
        key="matcher_download_md",
    )
    result = exposure_ui.export_json(
        mt.result_json(profile, matches, robust, ctx.names, lang), lang
    )
    d2.download_button(
        t("matcher_download_json", lang),
        data=json.dumps(result, ensure_ascii=False, indent=2),
        file_name="aigc_career_match.json",
        mime="application/json",
        key="matcher_download_json",
    )
