"""Evaluate the bundled text models against the quality bars and print the results.

Usage::

    python -m aigc_dash.training.evaluate_text [--write]

GPT: held-out perplexity and bits per character, English and Chinese separately (bar:
English <= 1.8 bits per character). RNN: held-out loss, and acrostic poems for many head
characters at 5 and 7 characters a line (bar: every line starts with its head character and
has the requested length). ``--write`` stores ``evaluation.json`` next to each model and
adds the acrostic check to the RNN's model card.
"""

from __future__ import annotations

import argparse
import json
import random
import time

from aigc_dash.generation import models, text
from aigc_dash.training import corpus

EN_BPC_BAR = 1.8
STRIDE = 128  # sliding-window evaluation: every scored token sees >= 128 tokens of context


def evaluate_gpt() -> dict:
    """Held-out metrics of the bundled GPT per language, and whether the bar is met."""
    from aigc_dash.training.gpt import evaluate_bpc

    pipe = models.load_text_pipeline("gpt")
    _, held = corpus.split(corpus.documents())
    out: dict = {"blocks": {}, "sliding": {}}
    for lang in ("en", "zh"):
        docs = [d for d in held if d.lang == lang]
        out["blocks"][lang] = evaluate_bpc(pipe.model, pipe.tokenizer, docs)
        out["sliding"][lang] = evaluate_bpc(pipe.model, pipe.tokenizer, docs, stride=STRIDE)
    out["bar"] = {
        "en_bits_per_char_max": EN_BPC_BAR,
        "blocks": out["blocks"]["en"]["bits_per_char"],
        "sliding": out["sliding"]["en"]["bits_per_char"],
        "met_blocks": out["blocks"]["en"]["bits_per_char"] <= EN_BPC_BAR,
        "met_sliding": out["sliding"]["en"]["bits_per_char"] <= EN_BPC_BAR,
    }
    out["samples"] = {
        p: text.generate(pipe, p, text.SamplingParams(max_new_tokens=40, seed=0))[0]
        for p in ("The list", "def ", "春风")
    }
    return out


def evaluate_rnn(n_heads: int = 40, seed: int = 0) -> dict:
    """Held-out loss of the RNN and the acrostic check on ``n_heads`` random 4-char heads."""
    import torch

    from aigc_dash.training import rnn as rnn_mod

    loaded = models.load_rnn("rnn")
    all_poems = corpus.poems()
    held = [
        p for p in all_poems if corpus.Document(f"poem:{p.title}:{p.lines[0]}", "zh", "").heldout
    ]
    ids = torch.tensor([loaded.stoi[c] for c in rnn_mod.poem_text(held) if c in loaded.stoi])
    heldout = rnn_mod.evaluate(loaded.net, ids)
    rng = random.Random(seed)
    common = [c for c in loaded.vocab if "\u4e00" <= c <= "\u9fff"]
    checked = ok = 0
    failures: list[str] = []
    for i in range(n_heads):
        heads = "".join(rng.sample(common, 4))
        for n in (5, 7):
            poem = text.acrostic(loaded, heads, line_length=n, seed=i)
            checked += 1
            good = [ln[0] for ln in poem.lines] == list(heads) and all(
                len(ln) == n + 1 and ln[-1] in "，。" for ln in poem.lines
            )
            ok += good
            if not good:
                failures.append(poem.text)
    samples = {
        "acrostic 春夏秋冬 (5)": text.acrostic(loaded, "春夏秋冬", line_length=5, seed=0).text,
        "acrostic 人工智能 (7)": text.acrostic(loaded, "人工智能", line_length=7, seed=0).text,
        "continue 床前明月光": text.continue_line(loaded, "床前明月光", seed=0).text,
    }
    return {
        "heldout": heldout,
        "acrostic": {"poems": checked, "correct": ok, "failures": failures[:5]},
        "bar": {"met": ok == checked},
        "samples": samples,
    }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="save evaluation.json and cards")
    parser.add_argument("--models", default="gpt,rnn", help="comma-separated: gpt, rnn")
    args = parser.parse_args(argv)
    which = {m.strip() for m in args.models.split(",")}
    t0 = time.time()
    result: dict = {}
    if "gpt" in which:
        result["gpt"] = _report_gpt(evaluate_gpt())
    if "rnn" in which:
        result["rnn"] = _report_rnn(evaluate_rnn())
    print(f"\n(evaluated in {time.time() - t0:.0f}s)")
    if args.write:
        _write(result)
    return result


def _report_gpt(gpt: dict) -> dict:
    print("GPT held-out (documents never trained on; every token scored once)")
    print(
        f"{'lang':5s} {'method':30s} {'tokens':>7s} {'chars':>7s} {'loss':>6s} {'ppl':>7s} "
        f"{'bits/char':>9s}"
    )
    for lang in ("en", "zh"):
        for key in ("blocks", "sliding"):
            m = gpt[key][lang]
            print(
                f"{lang:5s} {m['method']:30s} {m['tokens']:7d} {m['characters']:7d} "
                f"{m['loss']:6.3f} {m['perplexity']:7.1f} {m['bits_per_char']:9.3f}"
            )
    bar = gpt["bar"]
    for key in ("blocks", "sliding"):
        met = "MET" if bar[f"met_{key}"] else "NOT MET"
        print(f"bar: English <= {EN_BPC_BAR} bits/char ({key}): {met} ({bar[key]})")
    for p, s in gpt["samples"].items():
        print(f"  sample {p!r} -> {s!r}")
    return gpt


def _report_rnn(rnn: dict) -> dict:
    a = rnn["acrostic"]
    print(
        f"\nRNN held-out: loss {rnn['heldout']['loss']:.3f} nats/char, perplexity "
        f"{rnn['heldout']['perplexity']:.1f}, {rnn['heldout']['bits_per_char']:.3f} bits/char"
    )
    met = "MET" if rnn["bar"]["met"] else "NOT MET"
    print(f"bar: acrostic heads and line lengths: {a['correct']}/{a['poems']} correct: {met}")
    for k, v in rnn["samples"].items():
        print(f"  {k}:\n    " + v.replace("\n", "\n    "))
    return rnn


def _write(result: dict) -> None:
    from aigc_dash.training import rnn as rnn_mod

    for name, res in result.items():
        path = models.REGISTRY[name].path / "evaluation.json"
        path.write_text(json.dumps(res, indent=1, ensure_ascii=False), encoding="utf-8")
    if "rnn" not in result:
        return
    rnn = result["rnn"]
    rnn_dir = models.REGISTRY["rnn"].path
    info = json.loads((rnn_dir / "training_info.json").read_text(encoding="utf-8"))
    config = json.loads((rnn_dir / "config.json").read_text(encoding="utf-8"))
    a = rnn["acrostic"]
    samples = "\n".join(f"\n{k}:\n\n```\n{v}\n```" for k, v in rnn["samples"].items())
    check = (
        f"- Acrostic check (`python -m aigc_dash.training.evaluate_text`): {a['correct']} of "
        f"{a['poems']} poems (40 random four-character heads, 5 and 7 characters a line) have "
        f"every line starting with its head character, the requested length and "
        f"，/。 punctuation. Bar: all. **{'Met' if rnn['bar']['met'] else 'Not met'}.**\n"
        f"- Samples (seed 0):\n{samples}\n"
    )
    (rnn_dir / "README.md").write_text(rnn_mod.model_card(info, config, check), encoding="utf-8")


if __name__ == "__main__":
    main()
