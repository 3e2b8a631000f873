"""Landscape page rendering: the shared filters (kept in the URL), charts with their sources,
the domain explorer and the table of every figure.

The page calls :func:`filters` once, then one ``*_section`` per part; add new parts as new
section functions (a chart builder from :mod:`aigc_dash.charts.landscape` goes through
:func:`chart_section`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from aigc_dash.career import landscape as ls
from aigc_dash.career.data import FIGURE_TABLES, records, split_list
from aigc_dash.charts import landscape as charts
from aigc_dash.core.errors import DataError
from aigc_dash.core.i18n import pick, t
from aigc_dash.core.text import md_escape
from aigc_dash.core.urlstate import UrlNotice
from aigc_dash.ui import cache, urlstate
from aigc_dash.ui import chrome as ui

PREFIX = "landscape"  # widget keys: landscape_geo, landscape_metric, landscape_min_conf


@dataclass(frozen=True)
class Filters:
    """The geography, metrics and minimum confidence chosen, and every figure table that
    loaded, filtered."""

    geo: str
    metrics: tuple[str, ...]
    loaded: Mapping[str, pd.DataFrame]
    filtered: Mapping[str, pd.DataFrame]
    min_conf: str = ls.DEFAULT_MIN_CONFIDENCE

    def figures(self, name: str) -> pd.DataFrame:
        """A figure table with the filters applied (raises DataError if malformed)."""
        return ls.filter_figures(cache.table(name), self.geo, list(self.metrics), self.min_conf)


def _quiet(name: str) -> pd.DataFrame | None:
    # Filter options come from the tables that load; a broken table shows its error in
    # its own sections below.
    try:
        return cache.table(name)
    except DataError:
        return None


def _show_notice(notice: UrlNotice, lang: str) -> None:
    value = md_escape(notice.value, limit=40)
    key = {"geo": "landscape_bad_geo_param", "min_conf": "landscape_bad_conf_param"}.get(
        notice.key, "landscape_bad_metric_param"
    )
    ui.notice(t(key, lang, value=value), "warning")


def filters(lang: str) -> Filters:
    """The geography and metric filters (shareable by link: ``?geo=china&metric=...``)."""
    loaded = {n: df for n in FIGURE_TABLES if (df := _quiet(n)) is not None}
    labels = ls.metric_labels(loaded, lang)
    table = ls.url_settings(ls.metric_options(loaded))
    urlstate.sync_from_url(table, PREFIX, lang, show=lambda n: _show_notice(n, lang))
    write = urlstate.on_change_writer(table, PREFIX)
    with st.container(border=True):
        left, right, conf = st.columns([1, 3, 1])
        geo = left.selectbox(
            t("landscape_geo", lang),
            ls.GEO_CHOICES,
            format_func=lambda g: t(f"landscape_geo_{g}", lang),
            key="landscape_geo",
            on_change=write,
        )
        metrics = right.multiselect(
            t("landscape_metric", lang),
            table.by_name["metric"].options(),
            format_func=lambda m: str(labels.get(m, m)),
            key="landscape_metric",
            placeholder=t("landscape_metric_placeholder", lang),
            help=t("landscape_metric_help", lang),
            on_change=write,
        )
        min_conf = conf.selectbox(
            t("landscape_min_conf", lang),
            ls.CONFIDENCE_CHOICES,
            format_func=lambda c: t(f"landscape_min_conf_{c}", lang),
            key="landscape_min_conf",
            help=t("source_confidence_rule", lang),
            on_change=write,
        )
        filtered = {n: ls.filter_figures(df, geo, metrics, min_conf) for n, df in loaded.items()}
        count = ls.confidence_count(loaded, geo, metrics, min_conf)
        st.caption(
            t("landscape_showing", lang, n=count.shown, total=count.total)
            + " "
            + t("landscape_min_conf_hidden", lang, n=count.hidden)
        )
    return Filters(geo, tuple(metrics), loaded, filtered, min_conf)


def link_column(lang: str) -> dict:
    """The publisher's page and the page the number was read on, as links."""
    return {
        t("landscape_col_url", lang): st.column_config.LinkColumn(),
        t("landscape_col_via_url", lang): st.column_config.LinkColumn(),
    }


def caveats(items: Iterable[str], lang: str) -> None:
    """Low-confidence caveats, one caption each."""
    for caveat in items:
        st.caption(f"⚠️ {t('caveat_label', lang)}: {ls.md_escape(caveat)}")


def show(chart: charts.Chart, lang: str) -> None:
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
    caveats(chart.caveats, lang)
    st.download_button(
        t("download_csv", lang),
        chart.table.to_csv(index=False).encode("utf-8"),
        file_name=f"aigc_{chart.key}.csv",
        mime="text/csv",
        key=f"landscape_download_{chart.key}",
    )


def chart_section(build: Callable[..., charts.Chart], f: Filters, lang: str, *tables: str) -> None:
    """Build and show one chart; a malformed table becomes a named error, not a crash."""
    with ui.data_section(lang):
        show(build(*(f.figures(n) for n in tables), lang), lang)


def domains_section(f: Filters, lang: str) -> None:
    """The domains treemap and one chosen domain: description, use cases, tools, figures."""
    with ui.data_section(lang):
        domains = cache.table("domains")
        show(charts.domains_treemap(domains, lang), lang)
        names = {r["domain_id"]: pick(r, "name", lang) for r in records(domains)}
        chosen = st.selectbox(
            t("landscape_domain_select", lang),
            list(names),
            format_func=names.__getitem__,
            key="landscape_domain",
        )
        if chosen is None:
            return
        row = next(r for r in records(domains) if r["domain_id"] == chosen)
        st.subheader(names[chosen])
        st.write(pick(row, "description", lang))
        uses = split_list(pick(row, "use_cases", lang))
        st.markdown(
            f"**{t('landscape_domain_usecases', lang)}:** "
            + "; ".join(ls.md_escape(c) for c in uses)
        )
        st.markdown(
            f"**{t('landscape_domain_tools', lang)}:** "
            + "; ".join(ls.md_escape(c) for c in split_list(row["example_tools"]))
        )
        st.caption(t("landscape_editorial_note", lang))
        st.markdown(f"**{t('landscape_domain_figures', lang)}**")
        domain_figures(ls.domain_figures(f.filtered, chosen), lang)


def domain_figures(rows: pd.DataFrame, lang: str) -> None:
    if rows.empty:
        st.info(t("landscape_domain_no_figures", lang), icon="ℹ️")
        return
    st.dataframe(
        ls.figures_table(rows, lang),
        hide_index=True,
        column_config=link_column(lang),
        key="landscape_domain_table",
    )
    st.caption(
        f"**{t('sources_label', lang)}:** "
        + " · ".join(ls.source_markdown(s, lang) for s in ls.sources_of(rows))
    )
    caveats(ls.low_confidence_caveats(rows, lang), lang)


def all_figures_section(f: Filters, lang: str) -> None:
    """Every figure that passes the filters, as one table and one download."""
    everything = pd.concat(
        [df.assign(table=n) for n, df in f.filtered.items() if not df.empty] or [pd.DataFrame()],
        ignore_index=True,
    )
    if everything.empty:
        st.info(t("empty_selection", lang), icon="ℹ️")
        return
    st.dataframe(
        ls.figures_table(everything, lang),
        hide_index=True,
        column_config=link_column(lang),
        key="landscape_all_table",
    )
    caveats(ls.low_confidence_caveats(everything, lang), lang)
    st.download_button(
        t("download_csv", lang),
        everything.to_csv(index=False).encode("utf-8"),
        file_name="aigc_figures.csv",
        mime="text/csv",
        key="landscape_download_all",
    )
