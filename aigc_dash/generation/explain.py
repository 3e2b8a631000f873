"""Real views inside the bundled text models for the Concepts page: the GPT's attention over a
sentence and the RNN's hidden state carrying a poem forward (pure; torch imported lazily).

The shared, cached models are only read: attention is recomputed from a layer's input with
the layer's own weights (the bundled model runs PyTorch's fused attention, which does not
return its weights), so nothing about the loaded model is changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

MAX_TOKENS = 48  # a heatmap a person can read
MAX_CHARS = 40
TOP_UNITS = 24


@dataclass
class AttentionView:
    """Who looks at whom: ``weights[i, j]`` is how much token ``i`` attends to token ``j``."""

    tokens: list[str]
    weights: np.ndarray  # [T, T], rows sum to 1, upper triangle 0 (causal)
    layer: int
    n_layers: int
    truncated: bool
    head: int | None = None  # None: the mean over the heads
    n_heads: int = 0


def attention_shape(model: Any) -> tuple[int, int]:
    """``(layers, heads per layer)`` of a GPT-2 model, read from its config (so controls fit
    whatever model is loaded)."""
    return int(model.config.n_layer), int(model.config.n_head)


def attention(
    model: Any, tokenizer: Any, text: str, layer: int = -1, head: int | None = None
) -> AttentionView:
    """Attention weights of one GPT-2 layer over ``text`` (mean over heads unless ``head``).

    ``layer`` and ``head`` index as Python does (``-1`` is the last); out of range is a
    ``ValueError``, never silently another layer."""
    import torch

    n_layers, n_head = attention_shape(model)
    if not -n_layers <= layer < n_layers:
        raise ValueError(f"layer {layer} out of range: the model has {n_layers} layers")
    if head is not None and not -n_head <= head < n_head:
        raise ValueError(f"head {head} out of range: the model has {n_head} heads")

    ids = tokenizer(text, return_tensors="pt").input_ids
    truncated = ids.shape[1] > MAX_TOKENS
    ids = ids[:, :MAX_TOKENS]
    layer = layer % n_layers
    with torch.inference_mode():
        hidden = model(ids, output_hidden_states=True).hidden_states[
            layer
        ]  # input to block `layer`
        block = model.transformer.h[layer]
        qkv = block.attn.c_attn(block.ln_1(hidden))
        q, k, _ = qkv.split(model.config.n_embd, dim=2)
        size = model.config.n_embd // n_head

        def heads(x):
            return x.view(1, -1, n_head, size).transpose(1, 2)  # [1, H, T, d]

        scores = heads(q) @ heads(k).transpose(-1, -2) / size**0.5
        t = ids.shape[1]
        causal = torch.ones(t, t, dtype=torch.bool).tril()
        weights = torch.softmax(scores.masked_fill(~causal, float("-inf")), -1)[0]  # [H, T, T]
        head = None if head is None else head % n_head
        chosen = weights.mean(0) if head is None else weights[head]
    tokens = [tokenizer.decode([int(i)]) for i in ids[0]]
    return AttentionView(tokens, chosen.numpy(), layer, n_layers, truncated, head, n_head)


@dataclass
class RNNTrace:
    """The RNN's last-layer hidden state after each character, and what it expects next."""

    chars: list[str]
    states: np.ndarray  # [T, TOP_UNITS]: the most active units, for a heatmap
    units: list[int]
    top_next: list[list[tuple[str, float]]]  # per step: 3 likeliest next characters
    skipped: list[str]  # characters the model has never seen (left out)
    truncated: bool


def rnn_trace(rnn: Any, text: str, top_units: int = TOP_UNITS) -> RNNTrace:
    """Feed ``text`` character by character; record the hidden state and the next-char guess."""
    import torch

    known = [c for c in text if c in rnn.stoi]
    skipped = sorted({c for c in text if c not in rnn.stoi and not c.isspace()})
    truncated = len(known) > MAX_CHARS
    known = known[:MAX_CHARS]
    if not known:
        return RNNTrace([], np.zeros((0, 0)), [], [], skipped, truncated)
    ids = torch.tensor([[rnn.stoi[c] for c in known]])
    with torch.inference_mode():
        outputs, _ = rnn.net.gru(rnn.net.embed(ids))  # [1, T, H]: last layer's state each step
        probs = torch.softmax(rnn.net.head(outputs), -1)[0]
    states = outputs[0].numpy()
    units = np.argsort(-states.std(axis=0), kind="stable")[:top_units]
    top = torch.topk(probs, 3, dim=-1)
    top_next = [
        [(rnn.vocab[int(i)], float(p)) for p, i in zip(values, indices, strict=True)]
        for values, indices in zip(top.values, top.indices, strict=True)
    ]
    return RNNTrace(known, states[:, units], [int(u) for u in units], top_next, skipped, truncated)
