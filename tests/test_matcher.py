"""Career matcher: scoring properties, reasons and gaps, robustness, questionnaire, URL state, charts."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aigc_dash.career import matcher as mt
from aigc_dash.career.data import SKILL_DIMENSIONS, read_table
from aigc_dash.charts import matcher as charts

LEVELS = st.integers(min_value=0, max_value=20).map(lambda k: k * 0.5)  # 0, 0.5, ... 10
PROFILES = st.lists(LEVELS, min_size=7, max_size=7).map(mt.Profile.from_array)
RAW_PROFILES = st.lists(
    st.floats(min_value=0, max_value=10, allow_nan=False), min_size=7, max_size=7
).map(np.array)


def make_roles(rows: list[tuple[str, int, list[int]]], resources: str = "") -> mt.RoleMatrix:
    """A roles table in memory: (role_id, fault_tolerance, six skill levels)."""
    records = []
    for role_id, ft, skills in rows:
        rec = {"role_id": role_id, "fault_tolerance": ft, "resources": resources}
        rec.update({f"skill_{d}": s for d, s in zip(SKILL_DIMENSIONS, skills, strict=True)})
        records.append(rec)
    return mt.role_matrix(pd.DataFrame(records))


ROLE_TABLES = st.lists(
    st.tuples(st.integers(1, 5), st.lists(st.integers(0, 10), min_size=6, max_size=6)),
    min_size=1,
    max_size=6,
).map(lambda rows: make_roles([(f"r{i}", ft, sk) for i, (ft, sk) in enumerate(rows)]))


@pytest.fixture(scope="module")
def real() -> mt.RoleMatrix:
    return mt.role_matrix(read_table("roles"))


@pytest.fixture(scope="module")
def names() -> dict[str, str]:
    df = read_table("roles")
    return dict(zip(df["role_id"], df["name_en"], strict=True))


CREATIVE_RISKY = mt.Profile(
    risk=9, math=2, programming=2, ml=3, rigor=3, creativity=9, communication=8
)
RIGOROUS_CAREFUL = mt.Profile(
    risk=1, math=6, programming=7, ml=4, rigor=9, creativity=3, communication=4
)


def rank_of(profile: mt.Profile, roles: mt.RoleMatrix, role_id: str) -> int:
    return next(m.rank for m in mt.match(profile, roles) if m.role_id == role_id)


# --- scoring properties ----------------------------------------------------------------


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(roles=ROLE_TABLES, base=RAW_PROFILES, data=st.data())
def test_raising_a_needed_skill_never_lowers_the_score(roles, base, data):
    r = data.draw(st.integers(0, len(roles) - 1))
    j = data.draw(st.integers(0, 5))
    up = data.draw(st.floats(min_value=0, max_value=10))
    raised = base.copy()
    raised[1 + j] = min(10.0, raised[1 + j] + up)
    before = mt.score_matrix(base, roles)[r]
    after = mt.score_matrix(raised, roles)[r]
    if roles.needs[r, j] >= mt.CORE_NEED:
        assert after >= before - 1e-9
    # Raising any skill up to the role's level never lowers the score either.
    capped = base.copy()
    capped[1 + j] = max(base[1 + j], min(raised[1 + j], roles.needs[r, j]))
    assert mt.score_matrix(capped, roles)[r] >= before - 1e-9


@settings(max_examples=200, deadline=None)
@given(base=RAW_PROFILES, data=st.data())
def test_raising_a_needed_skill_never_lowers_the_score_on_the_real_table(real, base, data):
    j = data.draw(st.integers(0, 5))
    raised = base.copy()
    raised[1 + j] = data.draw(st.floats(min_value=base[1 + j], max_value=10))
    before, after = mt.score_matrix(base, real), mt.score_matrix(raised, real)
    needed = real.needs[:, j] >= mt.CORE_NEED
    assert np.all(after[needed] >= before[needed] - 1e-9)


@settings(max_examples=300, deadline=None)
@given(
    roles=ROLE_TABLES,
    profiles=st.lists(
        st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=7, max_size=7),
        min_size=1,
        max_size=20,
    ),
)
@pytest.mark.slow
def test_scores_stay_between_0_and_100(roles, profiles):
    scores = mt.score_matrix(np.array(profiles), roles)
    assert scores.shape == (len(profiles), len(roles))
    assert np.all((scores >= 0) & (scores <= 100))


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(roles=ROLE_TABLES, data=st.data())
def test_a_shortfall_costs_more_than_the_same_surplus(roles, data):
    r = data.draw(st.integers(0, len(roles) - 1))
    j = data.draw(st.integers(0, 5))
    need = roles.needs[r, j]
    if need < 1:
        return  # the role does not use this skill at all
    d = data.draw(st.floats(min_value=0.5, max_value=min(need, 10 - need) or 0.5))
    if need + d > 10:
        return
    exact = np.array([roles.tolerance[r], *roles.needs[r]])
    short, surplus = exact.copy(), exact.copy()
    short[1 + j] -= d
    surplus[1 + j] += d
    assert mt.score_matrix(short, roles)[r] < mt.score_matrix(surplus, roles)[r]


def test_a_profile_equal_to_a_role_ranks_it_first_on_the_real_table(real):
    assert len(real) >= 4
    for role_id in real.role_ids:
        profile = real.requirement_profile(role_id)
        scores = mt.score_matrix(profile.as_array(), real)
        i = real.index(role_id)
        assert scores[i] == pytest.approx(100.0)
        others = np.delete(scores, i)
        assert np.all(others < scores[i]), (role_id, others.max())
        assert mt.match(profile, real)[0].role_id == role_id


@settings(max_examples=200, deadline=None)
@given(roles=ROLE_TABLES, data=st.data())
def test_a_profile_equal_to_a_role_scores_100(roles, data):
    r = data.draw(st.integers(0, len(roles) - 1))
    exact = np.array([roles.tolerance[r], *roles.needs[r]])
    assert mt.score_matrix(exact, roles)[r] == pytest.approx(100.0)


def test_fault_tolerance_maps_to_the_slider_scale():
    assert mt.tolerance_to_slider(np.array([1, 2, 3, 4, 5])).tolist() == [0, 2.5, 5, 7.5, 10]


def test_risk_distance_weighs_more_than_a_level_short_on_everything(real):
    for role_id in real.role_ids:
        i = real.index(role_id)
        exact = np.array([real.tolerance[i], *real.needs[i]])
        far = exact.copy()
        far[0] = 0.0 if real.tolerance[i] >= 5 else 10.0
        short = exact.copy()
        short[1:] = np.maximum(short[1:] - 1, 0)
        assert mt.score_matrix(far, real)[i] < mt.score_matrix(short, real)[i], role_id


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(roles=ROLE_TABLES, base=RAW_PROFILES, data=st.data())
def test_moving_risk_towards_a_role_never_lowers_its_score(roles, base, data):
    r = data.draw(st.integers(0, len(roles) - 1))
    closer = base.copy()
    closer[0] = base[0] + data.draw(st.floats(0, 1)) * (roles.tolerance[r] - base[0])
    assert mt.score_matrix(closer, roles)[r] >= mt.score_matrix(base, roles)[r] - 1e-9


def test_seed_mapping_holds_on_the_real_table(real):
    assert rank_of(CREATIVE_RISKY, real, "content_creator") < rank_of(
        CREATIVE_RISKY, real, "data_engineer"
    )
    assert mt.match(CREATIVE_RISKY, real)[0].role_id == "content_creator"
    assert rank_of(RIGOROUS_CAREFUL, real, "data_engineer") < rank_of(
        RIGOROUS_CAREFUL, real, "content_creator"
    )
    assert mt.match(RIGOROUS_CAREFUL, real)[0].role_id == "data_engineer"


def test_vectorised_scores_equal_single_scores(real):
    rng = np.random.default_rng(1)
    batch = rng.uniform(0, 10, size=(50, 7))
    together = mt.score_matrix(batch, real)
    for k in range(len(batch)):
        assert np.allclose(together[k], mt.score_matrix(batch[k], real))
        assert np.allclose(
            together[k],
            [
                m.score
                for m in sorted(
                    mt.match(mt.Profile(*batch[k]), real), key=lambda m: real.index(m.role_id)
                )
            ],
        )


def test_ranks_of_breaks_ties_by_table_order():
    assert mt.ranks_of(np.array([50.0, 80.0, 50.0])).tolist() == [2, 1, 3]
    assert mt.ranks_of(np.array([[1.0, 2.0], [3.0, 3.0]])).tolist() == [[2, 1], [1, 2]]


# --- reasons and gaps --------------------------------------------------------------------


def test_reasons_and_gaps_of_the_seed_profiles(real):
    by_id = {m.role_id: m for m in mt.match(CREATIVE_RISKY, real)}
    cc, de = by_id["content_creator"], by_id["data_engineer"]
    assert cc.reasons[0].kind == "risk_fit"
    assert 1 <= len(cc.reasons) <= 3
    assert de.risk_mismatch is not None and de.risk_mismatch.direction == "stricter"
    assert cc.risk_mismatch is None
    gap_skills = [g.skill for g in de.gaps]
    assert "rigor" in gap_skills and "programming" in gap_skills and len(de.gaps) <= 3
    assert [g.points for g in de.gaps] == sorted((g.points for g in de.gaps), reverse=True)
    rigor = next(g for g in de.gaps if g.skill == "rigor")
    assert (rigor.person, rigor.required, rigor.shortfall) == (3, 9, 6)
    # none of the data engineer's own resources is about rigour: "learn first" is then the
    # skill's own resource (given by the page), never the role's unrelated first link
    assert rigor.resource is None
    own = mt.skill_resources(read_table("skill_resources"), read_table("resources"))
    with_own = mt.role_matrix(read_table("roles"), own)
    de_own = next(m for m in mt.match(CREATIVE_RISKY, with_own) if m.role_id == "data_engineer")
    assert next(g for g in de_own.gaps if g.skill == "rigor").resource == own["rigor"]
    careful = {m.role_id: m for m in mt.match(RIGOROUS_CAREFUL, real)}
    assert careful["content_creator"].risk_mismatch.direction == "looser"
    assert any(
        r.kind == "skill_covered" and r.skill == "rigor" for r in careful["data_engineer"].reasons
    )


def test_a_perfect_profile_has_no_gaps(real):
    m = mt.match(real.requirement_profile("prompt_designer"), real)[0]
    assert m.role_id == "prompt_designer" and m.gaps == () and m.risk_mismatch is None
    assert m.reasons


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_reasons_and_gaps_read_as_sentences(real, lang):
    de = next(m for m in mt.match(CREATIVE_RISKY, real) if m.role_id == "data_engineer")
    gap = mt.describe_gap(de.gaps[0], lang)
    g = de.gaps[0]
    assert (g.skill, g.person, g.required) == ("programming", 2, 9)
    assert "2" in gap and "9" in gap and "7" in gap and g.resource.title in gap
    assert mt.dim_label("programming", lang) in gap
    assert "](" in mt.describe_gap(de.gaps[0], lang, link=True)
    assert "9" in mt.describe_risk(de.risk_mismatch, lang)
    cc = mt.match(CREATIVE_RISKY, real)[0]
    assert all(mt.describe_reason(r, lang) for r in cc.reasons)


def test_resource_for_prefers_a_matching_title_then_the_skills_own():
    resources = mt.parse_resources(
        "Intro to AI|https://a.example; Python for everybody|https://b.example; bad entry; "
        "Linear Algebra|https://c.example"
    )
    assert [r.title for r in resources] == ["Intro to AI", "Python for everybody", "Linear Algebra"]
    assert mt.resource_for("programming", resources).url == "https://b.example"
    assert mt.resource_for("math", resources).url == "https://c.example"
    # no title about communication: the skill's own resource, never the role's first
    assert mt.resource_for("communication", resources) is None
    own = mt.Resource("Guidebook", "https://g.example")
    assert mt.resource_for("communication", resources, own) is own
    assert mt.resource_for("math", ()) is None


# --- robustness --------------------------------------------------------------------------


def test_robustness_is_seeded_and_consistent(real):
    a = mt.robustness(CREATIVE_RISKY, real, samples=2000, seed=7)
    b = mt.robustness(CREATIVE_RISKY, real, samples=2000, seed=7)
    assert np.array_equal(a.top1_share, b.top1_share)
    assert a.top1_share.sum() == pytest.approx(1.0)
    assert a.top1_share[real.index("content_creator")] > 0.5
    assert a.sweep_scores.shape == (21, len(real)) and a.sweep_risk[[0, -1]].tolist() == [0, 10]
    for row in a.sweep_ranks:
        assert sorted(row.tolist()) == list(range(1, len(real) + 1))
    # As risk appetite alone rises, the forgiving content creator climbs past the data engineer.
    cc, de = real.index("content_creator"), real.index("data_engineer")
    assert a.sweep_ranks[0, cc] > a.sweep_ranks[0, de] or a.sweep_scores[0, cc] < 60
    assert a.sweep_ranks[-1, cc] < a.sweep_ranks[-1, de]
    assert a.sweep_scores[-1, cc] > a.sweep_scores[0, cc]


def test_robustness_agrees_with_a_plain_loop(real):
    rob = mt.robustness(RIGOROUS_CAREFUL, real, samples=300, jitter=1.0, seed=3)
    rng = np.random.default_rng(3)
    base = RIGOROUS_CAREFUL.as_array()
    noisy = np.clip(base + rng.uniform(-1, 1, size=(300, 7)), 0, 10)
    counts = np.zeros(len(real))
    for row in noisy:
        counts[int(np.argmax(mt.score_matrix(row, real)))] += 1
    assert np.allclose(rob.top1_share, counts / 300)


def test_an_exact_role_profile_is_robust_and_a_tie_is_not(real):
    exact = mt.robustness(real.requirement_profile("content_creator"), real, samples=1000)
    assert exact.top1_share[real.index("content_creator")] > 0.9
    twins = make_roles([("a", 3, [5] * 6), ("b", 3, [5] * 6)])
    split = mt.robustness(mt.Profile(), twins, samples=1000)
    assert split.top1_share.tolist() == [1.0, 0.0]  # ties go to the first in table order


# --- presets and questionnaire -----------------------------------------------------------


def test_presets_are_valid_profiles(real):
    assert set(mt.PRESETS) == {"student", "designer", "software_engineer", "career_changer"}
    for p in mt.PRESETS.values():
        assert all(0 <= v <= 10 for v in p.as_dict().values())
    assert rank_of(mt.PRESETS["designer"], real, "content_creator") < rank_of(
        mt.PRESETS["designer"], real, "data_engineer"
    )


def test_questionnaire_maps_answers_to_sliders():
    assert len(mt.QUESTIONNAIRE) == 10
    assert mt.questionnaire_profile([3] * 10) == mt.Profile()
    agree = mt.questionnaire_profile([5] * 10)
    assert agree.math == agree.programming == agree.creativity == 10
    assert agree.risk == 3.5  # one forward and two reversed statements: mean of 10, 0, 0
    bold = mt.questionnaire_profile([5, 1, 1, 1, 1, 1, 1, 5, 5, 1])
    assert bold.risk == 10 and bold.creativity == 10 and bold.rigor == 0


@pytest.mark.slow
@given(st.lists(st.one_of(st.none(), st.integers(-100, 100), st.text(max_size=3)), max_size=15))
def test_questionnaire_never_fails_and_stays_on_the_slider_grid(answers):
    p = mt.questionnaire_profile(answers)
    for v in p.as_dict().values():
        assert 0 <= v <= 10 and (v * 2).is_integer()


# --- URL state ---------------------------------------------------------------------------


@given(PROFILES)
def test_url_round_trips_a_profile(profile):
    parsed, issues, found = mt.parse_query({"lang": "zh", **mt.to_query(profile)})
    assert parsed == profile and issues == [] and found


@settings(max_examples=300)
@given(
    st.dictionaries(
        st.one_of(st.sampled_from([*mt.URL_TO_DIM, "preset", "lang"]), st.text(max_size=10)),
        st.one_of(st.text(max_size=30), st.lists(st.text(max_size=10), max_size=3)),
        max_size=10,
    )
)
@pytest.mark.slow
def test_any_url_gives_a_valid_profile_and_never_raises(params):
    profile, issues, _ = mt.parse_query(params)
    for v in profile.as_dict().values():
        assert 0 <= v <= 10 and (v * 2).is_integer()
    reported = {i.key for i in issues}
    for key in params:
        if key not in mt.URL_TO_DIM and key not in ("lang", "preset"):
            assert key[:200] in reported
    for issue in issues:
        assert mt.describe_issue(issue, "zh") and mt.describe_issue(issue, "en")


def test_tampered_url_is_clamped_or_ignored():
    profile, issues, found = mt.parse_query(
        {
            "risk": "abc",
            "math": "999",
            "prog": "-3",
            "ml": "nan",
            "rigor": "inf",
            "foo": "bar",
            "comm": ["2", "7.3"],
            "lang": "xx",
        }
    )
    assert found
    kinds = {i.key: i.kind for i in issues}
    assert kinds == {
        "risk": "not_a_number",
        "math": "out_of_range",
        "prog": "out_of_range",
        "ml": "not_a_number",
        "rigor": "out_of_range",
        "foo": "unknown_key",
    }
    assert (profile.risk, profile.math, profile.programming, profile.ml, profile.rigor) == (
        5,
        10,
        0,
        5,
        10,
    )
    assert profile.communication == 7.5  # last value wins, rounded to the slider step


def test_url_preset_gives_the_base_and_keys_override():
    profile, issues, _ = mt.parse_query({"preset": "designer", "risk": "2"})
    assert issues == [] and profile.risk == 2 and profile.creativity == 9
    profile, issues, _ = mt.parse_query({"preset": "wizard"})
    assert profile == mt.Profile() and issues[0].kind == "unknown_preset"
    fallback = mt.Profile(risk=1)
    assert mt.parse_query({}, fallback) == (fallback, [], False)


def test_notices_escape_hostile_text():
    issue = mt.UrlIssue("unknown_key", "<script>**x**[a](javascript:1)", "")
    text = mt.describe_issue(issue, "en")
    assert "**x**" not in text and "](" not in text and "<script>" not in text
    assert len(mt.safe_snippet("x" * 10_000)) <= 41
    assert "\x00" not in mt.safe_snippet("a\x00b\u202e")


# --- exports and charts ------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_exports(real, names, lang):
    matches = mt.match(CREATIVE_RISKY, real)
    rob = mt.robustness(CREATIVE_RISKY, real, samples=500)
    data = mt.result_json(CREATIVE_RISKY, matches, rob, names, lang)
    back = json.loads(json.dumps(data, ensure_ascii=False))
    assert [r["role_id"] for r in back["ranking"]][0] == "content_creator"
    assert len(back["ranking"]) == len(real)
    assert back["url_params"] == mt.to_query(CREATIVE_RISKY)
    assert back["robustness"]["samples"] == 500
    md = mt.result_markdown(CREATIVE_RISKY, matches, rob, names, lang)
    assert names["content_creator"] in md and "risk=9" in md
    assert md.index(names["content_creator"]) < md.index(names["data_engineer"])


def test_charts(real, names):
    matches = mt.match(CREATIVE_RISKY, real)
    bar = charts.ranked_bar(matches, names, "en")
    assert list(bar.data[0].y)[-1] == names["content_creator"]  # best drawn on top
    assert all(0 <= x <= 100 for x in bar.data[0].x)
    top3 = [m.role_id for m in matches[:3]]
    radar = charts.radar(CREATIVE_RISKY, real, top3, names, "zh")
    assert len(radar.data) == 4 and all(len(tr.r) == 8 for tr in radar.data)
    assert list(radar.data[-1].r[:7]) == list(CREATIVE_RISKY.as_dict().values())
    rob = mt.robustness(CREATIVE_RISKY, real, samples=1000)
    top1 = charts.top1_bars(rob, names, "en")
    assert sum(top1.data[0].x) == pytest.approx(100, abs=0.5)
    sweep = charts.risk_sweep(rob, names, "en", current_risk=9, role_ids=real.role_ids)
    assert len(sweep.data) == len(real) and all(len(tr.x) == 21 for tr in sweep.data)
    assert sweep.layout.yaxis.range[0] > sweep.layout.yaxis.range[1]  # rank 1 on top
    contenders = charts.sweep_contenders(rob)
    assert "content_creator" in contenders and "data_engineer" in contenders
    assert [tr.name for tr in charts.risk_sweep(rob, names, "en").data] == [
        names[r] for r in contenders
    ]
    for rid in contenders:
        assert rob.sweep_ranks[:, real.index(rid)].min() <= 3
