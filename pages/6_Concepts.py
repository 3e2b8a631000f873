"""Concepts: how generation works, the loss lab and the fault-tolerance lab.

Layout only: every section is in ``aigc_dash.ui.concepts``.
"""

import streamlit as st

from aigc_dash.core.i18n import t
from aigc_dash.ui import chrome as ui
from aigc_dash.ui import concepts as sections

lang = ui.setup_page("concepts_title", "🧠")
st.title(t("concepts_title", lang))
st.write(t("concepts_intro", lang))

tab_how, tab_loss, tab_ft = st.tabs(
    [t("concepts_tab_how", lang), t("concepts_tab_loss", lang), t("concepts_tab_ft", lang)]
)
with tab_how:
    sections.how_section(lang)
with tab_loss:
    sections.cross_entropy_section(lang)
    sections.regression_section(lang)
with tab_ft:
    sections.fault_tolerance_section(lang)
