"""Faithful to the course notes: one name for them, the "About the course notes" entry, and
what the notes have that the app lacked (FAQ, resources, training steps, use cases, trends)."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from aigc_dash.career.course import COURSE_MAP
from aigc_dash.career.data import read_table, split_list
from aigc_dash.core.i18n import LANGS, STRINGS, t
from aigc_dash.generation import concepts
from aigc_dash.ui.chrome import PAGES
from tests.helpers import ROOT, run_page

FULL_TITLE = "AIGC从入门到实战：根据容错率来确定职业路径"
# Names the UI used for the notes before; none may reach a user any more.
OLD_NAMES = re.compile(
    r"种子文档|课程大纲|原始讲义|seed (document|section)|course outline|handout", re.I
)


# --- 1. one name ------------------------------------------------------------------------------


def test_no_string_uses_an_old_name_for_the_course_notes():
    bad = [
        (key, lang)
        for key, texts in STRINGS.items()
        for lang in LANGS
        if OLD_NAMES.search(texts[lang])
    ]
    assert not bad


@pytest.mark.parametrize("name", ["faq", "resources", "domains", "challenges", "roles"])
def test_no_data_text_uses_an_old_name(name):
    table = read_table(name)
    for column in [c for c in table.columns if c.endswith(("_zh", "_en"))]:
        for value in table[column].astype(str):
            assert not OLD_NAMES.search(value), (name, column, value[:80])


def test_the_course_notes_are_named_in_full_once_then_short():
    for lang in LANGS:
        assert FULL_TITLE in t("course_name_full", lang)
        assert FULL_TITLE in t("home_ft_body", lang)  # Home's first mention is in full
    assert t("course_name", "zh") == "课程讲义" and t("course_name", "en") == "the course notes"
    assert "课程讲义" in t("text_steps_transformer", "zh")
    assert "the course notes" in t("text_steps_transformer", "en")


def test_page_section_map_covers_every_page_once():
    nav = [k for m in COURSE_MAP for k in m.nav_keys]
    pages = {p.nav_key for p in PAGES if p.nav_key != "nav_home"}
    assert sorted(nav) == sorted(pages)
    sections = {m.nav_keys: m.sections for m in COURSE_MAP}
    assert sections[("nav_landscape",)] == "1, 6"
    assert sections[("nav_roles", "nav_matcher")] == "1.3, 2"
    assert sections[("nav_concepts",)] == "3, 4"
    assert sections[("nav_text", "nav_image")] == "5"
    assert sections[("nav_resources",)] == "7–9"
    assert sections[("nav_classroom",)] == "—"  # the app's own, not the notes'


@pytest.mark.parametrize("lang", LANGS)
def test_resources_page_has_the_about_entry(lang):
    at = run_page("pages/7_Resources.py", lang)
    assert not at.exception
    assert any(FULL_TITLE in m.value for m in at.markdown)
    (table,) = [tb.value for tb in at.table]
    assert len(table) == len(COURSE_MAP)
    assert "1.3, 2" in set(table.iloc[:, 0])
    assert t("nav_concepts", lang) in set(table.index)


# --- 4. what the notes have -------------------------------------------------------------------


def _faq(faq_id: str) -> dict:
    table = read_table("faq")
    rows = table[table["faq_id"] == faq_id].to_dict("records")
    assert len(rows) == 1, faq_id
    return rows[0]


def test_faq_answers_the_course_notes_three_questions():
    ai = _faq("aigc_and_ai")
    assert "分支" in ai["answer_zh"] and "branch of AI" in ai["answer_en"]
    skills = _faq("skills_to_learn")
    for word in ("数学", "编程", "人工智能基础"):
        assert word in skills["answer_zh"]
    for word in ("maths", "programming", "AI fundamentals"):
        assert word in skills["answer_en"]
    enter = _faq("enter_industry")
    for lang, words in (
        ("zh", ("学习路线", "项目", "社区", "实习")),
        ("en", ("learning route", "projects", "community", "internships")),
    ):
        answer = enter[f"answer_{lang}"]
        assert all(w in answer for w in words), (lang, answer)
        links = re.findall(r"\]\(([^)]+)\)", answer)
        assert links == [f"Career_Matcher?lang={lang}", f"Resources?lang={lang}"]
    # the relative links are the pages' URL paths (file name without its number)
    paths = {re.sub(r"^\d+_", "", p.stem) for p in (ROOT / "pages").glob("*.py")}
    assert {"Career_Matcher", "Resources"} <= paths


# The notes' platforms, tools and learning resources, each on its publisher's own site.
COURSE_RESOURCES = {
    "baidu_qianfan": ("platform", "cloud.baidu.com"),
    "tencent_ti_one": ("platform", "cloud.tencent.com"),
    "aliyun_pai": ("platform", "www.aliyun.com"),
    "transformers": ("tool", "huggingface.co"),
    "deepai": ("tool", "deepai.org"),
    "runwayml": ("tool", "runwayml.com"),
    "coursera_ml": ("learning", "www.coursera.org"),
    "cs224n": ("learning", "web.stanford.edu"),
    "d2l": ("learning", "d2l.ai"),
}


def test_resources_list_everything_the_course_notes_name():
    table = read_table("resources").set_index("resource_id")
    for rid, (category, host) in COURSE_RESOURCES.items():
        assert rid in table.index, rid
        row = table.loc[rid]
        assert row["category"] == category
        assert urlparse(row["url"]).hostname == host, (rid, row["url"])
    assert "Andrew Ng" in table.loc["coursera_ml", "name"]
    assert "Wenxin" in table.loc["baidu_qianfan", "description_en"]


def test_use_cases_include_sports_commentary_and_game_storylines():
    domains = read_table("domains").set_index("domain_id")
    news_en = split_list(domains.loc["news_media", "use_cases_en"])
    news_zh = split_list(domains.loc["news_media", "use_cases_zh"])
    assert "Sports commentary and match reports" in news_en and "体育赛事解说与快讯" in news_zh
    games_en = split_list(domains.loc["games_entertainment", "use_cases_en"])
    games_zh = split_list(domains.loc["games_entertainment", "use_cases_zh"])
    assert "Game storylines" in games_en and "游戏剧情生成" in games_zh
    assert news_en.index("Sports commentary and match reports") == news_zh.index(
        "体育赛事解说与快讯"
    )


def test_trends_carry_the_course_notes_expectation():
    challenges = read_table("challenges").set_index("challenge_id")
    row = challenges.loc["trend_quality_domains"]
    assert row["topic"] == "trends"
    assert "课程讲义" in row["text_zh"] and "course notes" in row["text_en"]
    assert "quality" in row["text_en"] and "new application domains" in row["text_en"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["rnn", "transformer"])
def test_rnn_and_transformer_steps_start_with_training(kind, lang):
    steps = concepts.steps(kind, lang)
    assert steps[0] == t(f"how_{kind}_train", lang)
    assert ("训练" in steps[0]) if lang == "zh" else ("Train" in steps[0])
    assert len(steps) == 5  # training, then the four generation steps
    # the playground's note points at the sampling step's new number
    assert "5" in t(f"text_steps_{kind}_note", lang)


def test_gan_and_diffusion_steps_unchanged():
    assert not any("how_gan_train" in s for s in concepts.steps("gan", "en"))
    assert len(concepts.steps("gan", "en")) == 4
