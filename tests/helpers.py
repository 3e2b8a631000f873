"""Helpers for page tests (AppTest) shared by every test module."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from aigc_dash.training import corpus

ROOT = Path(__file__).resolve().parent.parent

# Debian's fortunes-zh (apt-get install fortunes-zh): the Chinese half of the text corpus.
# CI installs it; elsewhere the tests that read it skip. AIGC_FORTUNES_DIR points this check
# elsewhere (a missing folder shows what a machine without the package skips).
FORTUNES_DIR = Path(os.environ.get("AIGC_FORTUNES_DIR", "/usr/share/games/fortunes"))
needs_fortunes = pytest.mark.skipif(
    not (FORTUNES_DIR / "tang300").is_file(),
    reason=f"needs Debian's fortunes-zh (apt-get install fortunes-zh): {FORTUNES_DIR} is missing",
)
# Headless Debian Chromium for the browser tests (.ci/run installs it; they skip without it).
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Debian's manpages-zh and debian-reference-zh-cn: the GPT's modern Chinese (CI installs both).
needs_modern_zh = pytest.mark.skipif(
    not corpus.modern_available(),
    reason="modern Chinese sources not installed: apt-get install manpages-zh "
    "debian-reference-zh-cn (.ci/run does)",
)


def page(path: str, lang: str | None = "en", timeout: float = 60, **params: str) -> AppTest:
    """An AppTest for ``path`` (relative to the repo root), with ``?lang=`` and other params set."""
    # The app's entry point is always Home.py (as under ``streamlit run Home.py``), so that
    # the sidebar's page links resolve; other pages are reached by switching to them.
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=timeout)
    if path != "Home.py":
        at.switch_page(path)
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


def free_port() -> int:
    """A free TCP port on localhost."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(timeout_s: float = 60) -> Iterator[str]:
    """Run ``streamlit run Home.py`` on a free localhost port; yield its base URL once healthy."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "Home.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                    if r.read().decode() == "ok":
                        break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("streamlit did not become healthy") from None
                time.sleep(0.5)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
