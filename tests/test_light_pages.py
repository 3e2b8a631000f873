"""Pages that need no model never import torch, transformers or diffusers in their own run.

Each page runs in a fresh Python process (AppTest), which then reports which heavy modules
ended up in ``sys.modules``; a fresh process is needed because pytest itself may have imported
torch for other tests. The model warm-up (``aigc_dash.ui.warmup``, started by ``Home.py``)
imports torch in the background once a run has ended, so this check runs with it off
(``AIGC_WARMUP=0``): what it sees is the page's own run. ``tests/test_warmup.py`` runs the same
probe with the warm-up on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.helpers import ROOT

LIGHT_PAGES = [
    "Home.py",
    "pages/1_Landscape.py",
    "pages/2_Roles.py",
    "pages/3_Career_Matcher.py",
    # Concepts loads models only when a user turns on a real-model view or runs a measurement
    "pages/6_Concepts.py",
    "pages/7_Resources.py",
    "pages/8_Classroom.py",
]
HEAVY = ("torch", "transformers", "diffusers", "tokenizers", "safetensors")

_PROBE = """
import json, sys, threading, time
heavy_imports = []  # (thread name, module): every import of a heavy module, by thread
def audit(event, args):
    if event == "import" and args[0].split(".")[0] in {heavy!r}:
        heavy_imports.append((threading.current_thread().name, args[0]))
sys.addaudithook(audit)
from streamlit.testing.v1 import AppTest
at = AppTest.from_file({home!r}, default_timeout=60)
if {path!r} != {home!r}:
    at.switch_page({path!r})
at.query_params["lang"] = {lang!r}
at.run()
report = {{
    "exception": [e.value for e in at.exception],
    "heavy": sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r}),
}}
from aigc_dash.ui import warmup
report["started"] = warmup.started()
if {wait_s!r}:
    report["finished"] = warmup.wait({wait_s!r})
    report["steps"], report["error"] = warmup.steps_done(), warmup.error()
    report["importers"] = sorted({{name for name, _ in heavy_imports}})
    from aigc_dash.ui import models as model_cache
    t0 = time.perf_counter()
    pipe = model_cache.cached_text_pipeline("gpt")  # a cache hit if the warm-up loaded it
    report["cache_s"] = time.perf_counter() - t0
    report["pipeline"] = type(pipe).__name__
print(json.dumps(report))
"""


def probe(path: str, warmup: str, wait_s: float = 0) -> dict:
    """Run ``path`` once in a fresh process with ``AIGC_WARMUP=warmup``; with ``wait_s``,
    also wait that long for the warm-up and report what it did."""
    code = _PROBE.format(
        home=str(ROOT / "Home.py"), path=str(ROOT / path), lang="zh", heavy=HEAVY, wait_s=wait_s
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120 + wait_s,
        env={**os.environ, "AIGC_WARMUP": warmup},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.parametrize("path", LIGHT_PAGES)
def test_page_never_imports_model_libraries(path):
    if not (ROOT / path).is_file():
        pytest.skip(f"{path} is not built yet")
    report = probe(path, warmup="0")
    assert report["exception"] == []
    assert report["heavy"] == [], f"{path} imported {report['heavy'][:5]}"
    assert not report["started"]
