"""Roles: a card per AIGC role, the fault-tolerance scale, a skills radar, pay and demand.

Layout only: each tab's sections are in ``aigc_dash.ui.roles``; the tables come from the
cached reader, each in its own data section so one broken file leaves the rest working.
"""

import streamlit as st

from aigc_dash.career import roles as rl
from aigc_dash.core.i18n import t
from aigc_dash.ui import cache, course
from aigc_dash.ui import chrome as ui
from aigc_dash.ui import exposure as exposure_ui
from aigc_dash.ui import roles as sections

lang = ui.setup_page("roles_title", "🧑‍💻")
st.title(t("roles_title", lang))
st.write(t("roles_intro", lang))

roles = rubric = None
with ui.data_section(lang):
    roles = cache.table("roles")
with ui.data_section(lang):
    rubric = cache.table("fault_tolerance_rubric")
names = rl.role_names(roles, lang)

tab_cards, tab_scale, tab_compare, tab_market, tab_exposure = st.tabs(
    [t(f"roles_tab_{tab}", lang) for tab in ("cards", "scale", "compare", "market")]
    + [t("exposure_tab", lang)]
)

with tab_cards, ui.data_section(lang):
    if roles is not None and rubric is not None:
        sections.cards_section(roles, rubric, lang)

with tab_scale:
    st.subheader(t("roles_scale_header", lang))
    st.info(t("editorial_label", lang), icon="✍️")
    st.write(t("roles_seed_reading", lang))
    with ui.data_section(lang):
        if roles is not None and rubric is not None:
            sections.ratings_section(roles, rubric, lang)
    with ui.data_section(lang):
        if roles is not None and rubric is not None:
            course.ft_readings_section(roles, rubric, lang)  # the course notes' reading and ours
    with ui.data_section(lang):
        if rubric is not None:
            sections.rubric_section(rubric, lang)
    with ui.data_section(lang):
        sections.proxies_section(cache.table("error_tolerance_proxies"), lang)

with tab_compare, ui.data_section(lang):
    if roles is not None:
        sections.compare_section(roles, names, lang)

with tab_market:
    salaries = demand = None
    with ui.data_section(lang):
        salaries = cache.table("salaries")
    with ui.data_section(lang):
        demand = cache.table("role_demand")
    # Without the roles table, still offer every role that has figures (named by its id).
    options = list(names) or rl.roles_with_figures(salaries, demand)
    if options:
        focus = sections.focus_select(options, names, lang)
        with ui.data_section(lang):
            if salaries is not None:
                sections.salary_section(salaries, focus, options, names, lang)
        with ui.data_section(lang):
            if demand is not None:
                sections.demand_section(demand, focus, names, lang)

with tab_exposure:  # AI exposure evidence beside the editorial rating
    exposure_ui.roles_section(lang, roles)
