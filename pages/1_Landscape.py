"""Landscape: application domains, market size, investment, adoption, China, labour market."""

from collections.abc import Callable

import pandas as pd
import streamlit as st

from aigc_dash.career import landscape as ls
from aigc_dash.career.data import FIGURE_TABLES, split_list
from aigc_dash.charts import landscape as charts
from aigc_dash.core.errors import DataError
from aigc_dash.core.i18n import pick, t
from aigc_dash.ui import cache
from aigc_dash.ui import chrome as ui

lang = ui.setup_page("landscape_title", "🌐")
st.title(t("landscape_title", lang))
st.caption(t("landscape_intro", lang))


def _quiet(name: str) -> pd.DataFrame | None:
    # Filter options come from the tables that load; a broken table shows its error in
    # its own sections below.
    try:
        return cache.table(name)
    except DataError:
        return None


loaded = {n: df for n in FIGURE_TABLES if (df := _quiet(n)) is not None}
labels = ls.metric_labels(loaded, lang)

options = ls.metric_options(loaded)
# Geography and metrics are shareable by link (?geo=china&metric=...): read once per session,
# then the widgets own the state and the URL follows them.
if "landscape_geo" not in st.session_state:
    st.session_state["landscape_geo"], bad_geo = ls.geo_from_param(st.query_params.get("geo"))
    if bad_geo is not None:
        ui.notice(t("landscape_bad_geo_param", lang, value=ls.md_escape(bad_geo)), "warning")
if "landscape_metric" not in st.session_state:
    chosen, bad_metrics = ls.metrics_from_params(st.query_params.get_all("metric"), options)
    st.session_state["landscape_metric"] = chosen
    if bad_metrics:
        ui.notice(
            t("landscape_bad_metric_param", lang, value=ls.md_escape(", ".join(bad_metrics))),
            "warning",
        )

with st.container(border=True):
    left, right = st.columns([1, 3])
    geo = left.selectbox(
        t("landscape_geo", lang),
        ls.GEO_CHOICES,
        format_func=lambda g: t(f"landscape_geo_{g}", lang),
        key="landscape_geo",
    )
    metrics = right.multiselect(
        t("landscape_metric", lang),
        options,
        format_func=lambda m: labels.get(m, m),
        key="landscape_metric",
        placeholder=t("landscape_metric_placeholder", lang),
        help=t("landscape_metric_help", lang),
    )
    st.query_params["geo"] = geo
    st.query_params["metric"] = metrics
    filtered = {n: ls.filter_figures(df, geo, metrics) for n, df in loaded.items()}
    st.caption(
        t(
            "landscape_showing",
            lang,
            n=sum(len(df) for df in filtered.values()),
            total=sum(len(df) for df in loaded.values()),
        )
    )


link_column = {t("landscape_col_url", lang): st.column_config.LinkColumn()}


def figures(name: str) -> pd.DataFrame:
    """A figure table with the page's filters applied (raises DataError if malformed)."""
    return ls.filter_figures(cache.table(name), geo, metrics)


def show(chart: charts.Chart) -> None:
    """A chart with its sources, caveats and a download of the rows behind it."""
    if chart.empty:
        st.info(f"{chart.title}: {t('empty_selection', lang)}", icon="ℹ️")
        return
    st.plotly_chart(chart.fig, key=f"landscape_chart_{chart.key}")
    if chart.sources:
        links = " · ".join(ls.source_markdown(s, lang) for s in chart.sources)
        st.caption(f"**{t('sources_label', lang)}:** {links}")
    else:
        st.caption(t("landscape_no_sources", lang))
    for caveat in chart.caveats:
        st.caption(f"⚠️ {t('caveat_label', lang)}: {ls.md_escape(caveat)}")
    st.download_button(
        t("download_csv", lang),
        chart.table.to_csv(index=False).encode("utf-8"),
        file_name=f"aigc_{chart.key}.csv",
        mime="text/csv",
        key=f"landscape_download_{chart.key}",
    )


def section(build: Callable[..., charts.Chart], *tables: str) -> None:
    """Build and show one chart; a malformed table becomes a named error, not a crash."""
    with ui.data_section(lang):
        show(build(*(figures(n) for n in tables), lang))


st.header(t("landscape_section_domains", lang))
with ui.data_section(lang):
    domains = cache.table("domains")
    show(charts.domains_treemap(domains, lang))
    names = {r["domain_id"]: pick(r, "name", lang) for r in domains.to_dict("records")}
    chosen = st.selectbox(
        t("landscape_domain_select", lang),
        list(names),
        format_func=names.__getitem__,
        key="landscape_domain",
    )
    row = domains.set_index("domain_id").loc[chosen].to_dict()
    st.subheader(names[chosen])
    st.write(pick(row, "description", lang))
    st.markdown(
        f"**{t('landscape_domain_usecases', lang)}:** "
        + "; ".join(ls.md_escape(c) for c in split_list(pick(row, "use_cases", lang)))
    )
    st.markdown(
        f"**{t('landscape_domain_tools', lang)}:** "
        + "; ".join(ls.md_escape(c) for c in split_list(row["example_tools"]))
    )
    st.caption(t("landscape_editorial_note", lang))
    st.markdown(f"**{t('landscape_domain_figures', lang)}**")
    rows = ls.domain_figures(filtered, chosen)
    if rows.empty:
        st.info(t("landscape_domain_no_figures", lang), icon="ℹ️")
    else:
        st.dataframe(
            ls.figures_table(rows, lang),
            hide_index=True,
            column_config=link_column,
            key="landscape_domain_table",
        )
        st.caption(
            f"**{t('sources_label', lang)}:** "
            + " · ".join(ls.source_markdown(s, lang) for s in ls.sources_of(rows))
        )
        for caveat in ls.low_confidence_caveats(rows, lang):
            st.caption(f"⚠️ {t('caveat_label', lang)}: {ls.md_escape(caveat)}")

st.header(t("landscape_section_market", lang))
section(charts.market_chart, "market_size")
section(charts.value_potential_chart, "market_size")

st.header(t("landscape_section_investment", lang))
section(charts.investment_chart, "investment")

st.header(t("landscape_section_adoption", lang))
section(charts.adoption_trend_chart, "adoption")
section(charts.adoption_function_chart, "adoption")
section(charts.adoption_domain_chart, "adoption")

st.header(t("landscape_section_china", lang))
section(charts.china_market_chart, "market_size")
section(charts.china_users_chart, "adoption")
section(charts.china_money_chart, "investment")
section(charts.china_investment_forecast_chart, "market_size")

st.header(t("landscape_section_labour", lang))
section(charts.premium_chart, "labour_market")
section(charts.postings_chart, "labour_market")

st.header(t("landscape_section_all", lang))
everything = pd.concat(
    [df.assign(table=n) for n, df in filtered.items() if not df.empty] or [pd.DataFrame()],
    ignore_index=True,
)
if everything.empty:
    st.info(t("empty_selection", lang), icon="ℹ️")
else:
    st.dataframe(
        ls.figures_table(everything, lang),
        hide_index=True,
        column_config=link_column,
        key="landscape_all_table",
    )
    for caveat in ls.low_confidence_caveats(everything, lang):
        st.caption(f"⚠️ {t('caveat_label', lang)}: {ls.md_escape(caveat)}")
    st.download_button(
        t("download_csv", lang),
        everything.to_csv(index=False).encode("utf-8"),
        file_name="aigc_figures.csv",
        mime="text/csv",
        key="landscape_download_all",
    )
