"""The course notes on the career pages: the "About the course notes" entry (Resources page:
what the notes cover, which app page goes with which section) and the notes' fault-tolerance
reading beside ours (Roles page)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from aigc_dash.career.course import COURSE_MAP, ft_readings, unrated_names
from aigc_dash.core.errors import DataError
from aigc_dash.core.i18n import t
from aigc_dash.ui import cache


def about_course_notes(lang: str) -> None:
    """A bordered entry naming the course notes in full, with the page ↔ section map (a
    static table: it is a reference, not data to sort or search)."""
    with st.container(border=True, key="resources_course_notes"):
        st.markdown(f"**{t('course_about_header', lang)}**")
        st.write(t("course_about_intro", lang, full=t("course_name_full", lang)))
        table = pd.DataFrame(
            {
                t("course_about_col_page", lang): [m.pages(lang) for m in COURSE_MAP],
                t("course_about_col_sections", lang): [m.sections for m in COURSE_MAP],
                t("course_about_col_what", lang): [t(m.what_key, lang) for m in COURSE_MAP],
            }
        )
        st.table(table.set_index(t("course_about_col_page", lang)))


def ft_readings_section(roles: pd.DataFrame, rubric: pd.DataFrame, lang: str) -> None:
    """The course notes' fault-tolerance reading beside ours, for every role they rate, and
    the roles they do not rate (Roles page, scale tab)."""
    readings = ft_readings(roles, cache.table("course_ft_readings"), rubric, lang)
    st.markdown(f"**{t('course_ft_header', lang)}**")
    rated = [r for r in readings if r.course is not None]
    st.dataframe(
        {
            t("course_ft_col_role", lang): [r.name for r in rated],
            t("course_ft_col_course", lang): [
                t(
                    "course_ft_course_cell",
                    lang,
                    rating=t(f"course_ft_rating_{r.course}", lang),
                    says=r.course_says,
                )
                for r in rated
            ],
            t("course_ft_col_ours", lang): [
                t("course_ft_ours_cell", lang, level=r.ours, label=r.ours_label) for r in rated
            ],
            t("course_ft_col_compare", lang): [r.compare for r in rated],
        },
        hide_index=True,
        width="stretch",
        key="roles_course_readings",
        column_config={
            t(f"course_ft_col_{c}", lang): st.column_config.TextColumn(width="large")
            for c in ("course", "compare")
        },
    )
    sep = "、" if lang == "zh" else ", "
    st.caption(t("course_ft_unrated", lang, names=sep.join(unrated_names(readings))))


def card_notes(roles: pd.DataFrame, rubric: pd.DataFrame, lang: str) -> dict[str, str]:
    """Role id -> one line with the course notes' reading, for the roles they rate (empty
    when the readings file cannot be read: the cards stay)."""
    try:
        readings = ft_readings(roles, cache.table("course_ft_readings"), rubric, lang)
    except DataError:
        return {}
    return {
        r.role_id: t(
            "course_ft_card",
            lang,
            rating=t(f"course_ft_rating_{r.course}", lang),
            says=r.course_says,
        )
        for r in readings
        if r.course is not None
    }
