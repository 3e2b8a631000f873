"""Landscape: application domains, market size, investment, adoption, China, labour market.

Layout only: the filters (kept in the URL) and every section are in ``aigc_dash.ui.landscape``,
the charts in ``aigc_dash.charts.landscape``.
"""

import streamlit as st

from aigc_dash.charts import landscape as charts
from aigc_dash.core.i18n import t
from aigc_dash.ui import chrome as ui
from aigc_dash.ui import exposure as exposure_ui
from aigc_dash.ui import landscape as sections

lang = ui.setup_page("landscape_title", "🌐")
st.title(t("landscape_title", lang))
st.caption(t("landscape_intro", lang))

f = sections.filters(lang)

st.header(t("landscape_section_domains", lang))
sections.domains_section(f, lang)

st.header(t("landscape_section_market", lang))
sections.chart_section(charts.market_chart, f, lang, "market_size")
sections.chart_section(charts.value_potential_chart, f, lang, "market_size")

st.header(t("landscape_section_investment", lang))
sections.chart_section(charts.investment_chart, f, lang, "investment")

st.header(t("landscape_section_adoption", lang))
sections.chart_section(charts.adoption_trend_chart, f, lang, "adoption")
sections.chart_section(charts.adoption_function_chart, f, lang, "adoption")
sections.chart_section(charts.adoption_domain_chart, f, lang, "adoption")

st.header(t("landscape_section_china", lang))
sections.chart_section(charts.china_market_chart, f, lang, "market_size")
sections.chart_section(charts.china_users_chart, f, lang, "adoption")
sections.chart_section(charts.china_money_chart, f, lang, "investment")
sections.chart_section(charts.china_investment_forecast_chart, f, lang, "market_size")

st.header(t("landscape_section_labour", lang))
sections.chart_section(charts.premium_chart, f, lang, "labour_market")
sections.chart_section(charts.postings_chart, f, lang, "labour_market")
exposure_ui.landscape_link(lang)

st.header(t("landscape_section_all", lang))
sections.all_figures_section(f, lang)
