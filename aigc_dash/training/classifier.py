"""Train the bundled digit classifier (a small CNN) that scores generated digits.

    python -m aigc_dash.training.classifier --minutes 6 --out data/models/classifier [--resume]

Trains on the 4,000 ``train`` digits of :mod:`aigc_dash.generation.digits` with small random
shifts, rotations and scalings; its accuracy is measured on the 1,000 ``heldout`` digits that
no model trains on (and that are never used to pick a checkpoint). Writes
``model.safetensors``, ``config.json``, ``training_log.json`` and the model card ``README.md``.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import torch
from torch import nn

from aigc_dash.generation import digits
from aigc_dash.nets.classifier import ClassifierConfig, DigitCNN
from aigc_dash.training.common import Progress, base_parser, machine_note, write_json

CONFIG = ClassifierConfig()  # the bundled classifier's shapes
BATCH_SIZE = 64
PEAK_LR = 2e-3


def augment(x: torch.Tensor, gen: torch.Generator) -> torch.Tensor:
    """Random small rotations (+-12 deg), scalings (0.9-1.1) and shifts (+-2 px)."""
    b = x.shape[0]
    ang = (torch.rand(b, generator=gen) * 2 - 1) * math.radians(12)
    scale = 1 + (torch.rand(b, generator=gen) * 2 - 1) * 0.1
    shift = (torch.rand(b, 2, generator=gen) * 2 - 1) * (2 / 14)  # 2 px in [-1, 1] coords
    cos, sin = torch.cos(ang) / scale, torch.sin(ang) / scale
    theta = torch.stack(
        [torch.stack([cos, -sin, shift[:, 0]], 1), torch.stack([sin, cos, shift[:, 1]], 1)], 1
    )
    grid = nn.functional.affine_grid(theta, list(x.shape), align_corners=False)
    # background is -1, so pad with it by shifting to [0, 2] and back
    return nn.functional.grid_sample(x + 1, grid, align_corners=False, padding_mode="zeros") - 1


@torch.no_grad()
def accuracy(model: nn.Module, images_u8, labels) -> float:
    """Top-1 accuracy of ``model`` on uint8 images ``[N, 28, 28]``."""
    model.eval()
    x = torch.from_numpy(digits.to_unit(images_u8)).unsqueeze(1)
    pred = torch.cat([model(x[i : i + 500]).argmax(1) for i in range(0, len(x), 500)])
    return float((pred.numpy() == labels).mean())


def write_card(out: Path, info: dict) -> None:
    """The model card (README.md) for the classifier."""
    lines = [
        "# Bundled digit classifier (MNIST)",
        "",
        "A small CNN (`aigc_dash/nets/classifier.py`, class `DigitCNN`) that reads 28x28",
        "digits. The app uses it to score generated digits (DCGAN, diffusion) and in the",
        "fault-tolerance lab. Weights: `model.safetensors`; architecture: `config.json`.",
        "",
        "## Training data",
        "",
        f"{digits.DATA_SOURCE}. {digits.SPLIT_NOTE}",
        "The classifier trains on the 4,000 `train` digits (with random shifts of up to 2 px,",
        "rotations of up to 12 degrees and scalings of up to 10 %); its accuracy below is on",
        "the 1,000 `heldout` digits, which no model trains on and which picked nothing.",
        "",
        "## Model",
        "",
        f"- Parameters: {info['parameters']:,}",
        f"- Config: `{CONFIG.to_json()}`",
        f"- Optimiser: AdamW, one-cycle lr peaking at {PEAK_LR}, batch {BATCH_SIZE}, "
        f"label smoothing none, seed {info['seed']}",
        "",
        "## Training run",
        "",
        f"- Epochs: {info['epochs']} ({info['steps']} steps)",
        f"- Training time: {info['train_minutes']:.1f} minutes",
        f"- Machine: {info['machine']}",
        f"- Final training loss: {info['loss']:.4f}",
        f"- **Held-out accuracy: {info['heldout_accuracy']:.2%}** (1,000 digits; bar: at least 97 %)",
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
        f"python -m aigc_dash.training.classifier --epochs {info['epochs_planned']} "
        "--out data/models/classifier",
        "```",
        "",
        "Single-threaded and seeded, so a rerun gives the same weights.",
        "Licence of the weights: CC BY-SA 3.0, like the MNIST data they were trained on.",
        "",
    ]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> dict:
    """Command-line entry point; returns the run's summary."""
    p = base_parser("classifier", minutes=8)
    p.add_argument("--epochs", type=int, default=16)
    args = p.parse_args(argv)
    from safetensors.torch import save_file

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    budget_s = args.minutes * 60
    prog = Progress(args.ckpt_dir / "metrics.jsonl", budget_s, args.quiet)
    x_np, y_np = digits.digits_split("train")
    hx, hy = digits.digits_split("heldout")
    data = torch.from_numpy(digits.to_unit(x_np)).unsqueeze(1)
    labels = torch.from_numpy(y_np)
    n = len(data)
    steps_per_epoch = math.ceil(n / BATCH_SIZE)
    total = args.epochs * steps_per_epoch

    model = DigitCNN(CONFIG)
    opt = torch.optim.AdamW(model.parameters(), lr=PEAK_LR, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=PEAK_LR, total_steps=total)
    gen = torch.Generator().manual_seed(args.seed)
    step, epoch, history, prev_s, loss_avg = 0, 0, [], 0.0, float("nan")
    ckpt_path = args.ckpt_dir / "ckpt.pt"
    if args.resume and ckpt_path.exists():
        ck = torch.load(ckpt_path, weights_only=True)
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["opt"])
        sched.load_state_dict(ck["sched"])
        gen.set_state(ck["gen"])
        step, epoch, history, prev_s = ck["step"], ck["epoch"], ck["history"], ck["time_s"]
        print(f"resumed at epoch {epoch}")

    def stop() -> bool:
        return (args.max_steps is not None and step >= args.max_steps) or prog.elapsed() > budget_s

    while epoch < args.epochs and not stop():
        model.train()
        perm = torch.randperm(n, generator=gen)
        total_loss, count = 0.0, 0
        for i in range(0, n, BATCH_SIZE):
            if stop():
                break
            idx = perm[i : i + BATCH_SIZE]
            x = augment(data[idx], gen)
            loss = nn.functional.cross_entropy(model(x), labels[idx])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
            step += 1
            total_loss += loss.item() * len(idx)
            count += len(idx)
            if step % 10 == 0:
                prog.show(
                    f"epoch {epoch + 1}/{args.epochs} step {step}/{total} loss {total_loss / count:.4f}"
                )
        if count == 0:
            break
        loss_avg = total_loss / count
        epoch += 1 if count == n else 0
        history.append({"epoch": epoch, "step": step, "loss": round(loss_avg, 5)})
        prog.log(epoch=epoch, step=step, loss=round(loss_avg, 5))
        args.ckpt_dir.mkdir(parents=True, exist_ok=True)
        torch.save(
            {
                "model": model.state_dict(),
                "opt": opt.state_dict(),
                "sched": sched.state_dict(),
                "gen": gen.get_state(),
                "step": step,
                "epoch": epoch,
                "history": history,
                "time_s": prev_s + prog.elapsed(),
            },
            ckpt_path,
        )

    acc = accuracy(model, hx, hy)
    info = {
        "parameters": sum(p.numel() for p in model.parameters()),
        "epochs": epoch,
        "epochs_planned": args.epochs,
        "steps": step,
        "train_minutes": (prev_s + prog.elapsed()) / 60,
        "machine": machine_note(args.threads),
        "loss": loss_avg,
        "heldout_accuracy": acc,
        "seed": args.seed,
        "history": history,
        "finished_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    prog.log(event="done", heldout_accuracy=acc, steps=step)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    save_file(
        {k: v.contiguous() for k, v in model.state_dict().items()}, str(out / "model.safetensors")
    )
    write_json(out / "config.json", CONFIG.to_json())
    write_json(out / "training_log.json", info)
    readme = out / "README.md"
    if readme.exists() and "<!-- eval -->" in (text := readme.read_text(encoding="utf-8")):
        info["evaluation"] = text.split("<!-- eval -->\n")[1].split("\n<!-- /eval -->")[0]
    write_card(out, info)
    return info


if __name__ == "__main__":
    main()
