"""The image training scripts run (a few steps into tmp_path), and the GAN training loop they
share with the live lab (:mod:`aigc_dash.generation.gan_training`) behaves."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from aigc_dash.generation import digits, images, models
from aigc_dash.generation import gan_training as gt
from aigc_dash.nets.dcgan import DCGANConfig
from aigc_dash.training import classifier, dcgan, diffusion

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _restore_threads():
    # the scripts call torch.set_num_threads(1); give the rest of the session its threads back
    n = torch.get_num_threads()
    yield
    torch.set_num_threads(n)


def _args(tmp_path, *extra: str) -> list[str]:
    out, ckpt = str(tmp_path / "out"), str(tmp_path / "ckpt")
    return ["--out", out, "--ckpt-dir", ckpt, "--quiet", "--threads", "1", *extra]


def test_classifier_script_runs_and_resumes(tmp_path):
    info = classifier.main(_args(tmp_path, "--max-steps", "3", "--epochs", "1"))
    assert info["steps"] == 3
    out = tmp_path / "out"
    assert (out / "model.safetensors").exists() and "CC BY-SA 3.0" in (
        out / "README.md"
    ).read_text()
    clf = models.load_classifier(str(out))
    pred, _ = images.classify(np.zeros((2, 28, 28), dtype=np.uint8), clf)
    assert pred.shape == (2,)


def test_dcgan_script_runs(tmp_path):
    info = dcgan.main(_args(tmp_path, "--max-steps", "3", "--epochs", "1"))
    assert info["steps"] == 3
    out = tmp_path / "out"
    hist = json.loads((out / "loss_history.json").read_text())
    assert len(hist["d_loss"]) == 3
    g = models.load_dcgan(str(out))
    assert images.sample_dcgan(g, 0, 2).images.shape == (2, 28, 28)
    assert models.load_dcgan_discriminator(str(out)) is not None


def test_diffusion_script_runs_and_resumes(tmp_path):
    info = diffusion.main(_args(tmp_path, "--max-steps", "2", "--steps", "10"))
    assert info["steps"] == 2
    info = diffusion.main(_args(tmp_path, "--max-steps", "4", "--resume"))
    assert info["steps"] == 4 and info["planned_steps"] == 10
    unet, sched = models.load_diffusion(str(tmp_path / "out"))
    out = images.sample_diffusion(unet, sched, 1, num_inference_steps=2, scheduler_name="ddim")
    assert out.images.shape == (1, 28, 28)
    assert "CC BY-SA 3.0" in (tmp_path / "out" / "README.md").read_text()


def test_train_dcgan_callbacks_and_stop_button():
    x, _ = digits.digits_split("train")
    g, d = gt.build_models(1, DCGANConfig(width=8))
    before = [p.detach().clone() for p in g.parameters()]
    steps: list[int] = []
    epochs: list[int] = []
    hist = gt.train_dcgan(
        g,
        d,
        x[:256],
        epochs=3,
        batch_size=64,
        seed=1,
        on_step=lambda s, ld, lg: steps.append(s),
        on_epoch=lambda e, h: epochs.append(e),
        should_stop=lambda: len(steps) >= 6,
    )
    assert steps == [1, 2, 3, 4, 5, 6] and epochs == [1]  # 4 batches an epoch, stopped in epoch 2
    assert hist["stopped"] and hist["steps"] == 6 and len(hist["d_loss"]) == 6
    assert any(not torch.equal(a, b) for a, b in zip(before, g.parameters(), strict=True))
    assert not g.training  # left ready for sampling
    # continue the same run
    hist = gt.train_dcgan(g, d, x[:256], epochs=1, history=hist, seed=1)
    assert not hist["stopped"] and hist["epochs"] == 2 and hist["steps"] == 10


def test_train_dcgan_keeps_an_averaged_generator():
    import copy

    x, _ = digits.digits_split("train")
    g, d = gt.build_models(3, DCGANConfig(width=8))
    ema = copy.deepcopy(g)
    start = [p.detach().clone() for p in ema.parameters()]
    gt.train_dcgan(
        g, d, x[:128], epochs=1, batch_size=64, seed=3, ema=ema, ema_decay=0.5, augment=2
    )
    moved = [not torch.equal(a, b) for a, b in zip(start, ema.parameters(), strict=True)]
    assert any(moved)
    avg = gt.recalibrate_bn(ema, batches=2, batch_size=8)
    assert not avg.training
    assert images.sample_dcgan(avg, 0, 2).images.shape == (2, 28, 28)


def test_translate_shifts_within_bounds():
    x = torch.full((4, 1, 28, 28), -1.0)
    x[:, :, 12:16, 12:16] = 1.0
    y = gt.translate(x, torch.Generator().manual_seed(0), 2)
    assert y.shape == x.shape and (y > 0).sum() == (x > 0).sum()
    rows = [int(torch.nonzero(y[k, 0] > 0)[:, 0].min()) for k in range(4)]
    assert all(10 <= r <= 14 for r in rows)


def test_train_dcgan_is_reproducible():
    x, _ = digits.digits_split("train")
    runs = []
    for _ in range(2):
        g, d = gt.build_models(2, DCGANConfig(width=8))
        h = gt.train_dcgan(g, d, x[:128], epochs=1, batch_size=64, seed=2)
        runs.append((h["d_loss"], images.sample_dcgan(g, 0, 2).images))
    assert runs[0][0] == runs[1][0] and np.array_equal(runs[0][1], runs[1][1])


def test_lr_schedule_warms_up_and_decays():
    assert diffusion.lr_factor(0, 1000) < diffusion.lr_factor(199, 1000) == pytest.approx(1.0)
    assert diffusion.lr_factor(1000, 1000) == pytest.approx(0.02)
