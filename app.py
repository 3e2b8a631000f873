"""ASGI entry point: ``streamlit run app.py`` serves the same app as ``streamlit run Home.py``
and starts the model warm-up when the server starts, not at the first visit (see
``aigc_dash/ui/warmup.py``)."""

import streamlit as st

from aigc_dash.ui.warmup import lifespan

app = st.App("Home.py", lifespan=lifespan)
