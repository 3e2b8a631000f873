"""Career matcher page (AppTest): sliders move the ranking, presets and questionnaire fill the
sliders, the URL carries the whole state, tampered URLs give notices."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from aigc_dash.career import matcher as mt
from aigc_dash.career.data import read_table
from aigc_dash.core.i18n import t
from tests.helpers import page, run_page

PAGE = "pages/3_Career_Matcher.py"
HEADING = re.compile(r"^\*\*(\d+)\. (.+?) · ")

CREATIVE_RISKY = mt.Profile(
    risk=9, math=2, programming=2, ml=3, rigor=3, creativity=9, communication=8
)
RIGOROUS_CAREFUL = mt.Profile(
    risk=1, math=6, programming=7, ml=4, rigor=9, creativity=3, communication=4
)


def role_names(lang: str) -> dict[str, str]:
    df = read_table("roles")
    return dict(zip(df[f"name_{lang}"], df["role_id"], strict=True))


def ranking(at, lang: str) -> list[str]:
    """Role ids in the order the page shows them."""
    by_name = role_names(lang)
    found: list[tuple[int, str]] = []
    for md in at.markdown:
        hit = HEADING.match(md.value)
        if hit and hit.group(2) in by_name:
            found.append((int(hit.group(1)), by_name[hit.group(2)]))
    return [rid for _, rid in sorted(found)]


def sliders(at) -> mt.Profile:
    return mt.Profile(**{d: at.slider(key=f"matcher_{d}").value for d in mt.DIMENSIONS})


def set_profile(at, profile: mt.Profile):
    for d, v in profile.as_dict().items():
        at.slider(key=f"matcher_{d}").set_value(v)
    return at.run()


def params(at) -> dict[str, str]:
    out = {}
    for k, v in dict(at.query_params).items():
        out[k] = v[-1] if isinstance(v, list) else v
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_page_renders_in_both_languages(lang):
    at = run_page(PAGE, lang)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == t("matcher_title", lang)
    assert len(at.slider) == 7
    assert [s.label for s in at.slider] == [mt.dim_label(d, lang) for d in mt.DIMENSIONS]
    assert len(ranking(at, lang)) == len(read_table("roles"))
    assert len(at.get("plotly_chart")) == 4
    assert len(at.get("download_button")) == 2
    assert any(t("matcher_ends_risk", lang) == c.value for c in at.caption)
    assert params(at)["lang"] == lang
    assert len(at.select_slider) == len(mt.QUESTIONNAIRE)


def test_moving_sliders_changes_the_ranking_as_predicted():
    at = run_page(PAGE, "en")
    set_profile(at, CREATIVE_RISKY)
    assert not at.exception
    order = ranking(at, "en")
    assert order[0] == "content_creator"
    assert order.index("content_creator") < order.index("data_engineer")
    assert order == [
        m.role_id for m in mt.match(CREATIVE_RISKY, mt.role_matrix(read_table("roles")))
    ]
    set_profile(at, RIGOROUS_CAREFUL)
    assert not at.exception
    order = ranking(at, "en")
    assert order[0] == "data_engineer"
    assert order.index("data_engineer") < order.index("content_creator")


def test_risk_slider_alone_moves_the_forgiving_role_up():
    at = run_page(PAGE, "en", risk="0", creat="9", comm="8", math="2", prog="2", ml="3", rigor="3")
    low = ranking(at, "en").index("content_creator")
    at.slider(key="matcher_risk").set_value(10).run()
    high = ranking(at, "en").index("content_creator")
    assert high < low


def test_a_preset_fills_the_sliders_and_the_url():
    at = run_page(PAGE, "zh")
    at.button(key="matcher_preset_software_engineer").click().run()
    assert not at.exception
    assert sliders(at) == mt.PRESETS["software_engineer"]
    assert params(at)["preset"] == "software_engineer"
    assert params(at)["prog"] == "9"
    assert any(t("matcher_preset_software_engineer", "zh") in s.value for s in at.success)
    at.slider(key="matcher_creativity").set_value(10).run()
    assert "preset" not in params(at) and params(at)["creat"] == "10"
    assert sliders(at).programming == 9


@pytest.mark.slow
def test_the_questionnaire_fills_the_sliders():
    at = run_page(PAGE, "en")
    answers = [5, 1, 1, 1, 1, 1, 1, 5, 5, 4]
    for i, a in enumerate(answers):
        at.select_slider(key=f"matcher_q_{i}").set_value(a)
    at.button(key="matcher_q_submit").click().run()
    assert not at.exception
    expected = mt.questionnaire_profile(answers)
    assert sliders(at) == expected
    assert expected.risk == 10 and expected.rigor == 0
    assert params(at) == {"lang": "en", **mt.to_query(expected)}
    assert ranking(at, "en")[0] == "content_creator"


def test_the_url_round_trips_the_state():
    query = mt.to_query(RIGOROUS_CAREFUL)
    at = run_page(PAGE, "en", **query)
    assert not at.exception and not at.warning
    assert sliders(at) == RIGOROUS_CAREFUL
    assert ranking(at, "en")[0] == "data_engineer"
    at.slider(key="matcher_math").set_value(8.5).run()
    assert params(at) == {"lang": "en", **query, "math": "8.5"}
    # A fresh session opened with that URL shows the same sliders.
    again = run_page(PAGE, "en", **{k: v for k, v in params(at).items() if k != "lang"})
    assert sliders(again) == sliders(at)
    # Switching the language keeps the profile and leaves ``lang`` to the sidebar.
    at.radio(key="ui_lang_choice").set_value("zh").run()
    assert not at.exception
    assert params(at)["lang"] == "zh" and sliders(at).math == 8.5


def test_a_tampered_url_gets_notices_not_an_exception():
    at = run_page(PAGE, "en", risk="abc", math="999", foo="bar", preset="<b>x</b>")
    assert not at.exception, [e.value for e in at.exception]
    warnings = [w.value for w in at.warning]
    assert len(warnings) == 4
    assert any("abc" in w for w in warnings) and any("999" in w for w in warnings)
    assert any("foo" in w for w in warnings)
    assert sliders(at).risk == mt.DEFAULT_LEVEL and sliders(at).math == 10
    cleaned = params(at)
    assert "foo" not in cleaned and "preset" not in cleaned
    assert cleaned["math"] == "10" and cleaned["risk"] == "5"
    at.run()  # the URL is clean now: no repeated notices
    assert not at.exception and not at.warning


def test_hostile_values_in_every_key():
    hostile = {k: "<script>alert(1)</script>" for k in mt.URL_TO_DIM}
    at = page(PAGE, "zh", **hostile, preset="x" * 5000)
    at.query_params["\u202e"] = "\x00"
    at.run()
    assert not at.exception
    assert sliders(at) == mt.Profile()
    assert all("<script>" not in w.value for w in at.warning)


def test_a_url_without_sliders_keeps_the_sessions_profile():
    # Query params do not survive a page switch; the session's last profile fills the gap.
    at = run_page(PAGE, "en", **mt.to_query(CREATIVE_RISKY))
    for key in mt.URL_TO_DIM:
        del at.query_params[key]
    at.run()
    assert not at.exception
    assert sliders(at) == CREATIVE_RISKY
    assert params(at) == {"lang": "en", **mt.to_query(CREATIVE_RISKY)}


def _data_copy(tmp_path, monkeypatch):
    import shutil

    from aigc_dash.career.data import DATA_DIR

    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("roles.csv", "fault_tolerance_rubric.csv"):
        shutil.copy(DATA_DIR / name, folder / name)
    monkeypatch.setenv("AIGC_DATA_DIR", str(folder))
    return folder


def test_a_malformed_roles_table_is_named_not_raised(tmp_path, monkeypatch):
    folder = _data_copy(tmp_path, monkeypatch)
    df = pd.read_csv(folder / "roles.csv", dtype=str, keep_default_na=False)
    df.loc[1, "skill_rigor"] = "eleven"
    df.to_csv(folder / "roles.csv", index=False)
    at = run_page(PAGE, "zh")
    assert not at.exception
    assert any("roles.csv" in c.value and "skill_rigor" in c.value for c in at.caption)
    assert not at.slider


def test_a_missing_rubric_still_scores(tmp_path, monkeypatch):
    folder = _data_copy(tmp_path, monkeypatch)
    (folder / "fault_tolerance_rubric.csv").unlink()
    at = run_page(PAGE, "en", **mt.to_query(CREATIVE_RISKY))
    assert not at.exception
    assert any("fault_tolerance_rubric.csv" in c.value for c in at.caption)
    assert ranking(at, "en")[0] == "content_creator"


# --- today's shared links (URL state now goes through the one helper) ---------------------


def test_todays_links_keep_working():
    at = run_page(
        PAGE, "en", risk="10", creat="10", comm="10", math="0", prog="0", ml="0", rigor="0"
    )
    assert not at.exception and not at.warning
    assert sliders(at) == mt.Profile(
        risk=10, math=0, programming=0, ml=0, rigor=0, creativity=10, communication=10
    )
    assert ranking(at, "en")[0] == "content_creator"
    assert "Best match:" in " ".join(md.value for md in at.markdown)
    # A preset link gives the preset's sliders (and keeps the preset in the URL) ...
    at = run_page(PAGE, "zh", preset="designer")
    assert not at.exception and not at.warning
    assert sliders(at) == mt.PRESETS["designer"]
    assert params(at)["preset"] == "designer" and params(at)["creat"] == "9"
    # ... and slider keys override it.
    at = run_page(PAGE, "en", preset="designer", risk="2", math="3.7")
    assert not at.warning
    assert sliders(at).risk == 2 and sliders(at).math == 3.5 and sliders(at).creativity == 9
    # A partial link: the other sliders take their defaults, and the URL is completed.
    at = run_page(PAGE, "en", rigor="9")
    assert sliders(at) == mt.Profile(rigor=9)
    assert params(at) == {"lang": "en", **mt.to_query(mt.Profile(rigor=9))}


def test_tampered_links_use_the_helpers_kinds_with_the_matchers_wording():
    at = run_page(PAGE, "en", risk="inf", math="-1e400", prog="nan", ml="7.3")
    assert not at.exception
    warnings = [w.value for w in at.warning]
    assert len(warnings) == 3
    assert sum("outside 0–10" in w for w in warnings) == 2
    assert sum("not a number" in w for w in warnings) == 1
    assert (sliders(at).risk, sliders(at).math, sliders(at).ml) == (10, 0, 7.5)
    assert sliders(at).programming == mt.DEFAULT_LEVEL


def test_coming_back_to_the_page_restores_the_profile():
    at = run_page(PAGE, "en", **mt.to_query(RIGOROUS_CAREFUL))
    at.switch_page("pages/7_Resources.py")
    for key in list(at.query_params):
        if key != "lang":
            del at.query_params[key]
    at.run()
    assert not at.exception
    at.switch_page(PAGE)
    at.run()
    assert not at.exception
    assert sliders(at) == RIGOROUS_CAREFUL
    assert params(at) == {"lang": "en", **mt.to_query(RIGOROUS_CAREFUL)}
