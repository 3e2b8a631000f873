"""Real-browser tests: headless Debian Chromium, driven by Playwright, against ``streamlit run``.

The main flows (language switch, matcher slider, text generation, diffusion) run here; no
Streamlit exception block may appear and the browser console must stay free of errors. Every
page in both languages is visited once, by ``tests/test_browser_a11y.py``'s default-state
check, which also saves its screenshot to ``screenshots/`` (ignored by git). The page table,
the server and browser fixtures (``tests/conftest.py``) and the waiting helpers are shared.
Skipped only where Chromium or Playwright is not installed (``.ci/run`` installs both).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from aigc_dash.career.matcher import URL_KEYS
from tests.helpers import CHROMIUM, ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]
playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("Debian chromium is not installed", allow_module_level=True)

SHOTS = ROOT / "screenshots"
# Idle: nothing running, no skeleton, and the page's own script has drawn (its title and the
# sidebar's about caption; the navigation menu alone arrives before the page runs).
IDLE_JS = """() => !document.querySelector('[data-testid=stStatusWidget]')
    && !document.querySelector('[data-testid=stSkeleton]')
    && !!document.querySelector('[data-testid=stMain] h1')
    && !!document.querySelector(
        '[data-testid=stSidebarUserContent] [data-testid=stCaptionContainer]')"""
STCORE_PROBE = re.compile(r"/[A-Za-z_]+/_stcore/(health|host-config)$")
# (script, URL path) of every page; pages not built yet are skipped
PAGES = [
    ("Home.py", ""),
    ("pages/1_Landscape.py", "Landscape"),
    ("pages/2_Roles.py", "Roles"),
    ("pages/3_Career_Matcher.py", "Career_Matcher"),
    ("pages/4_Text_Playground.py", "Text_Playground"),
    ("pages/5_Image_Playground.py", "Image_Playground"),
    ("pages/6_Concepts.py", "Concepts"),
    ("pages/7_Resources.py", "Resources"),
    ("pages/8_Classroom.py", "Classroom"),
]


@contextmanager
def open_page(browser, url: str) -> Iterator[tuple[object, list[str]]]:
    """Open ``url``, wait until Streamlit has finished running the script, yield
    ``(page, errors)`` and close the page afterwards, whatever the test did."""
    page = browser.new_page(viewport={"width": 1366, "height": 2000}, locale="en-US")
    errors: list[str] = []
    # Opened on a sub-page URL, Streamlit's frontend first probes <page>/_stcore/health and
    # <page>/_stcore/host-config to find its base path; those 404s are its own, not ours.
    page.on(
        "response",
        lambda r: (
            errors.append(f"HTTP {r.status}: {r.url}")
            if r.status >= 400 and not STCORE_PROBE.search(r.url)
            else None
        ),
    )
    # ERR_ABORTED: the browser dropped a request itself (an element replaced while loading)
    page.on(
        "requestfailed",
        lambda r: (
            errors.append(f"request failed: {r.url} {r.failure}")
            if "ERR_ABORTED" not in (r.failure or "")
            else None
        ),
    )

    def on_console(message) -> None:
        # HTTP failures are caught above, with their address; the console's copy has none
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            errors.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:  # a page that never loads is closed too
        page.goto(url, wait_until="domcontentloaded")
        wait_idle(page)
        yield page, errors
    finally:
        page.close()


def wait_idle(page, timeout_ms: int = 90_000) -> None:
    """Wait for the app to render and for the 'running' indicator to go away."""
    page.wait_for_selector('[data-testid="stSidebar"]', timeout=timeout_ms)
    # Idle = no "running" widget and no skeleton placeholders, twice in a row 0.5 s apart
    # (a rerun can start just after a check).
    for _ in range(2):
        page.wait_for_function(IDLE_JS, timeout=timeout_ms)
        page.wait_for_timeout(500)
    page.wait_for_function(IDLE_JS, timeout=timeout_ms)


def click_until_done(page, button: str, done_js: str, timeout_ms: int = 180_000) -> None:
    """Click ``button`` and wait for its run's own end (``done_js`` true), then for idle.

    The idle check alone is not enough: it can be true before the click's rerun starts, and
    a long run that shows a progress bar (not the status widget) looks idle throughout.
    """
    page.locator(button).click()
    page.wait_for_function(done_js, timeout=timeout_ms)
    wait_idle(page)


def wait_for_query(page, key: str, value: str, timeout_ms: int = 90_000) -> None:
    """Wait until the page's URL has ``key=value`` (Streamlit writes it with the history API,
    no navigation, so this polls ``location.search``)."""
    page.wait_for_function(
        "([k, v]) => new URLSearchParams(location.search).get(k) === v",
        arg=[key, value],
        timeout=timeout_ms,
    )


def assert_clean(page, errors: list[str]) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0
    assert errors == []


def test_the_browser_tests_visit_every_page_of_the_app():
    from aigc_dash.ui.chrome import PAGES as APP_PAGES

    assert [path for _, path in PAGES] == [p.url_path for p in APP_PAGES]


def test_language_switch_in_browser(browser, base_url):
    with open_page(browser, f"{base_url}/?lang=en") as (page, errors):
        page.get_by_text("中文", exact=True).click()
        wait_for_query(page, "lang", "zh")  # the switch's rerun writes the URL
        wait_idle(page)
        page.wait_for_function(
            "() => (document.querySelector('h1') || {}).innerText?.startsWith('AIGC 职业实验室')"
        )
        assert page.locator("h1").first.inner_text().startswith("AIGC 职业实验室")
        assert_clean(page, errors)


def test_matcher_slider_moves_the_ranking_in_browser(browser, base_url):
    """Keyboard on the real sliders: a creative, risk-loving profile, then its opposite."""
    with open_page(browser, f"{base_url}/Career_Matcher?lang=en") as (page, errors):

        def set_slider(key: str, end: str) -> None:
            handle = page.locator(f".st-key-{key} input[type=range]").first
            handle.focus()
            handle.press(end)
            # the slider's own rerun writes its value to the URL: wait for that, not for an
            # idle check that can pass before the rerun has started
            url_key = URL_KEYS[key.removeprefix("matcher_")]
            value = "10" if end == "End" else "0"
            wait_for_query(page, url_key, value)
            wait_idle(page)

        for key in ("matcher_risk", "matcher_creativity", "matcher_communication"):
            set_slider(key, "End")
        for key in ("matcher_math", "matcher_programming", "matcher_ml", "matcher_rigor"):
            set_slider(key, "Home")
        best = page.get_by_text("Best match:").first.inner_text()
        assert "content creator" in best.lower(), best
        assert "risk=10" in page.url
        for key in ("matcher_risk", "matcher_creativity", "matcher_communication"):
            set_slider(key, "Home")
        for key in ("matcher_math", "matcher_programming", "matcher_rigor"):
            set_slider(key, "End")
        assert page.get_by_text("Best match:").first.inner_text() != best
        assert_clean(page, errors)


def test_text_generation_in_browser(browser, base_url):
    with open_page(browser, f"{base_url}/Text_Playground?lang=en") as (page, errors):
        page.wait_for_selector(".st-key-text_generate button:not([disabled])", timeout=120_000)
        # the run ends with the download of its result, which no earlier state shows
        click_until_done(
            page,
            ".st-key-text_generate button",
            "() => !!document.querySelector('.st-key-text_download')",
        )
        # the generated text: the plain-text box in the Generate tab (the first tab panel;
        # other code blocks on the page, e.g. the course notes' listing, are not output)
        generate_tab = page.locator('[data-testid="stTabs"] [role="tabpanel"]').first
        output = generate_tab.locator('[data-testid="stCode"]').first
        assert output.inner_text().strip()
        assert_clean(page, errors)


def test_diffusion_generation_in_browser(browser, base_url):
    with open_page(browser, f"{base_url}/Image_Playground?lang=en&tab=diffusion&steps=8") as (
        page,
        errors,
    ):
        before = page.locator('[data-testid="stImage"]').count()
        shown: set[str] = set()  # every served image the browser asked for during the run
        page.on("request", lambda r: shown.add(r.url) if "/media/" in r.url else None)
        # The run's own end: its progress bar is gone and its result (the success message
        # with the GIF download) is drawn; the live preview alone does not count.
        click_until_done(
            page,
            ".st-key-image_diff_generate button",
            f"""() => !document.querySelector('[data-testid=stProgress]')
                && !!document.querySelector('.st-key-image_diff_gif')
                && document.querySelectorAll('[data-testid=stImage]').length > {before}""",
        )
        assert_clean(page, errors)
        # Streamlit deletes a served image once the script replaces it, so a browser that
        # fetches it a moment late (a loaded machine) gets a 404: the live preview must not
        # be served that way (it is a data: address). All images still on the page stay.
        assert shown
        page.wait_for_timeout(3000)  # the server drops replaced images just after the run
        # a snapshot: the page may still ask for images while these are fetched again
        dead = [url for url in sorted(shown) if page.request.get(url).status != 200]
        assert dead == []
        page.screenshot(path=str(SHOTS / "5_Image_Playground_diffusion_en.png"))
