"""Career matcher: sliders (or a preset, or a questionnaire) -> ranked AIGC roles with reasons.

Layout only: the URL state, callbacks and sections are in ``aigc_dash.ui.matcher``, the
scoring in ``aigc_dash.career.matcher``.
"""

import streamlit as st

from aigc_dash.core.i18n import t
from aigc_dash.ui import cache
from aigc_dash.ui import chrome as ui
from aigc_dash.ui import classroom as cr
from aigc_dash.ui import exposure as exposure_ui
from aigc_dash.ui import matcher as sections

lang = ui.setup_page("matcher_title", "🧭")
st.title(t("matcher_title", lang))
st.write(t("matcher_intro", lang))

with ui.data_section(lang):
    roles_df = cache.table("roles")
    rubric_df = None
    with ui.data_section(lang):  # without the rubric the roles are still scored
        rubric_df = cache.table("fault_tolerance_rubric")
    ctx = sections.role_context(roles_df, rubric_df, lang)

    sections.sync_from_url(lang)
    left, right = st.columns([1, 2], gap="large")
    with left:
        sections.inputs_section(lang)
        exposure_ui.preference_control(lang)
    profile = sections.profile_from_widgets()
    matches, robust = exposure_ui.matcher_scores(profile, ctx.roles, lang)

    with right:
        sections.show_flash(lang)
        sections.ranking_section(profile, matches, ctx, lang)
        sections.robustness_section(profile, matches, robust, ctx, lang)
        sections.formula_section(ctx, lang)
        sections.share_section(profile, matches, robust, ctx, lang)
        cr.submit_matcher(lang, profile, matches, robust)
