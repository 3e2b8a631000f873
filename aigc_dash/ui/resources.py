"""Resources page rendering: the searchable tools and learning table, trends and challenges
with their sourced figures, and the FAQ. One ``*_section`` per tab."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from aigc_dash.career import landscape as ls
from aigc_dash.career import resources
from aigc_dash.career.data import FIGURE_TABLES, records
from aigc_dash.core.i18n import pick, t
from aigc_dash.ui import cache
from aigc_dash.ui import chrome as ui

CATEGORIES: tuple[str, ...] = ("platform", "tool", "learning")
TOPICS = ("trends", "ethics", "copyright", "jobs")


def tools_section(lang: str) -> None:
    """Search the tools and learning resources by text and category."""
    table = cache.table("resources")
    left, right = st.columns([2, 1])
    raw_query = left.text_input(
        t("resources_search", lang), key="resources_query", help=t("resources_search_help", lang)
    )
    chosen = right.multiselect(
        t("resources_categories", lang),
        options=list(CATEGORIES),
        default=list(CATEGORIES),
        format_func=lambda c: t(f"resources_cat_{c}", lang),
        key="resources_categories",
    )
    query, was_cut = resources.clean_query(raw_query)
    if was_cut:
        ui.notice(t("resources_query_cut", lang, n=resources.MAX_QUERY), "warning")
    found = resources.search_resources(table, query, chosen, lang)
    st.caption(t("resources_count", lang, n=len(found)))
    if found.empty:
        ui.notice(t("resources_none", lang))
        return
    resources_table(found, lang)
    st.download_button(
        t("download_csv", lang),
        data=found.to_csv(index=False).encode("utf-8"),
        file_name="aigc_resources.csv",
        mime="text/csv",
        key="resources_download",
    )


def resources_table(found: pd.DataFrame, lang: str) -> None:
    shown = found.assign(
        description=[pick(r, "description", lang) for r in records(found)],
        category_label=[t(f"resources_cat_{c}", lang) for c in found["category"]],
    )
    st.dataframe(
        shown[["name", "category_label", "description", "url", "open_source", "licence"]],
        hide_index=True,
        width="stretch",
        key="resources_table",
        column_config={
            "name": t("resources_col_name", lang),
            "category_label": t("resources_col_category", lang),
            "description": st.column_config.TextColumn(
                t("resources_col_description", lang), width="large"
            ),
            "url": st.column_config.LinkColumn(t("resources_col_link", lang)),
            "open_source": st.column_config.CheckboxColumn(t("resources_col_open", lang)),
            "licence": t("resources_col_licence", lang),
        },
    )


def challenges_section(lang: str) -> None:
    """Trends, ethics, copyright and jobs: editorial text with the sourced figures behind it."""
    challenges = cache.table("challenges")
    figure_tables = {name: cache.table(name) for name in FIGURE_TABLES}
    st.caption(t("resources_editorial_note", lang))
    for topic in TOPICS:
        st.subheader(t(f"resources_topic_{topic}", lang))
        for row in records(challenges[challenges["topic"] == topic]):
            with st.container(border=True):
                challenge(row, figure_tables, lang)


def challenge(row: Mapping, figure_tables: Mapping[str, pd.DataFrame], lang: str) -> None:
    st.markdown(f"**{pick(row, 'title', lang)}**")
    st.write(pick(row, "text", lang))
    figures = resources.challenge_figures(row["metrics"], dict(figure_tables))
    if not figures.empty:
        st.markdown(f"*{t('resources_figures_heading', lang)}*")
        for fig in records(figures):
            value = f"{fig['value_raw']} {fig['unit']} ({fig['year']}, {fig['geo']})"
            st.text(f"{pick(fig, 'label', lang)}: {value}")
            # the publisher's page first, "read via ..." second, then the grade
            source = ls.source_markdown(ls.source_of(fig), lang)
            st.caption(f"{t('source_label', lang)}: {source}")
    links = resources.parse_links(row["links"])
    if links:
        st.caption(
            f"{t('resources_read_more', lang)}: "
            + " · ".join(f"[{title}]({url})" for title, url in links)
        )


def faq_section(lang: str) -> None:
    """The questions and answers, filtered by the words typed."""
    faq = cache.table("faq")
    query, _ = resources.clean_query(
        st.text_input(t("resources_faq_search", lang), key="resources_faq_query")
    )
    shown_any = False
    for row in records(faq):
        question, answer = pick(row, "question", lang), pick(row, "answer", lang)
        if not resources.matches_words(question + answer, query):
            continue
        shown_any = True
        with st.expander(question):
            st.write(answer)
    if not shown_any:
        ui.notice(t("resources_none", lang))
