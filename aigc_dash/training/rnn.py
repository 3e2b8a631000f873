"""Train the bundled character-level GRU on the Tang and Song poems of Debian's fortunes-zh.

Usage::

    python -m aigc_dash.training.rnn --minutes 8 --out data/models/rnn [--resume]
    python -m aigc_dash.training.rnn --max-steps 5 --out /tmp/rnn --ckpt-dir /tmp/ckpt  # smoke

Writes ``model.safetensors`` (a plain ``torch.nn.Module``'s weights), ``config.json``,
``vocab.json`` (one entry per character), ``training_info.json`` and the model card
``README.md``. Seeded; ``--resume`` continues from ``runs/rnn/ckpt.pt``. The network is
:class:`aigc_dash.nets.rnn.CharRNN`; the app loads it with ``aigc_dash.generation.models.load_rnn``.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import random
import time
from pathlib import Path

import torch
from torch import nn

from aigc_dash.nets.rnn import POEM_END, CharRNN, RNNConfig
from aigc_dash.training import corpus
from aigc_dash.training.common import base_parser


def log(msg: str) -> None:
    """Timestamped progress line."""
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def poem_text(poems: list[corpus.Poem]) -> str:
    """Poems as one string: lines separated by newlines, poems by a blank line."""
    return "".join(p.body + POEM_END for p in poems)


def evaluate(net: CharRNN, ids: torch.Tensor, window: int = 256) -> dict:
    """Loss per character, perplexity and bits per character of a held-out id stream."""
    was_training = net.training
    net.eval()
    nll, n = 0.0, 0
    with torch.no_grad():
        h = None
        for s in range(0, len(ids) - 1, window):
            x = ids[s : s + window].unsqueeze(0)
            y = ids[s + 1 : s + window + 1].unsqueeze(0)
            x = x[:, : y.shape[1]]
            logits, h = net(x, h)
            nll += float(nn.functional.cross_entropy(logits[0], y[0], reduction="sum"))
            n += y.shape[1]
    net.train(was_training)  # a shared, loaded model must stay in eval mode
    loss = nll / max(n, 1)
    return {
        "characters": n,
        "loss": round(loss, 4),
        "perplexity": round(math.exp(loss), 2),
        "bits_per_char": round(loss / math.log(2), 4),
    }


def build_parser() -> argparse.ArgumentParser:
    p = base_parser(
        "rnn", minutes=8.0, seed=1234, description=__doc__.split("\n\n")[0], quiet_flag=False
    )
    p.add_argument("--embed", type=int, default=96)
    p.add_argument("--hidden", type=int, default=256)
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--dropout", type=float, default=0.25)
    p.add_argument("--seq", type=int, default=96)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--lr", type=float, default=3e-3)
    return p


def main(argv: list[str] | None = None) -> dict:
    args = build_parser().parse_args(argv)
    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    args.ckpt_dir.mkdir(parents=True, exist_ok=True)
    ckpt_path = args.ckpt_dir / "ckpt.pt"

    all_poems = corpus.poems()
    # Same stable hash split as the GPT corpus, keyed by title and first line.
    is_held = [corpus.Document(f"poem:{p.title}:{p.lines[0]}", "zh", "").heldout for p in all_poems]
    train_poems = [p for p, h in zip(all_poems, is_held, strict=True) if not h]
    held_poems = [p for p, h in zip(all_poems, is_held, strict=True) if h]
    vocab = sorted(set(poem_text(all_poems)))
    stoi = {c: i for i, c in enumerate(vocab)}
    train_ids = torch.tensor([stoi[c] for c in poem_text(train_poems)])
    held_ids = torch.tensor([stoi[c] for c in poem_text(held_poems)])
    log(
        f"poems: {len(train_poems)} train ({len(train_ids)} chars), {len(held_poems)} held-out "
        f"({len(held_ids)} chars), vocab {len(vocab)}"
    )

    config = RNNConfig(len(vocab), args.embed, args.hidden, args.layers, args.dropout)
    net = CharRNN(config)
    n_params = sum(p.numel() for p in net.parameters())
    opt = torch.optim.AdamW(net.parameters(), lr=args.lr, weight_decay=0.01)
    gen = torch.Generator().manual_seed(args.seed)
    step, elapsed, total_steps, history = 0, 0.0, args.max_steps, []
    if args.resume and ckpt_path.exists():
        state = torch.load(ckpt_path, weights_only=True)
        if state["vocab"] != vocab:
            raise SystemExit("checkpoint vocabulary differs from this corpus; train afresh")
        net.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        gen.set_state(state["gen"])
        torch.set_rng_state(state["torch_rng"])
        step, elapsed, history = state["step"], state["elapsed"], state["history"]
        total_steps = state["total_steps"] if args.max_steps is None else args.max_steps
        log(f"resumed at step {step}/{total_steps}")

    def save_ckpt() -> None:
        torch.save(
            {
                "model": net.state_dict(),
                "opt": opt.state_dict(),
                "gen": gen.get_state(),
                "torch_rng": torch.get_rng_state(),
                "step": step,
                "elapsed": elapsed,
                "total_steps": total_steps,
                "history": history,
                "vocab": vocab,
            },
            ckpt_path,
        )

    t_start = time.time() - elapsed
    calib = 20
    net.train()
    while total_steps is None or step < total_steps:
        if total_steps is None and step == calib:
            per_step = (time.time() - t_start) / calib
            total_steps = max(calib + 1, int(args.minutes * 60 / per_step))
            log(f"{per_step:.3f}s/step -> {total_steps} steps for {args.minutes} min")
        lr = args.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * step / (total_steps or 10**9))))
        for g in opt.param_groups:
            g["lr"] = lr
        starts = torch.randint(0, len(train_ids) - args.seq - 1, (args.batch,), generator=gen)
        x = torch.stack([train_ids[s : s + args.seq] for s in starts.tolist()])
        y = torch.stack([train_ids[s + 1 : s + args.seq + 1] for s in starts.tolist()])
        logits, _ = net(x)
        loss = nn.functional.cross_entropy(logits.reshape(-1, len(vocab)), y.reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        nn.utils.clip_grad_norm_(net.parameters(), 1.0)
        opt.step()
        step += 1
        elapsed = time.time() - t_start
        if step % 100 == 0 or step == total_steps:
            ev = evaluate(net, held_ids)
            history.append({"step": step, "train_loss": round(loss.item(), 4), **ev})
            done = step / total_steps if total_steps else 0
            log(
                f"step {step}/{total_steps} [{'#' * int(done * 30):<30s}] loss {loss.item():.3f} "
                f"held-out {ev['loss']:.3f} lr {lr:.1e} {elapsed / 60:.1f} min"
            )
            save_ckpt()
    save_ckpt()
    metrics = evaluate(net, held_ids)

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    from safetensors.torch import save_file

    save_file({k: v.contiguous() for k, v in net.state_dict().items()}, out / "model.safetensors")
    (out / "config.json").write_text(json.dumps(config.to_json(), indent=1, ensure_ascii=False))
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False))
    info = {
        "steps": step,
        "train_minutes": round(elapsed / 60, 1),
        "parameters": n_params,
        "machine": f"{platform.machine()} CPU, torch threads {args.threads}, "
        f"torch {torch.__version__}",
        "poems": {"train": len(train_poems), "heldout": len(held_poems)},
        "characters": {"train": len(train_ids), "heldout": len(held_ids)},
        "heldout": metrics,
        "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "history": history[-20:],
    }
    (out / "training_info.json").write_text(json.dumps(info, indent=1, ensure_ascii=False))
    (out / "README.md").write_text(model_card(info, config.to_json()), encoding="utf-8")
    log(f"held-out {json.dumps(metrics)}; wrote {out}")
    return info


def model_card(info: dict, config: dict, acrostic_check: str = "") -> str:
    """The model card: data and licence, parameters, training, metrics, how to retrain."""
    a, m = info["args"], info["heldout"]
    return f"""# Bundled poem RNN (`data/models/rnn`)

A character-level GRU trained from scratch on the classical Chinese poems of Debian's
`fortunes-zh` package. It continues a first line and writes acrostic poems (藏头诗) in five- or
seven-character lines (`aigc_dash.generation.text.continue_line`, `aigc_dash.generation.text.acrostic`). A teaching
model: it has seen {info["characters"]["train"]} characters, so it often echoes famous lines.

## Training data and licence

- 300 Tang poems and 100 Song poems (`/usr/share/games/fortunes/tang300`, `song100`), poem
  bodies only; {info["poems"]["train"]} poems for training, {info["poems"]["heldout"]} held out by
  a stable hash. The poems are in the public domain; fortunes-zh is distributed by Debian.

## Model

- Plain `torch.nn.Module` (`aigc_dash.nets.rnn.CharRNN`): embedding {config["embed"]},
  {config["layers"]}-layer GRU with {config["hidden"]} units, linear head over
  {config["vocab_size"]} characters; {info["parameters"] / 1e6:.2f}M parameters.
- Files: `model.safetensors`, `config.json`, `vocab.json` (characters in id order).
- Characters outside the vocabulary are skipped and reported to the caller.

## Training

- {info["steps"]} steps of {a["batch"]} windows x {a["seq"]} characters, AdamW, learning rate
  {a["lr"]} with cosine decay, dropout {a["dropout"]}, seed {a["seed"]}.
- {info["train_minutes"]} minutes (wall clock) on {info["machine"]}.
{info.get("notes", "")}

## Metrics

- Held-out poems: loss {m["loss"]} nats/char, perplexity {m["perplexity"]},
  {m["bits_per_char"]} bits per character.
{acrostic_check}
## Retrain

```bash
sudo apt-get install fortunes-zh
python -m aigc_dash.training.rnn --max-steps {info["steps"]} --batch {a["batch"]} --seq {a["seq"]} \\
    --embed {a["embed"]} --hidden {a["hidden"]} --layers {a["layers"]} --lr {a["lr"]} \\
    --seed {a["seed"]} --out data/models/rnn
# or --minutes N; --resume continues from runs/rnn/ckpt.pt
```
"""


if __name__ == "__main__":
    main()
