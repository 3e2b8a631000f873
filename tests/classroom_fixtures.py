"""Database fixtures for the classroom tests: a SQLite file per test, and a throw-away
PostgreSQL server per session (pytest-postgresql's process fixture), each test on its own
fresh database. The PostgreSQL tests skip, saying why, when the server binaries are absent."""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_USER_FOR_ROOT = "postgres"  # Debian's postgresql package creates this unprivileged user


def find_pg_ctl() -> str | None:
    """``pg_ctl``: on PATH, else where ``pg_config`` says, else Debian's newest
    ``/usr/lib/postgresql/<version>/bin`` (no version is assumed)."""
    found = shutil.which("pg_ctl")
    if found:
        return found
    try:
        bindir = subprocess.check_output(["pg_config", "--bindir"], text=True, timeout=20).strip()
        if os.access(Path(bindir) / "pg_ctl", os.X_OK):
            return str(Path(bindir) / "pg_ctl")
    except (OSError, subprocess.SubprocessError):
        pass

    def version(path: str) -> tuple[int, ...]:
        m = re.search(r"/postgresql/([\d.]+)/", path)
        return tuple(int(x) for x in m.group(1).split(".")) if m else (0,)

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=version)
    return candidates[-1] if candidates else None


_WRAPPER = """#!{python}
# pg_ctl refuses to run as root: run it as {user}, giving that user the folders it needs.
import os, pwd, sys
REAL, USER = {real!r}, {user!r}
args = sys.argv[1:]
pw = pwd.getpwnam(USER)
for flag in ("-D", "--pgdata", "-l"):
    if flag in args and args.index(flag) + 1 < len(args):
        parent = os.path.dirname(os.path.abspath(args[args.index(flag) + 1]))
        os.makedirs(parent, exist_ok=True)
        os.chown(parent, pw.pw_uid, pw.pw_gid)
        d = os.path.dirname(parent)
        while d not in ("/", ""):
            mode = os.stat(d).st_mode
            if not mode & 0o001:
                os.chmod(d, mode | 0o001)  # traverse only: nothing becomes readable
            d = os.path.dirname(d)
os.chdir("/")
os.execvp("runuser", ["runuser", "-u", USER, "--", REAL, *args])
"""


def _executable() -> tuple[str | None, str, str | None]:
    """``(pg_ctl to give pytest-postgresql, skip reason, real pg_ctl)``: when we are root the
    first is a wrapper (written by :func:`pg_proc`) that runs the real one unprivileged."""
    real = find_pg_ctl()
    if real is None:
        return (
            None,
            (
                "PostgreSQL server binaries (pg_ctl) not found: install Debian's 'postgresql' "
                "package (.ci/run does) to run the PostgreSQL classroom tests"
            ),
            None,
        )
    if os.geteuid() != 0:
        return real, "", real
    try:
        pwd.getpwnam(PG_USER_FOR_ROOT)
    except KeyError:
        return None, f"running as root and no '{PG_USER_FOR_ROOT}' user to run PostgreSQL as", real
    if shutil.which("runuser") is None:
        return None, "running as root and no 'runuser' to start PostgreSQL unprivileged", real
    wrapper = Path(tempfile.gettempdir()) / f"classroom-pgctl-{os.getpid()}" / "pg_ctl"
    return str(wrapper), "", real


PG_CTL, PG_SKIP_REASON, _REAL_PG_CTL = _executable()
try:
    from pytest_postgresql import factories
except ImportError:  # pragma: no cover - the dev requirements install it
    factories = None
    PG_CTL, PG_SKIP_REASON = None, "pytest-postgresql is not installed"

if PG_CTL is not None and factories is not None:
    classroom_pg_server = factories.postgresql_proc(executable=PG_CTL, port=None)
else:

    @pytest.fixture(scope="session")
    def classroom_pg_server():
        pytest.skip(PG_SKIP_REASON)


@pytest.fixture(scope="session")
def pg_proc(request: pytest.FixtureRequest):
    """A throw-away PostgreSQL server for this test session (pytest-postgresql)."""
    if PG_CTL is None:
        pytest.skip(PG_SKIP_REASON)
    if PG_CTL != _REAL_PG_CTL:  # root: write the wrapper the server fixture will run
        wrapper = Path(PG_CTL)
        wrapper.parent.mkdir(exist_ok=True)
        wrapper.write_text(
            _WRAPPER.format(python=sys.executable, real=_REAL_PG_CTL, user=PG_USER_FOR_ROOT)
        )
        wrapper.chmod(0o700)
        request.addfinalizer(lambda: shutil.rmtree(wrapper.parent, ignore_errors=True))
    return request.getfixturevalue("classroom_pg_server")


def _pg_admin(proc) -> object:
    import psycopg

    return psycopg.connect(
        host=proc.host,
        port=proc.port,
        user=proc.user,
        password=proc.password,
        dbname="postgres",
        autocommit=True,
    )


@pytest.fixture
def pg_url(pg_proc) -> Iterator[str]:
    """A fresh, empty database on the session's PostgreSQL server, as a SQLAlchemy URL."""
    name = f"classroom_{uuid.uuid4().hex[:12]}"
    with _pg_admin(pg_proc) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    auth = pg_proc.user + (f":{pg_proc.password}" if pg_proc.password else "")
    yield f"postgresql+psycopg://{auth}@{pg_proc.host}:{pg_proc.port}/{name}"
    with _pg_admin(pg_proc) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A SQLite file in a folder that does not exist yet (the store creates it)."""
    return f"sqlite:///{tmp_path / 'data' / 'classroom.sqlite3'}"
