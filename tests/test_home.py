"""Home renders in both languages with the shared chrome."""

import pytest

from aigc_dash.i18n import t
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
