"""The app's shared model cache: ``st.cache_resource`` over the pure loaders of
:mod:`aigc_dash.generation.models`, keyed by plain strings, so every session and thread
shares one loaded model (read-only: never mutate one per request).

Importing this module is cheap: the loaders import torch, transformers and diffusers only
when a model is first asked for. ``clear()`` on any of them empties its cache.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import streamlit as st

from aigc_dash.generation import models


def _resource(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``st.cache_resource`` around ``fn``, applying the app's torch thread policy before the
    first model loads (whichever page loads one first)."""

    @functools.wraps(fn)
    def load(*args: str) -> Any:
        models.limit_torch_threads()
        return fn(*args)

    return st.cache_resource(show_spinner=False)(load)


cached_text_pipeline = _resource(models.load_text_pipeline)
cached_rnn = _resource(models.load_rnn)


@_resource
def cached_classifier(model_id: str = "classifier"):
    """The classifier, loaded once per process and shared by every session."""
    return models.load_classifier(str(models.REGISTRY[model_id].path))


@_resource
def cached_dcgan(model_id: str = "dcgan"):
    """The DCGAN generator, shared (read-only)."""
    return models.load_dcgan(str(models.REGISTRY[model_id].path))


@_resource
def cached_diffusion(model_id: str = "diffusion"):
    """``(unet, base scheduler)``, shared (read-only; see ``models.diffusion_scheduler``)."""
    return models.load_diffusion(str(models.REGISTRY[model_id].path))


@_resource
def cached_hub_image_pipeline(hub_id: str):
    """A hub pipeline, shared; callers must have checked ``models.resolve_image_model``."""
    return models.load_hub_image_pipeline(hub_id)


def text_pipeline(model_id: str = "gpt"):
    """``(pipeline, ModelChoice)`` through the shared cache (see ``models.text_pipeline``)."""
    return models.text_pipeline(model_id, load=cached_text_pipeline)
