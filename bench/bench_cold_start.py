"""Cold-start benchmark: what the first visitors of a freshly started server wait for.

    python bench/bench_cold_start.py [--repeat 3] [--up 20] [--pages Home,Landscape]

Every row starts its own ``streamlit run Home.py`` server (headless, on a free port) and
drives it the way a browser does: a websocket to ``/_stcore/stream`` and a ``rerun_script``
message naming the page (its URL path), timed until the server reports the run finished.
A real server is what a user meets, so this measures what they wait for: the page's first
script run in a process that has already imported streamlit (the server), including the
page's own imports (pandas, plotly, the app's packages) and the websocket round trip, but
not the browser's drawing. (``bench/bench_startup.py`` measures the other cold start, a fresh
``AppTest`` process that also imports streamlit; the issue's "3-5x" came from it.)

Rows:

(a) baseline: a fresh ``python -c "import streamlit"``, timed inside the process, median of
    at least 5; every ratio is against it (these shared machines are noisy, so absolute
    times vary; ratios from one run compare).
(b) each page that needs no model: its cold first render in a fresh server, with the
    model warm-up on (the default) and off (``AIGC_WARMUP=0``); the warm-up must cost these
    renders at most 10 %. One more row opens Landscape the moment Home's first render ends,
    while the warm-up is importing: the case it yields to (between its steps).
(c) the Text playground in a server that has been up ``--up`` seconds: time from opening the
    page to its first generated token (page run finished, then "Generate" clicked at once,
    timed to the first streamed delta that shows text). Measured after a first visit to
    Home when the server started (what triggers the warm-up), and with no visit before;
    with ``app.py`` (``st.App`` with a lifespan hook: the warm-up starts with the server) also
    with no visit before, and (b) gains Home opened the moment that server answers.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.sync.client import connect

ROOT = Path(__file__).resolve().parent.parent
LIGHT_PAGES = {  # URL path -> file; pages that need no model
    "": "Home.py",
    "Landscape": "pages/1_Landscape.py",
    "Roles": "pages/2_Roles.py",
    "Career_Matcher": "pages/3_Career_Matcher.py",
    "Concepts": "pages/6_Concepts.py",
    "Resources": "pages/7_Resources.py",
}
TEXT_PAGE = "Text_Playground"
GENERATE_KEY = "text_generate"  # the Text page's Generate button
BASELINE = (
    "import time; t0 = time.perf_counter(); import streamlit; print(time.perf_counter() - t0)"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def server(warmup: bool = True, entry: str = "Home.py") -> Iterator[tuple[int, float]]:
    """A fresh ``streamlit run <entry>``: yields (port, monotonic time it answered health)."""
    port = free_port()
    env = {**os.environ, "AIGC_WARMUP": "1" if warmup else "0"}
    cmd = [sys.executable, "-m", "streamlit", "run", entry, "--server.headless", "true"]
    cmd += ["--server.port", str(port), "--server.fileWatcherType", "none"]
    cmd += ["--browser.gatherUsageStats", "false"]
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited: {proc.stderr.read()[-2000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("server did not answer in 120 s") from None
                time.sleep(0.05)
        yield port, time.monotonic()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@dataclass
class Visit:
    """One websocket session: its connection and the messages seen so far."""

    ws: object
    messages: list[ForwardMsg] = field(default_factory=list)


def _rerun(page: str, widgets: dict[str, bool] | None = None) -> bytes:
    msg = BackMsg()
    state = msg.rerun_script
    state.query_string = "lang=en"
    state.page_name = page
    for widget_id, value in (widgets or {}).items():
        w = state.widget_states.widgets.add()
        w.id = widget_id
        w.trigger_value = value
    return msg.SerializeToString()


def _recv(visit: Visit, timeout: float) -> ForwardMsg:
    msg = ForwardMsg()
    msg.ParseFromString(visit.ws.recv(timeout=timeout))
    visit.messages.append(msg)
    return msg


def run_until_finished(visit: Visit, timeout: float = 300) -> None:
    """Read messages until the server says the script run finished."""
    while True:
        msg = _recv(visit, timeout)
        if msg.WhichOneof("type") == "script_finished":
            return


@contextlib.contextmanager
def visit(port: int) -> Iterator[Visit]:
    with connect(f"ws://127.0.0.1:{port}/_stcore/stream", subprotocols=["streamlit"]) as ws:
        yield Visit(ws)


def first_render(port: int, page: str) -> float:
    """Seconds from opening ``page`` (websocket included) to its first run's end."""
    t0 = time.perf_counter()
    with visit(port) as v:
        v.ws.send(_rerun(page))
        run_until_finished(v)
    return time.perf_counter() - t0


def _button_id(messages: list[ForwardMsg], key: str) -> str:
    for msg in messages:
        if msg.WhichOneof("type") == "delta" and msg.delta.WhichOneof("type") == "new_element":
            el = msg.delta.new_element
            if el.WhichOneof("type") == "button" and el.button.id.endswith(key):
                return el.button.id
    raise RuntimeError(f"no button with key {key!r} on the page")


def _shows_text(msg: ForwardMsg) -> bool:
    if msg.WhichOneof("type") != "delta" or msg.delta.WhichOneof("type") != "new_element":
        return False
    el = msg.delta.new_element
    return el.WhichOneof("type") == "code" and bool(el.code.code_text.strip())


def text_first_token(port: int) -> tuple[float, float]:
    """(page ready s, first token s) from opening the Text page, Generate clicked on ready."""
    t0 = time.perf_counter()
    with visit(port) as v:
        v.ws.send(_rerun(TEXT_PAGE))
        run_until_finished(v)
        ready = time.perf_counter() - t0
        v.ws.send(_rerun(TEXT_PAGE, {_button_id(v.messages, GENERATE_KEY): True}))
        while True:
            msg = _recv(v, 300)
            if _shows_text(msg):
                first = time.perf_counter() - t0
                break
            if msg.WhichOneof("type") == "script_finished":
                raise RuntimeError("the Generate run finished without showing text")
        run_until_finished(v)  # let generation end before the server stops
    return ready, first


def baseline_s(repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", BASELINE], cwd=ROOT, capture_output=True, text=True, check=True
        )
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(runs)


def cold_render(page: str, warmup: bool, entry: str = "Home.py") -> float:
    with server(warmup, entry) as (port, _):
        return first_render(port, page)


def render_during_warmup(warmup: bool) -> float:
    """Landscape's first render, opened as soon as Home's first render has finished."""
    with server(warmup) as (port, _):
        first_render(port, "")
        return first_render(port, "Landscape")


def text_after(up: float, first_visit: bool, entry: str = "Home.py") -> tuple[float, float]:
    with server(True, entry) as (port, started):
        if first_visit:
            first_render(port, "")
        time.sleep(max(0.0, started + up - time.monotonic()))
        return text_first_token(port)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="fresh servers per cell")
    parser.add_argument("--up", type=float, default=20.0, help="server age when Text opens")
    parser.add_argument("--pages", default=None, help="comma-separated URL paths (Home = '')")
    parser.add_argument("--skip-text", action="store_true")
    args = parser.parse_args()
    pages = (
        LIGHT_PAGES
        if args.pages is None
        else {
            p if p != "Home" else "": LIGHT_PAGES[p if p != "Home" else ""]
            for p in args.pages.split(",")
        }
    )
    med = statistics.median
    app_entry = (ROOT / "app.py").is_file()  # the st.App entry that warms at server start

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, load average {os.getloadavg()[0]:.1f}; "
        f"median of {args.repeat} fresh servers per cell"
    )
    base = baseline_s(max(args.repeat, 5))
    print(f"(a) baseline: fresh process, import streamlit: {base:.2f} s\n")
    print("(b) cold first render in a fresh server (s, x baseline)")
    print(f"{'page':30} {'warm-up on':>16} {'warm-up off':>16} {'on/off':>7}")
    rows = {}
    for url, path in pages.items():
        on, off = [], []
        for i in range(args.repeat):  # interleaved (ABBA), so load changes hit both alike
            for warm in (True, False) if i % 2 == 0 else (False, True):
                (on if warm else off).append(cold_render(url, warm))
        rows[path] = (med(on), med(off))
        print(
            f"{path:30} {med(on):7.2f} ({med(on) / base:4.1f}x) "
            f"{med(off):7.2f} ({med(off) / base:4.1f}x) {med(on) / med(off):7.2f}"
        )
    on = [render_during_warmup(True) for _ in range(args.repeat)]
    off = [render_during_warmup(False) for _ in range(args.repeat)]
    print(
        f"{'Landscape right after Home':30} {med(on):7.2f} ({med(on) / base:4.1f}x) "
        f"{med(off):7.2f} ({med(off) / base:4.1f}x) {med(on) / med(off):7.2f}"
    )
    if app_entry:
        runs = [cold_render("", True, "app.py") for _ in range(args.repeat)]
        print(
            f"{'Home, app.py (warm-up at start)':30} {med(runs):7.2f} ({med(runs) / base:4.1f}x)"
            "   opened as soon as the server answers"
        )
    if args.skip_text:
        return
    print(f"\n(c) Text playground opened in a server up {args.up:.0f} s (s from opening)")
    print(f"{'':34} {'page ready':>10} {'first token':>12}")
    cases = [("Home visited at start", True, "Home.py"), ("no visit before", False, "Home.py")]
    if app_entry:
        cases.append(("no visit before, app.py", False, "app.py"))
    for label, first_visit, entry in cases:
        runs = [text_after(args.up, first_visit, entry) for _ in range(args.repeat)]
        ready, first = med(r[0] for r in runs), med(r[1] for r in runs)
        print(f"{label:34} {ready:10.2f} {first:12.2f}  ({first / base:.1f}x baseline)")
    print(json.dumps({"baseline_s": base, "renders": rows}))


if __name__ == "__main__":
    main()
