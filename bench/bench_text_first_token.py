"""Benchmark: time to the first streamed piece of text on the bundled Transformer.

Run: ``python bench/bench_text_first_token.py`` (options: ``--repeats``, ``--new-tokens``).
Measures, on a model already loaded (as the page's warm-up leaves it), the time from calling
the page's streaming path (``aigc_dash.generation.text.stream`` wrapped by
``text_playground.as_render_calls``) to the first piece of text it yields, for a short
English prompt, a Chinese prompt and a prompt that fills the context. The baseline, measured
in the same process because these machines are shared and noisy, is a bare
``model.generate(max_new_tokens=1)`` on the same prompt: the least any path can take to
produce one token. It runs in a fresh thread, as the stream's generation and Streamlit's
script runs do: on these shared 2-core machines torch in the main thread was measured 5-15x
slower than in a worker thread, which would flatter the ratio. Also prints the cold load (imports + weights) that the warm-up takes off
the request path, and the English row again with torch's default thread count (the app
limits torch to ``models.torch_threads()``, 1 unless ``$AIGC_TORCH_THREADS``). The budget is 150 ms (median); the exit status is 1 if it is exceeded.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aigc_dash.generation import models, text  # noqa: E402
from aigc_dash.playgrounds import text as tp  # noqa: E402

BUDGET_MS = 150.0
PROMPTS = {
    "en, 8 words": "The quick brown fox jumps over the lazy",
    "zh, 6 chars": "床前明月光，",
    "context-full": "open the file and read it. " * 120,
}


def first_piece_ms(pipe, prompt: str, seed: int, new_tokens: int) -> float:
    """Milliseconds from starting the page's stream to its first piece (rest drained after)."""
    shown: list[str] = []
    sink: list[str] = []
    start = time.perf_counter()
    calls = tp.as_render_calls(
        text.stream(pipe, prompt, text.SamplingParams(max_new_tokens=new_tokens, seed=seed)),
        shown.append,
        sink,
    )
    first = next(calls)
    first()
    elapsed = (time.perf_counter() - start) * 1000
    for call in calls:  # let generation finish so runs do not overlap
        call()
    return elapsed


def in_thread(fn):
    """``fn()`` run in a new thread (the conditions of the app's generation threads)."""
    out: list = []
    worker = threading.Thread(target=lambda: out.append(fn()))
    worker.start()
    worker.join()
    return out[0]


def bare_one_token_ms(pipe, prompt: str, seed: int) -> float:
    """Milliseconds for a bare ``model.generate`` of one token (tokenising included)."""
    import torch

    start = time.perf_counter()
    ids = pipe.tokenizer(prompt, return_tensors="pt", add_special_tokens=False)["input_ids"]
    ids = ids[:, -(text.context_length(pipe.model) - 1) :]
    with torch.no_grad():
        torch.manual_seed(seed)
        pipe.model.generate(
            input_ids=ids,
            attention_mask=torch.ones_like(ids),
            max_length=ids.shape[1] + 1,
            do_sample=True,
            pad_token_id=pipe.tokenizer.eos_token_id,
        )
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--new-tokens", type=int, default=40, help="tokens per streamed run")
    args = parser.parse_args()

    start = time.perf_counter()
    pipe = models.load_text_pipeline("gpt")
    cold_s = time.perf_counter() - start
    import torch

    default_threads = torch.get_num_threads()
    threads = models.limit_torch_threads()  # what the shared model loaders do
    print(
        f"model: data/models/gpt, torch {torch.__version__}, threads {threads} "
        f"(torch default here: {default_threads}), {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print(f"cold load (imports + weights, done by the page's warm-up thread): {cold_s:.2f} s")
    print()
    print(
        f"{'prompt':<14} {'first piece ms (median / p90)':>30} {'bare 1-token ms':>16} {'ratio':>6}"
    )
    worst = worst_en = 0.0
    for name, prompt in PROMPTS.items():
        first_piece_ms(pipe, prompt, 0, args.new_tokens)  # warm caches for this shape
        in_thread(lambda p=prompt: bare_one_token_ms(pipe, p, 0))
        streamed, bare = [], []
        for i in range(args.repeats):  # interleaved, so load changes hit both alike
            streamed.append(first_piece_ms(pipe, prompt, i, args.new_tokens))
            bare.append(in_thread(lambda i=i, p=prompt: bare_one_token_ms(pipe, p, i)))
        med = statistics.median(streamed)
        p90 = statistics.quantiles(streamed, n=10)[-1] if len(streamed) > 1 else med
        base = statistics.median(bare)
        worst = max(worst, med)
        if name == "en, 8 words":
            worst_en = med
        print(f"{name:<14} {med:>18.1f} / {p90:>8.1f} {base:>16.1f} {med / base:>6.2f}")
    if default_threads != threads:
        torch.set_num_threads(default_threads)
        prompt = PROMPTS["en, 8 words"]
        first_piece_ms(pipe, prompt, 0, args.new_tokens)
        runs = [first_piece_ms(pipe, prompt, i, args.new_tokens) for i in range(args.repeats)]
        other = statistics.median(runs)
        print(
            f"en, 8 words with torch's default {default_threads} threads: {other:.1f} ms "
            f"({other / worst_en:.1f}x the app's setting)"
        )
        torch.set_num_threads(threads)
    print()
    verdict = "within" if worst <= BUDGET_MS else "OVER"
    print(f"worst median first piece {worst:.1f} ms: {verdict} the {BUDGET_MS:.0f} ms budget")
    return 0 if worst <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
