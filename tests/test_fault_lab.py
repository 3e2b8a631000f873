"""Fault-tolerance lab: real models, fixed seeds, curves that behave as theory says."""

from __future__ import annotations

import numpy as np
import pytest

from aigc_dash.generation import fault_lab
from aigc_dash.ui import models as model_cache
from tests.helpers import run_page

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def classifier():
    return model_cache.cached_classifier()


@pytest.fixture(scope="module")
def generator():
    return model_cache.cached_dcgan()


@pytest.fixture(scope="module")
def digits():
    return fault_lab.lab_digits(200)


def _state(model) -> dict[str, np.ndarray]:
    return {k: v.detach().clone().numpy() for k, v in model.state_dict().items()}


def test_lab_digits_are_held_out_and_balanced(digits):
    from aigc_dash.generation.digits import digits_split

    images, labels = digits
    assert np.bincount(labels).tolist() == [20] * 10
    train_images, _ = digits_split("train")
    train_bytes = {img.tobytes() for img in train_images}
    assert not any(img.tobytes() in train_bytes for img in images)


def test_input_noise_curve_is_monotone_and_deterministic(classifier, digits):
    curve = fault_lab.classifier_input_noise(classifier, *digits, seed=3)
    assert curve.levels[0] == 0.0 and curve.baseline >= 0.97
    assert all(b <= a for a, b in zip(curve.quality, curve.quality[1:], strict=False))
    assert curve.quality[-1] < curve.baseline - 0.3  # heavy noise really hurts
    again = fault_lab.classifier_input_noise(classifier, *digits, seed=3)
    assert again.quality == curve.quality


def test_weight_noise_never_beats_the_clean_model_and_leaves_it_untouched(classifier, digits):
    before = _state(classifier)
    curve = fault_lab.classifier_weight_noise(classifier, *digits, seed=1)
    assert max(curve.quality[1:]) <= curve.baseline
    assert curve.quality[-1] < 0.5
    after = _state(classifier)
    assert all(np.array_equal(before[k], after[k]) for k in before)


def test_dcgan_curves(generator, classifier):
    before = _state(generator)
    latent = fault_lab.dcgan_latent_noise(generator, classifier, n=100, seed=2)
    weights = fault_lab.dcgan_weight_noise(generator, classifier, n=100, seed=2)
    for curve in (latent, weights):
        assert curve.baseline == 1.0  # identical inputs read as identical digits
        assert max(curve.quality[1:]) <= 1.0
        assert curve.quality[-1] < curve.baseline
        assert len(curve.extra["confident"]) == len(curve.levels)
    assert all(np.array_equal(v, _state(generator)[k]) for k, v in before.items())


def test_prompt_typos_change_the_next_token_distribution():
    pipe, _ = model_cache.text_pipeline("gpt")
    prompt = "The quick brown fox jumps over the lazy"
    curve = fault_lab.prompt_typos(pipe.model, pipe.tokenizer, prompt, repeats=2, seed=0)
    assert curve.baseline == pytest.approx(1.0)
    assert all(0.0 <= q <= 1.0 + 1e-6 for q in curve.quality)
    assert curve.quality[-1] < curve.baseline
    assert curve.extra["top1_same"][0] == 1.0


def test_inject_typos_is_reproducible_and_proportional():
    text = "The quick brown fox jumps over the lazy dog"
    assert fault_lab.inject_typos(text, 0.0) == text
    assert fault_lab.inject_typos(text, 0.3, seed=5) == fault_lab.inject_typos(text, 0.3, seed=5)
    assert fault_lab.inject_typos(text, 0.3, seed=5) != text
    assert fault_lab.inject_typos("", 0.5) == ""
    assert (
        fault_lab.inject_typos("12345 ！？", 0.5) == "12345 ！？"
    )  # no letters, nothing to mistype


def test_lower_precision_keeps_accuracy(classifier, digits):
    rows = fault_lab.precision_table(classifier, *digits, repeats=1, timed=50)
    names = [r.precision for r in rows]
    assert names[:2] == ["float32", "float16"]
    for row in rows[1:]:
        assert abs(row.accuracy - rows[0].accuracy) <= 0.02
        assert row.agreement >= 0.97 and row.size_ratio < 1.0 and row.ms_per_batch > 0


def test_tolerated_level():
    curve = fault_lab.Curve("clf_input", [0.0, 0.1, 0.2], [0.99, 0.95, 0.5])
    assert curve.tolerated_level(0.9) == 0.1
    assert curve.tolerated_level(0.4) == 0.2
    assert curve.tolerated_level(0.999) is None


def test_fault_lab_page_measures_and_moves_the_line():
    at = run_page("pages/6_Concepts.py", "zh", timeout=240)
    assert not at.exception
    at.button(key="concepts_ft_run").click().run()
    assert not at.exception and not at.error
    first = at.info[-1].value
    at.slider(key="concepts_ft_acceptable").set_value(0.5).run()
    assert not at.exception and at.info[-1].value != first  # a lower line tolerates more noise
    at.selectbox(key="concepts_ft_experiment").set_value("typos").run()
    at.text_input(key="concepts_ft_prompt").set_value("   ").run()
    at.button(key="concepts_ft_run").click().run()
    assert not at.exception and at.warning  # empty prompt: a hint, no measurement
