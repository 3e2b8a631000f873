"""Every page runs in both languages with no exception and shows only its language's chrome;
navigation (st.navigation over the page table) keeps today's URLs, translated."""

from __future__ import annotations

from unittest import mock

import pytest
import streamlit as st

from aigc_dash.core.i18n import LANGS, t
from aigc_dash.ui import chrome as ui
from tests.helpers import ROOT, run_page

# Shared links of today: they must keep working.
URL_PATHS = {
    "pages/0_Welcome.py": "",
    "pages/1_Landscape.py": "Landscape",
    "pages/2_Roles.py": "Roles",
    "pages/3_Career_Matcher.py": "Career_Matcher",
    "pages/4_Text_Playground.py": "Text_Playground",
    "pages/5_Image_Playground.py": "Image_Playground",
    "pages/6_Concepts.py": "Concepts",
    "pages/7_Resources.py": "Resources",
    "pages/8_Classroom.py": "Classroom",
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("page_path", [p.path for p in ui.PAGES])
def test_page_runs_in_both_languages(page_path, lang):
    if not (ROOT / page_path).is_file():
        pytest.skip(f"{page_path} is not built yet")
    at = run_page(page_path, lang, timeout=240)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "every page has a title"
    assert at.radio(key="ui_lang_choice").value == lang
    other = "en" if lang == "zh" else "zh"
    assert t("sidebar_about", lang) in [c.value for c in at.sidebar.caption]
    assert t("sidebar_about", other) not in [c.value for c in at.sidebar.caption]
    assert not at.sidebar.get("page_link"), "the menu is st.navigation's, not hand-built links"


def test_every_page_file_is_in_the_page_table():
    """st.navigation shows only the pages it is given: a file missing from PAGES is unreachable."""
    files = {f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py")}
    assert files == {p.path for p in ui.available_pages()}
    assert {p.url_path for p in ui.PAGES if p.path in URL_PATHS} == set(URL_PATHS.values())
    assert len({p.url_path for p in ui.PAGES}) == len(ui.PAGES)
    for info in ui.PAGES:
        assert info.icon.startswith(":material/") and info.icon.endswith(":"), info.path
        for key in (info.nav_key, info.blurb_key):
            for lang in LANGS:
                assert t(key, lang).strip(), (info.path, key, lang)


def test_the_menu_is_one_flat_list_home_first_in_table_order():
    """No sections: Streamlit wraps a section's items in a <div> inside the menu's <ul>, which
    axe reports (rules ``list`` and ``listitem``); a flat menu keeps the markup valid."""
    with mock.patch("streamlit.navigation", wraps=st.navigation) as nav:
        at = run_page("Home.py", "en")
    assert not at.exception
    assert nav.called and all(isinstance(c.args[0], list) for c in nav.call_args_list)
    scripts = [v["script_path"] for v in at._registered_pages.values()]
    assert scripts == [str(ROOT / p.path) for p in ui.available_pages()]
    assert scripts[0].endswith("pages/0_Welcome.py")


@pytest.mark.parametrize("lang", LANGS)
def test_navigation_registers_todays_urls_with_translated_titles(lang):
    at = run_page("Home.py", lang)
    assert not at.exception
    # AppTest has no element for the menu; it keeps what st.navigation registered.
    registered = {
        v["script_path"]: (v["url_pathname"], v["page_name"], v["icon"])
        for v in at._registered_pages.values()
    }
    expected = {
        str(ROOT / p.path): (URL_PATHS[p.path], t(p.nav_key, lang), p.icon)
        for p in ui.PAGES
        if p.path in URL_PATHS
    }
    assert registered == expected


def test_a_deep_link_as_a_servers_first_request_still_goes_through_the_router():
    """Streamlit runs a page file directly until some run has called st.navigation (an app
    with a pages/ folder, e.g. a fresh server's first request for /Landscape; AppTest does it
    every run): the page then registers our navigation and reruns through Home.py."""
    at = run_page("pages/1_Landscape.py", "zh")
    assert not at.exception
    assert at.title[0].value == t("landscape_title", "zh")
    names = {v["url_pathname"]: v["page_name"] for v in at._registered_pages.values()}
    assert names["Landscape"] == t("nav_landscape", "zh")
    assert "Home" not in names and "Welcome" not in names  # the folder's own menu is gone
    at.radio(key="ui_lang_choice").set_value("en").run()
    assert not at.exception
    assert at.title[0].value == t("landscape_title", "en")
    names = {v["url_pathname"]: v["page_name"] for v in at._registered_pages.values()}
    assert names["Landscape"] == t("nav_landscape", "en")
