"""Streamlit cache wrappers over the pure data functions (tables are copied per caller)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from aigc_dash.career import data

if TYPE_CHECKING:  # pandas comes with the tables (career.data); pages without one skip it
    import pandas as pd


@st.cache_data(show_spinner=False)
def _table(name: str, directory: str) -> pd.DataFrame:
    return data.read_table(name, directory)


def table(name: str) -> pd.DataFrame:
    """A validated table from the data folder (cached; raises DataError like :func:`data.read_table`).

    The cache is keyed by the folder too, so ``$AIGC_DATA_DIR`` (read on every call) takes
    effect at once.
    """
    return _table(name, str(data.resolve_data_dir()))


@st.cache_data(show_spinner=False, max_entries=64)
def fault_curve(experiment: str, seed: int = 0, prompt: str = "") -> object:
    """A fault-tolerance lab measurement on the bundled models (cached: same inputs, same curve)."""
    from aigc_dash.generation import fault_lab
    from aigc_dash.ui import models as model_cache

    if experiment == "typos":
        pipe, _choice = model_cache.text_pipeline("gpt")
        return fault_lab.prompt_typos(pipe.model, pipe.tokenizer, prompt, seed=seed)
    classifier = model_cache.cached_classifier()
    if experiment in ("clf_input", "clf_weights", "precision"):
        images, labels = fault_lab.lab_digits()
        run = {
            "clf_input": fault_lab.classifier_input_noise,
            "clf_weights": fault_lab.classifier_weight_noise,
        }.get(experiment)
        if run is None:
            return fault_lab.precision_table(classifier, images, labels)
        return run(classifier, images, labels, seed=seed)
    generator = model_cache.cached_dcgan()
    run = {"gan_latent": fault_lab.dcgan_latent_noise, "gan_weights": fault_lab.dcgan_weight_noise}[
        experiment
    ]
    return run(generator, classifier, seed=seed)
