"""Benchmark: score every role and run the robustness analysis, against a one-profile baseline.

Run: ``python bench/bench_matcher.py`` (options: ``--samples``, ``--repeats``). Prints the
median time of each step and its ratio to the baseline (a single-profile scoring call measured
in the same process, since these machines are shared and noisy). The budget is 100 ms for the
whole analysis the page runs on every slider move; the exit status is 1 if it is exceeded.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aigc_dash.career import matcher as mt  # noqa: E402
from aigc_dash.career.data import read_table  # noqa: E402

BUDGET_MS = 100.0


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``fn`` in milliseconds (after one warm-up call)."""
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=5000, help="jittered profiles")
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()

    table = read_table("roles")
    roles = mt.role_matrix(table)
    profile = mt.PRESETS["student"]
    arr = profile.as_array()

    def full() -> None:
        mt.match(profile, mt.role_matrix(table))
        mt.robustness(profile, roles, samples=args.samples, jitter=1.0, seed=0)

    rows = [
        (
            "baseline: score one profile (score_matrix)",
            median_ms(lambda: mt.score_matrix(arr, roles), args.repeats * 10),
        ),
        ("build role arrays (role_matrix)", median_ms(lambda: mt.role_matrix(table), args.repeats)),
        (
            "score every role + reasons/gaps (match)",
            median_ms(lambda: mt.match(profile, roles), args.repeats),
        ),
        (
            f"robustness: {args.samples} jittered + 21-step risk sweep",
            median_ms(lambda: mt.robustness(profile, roles, samples=args.samples), args.repeats),
        ),
        ("TOTAL: role_matrix + match + robustness", median_ms(full, args.repeats)),
    ]
    base = rows[0][1]
    print(f"{len(roles)} roles, {args.samples} samples, median of {args.repeats} repeats")
    print(f"{'step':<58} {'ms':>9} {'x baseline':>11}")
    for name, ms in rows:
        print(f"{name:<58} {ms:>9.3f} {ms / base:>11.1f}")
    total = rows[-1][1]
    verdict = "OK" if total < BUDGET_MS else "OVER BUDGET"
    print(f"total {total:.1f} ms vs budget {BUDGET_MS:.0f} ms: {verdict}")
    return 0 if total < BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
