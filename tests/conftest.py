"""Shared test helpers."""

from __future__ import annotations

import os
import sys
from pathlib import Path

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
