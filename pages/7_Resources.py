"""Resources: tools and learning resources (searchable), trends and challenges, FAQ.

Layout only: every tab's section is in ``aigc_dash.ui.resources``.
"""

import streamlit as st

from aigc_dash.core.i18n import t
from aigc_dash.ui import chrome as ui
from aigc_dash.ui import course
from aigc_dash.ui import exposure as exposure_ui
from aigc_dash.ui import resources as sections

lang = ui.setup_page("resources_title", "📚")
st.title(t("resources_title", lang))
st.write(t("resources_intro", lang))
course.about_course_notes(lang)  # the notes in full, and which page covers which section

tab_tools, tab_challenges, tab_faq = st.tabs(
    [t(f"resources_tab_{tab}", lang) for tab in ("tools", "challenges", "faq")]
)
with tab_tools, ui.data_section(lang):
    sections.tools_section(lang)
with tab_challenges, ui.data_section(lang):
    sections.challenges_section(lang)
with tab_faq:
    exposure_ui.faq_entry(lang)  # "will AI take this job?" with the data and its limits
with tab_faq, ui.data_section(lang):
    sections.faq_section(lang)
