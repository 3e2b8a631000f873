"""Benchmark: classroom submissions from 40 students at once, and the teacher's query.

Run: ``python bench/bench_classroom.py`` (SQLite in a temporary folder); add
``--url postgresql+psycopg://user@host:port/db`` (repeatable) to measure PostgreSQL too.

For each database it prints, measured in the same run (these machines are shared and noisy):

* submit latency of one student alone (the baseline), then p50/p95 of 40 students
  submitting at the same moment (threads, each its own engine and connection; several
  rounds), with the ratio to the baseline, and whether every submission was stored once;
* the teacher's dashboard query (all entries, counts, class summary) with 500 entries,
  against the same query with 50 entries.

The exit status is 1 if SQLite's p95 exceeds the 200 ms budget or a submission was lost or
duplicated.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aigc_dash.classroom import codes  # noqa: E402
from aigc_dash.classroom import summary as sm  # noqa: E402
from aigc_dash.classroom.config import describe_url  # noqa: E402
from aigc_dash.classroom.entries import MatcherEntry, TextSample  # noqa: E402
from aigc_dash.classroom.store import ClassroomStore, TeacherGrant, make_engine  # noqa: E402

SQLITE_P95_BUDGET_MS = 200.0
STUDENTS = 40


def _entry(i: int) -> MatcherEntry:
    return MatcherEntry.build(
        {"risk": i % 11, "math": (i * 3) % 11, "programming": 6},
        [("prompt_engineer", 80 - i % 7), ("ml_engineer", 60), ("ai_product_manager", 55)],
        (i % 10) / 10,
    )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


def alone(url: str, grant: TeacherGrant, n: int) -> list[float]:
    """One student at a time (the baseline): latency of each submit."""
    store = ClassroomStore(make_engine(url))
    times = []
    for i in range(n):
        sid = codes.new_student_id()
        store.join(grant.code, sid)
        start = time.perf_counter()
        store.submit(grant.code, sid, _entry(i))
        times.append((time.perf_counter() - start) * 1000)
    store.engine.dispose()
    return times


def together(url: str, grant: TeacherGrant, n: int) -> tuple[list[float], list[str]]:
    """``n`` students submit at the same moment, each with its own engine and connection."""
    ids = [codes.new_student_id() for _ in range(n)]
    stores = [ClassroomStore(make_engine(url)) for _ in range(n)]
    for store, sid in zip(stores, ids, strict=True):
        store.join(grant.code, sid)  # connects, so the timed part is the submit alone
    barrier = threading.Barrier(n)
    times: list[float] = [0.0] * n

    def run(i: int) -> None:
        barrier.wait()
        start = time.perf_counter()
        stores[i].submit(grant.code, ids[i], _entry(i))
        times[i] = (time.perf_counter() - start) * 1000

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    for store in stores:
        store.engine.dispose()
    return times, ids


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    fn()
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return statistics.median(out)


def teacher_query(store: ClassroomStore, grant: TeacherGrant) -> Callable[[], object]:
    def run() -> object:
        every = store.entries(grant)
        joined, submitted = store.counts(grant)
        return sm.summarize([s for s in every if not s.hidden], joined, submitted)

    return run


def fill(store: ClassroomStore, grant: TeacherGrant, entries: int) -> None:
    for i in range(entries // 2):
        sid = codes.new_student_id()
        store.submit(grant.code, sid, _entry(i))
        store.submit(grant.code, sid, TextSample.build(output=f"sample {i} " * 20))


def bench(url: str, rounds: int, repeats: int) -> dict[str, float]:
    store = ClassroomStore(make_engine(url))
    store.ensure_schema()
    grant, _ = store.create_class("bench")
    base = alone(url, grant, STUDENTS)
    lat: list[float] = []
    stored_ok = True
    for _ in range(rounds):
        g, _ = store.create_class("bench round")
        times, ids = together(url, g, STUDENTS)
        lat += times
        got = store.entries(g)
        stored_ok &= len(got) == STUDENTS and store.counts(g) == (STUDENTS, STUDENTS)
        stored_ok &= len({e.student for e in got}) == STUDENTS
    small, _ = store.create_class("50 entries")
    big, _ = store.create_class("500 entries")
    fill(store, small, 50)
    fill(store, big, 500)
    q50 = median_ms(teacher_query(store, small), repeats)
    q500 = median_ms(teacher_query(store, big), repeats)
    store.engine.dispose()
    return {
        "alone_p50": statistics.median(base),
        "p50": percentile(lat, 0.5),
        "p95": percentile(lat, 0.95),
        "max": max(lat),
        "samples": len(lat),
        "stored_once": float(stored_ok),
        "q50": q50,
        "q500": q500,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", action="append", default=[], help="extra database URL")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of 40 at once")
    parser.add_argument("--repeats", type=int, default=15, help="teacher-query repeats")
    args = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        urls = [f"sqlite:///{tmp}/bench.sqlite3", *args.url]
        print(
            f"{'database':<44} {'alone p50':>9} {'40x p50':>8} {'40x p95':>8} {'max':>7}"
            f" {'p95/alone':>9} {'stored once':>11} {'q 50':>7} {'q 500':>7} {'500/50':>6}"
        )
        for url in urls:
            r = bench(url, args.rounds, args.repeats)
            name = describe_url(url) if not url.startswith("sqlite") else "SQLite (WAL, temp file)"
            print(
                f"{name[:44]:<44} {r['alone_p50']:>7.1f}ms {r['p50']:>6.1f}ms {r['p95']:>6.1f}ms"
                f" {r['max']:>5.0f}ms {r['p95'] / r['alone_p50']:>8.1f}x"
                f" {'yes' if r['stored_once'] else 'NO':>11} {r['q50']:>5.1f}ms {r['q500']:>5.1f}ms"
                f" {r['q500'] / r['q50']:>5.1f}x"
            )
            if not r["stored_once"]:
                failed = True
            if url.startswith("sqlite") and r["p95"] > SQLITE_P95_BUDGET_MS:
                print(
                    f"SQLite p95 {r['p95']:.0f} ms is over the {SQLITE_P95_BUDGET_MS:.0f} ms budget"
                )
                failed = True
    print(
        f"({STUDENTS} students x {args.rounds} rounds; teacher query = entries + counts + summary)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
