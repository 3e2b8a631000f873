"""Train the bundled class-conditional diffusion model (a small diffusers ``UNet2DModel``).

    python -m aigc_dash.training.diffusion --minutes 70 --out data/models/diffusion [--resume]

The UNet predicts ``v`` (``prediction_type="v_prediction"``) under diffusers'
``DDPMScheduler`` with a cosine ("squaredcos_cap_v2") beta schedule, 1,000 steps. Class
labels 0-9 are the digits; label 10 is the null class for classifier-free guidance (10 % of
training labels are dropped to it). An exponential moving average (EMA) of the weights is
what gets saved. The learning rate warms up, then follows a cosine curve over the planned
number of steps (``--steps``; when omitted, the length is estimated from the measured speed
and re-fitted at every checkpoint, because the machine is shared and its speed varies, so
the decay ends with the time budget; pass ``--steps N`` with a generous ``--minutes`` to
reproduce a run exactly).

Output (loads with ``UNet2DModel.from_pretrained(out, subfolder="unet")`` and
``DDPMScheduler.from_pretrained(out, subfolder="scheduler")``): ``unet/`` (safetensors),
``scheduler/``, ``training_log.json`` and the model card ``README.md``. Checkpoints go to
``--ckpt-dir`` (git-ignored ``runs/diffusion``) so ``--resume`` continues a run.
"""

from __future__ import annotations

import copy
import math
import time
from pathlib import Path

from aigc_dash.generation import digits
from aigc_dash.nets.digits import CHANNELS, IMAGE_SIZE, N_CLASSES, NULL_CLASS
from aigc_dash.training.common import Progress, base_parser, machine_note, write_json

LABEL_DROPOUT = 0.1
BATCH_SIZE = 64
PEAK_LR = 1e-3
EMA_DECAY = 0.999
UNET_CONFIG: dict = {
    "sample_size": IMAGE_SIZE,
    "in_channels": CHANNELS,
    "out_channels": CHANNELS,
    "layers_per_block": 2,
    "block_out_channels": (16, 32, 64),
    "down_block_types": ("DownBlock2D", "DownBlock2D", "AttnDownBlock2D"),
    "up_block_types": ("AttnUpBlock2D", "UpBlock2D", "UpBlock2D"),
    "norm_num_groups": 8,
    "attention_head_dim": 32,
    "num_class_embeds": N_CLASSES + 1,  # the digits and NULL_CLASS
}
SCHEDULER_CONFIG: dict = {
    "num_train_timesteps": 1000,
    "beta_schedule": "squaredcos_cap_v2",
    "prediction_type": "v_prediction",
    # no x0 clipping: with classifier-free guidance DDIM's clipped x0 derails (measured: 20 %
    # agreement with clipping, 100 % without); DPM-Solver++ and Euler do not clip anyway
    "clip_sample": False,
    "timestep_spacing": "trailing",
}
EVAL_PER_DIGIT = 10
EVAL_STEPS = 20
EVAL_GUIDANCE = 3.0


def build_unet():
    """A fresh, small class-conditional UNet (about 1M parameters)."""
    from diffusers import UNet2DModel

    return UNet2DModel(**UNET_CONFIG)


def build_scheduler():
    """The training noise schedule (diffusers' ``DDPMScheduler``)."""
    from diffusers import DDPMScheduler

    return DDPMScheduler(**SCHEDULER_CONFIG)


def lr_factor(step: int, total: int, warmup: int = 200, floor: float = 0.02) -> float:
    """Linear warm-up, then cosine decay to ``floor`` of the peak at ``total`` steps."""
    if step < warmup:
        return (step + 1) / warmup
    frac = min(1.0, (step - warmup) / max(1, total - warmup))
    return floor + (1 - floor) * 0.5 * (1 + math.cos(math.pi * frac))


def evaluate(unet, scheduler, per_digit: int = EVAL_PER_DIGIT, seed: int = 1234) -> float | None:
    """Share of samples (app default scheduler, 20 steps) the classifier reads as the asked digit."""
    try:
        from aigc_dash.generation import images, models

        clf = models.load_classifier()
    except Exception as exc:  # the classifier may not be trained yet
        print(f"[eval skipped: {exc}]")
        return None
    import numpy as np

    labels = np.repeat(np.arange(10), per_digit)
    imgs = images.diffusion_batch(
        unet,
        scheduler,
        labels,
        scheduler_name=images.DEFAULT_SCHEDULER,
        num_inference_steps=EVAL_STEPS,
        guidance_scale=EVAL_GUIDANCE,
        seed=seed,
    )
    pred, _ = images.classify_with(clf, imgs)
    return float((pred == labels).mean())


def write_card(out: Path, info: dict) -> None:
    """The model card (README.md) for the diffusion model."""
    ev = info.get("evaluation", {})
    lines = [
        "# Bundled class-conditional diffusion model (MNIST digits)",
        "",
        "A small diffusers `UNet2DModel` that draws a requested digit 0-9, trained from scratch by",
        "`aigc_dash/training/diffusion.py`. Loads with the library's own calls:",
        "",
        "```python",
        "from diffusers import UNet2DModel, DDPMScheduler",
        'unet = UNet2DModel.from_pretrained("data/models/diffusion", subfolder="unet")',
        'scheduler = DDPMScheduler.from_pretrained("data/models/diffusion", subfolder="scheduler")',
        "```",
        "",
        "Sampling: `aigc_dash.generation.images.sample_diffusion` (own loop with classifier-free guidance,",
        "since `DDPMPipeline` has no class conditioning); any of DDPM, DDIM, DPM-Solver++ and",
        "Euler made with `SchedulerCls.from_config(scheduler.config)`.",
        "",
        "## Training data",
        "",
        f"{digits.DATA_SOURCE}. {digits.SPLIT_NOTE} This model trains on the 4,000 `train` digits.",
        "",
        "## Model",
        "",
        f"- Parameters: {info.get('parameters', '?'):,}",
        f"- UNet config: `{UNET_CONFIG}`",
        f"- Noise schedule: `{SCHEDULER_CONFIG}`",
        f"- Class labels 0-9, null class {NULL_CLASS} for classifier-free guidance "
        f"(label dropout {LABEL_DROPOUT:.0%}); weights saved are the EMA (decay {EMA_DECAY}).",
        f"- Optimiser: AdamW, peak lr {PEAK_LR}, warm-up then cosine; batch {BATCH_SIZE}; "
        f"seed {info.get('seed')}.",
        "",
        "## Training run",
        "",
        f"- Steps: {info.get('steps')} of {info.get('planned_steps')} planned "
        f"({info.get('images_seen', 0):,} images seen)",
        f"- Training time: {info.get('train_minutes', 0):.1f} minutes",
        f"- Machine: {info.get('machine', '?')}",
        f"- Final training loss (EMA of batch loss): {info.get('loss', float('nan')):.4f}",
        f"- Agreement during training (classifier reads the asked digit, {EVAL_PER_DIGIT * 10} "
        f"samples, DPM-Solver++ {EVAL_STEPS} steps, guidance {EVAL_GUIDANCE}): "
        f"{info.get('train_eval_agreement')}",
        "",
        "## Evaluation",
        "",
        "<!-- eval -->",
        ev.get("text", "Run `python -m aigc_dash.training.evaluate_images --write`."),
        "<!-- /eval -->",
        "",
        "## Retrain",
        "",
        "```bash",
        f"python -m aigc_dash.training.diffusion --minutes {info.get('minutes_arg', 70)} "
        f"--steps {info.get('planned_steps')} --out data/models/diffusion",
        "# continue an interrupted run from runs/diffusion/: add --resume",
        "```",
        "",
        "Single-threaded and seeded, so the same `--steps` and `--seed` give the same weights.",
        "Licence of the weights: CC BY-SA 3.0, like the MNIST data they were trained on.",
        "",
    ]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def save_model(ema, scheduler, out: Path, info: dict) -> None:
    """Write the EMA UNet, the scheduler config, the log and the card to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    ema.save_pretrained(out / "unet", safe_serialization=True)
    scheduler.save_pretrained(out / "scheduler")
    write_json(out / "training_log.json", {k: v for k, v in info.items() if k != "evaluation"})
    old = out / "README.md"
    if old.exists() and "<!-- eval -->" in old.read_text(encoding="utf-8"):
        text = old.read_text(encoding="utf-8")
        info = {
            **info,
            "evaluation": {"text": text.split("<!-- eval -->\n")[1].split("\n<!-- /eval -->")[0]},
        }
    write_card(out, info)


def main(argv: list[str] | None = None) -> dict:
    """Command-line entry point; returns the run's summary."""
    p = base_parser("diffusion", minutes=70)
    p.add_argument("--steps", type=int, default=None, help="planned steps (lr schedule length)")
    p.add_argument("--eval-every-min", type=float, default=15.0)
    p.add_argument("--ckpt-every-min", type=float, default=3.0)
    args = p.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    budget_s = args.minutes * 60
    prog = Progress(args.ckpt_dir / "metrics.jsonl", budget_s, args.quiet)

    x_np, y_np = digits.digits_split("train")
    data = torch.from_numpy(digits.to_unit(x_np)).unsqueeze(1)
    labels_all = torch.from_numpy(y_np)
    n = len(data)

    unet = build_unet()
    scheduler = build_scheduler()
    ema = copy.deepcopy(unet).eval().requires_grad_(False)
    opt = torch.optim.AdamW(unet.parameters(), lr=PEAK_LR, weight_decay=0.0)
    gen = torch.Generator().manual_seed(args.seed)
    step, planned, loss_avg, prev_time_s = 0, args.steps, None, 0.0
    history: list[dict] = []
    ckpt_path = args.ckpt_dir / "ckpt.pt"
    if args.resume and ckpt_path.exists():
        ck = torch.load(ckpt_path, weights_only=True)
        unet.load_state_dict(ck["unet"])
        ema.load_state_dict(ck["ema"])
        opt.load_state_dict(ck["opt"])
        gen.set_state(ck["gen"])
        step, loss_avg, history = ck["step"], ck["loss_avg"], ck["history"]
        planned = args.steps or ck["planned"]
        prev_time_s = ck["time_s"]
        print(f"resumed at step {step} (planned {planned})")
    n_params = sum(p.numel() for p in unet.parameters())

    def checkpoint() -> None:
        args.ckpt_dir.mkdir(parents=True, exist_ok=True)
        tmp = ckpt_path.with_suffix(".tmp")
        torch.save(
            {
                "unet": unet.state_dict(),
                "ema": ema.state_dict(),
                "opt": opt.state_dict(),
                "gen": gen.get_state(),
                "step": step,
                "planned": planned,
                "loss_avg": loss_avg,
                "history": history,
                "time_s": prev_time_s + prog.elapsed(),
            },
            tmp,
        )
        tmp.replace(ckpt_path)

    def summary() -> dict:
        evals = [h["agreement"] for h in history if h.get("agreement") is not None]
        return {
            "parameters": n_params,
            "steps": step,
            "planned_steps": planned,
            "images_seen": step * BATCH_SIZE,
            "train_minutes": (prev_time_s + prog.elapsed()) / 60,
            "machine": machine_note(args.threads),
            "loss": loss_avg if loss_avg is not None else float("nan"),
            "train_eval_agreement": evals[-1] if evals else None,
            "seed": args.seed,
            "minutes_arg": args.minutes,
            "history": history,
        }

    perm = torch.randperm(n, generator=gen)
    pos = 0
    t_calib = None
    last_ckpt = last_eval = time.monotonic()
    first_step, t_start, eval_s = step, time.monotonic(), 0.0
    fixed_steps = args.steps is not None
    while True:
        if args.max_steps is not None and step >= args.max_steps:
            break
        if planned is not None and step >= planned:
            break
        if prog.elapsed() > budget_s:
            break
        if planned is None:  # calibrate the schedule length from the measured speed
            if step == 5:
                t_calib = time.monotonic()
            elif step == 45 and t_calib is not None:
                sps = 40 / (time.monotonic() - t_calib)
                n_evals = budget_s / 60 / args.eval_every_min
                planned = max(
                    50, int((budget_s - prog.elapsed() - n_evals * 30) * sps * 0.92) + step
                )
                prog.log(event="calibrated", steps_per_s=round(sps, 2), planned_steps=planned)
                t_calib = None
        total = planned or 10_000
        for g in opt.param_groups:
            g["lr"] = PEAK_LR * lr_factor(step, total)
        if pos + BATCH_SIZE > n:
            perm, pos = torch.randperm(n, generator=gen), 0
        idx = perm[pos : pos + BATCH_SIZE]
        pos += BATCH_SIZE
        x0 = data[idx]
        lab = labels_all[idx].clone()
        drop = torch.rand(len(idx), generator=gen) < LABEL_DROPOUT
        lab[drop] = NULL_CLASS
        noise = torch.randn(x0.shape, generator=gen)
        t = torch.randint(0, scheduler.config.num_train_timesteps, (len(idx),), generator=gen)
        xt = scheduler.add_noise(x0, noise, t)
        target = scheduler.get_velocity(x0, noise, t)
        pred = unet(xt, t, class_labels=lab).sample
        loss = torch.nn.functional.mse_loss(pred, target)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(unet.parameters(), 1.0)
        opt.step()
        decay = min(EMA_DECAY, (1 + step) / (10 + step))
        with torch.no_grad():
            for pe, pm in zip(ema.parameters(), unet.parameters(), strict=True):
                pe.lerp_(pm, 1 - decay)
        step += 1
        li = loss.item()
        loss_avg = li if loss_avg is None else 0.98 * loss_avg + 0.02 * li
        if step % 10 == 0:
            prog.show(
                f"step {step}/{planned or '?'} loss {loss_avg:.4f} lr {opt.param_groups[0]['lr']:.2e}"
            )
        now = time.monotonic()
        if step % 200 == 0:
            history.append({"step": step, "loss": round(loss_avg, 5)})
            prog.log(step=step, loss=round(loss_avg, 5), lr=opt.param_groups[0]["lr"])
        if now - last_eval > args.eval_every_min * 60:
            t_eval = time.monotonic()
            agree = evaluate(ema, scheduler)
            history.append({"step": step, "loss": round(loss_avg, 5), "agreement": agree})
            prog.log(step=step, agreement=agree)
            save_model(ema, scheduler, args.out, summary())
            last_eval = time.monotonic()
            eval_s += last_eval - t_eval
        if now - last_ckpt > args.ckpt_every_min * 60:
            if not fixed_steps and t_calib is None:
                # the machine is shared: re-fit the schedule length to the speed measured since
                # the last checkpoint so the cosine decay ends when the time budget does
                # average over this run, evaluation time excluded (it is budgeted separately)
                sps = (step - first_step) / max(1e-6, now - t_start - eval_s)
                left = (
                    budget_s
                    - prog.elapsed()
                    - (budget_s - prog.elapsed()) / 60 / args.eval_every_min * 90
                )
                planned = max(step + 1, int(step + left * sps * 0.95))
                prog.log(event="replanned", steps_per_s=round(sps, 2), planned_steps=planned)
            checkpoint()
            last_ckpt = time.monotonic()

    checkpoint()
    if args.max_steps is None or step >= 200:
        agree = evaluate(ema, scheduler)
        history.append({"step": step, "loss": round(loss_avg or 0, 5), "agreement": agree})
        prog.log(step=step, agreement=agree, event="final")
    info = summary()
    save_model(ema, scheduler, args.out, info)
    prog.log(event="saved", out=str(args.out), steps=step)
    return info


if __name__ == "__main__":
    main()
