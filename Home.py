"""Home: what AIGC is, headline figures, a card for every page, fault tolerance in brief."""

import streamlit as st

from aigc_dash import ui
from aigc_dash.i18n import t

lang = ui.setup_page("home_title", "✨")

st.title(t("app_name", lang))
st.caption(t("app_tagline", lang))

cols = st.columns(3)
for i, page in enumerate(p for p in ui.available_pages() if p.path != "Home.py"):
    with cols[i % 3].container(border=True):
        st.page_link(page.path, label=t(page.nav_key, lang), icon=page.icon)
        st.write(t(page.blurb_key, lang))
