"""Roles: a card per AIGC role, the fault-tolerance scale, a skills radar, pay and demand."""

import streamlit as st

from aigc_dash.career import roles as rl
from aigc_dash.career.data import EXPERIENCE_LEVELS, SKILL_DIMENSIONS
from aigc_dash.charts import roles as charts
from aigc_dash.core.i18n import STRINGS, pick, t
from aigc_dash.ui import cache
from aigc_dash.ui import chrome as ui

lang = ui.setup_page("roles_title", "🧑‍💻")
st.title(t("roles_title", lang))
st.write(t("roles_intro", lang))

COMPARE_DEFAULT = ["algorithm_engineer", "content_creator"]
SKILL_LABELS = [t(f"roles_skill_{s}", lang) for s in SKILL_DIMENSIONS]
LEVEL_NAMES = {lv: t(f"roles_level_{lv}", lang) for lv in EXPERIENCE_LEVELS}
BOUND_NAMES = {b: t(f"roles_bound_{b}", lang) for b in ("exact", "range", "lower_bound")}


def _csv(df) -> bytes:
    return df.to_csv(index=False).encode("utf-8")


def _download(df, file_name: str, key: str) -> None:
    st.download_button(
        t("download_csv", lang), data=_csv(df), file_name=file_name, mime="text/csv", key=key
    )


def _seed_from_url(
    param: str, key: str, valid: list[str], default: list[str], single: bool = False
) -> None:
    """Before a widget first renders: take its value from the link, saying so if it is bad."""
    if key in st.session_state:
        return
    known: list[str] = []
    if param in st.query_params:
        known, rejected = rl.parse_id_list(st.query_params.get_all(param), valid)
        if rejected:
            ui.notice(t("roles_bad_param", lang, values=", ".join(rejected)), "warning")
    value = known or [d for d in default if d in valid]
    st.session_state[key] = (value[0] if value else None) if single else value


def _write_url(param: str, value: str) -> None:
    """Keep the choice in the link so it can be shared."""
    if st.query_params.get(param) != value:
        st.query_params[param] = value


def _figure_table(rows, key: str) -> None:
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
            "url": st.column_config.LinkColumn(t("roles_col_link", lang)),
            "confidence": t("roles_col_confidence", lang),
            "note": st.column_config.TextColumn(t("roles_col_note", lang), width="large"),
        },
    )


roles = rubric = None
with ui.data_section(lang):
    roles = cache.table("roles")
with ui.data_section(lang):
    rubric = cache.table("fault_tolerance_rubric")
names = rl.role_names(roles, lang)

tab_cards, tab_scale, tab_compare, tab_market = st.tabs(
    [
        t("roles_tab_cards", lang),
        t("roles_tab_scale", lang),
        t("roles_tab_compare", lang),
        t("roles_tab_market", lang),
    ]
)

# --- Cards -------------------------------------------------------------------------------
with tab_cards, ui.data_section(lang):
    if roles is not None and rubric is not None:
        cols = st.columns(2)
        for i, row in enumerate(roles.to_dict("records")):
            level = int(row["fault_tolerance"])
            with cols[i % 2].container(border=True):
                st.subheader(pick(row, "name", lang))
                if row["seed_role"]:
                    st.caption(f"⭐ {t('roles_seed_badge', lang)}")
                st.write(pick(row, "summary", lang))
                st.badge(
                    t(
                        "roles_ft_badge",
                        lang,
                        level=level,
                        label=rl.rubric_label(rubric, level, lang),
                    ),
                    color={1: "red", 2: "orange", 3: "yellow", 4: "green", 5: "green"}[level],
                )
                st.caption(
                    f"{pick(row, 'ft_reason', lang)} ({t('roles_ft_editorial_short', lang)})"
                )
                with st.expander(t("roles_details", lang)):
                    st.markdown(f"**{t('roles_tasks', lang)}**")
                    st.markdown(
                        "\n".join(f"- {task}" for task in rl.split_items(pick(row, "tasks", lang)))
                    )
                    st.markdown(f"**{t('roles_skills', lang)}**")
                    st.text(
                        " · ".join(
                            f"{label} {value}"
                            for label, value in zip(SKILL_LABELS, rl.skill_values(row), strict=True)
                        )
                    )
                    st.markdown(f"**{t('roles_resources', lang)}**")
                    links = rl.parse_resources(row["resources"])
                    if links:
                        st.markdown(
                            "\n".join(f"- {rl.markdown_link(r.title, r.url)}" for r in links)
                        )
                    else:
                        st.caption(t("roles_no_resources", lang))
        _download(roles, "aigc_roles.csv", "roles_dl_roles")

# --- Fault-tolerance scale ---------------------------------------------------------------
with tab_scale:
    st.subheader(t("roles_scale_header", lang))
    st.info(t("editorial_label", lang), icon="✍️")
    st.write(t("roles_seed_reading", lang))
    with ui.data_section(lang):
        if roles is not None and rubric is not None:
            levels = rl.rubric_levels(rubric, lang)
            ratings = rl.fault_tolerance_rows(roles, rubric, lang)
            fig = charts.fault_tolerance_scale(
                ratings,
                {lv: lab for lv, (lab, _) in levels.items()},
                axis_title=t("roles_scale_x", lang),
            )
            st.plotly_chart(fig, key="roles_scale_chart")
            st.markdown(f"**{t('roles_ratings_header', lang)}**")
            shown = ratings[["name", "fault_tolerance", "level_label", "reason"]]
            st.dataframe(
                shown,
                hide_index=True,
                width="stretch",
                key="roles_ratings_table",
                column_config={
                    "name": t("roles_col_role", lang),
                    "fault_tolerance": t("roles_col_level", lang),
                    "level_label": t("roles_col_label", lang),
                    "reason": st.column_config.TextColumn(
                        t("roles_col_reason", lang), width="large"
                    ),
                },
            )
            _download(ratings, "aigc_role_fault_tolerance.csv", "roles_dl_ratings")
    with ui.data_section(lang):
        if rubric is not None:
            st.markdown(f"**{t('roles_rubric_header', lang)}**")
            st.caption(t("roles_rubric_intro", lang))
            for level, (label, description) in rl.rubric_levels(rubric, lang).items():
                st.markdown(f"**{level} · {label}**")
                st.write(description)
            _download(rubric, "aigc_fault_tolerance_rubric.csv", "roles_dl_rubric")
    with ui.data_section(lang):
        proxies = cache.table("error_tolerance_proxies")
        st.markdown(f"**{t('roles_proxies_header', lang)}**")
        st.caption(t("roles_proxies_intro", lang))
        proxy_rows = rl.figure_rows(proxies, lang)
        _figure_table(proxy_rows, "roles_proxies_table")
        _download(proxy_rows, "aigc_error_tolerance_evidence.csv", "roles_dl_proxies")

# --- Skills radar ------------------------------------------------------------------------
with tab_compare, ui.data_section(lang):
    if roles is not None:
        st.subheader(t("roles_compare_header", lang))
        _seed_from_url("compare", "roles_compare", list(names), COMPARE_DEFAULT)
        selected = st.multiselect(
            t("roles_compare_label", lang),
            options=list(names),
            format_func=lambda r: names.get(r, r),
            key="roles_compare",
            help=t("roles_compare_help", lang),
        )
        chosen, cut = rl.limit_selection(selected)
        _write_url("compare", ",".join(chosen))
        if cut:
            ui.notice(
                t(
                    "roles_compare_too_many",
                    lang,
                    limit=rl.MAX_COMPARE,
                    names=", ".join(names[r] for r in chosen),
                ),
                "warning",
            )
        if not chosen:
            ui.notice(t("roles_compare_empty", lang))
        else:
            profiles = [(names[r], rl.skill_values(rl.role_record(roles, r))) for r in chosen]
            fig = charts.skills_radar(profiles, SKILL_LABELS, title=t("roles_radar_title", lang))
            st.plotly_chart(fig, key="roles_radar")
            st.caption(t("roles_skills_editorial", lang))
            _download(
                rl.skills_table(roles, chosen, lang), "aigc_role_skills.csv", "roles_dl_skills"
            )

# --- Pay and demand ----------------------------------------------------------------------
with tab_market:
    salaries = demand = None
    with ui.data_section(lang):
        salaries = cache.table("salaries")
    with ui.data_section(lang):
        demand = cache.table("role_demand")
    # Without the roles table, still offer every role that has figures (named by its id).
    options = list(names) or sorted(
        set(() if salaries is None else salaries["role_id"])
        | set(() if demand is None else demand["role_id"])
    )
    if options:
        _seed_from_url("role", "roles_salary_role", options, options[:1], single=True)
        focus = st.selectbox(
            t("roles_market_role", lang),
            options=options,
            format_func=lambda r: names.get(r, r),
            key="roles_salary_role",
        )
        _write_url("role", focus)
        focus_name = names.get(focus, focus)

        with ui.data_section(lang):
            if salaries is not None:
                st.subheader(t("roles_salary_header", lang))
                pay = rl.salary_rows(salaries, focus)
                if pay.empty:
                    ui.notice(t("roles_salary_none", lang, name=focus_name))
                else:
                    fig = charts.salary_quartiles(
                        pay,
                        LEVEL_NAMES,
                        name=focus_name,
                        title=t("roles_salary_chart_title", lang, name=focus_name),
                        y_title=t("roles_salary_y", lang),
                        n_label=t("roles_salary_n", lang),
                    )
                    st.plotly_chart(fig, key="roles_salary_chart")
                    shown_pay = pay.assign(
                        experience_level=[
                            f"{LEVEL_NAMES[lv]} ({lv})" for lv in pay["experience_level"]
                        ]
                    )
                    st.dataframe(
                        shown_pay[
                            [
                                "experience_level",
                                "work_year",
                                "n",
                                "p25_usd",
                                "median_usd",
                                "p75_usd",
                            ]
                        ],
                        hide_index=True,
                        width="stretch",
                        key="roles_salary_table",
                        column_config={
                            "experience_level": t("roles_col_experience", lang),
                            "work_year": st.column_config.NumberColumn(
                                t("roles_col_work_year", lang), format="%d"
                            ),
                            "n": t("roles_col_n", lang),
                            "p25_usd": st.column_config.NumberColumn(
                                t("roles_col_p25", lang), format="localized"
                            ),
                            "median_usd": st.column_config.NumberColumn(
                                t("roles_col_median", lang), format="localized"
                            ),
                            "p75_usd": st.column_config.NumberColumn(
                                t("roles_col_p75", lang), format="localized"
                            ),
                        },
                    )
                    first = pay.iloc[0]
                    st.caption(
                        t(
                            "roles_salary_source",
                            lang,
                            source=first["source"],
                            year=", ".join(str(y) for y in sorted(set(pay["work_year"]))),
                            licence=first["licence"],
                        )
                        + f" · {rl.markdown_link(first['url'], first['url'])}"
                    )
                    titles = "; ".join(f"{ti} ({n})" for ti, n in rl.title_counts(pay["titles"]))
                    st.caption(t("roles_salary_titles", lang, titles=titles))
                    _download(pay, f"aigc_salaries_{focus}.csv", "roles_dl_salary")
                st.caption(t("roles_salary_caveat", lang))
                st.caption(t("roles_salary_mapping", lang))
                missing = rl.roles_without_salaries(options, salaries)
                if missing:
                    st.caption(
                        t(
                            "roles_salary_missing_list",
                            lang,
                            names=", ".join(names.get(r, r) for r in missing),
                        )
                    )

        with ui.data_section(lang):
            if demand is not None:
                st.subheader(t("roles_demand_header", lang))
                st.caption(t("roles_demand_intro", lang))
                figures = rl.demand_rows(demand, focus)
                if figures.empty:
                    ui.notice(t("roles_demand_none", lang, name=focus_name))
                else:
                    shown = rl.figure_rows(figures, lang)
                    fig = charts.demand_small_multiples(
                        shown,
                        BOUND_NAMES,
                        title=t("roles_demand_role_title", lang, name=focus_name),
                    )
                    st.plotly_chart(fig, key="roles_demand_chart")
                    _figure_table(shown, "roles_demand_table")
                    _download(shown, f"aigc_demand_{focus}.csv", "roles_dl_demand")

                metrics = rl.shared_metrics(demand)
                if metrics:
                    st.markdown(f"**{t('roles_demand_compare_header', lang)}**")
                    metric = st.selectbox(
                        t("roles_demand_metric", lang),
                        options=metrics,
                        format_func=lambda m: (
                            t(f"roles_metric_{m}", lang) if f"roles_metric_{m}" in STRINGS else m
                        ),
                        key="roles_demand_metric",
                    )
                    across = rl.metric_comparison(demand, metric, names, lang)
                    fig = charts.demand_comparison(
                        across, BOUND_NAMES, x_title=across["unit"].iloc[0]
                    )
                    st.plotly_chart(fig, key="roles_demand_compare_chart")
                    st.caption(t("roles_demand_compare_note", lang))
                    across_rows = rl.figure_rows(across, lang, names)
                    _figure_table(across_rows, "roles_demand_compare_table")
                    _download(across_rows, f"aigc_demand_{metric}.csv", "roles_dl_demand_compare")
