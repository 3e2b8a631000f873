"""Streamlit cache wrappers over the pure data functions (tables are copied per caller)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from aigc_dash import data


@st.cache_data(show_spinner=False)
def _table(name: str, directory: str) -> pd.DataFrame:
    return data.read_table(name, directory)


def table(name: str) -> pd.DataFrame:
    """A validated table from the data folder (cached; raises DataError like :func:`data.read_table`).

    The cache is keyed by the folder too, so ``$AIGC_DATA_DIR`` (read on every call) takes
    effect at once.
    """
    return _table(name, str(data.resolve_data_dir()))
