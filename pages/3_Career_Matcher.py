"""Career matcher: sliders (or a preset, or a questionnaire) -> ranked AIGC roles with reasons.

The URL is the state: every slider lives in ``st.query_params`` (short keys), so one link
reproduces the whole result. Callbacks write the URL; each run reads it back into the sliders.
"""

import json

import streamlit as st

from aigc_dash.career import matcher as mt
from aigc_dash.charts import matcher as charts
from aigc_dash.core.i18n import pick, t
from aigc_dash.ui import cache
from aigc_dash.ui import chrome as ui

lang = ui.setup_page("matcher_title", "🧭")

WIDGET = {d: f"matcher_{d}" for d in mt.DIMENSIONS}
BACKUP = "matcher_profile"  # last profile: query params do not survive a page switch
FLASH = "matcher_flash"  # a one-off success message set by a callback


def _profile_from_widgets() -> mt.Profile:
    return mt.Profile.from_mapping(
        {d: st.session_state.get(WIDGET[d], mt.DEFAULT_LEVEL) for d in mt.DIMENSIONS}
    )


def _write_url(profile: mt.Profile, preset: str | None = None) -> None:
    for key, value in mt.to_query(profile).items():
        if st.query_params.get(key) != value:
            st.query_params[key] = value
    if preset:
        st.query_params[mt.PRESET_KEY] = preset
    elif mt.PRESET_KEY in st.query_params:
        del st.query_params[mt.PRESET_KEY]
    st.session_state[BACKUP] = profile.as_dict()


def _on_slider() -> None:
    _write_url(_profile_from_widgets())


def _on_preset(name: str) -> None:
    _write_url(mt.PRESETS[name], preset=name)
    st.session_state[FLASH] = ("matcher_preset_applied", f"matcher_preset_{name}")


def _on_questionnaire() -> None:
    answers = [st.session_state.get(f"matcher_q_{i}") for i in range(len(mt.QUESTIONNAIRE))]
    _write_url(mt.questionnaire_profile(answers))
    st.session_state[FLASH] = ("matcher_questionnaire_applied", None)


def _sync_from_url() -> mt.Profile:
    """Read the URL into the sliders (before they render); tampered values become notices."""
    fallback = mt.Profile.from_mapping(st.session_state.get(BACKUP, {}))
    profile, issues, _ = mt.parse_query(st.query_params.to_dict(), fallback)
    for issue in issues:
        ui.notice(mt.describe_issue(issue, lang), "warning")
    for key in list(st.query_params.keys()):
        if key not in mt.URL_TO_DIM and key not in mt.PASSTHROUGH_KEYS and key != mt.PRESET_KEY:
            del st.query_params[key]  # ignored, and dropped so the notice is shown once
    preset = st.query_params.get(mt.PRESET_KEY)
    _write_url(profile, preset if preset in mt.PRESETS else None)
    for d in mt.DIMENSIONS:
        st.session_state[WIDGET[d]] = getattr(profile, d)
    return profile


def _inputs() -> None:
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
            key=WIDGET[d],
            on_change=_on_slider,
        )
        st.caption(t(f"matcher_ends_{d}", lang))
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


def _role_details(m: mt.RoleMatch, names: dict[str, str], rubric: dict[int, str]) -> None:
    st.markdown(
        "**"
        + t(
            "matcher_role_heading", lang, rank=m.rank, name=names[m.role_id], score=f"{m.score:.0f}"
        )
        + "**"
    )
    level = int(roles.fault_tolerance[roles.index(m.role_id)])
    st.caption(t("matcher_role_ft", lang, level=level, label=rubric.get(level, "")))
    left, right = st.columns(2)
    with left:
        st.markdown(f"*{t('matcher_reasons', lang)}*")
        for r in m.reasons:
            st.markdown(f"- {mt.describe_reason(r, lang)}")
        if not m.reasons:
            st.markdown(f"- {t('matcher_no_reasons', lang)}")
    with right:
        st.markdown(f"*{t('matcher_gaps', lang)}*")
        if m.risk_mismatch:
            st.markdown(f"- {mt.describe_risk(m.risk_mismatch, lang)}")
        for g in m.gaps:
            st.markdown(f"- {mt.describe_gap(g, lang, link=True)}")
        if not m.gaps and not m.risk_mismatch:
            st.markdown(f"- {t('matcher_no_gaps', lang)}")


st.title(t("matcher_title", lang))
st.write(t("matcher_intro", lang))

with ui.data_section(lang):
    roles_df = cache.table("roles")
    roles = mt.role_matrix(roles_df)
    names = {r["role_id"]: pick(r, "name", lang) for r in roles_df.to_dict("records")}
    rubric: dict[int, str] = {}
    rubric_rows: list[dict] = []
    with ui.data_section(lang):
        rubric_rows = cache.table("fault_tolerance_rubric").to_dict("records")
        rubric = {int(r["level"]): pick(r, "label", lang) for r in rubric_rows}

    _sync_from_url()
    flash = st.session_state.pop(FLASH, None)
    left, right = st.columns([1, 2], gap="large")
    with left:
        _inputs()
    profile = _profile_from_widgets()
    matches = mt.match(profile, roles)
    robust = mt.robustness(profile, roles)

    with right:
        if flash:
            key, name_key = flash
            ui.notice(t(key, lang, name=t(name_key, lang)) if name_key else t(key, lang), "success")
        st.subheader(t("matcher_results", lang))
        best = matches[0]
        st.markdown(
            "### "
            + t("matcher_top_match", lang, name=names[best.role_id], score=f"{best.score:.0f}")
        )
        tab_rank, tab_radar = st.tabs(
            [t("matcher_tab_ranking", lang), t("matcher_tab_radar", lang)]
        )
        with tab_rank:
            st.plotly_chart(charts.ranked_bar(matches, names, lang), key="matcher_chart_ranked")
        with tab_radar:
            top3 = [m.role_id for m in matches[:3]]
            st.plotly_chart(
                charts.radar(profile, roles, top3, names, lang), key="matcher_chart_radar"
            )

        for m in matches[:3]:
            with st.container(border=True):
                _role_details(m, names, rubric)
        with st.expander(t("matcher_other_roles", lang)):
            for m in matches[3:]:
                _role_details(m, names, rubric)

        st.subheader(t("matcher_robust_title", lang))
        share = float(robust.top1_share[roles.index(best.role_id)])
        st.write(
            t(
                "matcher_robust_summary",
                lang,
                jitter=mt.format_value(robust.jitter),
                samples=f"{robust.samples:,}",
                name=names[best.role_id],
                share=f"{share:.0%}",
            )
        )
        st.caption(t("matcher_robust_stable" if share >= 0.7 else "matcher_robust_fragile", lang))
        st.plotly_chart(charts.top1_bars(robust, names, lang), key="matcher_chart_top1")
        st.plotly_chart(
            charts.risk_sweep(robust, names, lang, current_risk=profile.risk),
            key="matcher_chart_sweep",
        )
        st.caption(t("matcher_robust_sweep_caption", lang))

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
            for r in rubric_rows:
                st.markdown(
                    "- "
                    + t(
                        "matcher_rubric_level",
                        lang,
                        level=int(r["level"]),
                        label=pick(r, "label", lang),
                        description=pick(r, "description", lang),
                    )
                )

        st.subheader(t("matcher_share_title", lang))
        query = "&".join(f"{k}={v}" for k, v in mt.to_query(profile).items())
        st.code(f"?lang={lang}&{query}", language=None)
        st.caption(t("matcher_share_caption", lang))
        d1, d2 = st.columns(2)
        d1.download_button(
            t("matcher_download_md", lang),
            data=mt.result_markdown(profile, matches, robust, names, lang),
            file_name="aigc_career_match.md",
            mime="text/markdown",
            key="matcher_download_md",
        )
        d2.download_button(
            t("matcher_download_json", lang),
            data=json.dumps(
                mt.result_json(profile, matches, robust, names, lang), ensure_ascii=False, indent=2
            ),
            file_name="aigc_career_match.json",
            mime="application/json",
            key="matcher_download_json",
        )
