"""THE DCGAN training loop and its recipe, shared by the live training lab
(:mod:`aigc_dash.playgrounds.image`) and the command that trains the bundled model
(``python -m aigc_dash.training.dcgan``).

Hyper-parameters follow the course notes (section 5.2): latent size 100, 28x28 images, batch
64, learning rate 2e-4; Adam's betas are (0.5, 0.999) from the DCGAN paper (Radford et al.,
2015), not the course's (it keeps Adam's default (0.9, 0.999)); binary cross-entropy (on the
discriminator's logits, the numerically stable form of BCE). :func:`train_dcgan` takes
callbacks for progress, loss curves and a stop button; whatever was trained when it stops
stays in the networks. torch is imported inside the functions, so importing this module is cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypedDict

import numpy as np

from aigc_dash.nets.digits import to_unit

if TYPE_CHECKING:
    import torch
    from torch import nn

    from aigc_dash.nets.dcgan import DCGANConfig, Discriminator, Generator

BATCH_SIZE = 64
LR = 2e-4
BETAS = (0.5, 0.999)
EMA_DECAY = 0.999


class LossHistory(TypedDict):
    """What :func:`train_dcgan` records (plain lists and numbers, JSON-ready: the bundled
    model's ``loss_history.json`` is one)."""

    d_loss: list[float]  # per step
    g_loss: list[float]
    d_real: list[float]  # the discriminator's mean probability of "real" on real images
    d_fake: list[float]  # ... and on generated ones
    epoch_d_loss: list[float]  # per epoch (mean over its steps)
    epoch_g_loss: list[float]
    steps: int
    epochs: int
    stopped: bool  # True when the last call stopped early (stop button, step budget)


def new_history() -> LossHistory:
    """An empty loss history."""
    return {
        "d_loss": [],
        "g_loss": [],
        "d_real": [],
        "d_fake": [],
        "epoch_d_loss": [],
        "epoch_g_loss": [],
        "steps": 0,
        "epochs": 0,
        "stopped": False,
    }


def build_models(
    seed: int = 0, config: DCGANConfig | None = None
) -> tuple[Generator, Discriminator]:
    """A fresh generator and discriminator (default: the lab's ``dcgan-28-v1``) with DCGAN
    weight initialisation (N(0, 0.02); BatchNorm scales N(1, 0.02)), seeded."""
    import torch
    from torch import nn

    from aigc_dash.nets import dcgan

    g = torch.Generator().manual_seed(seed)
    gen, disc = dcgan.build(config or dcgan.DCGANConfig())
    with torch.no_grad():
        for module in (gen, disc):
            for m in module.modules():
                # draw the init from our own generator so the result does not depend on global state
                if isinstance(m, nn.Conv2d | nn.ConvTranspose2d | nn.Linear):
                    m.weight.copy_(torch.randn(m.weight.shape, generator=g) * 0.02)
                    if m.bias is not None:
                        m.bias.zero_()
                elif isinstance(m, nn.BatchNorm1d | nn.BatchNorm2d):
                    m.weight.copy_(1 + torch.randn(m.weight.shape, generator=g) * 0.02)
                    m.bias.zero_()
    return gen, disc


def make_optimizers(
    generator: nn.Module,
    discriminator: nn.Module,
    lr: float = LR,
    betas: tuple[float, float] = BETAS,
) -> tuple[torch.optim.Adam, torch.optim.Adam]:
    """Adam for each network: the course's learning rate, the DCGAN paper's betas."""
    import torch

    return (
        torch.optim.Adam(generator.parameters(), lr=lr, betas=betas),
        torch.optim.Adam(discriminator.parameters(), lr=lr, betas=betas),
    )


def translate(x: torch.Tensor, rng: torch.Generator, max_shift: int) -> torch.Tensor:
    """Shift each image by a random whole number of pixels in [-max_shift, max_shift] (the
    background, -1, fills in); differentiable with respect to ``x``."""
    import torch
    from torch import nn

    b, _, h, w = x.shape
    pad = nn.functional.pad(x, (max_shift,) * 4, value=-1.0)
    dx = torch.randint(0, 2 * max_shift + 1, (b,), generator=rng)
    dy = torch.randint(0, 2 * max_shift + 1, (b,), generator=rng)
    rows = (dy[:, None] + torch.arange(h)[None, :])[:, None, :, None].expand(
        b, 1, h, w + 2 * max_shift
    )
    pad = pad.gather(2, rows)
    cols = (dx[:, None] + torch.arange(w)[None, :])[:, None, None, :].expand(b, 1, h, w)
    return pad.gather(3, cols)


def steps_per_epoch(n_images: int, batch_size: int = BATCH_SIZE) -> int:
    """Batches in one epoch of :func:`train_dcgan` (full batches only; at least one)."""
    b = int(batch_size)
    return max(1, n_images // b) if n_images >= b else 1


def train_dcgan(
    generator: Generator,
    discriminator: Discriminator,
    data: np.ndarray | torch.Tensor,
    epochs: int,
    *,
    batch_size: int = BATCH_SIZE,
    lr: float = LR,
    betas: tuple[float, float] = BETAS,
    seed: int = 0,
    rng: torch.Generator | None = None,
    optimizers: tuple[torch.optim.Optimizer, torch.optim.Optimizer] | None = None,
    history: LossHistory | None = None,
    max_steps: int | None = None,
    ema: Generator | None = None,
    ema_decay: float = EMA_DECAY,
    augment: int = 0,
    on_step: Callable[[int, float, float], None] | None = None,
    on_epoch: Callable[[int, LossHistory], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> LossHistory:
    """Train a DCGAN in place for ``epochs`` passes over ``data`` and return the loss history.

    ``data``: real images, uint8 ``[N, 28, 28]`` (numpy) or float ``[N, 1, 28, 28]`` in [-1, 1].
    ``on_step(step, d_loss, g_loss)`` runs after every batch, ``on_epoch(epoch, history)``
    after every epoch; ``should_stop()`` is checked before every batch (a stop button). The
    networks keep whatever they learnt when stopped (``history["stopped"]`` is then True).
    Pass ``optimizers``, ``history`` and ``rng`` from an earlier call to continue training.
    ``ema``: an optional copy of the generator that tracks an exponential moving average of
    its weights (decay ``ema_decay``); averaged GAN generators draw cleaner samples
    (recalibrate its BatchNorm statistics with :func:`recalibrate_bn` before sampling).
    ``augment``: shift every image the discriminator sees, real or generated, by up to this
    many pixels (differentiable augmentation, which keeps a discriminator from memorising a
    small data set); 0 = off, as in the course notes.
    """
    import torch
    from torch import nn

    if isinstance(data, np.ndarray):
        data = torch.from_numpy(to_unit(data)).unsqueeze(1)
    data = data.float()
    n = len(data)
    if n == 0:
        raise ValueError("no training images")
    rng = rng if rng is not None else torch.Generator().manual_seed(seed)
    opt_g, opt_d = optimizers or make_optimizers(generator, discriminator, lr, betas)
    hist = history if history is not None else new_history()
    hist["stopped"] = False
    bce = nn.BCEWithLogitsLoss()
    latent_dim = generator.latent_dim
    generator.train()
    discriminator.train()
    start_epoch = hist["epochs"]
    try:
        for epoch in range(start_epoch, start_epoch + epochs):
            perm = torch.randperm(n, generator=rng)
            sum_d = sum_g = 0.0
            count = 0
            for i in range(0, n - batch_size + 1 if n >= batch_size else 1, batch_size):
                if (should_stop is not None and should_stop()) or (
                    max_steps is not None and hist["steps"] >= max_steps
                ):
                    hist["stopped"] = True
                    return hist
                real = data[perm[i : i + batch_size]]
                b = len(real)
                z = torch.randn(b, latent_dim, generator=rng)
                fake = generator(z)
                # discriminator: real -> 1, fake -> 0
                if augment:  # the same kind of random shift for real and fake (DiffAugment)
                    real = translate(real, rng, augment)
                d_real = discriminator(real)
                d_fake = discriminator(
                    translate(fake.detach(), rng, augment) if augment else fake.detach()
                )
                loss_d = bce(d_real, torch.ones(b)) + bce(d_fake, torch.zeros(b))
                opt_d.zero_grad(set_to_none=True)
                loss_d.backward()
                opt_d.step()
                # generator: make the discriminator say 1 on fakes (non-saturating loss)
                fake_in = translate(fake, rng, augment) if augment else fake
                loss_g = bce(discriminator(fake_in), torch.ones(b))
                opt_g.zero_grad(set_to_none=True)
                loss_g.backward()
                opt_g.step()
                if ema is not None:
                    with torch.no_grad():
                        for pe, pg in zip(ema.parameters(), generator.parameters(), strict=True):
                            pe.lerp_(pg, 1 - ema_decay)
                hist["steps"] += 1
                ld, lg = loss_d.item(), loss_g.item()
                hist["d_loss"].append(round(ld, 5))
                hist["g_loss"].append(round(lg, 5))
                hist["d_real"].append(round(torch.sigmoid(d_real).mean().item(), 4))
                hist["d_fake"].append(round(torch.sigmoid(d_fake).mean().item(), 4))
                sum_d, sum_g, count = sum_d + ld, sum_g + lg, count + 1
                if on_step is not None:
                    on_step(hist["steps"], ld, lg)
            hist["epochs"] = epoch + 1
            hist["epoch_d_loss"].append(round(sum_d / max(count, 1), 5))
            hist["epoch_g_loss"].append(round(sum_g / max(count, 1), 5))
            if on_epoch is not None:
                on_epoch(epoch + 1, hist)
    finally:
        generator.eval()
        discriminator.eval()
    return hist


def seeded_latents(seed: int, count: int, latent_dim: int) -> torch.Tensor:
    """Latent ``i`` comes from seed ``seed + i``, so any sample can be redrawn on its own."""
    import torch

    return torch.stack(
        [
            torch.randn(latent_dim, generator=torch.Generator().manual_seed(seed + i))
            for i in range(count)
        ]
    )


def recalibrate_bn(
    generator: Generator, batches: int = 20, batch_size: int = 64, seed: int = 0
) -> Generator:
    """Re-estimate a generator's BatchNorm running statistics from its own outputs (needed for an
    averaged generator, whose weights never produced the running statistics it carries)."""
    import torch
    from torch import nn

    bns = [m for m in generator.modules() if isinstance(m, nn.BatchNorm1d | nn.BatchNorm2d)]
    saved = [m.momentum for m in bns]
    for m in bns:
        m.reset_running_stats()
        m.momentum = None  # cumulative average over the batches below
    generator.train()
    rng = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for _ in range(batches):
            generator(torch.randn(batch_size, generator.latent_dim, generator=rng))
    for m, mom in zip(bns, saved, strict=True):
        m.momentum = mom
    return generator.eval()
