"""Home (the default page, served at ``/``): what AIGC is, headline figures, a card for every page, fault tolerance in brief."""

import streamlit as st

from aigc_dash.career import landscape as ls
from aigc_dash.core.i18n import t
from aigc_dash.ui import cache
from aigc_dash.ui import chrome as ui

lang = ui.setup_page("home_title", "✨")

st.title(t("app_name", lang))
st.caption(t("app_tagline", lang))

what, why = st.columns(2)
with what:
    st.subheader(t("home_what_title", lang))
    st.write(t("home_what_body", lang))
with why:
    st.subheader(t("home_why_title", lang))
    st.write(t("home_why_body", lang))

st.subheader(t("home_figures_title", lang))
tables = {}
for name in dict.fromkeys(table for table, _ in ls.HEADLINES):
    with ui.data_section(lang):  # a broken table costs its figures, not the page
        tables[name] = cache.table(name)
headlines = ls.headline_figures(tables, lang)
cols = st.columns(2)
for i, fig in enumerate(headlines):
    with cols[i % 2].container(border=True):
        tag = f", {t('home_figure_forecast', lang)}" if fig.is_forecast else ""
        st.metric(f"{fig.label} ({fig.year}{tag})", fig.value_text)
        st.caption(
            t("home_figure_unit", lang, unit=ls.md_escape(fig.unit))
            + " · "
            + t("home_figure_source", lang, link=ls.source_markdown(fig.source, lang))
        )
st.caption(t("home_figures_more", lang))

st.subheader(t("home_ft_title", lang))
st.write(t("home_ft_body", lang))

st.subheader(t("home_pages_title", lang))
cols = st.columns(3)
for i, page in enumerate(p for p in ui.available_pages() if p is not ui.HOME):
    with cols[i % 3].container(border=True):
        st.page_link(page.path, label=t(page.nav_key, lang), icon=page.icon)
        st.write(t(page.blurb_key, lang))
