"""A class generating at once: 8 threads share one cached model, and every seeded result is
identical to the same call made alone (loaded models are shared by all sessions)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from aigc_dash.generation import images, text
from aigc_dash.ui import models as model_cache

pytestmark = pytest.mark.slow
THREADS = 8


def _run_together(fn, args: list) -> list:
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        return list(pool.map(fn, args))


def test_eight_threads_on_one_cached_gpt_match_single_threaded_runs():
    pipe = model_cache.cached_text_pipeline("gpt")
    assert model_cache.cached_text_pipeline("gpt") is pipe  # one shared model
    prompts = ["The quick brown fox", "床前明月光", "def main():", "AIGC"] * 2
    jobs = [(p, seed) for seed, p in enumerate(prompts)]

    def one(job):
        prompt, seed = job
        return text.generate(pipe, prompt, text.SamplingParams(max_new_tokens=12, seed=seed))

    alone = [one(job) for job in jobs]
    together = _run_together(one, jobs)
    assert together == alone
    assert len({tuple(r) for r in alone}) > 1  # different seeds really differ


def test_eight_threads_on_one_cached_diffusion_model_match_single_threaded_runs():
    unet, base = model_cache.cached_diffusion("diffusion")
    jobs = [
        (digit, seed, name)
        for digit, seed, name in zip(
            range(8), range(100, 108), ["dpm++", "ddim", "euler", "ddpm"] * 2, strict=True
        )
    ]

    def one(job):
        digit, seed, name = job
        return images.sample_diffusion(
            unet, base, digit, num_inference_steps=4, scheduler_name=name, seed=seed
        ).images

    alone = [one(job) for job in jobs]
    together = _run_together(one, jobs)
    for a, b in zip(alone, together, strict=True):
        assert np.array_equal(a, b)


def test_eight_threads_on_one_cached_dcgan_and_classifier():
    generator, classifier = (
        model_cache.cached_dcgan("dcgan"),
        model_cache.cached_classifier("classifier"),
    )

    def one(seed):
        sample = images.sample_dcgan(generator, seed=seed, count=4)
        return sample.images, images.classify(sample.images, classifier)[0]

    alone = [one(s) for s in range(THREADS)]
    together = _run_together(one, list(range(THREADS)))
    for (img_a, lab_a), (img_b, lab_b) in zip(alone, together, strict=True):
        assert np.array_equal(img_a, img_b) and np.array_equal(lab_a, lab_b)
