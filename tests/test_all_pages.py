"""Every page runs in both languages with no exception and shows only its language's chrome."""

from __future__ import annotations

import pytest

from aigc_dash.core.i18n import t
from aigc_dash.ui import chrome as ui
from tests.helpers import ROOT, run_page


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
