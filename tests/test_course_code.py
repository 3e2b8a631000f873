"""The course notes' code panels (section 5): the text listing runs as written on the bundled
GPT, the button runs exactly its arguments, the DCGAN excerpt is the real source, and the
differences table reads its values from the code and the bundled model's training log."""

from __future__ import annotations

import inspect
import re

import pytest

from aigc_dash.core.i18n import LANGS
from aigc_dash.playgrounds import course
from aigc_dash.playgrounds import text as tp
from aigc_dash.ui import models as model_cache
from tests.helpers import ROOT, run_page

TEXT_PAGE = "pages/4_Text_Playground.py"
IMAGE_PAGE = "pages/5_Image_Playground.py"
pytestmark = pytest.mark.slow

if not tp.model_ready("gpt"):
    pytest.skip("the bundled GPT is not trained yet", allow_module_level=True)


def _ok(at) -> None:
    assert not at.exception, [e.value for e in at.exception]


def _table(at, column: str):
    """The dataframe on the page with ``column`` (AppTest does not expose a dataframe's key)."""
    found = [d.value for d in at.dataframe if column in d.value.columns]
    assert len(found) == 1, [list(d.value.columns) for d in at.dataframe]
    return found[0]


@pytest.fixture(scope="module")
def pipe():
    return model_cache.cached_text_pipeline("gpt")


# --- 5.1 -------------------------------------------------------------------------------------


def test_text_listing_runs_as_written_from_the_app_folder(monkeypatch):
    """exec the listing shown on the page: three generated texts, each the prompt + more."""
    import torch

    monkeypatch.chdir(ROOT)
    printed: list[str] = []
    torch.manual_seed(0)
    exec(compile(course.TEXT_LISTING, "course_5_1.py", "exec"), {"print": printed.append})
    assert len(printed) == course.COURSE_SEQUENCES
    for text in printed:
        assert text.startswith(course.COURSE_PROMPT) and len(text) > len(course.COURSE_PROMPT)
    assert len(set(printed)) > 1  # sampling is on: three different texts
    assert 'model="data/models/gpt"' in course.TEXT_LISTING
    assert "max_length=50" in course.TEXT_LISTING
    assert "num_return_sequences=3" in course.TEXT_LISTING


def test_run_course_call_uses_exactly_the_listings_arguments(pipe):
    a = course.run_course_call(pipe, seed=7)
    assert a == course.run_course_call(pipe, seed=7)  # seeded: a class sees the same texts
    assert len(a) == 3 and all(x.startswith(course.COURSE_PROMPT) for x in a)
    n_prompt = course.prompt_tokens(pipe, course.COURSE_PROMPT)
    for text in a:  # max_length counts the prompt: never more than 50 tokens in all
        assert course.prompt_tokens(pipe, text) <= course.COURSE_MAX_LENGTH + 1
    assert course.COURSE_CALL == {"max_length": 50, "num_return_sequences": 3}
    assert n_prompt < course.COURSE_MAX_LENGTH


def test_length_arithmetic_counts_the_prompt(pipe):
    n = course.prompt_tokens(pipe, course.COURSE_PROMPT)
    arith = course.LengthArithmetic(n)
    assert arith.new_tokens == 50 - n
    assert f"{n} tokens" in arith.text("en", "course")
    assert f"{50 - n} new tokens" in arith.text("en", "course")
    assert f"{50 - n} 个新词元" in arith.text("zh", "course")
    full = course.LengthArithmetic(60)
    assert full.new_tokens == 0 and "no new" in full.text("en", "current")


def test_argument_table_maps_every_argument(pipe):
    arith = course.LengthArithmetic(course.prompt_tokens(pipe, course.COURSE_PROMPT))
    defaults = course.generation_defaults(pipe)
    assert defaults["do_sample"] is True  # the bundled generation config turns sampling on
    for lang in LANGS:
        rows = course.argument_rows(lang, arith, defaults)
        by_arg = {r.argument: r for r in rows}
        assert by_arg["model"].course == "'gpt2'" and "data/models/gpt" in by_arg["model"].ours
        assert "AIGC_ENABLE_HUB" in by_arg["model"].note
        assert "max_new_tokens" in by_arg["max_length"].control
        assert str(arith.new_tokens) in by_arg["max_length"].note
        assert "do_sample=True" in by_arg["num_return_sequences"].note
        assert all(r.note and r.control for r in rows)


def test_default_prompt_follows_the_language():
    assert course.default_prompt("en") == course.COURSE_PROMPT == tp.DEFAULTS.prompt
    assert re.search(r"[\u4e00-\u9fff]", course.default_prompt("zh"))


def test_text_page_panel_runs_the_course_call():
    at = run_page(TEXT_PAGE, "en", timeout=180)
    _ok(at)
    listings = [c.value for c in at.code if c.language == "python"]
    assert course.TEXT_LISTING.strip() in [x.strip() for x in listings]
    captions = "\n".join(c.value for c in at.caption)
    assert "max_length=50 means" in captions
    assert at.button(key="text_course_prompt").disabled  # the course's prompt is in the box
    at.button(key="text_course_run").click().run()
    _ok(at)
    outputs = [
        c.value for c in at.code if c.language in (None, "", "plaintext") and c.value.strip()
    ]
    from_course = [o for o in outputs if o.startswith(course.COURSE_PROMPT)]
    assert len(from_course) >= 3
    assert "generated_text 3" in "\n".join(c.value for c in at.caption)


def test_text_page_in_chinese_starts_chinese_and_keeps_the_course_prompt_one_click_away():
    at = run_page(TEXT_PAGE, "zh", timeout=180)
    _ok(at)
    assert at.text_area(key="text_prompt").value == course.default_prompt("zh")
    assert at.query_params["prompt"]  # the link says which prompt is shown
    assert len(_table(at, "本页控件")) == 5
    at.button(key="text_course_prompt").click().run()
    _ok(at)
    assert at.text_area(key="text_prompt").value == course.COURSE_PROMPT


def test_text_page_in_chinese_keeps_a_prompt_from_the_link():
    at = run_page(TEXT_PAGE, "zh", timeout=180, prompt="Hello")
    _ok(at)
    assert at.text_area(key="text_prompt").value == "Hello"


# --- 5.2 -------------------------------------------------------------------------------------


def test_dcgan_excerpt_is_the_real_source():
    pieces = {p.name: p for p in course.dcgan_excerpt()}
    assert set(pieces) == {"Generator", "Discriminator", "train_dcgan"}
    loop = course.find_dcgan_object("train_dcgan")
    assert pieces["train_dcgan"].source == inspect.getsource(loop)
    assert "BCEWithLogitsLoss" in pieces["train_dcgan"].source
    assert "nn.Linear" in pieces["Generator"].source  # the Linear -> 7x7 input
    # the excerpt's module really holds the object (it follows the code when it moves)
    mod = pieces["train_dcgan"].module
    assert mod in course.DCGAN_HOMES


def test_dcgan_differences_come_from_the_code_and_the_log():
    betas = tuple(course.find_dcgan_object("BETAS"))
    for lang in LANGS:
        rows = course.dcgan_differences(lang)
        assert len(rows) == 13 and all(r.topic and r.course and r.ours and r.why for r in rows)
        text = "\n".join(f"{r.course} | {r.ours} | {r.why}" for r in rows)
        assert str(betas) in text and "(0.9, 0.999)" in text
        assert "BCEWithLogitsLoss" in text and "BCELoss" in text
        assert "118" in text and "110" in text  # epochs run, epoch kept (training log)
        assert "60,000" in text and "5,000" in text
        assert "Radford" in text
    en = {r.topic: r for r in course.dcgan_differences("en")}
    assert "not the notes'" in en["Adam's betas"].why


def test_betas_are_not_called_the_courses():
    card = (ROOT / "data" / "models" / "dcgan" / "README.md").read_text(encoding="utf-8")
    assert "Seed hyper-parameters" not in card
    assert "(0.5, 0.999) from the DCGAN paper" in card
    for name in ("train_dcgan", "make_optimizers"):
        module = inspect.getmodule(course.find_dcgan_object(name))
        src = inspect.getsource(module)
        assert "the seed's" not in src
        assert "DCGAN paper" in src


def test_image_page_shows_the_differences_and_our_code():
    at = run_page(IMAGE_PAGE, "en", timeout=180, n="2", frames="3")
    _ok(at)
    table = _table(at, "Why")
    assert list(table.columns) == ["What", "The course notes", "Our code", "Why"]
    assert "Adam's betas" in set(table["What"])
    listings = "\n".join(c.value for c in at.code if c.language == "python")
    assert "def train_dcgan(" in listings and "class Generator" in listings
    zh = run_page(IMAGE_PAGE, "zh", timeout=180, n="2", frames="3")
    _ok(zh)
    assert "Adam 的 betas" in set(_table(zh, "原因")["项目"])
