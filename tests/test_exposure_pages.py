"""AI-exposure evidence on the pages: attribution and caveats in both languages; broken data
gives a notice and the rest of the Roles and Matcher pages keep working."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from aigc_dash.career import data
from aigc_dash.career import exposure as ex
from aigc_dash.career import matcher as mt
from aigc_dash.career.matcher import ai_preference as ep
from aigc_dash.core.i18n import LANGS, t
from tests.helpers import ROOT, run_page

# slow lane: builds corpora, runs pages through AppTest or starts databases (fast lane < 60 s)
pytestmark = pytest.mark.slow


def _texts(elements) -> list[str]:
    return [str(e.value) for e in elements]


def _all_text(at) -> str:
    parts = []
    for kind in ("markdown", "caption", "info", "warning", "subheader", "title", "text"):
        parts += _texts(getattr(at, kind))
    return "\n".join(parts)


def _charts(at) -> list:
    return at.get("plotly_chart")


@pytest.mark.parametrize("lang", LANGS)
def test_roles_page_shows_evidence_attribution_and_caveats(lang):
    at = run_page("pages/2_Roles.py", lang)
    assert not at.exception
    text = _all_text(at)
    assert t("exposure_header", lang) in text
    assert t("exposure_attribution", lang) in text  # under the charts, as the licences ask
    for key in (
        "exposure_caveat_observed",
        "exposure_caveat_not_job_loss",
        "exposure_caveat_coding",
    ):
        assert t(key, lang) in text
    assert t("exposure_chart_range", lang) in text
    specs = [json.loads(c.proto.spec) for c in _charts(at)]
    titles = [s.get("layout", {}).get("title", {}).get("text", "") for s in specs]
    assert t("exposure_chart_title", lang) in titles
    # the first role's occupations, proxies named as such
    tables = [df.value for df in at.dataframe]
    assert any(t("exposure_col_reason", lang) in list(tb.columns) for tb in tables) or any(
        "reason" in list(tb.columns) for tb in tables
    )


def test_roles_page_selects_a_proxy_role():
    at = run_page("pages/2_Roles.py", "en")
    box = at.selectbox(key="roles_exposure_role")
    box.set_value("prompt_designer").run()
    assert not at.exception
    assert t("exposure_proxy_note", "en") in _texts(at.warning)
    shown = [tb.value for tb in at.dataframe if "mapping" in tb.value.columns]
    assert shown and set(shown[0]["mapping"]) == {"proxy"}
    assert at.query_params.get("exposure") in ("prompt_designer", ["prompt_designer"])


def test_roles_page_opens_a_linked_exposure_role_and_names_a_bad_one():
    at = run_page("pages/2_Roles.py", "zh", exposure="data_annotator")
    assert not at.exception
    assert at.selectbox(key="roles_exposure_role").value == "data_annotator"
    assert t("exposure_proxy_note", "zh") in _texts(at.warning)
    bad = run_page("pages/2_Roles.py", "en", exposure="<img src=x>")
    assert not bad.exception
    assert bad.selectbox(key="roles_exposure_role").value == "algorithm_engineer"
    assert any("exposure" in w for w in _texts(bad.warning))


@pytest.fixture
def broken_exposure(tmp_path, monkeypatch):
    bad = tmp_path / "data"
    shutil.copytree(ROOT / "data", bad, ignore=shutil.ignore_patterns("models"))
    path = bad / "role_exposure.csv"
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    raw.loc[3, "gpts_beta_human"] = "lots"
    raw.to_csv(path, index=False)
    monkeypatch.setenv(data.DATA_DIR_ENV, str(bad))
    return bad


def test_broken_exposure_data_roles_page_still_works(broken_exposure):
    at = run_page("pages/2_Roles.py", "en")
    assert not at.exception
    assert t("exposure_unavailable", "en") in _texts(at.warning)
    detail = " ".join(_texts(at.caption))
    assert "role_exposure.csv" in detail and "gpts_beta_human" in detail and "row 4" in detail
    # the rest of the page is drawn: role cards and the fault-tolerance scale
    assert "AI researcher" in _texts(at.subheader)
    assert any(c.proto.spec for c in _charts(at))


def test_broken_exposure_data_matcher_still_ranks(broken_exposure):
    at = run_page("pages/3_Career_Matcher.py", "en")
    assert not at.exception
    assert t("exposure_unavailable", "en") in _texts(at.warning)
    assert any("Top match" in m or "#" in m for m in _texts(at.markdown))
    assert at.get("download_button")


def test_missing_occupations_file_is_a_notice(tmp_path, monkeypatch):
    bad = tmp_path / "data"
    shutil.copytree(ROOT / "data", bad, ignore=shutil.ignore_patterns("models"))
    (bad / "role_exposure_occupations.csv").unlink()
    monkeypatch.setenv(data.DATA_DIR_ENV, str(bad))
    at = run_page("pages/3_Career_Matcher.py", "zh")
    assert not at.exception
    assert t("exposure_unavailable", "zh") in _texts(at.warning)


@pytest.mark.parametrize("lang", LANGS)
def test_matcher_shows_applicability_and_the_term_is_off_by_default(lang):
    at = run_page("pages/3_Career_Matcher.py", lang)
    assert not at.exception
    prefix = t("exposure_matcher_line", lang, pct="0", proxy="").split("0")[0]
    lines = [c for c in _texts(at.caption) if c.startswith(prefix)]
    assert len(lines) == 10  # every ranked role (top three and the others)
    assert at.radio(key="matcher_ai_pref").value == ep.DEFAULT_PREFERENCE
    assert ep.URL_KEY not in at.query_params
    pref_word = t("exposure_pref_term", lang, points="", pct="", choice="")[:8]
    assert not any(pref_word in line for line in lines)


def _expected_top(preset: str, preference: str, lang: str) -> str:
    roles_df = data.read_table("roles")
    roles = mt.role_matrix(roles_df)
    exposure = ex.build_exposure(
        data.read_table("role_exposure"), data.read_table("role_exposure_occupations")
    )
    pct = {r: e.percentile for r, e in exposure.roles.items()}
    terms = ep.terms_for(roles, pct, preference)
    best = ep.apply(mt.match(mt.PRESETS[preset], roles), roles, terms)[0]
    name = dict(zip(roles_df["role_id"], roles_df[f"name_{lang}"], strict=True))[best.role_id]
    return "### " + t("matcher_top_match", lang, name=name, score=f"{best.score:.0f}")


def test_seek_in_the_url_adds_the_labelled_term():
    on = run_page("pages/3_Career_Matcher.py", "en", preset="designer", ai="seek")
    assert not on.exception
    assert on.radio(key="matcher_ai_pref").value == "seek"
    captions = " ".join(_texts(on.caption))
    assert "AI-applicability preference:" in captions
    assert on.query_params.get(ep.URL_KEY) in ("seek", ["seek"])
    assert _expected_top("designer", "seek", "en") in _texts(on.markdown)
    assert f"&{ep.URL_KEY}=seek" in " ".join(_texts(on.code))


def test_the_control_writes_the_url_and_rescores():
    at = run_page("pages/3_Career_Matcher.py", "zh", preset="software_engineer")
    assert _expected_top("software_engineer", "neutral", "zh") in _texts(at.markdown)
    at.radio(key="matcher_ai_pref").set_value("avoid").run()
    assert not at.exception
    assert at.query_params.get(ep.URL_KEY) in ("avoid", ["avoid"])
    assert _expected_top("software_engineer", "avoid", "zh") in _texts(at.markdown)
    at.radio(key="matcher_ai_pref").set_value("neutral").run()
    assert ep.URL_KEY not in at.query_params


def test_a_bad_preference_in_the_url_is_a_notice():
    at = run_page("pages/3_Career_Matcher.py", "en", ai="<script>")
    assert not at.exception
    assert at.radio(key="matcher_ai_pref").value == "neutral"
    assert any("is not one of the choices" in w for w in _texts(at.warning))


def test_landscape_links_to_the_evidence():
    at = run_page("pages/1_Landscape.py", "en")
    assert not at.exception
    assert t("exposure_landscape_link", "en") in _texts(at.info)


@pytest.mark.parametrize("lang", LANGS)
def test_faq_answers_will_ai_take_this_job(lang):
    at = run_page("pages/7_Resources.py", lang)
    assert not at.exception
    labels = [e.label for e in at.expander]
    assert t("exposure_faq_q", lang) in labels
    text = _all_text(at)
    assert t("exposure_caveat_not_job_loss", lang) in text
    assert t("exposure_attribution", lang) in text
