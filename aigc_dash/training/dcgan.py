"""The DCGAN: its networks, its one training loop, and the command that trains the bundled one.

    python -m aigc_dash.training.dcgan --minutes 8 --out data/models/dcgan [--resume]

Hyper-parameters follow the course notes (section 5.2): latent size 100, 28x28 images, batch
64, learning rate 2e-4, binary cross-entropy loss (on the discriminator's logits, the
numerically stable form of BCE); Adam's betas are (0.5, 0.999) from the DCGAN paper (Radford
et al., 2015), not the course's (it keeps Adam's default (0.9, 0.999)). :func:`train_dcgan` is THE training loop: the
command below and the live training lab both call it, with callbacks for progress, loss
curves and a stop button; whatever was trained when it stops stays in the models.

The command trains the ``--arch`` network (default ``dcgan-28-v2``, the bundled one; the live
lab uses the smaller ``dcgan-28-v1``) on the 4,000 ``train`` digits, scores 500 samples with the bundled
classifier every few epochs, and keeps the best generator (share of samples the classifier
reads with confidence >= 0.9, all ten digits present). Writes ``generator.safetensors``,
``discriminator.safetensors``, ``config.json``, ``loss_history.json`` and ``README.md``.
"""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from torch import nn

from aigc_dash.training import digits
from aigc_dash.training.common import base_parser

LATENT_DIM = 100
BATCH_SIZE = 64
LR = 2e-4
BETAS = (0.5, 0.999)
ARCHS = ("dcgan-28-v1", "dcgan-28-v2")
ARCH = ARCHS[0]  # the live training lab's: small enough to train in a browser session
EVAL_SAMPLES = 500
CONFIDENT = 0.9
EMA_DECAY = 0.999


def config_for(arch: str = ARCH, width: int = 64) -> dict:
    """The ``config.json`` that :func:`models_from_config` rebuilds the networks from."""
    if arch not in ARCHS:
        raise ValueError(f"unknown DCGAN arch {arch!r}; known: {ARCHS}")
    return {
        "arch": arch,
        "latent_dim": LATENT_DIM,
        "image_size": 28,
        "width": width,
        "output": "tanh, [-1, 1]",
    }


class Generator(nn.Module):
    """latent [B, 100] -> image [B, 1, 28, 28] in [-1, 1] (7x7 -> 14x14 -> 28x28).

    ``dcgan-28-v1``: a 2·width x 7x7 map, upsampled twice. ``dcgan-28-v2`` (the bundled one):
    a 4·width x 7x7 map and one more 3x3 layer at 7x7 before upsampling, as in the Keras DCGAN
    tutorial; about four times the parameters, for sharper digits.
    """

    def __init__(self, latent_dim: int = LATENT_DIM, width: int = 64, arch: str = ARCH):
        super().__init__()
        config_for(arch, width)  # validates arch
        self.latent_dim = latent_dim
        self.width = width
        self.arch = arch
        top = 2 * width if arch == "dcgan-28-v1" else 4 * width
        self.top = top
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, top * 7 * 7, bias=False),
            nn.BatchNorm1d(top * 7 * 7),
            nn.ReLU(True),
        )
        extra = []
        if arch == "dcgan-28-v2":
            extra = [
                nn.ConvTranspose2d(top, 2 * width, 3, 1, 1, bias=False),
                nn.BatchNorm2d(2 * width),
                nn.ReLU(True),
            ]
        self.net = nn.Sequential(
            *extra,
            nn.ConvTranspose2d(2 * width, width, 4, 2, 1, bias=False),
            nn.BatchNorm2d(width),
            nn.ReLU(True),
            nn.ConvTranspose2d(width, 1, 4, 2, 1),
            nn.Tanh(),
        )

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        """Images for latents ``z``."""
        return self.net(self.fc(z).view(-1, self.top, 7, 7))


class Discriminator(nn.Module):
    """image [B, 1, 28, 28] -> real/fake logit [B]. ``dcgan-28-v2`` adds a 3x3 layer at 7x7."""

    def __init__(self, width: int = 64, arch: str = ARCH):
        super().__init__()
        config_for(arch, width)
        extra: list[nn.Module] = []
        last = 2 * width
        if arch == "dcgan-28-v2":
            extra = [
                nn.Conv2d(2 * width, 4 * width, 3, 1, 1, bias=False),
                nn.BatchNorm2d(4 * width),
                nn.LeakyReLU(0.2, True),
            ]
            last = 4 * width
        self.net = nn.Sequential(
            nn.Conv2d(1, width, 4, 2, 1),
            nn.LeakyReLU(0.2, True),
            nn.Conv2d(width, 2 * width, 4, 2, 1, bias=False),
            nn.BatchNorm2d(2 * width),
            nn.LeakyReLU(0.2, True),
            *extra,
            nn.Flatten(),
            nn.Linear(last * 7 * 7, 1),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Logits (positive = looks real)."""
        return self.net(x).view(-1)


def models_from_config(config: dict) -> tuple[Generator, Discriminator]:
    """Untrained networks shaped as a saved ``config.json`` says (v1 if it names no arch)."""
    arch = config.get("arch", ARCH)
    return (
        Generator(config["latent_dim"], config["width"], arch),
        Discriminator(config["width"], arch),
    )


def build_models(
    seed: int = 0, width: int = 64, arch: str = ARCH
) -> tuple[Generator, Discriminator]:
    """A fresh, seeded generator and discriminator with DCGAN weight initialisation."""
    g = torch.Generator().manual_seed(seed)
    gen, disc = Generator(width=width, arch=arch), Discriminator(width=width, arch=arch)
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
    generator: nn.Module, discriminator: nn.Module, lr: float = LR, betas=BETAS
) -> tuple[torch.optim.Adam, torch.optim.Adam]:
    """Adam for each network: the course's learning rate, the DCGAN paper's betas."""
    return (
        torch.optim.Adam(generator.parameters(), lr=lr, betas=betas),
        torch.optim.Adam(discriminator.parameters(), lr=lr, betas=betas),
    )


def translate(x: torch.Tensor, rng: torch.Generator, max_shift: int) -> torch.Tensor:
    """Shift each image by a random whole number of pixels in [-max_shift, max_shift] (the
    background, -1, fills in); differentiable with respect to ``x``."""
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


def new_history() -> dict:
    """An empty loss history (plain lists, JSON-ready)."""
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


def train_dcgan(
    generator: nn.Module,
    discriminator: nn.Module,
    data,
    epochs: int,
    *,
    batch_size: int = BATCH_SIZE,
    lr: float = LR,
    betas: tuple[float, float] = BETAS,
    seed: int = 0,
    rng: torch.Generator | None = None,
    optimizers: tuple[torch.optim.Optimizer, torch.optim.Optimizer] | None = None,
    history: dict | None = None,
    max_steps: int | None = None,
    ema: nn.Module | None = None,
    ema_decay: float = EMA_DECAY,
    augment: int = 0,
    on_step: Callable[[int, float, float], None] | None = None,
    on_epoch: Callable[[int, dict], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> dict:
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
    if isinstance(data, np.ndarray):
        data = torch.from_numpy(digits.to_unit(data)).unsqueeze(1)
    data = data.float()
    n = len(data)
    if n == 0:
        raise ValueError("no training images")
    rng = rng if rng is not None else torch.Generator().manual_seed(seed)
    opt_g, opt_d = optimizers or make_optimizers(generator, discriminator, lr, betas)
    hist = history if history is not None else new_history()
    hist["stopped"] = False
    bce = nn.BCEWithLogitsLoss()
    latent_dim = getattr(generator, "latent_dim", LATENT_DIM)
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


def seeded_latents(seed: int, count: int, latent_dim: int = LATENT_DIM) -> torch.Tensor:
    """Latent ``i`` comes from seed ``seed + i``, so any sample can be redrawn on its own."""
    return torch.stack(
        [
            torch.randn(latent_dim, generator=torch.Generator().manual_seed(seed + i))
            for i in range(count)
        ]
    )


@torch.no_grad()
def recalibrate_bn(
    generator: nn.Module, batches: int = 20, batch_size: int = 64, seed: int = 0
) -> nn.Module:
    """Re-estimate a generator's BatchNorm running statistics from its own outputs (needed for an
    averaged generator, whose weights never produced the running statistics it carries)."""
    bns = [m for m in generator.modules() if isinstance(m, nn.BatchNorm1d | nn.BatchNorm2d)]
    saved = [m.momentum for m in bns]
    for m in bns:
        m.reset_running_stats()
        m.momentum = None  # cumulative average over the batches below
    generator.train()
    dim = getattr(generator, "latent_dim", LATENT_DIM)
    rng = torch.Generator().manual_seed(seed)
    for _ in range(batches):
        generator(torch.randn(batch_size, dim, generator=rng))
    for m, mom in zip(bns, saved, strict=True):
        m.momentum = mom
    return generator.eval()


def score_generator(
    generator: nn.Module, classifier: nn.Module, n: int = EVAL_SAMPLES, seed: int = 0
) -> dict:
    """Classifier's view of ``n`` samples: confident share, digits present, class counts."""
    generator.eval()
    classifier.eval()
    with torch.no_grad():
        x = generator(seeded_latents(seed, n, getattr(generator, "latent_dim", LATENT_DIM)))
        # quantise like the app does (uint8 images) before classifying
        x = torch.round((x.clamp(-1, 1) + 1) * 127.5) / 127.5 - 1
        prob = torch.softmax(classifier(x), 1)
    conf, pred = prob.max(1)
    confident = conf >= CONFIDENT
    counts = np.bincount(pred.numpy(), minlength=10)
    return {
        "confident_share": float(confident.float().mean()),
        "digits_present": int((counts > 0).sum()),
        "digits_present_confident": int(
            (np.bincount(pred[confident].numpy(), minlength=10) > 0).sum()
        ),
        "class_counts": counts.tolist(),
    }


def _try_classifier():
    try:
        from aigc_dash.generation import models

        return models.load_classifier()
    except Exception as exc:  # no classifier yet: train without scoring
        print(f"[no classifier: {exc}]")
        return None


def _budget_minutes(train_minutes: float) -> int:
    """A --minutes budget for the retrain command: twice this run's time, in tens."""
    return max(60, 10 * math.ceil(2 * train_minutes / 10))


def write_card(out: Path, info: dict) -> None:
    """The model card (README.md) for the DCGAN."""
    sc = info.get("score") or {}
    lines = [
        "# Bundled DCGAN (MNIST digits)",
        "",
        "An unconditional DCGAN trained from scratch by `aigc_dash/training/dcgan.py` (classes",
        "`Generator`, `Discriminator`; training loop `train_dcgan`, which the live training lab",
        "calls too). Weights: `generator.safetensors`, `discriminator.safetensors`; sizes:",
        "`config.json`; losses per step and per epoch: `loss_history.json`.",
        "",
        "## Training data",
        "",
        f"{digits.DATA_SOURCE}. {digits.SPLIT_NOTE} The DCGAN trains on the 4,000 `train` digits.",
        "",
        "## Model",
        "",
        f"- Parameters: generator {info['g_parameters']:,}, discriminator {info['d_parameters']:,}",
        f"- Config: `{config_for(info.get('arch', ARCH))}`",
        f"- The course notes' hyper-parameters: latent {LATENT_DIM}, 28x28, batch {BATCH_SIZE}, "
        f"lr {LR}, BCE loss (with logits); Adam betas {BETAS} from the DCGAN paper (Radford "
        f"et al., 2015), not the course's (Adam's default (0.9, 0.999)); seed {info['seed']}",
        f"- An exponential moving average (decay {EMA_DECAY}) of the generator's weights is kept "
        "alongside (BatchNorm statistics re-estimated before scoring); the generator saved is "
        "whichever of the raw and averaged weights scored best.",
        f"- Differentiable augmentation: {info.get('augment', 0)} px random shifts of every image "
        "the discriminator sees (0 = off)",
        "",
        "## Training run",
        "",
        f"- Epochs: {info['epochs']} ({info['steps']} steps); generator kept from epoch "
        f"{info['best_epoch']} (best classifier score, checked every {info['eval_every']} epochs; "
        f"{'averaged (EMA)' if sc.get('generator') == 'ema' else 'raw'} weights)",
        f"- Training time: {info['train_minutes']:.1f} minutes",
        f"- Machine: {info['machine']}",
        f"- Score of the kept generator ({EVAL_SAMPLES} samples, seeds 0-{EVAL_SAMPLES - 1}): "
        f"{sc.get('confident_share', float('nan')):.1%} classified with confidence >= {CONFIDENT}, "
        f"{sc.get('digits_present', '?')} of 10 digits present (bar: >= 80 %, all ten)",
        "",
        "## Evaluation",
        "",
        "<!-- eval -->",
        info.get("evaluation", "Run `python -m aigc_dash.training.evaluate_images --write`."),
        "<!-- /eval -->",
        "",
        "## Retrain",
        "",
        "```bash",
        f"python -m aigc_dash.training.dcgan --epochs {info['epochs_planned']} "
        f"--minutes {_budget_minutes(info['train_minutes'])} "
        f"--augment {info.get('augment', 0)} --arch {info.get('arch', ARCH)} "
        "--out data/models/dcgan",
        "```",
        "",
        "Single-threaded and seeded, so the same epochs give the same weights (the kept epoch",
        "depends on the classifier in data/models/classifier).",
        "Licence of the weights: CC BY-SA 3.0, like the MNIST data they were trained on.",
        "",
    ]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> dict:
    """Command-line entry point; returns the run's summary."""
    p = base_parser("dcgan", minutes=8)
    p.add_argument("--epochs", type=int, default=60)
    p.add_argument("--eval-every", type=int, default=5, help="score the generator every N epochs")
    p.add_argument("--augment", type=int, default=0, help="DiffAugment shift in pixels (0 = off)")
    p.add_argument("--lr", type=float, default=LR, help="learning rate (also on --resume)")
    p.add_argument("--arch", choices=ARCHS, default="dcgan-28-v2", help="network shapes")
    args = p.parse_args(argv)
    from safetensors.torch import save_file

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    budget_s = args.minutes * 60
    prog = digits.Progress(args.ckpt_dir / "metrics.jsonl", budget_s, args.quiet)
    x_np, _ = digits.digits_split("train")
    data = torch.from_numpy(digits.to_unit(x_np)).unsqueeze(1)

    gen, disc = build_models(args.seed, arch=args.arch)
    opts = make_optimizers(gen, disc, lr=args.lr)
    rng = torch.Generator().manual_seed(args.seed)
    hist = new_history()
    best: dict = {"key": (-1.0, -1), "epoch": 0, "score": None, "g": None, "d": None}
    prev_s = 0.0
    ckpt_path = args.ckpt_dir / "ckpt.pt"
    if args.resume and ckpt_path.exists():
        ck = torch.load(ckpt_path, weights_only=True)
        gen.load_state_dict(ck["g"])
        disc.load_state_dict(ck["d"])
        opts[0].load_state_dict(ck["opt_g"])
        opts[1].load_state_dict(ck["opt_d"])
        for opt in opts:  # a resumed run may continue at a different rate (fine-tuning)
            for group in opt.param_groups:
                group["lr"] = args.lr
        rng.set_state(ck["rng"])
        hist, best, prev_s = ck["history"], ck["best"], ck["time_s"]
        print(f"resumed at epoch {hist['epochs']}")
    ema = copy.deepcopy(gen)  # averaged generator (EMA of the weights)
    if args.resume and ckpt_path.exists() and "ema" in ck:
        ema.load_state_dict(ck["ema"])
    clf = _try_classifier()
    steps_per_epoch = len(data) // BATCH_SIZE

    def on_step(step: int, ld: float, lg: float) -> None:
        if step % 10 == 0:
            prog.show(f"epoch {hist['epochs'] + 1}/{args.epochs} step {step} D {ld:.3f} G {lg:.3f}")

    def on_epoch(epoch: int, h: dict) -> None:
        score = None
        if clf is not None and (epoch % args.eval_every == 0 or epoch == args.epochs):
            averaged = recalibrate_bn(copy.deepcopy(ema))
            for source, g in (("raw", gen), ("ema", averaged)):
                sc = {**score_generator(g, clf), "generator": source}
                key = (sc["confident_share"] if sc["digits_present"] == 10 else 0.0, epoch)
                if key[0] >= best["key"][0]:
                    best.update(
                        key=key,
                        epoch=epoch,
                        score=sc,
                        g=copy.deepcopy(g.state_dict()),
                        d=copy.deepcopy(disc.state_dict()),
                    )
                if score is None or sc["confident_share"] > score["confident_share"]:
                    score = sc
            gen.train()
            disc.train()
        prog.log(
            epoch=epoch, d_loss=h["epoch_d_loss"][-1], g_loss=h["epoch_g_loss"][-1], score=score
        )
        args.ckpt_dir.mkdir(parents=True, exist_ok=True)
        torch.save(
            {
                "g": gen.state_dict(),
                "d": disc.state_dict(),
                "opt_g": opts[0].state_dict(),
                "opt_d": opts[1].state_dict(),
                "rng": rng.get_state(),
                "history": h,
                "best": best,
                "ema": ema.state_dict(),
                "time_s": prev_s + prog.elapsed(),
            },
            ckpt_path,
        )

    remaining = max(0, args.epochs - hist["epochs"])
    train_dcgan(
        gen,
        disc,
        data,
        remaining,
        rng=rng,
        optimizers=opts,
        history=hist,
        max_steps=args.max_steps,
        ema=ema,
        augment=args.augment,
        on_step=on_step,
        on_epoch=on_epoch,
        should_stop=lambda: prog.elapsed() > budget_s,
    )
    if best["g"] is None:  # never scored (no classifier, or stopped early): keep the last
        best.update(epoch=hist["epochs"], g=gen.state_dict(), d=disc.state_dict())
        if clf is not None:
            best["score"] = score_generator(gen, clf)
    gen.load_state_dict(best["g"])
    disc.load_state_dict(best["d"])
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    save_file(
        {k: v.contiguous() for k, v in gen.state_dict().items()}, str(out / "generator.safetensors")
    )
    save_file(
        {k: v.contiguous() for k, v in disc.state_dict().items()},
        str(out / "discriminator.safetensors"),
    )
    digits.write_json(out / "config.json", config_for(args.arch))
    digits.write_json(out / "loss_history.json", hist)
    info = {
        "g_parameters": sum(p.numel() for p in gen.parameters()),
        "d_parameters": sum(p.numel() for p in disc.parameters()),
        "epochs": hist["epochs"],
        "epochs_planned": args.epochs,
        "steps": hist["steps"],
        "steps_per_epoch": steps_per_epoch,
        "best_epoch": best["epoch"],
        "eval_every": args.eval_every,
        "augment": args.augment,
        "arch": args.arch,
        "score": best["score"],
        "train_minutes": (prev_s + prog.elapsed()) / 60,
        "machine": digits.machine_note(args.threads),
        "seed": args.seed,
        "finished_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    digits.write_json(out / "training_log.json", info)
    readme = out / "README.md"
    if readme.exists() and "<!-- eval -->" in (text := readme.read_text(encoding="utf-8")):
        info["evaluation"] = text.split("<!-- eval -->\n")[1].split("\n<!-- /eval -->")[0]
    write_card(out, info)
    prog.log(event="saved", out=str(out), best_epoch=best["epoch"], score=best["score"])
    return info


if __name__ == "__main__":
    main()
