"""Streamlit cache wrappers over the pure data functions (tables are copied per caller)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from aigc_dash import data


@st.cache_data(show_spinner=False)
def table(name: str) -> pd.DataFrame:
    """A validated table from ``data/`` (cached; raises DataError like :func:`data.read_table`)."""
    return data.read_table(name)
