"""The bundled text models through the real loaders: GPT-2 pipeline and poem RNN."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aigc_dash.generation import models, text
from aigc_dash.generation.sampling import UNFILTERED, SamplingParams
from tests.helpers import needs_fortunes

ROOT = Path(__file__).resolve().parent.parent
GPT_DIR = ROOT / "data" / "models" / "gpt"
RNN_DIR = ROOT / "data" / "models" / "rnn"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pipe():
    return models.load_text_pipeline("gpt")


@pytest.fixture(scope="module")
def rnn():
    return models.load_rnn("rnn")


# --- files ---------------------------------------------------------------------------------


def test_bundled_text_models_are_complete_and_small():
    for name in (
        "config.json",
        "generation_config.json",
        "model.safetensors",
        "tokenizer.json",
        "README.md",
        "training_info.json",
    ):
        assert (GPT_DIR / name).is_file(), name
    for name in ("config.json", "vocab.json", "model.safetensors", "README.md"):
        assert (RNN_DIR / name).is_file(), name
    weights = sum(p.stat().st_size for d in (GPT_DIR, RNN_DIR) for p in d.glob("*.safetensors"))
    assert weights <= 30 * 1024 * 1024, f"text weights {weights / 1e6:.1f} MB > 30 MB"
    gen = json.loads((GPT_DIR / "generation_config.json").read_text())
    assert gen["do_sample"] is True  # num_return_sequences > 1 needs sampling
    cfg = json.loads((GPT_DIR / "config.json").read_text())
    assert gen["max_length"] <= cfg["n_positions"]


def test_model_cards_record_metrics():
    info = json.loads((GPT_DIR / "training_info.json").read_text())
    card = (GPT_DIR / "README.md").read_text(encoding="utf-8")
    for lang in ("en", "zh"):
        bpc = info["heldout"][lang]["bits_per_char"]
        assert 0 < bpc < 8
        assert str(bpc) in card
    assert "PSF" in card and "public domain" in card and "--resume" in card
    rnn_card = (RNN_DIR / "README.md").read_text(encoding="utf-8")
    assert "public domain" in rnn_card and "acrostic" in rnn_card.lower()


def test_importing_models_and_text_does_not_import_torch():
    code = (
        "import sys, aigc_dash.generation.models, aigc_dash.generation.text; "
        "bad = [m for m in ('torch', 'transformers', 'streamlit') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=60)


# --- tokenizer -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sample",
    [
        "床前明月光，疑是地上霜。",
        "The quick brown fox: def f(x): return x ** 2",
        "emoji 🎉👩‍💻🇨🇳 and mixed 中文 English",
        "  leading spaces, tabs\tand\r\nnewlines ",
    ],
)
def test_tokenizer_round_trip(pipe, sample):
    tok = pipe.tokenizer
    ids = tok(sample, add_special_tokens=False)["input_ids"]
    assert ids and max(ids) < tok.vocab_size + len(tok.get_added_vocab())
    assert tok.decode(ids) == sample


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60))
def test_tokenizer_round_trips_any_text(pipe, sample):
    tok = pipe.tokenizer
    assert tok.decode(tok(sample, add_special_tokens=False)["input_ids"]) == sample


def test_tokenizer_compresses_both_languages(pipe):
    tok = pipe.tokenizer
    en = "Return a new list containing all items from the iterable in ascending order."
    zh = "白日依山尽，黄河入海流。欲穷千里目，更上一层楼。"
    assert len(en) / len(tok(en)["input_ids"]) > 2.5  # BPE merges, not bytes
    assert len(zh) / len(tok(zh)["input_ids"]) > 0.9  # a CJK char is 3 bytes unmerged


# --- GPT generation ------------------------------------------------------------------------


def test_seed_pipeline_call_verbatim():
    from transformers import pipeline

    prompt = "The list"
    out = pipeline("text-generation", model="data/models/gpt")(
        prompt, max_length=50, num_return_sequences=3
    )
    assert len(out) == 3
    for row in out:
        assert row["generated_text"].startswith(prompt)
        assert len(row["generated_text"]) > len(prompt)


def test_bare_pipeline_call_stays_in_context(pipe):
    out = pipe("import os")  # no lengths at all: the saved generation config bounds it
    ids = pipe.tokenizer(out[0]["generated_text"])["input_ids"]
    assert len(ids) <= 256 + 2  # re-tokenising may differ by a token or two


def test_generate_is_deterministic_with_a_seed(pipe):
    params = SamplingParams(max_new_tokens=20, temperature=0.9, top_k=40, top_p=0.95, seed=7)
    a = text.generate(pipe, "def read(self", params, num_return_sequences=3)
    b = text.generate(pipe, "def read(self", params, num_return_sequences=3)
    c = text.generate(pipe, "def read(self", replace(params, seed=8), num_return_sequences=3)
    assert a == b
    assert len(a) == 3 and all(isinstance(s, str) for s in a)
    assert a != c


def test_generate_respects_new_token_count(pipe):
    res = text.generate_with_info(
        pipe, "春", SamplingParams(max_new_tokens=12, do_sample=True, seed=1)
    )
    assert res.max_new_tokens == 12 and not res.new_tokens_clamped
    n = len(pipe.tokenizer(res.texts[0], add_special_tokens=False)["input_ids"])
    assert n <= 12 + 1


def test_context_is_never_exceeded(pipe):
    wpe = pipe.model.transformer.wpe
    seen: list[int] = []
    hook = wpe.register_forward_hook(lambda m, inp, out: seen.append(int(inp[0].max())))
    try:
        long_prompt = "The quick brown fox jumps over the lazy dog. 床前明月光。" * 100
        assert len(long_prompt) >= 5000
        huge = SamplingParams(max_new_tokens=10_000, seed=0)
        res = text.generate_with_info(pipe, long_prompt, huge)
        stream_text = "".join(text.stream(pipe, long_prompt, replace(huge, do_sample=False)))
    finally:
        hook.remove()
    assert res.prompt_truncated and res.new_tokens_clamped
    assert res.prompt_tokens + res.max_new_tokens <= 256
    assert seen and max(seen) < 256  # position ids actually used by the model
    assert isinstance(stream_text, str)


def test_empty_prompt_is_a_clear_error(pipe):
    for bad in ("", "   \n"):
        with pytest.raises(text.TextInputError) as err:
            text.generate(pipe, bad)
        assert err.value.key == "text_empty_prompt"
        with pytest.raises(text.TextInputError):
            text.stream(pipe, bad)


def test_streaming_matches_non_streaming_for_greedy(pipe):
    for prompt in ("class Path", "春风"):
        greedy = SamplingParams(max_new_tokens=30, do_sample=False)
        whole = text.generate(pipe, prompt, greedy)[0]
        pieces = list(text.stream(pipe, prompt, greedy))
        assert len(pieces) > 1
        assert "".join(pieces) == whole


def test_concurrent_seeded_generation_is_identical(pipe):
    params = SamplingParams(max_new_tokens=15, do_sample=True, temperature=1.0, top_k=0, top_p=1.0)
    expected = {s: text.generate(pipe, "The", replace(params, seed=s)) for s in range(6)}
    results: dict[int, list[str]] = {}

    def work(s: int) -> None:
        results[s] = text.generate(pipe, "The", replace(params, seed=s))

    threads = [threading.Thread(target=work, args=(s,)) for s in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    assert results == expected


def test_next_token_distribution(pipe):
    plain = text.next_token_distribution(pipe, "import", top_n=10)  # UNFILTERED by default
    cands = plain["candidates"]
    assert len(cands) == 10
    assert abs(sum(c["prob_before"] for c in cands) + plain["other_before"] - 1) < 1e-4
    assert abs(sum(c["prob_after"] for c in cands) + plain["other_after"] - 1) < 1e-4
    assert not any(c["removed"] for c in cands)
    assert [c["prob_before"] for c in cands] == sorted(
        (c["prob_before"] for c in cands), reverse=True
    )

    k3 = text.next_token_distribution(pipe, "import", replace(UNFILTERED, top_k=3), top_n=10)
    kept = [c for c in k3["candidates"] if not c["removed"]]
    assert k3["kept"] == 3
    assert [c["token_id"] for c in kept] == [c["token_id"] for c in cands[:3]]
    assert abs(sum(c["prob_after"] for c in kept) - 1) < 1e-4
    assert all(c["prob_after"] == 0 for c in k3["candidates"][3:])

    cold = text.next_token_distribution(
        pipe, "import", replace(UNFILTERED, temperature=0.3), top_n=3
    )
    assert cold["candidates"][0]["prob_after"] > cands[0]["prob_after"]
    nucleus = text.next_token_distribution(pipe, "import", replace(UNFILTERED, top_p=0.5), top_n=10)
    assert 1 <= nucleus["kept"] < plain["kept"]
    # greedy params keep only the most likely token (what greedy decoding would pick)
    greedy = text.next_token_distribution(pipe, "import", SamplingParams(do_sample=False))
    assert greedy["kept"] == 1 and not greedy["candidates"][0]["removed"]


# --- RNN -----------------------------------------------------------------------------------


@pytest.mark.parametrize("n", [5, 7])
def test_acrostic_lines_start_with_heads_and_have_length(rnn, n):
    heads = "春夏秋冬"
    res = text.acrostic(rnn, heads, line_length=n, seed=3)
    assert [line[0] for line in res.lines] == list(heads)
    for i, line in enumerate(res.lines):
        assert len(line) == n + 1
        assert line[-1] == ("，" if i % 2 == 0 else "。")
        assert all("\u4e00" <= ch <= "\u9fff" for ch in line[:-1])
    assert res.skipped == []
    assert res.text.count("\n") == 1


def test_acrostic_skips_and_reports_unseen_characters(rnn):
    unseen = next(ch for ch in "龘鱻麤靐齾" if ch not in rnn.stoi)
    res = text.acrostic(rnn, f"山{unseen}水A🎉", line_length=5, seed=1)
    assert [line[0] for line in res.lines] == ["山", "水"]
    assert unseen in res.skipped and "A" in res.skipped and "🎉" in res.skipped
    nothing = text.acrostic(rnn, unseen, line_length=5)
    assert nothing.lines == [] and nothing.skipped == [unseen]
    with pytest.raises(text.TextInputError):
        text.acrostic(rnn, "  ")
    with pytest.raises(text.TextInputError):
        text.acrostic(rnn, "春", line_length=6)


def test_acrostic_is_seeded_and_thread_safe(rnn):
    expected = {s: text.acrostic(rnn, "明月清风", line_length=7, seed=s).lines for s in range(4)}
    assert len({tuple(v) for v in expected.values()}) > 1
    results: dict[int, list[str]] = {}

    def work(s: int) -> None:
        results[s] = text.acrostic(rnn, "明月清风", line_length=7, seed=s).lines

    threads = [threading.Thread(target=work, args=(s,)) for s in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert results == expected


@pytest.mark.parametrize(("first", "n"), [("床前明月光", 5), ("朝辞白帝彩云间，", 7), ("春眠", 5)])
def test_continue_line(rnn, first, n):
    res = text.continue_line(rnn, first, n_lines=4, seed=2)
    assert res.line_length == n
    assert len(res.lines) == 4
    assert res.lines[0].startswith(first.rstrip("，"))
    assert all(len(line) == n + 1 for line in res.lines)
    assert [line[-1] for line in res.lines] == ["，", "。", "，", "。"]


def test_continue_line_reports_unseen(rnn):
    res = text.continue_line(rnn, "春🎉风", seed=0)
    assert res.skipped == ["🎉"] and res.lines[0].startswith("春风")


# --- hub fallback --------------------------------------------------------------------------


@pytest.mark.parametrize("offline_env", ["1", "0"])
def test_hub_enabled_without_network_falls_back_fast(monkeypatch, offline_env):
    monkeypatch.setenv("AIGC_ENABLE_HUB", "1")
    monkeypatch.setenv("AIGC_HUB_ALLOWLIST", "gpt2,uer/gpt2-chinese-cluecorpussmall")
    monkeypatch.setenv("HF_HUB_OFFLINE", offline_env)  # "0": the probe must find out itself
    models._probe_cache.clear()
    t0 = time.monotonic()
    pipe, choice = models.text_pipeline("gpt2")
    elapsed = time.monotonic() - t0
    assert elapsed < 5, f"fallback took {elapsed:.1f}s"
    assert choice.fell_back and choice.model_id == "gpt" and choice.reason == "hub_unreachable"
    assert text.generate(pipe, "import", SamplingParams(max_new_tokens=5, seed=0))


def test_hub_disabled_or_not_allowed(monkeypatch):
    monkeypatch.delenv("AIGC_ENABLE_HUB", raising=False)
    assert models.resolve_text_model("gpt2").reason == "hub_disabled"
    monkeypatch.setenv("AIGC_ENABLE_HUB", "1")
    monkeypatch.setenv("AIGC_HUB_ALLOWLIST", "uer/gpt2-chinese-cluecorpussmall")
    assert models.resolve_text_model("gpt2").reason == "hub_not_allowed"
    assert models.resolve_text_model("no-such-model").reason == "unknown"
    assert not models.resolve_text_model("gpt").fell_back


@needs_fortunes
def test_heldout_evaluation_scores_every_token_once(pipe):
    from aigc_dash.training import corpus
    from aigc_dash.training.gpt import evaluate_bpc

    _, held = corpus.split(corpus.documents())
    en = [d for d in held if d.lang == "en"]
    blocks = evaluate_bpc(pipe.model, pipe.tokenizer, en, max_tokens=1500)
    sliding = evaluate_bpc(pipe.model, pipe.tokenizer, en, max_tokens=1500, stride=128)
    assert blocks["tokens"] == sliding["tokens"] == 1500
    assert blocks["characters"] == sliding["characters"] > 1500
    # more context per token can only help a trained model (small tolerance for noise)
    assert sliding["bits_per_char"] <= blocks["bits_per_char"] + 0.05
    assert not pipe.model.training  # evaluation leaves the shared model in eval mode
