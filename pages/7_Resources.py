"""Resources: tools and learning resources (searchable), trends and challenges, FAQ."""

import streamlit as st

from aigc_dash.career import landscape as ls
from aigc_dash.career import resources
from aigc_dash.career.data import FIGURE_TABLES
from aigc_dash.core.i18n import pick, t
from aigc_dash.ui import cache
from aigc_dash.ui import chrome as ui

lang = ui.setup_page("resources_title", "📚")
st.title(t("resources_title", lang))
st.write(t("resources_intro", lang))

CATEGORIES = ("platform", "tool", "learning")
tab_tools, tab_challenges, tab_faq = st.tabs(
    [
        t("resources_tab_tools", lang),
        t("resources_tab_challenges", lang),
        t("resources_tab_faq", lang),
    ]
)

with tab_tools, ui.data_section(lang):
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
    else:
        shown = found.assign(
            description=[pick(r, "description", lang) for r in found.to_dict("records")],
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
        st.download_button(
            t("download_csv", lang),
            data=found.to_csv(index=False).encode("utf-8"),
            file_name="aigc_resources.csv",
            mime="text/csv",
            key="resources_download",
        )

with tab_challenges, ui.data_section(lang):
    challenges = cache.table("challenges")
    figure_tables = {name: cache.table(name) for name in FIGURE_TABLES}
    st.caption(t("resources_editorial_note", lang))
    for topic in ("trends", "ethics", "copyright", "jobs"):
        st.subheader(t(f"resources_topic_{topic}", lang))
        for row in challenges[challenges["topic"] == topic].to_dict("records"):
            with st.container(border=True):
                st.markdown(f"**{pick(row, 'title', lang)}**")
                st.write(pick(row, "text", lang))
                figures = resources.challenge_figures(row["metrics"], figure_tables)
                if not figures.empty:
                    st.markdown(f"*{t('resources_figures_heading', lang)}*")
                    for fig in figures.to_dict("records"):
                        st.text(
                            f"{pick(fig, 'label', lang)}: {fig['value_raw']} {fig['unit']} ({fig['year']}, {fig['geo']})"
                        )
                        source = ls.source_markdown(ls.source_of(fig), lang)
                        st.caption(f"{t('source_label', lang)}: {source}")
                links = resources.parse_links(row["links"])
                if links:
                    st.caption(
                        f"{t('resources_read_more', lang)}: "
                        + " · ".join(f"[{title}]({url})" for title, url in links)
                    )

with tab_faq, ui.data_section(lang):
    faq = cache.table("faq")
    faq_query, _ = resources.clean_query(
        st.text_input(t("resources_faq_search", lang), key="resources_faq_query")
    )
    words = [w.casefold() for w in faq_query.split()]
    shown_any = False
    for row in faq.to_dict("records"):
        question, answer = pick(row, "question", lang), pick(row, "answer", lang)
        if words and not all(w in (question + answer).casefold() for w in words):
            continue
        shown_any = True
        with st.expander(question):
            st.write(answer)
    if not shown_any:
        ui.notice(t("resources_none", lang))
