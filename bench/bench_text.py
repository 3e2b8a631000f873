"""Text generation benchmark: prints a table of ratios measured in one run (no assertions).

    python bench/bench_text.py [--repeats 5] [--threads N]

1. The app's text path (``aigc_dash.generation.text.generate`` on the cached bundled pipeline) vs a
   bare ``model.generate`` with the same input ids and settings (greedy, 50 new tokens).
2. Time to the first streamed piece (``aigc_dash.generation.text.stream``) vs the whole generation.
3. A GPT-2-small-sized model (124M parameters, random weights from ``GPT2Config()``, no
   download): tokens/s at batch 1 vs the memory-bandwidth bound, i.e. bandwidth measured
   with a large numpy copy in this process / bytes of weights read per token.

The machines are shared and noisy, so compare the ratios, not the absolute times.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _median_time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def memory_bandwidth_gbs(mb: int = 512, repeats: int = 5) -> float:
    """Copy bandwidth (read + write bytes per second) of a large numpy array, in GB/s."""
    import numpy as np

    src = np.ones(mb * 1024 * 1024 // 8)
    dst = np.empty_like(src)
    np.copyto(dst, src)  # touch the pages first
    best = min(_median_time(lambda: np.copyto(dst, src), 1) for _ in range(repeats))
    return 2 * src.nbytes / best / 1e9


def main(argv: list[str] | None = None) -> list[tuple[str, str]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    # 1 thread by default, as the app's warm-up sets: on a shared 2-core machine a second
    # thread mostly waits for the other jobs.
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--new-tokens", type=int, default=50)
    args = parser.parse_args(argv)

    import torch
    from transformers import GPT2Config, GPT2LMHeadModel

    from aigc_dash.generation import models, text

    if args.threads:
        torch.set_num_threads(args.threads)
    rows: list[tuple[str, str]] = []
    n_new = args.new_tokens
    pipe = models.load_text_pipeline("gpt")
    model, tok = pipe.model, pipe.tokenizer
    prompt = "The list"
    ids = torch.tensor([tok(prompt, add_special_tokens=False)["input_ids"]])

    greedy = text.SamplingParams(max_new_tokens=n_new, do_sample=False)

    def app() -> None:
        text.generate(pipe, prompt, greedy)

    def bare() -> None:
        with torch.no_grad():
            model.generate(
                input_ids=ids,
                attention_mask=torch.ones_like(ids),
                max_length=ids.shape[1] + n_new,
                min_new_tokens=n_new,
                do_sample=False,
                pad_token_id=tok.eos_token_id,
            )

    app(), bare()  # warm-up
    # Same length for both: the app path may stop early at EOS, so count its tokens.
    produced = len(tok(text.generate(pipe, prompt, greedy)[0])["input_ids"])
    # Interleaved, so that a burst of load from other jobs hits both sides alike.
    app_times, bare_times = [], []
    for _ in range(args.repeats):
        app_times.append(_median_time(app, 1))
        bare_times.append(_median_time(bare, 1))
    t_app, t_bare = statistics.median(app_times), statistics.median(bare_times)
    rows.append(("bundled GPT: app path (text.generate), greedy", f"{t_app * 1000:.0f} ms"))
    rows.append(
        (f"bundled GPT: bare model.generate, {n_new} new tokens", f"{t_bare * 1000:.0f} ms")
    )
    rows.append(("  ratio app / bare (1.0 = no overhead)", f"{t_app / t_bare:.2f}"))
    if produced < n_new:
        rows.append(("  (app path stopped at EOS after tokens)", str(produced)))

    firsts, totals = [], []
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        it = text.stream(pipe, prompt, greedy)
        next(it)
        firsts.append(time.perf_counter() - t0)
        for _ in it:
            pass
        totals.append(time.perf_counter() - t0)
    rows.append(
        ("bundled GPT: time to first streamed piece", f"{statistics.median(firsts) * 1000:.0f} ms")
    )
    rows.append(("bundled GPT: whole stream", f"{statistics.median(totals) * 1000:.0f} ms"))
    rows.append(
        ("  first piece / whole", f"{statistics.median(firsts) / statistics.median(totals):.2f}")
    )

    bw = memory_bandwidth_gbs()
    big = GPT2LMHeadModel(GPT2Config()).eval()  # 124M, random weights, no download
    n_params = sum(p.numel() for p in big.parameters())
    bytes_per_token = n_params * 4  # fp32; every weight is read once per generated token
    bound = bw * 1e9 / bytes_per_token
    big_ids = torch.randint(0, 50257, (1, 8))
    big_new = 32

    def big_gen() -> None:
        with torch.no_grad():
            big.generate(
                input_ids=big_ids,
                attention_mask=torch.ones_like(big_ids),
                max_new_tokens=big_new,
                min_new_tokens=big_new,
                do_sample=False,
                pad_token_id=0,
            )

    big_gen()
    t_big = _median_time(big_gen, max(2, args.repeats // 2))
    tps = big_new / t_big
    rows.append(("memory bandwidth (numpy copy, read+write)", f"{bw:.1f} GB/s"))
    rows.append(
        (
            f"GPT-2 small ({n_params / 1e6:.0f}M, fp32) weights per token",
            f"{bytes_per_token / 1e6:.0f} MB",
        )
    )
    rows.append(("  bandwidth bound", f"{bound:.1f} tokens/s"))
    rows.append(("  measured model.generate, batch 1", f"{tps:.1f} tokens/s"))
    rows.append(("  measured / bound", f"{tps / bound:.2f}"))

    print(
        f"# bench_text on {platform.machine()} {platform.processor() or ''} "
        f"torch {torch.__version__}, {torch.get_num_threads()} threads"
    )
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v:>12}")
    return rows


if __name__ == "__main__":
    main()
