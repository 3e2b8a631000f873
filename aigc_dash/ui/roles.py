"""Roles page rendering: role cards, the fault-tolerance scale, the skills radar, pay and demand.

Each ``*_section`` function draws one tab (or one part of a tab) from the validated tables;
add new parts as new section functions and call them from ``pages/2_Roles.py``. The radar's
roles (``?compare=a,b``) and the pay-and-demand role (``?role=id``) are kept in the URL through
the one URL-state helper (:mod:`aigc_dash.ui.urlstate`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

import pandas as pd
import streamlit as st

from aigc_dash.career import roles as rl
from aigc_dash.career.data import EXPERIENCE_LEVELS, SKILL_DIMENSIONS, records
from aigc_dash.charts import roles as charts
from aigc_dash.core.i18n import STRINGS, pick, t
from aigc_dash.core.urlstate import SettingTable, UrlNotice
from aigc_dash.ui import chrome as ui
from aigc_dash.ui import course, urlstate

PREFIX = "roles"
COMPARE_DEFAULT = ("algorithm_engineer", "content_creator")
WIDGET_KEYS = {"compare": "roles_compare", "role": "roles_salary_role"}
BadgeColor = Literal["red", "orange", "yellow", "green"]
FT_COLORS: dict[int, BadgeColor] = {1: "red", 2: "orange", 3: "yellow", 4: "green", 5: "green"}


def skill_labels(lang: str) -> list[str]:
    return [t(f"roles_skill_{s}", lang) for s in SKILL_DIMENSIONS]


def download(df: pd.DataFrame, file_name: str, key: str, lang: str) -> None:
    """A CSV download of the rows behind a chart or table."""
    st.download_button(
        t("download_csv", lang),
        data=df.to_csv(index=False).encode("utf-8"),
        file_name=file_name,
        mime="text/csv",
        key=key,
    )


def figure_table(rows: pd.DataFrame, key: str, lang: str) -> None:
    """Sourced figures (demand, error-tolerance evidence) as a table with links."""
    st.dataframe(
        rows.drop(columns=["value_low", "value_high", "bound"]),
        hide_index=True,
        width="stretch",
        key=key,
        column_config={
            "role": t("roles_col_role", lang),
            "label": st.column_config.TextColumn(t("roles_col_figure", lang), width="large"),
            "value": t("roles_col_value", lang),
            "unit": t("roles_col_unit", lang),
            "year": t("roles_col_year", lang),
            "is_forecast": st.column_config.CheckboxColumn(t("roles_col_forecast", lang)),
            "geo": t("roles_col_geo", lang),
            "source": t("roles_col_source", lang),
            "source_url": st.column_config.LinkColumn(t("roles_col_link", lang)),
            "via_url": st.column_config.LinkColumn(t("roles_col_via", lang)),
            "confidence": t("roles_col_confidence", lang),
            "note": st.column_config.TextColumn(t("roles_col_note", lang), width="large"),
        },
    )
    st.caption(t("source_confidence_rule", lang))


# --- URL state -----------------------------------------------------------------------------


def _sync(table: SettingTable, lang: str) -> None:
    def show(notice: UrlNotice) -> None:
        values = ", ".join(rl.plain_id(v) for v in notice.value.split(",") if v.strip())
        ui.notice(t("roles_bad_param", lang, values=values), "warning")

    urlstate.sync_from_url(table, PREFIX, lang, widget_key=WIDGET_KEYS.__getitem__, show=show)


def _writer(table: SettingTable):
    return urlstate.on_change_writer(table, PREFIX, WIDGET_KEYS.__getitem__)


# --- cards ---------------------------------------------------------------------------------


def cards_section(roles: pd.DataFrame, rubric: pd.DataFrame, lang: str) -> None:
    """A card per role: summary, fault-tolerance badge, tasks, skills and resources."""
    labels = skill_labels(lang)
    notes = course.card_notes(roles, rubric, lang)  # the course notes' reading, where they rate
    cols = st.columns(2)
    for i, row in enumerate(records(roles)):
        with cols[i % 2].container(border=True):
            role_card(row, rubric, labels, lang)
            if row["role_id"] in notes:
                st.caption(notes[row["role_id"]])
    download(roles, "aigc_roles.csv", "roles_dl_roles", lang)


def role_card(row: Mapping, rubric: pd.DataFrame, labels: Sequence[str], lang: str) -> None:
    """One role's card."""
    level = int(row["fault_tolerance"])
    st.subheader(pick(row, "name", lang))
    if row["seed_role"]:
        st.caption(f"⭐ {t('roles_seed_badge', lang)}")
    st.write(pick(row, "summary", lang))
    label = rl.rubric_label(rubric, level, lang)
    st.badge(t("roles_ft_badge", lang, level=level, label=label), color=FT_COLORS[level])
    st.caption(f"{pick(row, 'ft_reason', lang)} ({t('roles_ft_editorial_short', lang)})")
    with st.expander(t("roles_details", lang)):
        st.markdown(f"**{t('roles_tasks', lang)}**")
        st.markdown("\n".join(f"- {task}" for task in rl.split_items(pick(row, "tasks", lang))))
        st.markdown(f"**{t('roles_skills', lang)}**")
        skills = zip(labels, rl.skill_values(row), strict=True)
        st.text(" · ".join(f"{label} {value}" for label, value in skills))
        st.markdown(f"**{t('roles_resources', lang)}**")
        links = rl.parse_resources(row["resources"])
        if links:
            st.markdown("\n".join(f"- {rl.markdown_link(r.title, r.url)}" for r in links))
        else:
            st.caption(t("roles_no_resources", lang))


# --- fault-tolerance scale -----------------------------------------------------------------


def ratings_section(roles: pd.DataFrame, rubric: pd.DataFrame, lang: str) -> None:
    """Every role on the 1-5 scale, with the table of ratings and reasons."""
    levels = rl.rubric_levels(rubric, lang)
    ratings = rl.fault_tolerance_rows(roles, rubric, lang)
    fig = charts.fault_tolerance_scale(
        ratings, {lv: lab for lv, (lab, _) in levels.items()}, axis_title=t("roles_scale_x", lang)
    )
    st.plotly_chart(fig, key="roles_scale_chart")
    st.markdown(f"**{t('roles_ratings_header', lang)}**")
    st.dataframe(
        ratings[["name", "fault_tolerance", "level_label", "reason"]],
        hide_index=True,
        width="stretch",
        key="roles_ratings_table",
        column_config={
            "name": t("roles_col_role", lang),
            "fault_tolerance": t("roles_col_level", lang),
            "level_label": t("roles_col_label", lang),
            "reason": st.column_config.TextColumn(t("roles_col_reason", lang), width="large"),
        },
    )
    download(ratings, "aigc_role_fault_tolerance.csv", "roles_dl_ratings", lang)


def rubric_section(rubric: pd.DataFrame, lang: str) -> None:
    """The editorial rubric: what each level means."""
    st.markdown(f"**{t('roles_rubric_header', lang)}**")
    st.caption(t("roles_rubric_intro", lang))
    for level, (label, description) in rl.rubric_levels(rubric, lang).items():
        st.markdown(f"**{level} · {label}**")
        st.write(description)
    download(rubric, "aigc_fault_tolerance_rubric.csv", "roles_dl_rubric", lang)


def proxies_section(proxies: pd.DataFrame, lang: str) -> None:
    """Published evidence on how much error each kind of work tolerates."""
    st.markdown(f"**{t('roles_proxies_header', lang)}**")
    st.caption(t("roles_proxies_intro", lang))
    rows = rl.figure_rows(proxies, lang)
    figure_table(rows, "roles_proxies_table", lang)
    download(rows, "aigc_error_tolerance_evidence.csv", "roles_dl_proxies", lang)


# --- skills radar --------------------------------------------------------------------------


def compare_section(roles: pd.DataFrame, names: Mapping[str, str], lang: str) -> None:
    """Up to three roles' skills on one radar; the choice is kept in the URL."""
    st.subheader(t("roles_compare_header", lang))
    table = rl.compare_setting(names, COMPARE_DEFAULT)
    _sync(table, lang)
    selected = st.multiselect(
        t("roles_compare_label", lang),
        options=list(names),
        format_func=lambda r: names.get(r, r),
        key=WIDGET_KEYS["compare"],
        help=t("roles_compare_help", lang),
        on_change=_writer(table),
    )
    chosen, cut = rl.limit_selection(selected)
    if cut:
        shown = ", ".join(names[r] for r in chosen)
        text = t("roles_compare_too_many", lang, limit=rl.MAX_COMPARE, names=shown)
        ui.notice(text, "warning")
    if not chosen:
        ui.notice(t("roles_compare_empty", lang))
        return
    profiles = [(names[r], rl.skill_values(rl.role_record(roles, r))) for r in chosen]
    fig = charts.skills_radar(profiles, skill_labels(lang), title=t("roles_radar_title", lang))
    st.plotly_chart(fig, key="roles_radar")
    st.caption(t("roles_skills_editorial", lang))
    download(rl.skills_table(roles, chosen, lang), "aigc_role_skills.csv", "roles_dl_skills", lang)


# --- pay and demand ------------------------------------------------------------------------


def focus_select(options: Sequence[str], names: Mapping[str, str], lang: str) -> str:
    """The role whose pay and demand are shown; kept in the URL."""
    table = rl.focus_setting(options)
    _sync(table, lang)
    return st.selectbox(
        t("roles_market_role", lang),
        options=list(options),
        format_func=lambda r: names.get(r, r),
        key=WIDGET_KEYS["role"],
        on_change=_writer(table),
    )


def salary_section(
    salaries: pd.DataFrame, focus: str, options: Sequence[str], names: Mapping[str, str], lang: str
) -> None:
    """Salary quartiles by experience level for the focus role, with source and caveats."""
    st.subheader(t("roles_salary_header", lang))
    focus_name = names.get(focus, focus)
    pay = rl.salary_rows(salaries, focus)
    if pay.empty:
        ui.notice(t("roles_salary_none", lang, name=focus_name))
    else:
        salary_chart_and_table(pay, focus, focus_name, lang)
    st.caption(t("roles_salary_caveat", lang))
    st.caption(t("roles_salary_mapping", lang))
    missing = rl.roles_without_salaries(options, salaries)
    if missing:
        shown = ", ".join(names.get(r, r) for r in missing)
        st.caption(t("roles_salary_missing_list", lang, names=shown))


def salary_chart_and_table(pay: pd.DataFrame, focus: str, focus_name: str, lang: str) -> None:
    level_names = {lv: t(f"roles_level_{lv}", lang) for lv in EXPERIENCE_LEVELS}
    fig = charts.salary_quartiles(
        pay,
        level_names,
        name=focus_name,
        title=t("roles_salary_chart_title", lang, name=focus_name),
        y_title=t("roles_salary_y", lang),
        n_label=t("roles_salary_n", lang),
    )
    st.plotly_chart(fig, key="roles_salary_chart")
    shown = pay.assign(
        experience_level=[f"{level_names[lv]} ({lv})" for lv in pay["experience_level"]]
    )
    money = {
        col: st.column_config.NumberColumn(t(f"roles_col_{label}", lang), format="localized")
        for col, label in (("p25_usd", "p25"), ("median_usd", "median"), ("p75_usd", "p75"))
    }
    st.dataframe(
        shown[["experience_level", "work_year", "n", "p25_usd", "median_usd", "p75_usd"]],
        hide_index=True,
        width="stretch",
        key="roles_salary_table",
        column_config={
            "experience_level": t("roles_col_experience", lang),
            "work_year": st.column_config.NumberColumn(t("roles_col_work_year", lang), format="%d"),
            "n": t("roles_col_n", lang),
            **money,
        },
    )
    first = pay.iloc[0]
    years = ", ".join(str(y) for y in sorted(set(pay["work_year"])))
    source = t(
        "roles_salary_source", lang, source=first["source"], year=years, licence=first["licence"]
    )
    st.caption(source + f" · {rl.markdown_link(first['url'], first['url'])}")
    titles = "; ".join(f"{ti} ({n})" for ti, n in rl.title_counts(pay["titles"]))
    st.caption(t("roles_salary_titles", lang, titles=titles))
    download(pay, f"aigc_salaries_{focus}.csv", "roles_dl_salary", lang)


def demand_section(demand: pd.DataFrame, focus: str, names: Mapping[str, str], lang: str) -> None:
    """Demand figures for the focus role, then one metric compared across roles."""
    st.subheader(t("roles_demand_header", lang))
    st.caption(t("roles_demand_intro", lang))
    focus_name = names.get(focus, focus)
    bound_names = {b: t(f"roles_bound_{b}", lang) for b in ("exact", "range", "lower_bound")}
    figures = rl.demand_rows(demand, focus)
    if figures.empty:
        ui.notice(t("roles_demand_none", lang, name=focus_name))
    else:
        shown = rl.figure_rows(figures, lang)
        title = t("roles_demand_role_title", lang, name=focus_name)
        fig = charts.demand_small_multiples(shown, bound_names, title=title)
        st.plotly_chart(fig, key="roles_demand_chart")
        figure_table(shown, "roles_demand_table", lang)
        download(shown, f"aigc_demand_{focus}.csv", "roles_dl_demand", lang)
    metrics = rl.shared_metrics(demand)
    if metrics:
        demand_comparison(demand, metrics, names, bound_names, lang)


def demand_comparison(
    demand: pd.DataFrame,
    metrics: Sequence[str],
    names: Mapping[str, str],
    bound_names: Mapping[str, str],
    lang: str,
) -> None:
    st.markdown(f"**{t('roles_demand_compare_header', lang)}**")
    metric = st.selectbox(
        t("roles_demand_metric", lang),
        options=list(metrics),
        format_func=lambda m: t(f"roles_metric_{m}", lang) if f"roles_metric_{m}" in STRINGS else m,
        key="roles_demand_metric",
    )
    across = rl.metric_comparison(demand, metric, names, lang)
    fig = charts.demand_comparison(across, bound_names, x_title=across["unit"].iloc[0])
    st.plotly_chart(fig, key="roles_demand_compare_chart")
    st.caption(t("roles_demand_compare_note", lang))
    rows = rl.figure_rows(across, lang, names)
    figure_table(rows, "roles_demand_compare_table", lang)
    download(rows, f"aigc_demand_{metric}.csv", "roles_dl_demand_compare", lang)
