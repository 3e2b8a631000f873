"""The matcher's optional AI-applicability term: off = today's ranking; small, labelled, exported."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aigc_dash.career import data
from aigc_dash.career import exposure as ex
from aigc_dash.career import matcher as mt
from aigc_dash.career.matcher import ai_preference as ep

ROLES = mt.role_matrix(data.read_table("roles"))
EXPOSURE = ex.build_exposure(
    data.read_table("role_exposure"), data.read_table("role_exposure_occupations")
)
PERCENTILES = {rid: r.percentile for rid, r in EXPOSURE.roles.items()}
NAMES = {rid: rid.replace("_", " ") for rid in ROLES.role_ids}

levels = st.integers(0, 20).map(lambda i: i * mt.SLIDER_STEP)
profiles = st.builds(
    mt.Profile,
    risk=levels,
    math=levels,
    programming=levels,
    ml=levels,
    rigor=levels,
    creativity=levels,
    communication=levels,
)
preferences = st.sampled_from(ep.PREFERENCES)


@settings(max_examples=60, deadline=None)
@given(profiles)
def test_off_is_exactly_todays_ranking(profile):
    base = mt.match(profile, ROLES)
    terms = ep.terms_for(ROLES, PERCENTILES, "neutral")
    assert all(term.points == 0.0 for term in terms.values())
    assert ep.apply(base, ROLES, terms) == base
    assert not ep.is_on(ep.DEFAULT_PREFERENCE)


@settings(max_examples=60, deadline=None)
@given(profiles, preferences)
def test_term_is_small_and_only_moves_scores_by_itself(profile, preference):
    base = {m.role_id: m for m in mt.match(profile, ROLES)}
    terms = ep.terms_for(ROLES, PERCENTILES, preference)
    adjusted = ep.apply(list(base.values()), ROLES, terms)
    assert [m.rank for m in adjusted] == list(range(1, len(ROLES) + 1))
    for m in adjusted:
        term = terms[m.role_id].points
        assert abs(term) <= ep.PREFERENCE_POINTS
        assert m.score == pytest.approx(np.clip(base[m.role_id].score + term, 0, 100))
        # reasons, gaps and the cost breakdown are today's: the term is reported on its own
        assert m.reasons == base[m.role_id].reasons and m.gaps == base[m.role_id].gaps


@given(st.floats(0, 100), st.floats(0, 100))
def test_seek_rewards_and_avoid_penalises_higher_percentiles(low, high):
    low, high = sorted((low, high))
    seek = ep.term_points([low, high], "seek")
    avoid = ep.term_points([low, high], "avoid")
    assert seek[0] <= seek[1] and avoid[0] >= avoid[1]
    assert np.allclose(seek, -avoid)
    assert ep.term_points([50.0], "seek")[0] == 0.0
    assert ep.term_points([100.0], "seek")[0] == ep.PREFERENCE_POINTS


def test_roles_without_data_get_nothing():
    terms = ep.terms_for(ROLES, {"content_creator": 99.5}, "seek")
    assert terms["ai_researcher"].points == 0.0 and terms["ai_researcher"].percentile is None
    assert terms["content_creator"].points == pytest.approx(4.95)
    text = ep.describe_term(terms["ai_researcher"], "seek", "en")
    assert "no data" in text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("seek", "seek"),
        (["x", "avoid"], "avoid"),
        ("SEEK ", "seek"),
        ("<b>", "neutral"),
        (None, "neutral"),
    ],
)
def test_parse_preference(raw, expected):
    assert ep.parse_preference(raw) == expected


def test_seek_favours_and_avoid_disfavours_high_percentile_roles():
    # A profile that sits between the AI researcher (56th percentile) and the content
    # creator (99th): seeking AI-heavy work must not lower the creator's rank.
    profile = mt.Profile(
        risk=7, math=6, programming=4, ml=6, rigor=7, creativity=9, communication=7
    )
    base = mt.match(profile, ROLES)
    seek = ep.apply(base, ROLES, ep.terms_for(ROLES, PERCENTILES, "seek"))
    avoid = ep.apply(base, ROLES, ep.terms_for(ROLES, PERCENTILES, "avoid"))
    rank = {m.role_id: m.rank for m in seek}
    rank_avoid = {m.role_id: m.rank for m in avoid}
    assert rank["content_creator"] <= rank_avoid["content_creator"]
    assert rank["ai_researcher"] >= rank_avoid["ai_researcher"]


@settings(max_examples=15, deadline=None)
@given(profiles, preferences)
def test_robustness_still_works(profile, preference):
    terms = ep.terms_for(ROLES, PERCENTILES, preference)
    robust = ep.robustness_with(profile, ROLES, terms, samples=400)
    assert robust.top1_share.sum() == pytest.approx(1.0)
    assert robust.sweep_ranks.shape == (21, len(ROLES))
    if preference == "neutral":
        today = mt.robustness(profile, ROLES, samples=400)
        assert np.array_equal(robust.top1_share, today.top1_share)
        assert np.array_equal(robust.sweep_scores, today.sweep_scores)
    else:
        # the sweep point at the profile's own risk ranks roles as apply() does
        i = int(round(profile.risk / 0.5))
        adjusted = ep.apply(mt.match(profile, ROLES), ROLES, terms)
        by_rank = {m.role_id: m.rank for m in adjusted}
        assert [int(robust.sweep_ranks[i, j]) for j in range(len(ROLES))] == [
            by_rank[r] for r in ROLES.role_ids
        ]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_exports_include_the_term(lang):
    profile = mt.PRESETS["designer"]
    terms = ep.terms_for(ROLES, PERCENTILES, "seek")
    matches = ep.apply(mt.match(profile, ROLES), ROLES, terms)
    robust = ep.robustness_with(profile, ROLES, terms, samples=200)
    result = ep.extend_json(
        mt.result_json(profile, matches, robust, NAMES, lang), terms, "seek", lang
    )
    json.dumps(result, ensure_ascii=False)  # JSON-able
    assert result["ai_applicability_preference"]["choice"] == "seek"
    assert result["ai_applicability_preference"]["max_points"] == ep.PREFERENCE_POINTS
    first = result["ranking"][0]
    assert first["ai_preference"]["points"] == pytest.approx(
        terms[first["role_id"]].points, abs=0.01
    )
    assert [e["score"] for e in result["ranking"]] == [round(m.score, 2) for m in matches]
    md = ep.extend_markdown(
        mt.result_markdown(profile, matches, robust, NAMES, lang),
        matches,
        terms,
        NAMES,
        "seek",
        lang,
    )
    assert md.count("\n- ") >= len(ROLES)
    assert ep.choice_label("seek", lang) in md and ep.formula_text(lang) in md
    off = ep.extend_json({"ranking": []}, {}, "neutral", lang)
    assert off["ai_applicability_preference"]["on"] is False
