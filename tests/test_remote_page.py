"""The Text playground with an inference server configured: a real ``transformers serve``
serving the bundled GPT (and, for failures, a local server that fails on cue), through
AppTest in both languages. With the variables unset nothing changes."""

from __future__ import annotations

import time

import pytest

from aigc_dash.generation import remote
from aigc_dash.playgrounds import text as tp
from tests.helpers import run_page
from tests.serving import GPT_DIR, misbehaving_server, serving_available, transformers_serve

PATH = "pages/4_Text_Playground.py"
SERVER_ID = remote.model_choice_id(GPT_DIR)
pytestmark = pytest.mark.slow

if not tp.model_ready("gpt"):
    pytest.skip("the bundled GPT is not trained yet", allow_module_level=True)


def _ok(at) -> None:
    assert not at.exception, [e.value for e in at.exception]


def _codes(at) -> list[str]:
    return [c.value for c in at.code]


@pytest.fixture(autouse=True)
def fresh(monkeypatch):
    monkeypatch.setattr(remote, "_clients", {})
    monkeypatch.setattr(remote, "_capabilities", {})
    for name in ("AIGC_INFERENCE_URL", "AIGC_INFERENCE_MODELS", "AIGC_INFERENCE_CHAT_MODELS"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def server_url():
    reason = serving_available()
    if reason:
        pytest.skip(reason)
    with transformers_serve() as (url, _proc):
        yield url


def _use(monkeypatch, url: str, models: str) -> None:
    monkeypatch.setenv("AIGC_INFERENCE_URL", url)
    monkeypatch.setenv("AIGC_INFERENCE_MODELS", models)


def test_without_a_server_nothing_changes():
    at = run_page(PATH, "en", timeout=180)
    _ok(at)
    assert at.selectbox(key="text_model").options == [
        "Bundled Transformer (GPT-2 architecture, English and Chinese)",
        "Bundled RNN (classical poems, character by character)",
    ]
    # a server id in a link is refused like any unknown model
    at = run_page(PATH, "en", timeout=180, model=SERVER_ID)
    _ok(at)
    assert at.selectbox(key="text_model").value == "gpt"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_stream_explore_and_compare_on_the_server(server_url, monkeypatch, lang):
    _use(monkeypatch, server_url, GPT_DIR)
    at = run_page(PATH, lang, timeout=180, model=SERVER_ID, max_new_tokens="12", n="2")
    _ok(at)
    label = "Server: " if lang == "en" else "服务器："
    assert any(o.startswith(label) for o in at.selectbox(key="text_model").options)
    page_text = "\n".join(m.value for m in [*at.markdown, *at.caption, *at.info])
    # which endpoint, and why top-k / repetition penalty are off on this server
    assert ("completions" in page_text) and ("`temperature`" in page_text)
    assert at.slider(key="text_top_k").disabled
    assert at.slider(key="text_repetition_penalty").disabled
    # the explorer says this server returns no log-probabilities (a note, not an error)
    assert any(("log-probabilities" in i.value) or ("logprobs" in i.value) for i in at.info)
    assert not at.error

    at.button(key="text_generate").click().run()
    _ok(at)
    result = at.session_state["text_result"]
    assert result.model == SERVER_ID
    assert len(result.texts) == 2 and all(t.strip() for t in result.texts)
    assert at.download_button(key="text_download") is not None

    at.button(key="text_server_compare").click().run()
    _ok(at)
    codes = _codes(at)
    assert len([c for c in codes if c.strip()]) >= 4  # 2 results + server + bundled side


def test_an_unreachable_server_falls_back_to_the_bundled_model_within_5_s(monkeypatch):
    from tests.helpers import free_port

    _use(monkeypatch, f"http://127.0.0.1:{free_port()}/v1", "remote-model")
    at = run_page(PATH, "en", timeout=180, model="server:remote-model", max_new_tokens="5")
    _ok(at)
    t0 = time.monotonic()
    at.button(key="text_generate").click().run()
    elapsed = time.monotonic() - t0
    _ok(at)
    assert any("cannot be reached" in w.value for w in at.warning)
    result = at.session_state["text_result"]
    assert result.model == "gpt" and result.texts[0].strip()
    assert elapsed < 5 + 5  # connect bound (2 s) + the probe's, then 5 bundled tokens


def test_a_cut_stream_keeps_the_text_and_says_so_in_chinese(monkeypatch):
    with misbehaving_server() as url:
        _use(monkeypatch, url, "cut")
        at = run_page(PATH, "zh", timeout=180, model="server:cut", max_new_tokens="5")
        _ok(at)
        at.button(key="text_generate").click().run()
        _ok(at)
    assert any("中途断开" in e.value for e in at.error)
    assert "Hello world" in _codes(at)
    assert at.session_state["text_result"].texts[0] == "Hello world"


def test_a_refusing_server_gives_its_message_and_the_page_stays_usable(monkeypatch):
    with misbehaving_server() as url:
        _use(monkeypatch, url, "status-401")
        at = run_page(PATH, "en", timeout=180, model="server:status-401", max_new_tokens="5")
        _ok(at)
        at.button(key="text_generate").click().run()
        _ok(at)
        assert any("refused the access key" in e.value for e in at.error)
        at.selectbox(key="text_model").set_value("gpt").run()  # the bundled model still works
        _ok(at)
        at.button(key="text_generate").click().run()
        _ok(at)
    assert at.session_state["text_result"].model == "gpt"
