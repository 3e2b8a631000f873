"""Start-up and memory benchmark: cold first render of every page, each in a fresh process.

For each page: wall time of the first AppTest render, whether torch/transformers/diffusers
were imported, and the process's peak RSS. The baseline, measured in the same run the same
way, is a fresh process that only imports streamlit; ratios are against it (machines are
shared and noisy, so absolute times vary). Optionally (``--models``) it also measures the time
until each bundled model is loaded and the peak RSS with all of them loaded at once.

    python bench/bench_startup.py [--models] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    "Home.py",
    "pages/1_Landscape.py",
    "pages/2_Roles.py",
    "pages/3_Career_Matcher.py",
    "pages/4_Text_Playground.py",
    "pages/5_Image_Playground.py",
    "pages/6_Concepts.py",
    "pages/7_Resources.py",
]
HEAVY = ("torch", "transformers", "diffusers")

BASELINE = """
import json, resource, time
t0 = time.perf_counter()
import streamlit
print(json.dumps({"seconds": time.perf_counter() - t0,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

PAGE = """
import json, resource, sys, time
t0 = time.perf_counter()
from streamlit.testing.v1 import AppTest
at = AppTest.from_file({home!r}, default_timeout=300)
if {path!r} != {home!r}:
    at.switch_page({path!r})
at.query_params["lang"] = "en"
at.run()
print(json.dumps({{"seconds": time.perf_counter() - t0,
                   "exception": bool(at.exception),
                   "heavy": sorted({{m.split(".")[0] for m in sys.modules}} & set({heavy!r})),
                   "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

MODELS = """
import json, resource, time
from aigc_dash.generation import models
loaders = {
    "gpt": lambda: models.load_text_pipeline("gpt"),
    "rnn": lambda: models.load_rnn("rnn"),
    "classifier": models.load_classifier,
    "dcgan": models.load_dcgan,
    "diffusion": models.load_diffusion,
}
out = {}
kept = []  # keep every model alive: the peak RSS is with all of them loaded at once
for model_id, load in loaders.items():
    t0 = time.perf_counter()
    kept.append(load())
    out[model_id] = time.perf_counter() - t0
print(json.dumps({"load_seconds": out,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(code: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--models", action="store_true", help="also load every bundled model")
    args = parser.parse_args()

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, {sys.platform}; {args.repeat} cold runs each"
    )
    base = [run(BASELINE) for _ in range(args.repeat)]
    base_s = statistics.median(r["seconds"] for r in base)
    print(
        f"baseline: fresh process, import streamlit: {base_s:.2f} s, "
        f"peak RSS {statistics.median(r['rss_mb'] for r in base):.0f} MB\n"
    )
    print(f"{'page':32} {'cold render s':>13} {'x baseline':>10} {'peak RSS MB':>11}  imports")
    for path in PAGES:
        if not (ROOT / path).is_file():
            continue
        code = PAGE.format(home=str(ROOT / "Home.py"), path=str(ROOT / path), heavy=HEAVY)
        runs = [run(code) for _ in range(args.repeat)]
        secs = statistics.median(r["seconds"] for r in runs)
        rss = statistics.median(r["rss_mb"] for r in runs)
        heavy = ", ".join(runs[0]["heavy"]) or "none of " + "/".join(HEAVY)
        flag = "  EXCEPTION" if any(r["exception"] for r in runs) else ""
        print(f"{path:32} {secs:13.2f} {secs / base_s:10.1f} {rss:11.0f}  {heavy}{flag}")
    if args.models:
        result = run(MODELS)
        print("\nbundled models, loaded one after another in one fresh process:")
        for model_id, secs in result["load_seconds"].items():
            print(f"  {model_id:20} ready in {secs:6.2f} s ({secs / base_s:.1f} x baseline)")
        print(f"  peak RSS with all loaded: {result['rss_mb']:.0f} MB (goal <= 1024 MB)")


if __name__ == "__main__":
    main()
