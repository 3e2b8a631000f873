"""The bundled image models through the real loaders and the generation functions."""

from __future__ import annotations

import io
import threading
import time

import numpy as np
import pytest
from PIL import Image

from aigc_dash.generation import digits, images, models

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def _one_thread():
    # tiny batches gain nothing from a second thread, and on a busy machine two OpenMP threads
    # wait on each other; restore the session's setting afterwards
    import torch

    n = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(n)


@pytest.fixture(scope="module")
def clf():
    return models.load_classifier()


@pytest.fixture(scope="module")
def gen():
    return models.load_dcgan()


@pytest.fixture(scope="module")
def diffusion():
    return models.load_diffusion()


def test_registry_has_bundled_image_models():
    for name in ("classifier", "dcgan", "diffusion"):
        info = models.REGISTRY[name]
        assert info.bundled and info.path.is_dir()
        assert (info.path / "README.md").read_text(encoding="utf-8").count("CC BY-SA 3.0") >= 1
    assert not models.REGISTRY["google/ddpm-cifar10-32"].bundled


def test_image_weights_are_small():
    total = sum(
        f.stat().st_size
        for name in ("classifier", "dcgan", "diffusion")
        for f in models.REGISTRY[name].path.rglob("*.safetensors")
    )
    assert 0 < total < 30 * 2**20


def test_classifier_reads_heldout_digits(clf):
    x, y = digits.digits_split("heldout")
    idx = np.arange(0, len(y), 5)  # 200 digits, 20 a class
    pred, conf = images.classify(x[idx], clf)
    assert pred.shape == conf.shape == (200,)
    assert ((conf >= 0) & (conf <= 1)).all()
    assert (pred == y[idx]).mean() >= 0.97


def test_classify_rejects_non_uint8_and_handles_empty(clf):
    with pytest.raises(ValueError):
        images.classify(np.zeros((2, 28, 28), dtype=np.float32), clf)
    pred, conf = images.classify(np.zeros((0, 28, 28), dtype=np.uint8), clf)
    assert pred.shape == conf.shape == (0,)


def test_dcgan_is_seeded_and_each_image_redrawable(gen):
    a = images.sample_dcgan(gen, seed=5, count=4)
    b = images.sample_dcgan(gen, seed=5, count=4)
    assert a.images.shape == (4, 28, 28) and a.images.dtype == np.uint8
    assert np.array_equal(a.images, b.images) and not a.clamped
    # image i comes from seed + i
    assert np.array_equal(a.images[2], images.sample_dcgan(gen, seed=7, count=1).images[0])
    assert not np.array_equal(a.images[0], a.images[1])


def test_dcgan_samples_look_like_digits(gen, clf):
    out = images.sample_dcgan(gen, seed=0, count=64)
    _, conf = images.classify(out.images, clf)
    assert (conf >= 0.9).mean() >= 0.65


def test_dcgan_clamps_count_and_seed(gen):
    out = images.sample_dcgan(gen, seed=-3, count=1000)
    assert out.clamped and out.images.shape == (images.MAX_COUNT, 28, 28)
    assert out.params == {"seed": 0, "count": images.MAX_COUNT}
    assert images.sample_dcgan(gen, seed=0, count="x").clamped


@pytest.mark.parametrize("mode", ["slerp", "linear"])
def test_interpolation_endpoints_are_the_seed_samples(gen, mode):
    out = images.interpolate_dcgan(gen, 3, 11, n_frames=6, mode=mode)
    assert out.images.shape == (6, 28, 28)
    assert np.array_equal(out.images[0], images.sample_dcgan(gen, 3, 1).images[0])
    assert np.array_equal(out.images[-1], images.sample_dcgan(gen, 11, 1).images[0])
    assert not np.array_equal(out.images[2], out.images[0])
    assert images.interpolate_dcgan(gen, 3, 11, n_frames=500).images.shape[0] == 60


def test_discriminator_and_history_load():
    import torch

    disc = models.load_dcgan_discriminator()
    x, _ = digits.digits_split("heldout")
    with torch.no_grad():
        logits = disc(images._to_tensor(x[:8]))
    assert logits.shape == (8,)
    hist = models.load_dcgan_history()
    assert len(hist["d_loss"]) == len(hist["g_loss"]) == hist["steps"] > 0


def test_diffusion_loads_like_a_hub_model(diffusion):
    from diffusers import DDPMScheduler, UNet2DModel

    unet, sched = diffusion
    assert isinstance(unet, UNet2DModel) and isinstance(sched, DDPMScheduler)
    assert unet.config.num_class_embeds == 11 and unet.config.sample_size == 28
    assert not unet.training


@pytest.mark.parametrize("name", list(images.SCHEDULERS))
def test_each_scheduler_samples_and_shows_every_step(diffusion, name):
    unet, sched = diffusion
    seen: list[tuple[int, float]] = []

    def cb(i, t, sample, x0):
        assert sample.shape == x0.shape == (2, 28, 28) and sample.dtype == np.uint8
        seen.append((i, t))

    out = images.sample_diffusion(
        unet,
        sched,
        4,
        count=2,
        num_inference_steps=4,
        scheduler_name=name,
        seed=3,
        keep_frames=True,
        callback=cb,
    )
    assert [i for i, _ in seen] == [0, 1, 2, 3]
    assert seen[0][1] > seen[-1][1]  # from noisy to clean
    assert out.images.shape == (2, 28, 28) and not out.clamped
    assert len(out.frames) == len(out.x0_frames) == 5 and out.frame_steps == [0, 1, 2, 3, 4]
    again = images.sample_diffusion(
        unet, sched, 4, count=2, num_inference_steps=4, scheduler_name=name, seed=3
    )
    assert np.array_equal(out.images, again.images)
    other = images.sample_diffusion(
        unet, sched, 4, count=2, num_inference_steps=4, scheduler_name=name, seed=4
    )
    assert not np.array_equal(out.images, other.images)


def test_diffusion_draws_the_requested_digit(diffusion, clf):
    unet, sched = diffusion
    labels = np.arange(10).repeat(2)
    out = images.diffusion_batch(unet, sched, labels, seed=0)
    pred, _ = images.classify(out, clf)
    assert (pred == labels).mean() >= 0.9


def test_diffusion_frames_are_memory_bounded(diffusion):
    unet, sched = diffusion
    count = {"n": 0}
    out = images.sample_diffusion(
        unet,
        sched,
        1,
        num_inference_steps=30,
        scheduler_name="ddim",
        keep_frames=True,
        max_frames=8,
        callback=lambda *a: count.__setitem__("n", count["n"] + 1),
    )
    assert count["n"] == 30
    assert len(out.frames) == 9 and out.frame_steps[0] == 0 and out.frame_steps[-1] == 30


def test_diffusion_clamps_bad_arguments(diffusion):
    unet, sched = diffusion
    out = images.sample_diffusion(
        unet,
        sched,
        42,
        count=0,
        num_inference_steps=0,
        guidance_scale=float("nan"),
        scheduler_name="<script>",
        seed=-1,
    )
    assert out.clamped
    assert out.params == {
        "digit": 9,
        "count": 1,
        "num_inference_steps": 1,
        "guidance_scale": images.DEFAULT_GUIDANCE,
        "scheduler_name": images.DEFAULT_SCHEDULER,
        "seed": 0,
    }
    assert images.sample_diffusion(unet, sched, None, num_inference_steps=2).params["digit"] is None


def test_schedulers_are_new_per_call(diffusion):
    _, sched = diffusion
    a = models.diffusion_scheduler("ddim", sched.config)
    b = models.diffusion_scheduler("ddim", sched.config)
    assert a is not b and type(a).__name__ == "DDIMScheduler"
    with pytest.raises(ValueError):
        images.make_scheduler("nope", sched.config)


def test_concurrent_generation_matches_single_threaded(diffusion, gen):
    unet, sched = diffusion
    jobs = [(s % 4, s) for s in range(4)]

    def run(digit: int, seed: int):
        d = images.sample_diffusion(
            unet, sched, digit, num_inference_steps=3, scheduler_name="dpm++", seed=seed
        )
        g = images.sample_dcgan(gen, seed=seed, count=2)
        return d.images, g.images

    expected = [run(d, s) for d, s in jobs]
    results: list = [None] * len(jobs)

    def worker(k: int) -> None:
        results[k] = run(*jobs[k])

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for (d1, g1), (d2, g2) in zip(expected, results, strict=True):
        assert np.array_equal(d1, d2) and np.array_equal(g1, g2)


def test_forward_process_adds_noise(diffusion):
    _, sched = diffusion
    img, clamped = images.real_digit(3, 0)
    assert img.shape == (28, 28) and not clamped
    start, _ = images.add_noise(sched, img, 0, seed=1)
    late, _ = images.add_noise(sched, img, 999, seed=1)
    assert np.abs(start.astype(int) - img).mean() < 5
    assert np.abs(late.astype(int) - img).mean() > 40
    again, _ = images.add_noise(sched, img, 500, seed=1)
    assert np.array_equal(again, images.add_noise(sched, img, 500, seed=1)[0])
    assert images.add_noise(sched, img, 5000)[1]
    assert images.signal_fraction(sched, 0) > 0.99 > 0.01 > images.signal_fraction(sched, 999)
    assert images.real_digit(12, 10_000)[1]


def test_pictures_are_crisp_pngs_and_gifs():
    imgs = np.stack([np.full((28, 28), v, dtype=np.uint8) for v in (0, 100, 200, 255, 50)])
    g = images.grid(imgs, cols=3, pad=2)
    assert g.shape == (2 * 30 + 2, 3 * 30 + 2)
    png = Image.open(io.BytesIO(images.grid_png(imgs, cols=3, scale=4)))
    assert png.format == "PNG" and png.size == (g.shape[1] * 4, g.shape[0] * 4)
    px = np.asarray(png)
    assert (px[8:16, 8:16] == 0).all() and (px[8:16, 8 + 30 * 4 : 16 + 30 * 4] == 100).all()
    gif = Image.open(io.BytesIO(images.frames_gif([imgs[:2], imgs[2:4], imgs[3:5]], scale=2)))
    assert gif.format == "GIF" and gif.n_frames == 3
    strip = Image.open(
        io.BytesIO(images.strip_png([imgs[i : i + 1] for i in range(5)], scale=1, max_frames=3))
    )
    assert strip.size[0] == 3 * 30 + 2
    with pytest.raises(ValueError):
        images.frames_gif([])


def test_png_data_uri_decodes_to_the_same_pixels():
    import base64

    img = np.arange(28 * 28, dtype=np.uint8).reshape(28, 28)
    uri = images.png_data_uri(images.png_bytes(img))
    assert uri.startswith("data:image/png;base64,")
    png = Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1])))
    assert png.format == "PNG" and np.array_equal(np.asarray(png), img)


def test_hub_image_model_falls_back_fast_without_network(monkeypatch):
    monkeypatch.setenv("AIGC_ENABLE_HUB", "1")
    monkeypatch.setenv("AIGC_HUB_ALLOWLIST", "google/ddpm-cifar10-32")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(models, "HUB_HOST", ("192.0.2.1", 443))  # TEST-NET-1: never answers
    models._probe_cache.clear()
    t0 = time.monotonic()
    choice = models.resolve_image_model("google/ddpm-cifar10-32")
    assert time.monotonic() - t0 < 5
    assert (
        choice.fell_back and choice.model_id == "diffusion" and choice.reason == "hub_unreachable"
    )
    models._probe_cache.clear()


def test_hub_image_model_off_unless_enabled_and_allowed(monkeypatch):
    monkeypatch.delenv("AIGC_ENABLE_HUB", raising=False)
    assert models.resolve_image_model("google/ddpm-cifar10-32").reason == "hub_disabled"
    monkeypatch.setenv("AIGC_ENABLE_HUB", "1")
    monkeypatch.setenv("AIGC_HUB_ALLOWLIST", "gpt2")
    assert models.resolve_image_model("google/ddpm-cifar10-32").reason == "hub_not_allowed"
    assert models.resolve_image_model("no/such-model").reason == "unknown"
    ok = models.resolve_image_model("diffusion")
    assert not ok.fell_back and ok.reason == ""
