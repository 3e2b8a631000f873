"""Scale-out: the OpenAI-compatible client against a real ``transformers serve`` serving the
bundled GPT, and against a local server that fails on cue. Everything stays on localhost."""

from __future__ import annotations

import threading
import time

import pytest

from aigc_dash.generation import remote, text
from tests.serving import GPT_DIR, misbehaving_server, serving_available, stop, transformers_serve

pytestmark = pytest.mark.slow

P = remote.RemoteParams(max_tokens=12, temperature=0.8, top_p=0.95, seed=7)


@pytest.fixture(autouse=True)
def fresh_clients(monkeypatch):
    """Each test builds its clients with the timeouts it set."""
    monkeypatch.setattr(remote, "_clients", {})
    monkeypatch.setattr(remote, "_capabilities", {})


@pytest.fixture(scope="module")
def served():
    reason = serving_available()
    if reason:
        pytest.skip(reason)
    with transformers_serve() as (url, proc):
        yield remote.ServerConfig(url, (GPT_DIR,)), proc


# --- configuration -----------------------------------------------------------------------


def test_nothing_is_configured_or_contacted_when_the_url_is_unset(monkeypatch):
    for name in ("AIGC_INFERENCE_URL", "AIGC_INFERENCE_MODELS", "AIGC_INFERENCE_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    assert remote.server_config() is None


def test_config_from_the_environment_keeps_the_key_out_of_its_repr(monkeypatch):
    monkeypatch.setenv("AIGC_INFERENCE_URL", "http://127.0.0.1:9/v1/")
    monkeypatch.setenv("AIGC_INFERENCE_MODELS", "a, b,a,,c")
    monkeypatch.setenv("AIGC_INFERENCE_CHAT_MODELS", "c,zzz")
    monkeypatch.setenv("AIGC_INFERENCE_API_KEY", "sk-secret-123")
    cfg = remote.server_config()
    assert cfg is not None
    assert cfg.base_url == "http://127.0.0.1:9/v1"
    assert cfg.models == ("a", "b", "c")
    assert cfg.chat_models == ("c",)  # only models that are offered
    assert cfg.endpoint("a") == "completions" and cfg.endpoint("c") == "chat"
    assert "sk-secret" not in repr(cfg)
    assert remote.server_model(remote.model_choice_id("org/m")) == "org/m"
    assert remote.server_model("gpt") is None


# --- against a real transformers serve --------------------------------------------------


def test_streams_a_continuation_from_the_server(served):
    cfg, _ = served
    pieces = list(remote.stream(cfg, GPT_DIR, "The quick brown fox", P))
    assert len(pieces) >= 2  # it arrived in pieces, not at once
    assert "".join(pieces).strip()


def test_n_sequences_come_back_even_from_a_server_that_returns_one(served):
    cfg, _ = served
    texts, topped_up = remote.complete(cfg, GPT_DIR, "def read_config(path):", P, n=3)
    assert len(texts) == 3 and all(t.strip() for t in texts)
    # transformers serve (5.24) answers n>1 with one choice: the rest were asked one by one
    assert topped_up


def test_this_server_has_no_logprobs_and_no_extra_sampling_parameters(served):
    cfg, _ = served
    assert remote.next_token_logprobs(cfg, GPT_DIR, "The quick brown") is None
    caps = remote.capabilities(cfg, GPT_DIR)
    assert caps == remote.Capabilities(extra_sampling=False, logprobs=False)


def test_streaming_from_the_server_does_not_wait_for_the_in_process_lock(served):
    cfg, _ = served
    holding = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with text._GENERATE_LOCK:
            holding.set()
            release.wait(60)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert holding.wait(10)
        got = "".join(remote.stream(cfg, GPT_DIR, "Hello", P))
        assert got.strip()
    finally:
        release.set()
        holder.join()


def test_a_wrong_model_id_gives_an_error_kind_not_a_traceback(served):
    cfg, _ = served
    with pytest.raises(remote.RemoteError) as err:
        list(remote.stream(cfg, "no-such/model", "Hello", P))
    # transformers serve answers an unknown model with 500; vLLM with 404
    assert err.value.kind in ("not_found", "server")


def test_a_killed_server_is_reported_within_5_seconds(served):
    cfg, proc = served
    stop(proc)  # the last test of the module: the fixture's server is gone after this
    t0 = time.monotonic()
    with pytest.raises(remote.RemoteError) as err:
        list(remote.stream(cfg, GPT_DIR, "Hello", P))
    assert err.value.kind == "unreachable"
    assert time.monotonic() - t0 < 5


# --- failures on cue ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def bad_server():
    with misbehaving_server() as url:
        yield url


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (401, "auth"),
        (403, "auth"),
        (404, "not_found"),
        (429, "busy"),
        (503, "server"),
        (400, "bad_request"),
    ],
)
def test_each_refusal_has_its_kind(bad_server, status, kind):
    cfg = remote.ServerConfig(bad_server, (f"status-{status}",), api_key="sk-secret-123")
    t0 = time.monotonic()
    with pytest.raises(remote.RemoteError) as err:
        list(remote.stream(cfg, f"status-{status}", "Hello", P))
    assert err.value.kind == kind
    assert err.value.status == status
    assert "sk-secret" not in str(err.value)
    assert time.monotonic() - t0 < 5


def test_a_stream_cut_mid_way_keeps_the_text_received(bad_server):
    cfg = remote.ServerConfig(bad_server, ("cut",))
    received: list[str] = []
    with pytest.raises(remote.RemoteError) as err:
        for piece in remote.stream(cfg, "cut", "Hello", P):
            received.append(piece)
    assert received == ["Hello", " world"]
    assert err.value.kind == "cut"
    assert err.value.partial == "Hello world"


def test_a_silent_server_times_out_on_the_first_token(bad_server, monkeypatch):
    monkeypatch.setattr(remote, "FIRST_TOKEN_TIMEOUT_S", 1.0)
    cfg = remote.ServerConfig(bad_server, ("silent",))
    t0 = time.monotonic()
    with pytest.raises(remote.RemoteError) as err:
        list(remote.stream(cfg, "silent", "Hello", P))
    assert err.value.kind == "timeout"
    assert time.monotonic() - t0 < 2.5


def test_an_unreachable_server_is_reported_within_5_seconds():
    from tests.helpers import free_port

    cfg = remote.ServerConfig(f"http://127.0.0.1:{free_port()}/v1", ("m",))
    t0 = time.monotonic()
    with pytest.raises(remote.RemoteError) as err:
        list(remote.stream(cfg, "m", "Hello", P))
    assert err.value.kind == "unreachable"
    assert time.monotonic() - t0 < 5


def test_the_total_time_is_bounded_by_max_tokens():
    assert remote.total_timeout_s(1) < remote.total_timeout_s(200)
    assert remote.total_timeout_s(200) == remote.FIRST_TOKEN_TIMEOUT_S + 200 * 0.5


# --- the next-token explorer's client-side reshaping ------------------------------------


def test_reshape_recomputes_temperature_and_top_p_on_the_returned_candidates():
    import math

    lps = [("b", math.log(0.3)), ("a", math.log(0.5)), ("c", math.log(0.2))]
    same = remote.reshape(lps, 1.0, 1.0)
    assert [c.token for c in same] == ["a", "b", "c"]  # most likely first
    assert [round(c.prob_before, 6) for c in same] == [0.5, 0.3, 0.2]
    assert [round(c.prob_after, 6) for c in same] == [0.5, 0.3, 0.2]
    assert all(c.kept for c in same)
    sharp = remote.reshape(lps, 0.5, 1.0)
    assert sharp[0].prob_after > 0.5 and abs(sum(c.prob_after for c in sharp) - 1) < 1e-9
    assert sharp[0].prob_before == same[0].prob_before  # "before" is the server's own
    flat = remote.reshape(lps, 2.0, 1.0)
    assert flat[0].prob_after < 0.5
    nucleus = remote.reshape(lps, 1.0, 0.6)
    assert [c.kept for c in nucleus] == [True, True, False]
    assert nucleus[2].prob_after == 0 and abs(nucleus[0].prob_after - 0.5 / 0.8) < 1e-9
    assert remote.reshape(lps, 1.0, 0.01)[0].kept  # the most likely token always stays
    assert remote.reshape([], 1.0, 1.0) == []


def test_params_send_extras_only_where_accepted():
    p = remote.RemoteParams(max_tokens=5, top_k=40, repetition_penalty=1.2, seed=None)
    args, extra = p.body(extras=False)
    assert extra == {} and "seed" not in args and args["max_tokens"] == 5
    _, extra = p.body(extras=True)
    assert extra == {"top_k": 40, "repetition_penalty": 1.2}
