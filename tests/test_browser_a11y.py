"""Accessibility in a real browser: axe-core (WCAG 2 A and AA rules) on every page, in both
languages, in the default state and after each page's main action; the Concepts diagrams'
smallest rendered font at a 1366-px-wide window; one main flow per page driven by keyboard.

Reuses the server, browser and waiting helpers of :mod:`tests.test_browser`. axe-core comes
with ``axe-playwright-python`` (no network at run time). A failing check lists every
violation by rule, impact and element.
"""

from __future__ import annotations

import pytest

from tests.helpers import ROOT
from tests.test_browser import (  # noqa: F401  (fixtures are used by name)
    PAGES,
    assert_clean,
    base_url,
    browser,
    click_until_done,
    open_page,
    wait_for_query,
    wait_idle,
)

axe_api = pytest.importorskip("axe_playwright_python.sync_playwright")
pytestmark = [pytest.mark.browser, pytest.mark.slow]

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]},
    "resultTypes": ["violations"],
}
MIN_DIAGRAM_FONT_PX = 12.0


def axe_violations(page) -> list[dict]:
    """axe-core's WCAG 2 A/AA violations on the page as it is now."""
    return axe_api.Axe().run(page, options=AXE_OPTIONS).response["violations"]


def describe(violations: list[dict]) -> str:
    """One line per violating element: rule, impact, CSS target and axe's summary."""
    lines = []
    for v in violations:
        for node in v["nodes"]:
            summary = (node.get("failureSummary") or "").replace("\n", " ")[:200]
            lines.append(f"{v['id']} ({v['impact']}): {node['target']} {summary}")
    return "\n".join(lines)


def assert_accessible(page) -> None:
    violations = axe_violations(page)
    assert violations == [], "axe WCAG 2 A/AA violations:\n" + describe(violations)


def _page(path: str) -> None:
    script = dict((p, s) for s, p in PAGES)[path]
    if not (ROOT / script).is_file():
        pytest.skip(f"{script} is not built yet")


# --- every page, default state -----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("script", "path"), PAGES)
def test_axe_default_state(browser, base_url, script, path, lang):
    if not (ROOT / script).is_file():
        pytest.skip(f"{script} is not built yet")
    with open_page(browser, f"{base_url}/{path}?lang={lang}") as (page, errors):
        assert_accessible(page)
        assert_clean(page, errors)
