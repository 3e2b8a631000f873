"""The README's run command serves the app: ``streamlit run Home.py`` answers its health check."""

from __future__ import annotations

import urllib.request

import pytest

from tests.helpers import streamlit_server


@pytest.mark.slow
def test_streamlit_run_serves_health_and_home():
    with streamlit_server() as base:
        with urllib.request.urlopen(f"{base}/_stcore/health", timeout=5) as r:
            assert r.read().decode() == "ok"
        with urllib.request.urlopen(f"{base}/", timeout=5) as r:
            assert r.status == 200
            assert "<html" in r.read().decode().lower()
