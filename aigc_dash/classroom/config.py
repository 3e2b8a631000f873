"""Where the classroom database lives: ``AIGC_CLASSROOM_DB`` (environment) wins over
``[connections.classroom] url`` (secrets); otherwise a SQLite file in the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

ENV_URL = "AIGC_CLASSROOM_DB"
ENV_DAYS = "AIGC_CLASSROOM_DAYS"
DEFAULT_RETENTION_DAYS = 7
MAX_RETENTION_DAYS = 90
APP_DIR = "aigc-career-lab"
DB_FILE = "classroom.sqlite3"


def data_dir() -> Path:
    """The user's data folder for this app (``$XDG_DATA_HOME``, else ``~/.local/share``);
    computed here, created only when the database is first used."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_DIR


def default_url() -> str:
    """The embedded default: a SQLite file in :func:`data_dir`."""
    return f"sqlite:///{data_dir() / DB_FILE}"


def database_url(secrets_url: str | None = None) -> str:
    """The URL to use: the environment's, else the secrets', else :func:`default_url`."""
    env = os.environ.get(ENV_URL, "").strip()
    if env:
        return env
    if secrets_url and str(secrets_url).strip():
        return str(secrets_url).strip()
    return default_url()


def retention_days(raw: str | None) -> float:
    """Days a class is kept (``AIGC_CLASSROOM_DAYS``; default 7, bounded)."""
    try:
        days = float(raw) if raw not in (None, "") else DEFAULT_RETENTION_DAYS
    except ValueError:
        return DEFAULT_RETENTION_DAYS
    if days != days or days <= 0:
        return DEFAULT_RETENTION_DAYS
    return min(days, MAX_RETENTION_DAYS)


def describe_url(url: str) -> str:
    """The URL without its password, to show an operator which database is in use."""
    from sqlalchemy import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "?"
