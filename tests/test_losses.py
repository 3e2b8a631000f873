"""Loss lab: the worked examples, the shape of each loss, and every invalid input's message."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aigc_dash.core.i18n import STRINGS
from aigc_dash.generation import losses


def test_cross_entropy_worked_example():
    result = losses.cross_entropy("1, 0", "0.8, 0.2")
    assert round(result.loss, 3) == 0.223
    assert result.terms[0] == pytest.approx(-math.log(0.8))
    assert result.terms[1] == 0.0


def test_mse_worked_example_and_the_seed_slip():
    result = losses.regression_losses("1, 2, 3", "0.8, 1.9, 3.1")
    # (0.2² + 0.1² + 0.1²) / 3 = 0.06 / 3 = 0.020. The seed text says 0.027: an arithmetic slip
    # the page points out (no mean of these three squared errors gives 0.027).
    assert round(result.mse, 3) == 0.020
    assert result.squared == pytest.approx([0.04, 0.01, 0.01])
    assert result.mae == pytest.approx(0.4 / 3)


@pytest.mark.parametrize(
    ("true", "pred", "code"),
    [
        ("", "0.5 0.5", "loss_err_empty"),
        ("1 0", "0.8, abc", "loss_err_not_number"),
        ("1 0", "0.8 0.1 0.1", "loss_err_length"),
        ("1 0", "-0.2 1.2", "loss_err_negative"),
        ("1 0", "0.5 0.4", "loss_err_not_sum_one"),
        ("0 0", "0.5 0.5", "loss_err_zero_sum"),
        ("1", "1", "loss_err_too_few"),
        ("1 0", "inf 0", "loss_err_not_number"),
        (" ".join(["0.01"] * 101), " ".join(["0.01"] * 101), "loss_err_too_many"),
    ],
)
def test_cross_entropy_invalid_input_has_a_message(true, pred, code):
    with pytest.raises(losses.LossInputError) as info:
        losses.cross_entropy(true, pred)
    assert info.value.code == code
    for lang in ("zh", "en"):
        assert STRINGS[code][lang].format(**info.value.detail)


def test_normalising_rescales_with_a_flag():
    result = losses.cross_entropy("2 0", "4 1", normalise=True)
    assert result.p.normalised and result.q.normalised
    assert result.loss == pytest.approx(-math.log(0.8))


def test_zero_probability_on_the_true_class_is_clipped_not_infinite():
    result = losses.cross_entropy("1 0", "0 1")
    assert result.clipped and math.isfinite(result.loss)


def test_regression_messages():
    for true, pred, code in [
        ("1 2", "1", "loss_err_length"),
        ("", "", "loss_err_empty"),
        ("1，2；3", "1 2 x", "loss_err_not_number"),
    ]:
        with pytest.raises(losses.LossInputError) as info:
            losses.regression_losses(true, pred)
        assert info.value.code == code


def test_mse_punishes_large_errors_more_than_mae_and_huber():
    curves = losses.loss_curves(max_error=3.0, points=31)
    last = -1
    assert curves["mse"][last] == pytest.approx(9.0)
    assert curves["mae"][last] == pytest.approx(3.0)
    assert curves["huber"][last] == pytest.approx(2.5)
    for key in ("mse", "mae", "huber"):
        assert all(b >= a for a, b in zip(curves[key], curves[key][1:], strict=False))
    ce = losses.cross_entropy_curve()
    assert all(b < a for a, b in zip(ce["loss"], ce["loss"][1:], strict=False))


@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=20))
def test_mse_is_zero_exactly_for_perfect_predictions(values):
    text = " ".join(repr(v) for v in values)
    assert losses.regression_losses(text, text).mse == 0.0


@pytest.mark.slow
@given(st.text(max_size=60), st.text(max_size=60))
def test_any_text_gives_a_result_or_a_coded_error(true, pred):
    try:
        losses.cross_entropy(true, pred, normalise=True)
        losses.regression_losses(true, pred)
    except losses.LossInputError as err:
        assert err.code in STRINGS
