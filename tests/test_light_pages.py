"""Pages that need no model never import torch, transformers or diffusers.

Each page runs in a fresh Python process (AppTest), which then reports which heavy
modules ended up in ``sys.modules``. A fresh process is needed because pytest itself may
have imported torch for other tests.
"""

from __future__ import annotations

import json
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
import json, sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file({home!r}, default_timeout=60)
if {path!r} != {home!r}:
    at.switch_page({path!r})
at.query_params["lang"] = {lang!r}
at.run()
print(json.dumps({{
    "exception": [e.value for e in at.exception],
    "heavy": sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r}),
}}))
"""


@pytest.mark.slow
@pytest.mark.parametrize("path", LIGHT_PAGES)
def test_page_never_imports_model_libraries(path):
    if not (ROOT / path).is_file():
        pytest.skip(f"{path} is not built yet")
    code = _PROBE.format(home=str(ROOT / "Home.py"), path=str(ROOT / path), lang="zh", heavy=HEAVY)
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["exception"] == []
    assert report["heavy"] == [], f"{path} imported {report['heavy'][:5]}"
