"""Resources page: searchable tools table, challenges tied to sourced figures, FAQ."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from aigc_dash.career import resources
from aigc_dash.career.data import FIGURE_TABLES, read_table
from aigc_dash.core.i18n import t
from tests.helpers import run_page

# A number with a unit of money, share or headcount: such figures must come from sourced rows.
FIGURE_IN_TEXT = re.compile(r"\d[\d.,]*\s*(%|％|亿|万|bn|billion|million|USD|\$|美元|元)")


def test_search_matches_every_word_in_either_language():
    table = read_table("resources")
    assert set(resources.search_resources(table, "diffusion")["resource_id"]) >= {
        "diffusers",
        "hf_diffusion_course",
    }
    both = resources.search_resources(table, "LLM local")
    assert set(both["resource_id"]) == {"ollama", "llama_cpp"}
    assert not resources.search_resources(table, "扩散").empty  # Chinese descriptions count
    assert resources.search_resources(table, "no-such-thing-xyz").empty
    only_learning = resources.search_resources(table, "", ["learning"])
    assert set(only_learning["category"]) == {"learning"}
    assert len(resources.search_resources(table, "   ")) == len(table)


def test_clean_query_strips_control_characters_and_caps_length():
    assert resources.clean_query("  a\x00b\u202e  c ") == ("ab c", False)
    query, cut = resources.clean_query("x" * 10_000)
    assert cut and len(query) == resources.MAX_QUERY
    assert resources.clean_query(None) == ("", False)


def test_parse_links_skips_malformed_items():
    assert resources.parse_links("A|https://a.org; broken; B|ftp://x; C|http://c.org") == [
        ("A", "https://a.org"),
        ("C", "http://c.org"),
    ]


def test_challenges_point_at_real_sourced_rows():
    tables = {name: read_table(name) for name in FIGURE_TABLES}
    challenges = read_table("challenges")
    linked = 0
    for row in challenges.to_dict("records"):
        refs = resources.challenge_figures(row["metrics"], tables)
        cell = row["metrics"] if isinstance(row["metrics"], str) else ""
        wanted = [r for r in cell.split(";") if r.strip()]
        if wanted:
            assert not refs.empty, f"{row['challenge_id']} points at no existing figure"
            linked += 1
        for fig in refs.to_dict("records"):
            assert fig["source"] and (fig["source_url"] or fig["via_url"])
    assert linked >= 3
    assert resources.challenge_figures("nope:nothing; adoption:missing_metric", tables).empty


@pytest.mark.parametrize("name", ["challenges", "faq", "resources"])
def test_editorial_text_states_no_unsourced_figures(name):
    table = read_table(name)
    text_columns = [c for c in table.columns if c.endswith(("_zh", "_en"))]
    for column in text_columns:
        for i, value in enumerate(table[column].astype(str), start=1):
            assert not FIGURE_IN_TEXT.search(value), f"{name}.csv row {i} {column}: {value[:80]}"


def test_every_resource_has_a_link_and_both_languages():
    table = read_table("resources")
    assert set(table["category"]) == {"platform", "tool", "learning"}
    assert table["url"].str.startswith("https://").all()
    assert (table["description_zh"].str.len() > 0).all() and (
        table["description_en"].str.len() > 0
    ).all()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_resources_page_searches_and_shows_faq(lang):
    at = run_page("pages/7_Resources.py", lang)
    assert not at.exception
    faq = read_table("faq")
    assert len(at.expander) == len(faq) + 1  # + "will AI take this job?" from the exposure data
    full = at.dataframe[0].value
    assert isinstance(full, pd.DataFrame) and len(full) == len(read_table("resources"))
    at.text_input(key="resources_query").set_value("diffusion").run()
    assert not at.exception
    assert 0 < len(at.dataframe[0].value) < len(full)
    at.text_input(key="resources_query").set_value("zzzz-nothing").run()
    assert not at.exception and not at.dataframe
    assert at.info  # the empty state explains what to do
    at.text_input(key="resources_faq_query").set_value("GAN").run()
    assert 0 < len(at.expander) < len(faq)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_trend_figures_show_the_publisher_first_then_the_copy_and_the_grade(lang):
    at = run_page("pages/7_Resources.py", lang)
    assert not at.exception
    tables = {name: read_table(name) for name in FIGURE_TABLES}
    shown = [
        fig
        for row in read_table("challenges").to_dict("records")
        for fig in resources.challenge_figures(row["metrics"], tables).to_dict("records")
    ]
    captions = " ".join(c.value for c in at.caption)
    grades = [t(f"landscape_conf_{c}", lang) for c in ("high", "medium", "low")]
    checked = 0
    for fig in shown:
        if isinstance(fig["source_url"], str) and isinstance(fig["via_url"], str):
            publisher = captions.find(f"]({fig['source_url']})")
            copy = captions.find(f"]({fig['via_url']})", publisher)
            assert 0 <= publisher < copy, fig["metric"]  # the publisher's page first
            checked += 1
    assert checked >= 1
    assert t("source_read_via", lang, link="")[:3] in captions
    assert any(g in captions for g in grades)


def test_resources_page_names_a_broken_table_and_keeps_other_tabs(tmp_path, monkeypatch):
    import shutil

    from aigc_dash.career.data import DATA_DIR

    broken = tmp_path / "data"
    shutil.copytree(DATA_DIR, broken, ignore=shutil.ignore_patterns("models"))
    faq = pd.read_csv(broken / "faq.csv", dtype=str).drop(columns=["answer_en"])
    faq.to_csv(broken / "faq.csv", index=False)
    monkeypatch.setenv("AIGC_DATA_DIR", str(broken))
    at = run_page("pages/7_Resources.py", "en")
    assert not at.exception
    assert any("faq.csv" in c.value and "answer_en" in c.value for c in at.caption)
    assert len(at.dataframe) == 1  # the tools tab still works


def test_faq_words_all_have_to_match_case_folded():
    assert resources.matches_words("Which ROLE suits me? Try the matcher.", "role MATCHER")
    assert not resources.matches_words("Which role suits me?", "role salary")
    assert resources.matches_words("anything", "")
