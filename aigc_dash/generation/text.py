"""Text generation on a loaded model: plain arguments in, plain values out.

GPT side (a transformers ``Pipeline`` or anything with ``.model`` and ``.tokenizer``):
:func:`generate`, :func:`generate_with_info`, :func:`stream` and
:func:`next_token_distribution`, each taking one :class:`SamplingParams` (transformers' own
names). RNN side (an
``aigc_dash.nets.rnn.LoadedRNN``): :func:`continue_line` and :func:`acrostic`.

torch and transformers are imported inside the functions; only model pages import this.

Safety rules, whatever the caller asks:
- the model's context is never exceeded: long prompts are cut from the left and
  ``max_new_tokens`` is bounded by the room left (both reported as flags);
- generation on a shared model is safe under concurrent calls: seeding and ``generate`` run
  under one lock, so a seeded result is the same whatever other threads do.
"""

from __future__ import annotations

import queue
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# SamplingParams and UNFILTERED are re-exported: callers of this module need only this module.
from aigc_dash.generation.sampling import DEFAULT, UNFILTERED, SamplingParams  # noqa: F401

MAX_NEW_TOKENS = 200  # the most the app ever asks for in one call
MAX_RETURN_SEQUENCES = 5
MAX_PROMPT_CHARS = 20_000  # cut (from the left) before tokenising, so huge pastes stay cheap
MAX_ACROSTIC_HEADS = 12
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CLAUSE_SPLIT = re.compile(r"[，。！？、；：,.!?;:\s]+")

# transformers' generate samples with torch's global RNG: seeding and sampling must not
# interleave across threads, so every GPT generation holds this lock.
_GENERATE_LOCK = threading.RLock()


class TextInputError(ValueError):
    """Input the page should explain to the user; ``key`` is an i18n key."""

    def __init__(self, key: str, detail: str = "") -> None:
        self.key = key
        super().__init__(detail or key)


@dataclass
class GenerationResult:
    """Texts generated (the continuation only) and what was changed to stay within limits."""

    texts: list[str]
    prompt_tokens: int
    max_new_tokens: int
    prompt_truncated: bool = False
    new_tokens_clamped: bool = False
    sequences_clamped: bool = False


@dataclass
class PoemResult:
    """A generated poem: one entry per line (5 or 7 characters + punctuation)."""

    lines: list[str]
    line_length: int
    skipped: list[str] = field(default_factory=list)  # characters the model has never seen
    truncated: bool = False  # input was cut to the supported length

    @property
    def text(self) -> str:
        """Lines paired into couplets, one couplet per row (as the poems are printed)."""
        rows = ["".join(self.lines[i : i + 2]) for i in range(0, len(self.lines), 2)]
        return "\n".join(rows)


# --- GPT ----------------------------------------------------------------------------------


def _parts(pipe_or_model: Any):
    model = getattr(pipe_or_model, "model", None)
    tokenizer = getattr(pipe_or_model, "tokenizer", None)
    if model is None or tokenizer is None:
        raise TypeError("expected a text-generation pipeline (with .model and .tokenizer)")
    return model, tokenizer


def context_length(model: Any) -> int:
    """Positions the model can attend to (GPT-2: ``n_positions``)."""
    cfg = model.config
    for name in ("n_positions", "max_position_embeddings", "n_ctx"):
        value = getattr(cfg, name, None)
        if isinstance(value, int) and value > 0:
            return value
    return 1024


@dataclass
class _Plan:
    input_ids: Any  # torch.LongTensor (1, n)
    max_new_tokens: int
    prompt_truncated: bool
    new_tokens_clamped: bool


def _plan(model: Any, tokenizer: Any, prompt: str, max_new_tokens: int) -> _Plan:
    """Tokenise ``prompt`` and fit prompt + new tokens into the context."""
    import torch

    if not isinstance(prompt, str) or not prompt.strip():
        raise TextInputError("text_empty_prompt", "the prompt is empty")
    truncated = len(prompt) > MAX_PROMPT_CHARS
    prompt = prompt[-MAX_PROMPT_CHARS:]
    ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    if not ids:
        raise TextInputError("text_empty_prompt", "the prompt has no tokens")
    ctx = context_length(model)
    asked = int(max_new_tokens)
    want = min(max(asked, 1), MAX_NEW_TOKENS, ctx - 1)
    # Keep room for the new tokens, but never less than half the context for the prompt.
    keep = max(ctx - want, ctx // 2)
    if len(ids) > keep:
        ids, truncated = ids[-keep:], True
    new = min(want, ctx - len(ids))
    return _Plan(torch.tensor([ids]), new, truncated, new != asked)


def _generate_kwargs(
    tokenizer: Any, params: SamplingParams, *, prompt_tokens: int, max_new_tokens: int, n: int
) -> dict:
    kw = params.to_generate_kwargs()
    # max_length (prompt + new), not max_new_tokens: the saved generation config sets
    # max_length, and giving both makes transformers warn on every call.
    del kw["max_new_tokens"]
    kw["max_length"] = prompt_tokens + max_new_tokens
    kw["num_return_sequences"] = n
    pad = tokenizer.pad_token_id
    kw["pad_token_id"] = pad if pad is not None else tokenizer.eos_token_id
    return kw


def generate_with_info(
    pipe_or_model: Any,
    prompt: str,
    params: SamplingParams = DEFAULT,
    *,
    num_return_sequences: int = 1,
) -> GenerationResult:
    """Generate continuations of ``prompt``; see :class:`GenerationResult` for the flags."""
    import torch

    model, tokenizer = _parts(pipe_or_model)
    with _GENERATE_LOCK:  # a fast tokenizer is not safe to call from many threads at once
        plan = _plan(model, tokenizer, prompt, params.max_new_tokens)
    n = min(max(int(num_return_sequences), 1), MAX_RETURN_SEQUENCES)
    n_effective = n if params.do_sample else 1  # greedy gives one answer; copies only repeat it
    kw = _generate_kwargs(
        tokenizer,
        params,
        prompt_tokens=plan.input_ids.shape[1],
        max_new_tokens=plan.max_new_tokens,
        n=n_effective,
    )
    ids = plan.input_ids
    with _GENERATE_LOCK, torch.no_grad():
        torch.manual_seed(params.seed)
        out = model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), **kw)
    start = ids.shape[1]
    texts = [tokenizer.decode(row[start:], skip_special_tokens=True) for row in out]
    if n_effective < n:
        texts = texts * n
    return GenerationResult(
        texts=texts,
        prompt_tokens=int(start),
        max_new_tokens=plan.max_new_tokens,
        prompt_truncated=plan.prompt_truncated,
        new_tokens_clamped=plan.new_tokens_clamped,
        sequences_clamped=n != int(num_return_sequences),
    )


def generate(
    pipe_or_model: Any,
    prompt: str,
    params: SamplingParams = DEFAULT,
    *,
    num_return_sequences: int = 1,
) -> list[str]:
    """The continuations only (without the prompt); same seed, same texts."""
    return generate_with_info(
        pipe_or_model, prompt, params, num_return_sequences=num_return_sequences
    ).texts


class _PieceStreamer:
    """A transformers streamer that queues decoded text pieces.

    It decodes all new tokens so far and emits what is new, holding back a trailing
    incomplete UTF-8 character (byte-level BPE can split one), so the pieces joined are
    exactly the final decoded text.
    """

    def __init__(self, tokenizer: Any, prompt_len: int) -> None:
        self.tokenizer = tokenizer
        self.skip = prompt_len
        self.ids: list[int] = []
        self.sent = 0
        self.queue: queue.Queue = queue.Queue()
        self.seen_prompt = False

    def put(self, value) -> None:
        if not self.seen_prompt:  # generate() first hands over the prompt
            self.seen_prompt = True
            return
        self.ids.extend(int(t) for t in value.reshape(-1).tolist())
        text = self.tokenizer.decode(self.ids, skip_special_tokens=True)
        if text.endswith("\ufffd"):
            return
        if len(text) > self.sent:
            self.queue.put(text[self.sent :])
            self.sent = len(text)

    def end(self) -> None:
        text = self.tokenizer.decode(self.ids, skip_special_tokens=True)
        if len(text) > self.sent:
            self.queue.put(text[self.sent :])
            self.sent = len(text)
        self.queue.put(None)


def stream(
    pipe_or_model: Any,
    prompt: str,
    params: SamplingParams = DEFAULT,
    *,
    timeout_s: float = 120.0,
) -> Iterator[str]:
    """Yield the continuation piece by piece (for ``st.write_stream``); one sequence.

    Joined, the pieces equal ``generate(pipe, prompt, params)[0]`` for the same
    arguments. Input errors are raised before the first piece.
    """
    import torch

    model, tokenizer = _parts(pipe_or_model)
    with _GENERATE_LOCK:  # a fast tokenizer is not safe to call from many threads at once
        plan = _plan(model, tokenizer, prompt, params.max_new_tokens)
    kw = _generate_kwargs(
        tokenizer,
        params,
        prompt_tokens=plan.input_ids.shape[1],
        max_new_tokens=plan.max_new_tokens,
        n=1,
    )
    streamer = _PieceStreamer(tokenizer, plan.input_ids.shape[1])
    errors: list[BaseException] = []

    def work() -> None:
        try:
            ids = plan.input_ids
            with _GENERATE_LOCK, torch.no_grad():
                torch.manual_seed(params.seed)
                model.generate(
                    input_ids=ids, attention_mask=torch.ones_like(ids), streamer=streamer, **kw
                )
        except BaseException as exc:  # handed to the consumer below
            errors.append(exc)
            streamer.queue.put(None)

    def pieces() -> Iterator[str]:
        thread = threading.Thread(target=work, daemon=True)
        thread.start()
        while True:
            piece = streamer.queue.get(timeout=timeout_s)
            if piece is None:
                break
            yield piece
        thread.join()
        if errors:
            raise errors[0]

    return pieces()


def next_token_distribution(
    pipe_or_model: Any,
    prompt: str,
    params: SamplingParams = UNFILTERED,
    *,
    top_n: int = 10,
) -> dict:
    """The model's next-token candidates before and after the sampling settings.

    Returns ``{"candidates": [...], "kept": int, "other_before": float, "other_after": float,
    "prompt_truncated": bool}``. Each candidate (the ``top_n`` most likely before filtering)
    has ``token``, ``token_id``, ``prob_before`` (softmax of the raw logits), ``prob_after``
    (after repetition penalty, temperature, top-k and top-p, renormalised: what sampling
    uses) and ``removed`` (True when the settings make it impossible). ``other_*`` is the
    probability of all the tokens not listed, so each column sums to 1. Greedy params
    (``do_sample=False``) keep only the most likely token. ``max_new_tokens`` and ``seed``
    are not used: nothing is sampled.
    """
    import torch
    from transformers.generation.logits_process import (
        RepetitionPenaltyLogitsProcessor,
        TemperatureLogitsWarper,
        TopKLogitsWarper,
        TopPLogitsWarper,
    )

    model, tokenizer = _parts(pipe_or_model)
    with _GENERATE_LOCK:
        plan = _plan(model, tokenizer, prompt, 1)
    ids = plan.input_ids
    with torch.no_grad():
        logits = model(input_ids=ids).logits[:, -1, :].float()
    before = torch.softmax(logits, dim=-1)[0]
    f = params.filtering()
    scores = logits.clone()
    if f.repetition_penalty != 1.0:
        scores = RepetitionPenaltyLogitsProcessor(f.repetition_penalty)(ids, scores)
    scores = TemperatureLogitsWarper(f.temperature)(ids, scores)
    if f.top_k > 0:
        scores = TopKLogitsWarper(f.top_k)(ids, scores)
    if f.top_p < 1.0:
        scores = TopPLogitsWarper(f.top_p)(ids, scores)
    after = torch.softmax(scores, dim=-1)[0]
    n = min(max(int(top_n), 1), before.shape[0])
    top = torch.topk(before, n).indices.tolist()
    candidates = [
        {
            "token": tokenizer.decode([i]),
            "token_id": int(i),
            "prob_before": float(before[i]),
            "prob_after": float(after[i]),
            "removed": bool(torch.isneginf(scores[0, i]) or after[i] == 0),
        }
        for i in top
    ]
    return {
        "candidates": candidates,
        "kept": int((after > 0).sum()),
        "other_before": max(0.0, 1.0 - sum(c["prob_before"] for c in candidates)),
        "other_after": max(0.0, 1.0 - sum(c["prob_after"] for c in candidates)),
        "prompt_truncated": plan.prompt_truncated,
    }


# --- RNN poems ----------------------------------------------------------------------------


def _sample_clause(
    rnn: Any,
    state: Any,
    x: int,
    need: int,
    allowed: Any,
    gen: Any,
    temperature: float,
    top_k: int,
    used: set[int],
) -> tuple[list[int], Any]:
    """Feed ``x``, then sample ``need`` Chinese characters (the last one not yet fed)."""
    import torch

    out: list[int] = []
    for _ in range(need):
        logits, state = rnn.net(torch.tensor([[x]]), state)
        logits = logits[0, -1].clone()
        logits[~allowed] = float("-inf")
        for u in used:  # no character twice in one line (the model likes "月月月")
            logits[u] = float("-inf")
        logits = logits / max(float(temperature), 1e-3)
        if top_k and top_k > 0:
            k = min(int(top_k), int(torch.isfinite(logits).sum()))
            kth = torch.topk(logits, k).values[-1]
            logits[logits < kth] = float("-inf")
        x = int(torch.multinomial(torch.softmax(logits, -1), 1, generator=gen))
        out.append(x)
        used.add(x)
    return out, state


def _feed(rnn: Any, state: Any, ids: list[int]) -> Any:
    import torch

    if ids:
        _, state = rnn.net(torch.tensor([ids]), state)
    return state


def _allowed_mask(rnn: Any):
    import torch

    return torch.tensor([bool(_CJK.fullmatch(c)) for c in rnn.vocab])


def _punct(i: int) -> str:
    return "，" if i % 2 == 0 else "。"


def _poem(
    rnn: Any,
    prefixes: list[list[int]],
    n_lines: int,
    line_length: int,
    temperature: float,
    top_k: int,
    seed: int,
) -> list[str]:
    """Lines of ``line_length`` characters; line i starts with ``prefixes[i]`` if given.

    The model reads the poem as it was trained: "AAAAA，BBBBB。\nCCCCC，DDDDD。\n", so
    after each line its punctuation is fed, and a newline after each couplet.
    """
    import torch

    gen = torch.Generator().manual_seed(int(seed))
    allowed = _allowed_mask(rnn)
    stoi, vocab = rnn.stoi, rnn.vocab
    newline = stoi.get("\n", 0)
    lines: list[str] = []
    with torch.no_grad():
        state = _feed(rnn, None, [newline])  # a poem starts after a blank line
        pending = newline  # the next input, not yet fed
        for i in range(n_lines):
            prefix = prefixes[i] if i < len(prefixes) else []
            seq = [pending, *prefix]
            state = _feed(rnn, state, seq[:-1])
            need = line_length - len(prefix)
            ids, state = _sample_clause(
                rnn, state, seq[-1], need, allowed, gen, temperature, top_k, set(prefix)
            )
            lines.append("".join(vocab[j] for j in prefix + ids) + _punct(i))
            tail = [(ids or seq)[-1], stoi.get(_punct(i), newline)]
            if i % 2 == 1:
                tail.append(newline)
            state = _feed(rnn, state, tail[:-1])
            pending = tail[-1]
    return lines


def _known(rnn: Any, text: str) -> tuple[list[str], list[str]]:
    """(Chinese characters the model knows, characters it has never seen) in order."""
    known, skipped = [], []
    for ch in text:
        if ch.isspace() or _CLAUSE_SPLIT.fullmatch(ch):
            continue
        if ch in rnn.stoi and _CJK.fullmatch(ch):
            known.append(ch)
        elif ch not in skipped:
            skipped.append(ch)
    return known, skipped


def acrostic(
    rnn: Any,
    heads: str,
    *,
    line_length: int = 5,
    temperature: float = 0.8,
    top_k: int = 20,
    seed: int = 0,
) -> PoemResult:
    """藏头诗: line i begins with the i-th known character of ``heads``.

    Characters the model has never seen (and non-Chinese ones) are skipped and listed in
    ``skipped``; at most :data:`MAX_ACROSTIC_HEADS` lines (``truncated`` says if cut).
    """
    if line_length not in (5, 7):
        raise TextInputError("text_line_length", "line_length must be 5 or 7")
    if not isinstance(heads, str) or not heads.strip():
        raise TextInputError("text_empty_prompt", "no head characters")
    known, skipped = _known(rnn, heads)
    truncated = len(known) > MAX_ACROSTIC_HEADS
    known = known[:MAX_ACROSTIC_HEADS]
    if not known:
        return PoemResult([], line_length, skipped, truncated)
    prefixes = [[rnn.stoi[c]] for c in known]
    lines = _poem(_shared(rnn), prefixes, len(known), line_length, temperature, top_k, seed)
    return PoemResult(lines, line_length, skipped, truncated)


def continue_line(
    rnn: Any,
    first_line: str,
    *,
    n_lines: int = 4,
    temperature: float = 0.8,
    top_k: int = 20,
    seed: int = 0,
) -> PoemResult:
    """Continue a poem from its first line (its length, 5 or 7, sets the metre).

    The first line's known characters are kept (unseen ones skipped and reported); a line
    shorter than 5 is completed to 5, 6 to 7, longer than 7 is cut to 7 (``truncated``).
    """
    if not isinstance(first_line, str) or not first_line.strip():
        raise TextInputError("text_empty_prompt", "the first line is empty")
    first = next((c for c in _CLAUSE_SPLIT.split(first_line.strip()) if c), "")
    known, skipped = _known(rnn, first)
    line_length = 5 if len(known) <= 5 else 7
    truncated = len(known) > 7 or len(first_line.strip()) > len(first) + 1
    known = known[:line_length]
    n_lines = min(max(int(n_lines), 2), 8)
    if not known:
        return PoemResult([], line_length, skipped, truncated)
    prefixes = [[rnn.stoi[c] for c in known]]
    lines = _poem(_shared(rnn), prefixes, n_lines, line_length, temperature, top_k, seed)
    return PoemResult(lines, line_length, skipped, truncated)


def _shared(rnn: Any) -> Any:
    """The loaded RNN is shared and read-only: generation runs in eval mode without grads."""
    if rnn.net.training:
        raise RuntimeError("the RNN must be in eval mode (load it with models.load_rnn)")
    return rnn
