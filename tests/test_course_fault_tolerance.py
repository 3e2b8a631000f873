"""The course notes' fault-tolerance reading beside ours (Roles page, matcher reasons), and the
smaller faults: graded risk wording, "learn first" keyed by the skill, attention controls from
the model's config, two Chinese wording fixes."""

from __future__ import annotations

import json

import pytest

from aigc_dash.career import matcher as mt
from aigc_dash.career.course import ft_reading, ft_readings, unrated_names
from aigc_dash.career.data import SKILL_DIMENSIONS, read_table
from aigc_dash.core.i18n import LANGS, t
from aigc_dash.generation import explain
from aigc_dash.playgrounds import text as tp
from tests.helpers import run_page


def _readings(lang: str = "en"):
    return ft_readings(
        read_table("roles"),
        read_table("course_ft_readings"),
        read_table("fault_tolerance_rubric"),
        lang,
    )


# --- 3. the course's reading and ours ---------------------------------------------------------


def test_the_course_notes_rate_three_roles_and_we_show_which_they_do_not():
    readings = _readings()
    algo = ft_reading(readings, "algorithm_engineer")
    assert algo.course == "high" and algo.ours == 2 and algo.agrees is False
    assert "robust" in algo.course_says and "worker's own mistakes" in algo.compare
    data_eng = ft_reading(readings, "data_engineer")
    assert data_eng.course == "low" and data_eng.agrees is True
    assert "collect, clean and label" in data_eng.course_says
    creator = ft_reading(readings, "content_creator")
    assert creator.course == "high" and creator.agrees is True
    unrated = unrated_names(readings)
    assert "AI product manager" in unrated and len(unrated) == len(readings) - 3
    roles = set(read_table("roles")["role_id"])
    assert set(read_table("course_ft_readings")["role_id"]) <= roles


def test_roles_intro_no_longer_says_the_course_calls_the_algorithm_engineer_low():
    en = t("roles_seed_reading", "en")
    assert "requirement on tolerance of errors is high" in en and "robustness" in en
    assert "the notes: high; ours: low" in en
    zh = t("roles_seed_reading", "zh")
    assert "对容错率的要求高" in zh and "讲义：高；我们：低" in zh


def test_data_engineer_collects_cleans_and_labels():
    row = read_table("roles").set_index("role_id").loc["data_engineer"]
    assert row["summary_en"].startswith("Collects, cleans and labels")
    assert "收集、清洗和标注" in row["summary_zh"]
    assert "data_annotator" in set(read_table("roles")["role_id"])  # the separate role stays


@pytest.mark.parametrize("lang", LANGS)
def test_roles_page_shows_both_readings_side_by_side(lang):
    at = run_page("pages/2_Roles.py", lang, timeout=120)
    assert not at.exception
    col = t("course_ft_col_course", lang)
    (table,) = [d.value for d in at.dataframe if col in d.value.columns]
    assert len(table) == 3
    assert list(table.columns) == [
        t(f"course_ft_col_{c}", lang) for c in ("role", "course", "ours", "compare")
    ]
    names = dict(zip(table.iloc[:, 0], table.iloc[:, 2], strict=True))
    algo = read_table("roles").set_index("role_id").loc["algorithm_engineer", f"name_{lang}"]
    assert names[algo].startswith("2/5")
    captions = "\n".join(c.value for c in at.caption)
    assert t("course_ft_unrated", lang, names="").rstrip("。.")[:10] in captions
    assert "📘" in captions  # the rated roles' cards carry the notes' reading


# --- 3 and 6 in the matcher -------------------------------------------------------------------


def _reason(person: float, tolerance: float, lang: str = "en") -> str:
    return mt.describe_reason(mt.Reason("risk_fit", None, person, tolerance, 10.0), lang)


def test_risk_fit_wording_is_graded_by_the_gap():
    assert "matches" in _reason(5, 5)
    assert "close" in _reason(5, 4) and "matches" not in _reason(5, 4)
    far = _reason(5, 2.5)
    assert "matches" not in far and "not close" in far and "2.5" in far
    assert "相符" in _reason(5, 5, "zh") and "相符" not in _reason(5, 2.5, "zh")
    assert [mt.risk_grade(5, x) for x in (5, 4.5, 4, 3.5, 3)] == [
        "match",
        "match",
        "close",
        "close",
        "far",
    ]


def test_matcher_reasons_carry_the_course_notes_reading():
    readings = {r.role_id: r for r in _readings("zh")}
    algo = mt.describe_course_reading(readings["algorithm_engineer"], "zh")
    assert "课程讲义的读法：高" in algo and "2/5" in algo and "不同" in algo
    pm = mt.describe_course_reading(readings["product_manager"], "zh")
    assert "没有给这个岗位评容错率" in pm
    assert mt.describe_course_reading(None, "en") == ""


def test_learn_first_follows_the_skill_gap_not_the_role():
    table = read_table("skill_resources")
    assert set(table["skill"]) == set(SKILL_DIMENSIONS)
    assert set(table["resource_id"]) <= set(read_table("resources")["resource_id"])
    own = mt.skill_resources(table, read_table("resources"))
    roles = mt.role_matrix(read_table("roles"), own)
    profile = mt.Profile(risk=0, math=10, programming=10, ml=10, rigor=10, creativity=0)
    data_eng = next(m for m in mt.match(profile, roles) if m.role_id == "data_engineer")
    gap = next(g for g in data_eng.gaps if g.skill == "creativity")
    assert "dbt" not in gap.resource.title.lower()
    assert gap.resource == own["creativity"]


def test_matcher_page_shows_the_course_reading_in_the_reasons():
    at = run_page("pages/3_Career_Matcher.py", "en", timeout=120)
    assert not at.exception
    body = "\n".join(m.value for m in at.markdown)
    assert "The course notes' reading" in body or "do not rate this role" in body


# --- 6. attention controls from the config, wording -------------------------------------------


@pytest.fixture(scope="module")
def gpt():
    from aigc_dash.generation import models

    pipe = models.load_text_pipeline("gpt")
    return pipe.model, pipe.tokenizer


@pytest.mark.slow
def test_attention_controls_read_the_models_config(gpt):
    model, tokenizer = gpt
    config = json.loads((tp.models.REGISTRY["gpt"].path / "config.json").read_text())
    assert explain.attention_shape(model) == (config["n_layer"], config["n_head"])
    last = explain.attention(model, tokenizer, "one two three", layer=config["n_layer"] - 1)
    assert last.layer == config["n_layer"] - 1 and last.n_heads == config["n_head"]
    with pytest.raises(ValueError):  # layer 5 of a 4-layer model is no longer layer 1
        explain.attention(model, tokenizer, "one two three", layer=config["n_layer"])
    head = explain.attention(model, tokenizer, "one two three", layer=0, head=2)
    assert head.head == 2


@pytest.mark.slow
def test_concepts_page_attention_slider_fits_the_model():
    config = json.loads((tp.models.REGISTRY["gpt"].path / "config.json").read_text())
    at = run_page("pages/6_Concepts.py", "en", timeout=240)
    at.toggle(key="concepts_attn_on").set_value(True).run()
    assert not at.exception
    slider = next(s for s in at.slider if s.key.startswith("concepts_attn_layer"))
    assert slider.max == config["n_layer"] and slider.value == config["n_layer"]
    head = next(s for s in at.selectbox if s.key.startswith("concepts_attn_head"))
    assert len(head.options) == config["n_head"] + 1
    captions = "\n".join(c.value for c in at.caption)
    assert f"{config['n_layer']} layers with {config['n_head']} attention heads" in captions


def test_chinese_wording_fixes():
    card = "\n".join(tp.model_card("gpt", "zh"))
    assert "约为其 1/" in card and "少" not in card.split("对比 GPT-2 small")[-1].split("。")[0]
    assert "1/" in "\n".join(tp.model_card("gpt", "en"))
    assert "−ln(0) 趋于无穷" in t("loss_clipped_notice", "zh")
    assert "−ln(0) tends to infinity" in t("loss_clipped_notice", "en")
