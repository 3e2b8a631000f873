"""Shared page chrome: page config, sidebar, language switch, notices and errors.

The only ``aigc_dash`` module (with the cache wrappers) that imports streamlit.
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


@dataclass(frozen=True)
class PageInfo:
    path: str  # relative to the app root, as st.page_link wants it
    nav_key: str  # i18n key of the label
    icon: str
    blurb_key: str  # i18n key of the one-line description (Home's cards)


PAGES: tuple[PageInfo, ...] = (
    PageInfo("Home.py", "nav_home", "🏠", "app_tagline"),
    PageInfo("pages/1_Landscape.py", "nav_landscape", "🌐", "blurb_landscape"),
    PageInfo("pages/2_Roles.py", "nav_roles", "🧑‍💻", "blurb_roles"),
    PageInfo("pages/3_Career_Matcher.py", "nav_matcher", "🧭", "blurb_matcher"),
    PageInfo("pages/4_Text_Playground.py", "nav_text", "✍️", "blurb_text"),
    PageInfo("pages/5_Image_Playground.py", "nav_image", "🎨", "blurb_image"),
    PageInfo("pages/6_Concepts.py", "nav_concepts", "🧠", "blurb_concepts"),
    PageInfo("pages/7_Resources.py", "nav_resources", "📚", "blurb_resources"),
    PageInfo("pages/8_Classroom.py", "nav_classroom", "🏫", "blurb_classroom"),
)


def available_pages() -> list[PageInfo]:
    """Pages whose script exists (the app grows page by page)."""
    return [p for p in PAGES if (APP_ROOT / p.path).is_file()]


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


def setup_page(title_key: str, icon: str = "✨") -> str:
    """Configure the page, draw the shared sidebar and return the user's language."""
    lang = current_lang()
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
        st.markdown(f"**{t('sidebar_pages', lang)}**")
        for page in available_pages():
            st.page_link(page.path, label=t(page.nav_key, lang), icon=page.icon)
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
