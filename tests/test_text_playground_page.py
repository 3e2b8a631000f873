"""Text playground page through AppTest, with the real bundled models (no mocks).

The models are loaded once per pytest process (``st.cache_resource``); the first test pays
for it. Generations are kept short so the whole file stays well under a minute.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import replace

import pytest

from aigc_dash.generation import text
from aigc_dash.playgrounds import text as tp
from aigc_dash.ui import models as model_cache
from tests.helpers import page, run_page

PATH = "pages/4_Text_Playground.py"
pytestmark = pytest.mark.slow

if not (tp.model_ready("gpt") and tp.model_ready("rnn")):
    pytest.skip("the bundled text models are not trained yet", allow_module_level=True)


def _ok(at) -> None:
    assert not at.exception, [e.value for e in at.exception]


def _messages(at) -> str:
    return "\n".join(m.value for m in [*at.warning, *at.info, *at.error])


def _chart(at) -> dict:
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.spec)


@pytest.fixture(scope="module")
def warm():
    """Run the page once so the models are loaded (and show it needs no exception)."""
    at = run_page(PATH, "en", timeout=180)
    _ok(at)
    return at


def test_page_shows_card_steps_and_controls(warm):
    at = warm
    body = "\n".join(m.value for m in at.markdown)
    assert "Model card" in body and "GPT-2 small" in body
    assert "Self-attention" in body  # the course notes' Transformer steps beside the controls
    keys = {w.key for w in at.slider}
    assert {
        "text_max_new_tokens",
        "text_num_sequences",
        "text_temperature",
        "text_top_k",
        "text_top_p",
        "text_repetition_penalty",
    } <= keys
    assert at.number_input(key="text_seed").value == tp.DEFAULTS.seed
    assert at.text_area(key="text_prompt").value == "The quick brown fox jumps over the lazy"
    captions = "\n".join(c.value for c in at.caption)
    assert "Divides the scores before softmax" in captions  # a one-liner per control


def test_generate_streams_plain_text_seeded(warm):
    at = run_page(PATH, "en", timeout=120, max_new_tokens="12", n="2")
    at.button(key="text_generate").click().run()
    _ok(at)
    outputs = [c for c in at.code if c.language in (None, "", "plaintext")]
    assert len(outputs) >= 3  # two sequences + the explorer's text so far
    first, second = outputs[0].value, outputs[1].value
    assert first.strip() and second.strip()
    assert not any(m.value == first for m in at.markdown)  # shown as code, never Markdown
    captions = "\n".join(c.value for c in at.caption)
    assert "Sequence 1 (seed 42)" in captions and "Sequence 2 (seed 43)" in captions
    assert at.get("download_button")
    # same seed, same settings -> same text (greedy would be trivially so: this is sampling)
    expected = text.generate(
        model_cache.cached_text_pipeline("gpt"),
        tp.DEFAULTS.prompt,
        replace(tp.DEFAULTS, max_new_tokens=12).sampling(),
    )[0]
    result = at.session_state["text_result"]
    assert isinstance(result, tp.GenerationRun) and result.seeds == (42, 43)
    assert result.texts[0] == expected
    assert first == expected.removesuffix("\n")  # st.code drops one trailing newline


def test_explorer_bars_follow_temperature_and_top_k(warm):
    at = run_page(PATH, "en", timeout=120, temperature="0.5", top_k="0", top_p="1.0")
    _ok(at)
    cold = _chart(at)["data"]
    at.slider(key="text_temperature").set_value(1.5).run()
    hot = _chart(at)["data"]
    # the model's own probabilities do not move; the sampling ones flatten as T rises
    assert cold[0]["x"] == hot[0]["x"]
    assert cold[1]["x"][0] > cold[0]["x"][0] > hot[1]["x"][0]
    at.slider(key="text_top_k").set_value(3).run()
    _ok(at)
    data = _chart(at)["data"]
    after, labels = data[1]["x"][:-1], data[1]["text"][:-1]
    assert sum(1 for p in after if p > 0) == 3
    assert labels[3:] == ["removed by top-k"] * (len(labels) - 3)
    assert "7 of the top 10 removed" in "\n".join(c.value for c in at.caption)
    # step on, token by token: the picked token joins the text
    before = [c.value for c in at.code][-1]
    at.button(key="text_step").click().run()
    at.button(key="text_step").click().run()
    _ok(at)
    assert len(at.session_state["text_explorer"].picked) == 2
    assert "2 tokens picked" in "\n".join(m.value for m in at.markdown)
    after_text = [c.value for c in at.code][-1]
    assert after_text.startswith(before) and len(after_text) > len(before)


def test_compare_same_prompt_and_seed(warm):
    same = {"b_temperature": "0.8", "b_top_k": "50", "b_top_p": "0.95", "max_new_tokens": "10"}
    at = run_page(PATH, "en", timeout=120, **same)
    at.button(key="text_compare_run").click().run()
    _ok(at)
    codes = [c.value for c in at.code]
    assert codes[-1] == codes[-2] and codes[-1].strip()  # identical settings, identical text
    at.radio(key="text_b_decoding").set_value("greedy").run()
    at.button(key="text_compare_run").click().run()
    _ok(at)
    captions = "\n".join(c.value for c in at.caption)
    assert "greedy, repetition penalty" in captions


def _poem_lines(body: str) -> list[str]:
    return [line for line in re.split(r"[，。\n]", body) if line]


def test_rnn_acrostic_lines_start_with_the_heads(warm):
    at = run_page(PATH, "zh", timeout=120, model="rnn", heads="春夏秋冬", line="7")
    _ok(at)
    at.button(key="text_rnn_generate").click().run()
    _ok(at)
    lines = _poem_lines(at.code[-1].value)
    assert [line[0] for line in lines] == list("春夏秋冬")
    assert all(len(line) == 7 for line in lines)
    # characters the model has never seen are skipped, with a notice
    at.text_input(key="text_heads").set_value("春A😀秋").run()
    at.button(key="text_rnn_generate").click().run()
    _ok(at)
    assert "已跳过" in _messages(at)
    assert [line[0] for line in _poem_lines(at.code[-1].value)] == ["春", "秋"]


def test_rnn_continues_a_first_line(warm):
    at = run_page(PATH, "en", timeout=120, model="rnn", task="continue", first="白日依山尽")
    at.button(key="text_rnn_generate").click().run()
    _ok(at)
    lines = _poem_lines(at.code[-1].value)
    assert lines[0] == "白日依山尽" and len(lines) == 4
    assert all(len(line) == 5 for line in lines)
    at.text_input(key="text_first_line").set_value("   ").run()
    _ok(at)
    assert "Type some Chinese characters first" in _messages(at)
    assert at.button(key="text_rnn_generate").disabled


def test_bad_inputs_show_messages(warm):
    at = run_page(PATH, "en", timeout=120, prompt="")
    _ok(at)
    assert "Type a prompt first" in _messages(at)
    assert at.button(key="text_generate").disabled
    assert not at.get("plotly_chart")  # no explorer without a prompt
    # a prompt longer than the context: cut from the left, with a notice; lengths clamped
    at.text_area(key="text_prompt").set_value("open the file and read it. " * 120).run()
    at.slider(key="text_max_new_tokens").set_value(200).run()
    _ok(at)
    shown = _messages(at)
    assert "cut from the left" in shown and "at most" in shown
    at.button(key="text_generate").click().run()
    _ok(at)
    # tampered link values: clamped or replaced, each with a notice, never an exception
    at = run_page(PATH, "zh", timeout=120, temperature="NaN", top_k="-3", seed="x", model="evil")
    _ok(at)
    shown = _messages(at)
    assert shown.count("链接中的参数") == 4
    assert at.slider(key="text_top_k").value == 0
    assert at.query_params.get("lang") == "zh"


def test_hub_model_falls_back_to_the_bundled_one_fast(warm, monkeypatch):
    # Hub switched off: the link's hub model is refused with the reason.
    at = run_page(PATH, "en", timeout=120, model="gpt2")
    _ok(at)
    assert "switched off here" in _messages(at)
    # Hub on and allowed, but no network: message and the bundled model within 5 s.
    monkeypatch.setenv("AIGC_ENABLE_HUB", "1")
    monkeypatch.setenv("AIGC_HUB_ALLOWLIST", "gpt2")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    start = time.perf_counter()
    at = run_page(PATH, "en", timeout=120, model="gpt2")
    elapsed = time.perf_counter() - start
    _ok(at)
    assert "cannot be reached" in _messages(at)
    assert elapsed < 5, elapsed
    assert at.selectbox(key="text_model").value == "gpt2"  # kept; the bundled one answers
    assert _chart(at)  # the bundled model answers


def test_settings_round_trip_through_the_url(warm):
    at = run_page(PATH, "en", timeout=120)
    at.slider(key="text_temperature").set_value(1.25).run()
    at.radio(key="text_decoding").set_value("greedy").run()
    _ok(at)
    query = dict(at.query_params)
    assert query["temperature"] == "1.25" and query["decoding"] == "greedy"
    assert query["lang"] == "en"
    again = page(PATH, "en", timeout=120)
    for key, value in query.items():
        again.query_params[key] = value
    again.run()
    _ok(again)
    assert again.slider(key="text_temperature").value == 1.25
    assert again.radio(key="text_decoding").value == "greedy"
    assert not again.warning  # a link the page wrote itself has nothing to complain about
    # an example prompt fills the box and the link
    again.selectbox(key="text_example").set_value("床前明月光，").run()
    _ok(again)
    assert again.text_area(key="text_prompt").value == "床前明月光，"
    assert again.query_params["prompt"] == "床前明月光，"


@pytest.mark.parametrize(
    ("prompt", "asked"), [("short prompt", 8), ("word " * 400, 5), ("y" * 30_000, 3)]
)
def test_length_plan_matches_the_generation_functions(warm, prompt, asked):
    # (a clamped case generates >= 128 tokens, too slow here; fit_lengths' unit tests cover it)
    pipe = model_cache.cached_text_pipeline("gpt")
    plan = tp.plan_for(pipe, prompt, asked)
    greedy = text.SamplingParams(max_new_tokens=asked, do_sample=False)
    result = text.generate_with_info(pipe, prompt, greedy)
    assert plan.kept_tokens == result.prompt_tokens
    assert plan.new_tokens == result.max_new_tokens
    assert plan.prompt_truncated == result.prompt_truncated
    assert plan.new_tokens_clamped == result.new_tokens_clamped


def _values(at) -> dict:
    """What the widgets show (the ones of the mode on screen)."""
    out = {
        w.key: w.value
        for kind in ("slider", "radio", "text_input", "text_area", "selectbox")
        for w in at.get(kind)
        if w.key
    }
    out |= {w.key: w.value for w in at.number_input}
    return out


@pytest.mark.parametrize(
    ("params", "expected", "n_notices"),
    [
        # links shared before the page moved to the shared URL helper: every key still works
        (
            {"model": "rnn", "task": "acrostic", "heads": "春夏秋冬", "line": "7"},
            {
                "text_model": "rnn",
                "text_rnn_task": "acrostic",
                "text_heads": "春夏秋冬",
                "text_line_length": 7,
            },
            0,
        ),
        (
            {
                "model": "rnn",
                "task": "continue",
                "first": "床前明月光",
                "lines": "6",
                "temperature": "0.5",
                "top_k": "10",
                "seed": "7",
            },
            {
                "text_rnn_task": "continue",
                "text_first_line": "床前明月光",
                "text_n_lines": 6,
                "text_temperature": 0.5,
                "text_top_k": 10,
                "text_seed": 7,
            },
            0,
        ),
        (
            {
                "prompt": "def main():",
                "temperature": "1.3",
                "n": "3",
                "rep": "1.2",
                "max_new_tokens": "20",
                "decoding": "sample",
                "top_p": "0.8",
                "seed": "5",
            },
            {
                "text_prompt": "def main():",
                "text_temperature": 1.3,
                "text_num_sequences": 3,
                "text_repetition_penalty": 1.2,
                "text_max_new_tokens": 20,
                "text_top_p": 0.8,
                "text_seed": 5,
                "text_decoding": "sample",
            },
            0,
        ),
        (
            {"b_temperature": "0.3", "b_top_k": "7", "b_top_p": "0.6", "b_decoding": "greedy"},
            {
                "text_b_temperature": 0.3,
                "text_b_top_k": 7,
                "text_b_top_p": 0.6,
                "text_b_decoding": "greedy",
            },
            0,
        ),
        # out of range and garbage: clamped or replaced, one notice each
        (
            {
                "temperature": "7",
                "n": "99",
                "rep": "0",
                "top_k": "abc",
                "decoding": "beam",
                "b_top_p": "-1",
            },
            {
                "text_temperature": 2.0,
                "text_num_sequences": 5,
                "text_repetition_penalty": 1.0,
                "text_top_k": 50,
                "text_decoding": "sample",
                "text_b_top_p": 0.05,
            },
            6,
        ),
        (
            {"model": "rnn", "line": "6", "lines": "1e9", "task": "sonnet", "heads": "春" * 50},
            {"text_line_length": 5, "text_rnn_task": "acrostic", "text_heads": "春" * 40},
            4,
        ),
    ],
)
def test_todays_links_keep_working(warm, params, expected, n_notices):
    at = run_page(PATH, "en", timeout=120, **params)
    _ok(at)
    shown = _values(at)
    assert {k: shown[k] for k in expected} == expected
    assert len(at.warning) == n_notices, [w.value for w in at.warning]
    if params.get("lines") == "1e9":  # not on screen in acrostic mode, but kept (and clamped)
        assert at.session_state["text_n_lines"] == 8
    # the page rewrote the link in canonical form: opening it again says nothing
    again = page(PATH, "en", timeout=120)
    for key, value in dict(at.query_params).items():
        again.query_params[key] = value
    again.run()
    _ok(again)
    assert not again.warning
    assert {k: _values(again)[k] for k in expected} == expected


def test_settings_survive_a_page_switch(warm):
    at = run_page(PATH, "en", timeout=120, temperature="1.3", rep="1.2")
    at.switch_page("pages/0_Welcome.py").run()  # Home's page (Home.py is the router)
    _ok(at)
    for key in [k for k in at.query_params if k != "lang"]:  # a page switch drops the query
        del at.query_params[key]
    at.switch_page(PATH).run()
    _ok(at)
    assert at.slider(key="text_temperature").value == 1.3
    assert at.slider(key="text_repetition_penalty").value == 1.2
    assert at.query_params["temperature"] == "1.3"
