"""The "About the course notes" entry (Resources page): what the notes cover and which app
page goes with which of their sections."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from aigc_dash.career.course import COURSE_MAP
from aigc_dash.core.i18n import t


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
