"""SamplingParams: the one value carrying the sampling settings (checked and clamped once)."""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aigc_dash.generation.sampling import (
    DEFAULT,
    MIN_TEMPERATURE,
    SEED_MODULUS,
    UNFILTERED,
    SamplingParams,
)


def test_defaults_are_todays_generate_defaults():
    assert (
        SamplingParams(
            max_new_tokens=50,
            temperature=0.8,
            top_k=50,
            top_p=0.95,
            repetition_penalty=1.0,
            do_sample=True,
            seed=0,
        )
        == DEFAULT
    )
    assert (UNFILTERED.temperature, UNFILTERED.top_k, UNFILTERED.top_p) == (1.0, 0, 1.0)


def test_out_of_range_values_are_clamped_and_types_normalised():
    p = SamplingParams(
        max_new_tokens=0,
        temperature=0.0,
        top_k=-4,
        top_p=3.0,
        repetition_penalty=-1,
        do_sample=1,  # type: ignore[arg-type]
        seed=-1,
    )
    assert p.max_new_tokens == 1 and p.temperature == MIN_TEMPERATURE
    assert p.top_k == 0 and p.top_p == 1.0 and p.repetition_penalty > 0
    assert p.do_sample is True and p.seed == SEED_MODULUS - 1
    assert isinstance(SamplingParams(top_k=3.9).top_k, int)  # type: ignore[arg-type]
    # clamped again on replace: the one place the rules live
    assert dataclasses.replace(p, top_p=0).top_p > 0


@pytest.mark.parametrize("bad", [math.nan, math.inf, "hot", None])
def test_non_numbers_are_refused(bad):
    with pytest.raises(ValueError):
        SamplingParams(temperature=bad)  # type: ignore[arg-type]


def test_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT.seed = 3  # type: ignore[misc]


def test_generate_kwargs_sampling_and_greedy():
    kw = SamplingParams(max_new_tokens=7, temperature=1.2, top_k=5, top_p=0.5).to_generate_kwargs()
    assert kw == {
        "max_new_tokens": 7,
        "do_sample": True,
        "repetition_penalty": 1.0,
        "temperature": 1.2,
        "top_k": 5,
        "top_p": 0.5,
    }
    greedy = SamplingParams(do_sample=False, repetition_penalty=1.3).to_generate_kwargs()
    assert greedy["do_sample"] is False and greedy["repetition_penalty"] == 1.3
    assert greedy["temperature"] is greedy["top_k"] is greedy["top_p"] is None
    assert "seed" not in greedy


def test_greedy_filter_keeps_the_most_likely_only():
    f = SamplingParams(do_sample=False, temperature=0.2, repetition_penalty=1.5).filtering()
    assert (f.top_k, f.temperature, f.top_p, f.repetition_penalty) == (1, 1.0, 1.0, 1.5)
    assert DEFAULT.filtering() is DEFAULT


@given(
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9),
    st.integers(-(10**12), 10**12),
)
def test_any_finite_values_give_valid_params(x, n):
    p = SamplingParams(max_new_tokens=n, temperature=x, top_k=n, top_p=x, seed=n)
    assert p.max_new_tokens >= 1 and p.temperature >= MIN_TEMPERATURE
    assert p.top_k >= 0 and 0 < p.top_p <= 1 and 0 <= p.seed < SEED_MODULUS
