"""The command that trains the bundled DCGAN, and how it scores a generator.

    python -m aigc_dash.training.dcgan --minutes 8 --out data/models/dcgan [--resume]

The networks are :mod:`aigc_dash.nets.dcgan`; the recipe and THE training loop
(:func:`~aigc_dash.generation.gan_training.train_dcgan`, with the course notes'
hyper-parameters except Adam's betas, which are the DCGAN paper's)
are :mod:`aigc_dash.generation.gan_training`, which the live training lab calls too.

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
from pathlib import Path

import numpy as np
import torch
from torch import nn

from aigc_dash.generation import digits
from aigc_dash.generation.gan_training import (
    BATCH_SIZE,
    BETAS,
    EMA_DECAY,
    LR,
    LossHistory,
    build_models,
    make_optimizers,
    new_history,
    recalibrate_bn,
    seeded_latents,
    train_dcgan,
)
from aigc_dash.nets.dcgan import ARCHS, LATENT_DIM, DCGANConfig, Generator
from aigc_dash.training.common import Progress, base_parser, machine_note, write_json

EVAL_SAMPLES = 500
CONFIDENT = 0.9


def score_generator(
    generator: Generator, classifier: nn.Module, n: int = EVAL_SAMPLES, seed: int = 0
) -> dict:
    """Classifier's view of ``n`` samples: confident share, digits present, class counts."""
    generator.eval()
    classifier.eval()
    with torch.no_grad():
        x = generator(seeded_latents(seed, n, generator.latent_dim))
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
        "An unconditional DCGAN trained from scratch by `aigc_dash/training/dcgan.py` (networks",
        "`Generator`, `Discriminator` in `aigc_dash/nets/dcgan.py`; training loop `train_dcgan` in",
        "`aigc_dash/generation/gan_training.py`, which the live training lab calls too). Weights:",
        "`generator.safetensors`, `discriminator.safetensors`; sizes: `config.json`",
        "(`DCGANConfig`); losses per step and per epoch: `loss_history.json`.",
        "",
        "## Training data",
        "",
        f"{digits.DATA_SOURCE}. {digits.SPLIT_NOTE} The DCGAN trains on the 4,000 `train` digits.",
        "",
        "## Model",
        "",
        f"- Parameters: generator {info['g_parameters']:,}, discriminator {info['d_parameters']:,}",
        f"- Config: `{DCGANConfig(info['arch']).to_json()}`",
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
        f"--augment {info.get('augment', 0)} --arch {info['arch']} "
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
    prog = Progress(args.ckpt_dir / "metrics.jsonl", budget_s, args.quiet)
    x_np, _ = digits.digits_split("train")
    data = torch.from_numpy(digits.to_unit(x_np)).unsqueeze(1)

    gen, disc = build_models(args.seed, DCGANConfig(args.arch))
    opts = make_optimizers(gen, disc, lr=args.lr)
    rng = torch.Generator().manual_seed(args.seed)
    hist = new_history()
    best: dict = {"key": (-1.0, -1), "epoch": 0, "score": None, "g": None, "d": None}
    prev_s = 0.0
    ckpt_path = args.ckpt_dir / "ckpt.pt"
    ck = torch.load(ckpt_path, weights_only=True) if args.resume and ckpt_path.exists() else None
    if ck is not None:
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
    if ck is not None and "ema" in ck:
        ema.load_state_dict(ck["ema"])
    clf = _try_classifier()
    steps_per_epoch = len(data) // BATCH_SIZE

    def on_step(step: int, ld: float, lg: float) -> None:
        if step % 10 == 0:
            prog.show(f"epoch {hist['epochs'] + 1}/{args.epochs} step {step} D {ld:.3f} G {lg:.3f}")

    def on_epoch(epoch: int, h: LossHistory) -> None:
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
    best_g, best_d = best["g"], best["d"]
    assert best_g is not None and best_d is not None
    gen.load_state_dict(best_g)
    disc.load_state_dict(best_d)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    save_file(
        {k: v.contiguous() for k, v in gen.state_dict().items()}, str(out / "generator.safetensors")
    )
    save_file(
        {k: v.contiguous() for k, v in disc.state_dict().items()},
        str(out / "discriminator.safetensors"),
    )
    write_json(out / "config.json", DCGANConfig(args.arch).to_json())
    write_json(out / "loss_history.json", hist)
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
        "machine": machine_note(args.threads),
        "seed": args.seed,
        "finished_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    write_json(out / "training_log.json", info)
    readme = out / "README.md"
    if readme.exists() and "<!-- eval -->" in (text := readme.read_text(encoding="utf-8")):
        info["evaluation"] = text.split("<!-- eval -->\n")[1].split("\n<!-- /eval -->")[0]
    write_card(out, info)
    prog.log(event="saved", out=str(out), best_epoch=best["epoch"], score=best["score"])
    return info


if __name__ == "__main__":
    main()
