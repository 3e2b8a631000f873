"""Shared test helpers."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Never reach a model hub from tests.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# Tests run Home.py many times in this process: the model warm-up it starts would load the GPT
# in the background of unrelated tests. tests/test_warmup.py turns it on where it is tested.
os.environ.setdefault("AIGC_WARMUP", "0")

# Database fixtures of the classroom tests (SQLite file, throw-away PostgreSQL server).
from tests.classroom_fixtures import classroom_pg_server, pg_proc, pg_url, sqlite_url  # noqa: E402, F401


@pytest.fixture(scope="session")
def base_url(tmp_path_factory):
    """One ``streamlit run Home.py`` for the browser test modules, with its classroom database
    in a temporary folder (a test that opens a class never writes to the user's data folder)."""
    from tests.helpers import streamlit_server

    db = tmp_path_factory.mktemp("classroom") / "classroom.sqlite3"
    mp = pytest.MonkeyPatch()
    mp.setenv("AIGC_CLASSROOM_DB", f"sqlite:///{db}")  # the server inherits the environment
    try:
        with streamlit_server() as base:
            yield base
    finally:
        mp.undo()


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium through Playwright, shared by the browser test modules."""
    from tests.helpers import CHROMIUM, CHROMIUM_ARGS

    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed")
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
