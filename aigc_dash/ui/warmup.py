"""Model warm-up off the request path: the first script run of the process starts one daemon
thread that imports torch/transformers and loads the bundled GPT into the shared model cache
(``ui.models.cached_text_pipeline("gpt")``), so the Text playground finds it ready.

Why this shape:

- It starts from the first script run (``Home.py`` calls :func:`start` on every run; only
  the first call in a process does anything) because ``streamlit run`` has no server-start
  hook for user code (``st.App``'s ASGI lifespan has one, but needs another entry point).
- It waits until the run that started it has ended, so the first page a visitor opens is
  drawn, and its run has imported nothing heavy, before the warm-up takes the CPU; torch never
  appears in ``sys.modules`` during that run.
- It first imports what the pages without models use (pandas, plotly and its figure
  validators), so the next page a visitor opens finds them loaded.
- Between its steps (pandas, plotly, torch, transformers, the GPT-2 classes, the pipeline,
  the weights) it yields to script runs of pages that need no model (waiting, at most
  ``MAX_YIELD_S`` a step, while one runs), and inside a step (``import torch`` alone takes
  seconds) it sleeps before each module it imports while one runs (an import finder,
  :class:`_Throttle`), so their first renders are barely slowed. Runs of the model pages are not yielded to: they
  need the model.
- Operators switch it off with ``AIGC_WARMUP=0`` (environment or ``st.secrets``); the tests
  that check a page's own imports do so.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from aigc_dash.core.settings import setting

ENV = "AIGC_WARMUP"
OFF_VALUES = ("0", "false", "no", "off")
MAX_YIELD_S = 15.0  # a stream of light runs cannot hold the warm-up back longer than this a step
POLL_S = 0.05
# inside a step (``import torch`` alone takes seconds): while a page without models runs, the
# warm-up sleeps this long before each module it imports
THROTTLE_SLEEP_S = 0.05
# pages whose runs load models themselves: the warm-up does not wait for them
MODEL_PAGES = ("4_Text_Playground.py", "5_Image_Playground.py")
# imported one after another, each a step the warm-up can pause before: first what the light
# pages need (so the next page a visitor opens finds it loaded), then the model libraries
IMPORT_STEPS = (
    "pandas",
    "plotly.graph_objects",
    "torch",
    "transformers",
    "transformers.models.gpt2.modeling_gpt2",
    "transformers.pipelines",
)
AFTER_RUN_S = 0.5
LIGHT_STEPS = ("pandas", "plotly.graph_objects")  # what light pages need anyway: no quiet wait
# before a model step, no light page may have run for this long: a visitor who has just
# opened one may open the next (parts of ``import torch``, in C, cannot be throttled)
QUIET_S = 1.0
_CTX_ATTR = "streamlit_script_run_ctx"  # where Streamlit keeps a script thread's run context

_log = logging.getLogger(__name__)
_lock = threading.Lock()
_thread: threading.Thread | None = None
_error: str | None = None
_steps_done: list[str] = []
_last_light_run = 0.0  # time.monotonic() when a light page run was last seen


def enabled() -> bool:
    """False when the operator set ``AIGC_WARMUP`` to 0/false/no/off (env or secrets)."""
    return setting(ENV).strip().lower() not in OFF_VALUES


def start(load: Callable[[], object] | None = None, *, after_caller: bool = True) -> bool:
    """Start the warm-up once per process (True if this call started it). Call it at the top
    of every script run; it returns at once and never imports torch in the caller's run: with
    ``after_caller`` the warm-up begins once the calling thread (the script run) has ended.
    ``load`` defaults to loading the bundled GPT through the shared model cache."""
    global _thread
    if _thread is not None or not enabled():  # every run after the first stops here
        return False
    with _lock:
        if _thread is not None:
            return False
        caller = threading.current_thread()
        wait_for = caller if after_caller and caller is not threading.main_thread() else None
        _thread = threading.Thread(
            target=_work, args=(wait_for, load or _load_gpt), name="aigc-warmup", daemon=True
        )
        _thread.start()
    return True


@contextlib.asynccontextmanager
async def lifespan(app: object) -> AsyncIterator[None]:
    """``st.App(..., lifespan=lifespan)``: start the warm-up when the server starts (called
    outside any script run, so it begins at once, still yielding to light page runs)."""
    start(after_caller=False)  # the server's event loop: never joined
    yield


def started() -> bool:
    """True once :func:`start` has started the warm-up in this process."""
    return _thread is not None


def done() -> bool:
    """True when the warm-up has finished (or never started)."""
    return _thread is None or not _thread.is_alive()


def wait(timeout: float | None = None) -> bool:
    """Wait for the warm-up to finish; True if it has."""
    if _thread is not None:
        _thread.join(timeout)
    return done()


def error() -> str | None:
    """The error the warm-up hit, if any (the request path then loads and reports it)."""
    return _error


def steps_done() -> list[str]:
    """The steps finished so far (imports by module name, then ``"load"``)."""
    return list(_steps_done)


def _load_gpt() -> object:
    from aigc_dash.generation import models
    from aigc_dash.ui import models as model_cache

    if not models.REGISTRY["gpt"].path.is_dir():  # a checkout without the bundled model
        return None
    return model_cache.cached_text_pipeline("gpt")


def _work(caller: threading.Thread | None, load: Callable[[], object]) -> None:
    global _error, _last_light_run
    throttle = _Throttle(threading.current_thread())
    try:
        if caller is not None:
            caller.join()  # the run that started us draws its page first
            time.sleep(AFTER_RUN_S)  # and the server sends it (its thread ends just before)
            _last_light_run = time.monotonic()
        sys.meta_path.insert(0, throttle)
        for name in IMPORT_STEPS:
            _yield_to_light_runs(0.0 if name in LIGHT_STEPS else QUIET_S)
            module = importlib.import_module(name)
            if name == "plotly.graph_objects":  # the first figure loads plotly's validators
                module.Figure(module.Bar(x=[0], y=[0])).to_dict()
            _steps_done.append(name)
        _yield_to_light_runs(QUIET_S)
        load()
        _steps_done.append("load")
    except Exception as exc:  # kept, not raised: the page that needs the model reports it
        _error = f"{type(exc).__name__}: {exc}"
        _log.warning("model warm-up failed: %s", _error)
    finally:
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(throttle)


class _Throttle:
    """An import finder that only slows the warm-up thread: before each module it imports
    (``import torch`` alone is about a thousand), while a page without models runs, the
    warm-up sleeps ``THROTTLE_SLEEP_S``, so that page keeps the CPU. It finds nothing itself.
    It never stops the warm-up outright (it may hold a lock the page needs) and lets it run
    at full speed while another thread waits for an import lock the warm-up holds. (A trace
    function would be finer-grained but made the imports 40-60 % slower.)"""

    def __init__(self, thread: threading.Thread) -> None:
        self.thread = thread
        self.throttled = 0.0  # seconds slept, for the tests and the curious

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        mine = threading.current_thread() is self.thread
        if mine and light_run_active() and not _import_lock_awaited():
            time.sleep(THROTTLE_SLEEP_S)
            self.throttled += THROTTLE_SLEEP_S
        return None


def _import_lock_awaited() -> bool:
    """True if another thread waits for a module lock that this thread holds (its import is
    half done): then the warm-up must finish that import at full speed."""
    me = threading.get_ident()
    try:
        waiting = list(importlib._bootstrap._blocking_on.values())  # type: ignore[attr-defined]
        return any(getattr(lock, "owner", None) == me for lock in waiting)
    except Exception:  # the import system's internals changed: assume someone waits
        return True


def _yield_to_light_runs(quiet_s: float = 0.0) -> None:
    """Wait until no page without models has run for ``quiet_s`` (at most ``MAX_YIELD_S``)."""
    deadline = time.monotonic() + MAX_YIELD_S
    while time.monotonic() < deadline:
        if not light_run_active() and time.monotonic() - _last_light_run >= quiet_s:
            return
        time.sleep(POLL_S)


def light_run_active() -> bool:
    """True while a script run of a page that needs no model is in progress."""
    global _last_light_run
    me = threading.current_thread()
    for thread in threading.enumerate():
        ctx = getattr(thread, _CTX_ATTR, None)
        if ctx is None or thread is me or not thread.is_alive():
            continue
        if _page_file(ctx) not in MODEL_PAGES:
            _last_light_run = time.monotonic()
            return True
    return False


def _page_file(ctx: object) -> str:
    """The file name of the page a run context is running ("" if unknown: counted as light)."""
    try:
        pages = ctx.pages_manager.get_pages()  # type: ignore[attr-defined]
        info = pages.get(ctx.page_script_hash) or {}  # type: ignore[attr-defined]
        return Path(str(info.get("script_path", ""))).name
    except Exception:  # Streamlit internals moved: treat the run as light (only waits)
        return ""
