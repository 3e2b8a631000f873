"""Offline first: with hub models enabled and no network, every model choice falls back to a
bundled model, with a reason the pages turn into a message, within 5 seconds."""

from __future__ import annotations

import time

import pytest

from aigc_dash.core.i18n import STRINGS
from aigc_dash.generation import models

HUB_IDS = [m for m, info in models.REGISTRY.items() if not info.bundled]


@pytest.fixture
def hub_on_but_offline(monkeypatch):
    monkeypatch.setenv("AIGC_ENABLE_HUB", "1")
    monkeypatch.setenv("AIGC_HUB_ALLOWLIST", ",".join(HUB_IDS))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    models._probe_cache.clear()


def test_there_are_hub_choices_of_both_kinds():
    kinds = {models.REGISTRY[m].kind for m in HUB_IDS}
    assert {"hub-text", "hub-image"} <= kinds


@pytest.mark.parametrize("model_id", HUB_IDS)
def test_every_hub_choice_falls_back_fast_with_a_reason(hub_on_but_offline, model_id):
    resolve = (
        models.resolve_text_model
        if models.REGISTRY[model_id].kind == "hub-text"
        else models.resolve_image_model
    )
    start = time.monotonic()
    choice = resolve(model_id)
    assert time.monotonic() - start < 5
    assert choice.fell_back and models.REGISTRY[choice.model_id].bundled
    assert choice.reason == "hub_unreachable"
    # the reason is a message the pages can show in both languages
    assert any(choice.reason in key for key in STRINGS)


@pytest.mark.parametrize("model_id", HUB_IDS)
def test_hub_off_by_default(monkeypatch, model_id):
    monkeypatch.delenv("AIGC_ENABLE_HUB", raising=False)
    resolve = (
        models.resolve_text_model
        if models.REGISTRY[model_id].kind == "hub-text"
        else models.resolve_image_model
    )
    choice = resolve(model_id)
    assert choice.fell_back and choice.reason == "hub_disabled"


def test_bundled_choices_never_touch_the_network(monkeypatch):
    monkeypatch.setenv("AIGC_ENABLE_HUB", "1")
    models._probe_cache.clear()
    # the RNN is not a pipeline model and has no hub alternative: it always loads from disk
    assert models.resolve_text_model("gpt") == models.ModelChoice("gpt", "gpt")
    for model_id in ("diffusion", "dcgan"):
        assert models.resolve_image_model(model_id) == models.ModelChoice(model_id, model_id)
    assert "hub" not in models._probe_cache  # no probe was needed
