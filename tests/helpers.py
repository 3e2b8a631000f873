"""Helpers for page tests (AppTest) shared by every test module."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent


def page(path: str, lang: str | None = "en", timeout: float = 60, **params: str) -> AppTest:
    """An AppTest for ``path`` (relative to the repo root), with ``?lang=`` and other params set."""
    at = AppTest.from_file(str(ROOT / path), default_timeout=timeout)
    if lang is not None:
        at.query_params["lang"] = lang
    for key, value in params.items():
        at.query_params[key] = value
    return at


def run_page(path: str, lang: str | None = "en", timeout: float = 60, **params: str) -> AppTest:
    """Run ``path`` once and return the AppTest (callers assert ``not at.exception``)."""
    at = page(path, lang, timeout, **params)
    at.run()
    return at
