"""Train the bundled bilingual GPT-2 (``GPT2LMHeadModel`` + byte-level BPE tokenizer).

Usage::

    python -m aigc_dash.training.gpt --minutes 75 --out data/models/gpt [--resume]
    python -m aigc_dash.training.gpt --max-steps 5 --out /tmp/gpt --ckpt-dir /tmp/ckpt  # smoke
    python -m aigc_dash.training.gpt --modern-zh ...  # with modern Chinese (see corpus.py)

The run is seeded. ``--minutes`` is turned into a number of steps once (after timing a few
steps) and that number is stored in the checkpoint, so the learning-rate schedule is fixed
and ``--resume`` continues the same run; ``--max-steps`` gives the step count directly and
makes the run reproducible step for step. Checkpoints go to a git-ignored folder (``runs/``).
At the end the weights (safetensors), config, tokenizer, generation config and a model card
(``README.md``) are written to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import random
import time
from pathlib import Path

from aigc_dash.training import corpus
from aigc_dash.training.common import base_parser

EOS = "<|endoftext|>"
CONTEXT = 256


def log(msg: str) -> None:
    """Timestamped progress line (flushed, so ``tail -f`` on a nohup log works)."""
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def train_tokenizer(texts: list[str], vocab_size: int):
    """A byte-level BPE tokenizer (GPT-2 style) trained with ``tokenizers``."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=[EOS],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)
    return tok


def hf_tokenizer(tok):
    """Wrap a ``tokenizers.Tokenizer`` for transformers (not ``vocab_file=``: see DESIGN)."""
    from transformers import GPT2TokenizerFast

    return GPT2TokenizerFast(
        tokenizer_object=tok,
        bos_token=EOS,
        eos_token=EOS,
        unk_token=EOS,
        pad_token=EOS,
        model_max_length=CONTEXT,
    )


def encode_stream(tokenizer, docs: list[corpus.Document]):
    """Concatenate documents into one int64 token stream, each followed by EOS."""
    import numpy as np

    eos = tokenizer.eos_token_id
    ids: list[int] = []
    for batch_start in range(0, len(docs), 256):
        batch = [d.text for d in docs[batch_start : batch_start + 256]]
        for row in tokenizer(batch, add_special_tokens=False)["input_ids"]:
            ids.extend(row)
            ids.append(eos)
    return np.asarray(ids, dtype=np.int64)


def generation_config(tokenizer):
    """Defaults that make the course notes' pipeline call work as written on a 256-token model."""
    from transformers import GenerationConfig

    return GenerationConfig(
        do_sample=True,  # num_return_sequences > 1 needs sampling
        temperature=0.8,
        top_k=50,
        top_p=0.95,
        # max_length, not max_new_tokens: it counts the prompt, so a bare pipeline call stops
        # at the context length, and the course notes' max_length=50 is obeyed without a warning.
        max_length=CONTEXT,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )


def evaluate_bpc(
    model,
    tokenizer,
    docs: list[corpus.Document],
    max_tokens: int | None = None,
    stride: int | None = None,
):
    """Held-out loss per token, perplexity and bits per character of ``docs``.

    The documents form one stream (EOS between them, EOS first), and every token after the
    first EOS is scored exactly once; bits per character = total NLL / ln 2 / characters.
    ``stride=None``: non-overlapping 256-token blocks (the first tokens of a block see little
    context). ``stride=k``: a sliding window (as in the transformers perplexity guide) that
    scores k tokens per window with at least ``256 - k`` tokens of context before them.
    """
    import torch

    eos = tokenizer.eos_token_id
    stream = encode_stream(tokenizer, docs)
    chars_total = sum(len(d.text) + 1 for d in docs)  # +1: the separator EOS, scored too
    if max_tokens is not None and len(stream) > max_tokens:
        frac = max_tokens / len(stream)
        stream = stream[:max_tokens]
        chars_total = chars_total * frac
    ids = [eos, *stream.tolist()]
    step = CONTEXT - 1 if stride is None else min(int(stride), CONTEXT - 1)
    windows = []  # (window start, first scored index, end)
    pos = 1
    while pos < len(ids):
        end = min(pos + step, len(ids))
        start = pos - 1 if stride is None else max(0, end - CONTEXT)
        windows.append((start, pos, end))
        pos = end
    nll, count = 0.0, 0
    was_training = model.training
    model.eval()
    with torch.no_grad():
        for i in range(0, len(windows), 16):
            group = windows[i : i + 16]
            rows = [torch.tensor(ids[s:e]) for s, _, e in group]
            x = torch.nn.utils.rnn.pad_sequence(rows, batch_first=True, padding_value=eos)
            logp = torch.log_softmax(model(x).logits.float(), dim=-1)
            for r, (s, first, e) in enumerate(group):
                # token j is predicted by the logits at position j - 1 (window-relative)
                target = x[r, first - s : e - s]
                lp = logp[r, first - s - 1 : e - s - 1].gather(1, target[:, None])
                nll -= float(lp.sum())
                count += int(target.numel())
    model.train(was_training)
    loss = nll / max(count, 1)
    return {
        "tokens": count,
        "characters": int(chars_total),
        "loss": round(loss, 4),
        "perplexity": round(math.exp(loss), 2),
        "bits_per_char": round(nll / math.log(2) / max(chars_total, 1), 4),
        "chars_per_token": round(chars_total / max(count, 1), 3),
        "method": "blocks of 256" if stride is None else f"sliding window, stride {step}",
    }


def lr_at(step: int, total: int, peak: float, warmup: int) -> float:
    """Linear warm-up then cosine decay to 10 % of the peak."""
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = min(1.0, (step - warmup) / max(1, total - warmup))
    return peak * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))


def build_parser() -> argparse.ArgumentParser:
    p = base_parser(
        "gpt", minutes=10.0, seed=1234, description=__doc__.split("\n\n")[0], quiet_flag=False
    )
    p.add_argument("--vocab", type=int, default=6000)
    p.add_argument("--layers", type=int, default=5)
    p.add_argument("--width", type=int, default=256)
    p.add_argument("--heads", type=int, default=8)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--warmup", type=int, default=200)
    p.add_argument("--dropout", type=float, default=0.1)
    p.add_argument(
        "--extra-stdlib",
        action="store_true",
        help="train on more stdlib docstrings too (tests, IDLE, tkinter, nested modules); "
        "the held-out split is unchanged",
    )
    p.add_argument(
        "--modern-zh",
        action="store_true",
        help="train on modern technical Chinese too (manpages-zh, debian-reference-zh-cn); "
        "the tokenizer is trained on the mix, and a third held-out score (zh_modern) is kept",
    )
    p.add_argument(
        "--modern-share",
        type=float,
        default=0.5,
        help="with --modern-zh: share of the Chinese windows drawn from modern Chinese",
    )
    p.add_argument("--weight-decay", type=float, default=0.1, help="AdamW, on matrices only")
    p.add_argument("--en-share", type=float, default=0.6, help="share of windows from English")
    p.add_argument("--eval-every", type=int, default=500)
    p.add_argument("--final-eval-tokens", type=int, default=None, help="cap (for quick tests)")
    p.add_argument("--ckpt-every-s", type=float, default=300.0)
    p.add_argument(
        "--bf16",
        action="store_true",
        help="bfloat16 autocast for forward and backward (about 1.3x faster on CPUs with "
        "AVX512-BF16 or AMX); weights, optimizer and loss stay float32",
    )
    p.add_argument("--notes", default="", help="with --write-card: a paragraph for the card")
    p.add_argument(
        "--write-card",
        action="store_true",
        help="only rewrite README.md and generation_config.json in --out from training_info.json",
    )
    return p


def write_card(out: Path, notes: str = "") -> None:
    """Rewrite the model card and generation config of a trained model folder."""
    from transformers import AutoConfig, AutoTokenizer

    info = json.loads((out / "training_info.json").read_text())
    if notes:
        info["notes"] = notes
        (out / "training_info.json").write_text(json.dumps(info, indent=1, ensure_ascii=False))
    generation_config(AutoTokenizer.from_pretrained(out)).save_pretrained(out)
    ev_path = out / "evaluation.json"
    evaluation = json.loads(ev_path.read_text()) if ev_path.exists() else None
    card = model_card(info, AutoConfig.from_pretrained(out), evaluation)
    (out / "README.md").write_text(card, "utf-8")


def main(argv: list[str] | None = None) -> dict:
    args = build_parser().parse_args(argv)
    if args.write_card:
        write_card(args.out, args.notes)
        return {}
    import numpy as np
    import torch
    from transformers import GPT2Config, GPT2LMHeadModel

    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    args.ckpt_dir.mkdir(parents=True, exist_ok=True)
    ckpt_path = args.ckpt_dir / "ckpt.pt"
    tok_dir = args.ckpt_dir / "tokenizer"

    docs = corpus.documents(extra_stdlib=args.extra_stdlib, modern_zh=args.modern_zh)
    train_docs, held_docs = corpus.split(docs)
    stats = corpus.describe(docs)
    log(f"corpus: {json.dumps(stats)}")
    dropped: list[corpus.Document] = []
    if args.modern_zh:
        train_docs, dropped = corpus.decontaminate(train_docs, held_docs)
        log(f"decontaminate: {len(dropped)} training documents share text with the modern held-out")
    groups = ("en", "zh", corpus.MODERN_GROUP) if args.modern_zh else ("en", "zh")

    if args.resume and tok_dir.exists():
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(tok_dir)
    else:
        t0 = time.time()
        tok = train_tokenizer([d.text for d in train_docs], args.vocab)
        tokenizer = hf_tokenizer(tok)
        tokenizer.save_pretrained(tok_dir)
        log(f"tokenizer: vocab {tokenizer.vocab_size + 0} trained in {time.time() - t0:.1f}s")

    streams = {
        g: torch.from_numpy(encode_stream(tokenizer, [d for d in train_docs if d.group == g]))
        for g in groups
    }
    held = {g: [d for d in held_docs if d.group == g] for g in groups}
    log("train tokens: " + ", ".join(f"{k} {len(v)}" for k, v in streams.items()))

    config = GPT2Config(
        vocab_size=len(tokenizer),
        n_positions=CONTEXT,
        n_embd=args.width,
        n_layer=args.layers,
        n_head=args.heads,
        resid_pdrop=args.dropout,
        embd_pdrop=args.dropout,
        attn_pdrop=args.dropout,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    model = GPT2LMHeadModel(config)
    n_params = sum(p.numel() for p in model.parameters())
    log(f"model: {n_params / 1e6:.2f}M parameters, {config.n_layer}x{config.n_embd}")
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW(
        [
            {"params": decay, "weight_decay": args.weight_decay},
            {"params": no_decay, "weight_decay": 0.0},
        ],
        lr=args.lr,
        betas=(0.9, 0.95),
    )
    gen = torch.Generator().manual_seed(args.seed)
    step, elapsed, total_steps, history = 0, 0.0, args.max_steps, []
    if args.resume and ckpt_path.exists():
        state = torch.load(ckpt_path, weights_only=True)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        gen.set_state(state["gen"])
        torch.set_rng_state(state["torch_rng"])
        step, elapsed = state["step"], state["elapsed"]
        total_steps = state["total_steps"] if args.max_steps is None else args.max_steps
        history = state["history"]
        log(f"resumed at step {step}/{total_steps} ({elapsed / 60:.1f} min done)")

    def batch():
        """Random 257-token windows; English with probability --en-share, and (--modern-zh)
        modern Chinese for --modern-share of the Chinese ones."""
        rows = []
        for _ in range(args.batch):
            lang = "en" if torch.rand(1, generator=gen).item() < args.en_share else "zh"
            # only with --modern-zh is a second number drawn: older runs replay step for step
            modern = lang == "zh" and args.modern_zh
            if modern and torch.rand(1, generator=gen).item() < args.modern_share:
                lang = corpus.MODERN_GROUP
            s = streams[lang]
            i = int(torch.randint(0, len(s) - CONTEXT - 1, (1,), generator=gen))
            rows.append(s[i : i + CONTEXT + 1])
        x = torch.stack(rows)
        return x[:, :-1], x[:, 1:]

    def save_ckpt():
        torch.save(
            {
                "model": model.state_dict(),
                "opt": opt.state_dict(),
                "gen": gen.get_state(),
                "torch_rng": torch.get_rng_state(),
                "step": step,
                "elapsed": elapsed,
                "total_steps": total_steps,
                "history": history,
                "args": vars(args) | {"out": str(args.out), "ckpt_dir": str(args.ckpt_dir)},
            },
            ckpt_path,
        )

    import signal

    stop = {"now": False}

    def on_term(signum, frame):  # kill <pid>: save a checkpoint, then stop (--resume continues)
        stop["now"] = True

    signal.signal(signal.SIGTERM, on_term)
    model.train()
    tokens_per_step = args.batch * CONTEXT
    t_start = time.time() - elapsed
    last_ckpt = time.time()
    calib_steps = 10
    while total_steps is None or step < total_steps:
        if total_steps is None and step == calib_steps:
            per_step = (time.time() - t_start) / calib_steps
            total_steps = max(calib_steps + 1, int(args.minutes * 60 / per_step))
            log(f"{per_step:.2f}s/step -> {total_steps} steps for {args.minutes} min")
        lr = lr_at(step, total_steps or 10**9, args.lr, args.warmup)
        for g in opt.param_groups:
            g["lr"] = lr
        x, y = batch()
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=args.bf16):
            logits = model(x).logits
        loss = torch.nn.functional.cross_entropy(
            logits.float().reshape(-1, logits.shape[-1]), y.reshape(-1)
        )
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        elapsed = time.time() - t_start
        if step % 20 == 0 or step == total_steps:
            tps = step * tokens_per_step / max(elapsed, 1e-9)
            done = step / total_steps if total_steps else 0
            eta = elapsed / done - elapsed if done else float("nan")
            bar = "#" * int(done * 30)
            log(
                f"step {step}/{total_steps} [{bar:<30s}] loss {loss.item():.3f} lr {lr:.2e} "
                f"{tps:.0f} tok/s eta {eta / 60:.1f} min"
            )
        if step % args.eval_every == 0 and step != total_steps:
            # the whole held-out split (about 4 s): a 20k-token probe read ~0.06 bits/char low
            ev = {
                k: evaluate_bpc(model, tokenizer, v, max_tokens=args.final_eval_tokens)
                for k, v in held.items()
            }
            history.append({"step": step, "minutes": round(elapsed / 60, 2), **ev})
            log(
                f"eval step {step}: "
                + ", ".join(
                    f"{g} bpc {v['bits_per_char']} ppl {v['perplexity']}" for g, v in ev.items()
                )
            )
        if time.time() - last_ckpt > args.ckpt_every_s or stop["now"]:
            save_ckpt()
            last_ckpt = time.time()
        if stop["now"]:
            log(f"stopped at step {step}; checkpoint saved, continue with --resume")
            raise SystemExit(0)
    save_ckpt()
    train_minutes = elapsed / 60
    metrics = {
        k: evaluate_bpc(model, tokenizer, v, max_tokens=args.final_eval_tokens)
        for k, v in held.items()
    }
    log(f"final held-out: {json.dumps(metrics)}")

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    generation_config(tokenizer).save_pretrained(out)
    info = {
        "steps": step,
        "tokens_seen": step * tokens_per_step,
        "train_minutes": round(train_minutes, 1),
        "tokens_per_s": round(step * tokens_per_step / max(elapsed, 1e-9)),
        "parameters": n_params,
        "machine": f"{platform.machine()} CPU, torch threads {args.threads}, "
        f"torch {torch.__version__}" + (", bfloat16 autocast" if args.bf16 else ""),
        "heldout": metrics,
        "corpus": stats,
        "corpus_sources": corpus.describe_sources(train_docs + held_docs),  # as trained
        "decontaminated": {
            "documents": len(dropped),
            "characters": sum(len(d.text) for d in dropped),
        },
        "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "history": history,
    }
    (out / "training_info.json").write_text(json.dumps(info, indent=1, ensure_ascii=False))
    (out / "README.md").write_text(model_card(info, config), encoding="utf-8")
    log(f"wrote {out}")
    return info


_GROUP_LABELS = {"en": "en", "zh": "zh (classical)", corpus.MODERN_GROUP: "zh (modern)"}


def _metric_rows(metrics: dict, method: str) -> str:
    return "\n".join(
        f"| {_GROUP_LABELS[lang]} | {method} | {v['tokens']} | {v['characters']} | {v['loss']} | "
        f"{v['perplexity']} | {v['bits_per_char']} |"
        for lang, v in metrics.items()
        if lang in _GROUP_LABELS
    )


def _modern_lines(info: dict, evaluation: dict | None) -> str:
    """Card lines on modern Chinese: the sources and licences used (when trained on them),
    the held-out score and the score of the model before the modern corpus (the baseline
    the retrained model must beat), and the prompt checks."""
    lines: list[str] = []
    if info["args"].get("modern_zh"):
        srcs = info.get("corpus_sources", {})
        for src in corpus.SOURCES:
            if src.group != corpus.MODERN_GROUP:
                continue
            train = srcs.get(f"{src.name}_train", {})
            held = srcs.get(f"{src.name}_heldout", {})
            lines.append(
                f"- Modern Chinese: {src.package} ({src.description}; licence {src.licence}): "
                f"{train.get('han', 0)} Chinese characters for training, "
                f"{held.get('han', 0)} held out."
            )
        dec = info.get("decontaminated", {})
        lines.append(
            f"- Left out of training: {dec.get('documents', 0)} Chinese documents "
            f"({dec.get('characters', 0)} characters) that share 12-character runs with the "
            "modern held-out documents (fortunes-zh's sayings file holds an older edition of "
            "the Debian Reference)."
        )
    ev = evaluation or {}
    modern = ev.get("modern_zh")
    if modern and corpus.MODERN_GROUP in ev.get("sliding", {}):
        base = modern.get("baseline", {})
        lines.append(
            f"- Modern Chinese held-out (manpages-zh and Debian Reference documents never "
            f"trained on): {ev['sliding'][corpus.MODERN_GROUP]['bits_per_char']} bits/char "
            f"(sliding window), {ev['blocks'][corpus.MODERN_GROUP]['bits_per_char']} (blocks); "
            f"the model before the modern corpus ({base.get('model', 'baseline')}) scored "
            f"{base.get('sliding')} (sliding) and {base.get('blocks')} (blocks)."
        )
        if base.get("classical_with_art_blocks"):
            lines.append(
                f"- Classical Chinese held-out: the same documents as before the modern corpus, "
                f"without their box-drawing / ASCII-art lines (tables of fortunes-zh's sayings "
                f"file); {base['model']} scored {base['classical_with_art_blocks']} bits/char "
                f"(blocks) with them."
            )
        checks = modern.get("prompts")
        if checks:
            lines.append(
                f"- Modern prompts ({checks['continuations']} continuations: 10 prompts x 5 "
                f"seeds at the app's defaults): {checks['modern_share']:.0%} with no poem or "
                f"saying attribution and >= 2 modern function words; longest box-drawing run "
                f"{checks['longest_box_run']}"
                + (
                    f" (the model before: {base['prompts_modern_share']:.0%} and "
                    f"{base['prompts_longest_box_run']})."
                    if "prompts_modern_share" in base
                    else "."
                )
            )
    return "\n".join(lines)


def model_card(info: dict, config, evaluation: dict | None = None) -> str:
    """The model card: data and licence, parameters, training, metrics, how to retrain."""
    # the evaluation script's numbers when there are some (the corpus may have been cleaned
    # since training, as when box-drawing tables left fortunes-zh), else training's own
    m = evaluation["blocks"] if evaluation and "blocks" in evaluation else info["heldout"]
    a = info["args"]
    rows = _metric_rows(m, "blocks of 256")
    verdict = [("blocks of 256", m["en"]["bits_per_char"])]
    if evaluation:
        rows += "\n" + _metric_rows(evaluation["sliding"], "sliding window, stride 128")
        verdict.append(("sliding window", evaluation["sliding"]["en"]["bits_per_char"]))
    bar = "; ".join(
        f"{name}: {bpc} ({'meets' if bpc <= 1.8 else 'does NOT meet'} the bar)"
        for name, bpc in verdict
    )
    c = info["corpus"]
    modern_train = modern_held = ""
    if f"{corpus.MODERN_GROUP}_train" in c:
        modern_train = f", modern zh {c[corpus.MODERN_GROUP + '_train']['characters']}"
        modern_held = f", modern zh {c[corpus.MODERN_GROUP + '_heldout']['characters']}"
    register = (
        "Chinese technical documentation and classical Chinese"
        if a.get("modern_zh")
        else "classical Chinese"
    )
    extra_note = (
        " Extra training text (`--extra-stdlib`): the docstrings of the stdlib's test suite,"
        " IDLE, tkinter, lib2to3, turtledemo and deeper-nested modules, minus any file whose"
        " path names a held-out module; it is never held out, so the held-out split is the"
        " same as without it."
        if a.get("extra_stdlib")
        else ""
    )
    return f"""# Bundled bilingual GPT-2 (`data/models/gpt`)

A small GPT-2 (`GPT2LMHeadModel`) with its own byte-level BPE tokenizer, trained from scratch
on a corpus that any machine can rebuild. It is a teaching model: it writes text that looks
like Python documentation or {register}, with no knowledge and no instruction following.

```python
from transformers import pipeline
pipeline('text-generation', model='data/models/gpt')('import', max_length=50, num_return_sequences=3)
```

## Training data and licence

- Sources: {corpus.source_note(bool(a.get("modern_zh")))}.{extra_note}
- Train split: en {c.get("en_train", {}).get("characters")} characters, zh
  {c.get("zh_train", {}).get("characters")} characters{modern_train}; held-out ({corpus.HELDOUT_PERCENT} % of
  documents by a hash of their name): en {c.get("en_heldout", {}).get("characters")}, zh
  {c.get("zh_heldout", {}).get("characters")}{modern_held} characters. The corpus is rebuilt by
  `aigc_dash/training/corpus.py` and is not committed.
- The CPython documentation is under the PSF licence; the Tang and Song poems are in the public
  domain; fortunes-zh is distributed by Debian. The weights are released with the project.
{_modern_lines(info, evaluation)}

## Model

- {info["parameters"] / 1e6:.2f}M parameters: {config.n_layer} layers, width {config.n_embd},
  {config.n_head} heads, context {config.n_positions} tokens, vocabulary {config.vocab_size}
  (byte-level BPE trained with `tokenizers`; round-trips any UTF-8 text, emoji included).
- `generation_config.json`: sampling (temperature 0.8, top-k 50, top-p 0.95), `max_length`
  {CONTEXT} (prompt included). The app's `aigc_dash.generation.text.generate` bounds new tokens by the context left and
  truncates long prompts from the left, so the 256-token context is never exceeded.

## Training

- {info["steps"]} steps x {a["batch"]} x {CONTEXT} tokens ({info["tokens_seen"]:,} tokens,
  {a["en_share"]:.0%} of windows English), AdamW (betas 0.9/0.95, weight decay {a.get("weight_decay", 0.1)}), peak
  learning rate {a["lr"]}, {a["warmup"]} warm-up steps then cosine to 10 %, dropout
  {a["dropout"]}, seed {a["seed"]}.
- {info["train_minutes"]} minutes (wall clock) on {info["machine"]}; {info["tokens_per_s"]}
  tokens/s on average.
{info.get("notes", "")}

## Metrics (held-out documents, never trained on)

| language | method | tokens | characters | loss/token | perplexity | bits/char |
|---|---|---|---|---|---|---|
{rows}

"Blocks": the held-out stream cut into 256-token blocks (early tokens of a block see little
context). "Sliding window": each scored token sees at least 128 tokens of context, as in the
transformers perplexity guide. Every token is scored exactly once in both.

Quality bar: English <= 1.8 bits per character. English: **{bar}**.
Recompute with `python -m aigc_dash.training.evaluate_text`.

## Retrain

```bash
sudo apt-get install fortunes-zh{" manpages-zh debian-reference-zh-cn" if a.get("modern_zh") else ""}
python -m aigc_dash.training.gpt --max-steps {info["steps"]} --vocab {a["vocab"]} \\
    --layers {a["layers"]} --width {a["width"]} --heads {a["heads"]} --batch {a["batch"]} \\
    --lr {a["lr"]} --warmup {a["warmup"]} --en-share {a["en_share"]} --seed {a["seed"]} \\
    --dropout {a["dropout"]} --weight-decay {a.get("weight_decay", 0.1)} \\
    {"--extra-stdlib " if a.get("extra_stdlib") else ""}{f"--modern-zh --modern-share {a.get('modern_share', 0.5)} " if a.get("modern_zh") else ""}{"--bf16 " if a.get("bf16") else ""}--threads {a.get("threads", 1)} --out data/models/gpt
# or by time budget: --minutes N; interrupt and continue with --resume (checkpoints in runs/gpt)
```
"""


if __name__ == "__main__":
    main()
