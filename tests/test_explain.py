"""Real views inside the bundled text models: GPT attention and the RNN's hidden state."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from aigc_dash.generation import explain, models
from aigc_dash.ui import models as model_cache
from tests.helpers import run_page

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def gpt():
    pipe, _ = model_cache.text_pipeline("gpt")
    return pipe.model, pipe.tokenizer


def test_attention_matches_the_libraries_own_eager_attention(gpt):
    model, tokenizer = gpt
    text = "The quick brown fox jumps over the lazy dog"
    eager = copy.deepcopy(model)
    eager.set_attn_implementation("eager")
    ids = tokenizer(text, return_tensors="pt").input_ids
    reference = eager(ids, output_attentions=True).attentions
    for layer in range(model.config.n_layer):
        view = explain.attention(model, tokenizer, text, layer=layer)
        assert np.allclose(view.weights, reference[layer][0].mean(0).detach().numpy(), atol=1e-5)
    head = explain.attention(model, tokenizer, text, layer=0, head=1)
    assert np.allclose(head.weights, reference[0][0, 1].detach().numpy(), atol=1e-5)


def test_attention_is_causal_and_normalised(gpt):
    view = explain.attention(*gpt, "床前明月光，疑是地上霜。 Hello 🤖", layer=-1)
    assert view.weights.shape == (len(view.tokens), len(view.tokens))
    assert np.allclose(view.weights.sum(1), 1.0, atol=1e-5)
    assert np.allclose(np.triu(view.weights, 1), 0.0)
    assert view.layer == view.n_layers - 1 and not view.truncated
    long = explain.attention(*gpt, "word " * 500)
    assert long.truncated and len(long.tokens) == explain.MAX_TOKENS


def test_rnn_trace_skips_unseen_characters_and_predicts():
    rnn = models.load_rnn("rnn")
    trace = explain.rnn_trace(rnn, "床前明月光 abc🤖")
    assert trace.chars == list("床前明月光")
    assert set(trace.skipped) == {"a", "b", "c", "🤖"}
    assert trace.states.shape == (5, explain.TOP_UNITS)
    for guesses in trace.top_next:
        assert len(guesses) == 3 and all(0 <= p <= 1 for _, p in guesses)
    assert explain.rnn_trace(rnn, "xyz").chars == []
    assert explain.rnn_trace(rnn, "春" * 100).truncated


def test_concepts_page_shows_real_model_views():
    at = run_page("pages/6_Concepts.py", "zh", timeout=240)
    at.toggle(key="concepts_attn_on").set_value(True).run()
    at.toggle(key="concepts_rnn_on").set_value(True).run()
    assert not at.exception
    assert any("「" in x.value for x in at.text)  # the RNN's next-character guesses
    at.text_input(key="concepts_attn_text").set_value("").run()
    at.text_input(key="concepts_rnn_text").set_value("hello").run()
    assert not at.exception and at.warning  # unseen characters named
