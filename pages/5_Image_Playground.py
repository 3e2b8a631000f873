"""Image playground: a DCGAN's digits, step-by-step diffusion, and a GAN trained live in class.

Every setting lives in ``st.query_params`` through the one URL-state helper (the table is
``aigc_dash.playgrounds.image.TABLE``): widgets write the URL, each run reads it back into the
widgets, and tampered values are clamped with a notice. Only the chosen section runs (a
segmented control, not ``st.tabs``, whose hidden tabs would all compute). The sections are
drawn by ``aigc_dash.ui.image_playground``; the flows and run state are
``aigc_dash.playgrounds.image``'s.
"""

import streamlit as st

from aigc_dash.core.i18n import t
from aigc_dash.ui import chrome
from aigc_dash.ui import image_playground as view

lang = chrome.setup_page("image_title", "🎨")
st.title(t("image_title", lang))
st.write(t("image_intro", lang))

settings = view.settings_from_url(lang)
view.section_picker(lang)
st.divider()

if settings.tab == "dcgan":
    view.dcgan_section(settings, lang)
    view.dcgan_course_code(lang)  # the course notes' DCGAN listing vs ours (section 5.2)
elif settings.tab == "diffusion":
    view.diffusion_section(settings, lang)
else:
    view.lab_section(settings, lang)
