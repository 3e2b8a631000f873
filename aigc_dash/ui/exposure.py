"""Streamlit rendering of the AI-exposure evidence: one call per page.

``roles_section`` (Roles page tab), ``matcher_line`` / ``preference_control`` (Matcher),
``landscape_link`` (Landscape labour-market section) and ``faq_entry`` (Resources FAQ).
Missing or malformed exposure data never breaks a page: :func:`load` shows a notice and
returns ``None``, and every renderer then draws nothing more.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from aigc_dash.career import exposure as ex
from aigc_dash.career import matcher as mt
from aigc_dash.career.matcher import ai_preference as ep
from aigc_dash.charts import exposure as charts
from aigc_dash.core.errors import DataError
from aigc_dash.core.i18n import pick, t
from aigc_dash.ui import cache, urlstate
from aigc_dash.ui import chrome as ui

ROLES_PAGE = "pages/2_Roles.py"
PREF_WIDGET = "matcher_ai_pref"
FOCUS_WIDGET = "roles_exposure_role"


def load(lang: str, quiet: bool = False) -> ex.Exposure | None:
    """The joined exposure data, or ``None`` after a notice (file, column, row) if it is bad."""
    try:
        return ex.build_exposure(
            cache.table("role_exposure"), cache.table("role_exposure_occupations")
        )
    except DataError as err:
        if not quiet:
            ui.notice(t("exposure_unavailable", lang), "warning")
            st.caption(
                t(
                    "error_data_detail",
                    lang,
                    file=err.file,
                    column=err.column,
                    row=err.row,
                    problem=err.problem,
                )
            )
        return None


def attribution(lang: str) -> None:
    """The licences' attribution, under every chart that uses the data."""
    st.caption(t("exposure_attribution", lang))
    st.caption(t("exposure_links", lang))


def caveats(lang: str) -> None:
    """The caveats in plain words."""
    st.markdown(f"**{t('exposure_caveats_header', lang)}**")
    st.markdown("\n".join(f"- {c}" for c in ex.caveats(lang)))


def _csv(df: pd.DataFrame) -> bytes:
    return df.to_csv(index=False).encode("utf-8")


def roles_section(lang: str, roles: pd.DataFrame | None) -> None:
    """The Roles page's evidence: chart of all roles, one role's numbers and occupations."""
    st.subheader(t("exposure_header", lang))
    st.markdown(t("exposure_intro", lang))
    exposure = load(lang)
    if exposure is None:
        return
    names = (
        {r["role_id"]: pick(r, "name", lang) for r in roles.to_dict("records")}
        if roles is not None
        else {rid: rid for rid in exposure.roles}
    )
    ft = (
        dict(zip(roles["role_id"], roles["fault_tolerance"], strict=True))
        if roles is not None
        else {}
    )
    summary = ex.summary_rows(exposure, names, ft, lang)
    occupations = cache.table("role_exposure_occupations")
    st.plotly_chart(
        charts.fault_tolerance_vs_applicability(summary, ex.distribution(occupations), lang),
        key="roles_exposure_chart",
    )
    st.caption(t("exposure_chart_range", lang))
    attribution(lang)
    caveats(lang)
    missing = ex.missing_roles(exposure, names)
    if missing:
        st.caption(t("exposure_missing_roles", lang, names=", ".join(names[r] for r in missing)))

    options = [r for r in names if r in exposure.roles]
    focus = _focus_select(options, names, lang) if options else None
    role = exposure.get(focus) if focus else None
    if role is not None:
        _role_numbers(role, names.get(focus, focus), ft.get(focus), lang)

    st.markdown(f"**{t('exposure_summary_header', lang)}**")
    st.dataframe(
        summary.drop(columns=["role_id"]),
        hide_index=True,
        width="stretch",
        key="roles_exposure_table",
        column_config={
            "name": t("exposure_col_role", lang),
            "fault_tolerance": t("exposure_col_ft", lang),
            "percentile": t("exposure_col_percentile", lang),
            "low": t("exposure_col_low", lang),
            "high": t("exposure_col_high", lang),
            "score": t("exposure_col_score", lang),
            "beta_human": t("exposure_col_beta_human", lang),
            "beta_gpt4": t("exposure_col_beta_gpt4", lang),
            "basis": t("exposure_col_basis", lang),
            "soc": st.column_config.TextColumn(t("exposure_col_soc", lang), width="large"),
        },
    )
    st.download_button(
        t("download_csv", lang),
        data=_csv(summary),
        file_name="aigc_role_ai_exposure.csv",
        mime="text/csv",
        key="roles_exposure_dl",
    )


def _focus_select(options: list[str], names: Mapping[str, str], lang: str) -> str:
    """The role whose numbers are shown; kept in the URL (``?exposure=<id>``)."""
    table = ex.focus_setting(options)
    widget_key = {"exposure": FOCUS_WIDGET}.__getitem__
    urlstate.sync_from_url(table, "roles", lang, widget_key=widget_key)
    return st.selectbox(
        t("exposure_role_select", lang),
        options=options,
        format_func=lambda r: names.get(r, r),
        key=FOCUS_WIDGET,
        on_change=urlstate.on_change_writer(table, "roles", widget_key),
    )


def _role_numbers(role: ex.RoleExposure, name: str, level: object, lang: str) -> None:
    c1, c2, c3 = st.columns(3)
    c1.metric(
        t("exposure_metric_percentile", lang),
        ex.format_percentile(role.percentile),
        t(
            "exposure_metric_range",
            lang,
            low=ex.format_percentile(role.low),
            high=ex.format_percentile(role.high),
        ),
        delta_color="off",
        delta_arrow="off",  # a range, not a change
        help=t("exposure_metric_percentile_help", lang),
    )
    c2.metric(
        t("exposure_metric_beta", lang),
        f"{role.beta_human:.2f}",
        help=t("exposure_metric_beta_help", lang, gpt4=f"{role.beta_gpt4:.2f}"),
    )
    c3.metric(t("exposure_metric_ft", lang), f"{level}/5" if level is not None else "–")
    if role.all_proxy:
        ui.notice(t("exposure_proxy_note", lang), "warning")
    st.plotly_chart(charts.occupation_bars(role, name, lang), key="roles_exposure_bars")
    attribution(lang)
    st.markdown(f"**{t('exposure_occupations_header', lang)}**")
    st.dataframe(
        ex.occupation_rows(role, lang),
        hide_index=True,
        width="stretch",
        key="roles_exposure_occupations",
        column_config={
            "soc_code": t("exposure_col_soc_code", lang),
            "soc_title": t("exposure_col_soc_title", lang),
            "mapping": t("exposure_col_mapping", lang),
            "percentile": t("exposure_col_percentile", lang),
            "score": t("exposure_col_score", lang),
            "beta_human": t("exposure_col_beta_human", lang),
            "beta_gpt4": t("exposure_col_beta_gpt4", lang),
            "onet": t("exposure_col_onet", lang),
            "reason": st.column_config.TextColumn(t("exposure_col_reason", lang), width="large"),
        },
    )


# --- Matcher ------------------------------------------------------------------------------

MATCHER_STATE = "matcher_ai_terms"  # this run's preference terms, for the role details


def preference_control(lang: str) -> None:
    """The optional "AI already does much of the job" control (``?ai=``), off by default.

    Drawn after the matcher's sliders (the URL sync has set its value); disabled, with a
    notice, when the exposure data is unavailable. :func:`matcher_scores` reads its value.
    """
    exposure = load(lang)
    if PREF_WIDGET not in st.session_state:
        st.session_state[PREF_WIDGET] = ep.parse_preference(st.query_params.get(ep.URL_KEY))

    def _write() -> None:
        value = ep.parse_preference(st.session_state.get(PREF_WIDGET))
        urlstate.write_url(mt.TABLE, {ep.SETTING: value})

    st.radio(
        t("exposure_pref_label", lang),
        options=list(ep.PREFERENCES),
        format_func=lambda p: ep.choice_label(p, lang),
        key=PREF_WIDGET,
        horizontal=True,
        on_change=_write,
        disabled=exposure is None,
        help=t("exposure_pref_help", lang, points=f"{ep.PREFERENCE_POINTS:g}"),
    )
    st.caption(ep.formula_text(lang))


def preference() -> str:
    """The control's current value (``neutral`` before it is drawn)."""
    return ep.parse_preference(st.session_state.get(PREF_WIDGET))


def matcher_scores(
    profile: mt.Profile, roles: mt.RoleMatrix, lang: str
) -> tuple[list[mt.RoleMatch], mt.Robustness]:
    """The matcher's ranking and robustness check, with the optional AI term when it is set.

    Off (the default) or without exposure data, this is exactly ``mt.match`` and
    ``mt.robustness``; so it is without exposure data (the matcher still works).
    """
    exposure = load(lang, quiet=True)  # the control has shown the notice
    percentiles = {} if exposure is None else {r: e.percentile for r, e in exposure.roles.items()}
    terms = ep.terms_for(roles, percentiles, preference())
    st.session_state[MATCHER_STATE] = (exposure, terms)
    matches = ep.apply(mt.match(profile, roles), roles, terms)
    return matches, ep.robustness_with(profile, roles, terms)


def matcher_line(role_id: str, lang: str) -> None:
    """A ranked role's applicability next to its fault tolerance, and its term when it is on."""
    exposure, terms = st.session_state.get(MATCHER_STATE, (None, {}))
    role = exposure.get(role_id) if exposure is not None else None
    if role is None:
        return
    proxy = t("exposure_matcher_proxy", lang) if role.all_proxy else ""
    line = t("exposure_matcher_line", lang, pct=ex.format_rank(role.percentile, lang), proxy=proxy)
    if ep.is_on(preference()):
        line += " · " + ep.describe_term(terms.get(role_id), preference(), lang)
    st.caption(line)


def share_query(query: str) -> str:
    """The matcher's share link query, with ``ai=`` when the term is on."""
    pref = preference()
    return f"{query}&{ep.URL_KEY}={pref}" if ep.is_on(pref) else query


def export_markdown(
    markdown: str, matches: Sequence[mt.RoleMatch], names: Mapping[str, str], lang: str
) -> str:
    """The matcher's Markdown report with the AI-preference section."""
    _exposure, terms = st.session_state.get(MATCHER_STATE, (None, {}))
    return ep.extend_markdown(markdown, matches, terms, names, preference(), lang)


def export_json(result: dict[str, Any], lang: str) -> dict[str, Any]:
    """The matcher's JSON result with the AI-preference term."""
    _exposure, terms = st.session_state.get(MATCHER_STATE, (None, {}))
    return ep.extend_json(result, terms, preference(), lang)


# --- Landscape and FAQ ---------------------------------------------------------------------


def landscape_link(lang: str) -> None:
    """A pointer from the labour-market section to the evidence on the Roles page."""
    st.info(t("exposure_landscape_link", lang), icon="🔎")
    st.page_link(ROLES_PAGE, label=t("exposure_tab", lang), icon="🧑‍💻")


def faq_entry(lang: str) -> None:
    """The FAQ's "will AI take this job?": the data's answer and its limits."""
    with st.expander(t("exposure_faq_q", lang)):
        exposure = load(lang)
        if exposure is None or not exposure.roles:
            return
        try:
            roles = cache.table("roles")
            names = {r["role_id"]: pick(r, "name", lang) for r in roles.to_dict("records")}
        except DataError:
            names = {}
        ordered = sorted(exposure.roles.values(), key=lambda r: (r.percentile, r.role_id))
        low, high = ordered[0], ordered[-1]
        st.markdown(
            t(
                "exposure_faq_a",
                lang,
                high=names.get(high.role_id, high.role_id),
                high_pct=ex.format_rank(high.percentile, lang),
                low=names.get(low.role_id, low.role_id),
                low_pct=ex.format_rank(low.percentile, lang),
            )
        )
        caveats(lang)
        attribution(lang)
        st.page_link(ROLES_PAGE, label=t("exposure_tab", lang), icon="🧑‍💻")
