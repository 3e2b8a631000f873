"""Diffusion at the app's default settings vs 1,000 DDPM steps: time and classifier agreement.

    python bench/bench_diffusion.py [--per-digit 2] [--threads N]

Both rows sample the same digits (``per_digit`` of each of 0-9) from the bundled model with
the same guidance scale, and the bundled classifier checks that each image is the digit that
was asked for. Prints a table and the speed ratio measured in the same run (these machines are
shared and noisy, so only the ratio is comparable between runs). No assertions.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aigc_dash.generation import images, models  # noqa: E402


def run(unet, sched, clf, labels, name: str, steps: int, guidance: float) -> dict:
    """Time one batch and score it with the classifier."""
    t0 = time.perf_counter()
    out = images.diffusion_batch(
        unet,
        sched,
        labels,
        scheduler_name=name,
        num_inference_steps=steps,
        guidance_scale=guidance,
        seed=0,
    )
    seconds = time.perf_counter() - t0
    pred, _ = images.classify(out, clf)
    return {"seconds": seconds, "agreement": float((pred == labels).mean())}


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the table."""
    p = argparse.ArgumentParser()
    p.add_argument("--per-digit", type=int, default=2, help="samples per digit (batch = 10x this)")
    p.add_argument("--threads", type=int, default=None)
    args = p.parse_args(argv)
    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    unet, sched = models.load_diffusion()
    clf = models.load_classifier()
    labels = np.repeat(np.arange(10), args.per_digit)
    g = images.DEFAULT_GUIDANCE
    rows = [
        (
            f"app default: {images.SCHEDULER_LABELS[images.DEFAULT_SCHEDULER]}",
            images.DEFAULT_SCHEDULER,
            images.DEFAULT_STEPS,
        ),
        ("baseline: DDPM", "ddpm", 1000),
    ]
    results = [
        (label, steps, run(unet, sched, clf, labels, name, steps, g)) for label, name, steps in rows
    ]
    base = results[1][2]["seconds"]
    print(
        f"diffusion sampling, batch {len(labels)} ({args.per_digit} per digit), guidance {g}, "
        f"torch threads {torch.get_num_threads()}, {platform.machine()}"
    )
    print(
        f"{'sampler':<28} {'steps':>6} {'seconds':>9} {'s/image':>8} {'agreement':>10} {'speed-up':>9}"
    )
    for label, steps, r in results:
        print(
            f"{label:<28} {steps:>6} {r['seconds']:>9.2f} {r['seconds'] / len(labels):>8.3f} "
            f"{r['agreement']:>10.0%} {base / r['seconds']:>8.1f}x"
        )
    print(
        f"ratio: the app's default is {base / results[0][2]['seconds']:.1f}x faster than 1000 DDPM steps"
    )


if __name__ == "__main__":
    main()
