"""Accessibility in a real browser: axe-core (WCAG 2 A and AA rules) on every page, in both
languages, in the default state and after each page's main action; the Concepts diagrams'
smallest rendered font at a 1366-px-wide window; one main flow per page driven by keyboard.

Shares the server and browser (``tests/conftest.py``) and the waiting helpers of
:mod:`tests.test_browser`. axe-core comes
with ``axe-playwright-python`` (no network at run time). A failing check lists every
violation by rule, impact and element.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aigc_dash.core.i18n import t
from tests.helpers import ROOT
from tests.test_browser import (
    PAGES,
    SHOTS,
    assert_clean,
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
A11Y_PAGES = PAGES  # every page of the app (test_browser checks the table against the app)


def axe_violations(page) -> list[dict]:
    """axe-core's WCAG 2 A/AA violations on the page as it is now, every rule everywhere."""
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
    script = dict((p, s) for s, p in A11Y_PAGES)[path]
    if not (ROOT / script).is_file():
        pytest.skip(f"{script} is not built yet")


# --- every page, default state -----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("script", "path"), A11Y_PAGES)
def test_axe_default_state(browser, base_url, script, path, lang):
    """Every page in both languages as a visitor first sees it (the browser tests' one visit
    of each page: it also checks the title, the console and takes the screenshot)."""
    if not (ROOT / script).is_file():
        pytest.skip(f"{script} is not built yet")
    with open_page(browser, f"{base_url}/{path}?lang={lang}") as (page, errors):
        assert page.locator("h1").count() >= 1
        assert_accessible(page)
        assert_clean(page, errors)
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{Path(script).stem}_{lang}.png"), full_page=True)


# --- after each page's main action -------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_axe_after_generating_text(browser, base_url, lang):
    _page("Text_Playground")
    with open_page(browser, f"{base_url}/Text_Playground?lang={lang}") as (page, errors):
        page.wait_for_selector(".st-key-text_generate button:not([disabled])", timeout=120_000)
        click_until_done(
            page,
            ".st-key-text_generate button",
            "() => !!document.querySelector('.st-key-text_download')",
        )
        assert_accessible(page)
        assert_clean(page, errors)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_axe_after_generating_digits(browser, base_url, lang):
    """A new seed's digits: every image (grid, walk frame, animation) has a text alternative
    that says what it shows."""
    _page("Image_Playground")
    with open_page(browser, f"{base_url}/Image_Playground?lang={lang}&tab=dcgan") as (
        page,
        errors,
    ):
        seed = page.locator(".st-key-image_seed input").first
        seed.fill("7")
        seed.press("Enter")
        wait_for_query(page, "seed", "7")
        wait_idle(page)
        assert_accessible(page)
        alts = page.locator('[data-testid="stImage"] img').evaluate_all(
            "imgs => imgs.map(i => i.getAttribute('alt'))"
        )
        assert len(alts) >= 16 and all(alts), alts
        word = "分类器" if lang == "zh" else "classifier reads"
        assert sum(word in a for a in alts) >= 16, alts
        assert_clean(page, errors)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_axe_after_the_diffusion(browser, base_url, lang):
    _page("Image_Playground")
    url = f"{base_url}/Image_Playground?lang={lang}&tab=diffusion&steps=8"
    with open_page(browser, url) as (page, errors):
        before = page.locator('[data-testid="stImage"]').count()
        click_until_done(
            page,
            ".st-key-image_diff_generate button",
            f"""() => !document.querySelector('[data-testid=stProgress]')
                && !!document.querySelector('.st-key-image_diff_gif')
                && document.querySelectorAll('[data-testid=stImage]').length > {before}""",
        )
        assert_accessible(page)
        alts = page.locator('[data-testid="stImage"] img').evaluate_all(
            "imgs => imgs.map(i => i.getAttribute('alt'))"
        )
        step = "第 8/8 步" if lang == "zh" else "step 8 of 8"
        assert sum(step in a for a in alts) == 2, alts  # the noisy image and the clean guess
        assert_clean(page, errors)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_axe_after_the_questionnaire(browser, base_url, lang):
    _page("Career_Matcher")
    with open_page(browser, f"{base_url}/Career_Matcher?lang={lang}") as (page, errors):
        page.locator('[data-testid="stExpander"] summary').filter(
            has_text="问卷" if lang == "zh" else "questionnaire"
        ).first.click()
        handle = page.locator(".st-key-matcher_q_0 input[type=range]").first
        handle.focus()
        handle.press("End")
        page.locator(".st-key-matcher_q_submit button").click()
        page.wait_for_function("() => new URLSearchParams(location.search).toString() !== ''")
        wait_idle(page)
        assert_accessible(page)
        assert_clean(page, errors)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_axe_after_opening_a_role(browser, base_url, lang):
    """A role card's details open, then every other tab of the page."""
    _page("Roles")
    with open_page(browser, f"{base_url}/Roles?lang={lang}") as (page, errors):
        page.locator('[data-testid="stExpander"] summary').first.click()
        page.wait_for_selector('[data-testid="stExpander"] details[open]')
        assert_accessible(page)
        for tab in page.locator('[role="tab"]').all()[1:]:
            tab.click()
            wait_idle(page)
            assert_accessible(page)
        assert_clean(page, errors)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_axe_every_tab_and_section(browser, base_url, lang):
    """Tabs and section pickers that hide content by default: the Concepts tabs and the
    image playground's sections are checked too, each in turn."""
    _page("Concepts")
    with open_page(browser, f"{base_url}/Concepts?lang={lang}") as (page, errors):
        for tab in page.locator('[role="tab"]').all()[1:]:
            tab.click()
            wait_idle(page)
            assert_accessible(page)
        assert_clean(page, errors)
    for section in ("diffusion", "lab"):
        url = f"{base_url}/Image_Playground?lang={lang}&tab={section}"
        with open_page(browser, url) as (page, errors):
            assert_accessible(page)
            assert_clean(page, errors)


def _be_teacher(page, lang: str) -> None:
    page.locator(
        "[data-testid=stButtonGroup] button", has_text=t("classroom_role_teacher", lang)
    ).click()
    wait_idle(page)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_axe_after_opening_a_class(browser, base_url, lang):
    """The teacher's view with a class open: code, link, QR code and the live dashboard."""
    _page("Classroom")
    with open_page(browser, f"{base_url}/Classroom?lang={lang}") as (page, errors):
        _be_teacher(page, lang)
        assert_accessible(page)  # the form to open a class
        page.get_by_label(t("classroom_title_label", lang)).fill("Period 3")
        page.get_by_role("button", name=t("classroom_create", lang)).click()
        page.get_by_text(t("classroom_key_once", lang)).wait_for(timeout=60_000)
        wait_idle(page)
        assert_accessible(page)
        alts = page.locator('[data-testid="stImage"] img').evaluate_all(
            "imgs => imgs.map(i => i.getAttribute('alt'))"
        )
        assert alts and all(alts), alts  # the QR code says where it leads
        assert_clean(page, errors)


# --- projector-legible diagrams ----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_diagram_text_is_projector_legible(browser, base_url, lang):
    """Every Concepts diagram's smallest rendered label is >= 12 px at a 1366-px window."""
    _page("Concepts")
    with open_page(browser, f"{base_url}/Concepts?lang={lang}") as (page, errors):
        page.wait_for_function(
            "() => document.querySelectorAll('[data-testid=stGraphVizChart] svg text').length"
            " > 0 && document.querySelectorAll('[data-testid=stGraphVizChart]').length >= 4",
            timeout=60_000,
        )
        page.wait_for_timeout(1000)  # d3-graphviz's transition
        sizes = page.locator('[data-testid="stGraphVizChart"]').evaluate_all(
            """charts => charts.map(c => {
                // a label's rendered size: its font size times its scale on screen
                const size = t => {
                    const m = t.getScreenCTM();
                    return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
                };
                return Math.min(...[...c.querySelectorAll('svg text')].map(size));
            })"""
        )
        assert len(sizes) >= 4
        assert min(sizes) >= MIN_DIAGRAM_FONT_PX, sizes
        assert_clean(page, errors)


# --- keyboard only -----------------------------------------------------------------------------

ACTIVE_IN_JS = "s => !!(document.activeElement && document.activeElement.closest(s))"


def tab_to(page, selector: str, limit: int = 400) -> None:
    """Press Tab (nothing else) until the focused element is inside ``selector``, then check
    that the focus is visible: the focused control looks different from the unfocused one."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(ACTIVE_IN_JS, selector):
            break
    else:
        raise AssertionError(f"{selector} is not reachable with Tab")
    assert_focus_visible(page)


def assert_focus_visible(page) -> None:
    """The focused element's neighbourhood changes when it loses focus (a focus ring)."""
    handle = page.evaluate_handle("() => document.activeElement")
    # the widget around it: a ring may be drawn on a wrapper or a slider's thumb
    widget = page.evaluate_handle(
        "e => e.closest('[data-testid=stElementContainer], [data-testid=stExpander], "
        "[role=tablist]') || e",
        handle,
    )
    box = widget.bounding_box()
    assert box and box["width"] > 0, "the focused element is not on screen"
    pad = 6
    clip = {
        "x": max(box["x"] - pad, 0),
        "y": max(box["y"] - pad, 0),
        "width": box["width"] + 2 * pad,
        "height": box["height"] + 2 * pad,
    }
    differs = False
    for _ in range(3):  # focus-ring transitions: a loaded machine may draw them late
        page.wait_for_timeout(400)
        focused = page.screenshot(clip=clip, animations="disabled")
        page.keyboard.press("Shift+Tab")  # the focus moves away, as a user would move it
        page.wait_for_timeout(400)
        blurred = page.screenshot(clip=clip, animations="disabled")
        page.keyboard.press("Tab")
        assert page.evaluate("e => document.activeElement === e", handle)
        if focused != blurred:
            differs = True
            break
    page.wait_for_timeout(300)
    assert differs, "no visible focus indicator"


def start_keyboard(page) -> None:
    """Put the keyboard at the top of the document, as a fresh visitor's would be."""
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); }")
    page.keyboard.press("Escape")


def test_keyboard_home_language(browser, base_url):
    with open_page(browser, f"{base_url}/?lang=en") as (page, errors):
        start_keyboard(page)
        tab_to(page, ".st-key-ui_lang_choice")
        # the radio group: arrows move the choice; the other language is one arrow away
        page.keyboard.press("ArrowLeft")
        wait_for_query(page, "lang", "zh")
        wait_idle(page)
        assert_clean(page, errors)


def test_keyboard_landscape_region(browser, base_url):
    with open_page(browser, f"{base_url}/Landscape?lang=en") as (page, errors):
        start_keyboard(page)
        tab_to(page, ".st-key-landscape_geo")
        page.keyboard.press("ArrowDown")  # opens the list
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        page.wait_for_function(
            "() => (new URLSearchParams(location.search).get('geo') || 'all') !== 'all'"
        )
        wait_idle(page)
        assert_clean(page, errors)


def test_keyboard_roles_open_a_role(browser, base_url):
    with open_page(browser, f"{base_url}/Roles?lang=en") as (page, errors):
        start_keyboard(page)
        tab_to(page, '[data-testid="stExpander"] summary')
        page.keyboard.press("Enter")
        page.wait_for_selector('[data-testid="stExpander"] details[open]')
        assert_clean(page, errors)


def test_keyboard_matcher_questionnaire(browser, base_url):
    with open_page(browser, f"{base_url}/Career_Matcher?lang=en") as (page, errors):
        start_keyboard(page)
        tab_to(page, '[data-testid="stExpander"]:has(.st-key-matcher_q_0) summary')
        page.keyboard.press("Enter")
        tab_to(page, ".st-key-matcher_q_0")
        page.keyboard.press("End")  # "strongly agree"
        tab_to(page, ".st-key-matcher_q_submit")
        page.keyboard.press("Enter")
        page.wait_for_function("() => new URLSearchParams(location.search).toString() !== ''")
        wait_idle(page)
        assert_clean(page, errors)


def test_keyboard_text_generation(browser, base_url):
    with open_page(browser, f"{base_url}/Text_Playground?lang=en") as (page, errors):
        page.wait_for_selector(".st-key-text_generate button:not([disabled])", timeout=120_000)
        start_keyboard(page)
        tab_to(page, ".st-key-text_generate")
        page.keyboard.press("Enter")
        page.wait_for_selector(".st-key-text_download", timeout=180_000)
        wait_idle(page)
        assert page.locator(".st-key-text_download").count() == 1
        assert_clean(page, errors)


def test_keyboard_image_seed(browser, base_url):
    with open_page(browser, f"{base_url}/Image_Playground?lang=en&tab=dcgan") as (page, errors):
        start_keyboard(page)
        tab_to(page, ".st-key-image_seed input")
        page.keyboard.press("ArrowUp")
        page.keyboard.press("Enter")
        wait_for_query(page, "seed", "1")
        wait_idle(page)
        assert_clean(page, errors)


def test_keyboard_concepts_tabs(browser, base_url):
    with open_page(browser, f"{base_url}/Concepts?lang=en") as (page, errors):
        start_keyboard(page)
        tab_to(page, '[role="tab"]')
        page.keyboard.press("ArrowRight")  # a tab list moves with the arrows
        page.keyboard.press("Enter")
        page.wait_for_selector('[role="tab"][aria-selected="true"]:nth-child(2)')
        wait_idle(page)
        assert_clean(page, errors)


def test_keyboard_resources_faq(browser, base_url):
    with open_page(browser, f"{base_url}/Resources?lang=en") as (page, errors):
        start_keyboard(page)
        tab_to(page, '[role="tab"]')
        page.keyboard.press("End")  # the last tab: the FAQ
        page.keyboard.press("Enter")
        page.wait_for_selector('[role="tab"][aria-selected="true"]:last-child')
        wait_idle(page)
        tab_to(page, '[role="tabpanel"]:not([hidden]) [data-testid="stExpander"] summary')
        page.keyboard.press("Enter")
        page.wait_for_selector('[data-testid="stExpander"] details[open]')
        assert_clean(page, errors)


def test_keyboard_classroom_open_a_class(browser, base_url):
    with open_page(browser, f"{base_url}/Classroom?lang=en") as (page, errors):
        start_keyboard(page)
        tab_to(page, ".st-key-classroom_role [role=radio]")
        # a radio group: one tab stop, the arrows move the choice ("a student" -> "a teacher")
        page.keyboard.press("ArrowRight")
        page.keyboard.press("Space")
        page.wait_for_selector(".st-key-classroom_title input")
        wait_idle(page)
        assert page.evaluate("() => document.activeElement.innerText.trim()") == t(
            "classroom_role_teacher", "en"
        )
        tab_to(page, ".st-key-classroom_title input")
        page.keyboard.type("Period 3")
        tab_to(page, ".st-key-classroom_create_submit")
        page.keyboard.press("Enter")
        page.get_by_text(t("classroom_key_once", "en")).wait_for(timeout=60_000)
        wait_idle(page)
        assert_clean(page, errors)
