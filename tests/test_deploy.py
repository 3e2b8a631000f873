"""Deployment: what Streamlit Community Cloud installs, and that the app writes nothing
outside temporary folders at run time."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.helpers import ROOT

CPU_INDEX = "https://download.pytorch.org/whl/cpu"
# Community Cloud uses the first of these it finds (docs: "App dependencies").
CLOUD_ORDER = ("uv.lock", "Pipfile", "environment.yml", "requirements.txt", "pyproject.toml")


def _requirements() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        assert not line.startswith("-"), f"requirements.txt must not name an index: {line}"
        name, sep, version = line.partition("==")
        assert sep, f"unpinned requirement: {line}"
        pins[name.lower()] = version
    return pins


def test_requirements_pin_everything_and_torch_to_the_cpu_wheel_version():
    pins = _requirements()
    assert pins["torch"] == "2.13.0"
    for name in ("streamlit", "transformers", "diffusers", "safetensors", "plotly", "pandas"):
        assert name in pins


def test_cloud_picks_environment_yml_which_adds_only_the_cpu_index():
    present = [name for name in CLOUD_ORDER if (ROOT / name).exists()]
    assert present[0] == "environment.yml", f"Cloud would install from {present[0]}"
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    deps = env["dependencies"]
    assert "python=3.11" in deps and "pip" in deps
    pip_lines = next(d["pip"] for d in deps if isinstance(d, dict))
    # the pins live in requirements.txt only; the cloud file adds the index and includes it
    assert pip_lines == [f"--extra-index-url {CPU_INDEX}", "-r requirements.txt"]
    conda_pkgs = [d for d in deps if isinstance(d, str)]
    assert not [d for d in conda_pkgs if re.match(r"(torch|pytorch|streamlit)\b", d)]


def test_python_version_matches_the_one_we_test_on():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert f"python={sys.version_info.major}.{sys.version_info.minor}" in env["dependencies"]


_WRITE_PROBE = """
from streamlit.testing.v1 import AppTest
home = {home!r}
for path, lang, params, clicks in {runs!r}:
    at = AppTest.from_file(home, default_timeout=120)
    if path != home:
        at.switch_page(path)
    at.query_params["lang"] = lang
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    assert not at.exception, (path, lang, [e.value for e in at.exception])
    for key in clicks:
        at.button(key=key).click().run()
        assert not at.exception, (path, key, [e.value for e in at.exception])
print("ok")
"""


def _snapshot(root: Path, skip: set[str]) -> dict[str, tuple[int, int]]:
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        rel = Path(dirpath).relative_to(root)
        dirnames[:] = [d for d in dirnames if d not in skip and (rel / d).as_posix() not in skip]
        for f in filenames:
            p = Path(dirpath) / f
            st = p.stat()
            out[(rel / f).as_posix()] = (st.st_size, st.st_mtime_ns)
    return out


@pytest.mark.slow
def test_pages_and_generation_write_nothing_outside_temporary_folders(tmp_path):
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    pages = [str(ROOT / "Home.py"), *sorted(str(p) for p in (ROOT / "pages").glob("*.py"))]
    text, image = (
        str(ROOT / "pages/4_Text_Playground.py"),
        str(ROOT / "pages/5_Image_Playground.py"),
    )
    runs = [(path, lang, {}, []) for path in pages for lang in ("zh", "en")] + [
        (text, "en", {"max_new_tokens": "8"}, ["text_generate"]),
        (text, "zh", {"model": "rnn", "heads": "春夏"}, ["text_rnn_generate"]),
        (image, "en", {"tab": "diffusion", "steps": "3"}, ["image_diff_generate"]),
    ]
    code = _WRITE_PROBE.format(home=pages[0], runs=runs)
    # Caches and bytecode would land in the checkout or in HOME: neither exists on a
    # read-only deployment, so both must stay untouched.
    skip = {
        ".git",
        ".venv",
        "runs",
        "screenshots",
        ".pytest_cache",
        ".hypothesis",
        ".ruff_cache",
        "__pycache__",
        "tests/artifacts",
        "bench/out",
    }
    before = _snapshot(ROOT, skip)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "TMPDIR": str(tmp),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    for var in ("HF_HOME", "HF_HUB_CACHE", "TORCH_HOME", "MPLCONFIGDIR"):
        env.pop(var, None)
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    after = _snapshot(ROOT, skip)
    changed = sorted(k for k in after.keys() | before.keys() if after.get(k) != before.get(k))
    assert changed == [], f"written in the checkout: {changed[:10]}"
    in_home = sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())
    assert in_home == [], f"written in HOME: {json.dumps(in_home[:10])}"
