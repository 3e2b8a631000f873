"""Classroom in a real browser: one teacher tab and three student tabs (headless Debian
Chromium via Playwright, against ``streamlit run``). The students join by link, go to the
Career matcher through the app's own navigation (their session keeps the class) and submit;
the teacher's dashboard, never reloaded, counts three entries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import text

from aigc_dash.classroom.store import make_engine
from aigc_dash.core.i18n import t
from tests.helpers import streamlit_server

pytestmark = [pytest.mark.browser, pytest.mark.slow]
STUDENTS = 3


# Idle: no "running" widget, no skeleton, and the page's own sidebar content drawn (its
# caption: the st.navigation menu arrives before the page runs). The caption's test id is
# matched by prefix (stCaption / stCaptionContainer differ between Streamlit versions).
IDLE_JS = """() => !document.querySelector('[data-testid=stStatusWidget]')
    && !document.querySelector('[data-testid=stSkeleton]')
    && document.querySelectorAll(
        '[data-testid=stSidebarUserContent] [data-testid^=stCaption]').length > 0"""


def wait_idle(page, timeout_ms: int = 90_000) -> None:
    """Wait until the app has drawn the page and no run is in progress (twice, 0.5 s apart)."""
    for _ in range(2):
        page.wait_for_function(IDLE_JS, timeout=timeout_ms)
        page.wait_for_timeout(500)
    page.wait_for_function(IDLE_JS, timeout=timeout_ms)


@contextmanager
def open_page(browser, url: str) -> Iterator[tuple[object, list[str]]]:
    """Open ``url`` in a new tab (its own Streamlit session); yield ``(page, errors)`` with
    the page's JavaScript errors, and close it afterwards."""
    page = browser.new_page(viewport={"width": 1366, "height": 2000}, locale="en-US")
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on(
        "console",
        lambda m: (
            errors.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource")
            else None
        ),
    )
    try:
        page.goto(url, wait_until="domcontentloaded")
        wait_idle(page)
        yield page, errors
    finally:
        page.close()


@pytest.fixture(scope="module")
def classroom_db(tmp_path_factory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('classroom') / 'classroom.sqlite3'}"


@pytest.fixture(scope="module")
def base_url(classroom_db):
    mp = pytest.MonkeyPatch()
    mp.setenv("AIGC_CLASSROOM_DB", classroom_db)  # the server inherits the environment
    try:
        with streamlit_server() as base:
            yield base
    finally:
        mp.undo()


def _metric_is(page, label: str, value: str, timeout_ms: int = 60_000) -> None:
    page.wait_for_function(
        """([label, value]) => [...document.querySelectorAll('[data-testid=stMetric]')]
            .some(m => m.innerText.includes(label)
                 && m.querySelector('[data-testid=stMetricValue]')?.innerText.trim() === value)""",
        arg=[label, value],
        timeout=timeout_ms,
    )


def test_three_students_submit_and_the_teacher_sees_them_without_reload(
    browser,
    base_url,
    classroom_db,
):
    lang = "en"
    with open_page(browser, f"{base_url}/Classroom?lang={lang}") as (teacher, errors):
        teacher.locator(
            "[data-testid=stButtonGroup] button", has_text=t("classroom_role_teacher", lang)
        ).click()
        wait_idle(teacher)
        teacher.get_by_label(t("classroom_title_label", lang)).fill("Period 3")
        teacher.get_by_role("button", name=t("classroom_create", lang)).click()
        teacher.get_by_text(t("classroom_key_once", lang)).wait_for(timeout=60_000)
        wait_idle(teacher)
        with make_engine(classroom_db).connect() as conn:
            code = conn.execute(text("SELECT code FROM classroom_classes")).scalar_one()
        assert teacher.get_by_text(code, exact=True).first.is_visible()
        assert teacher.locator("[data-testid=stImage] img").count() >= 1  # the QR code
        _metric_is(teacher, t("classroom_m_submitted", lang), "0")
        loads_before = teacher.evaluate("performance.getEntriesByType('navigation').length")
        marker = teacher.evaluate("window.__classroomMarker = Math.random()")

        for i in range(STUDENTS):
            link = f"{base_url}/Classroom?class={code}&lang={lang}"
            with open_page(browser, link) as (student, student_errors):
                student.get_by_text(f"You are in class {code}").wait_for(timeout=60_000)
                student.get_by_role("link", name=t("nav_matcher", lang)).first.click()
                wait_idle(student)
                button = student.get_by_role("button", name=t("classroom_submit_matcher", lang))
                button.wait_for(timeout=60_000)
                button.click()
                student.get_by_text(f"Submitted to class {code}").wait_for(timeout=60_000)
                assert student_errors == []
            _metric_is(teacher, t("classroom_m_submitted", lang), str(i + 1))

        _metric_is(teacher, t("classroom_m_joined", lang), str(STUDENTS))
        _metric_is(teacher, t("classroom_m_entries", lang), str(STUDENTS))
        # the same document all along: refreshed by the fragment, never reloaded
        assert teacher.evaluate("window.__classroomMarker") == marker
        assert teacher.evaluate("performance.getEntriesByType('navigation').length") == loads_before
        assert errors == []
    with make_engine(classroom_db).connect() as conn:
        rows = conn.execute(text("SELECT kind, COUNT(*) FROM classroom_entries GROUP BY kind"))
        assert dict(rows.all()) == {"matcher": STUDENTS}
