"""A class generating at once: the in-process bundled path vs an inference server.

    python bench/bench_serve.py [--students 16] [--new-tokens 64]

Each of ``--students`` threads asks for ``--new-tokens`` tokens (sampling, its own seed) at
the same moment, through

(a) the app's in-process path: ``aigc_dash.generation.text.generate`` on one shared bundled
    GPT pipeline; the app serialises generation on a shared model behind one lock, so the
    class queues;
(b) the app's server path: ``aigc_dash.generation.remote.stream`` against
    ``transformers serve --continuous-batching`` (started here on a free localhost port,
    offline, serving the same bundled GPT from ``data/models/gpt``), which batches the
    requests it has in flight.

It prints total wall time, p50/p95 latency per student and tokens/s for each, and the ratio
(b)/(a). Both run on this machine, so the server competes for the same cores: on a shared
2-core CPU the ratio says how the two paths compare, not what a GPU server gives.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


def _run(students: int, one) -> tuple[float, list[float], int]:
    """Run ``one(i)`` for every student at once; ``(wall s, latencies, tokens)``."""
    latencies: list[float] = []
    tokens = 0

    def timed(i: int) -> tuple[float, int]:
        t0 = time.perf_counter()
        n = one(i)
        return time.perf_counter() - t0, n

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=students) as pool:
        for latency, n in pool.map(timed, range(students)):
            latencies.append(latency)
            tokens += n
    return time.perf_counter() - t0, latencies, tokens


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=16)
    parser.add_argument("--new-tokens", type=int, default=64)
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from aigc_dash.generation import models, remote, text
    from tests.serving import GPT_DIR, transformers_serve

    models.limit_torch_threads()
    pipe = models.load_text_pipeline("gpt")
    prompt = "def read_config(path):"

    def local(i: int) -> int:
        res = text.generate_with_info(
            pipe, prompt, max_new_tokens=args.new_tokens, do_sample=True, seed=i
        )
        return len(pipe.tokenizer(res.texts[0])["input_ids"])

    text.generate(pipe, prompt, max_new_tokens=4, seed=0)  # warm
    local_wall, local_lat, local_tok = _run(args.students, local)

    with transformers_serve(continuous_batching=True) as (url, _proc):
        cfg = remote.ServerConfig(url, (GPT_DIR,))

        def served(i: int) -> int:
            params = remote.RemoteParams(max_tokens=args.new_tokens, temperature=0.8, seed=i)
            body = "".join(remote.stream(cfg, GPT_DIR, prompt, params))
            return len(pipe.tokenizer(body)["input_ids"])

        # the server loaded the model on its first request (tests.serving.warm); the class's
        # requests queue on 2 cores, so allow more than the app's 15 s to a first token here
        remote.FIRST_TOKEN_TIMEOUT_S = 120.0
        server_wall, server_lat, server_tok = _run(args.students, served)

    rows = [
        ("in-process (lock)", local_wall, local_lat, local_tok),
        ("transformers serve (continuous batching)", server_wall, server_lat, server_tok),
    ]
    print(
        f"{args.students} students x {args.new_tokens} new tokens, "
        f"{os.cpu_count()} CPUs, {platform.processor() or platform.machine()}"
    )
    print(f"{'path':<42}{'total s':>9}{'p50 s':>8}{'p95 s':>8}{'tok/s':>8}")
    for name, wall, lat, tok in rows:
        print(
            f"{name:<42}{wall:>9.2f}{statistics.median(lat):>8.2f}"
            f"{_percentile(lat, 0.95):>8.2f}{tok / wall:>8.1f}"
        )
    print(
        f"ratio server/in-process: total {server_wall / local_wall:.2f}x, "
        f"p95 {_percentile(server_lat, 0.95) / _percentile(local_lat, 0.95):.2f}x, "
        f"tokens/s {(server_tok / server_wall) / (local_tok / local_wall):.2f}x"
    )


if __name__ == "__main__":
    main()
