"""Shared page chrome: the page table and navigation, page config, language switch, notices.

``Home.py`` calls :func:`navigation` (``st.navigation`` over :data:`PAGES`); every page calls
:func:`setup_page` first. Part of ``aigc_dash.ui``, the only package that imports streamlit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from aigc_dash.core.errors import DataError
from aigc_dash.core.i18n import LANG_NAMES, LANGS, lang_from_locale, normalize_lang, t

APP_ROOT = Path(__file__).resolve().parents[2]
LANG_STATE = "ui_lang"  # session-state key holding the current language
APP_ICON = "✨"  # the favicon until a page sets its own
ROUTED_STATE = "ui_routed"  # set by navigation() for this run, consumed by setup_page()


@dataclass(frozen=True)
class PageInfo:
    """One row of the page table: a script in ``pages/`` and how navigation shows it."""

    path: str  # relative to the app root, as st.Page and st.page_link want it
    url_path: str  # the page's URL (today's links keep working); "" for the default page
    nav_key: str  # i18n key of the title
    icon: str  # Material icon shown in the navigation menu
    blurb_key: str  # i18n key of the one-line description (Home's cards)


# The app's pages, in menu order. A new page is one row here (skipped until its file exists).
# Home's content is 0_Welcome.py, not 0_Home.py: before the first st.navigation call Streamlit
# reads the pages/ folder itself, names both Home.py and 0_Home.py "Home" and refuses the pair.
PAGES: tuple[PageInfo, ...] = (
    PageInfo("pages/0_Welcome.py", "", "nav_home", ":material/home:", "app_tagline"),
    PageInfo(
        "pages/1_Landscape.py",
        "Landscape",
        "nav_landscape",
        ":material/public:",
        "blurb_landscape",
    ),
    PageInfo(
        "pages/2_Roles.py",
        "Roles",
        "nav_roles",
        ":material/badge:",
        "blurb_roles",
    ),
    PageInfo(
        "pages/3_Career_Matcher.py",
        "Career_Matcher",
        "nav_matcher",
        ":material/explore:",
        "blurb_matcher",
    ),
    PageInfo(
        "pages/4_Text_Playground.py",
        "Text_Playground",
        "nav_text",
        ":material/edit_note:",
        "blurb_text",
    ),
    PageInfo(
        "pages/5_Image_Playground.py",
        "Image_Playground",
        "nav_image",
        ":material/palette:",
        "blurb_image",
    ),
    PageInfo(
        "pages/6_Concepts.py",
        "Concepts",
        "nav_concepts",
        ":material/psychology:",
        "blurb_concepts",
    ),
    PageInfo(
        "pages/7_Resources.py",
        "Resources",
        "nav_resources",
        ":material/menu_book:",
        "blurb_resources",
    ),
    PageInfo(
        "pages/8_Classroom.py",
        "Classroom",
        "nav_classroom",
        ":material/school:",
        "blurb_classroom",
    ),
)
HOME = PAGES[0]


def available_pages() -> list[PageInfo]:
    """Pages whose script exists (the app grows page by page)."""
    return [p for p in PAGES if (APP_ROOT / p.path).is_file()]


def navigation(lang: str) -> st.Page:
    """Register every page with ``st.navigation`` (titles in ``lang``, in table order).

    Returns the page this run should show; the entry script calls its ``run()``.
    """
    # A flat list, no sections: Streamlit draws sections as <div> wrappers inside the menu's
    # <ul> (axe `list`/`listitem`, WCAG 1.3.1) with a collapsible header that is not a
    # keyboard control. Nine pages fit without them; the icons keep the groups apart.
    pages = [
        st.Page(
            info.path,
            title=t(info.nav_key, lang),
            icon=info.icon,
            url_path=info.url_path or None,
            default=info is HOME,
        )
        for info in available_pages()
    ]
    # An icon set before the menu: otherwise the browser takes the current page's Material icon
    # as the favicon and fetches it from Google's font server (the app runs offline).
    st.set_page_config(page_icon=APP_ICON, layout="wide", initial_sidebar_state="expanded")
    st.session_state[ROUTED_STATE] = True
    return st.navigation(pages)


def _browser_locale() -> str | None:
    try:
        locale = st.context.locale
        if locale:
            return str(locale)
        return st.context.headers.get("Accept-Language")
    except Exception:  # no browser context (bare script run, some test harnesses)
        return None


def current_lang() -> str:
    """Language for this run: ``?lang=`` in the URL, else this session's choice, else the browser's."""
    raw = st.query_params.get("lang")
    from_url = normalize_lang(raw)
    if from_url:
        lang = from_url
    else:
        lang = st.session_state.get(LANG_STATE) or lang_from_locale(_browser_locale())
        if raw is not None:
            st.session_state["ui_bad_lang_param"] = str(raw)[:40]
    st.session_state[LANG_STATE] = lang
    st.query_params["lang"] = lang
    return lang


def _on_lang_change() -> None:
    chosen = st.session_state.get("ui_lang_choice")
    if chosen in LANGS:
        st.session_state[LANG_STATE] = chosen
        st.query_params["lang"] = chosen


def setup_page(title_key: str, icon: str = APP_ICON) -> str:
    """Configure the page, draw the shared sidebar and return the user's language."""
    lang = current_lang()
    if not st.session_state.pop(ROUTED_STATE, False):
        # Until some run has called st.navigation, Streamlit treats an app with a pages/ folder
        # the old way and runs a page file directly, without Home.py: the first request of a
        # fresh server for a deep link, and every AppTest run. Registering our navigation here
        # replaces the folder's menu and switches Streamlit to st.navigation from now on. (No
        # rerun: it would drop this run's button clicks.)
        navigation(lang)
        st.session_state.pop(ROUTED_STATE, None)
        if _first_browser_run():
            # A browser's first run on a deep link: the next run goes through Home.py under
            # another page id, and Streamlit drops widget state on that change, so the first
            # click would be lost. Rerun now, before any widget exists, to start in the router.
            st.rerun()
    st.set_page_config(
        page_title=f"{t(title_key, lang)} · {t('app_name', lang)}",
        page_icon=icon,
        layout="wide",
        initial_sidebar_state="expanded",
    )
    _sidebar(lang)
    bad = st.session_state.pop("ui_bad_lang_param", None)
    if bad is not None:
        notice(t("notice_lang_param", lang, value=bad, lang_name=LANG_NAMES[lang]))
    return lang


def _first_browser_run() -> bool:
    """True once per browser session, on its first run (AppTest has no browser headers)."""
    if "ui_started" in st.session_state:
        return False
    st.session_state["ui_started"] = True
    try:
        return bool(st.context.headers)
    except Exception:
        return False


def _sidebar(lang: str) -> None:
    with st.sidebar:
        st.session_state["ui_lang_choice"] = lang
        st.radio(
            t("sidebar_language", lang),
            options=list(LANGS),
            format_func=LANG_NAMES.__getitem__,
            key="ui_lang_choice",
            horizontal=True,
            on_change=_on_lang_change,
        )
        st.caption(t("sidebar_about", lang))


def notice(message: str, kind: str = "info") -> None:
    """A standard non-fatal message (``info``, ``warning`` or ``success``)."""
    {"info": st.info, "warning": st.warning, "success": st.success}.get(kind, st.info)(
        message, icon={"warning": "⚠️", "success": "✅"}.get(kind, "ℹ️")
    )


def show_data_error(err: DataError, lang: str) -> None:
    """Show a data-file problem in the user's language, naming file, column and row."""
    st.error(t("error_data_title", lang), icon="🚫")
    st.caption(
        t(
            "error_data_detail",
            lang,
            file=err.file,
            column=err.column,
            row=err.row,
            problem=err.problem,
        )
    )


@contextmanager
def data_section(lang: str) -> Iterator[None]:
    """Run one section of a page; a :class:`DataError` inside it becomes a message, not a crash."""
    try:
        yield
    except DataError as err:
        show_data_error(err, lang)
