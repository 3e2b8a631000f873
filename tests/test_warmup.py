"""The model warm-up (``aigc_dash.ui.warmup``): off the request path, once per process,
switchable, and it really leaves the bundled GPT in the shared cache."""

from __future__ import annotations

import asyncio
import builtins
import sys
import threading
import time
from types import SimpleNamespace

import pytest

from aigc_dash.generation import models
from aigc_dash.ui import warmup
from tests.test_light_pages import probe


@pytest.fixture
def fresh(monkeypatch):
    """The module's once-per-process state, reset (and restored) around a test."""
    monkeypatch.setattr(warmup, "_thread", None)
    monkeypatch.setattr(warmup, "_error", None)
    monkeypatch.setattr(warmup, "_steps_done", [])
    monkeypatch.setattr(warmup, "_last_light_run", 0.0)
    monkeypatch.setattr(warmup, "IMPORT_STEPS", ("json",))  # cheap: the flow, not torch
    monkeypatch.setenv(warmup.ENV, "1")
    return warmup


@pytest.mark.parametrize("value", ["0", "false", "OFF", " no "])
def test_operators_switch_it_off(fresh, monkeypatch, value):
    monkeypatch.setenv(warmup.ENV, value)
    assert not warmup.enabled()
    assert not warmup.start(lambda: pytest.fail("loaded while switched off"))
    assert not warmup.started() and warmup.done()


def test_starts_once_and_only_after_the_calling_run_ends(fresh):
    loads: list[float] = []
    run_ended = threading.Event()
    caller_done: list[float] = []

    def script_run():  # stands for the script-run thread that calls start()
        assert warmup.start(lambda: loads.append(time.monotonic()))
        assert not warmup.start(lambda: loads.append(-1.0))  # later runs: nothing
        run_ended.wait(5)
        time.sleep(0.2)  # the page is still drawing: the warm-up must not begin yet
        caller_done.append(time.monotonic())

    run = threading.Thread(target=script_run)
    run.start()
    assert not loads  # returned at once, loaded nothing in the caller's run
    run_ended.set()
    run.join()
    assert warmup.wait(10)
    assert len(loads) == 1 and loads[0] >= caller_done[0]
    assert warmup.steps_done() == ["json", "load"] and warmup.error() is None


def test_st_app_lifespan_starts_it_with_the_server(fresh, monkeypatch):
    loads: list[str] = []
    monkeypatch.setattr(warmup, "_load_gpt", lambda: loads.append(threading.current_thread().name))
    finished: list[bool] = []

    async def serve():  # the server's event loop thread lives on: the warm-up must not wait
        async with warmup.lifespan(object()):
            finished.append(await asyncio.to_thread(warmup.wait, 10))

    server = threading.Thread(target=asyncio.run, args=(serve(),))
    server.start()
    server.join(20)
    assert finished == [True] and loads == ["aigc-warmup"]


def test_errors_are_kept_not_raised(fresh):
    def boom():
        raise OSError("disk gone")

    assert warmup.start(boom)
    assert warmup.wait(10)
    assert warmup.error() == "OSError: disk gone"


def _ctx(page: str) -> SimpleNamespace:
    pages = {"h": {"script_path": f"/app/{page}"}}
    return SimpleNamespace(
        page_script_hash="h", pages_manager=SimpleNamespace(get_pages=lambda: pages)
    )


def _running(ctx: SimpleNamespace, stop: threading.Event) -> threading.Thread:
    thread = threading.Thread(target=stop.wait, args=(10,))
    setattr(thread, warmup._CTX_ATTR, ctx)  # what Streamlit does for its script threads
    thread.start()
    return thread


def test_yields_to_light_page_runs_but_not_to_model_pages(fresh, monkeypatch):
    stop = threading.Event()
    try:
        text_run = _running(_ctx("4_Text_Playground.py"), stop)
        assert not warmup.light_run_active()  # the Text page needs the model: no waiting
        landscape_run = _running(_ctx("1_Landscape.py"), stop)
        assert warmup.light_run_active()
        monkeypatch.setattr(warmup, "MAX_YIELD_S", 0.3)
        t0 = time.monotonic()
        warmup._yield_to_light_runs()  # waits while Landscape runs, but never past the cap
        assert 0.25 <= time.monotonic() - t0 < 5
    finally:
        stop.set()
    text_run.join()
    landscape_run.join()
    assert not warmup.light_run_active()


def test_model_steps_wait_for_a_quiet_moment_after_a_light_run(fresh):
    t0 = time.monotonic()
    warmup._yield_to_light_runs(0.3)  # nobody has run a page: no wait at all
    assert time.monotonic() - t0 < 0.2
    stop = threading.Event()
    run = _running(_ctx("7_Resources.py"), stop)
    assert warmup.light_run_active()
    threading.Timer(0.2, stop.set).start()  # the page run ends after 0.2 s
    t0 = time.monotonic()
    warmup._yield_to_light_runs(0.3)
    waited = time.monotonic() - t0
    run.join()
    assert 0.45 <= waited < 5  # its 0.2 s, then 0.3 s of quiet


def _import_many(throttle: warmup._Throttle | None, seconds: float, tmp_path) -> int:
    """Fresh modules imported in ``seconds`` by a new thread (``throttle`` made for it)."""
    out: list[int] = []

    def work():
        if throttle is not None:
            throttle.thread = threading.current_thread()
            sys.meta_path.insert(0, throttle)
        try:
            n, end = 0, time.perf_counter() + seconds
            while time.perf_counter() < end:
                name = f"_warm_{tmp_path.name}_{throttle is None}_{n}"
                (tmp_path / f"{name}.py").write_text("X = 1\n")
                __import__(name)
                del sys.modules[name]
                n += 1
        finally:
            if throttle is not None:
                sys.meta_path.remove(throttle)
        out.append(n)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    return out[0]


def test_throttle_sleeps_inside_a_step_while_a_light_page_runs(fresh, tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    free = _import_many(warmup._Throttle(threading.current_thread()), 0.5, tmp_path)
    stop = threading.Event()
    throttle = warmup._Throttle(threading.current_thread())
    try:
        run = _running(_ctx("2_Roles.py"), stop)
        slowed = _import_many(throttle, 0.5, tmp_path)
    finally:
        stop.set()
    run.join()
    assert throttle.throttled > 0.3  # slept most of the 0.5 s
    assert slowed < free * 0.5, (slowed, free)


def test_throttle_never_holds_an_import_lock_someone_waits_for(tmp_path, monkeypatch):
    # thread A imports a module whose body starts thread B importing it too: B waits for A's
    # module lock, and A must see that (then the throttle lets A finish at full speed)
    (tmp_path / "half_imported.py").write_text("import builtins\nbuiltins._warmup_hook()\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    seen: list[bool] = []

    def hook():
        seen.append(warmup._import_lock_awaited())  # nobody waits yet
        other = threading.Thread(target=lambda: __import__("half_imported"), daemon=True)
        other.start()
        deadline = time.monotonic() + 5
        while not warmup._import_lock_awaited() and time.monotonic() < deadline:
            time.sleep(0.01)
        seen.append(warmup._import_lock_awaited())
        builtins._warmup_other = other

    monkeypatch.setattr(builtins, "_warmup_hook", hook, raising=False)
    monkeypatch.delitem(sys.modules, "half_imported", raising=False)
    __import__("half_imported")
    builtins._warmup_other.join(5)
    del builtins._warmup_other
    assert seen == [False, True]


@pytest.mark.slow
@pytest.mark.skipif(not models.REGISTRY["gpt"].path.is_dir(), reason="bundled GPT not built")
def test_home_run_warms_the_gpt_in_the_background():
    report = probe("Home.py", warmup="1", wait_s=240)
    assert report["exception"] == []
    assert report["started"]
    assert report["finished"] and report["error"] is None
    assert report["steps"][-1] == "load"
    # torch & co. were imported by the warm-up thread only, never by the page's run
    assert report["importers"] == ["aigc-warmup"]
    assert report["pipeline"].endswith("Pipeline") and report["cache_s"] < 1.0
