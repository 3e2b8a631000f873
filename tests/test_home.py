"""Home (the default page of the Home.py router) renders in both languages with the chrome."""

import pytest

from aigc_dash.core.i18n import t
from aigc_dash.ui import chrome as ui
from tests.helpers import run_page


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_home_renders(lang):
    at = run_page("Home.py", lang)
    assert not at.exception
    assert at.title[0].value == t("app_name", lang)
    assert at.radio(key="ui_lang_choice").value == lang


def test_language_switch_changes_the_page_and_url():
    at = run_page("Home.py", "en")
    at.radio(key="ui_lang_choice").set_value("zh").run()
    assert not at.exception
    assert at.title[0].value == t("app_name", "zh")
    assert at.query_params["lang"] == ["zh"] or at.query_params["lang"] == "zh"


def test_bad_lang_param_gets_a_notice():
    at = run_page("Home.py", "<script>")
    assert not at.exception
    assert any("<script>" in i.value for i in at.info)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_home_headline_figures_are_sourced(lang):
    from aigc_dash.career.data import FIGURE_TABLES, read_table
    from aigc_dash.career.landscape import format_value

    rows = [r for n in FIGURE_TABLES for r in read_table(n).to_dict("records")]
    at = run_page("Home.py", lang)
    assert not at.exception
    assert 3 <= len(at.metric) <= 4
    captions = [c.value for c in at.caption]
    for metric in at.metric:
        value = metric.value.split(" ")[0]
        matching = [
            r
            for r in rows
            if format_value(r) == value
            and str(r["year"]) in metric.label
            and r["confidence"] == "high"  # headlines are read on the publisher's own page
        ]
        assert matching, (metric.label, metric.value)
        # its publisher's page is shown as a link under it, with the grade
        assert any(f"]({r['source_url']})" in c for r in matching for c in captions), metric.label
        assert any(t("landscape_conf_high", lang) in c for c in captions)
    assert any(t("home_ft_body", lang)[:12] in m.value for m in at.markdown)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_home_cards_link_every_other_page(lang):
    at = run_page("Home.py", lang)
    assert not at.exception
    links = [(link.proto.label, link.proto.page) for link in at.get("page_link")]
    others = [p for p in ui.available_pages() if p is not ui.HOME]
    assert sorted(links) == sorted((t(p.nav_key, lang), p.url_path) for p in others)
    blurbs = [m.value for m in at.markdown]
    assert all(t(p.blurb_key, lang) in blurbs for p in others)
