"""Text playground logic without streamlit or a model: URL state, lengths, explorer rows,
compare helpers, model cards, warm-up, and the next-token chart."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from dataclasses import fields, replace
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aigc_dash.charts import text as text_charts
from aigc_dash.core.i18n import STRINGS, t
from aigc_dash.core.urlstate import NoticeKind
from aigc_dash.generation import models
from aigc_dash.playgrounds import text as tp

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "pages" / "4_Text_Playground.py"
VIEW = ROOT / "aigc_dash" / "ui" / "text_playground.py"


# --- URL state -----------------------------------------------------------------------------


def test_empty_url_gives_defaults_and_no_notices():
    settings, notices = tp.parse_settings({})
    assert settings == tp.DEFAULTS
    assert notices == []
    assert tp.to_query(settings) == {}
    assert settings.prompt == "The quick brown fox jumps over the lazy"


def _settings_strategy():
    def num(name):
        row = tp.TABLE.by_name[name]
        if row.kind == "int":
            return st.integers(int(row.lo), int(row.hi))
        steps = round((row.hi - row.lo) / row.step)
        return st.integers(0, steps).map(lambda i: round(row.lo + i * row.step, 4))

    return st.builds(
        tp.Settings,
        model=st.sampled_from(tp.text_model_ids()),
        prompt=st.text(max_size=tp.MAX_URL_PROMPT),
        max_new_tokens=num("max_new_tokens"),
        num_sequences=num("num_sequences"),
        decoding=st.sampled_from(tp.DECODINGS),
        temperature=num("temperature"),
        top_k=num("top_k"),
        top_p=num("top_p"),
        repetition_penalty=num("repetition_penalty"),
        seed=num("seed"),
        rnn_task=st.sampled_from(tp.RNN_TASKS),
        first_line=st.text(max_size=tp.MAX_RNN_INPUT),
        heads=st.text(max_size=tp.MAX_RNN_INPUT),
        line_length=st.sampled_from(tp.LINE_LENGTHS),
        n_lines=num("n_lines"),
        b_decoding=st.sampled_from(tp.DECODINGS),
        b_temperature=num("b_temperature"),
        b_top_k=num("b_top_k"),
        b_top_p=num("b_top_p"),
    )


@settings(max_examples=150, deadline=None)
@given(_settings_strategy())
def test_url_round_trip(s):
    query = tp.to_query(s)
    assert "lang" not in query
    back, notices = tp.parse_settings(query)
    assert notices == []
    assert back == s


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from([*tp.TABLE.url_keys, "lang", "x"]), st.text(max_size=60)))
def test_any_url_parses_to_valid_settings(params):
    s, notices = tp.parse_settings(params)
    for row in tp.TABLE.settings:
        if row.kind not in ("int", "float"):
            continue
        value = getattr(s, row.name)
        assert row.lo <= value <= row.hi
        assert isinstance(value, int) if row.kind == "int" else isinstance(value, float)
    assert s.model in tp.text_model_ids()
    assert s.decoding in tp.DECODINGS and s.b_decoding in tp.DECODINGS
    assert s.line_length in tp.LINE_LENGTHS and s.rnn_task in tp.RNN_TASKS
    for notice in notices:  # every notice renders in both languages
        for lang in ("zh", "en"):
            assert notice.text(lang)


@pytest.mark.parametrize(
    ("key", "raw", "field", "expected", "notice"),
    [
        ("temperature", "abc", "temperature", 0.8, "not_a_number"),
        ("temperature", "NaN", "temperature", 0.8, "not_a_number"),
        ("temperature", "inf", "temperature", 0.8, "not_a_number"),
        ("temperature", "99", "temperature", 2.0, "out_of_range"),
        ("top_k", "-5", "top_k", 0, "out_of_range"),
        ("top_k", "9999", "top_k", 200, "out_of_range"),
        ("top_p", "0", "top_p", 0.05, "out_of_range"),
        ("seed", "1e30", "seed", tp.SEED_MAX, "out_of_range"),
        ("max_new_tokens", "5000", "max_new_tokens", 200, "out_of_range"),
        ("n", "0", "num_sequences", 1, "out_of_range"),
        ("model", "<script>", "model", "gpt", "unknown_choice"),
        ("decoding", "beam", "decoding", "sample", "unknown_choice"),
        ("line", "6", "line_length", 5, "unknown_choice"),
        ("task", "sonnet", "rnn_task", "acrostic", "unknown_choice"),
    ],
)
def test_tampered_values_are_clamped_with_a_notice(key, raw, field, expected, notice):
    s, notices = tp.parse_settings({key: raw})
    assert getattr(s, field) == expected
    assert [n.kind for n in notices] == [notice]
    assert notices[0].key == key
    # the page's own wording (text_url_*), in both languages
    for lang in ("en", "zh"):
        assert notices[0].text(lang) == t(
            f"text_url_{notice}",
            lang,
            key=tp.md_escape(key),
            value=tp.md_escape(raw),
            used=tp.md_escape(str(expected)),
        )


def test_values_between_slider_steps_go_onto_the_grid():
    # The shared helper puts an in-range value onto the slider's grid without a notice
    # (before the shared helper this page also said so; the value used is the same).
    s, notices = tp.parse_settings({"temperature": "0.731"})
    assert s.temperature == 0.75
    assert notices == []


def test_valid_values_give_no_notice_and_lists_take_the_last():
    s, notices = tp.parse_settings(
        {"temperature": "1.2", "top_k": ["5", "7"], "model": "rnn", "line": "7"}
    )
    assert (s.temperature, s.top_k, s.model, s.line_length) == (1.2, 7, "rnn", 7)
    assert notices == []


def test_long_prompt_in_url_keeps_its_end_with_a_notice():
    prompt = "a" * 1500 + "END"
    s, notices = tp.parse_settings({"prompt": prompt})
    assert len(s.prompt) == tp.MAX_URL_PROMPT and s.prompt.endswith("END")
    assert [n.kind for n in notices] == ["too_long"]
    assert "1000" in notices[0].text("en") and notices[0].text("en") == t(
        "text_url_too_long", "en", key="prompt", value=tp.md_escape(prompt), used="1000", limit=1000
    )
    assert tp.to_query(replace(tp.DEFAULTS, prompt=prompt))["prompt"] == s.prompt


def test_notice_escapes_hostile_values_for_markdown():
    _, notices = tp.parse_settings({"temperature": "**x**<b>[a](javascript:1)"})
    shown = notices[0].text("en")
    assert "**x**" not in shown and "<b>" not in shown and "](" not in shown
    assert "\\*\\*x\\*\\*" in shown


def test_md_escape_shortens_and_hides_control_characters():
    assert tp.md_escape("a" * 100, limit=10) == "a" * 9 + "…"
    assert "\x1b" not in tp.md_escape("\x1b[31mred")
    assert tp.md_escape("春夏") == "春夏"


def test_url_subset_keeps_only_this_pages_keys():
    params = {"lang": "zh", "prompt": "hi", "risk": "3", "top_k": ["1", "2"]}
    assert tp.TABLE.url_subset(params) == {"prompt": "hi", "top_k": "2"}


def test_slider_bounds_come_from_the_table():
    assert tp.slider_bounds("top_k") == (0, 200, 1)
    assert all(isinstance(x, int) for x in tp.slider_bounds("seed"))
    assert tp.slider_bounds("b_temperature") == (0.05, 2.0, 0.05)
    with pytest.raises(ValueError):
        tp.slider_bounds("prompt")


def test_todays_url_keys_are_the_tables():
    # shared links use these short keys: renaming one breaks every link already sent
    assert {s.name: s.url_key for s in tp.TABLE.settings} == {
        "model": "model",
        "prompt": "prompt",
        "max_new_tokens": "max_new_tokens",
        "num_sequences": "n",
        "decoding": "decoding",
        "temperature": "temperature",
        "top_k": "top_k",
        "top_p": "top_p",
        "repetition_penalty": "rep",
        "seed": "seed",
        "rnn_task": "task",
        "first_line": "first",
        "heads": "heads",
        "line_length": "line",
        "n_lines": "lines",
        "b_decoding": "b_decoding",
        "b_temperature": "b_temperature",
        "b_top_k": "b_top_k",
        "b_top_p": "b_top_p",
    }
    assert set(tp.TABLE.defaults) == {f.name for f in fields(tp.Settings)}


def test_settings_from_widgets_clamp_and_default():
    s = tp.settings_from_values({"temperature": 9.0, "top_k": -1, "seed": None, "prompt": "x"})
    assert (s.temperature, s.top_k, s.seed, s.prompt) == (2.0, 0, tp.DEFAULTS.seed, "x")


# --- lengths -------------------------------------------------------------------------------


def test_fit_lengths_examples():
    short = tp.fit_lengths(10, 256, 50)
    assert (short.kept_tokens, short.new_tokens) == (10, 50)
    assert not short.prompt_truncated and not short.new_tokens_clamped
    long = tp.fit_lengths(400, 256, 50)
    assert (long.kept_tokens, long.new_tokens, long.prompt_truncated) == (206, 50, True)
    both = tp.fit_lengths(200, 256, 150)
    assert (both.kept_tokens, both.new_tokens) == (128, 128)
    assert both.prompt_truncated and both.new_tokens_clamped
    capped = tp.fit_lengths(5, 4096, 1000)
    assert capped.new_tokens == 200 and capped.new_tokens_clamped
    assert tp.fit_lengths(5, 256, 10, cut_chars=True).prompt_truncated


@given(st.integers(1, 5000), st.integers(2, 2048), st.integers(-10, 10_000))
def test_fit_lengths_never_exceed_the_context(prompt_tokens, context, asked):
    plan = tp.fit_lengths(prompt_tokens, context, asked)
    assert plan.kept_tokens + plan.new_tokens <= context
    assert 1 <= plan.new_tokens <= 200
    assert plan.kept_tokens >= min(prompt_tokens, context // 2)
    assert plan.prompt_truncated == (plan.kept_tokens < prompt_tokens)
    assert plan.new_tokens_clamped == (plan.new_tokens != asked)


def test_length_notices_render_numbers():
    notices = tp.length_notices(tp.fit_lengths(400, 256, 150))
    assert [n.key for n in notices] == ["text_prompt_truncated", "text_new_tokens_clamped"]
    assert "400" in notices[0].text("en") and "128" in notices[0].text("en")
    assert "150" in notices[1].text("zh")
    assert tp.length_notices(tp.fit_lengths(3, 256, 5)) == []


@pytest.mark.parametrize(
    ("text", "blank"),
    [("", True), (None, True), ("   \n\t", True), ("\x00\x1b", True), ("a", False), ("春", False)],
)
def test_is_blank(text, blank):
    assert tp.is_blank(text) is blank


def test_sequence_seeds():
    assert tp.sequence_seeds(7, 3, greedy=False) == [7, 8, 9]
    assert tp.sequence_seeds(7, 3, greedy=True) == [7]
    assert tp.sequence_seeds(tp.SEED_MAX, 2, greedy=False) == [tp.SEED_MAX, 0]
    assert len(tp.sequence_seeds(0, 99, greedy=False)) == 5


def test_sampling_params_for_both_sides():
    s = replace(tp.DEFAULTS, temperature=0.5, b_decoding="greedy", b_temperature=1.9, seed=3)
    a, b = s.sampling("a"), s.sampling("b")
    assert a.do_sample and a.temperature == 0.5
    assert not b.do_sample and b.temperature == 1.9
    shared = ("max_new_tokens", "repetition_penalty", "seed")
    assert all(getattr(a, k) == getattr(b, k) for k in shared) and a.seed == 3
    assert "0.5" in tp.describe_side(a, "en")
    assert "greedy" in tp.describe_side(b, "en") and "贪心" in tp.describe_side(b, "zh")
    assert "off" in tp.describe_side(replace(a, top_k=0), "en")
    assert [p.seed for p in tp.sequence_params(replace(s, num_sequences=3))] == [3, 4, 5]
    assert s.sampling(seed=9) == replace(a, seed=9)


def test_render_calls_pass_the_text_so_far():
    shown: list[str] = []
    sink: list[str] = []
    calls = tp.as_render_calls(iter(["Hel", "lo", " **w**"]), shown.append, sink)
    for call in calls:
        assert callable(call)
        call()
    assert shown == ["Hel", "Hello", "Hello **w**"]
    assert "".join(sink) == "Hello **w**"


# --- explorer ------------------------------------------------------------------------------


def _dist(removed: list[bool], tokens: list[str] | None = None) -> dict:
    tokens = tokens or [f"t{i}" for i in range(len(removed))]
    before = [0.4, 0.2, 0.1, 0.05, 0.05][: len(removed)]
    kept = [b for b, r in zip(before, removed, strict=True) if not r]
    after = [0.0 if r else b / sum(kept) for b, r in zip(before, removed, strict=True)]
    return {
        "candidates": [
            {"token": tok, "token_id": i, "prob_before": b, "prob_after": a, "removed": r}
            for i, (tok, b, a, r) in enumerate(zip(tokens, before, after, removed, strict=True))
        ],
        "kept": len(kept),
        "other_before": 1 - sum(before),
        "other_after": 0.0,
    }


def test_explorer_rows_say_what_removed_a_candidate():
    rows = tp.explorer_rows(_dist([False, False, True, True]), top_k=3, greedy=False)
    assert [r.reason for r in rows] == ["", "", "top_p", "top_k"]
    rows = tp.explorer_rows(_dist([False, True, True]), top_k=0, greedy=True)
    assert [r.reason for r in rows] == ["", "greedy", "greedy"]


def test_explorer_labels_are_visible_and_unique():
    rows = tp.explorer_rows(_dist([False] * 4, [" the", "\n", " the", ""]), top_k=0, greedy=False)
    assert [r.label for r in rows] == ["␣the", "↵", "␣the #2", "∅"]
    assert tp.token_label("a\x07\ufffd") == "a\\x07�"


def test_explorer_filter_greedy_is_top_k_one():
    greedy = replace(tp.DEFAULTS, decoding="greedy", repetition_penalty=1.3).sampling()
    assert greedy.filtering().top_k == 1 and greedy.filtering().temperature == 1.0
    assert greedy.filtering().repetition_penalty == 1.3
    sample = replace(tp.DEFAULTS, top_k=7, top_p=0.5, temperature=1.3).sampling().filtering()
    assert (sample.top_k, sample.top_p, sample.temperature) == (7, 0.5, 1.3)


def test_explorer_path_follows_its_prompt():
    path = tp.ExplorerPath().follow("a")
    path.pick(5)
    path.pick(6)
    path.undo()
    assert path.follow("a").picked == [5]
    assert path.follow("b").picked == [] and path.prompt == "b"
    path.pick(1)
    path.reset()
    assert path.picked == [] and not path.full


def test_example_prompts_in_both_languages():
    en, zh = tp.example_prompts("en"), tp.example_prompts("zh")
    assert sorted(en) == sorted(zh)
    assert en[0] == "The quick brown fox jumps over the lazy"
    assert re.search(r"[\u4e00-\u9fff]", zh[0])


def test_chinese_examples_and_default_are_modern_prompts_but_one_poem_line():
    """The Chinese UI opens on modern prompts (those the GPT's quality check continues in
    modern Chinese); one poem line stays, the classical text both models learned."""
    from aigc_dash.playgrounds import course
    from aigc_dash.training.evaluate_text import MODERN_PROMPTS

    zh = [p for lang, p in tp.EXAMPLE_PROMPTS if lang == "zh"]
    classical = [p for p in zh if p not in MODERN_PROMPTS]
    assert classical == ["床前明月光，"], classical
    assert tp.example_prompts("zh")[0] in MODERN_PROMPTS
    assert course.default_prompt("zh") in MODERN_PROMPTS


# --- chart ---------------------------------------------------------------------------------

LABELS = {
    key: t(f"text_chart_{key}", "en")
    for key in (
        "before",
        "after",
        "other",
        "removed_top_k",
        "removed_top_p",
        "removed_greedy",
        "title",
        "x_title",
    )
}


def test_chart_marks_removed_candidates():
    dist = _dist([False, False, True, True])
    rows = tp.explorer_rows(dist, top_k=3, greedy=False)
    fig = text_charts.next_token_bars(
        rows, other_before=dist["other_before"], other_after=0.0, labels=LABELS
    )
    before, after = fig.data
    assert list(before.y) == ["t0", "t1", "t2", "t3", "(all other tokens)"]
    assert list(before.x)[:4] == [0.4, 0.2, 0.1, 0.05]
    assert list(after.x)[2:4] == [0.0, 0.0]
    assert list(after.text)[2:4] == ["removed by top-p", "removed by top-k"]
    assert after.marker.color[0] == text_charts.KEPT_COLOUR
    assert after.marker.color[2] == text_charts.REMOVED_COLOUR
    assert abs(sum(after.x) - 1.0) < 1e-9


# --- model cards ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_bundled_model_cards_state_size_data_and_metrics(lang):
    for model_id in ("gpt", "rnn"):
        if not tp.model_ready(model_id):
            pytest.skip(f"{model_id} is not trained yet")
        card = "\n".join(tp.model_card(model_id, lang))
        params = models.REGISTRY[model_id].path / "training_info.json"
        info = __import__("json").loads(params.read_text(encoding="utf-8"))
        assert f"{info['parameters'] / 1e6:.2f}" in card
        if model_id == "gpt":
            assert str(info["heldout"]["en"]["perplexity"]) in card
            assert "GPT-2" in card and "124" in card
            # the modern Chinese corpus, its licences and its own held-out score
            assert str(info["heldout"]["zh_modern"]["perplexity"]) in card
            assert "manpages-zh" in card and "GFDL-1.2+" in card and "GPL-2+" in card
        else:
            assert str(info["heldout"]["perplexity"]) in card


def test_model_card_of_an_untrained_folder_and_of_a_hub_model(tmp_path, monkeypatch):
    monkeypatch.setattr(models, "MODELS_DIR", tmp_path)
    assert not tp.model_ready("gpt")
    card = tp.model_card("gpt", "en")
    assert "No training information" in card[0]
    hub = tp.model_card("gpt2", "en")
    assert "openai-community/gpt2" in hub[0].replace("\\", "") and "124M" in hub[0]
    assert tp.model_ready("gpt2") and not tp.model_ready("no-such-model")


# --- warm-up -------------------------------------------------------------------------------


def test_warmup_runs_once_and_keeps_errors():
    calls: list[int] = []
    gate = threading.Event()

    def load():
        calls.append(1)
        gate.wait(5)

    assert tp.start_warmup("test-once", load)
    assert not tp.start_warmup("test-once", load)
    assert not tp.warmup_done("test-once")
    gate.set()
    tp._warm_threads["test-once"].join(5)
    assert tp.warmup_done("test-once") and calls == [1]

    def boom():
        raise OSError("disk gone")

    tp.start_warmup("test-error", boom)
    tp._warm_threads["test-error"].join(5)
    assert tp.warmup_error("test-error") == "OSError: disk gone"
    assert tp.warmup_done("never-started") and tp.warmup_error("never-started") is None


# --- strings and imports -------------------------------------------------------------------


def test_every_string_the_page_uses_exists():
    sources = PAGE.read_text(encoding="utf-8") + Path(tp.__file__).read_text(encoding="utf-8")
    sources += VIEW.read_text(encoding="utf-8")
    literal = set(re.findall(r"\"(text_[a-z0-9_]+)\"", sources))
    literal -= {f"text_{name}" for name in tp.TABLE.defaults}  # widget keys
    literal -= {
        "text_url_backup",
        "text_explorer",
        "text_result",
        "text_compare_result",
        "text_poem_result",
        "text_example",
        "text_pick",
        "text_generate",
        "text_step",
        "text_undo",
        "text_restart",
        "text_compare_run",
        "text_rnn_generate",
        "text_download",
        "text_poem_download",
        "text_explorer_chart",
        "text_course_prompt",  # the course-code panel's widgets and run (ui.text_playground)
        "text_course_run",
        "text_course_table",
        "text_course_result",
    } - set(STRINGS)
    dynamic = {
        f"text_fallback_{r}"
        for r in (
            "unknown",
            "hub_disabled",
            "hub_not_allowed",
            "hub_unreachable",
            "hub_load_failed",
        )
    }
    numeric = [s.name for s in tp.TABLE.settings if s.kind in ("int", "float")]
    dynamic |= {f"text_{name}" for name in numeric if not name.startswith("b_")}
    dynamic |= {f"text_{name}_help" for name in numeric if not name.startswith("b_")}
    dynamic |= {f"text_url_{kind}" for kind in get_args(NoticeKind)}
    dynamic |= {f"text_chart_{k}" for k in text_charts.LABEL_KEYS} | {
        "text_model_gpt",
        "text_model_rnn",
    }
    dynamic |= {f"text_rnn_task_{k}" for k in tp.RNN_TASKS}
    dynamic |= {f"text_rnn_truncated_{k}" for k in tp.RNN_TASKS}
    dynamic |= {f"text_decoding_{d}" for d in tp.DECODINGS}
    dynamic |= {f"text_line_length_{n}" for n in tp.LINE_LENGTHS}
    dynamic |= {f"text_steps_{k}{s}" for k in ("rnn", "transformer") for s in ("", "_note")}
    dynamic |= {
        "text_empty_prompt",
        "text_line_length",
    }  # aigc_dash.generation.text.TextInputError keys
    missing = sorted(k for k in literal | dynamic if k not in STRINGS)
    assert not missing


def test_pure_modules_import_neither_torch_nor_streamlit():
    code = (
        "import sys, aigc_dash.playgrounds.text, aigc_dash.charts.text; "
        "bad = [m for m in ('torch', 'transformers', 'streamlit') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=60)


@pytest.mark.parametrize(("env", "expected"), [(None, 1), ("3", 3), ("0", 1), ("lots", 1)])
def test_torch_threads_setting(monkeypatch, env, expected):
    if env is None:
        monkeypatch.delenv(tp.TORCH_THREADS_ENV, raising=False)
    else:
        monkeypatch.setenv(tp.TORCH_THREADS_ENV, env)
    assert tp.torch_threads() == expected
