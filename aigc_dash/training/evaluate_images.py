"""Print the image models' quality bars (and, with ``--write``, put them in the model cards).

    python -m aigc_dash.training.evaluate_images [--write] [--all-schedulers]

* classifier: accuracy on the 1,000 held-out digits no model trained on (bar: >= 97 %);
* DCGAN: share of 500 samples (seeds 0-499) the classifier reads with confidence >= 0.9, and
  how many of the ten digits appear among them (bar: >= 80 %, all ten);
* diffusion: share of 500 samples (50 per digit) the classifier reads as the requested digit,
  at the app's default scheduler, steps and guidance (bar: >= 90 % at <= 25 steps).

Everything goes through the app's own path (``aigc_dash.generation.models`` loaders and
``aigc_dash.generation.images`` functions), seeded, so the numbers are reproducible.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from aigc_dash.generation import digits, images, models
from aigc_dash.training.common import write_json

CLASSIFIER_BAR = 0.97
DCGAN_BAR = 0.80
DCGAN_CONFIDENCE = 0.9
DIFFUSION_BAR = 0.90
DIFFUSION_MAX_STEPS = 25


def eval_classifier(clf) -> dict:
    """Held-out accuracy (and the worst class)."""
    x, y = digits.digits_split("heldout")
    pred, _ = images.classify(x, clf)
    per_class = [float((pred[y == c] == c).mean()) for c in range(10)]
    acc = float((pred == y).mean())
    return {
        "heldout_accuracy": acc,
        "n": len(y),
        "per_class": per_class,
        "pass": acc >= CLASSIFIER_BAR,
    }


def eval_dcgan(gen, clf, n: int = 500) -> dict:
    """Confident share and digits present among ``n`` seeded samples."""
    chunks = [
        images.sample_dcgan(gen, seed=s, count=min(50, n - s)).images for s in range(0, n, 50)
    ]
    pred, conf = images.classify(np.concatenate(chunks), clf)
    confident = conf >= DCGAN_CONFIDENCE
    counts = np.bincount(pred, minlength=10)
    share = float(confident.mean())
    present = int((counts > 0).sum())
    return {
        "confident_share": share,
        "digits_present": present,
        "digits_present_confident": int((np.bincount(pred[confident], minlength=10) > 0).sum()),
        "class_counts": counts.tolist(),
        "n": n,
        "pass": share >= DCGAN_BAR and present == 10,
    }


def eval_diffusion(
    unet,
    scheduler,
    clf,
    per_digit: int = 50,
    scheduler_name: str = images.DEFAULT_SCHEDULER,
    steps: int = images.DEFAULT_STEPS,
    guidance: float = images.DEFAULT_GUIDANCE,
    seed: int = 0,
    batch: int = 100,
) -> dict:
    """Agreement between the requested digit and the classifier's reading."""
    labels = np.repeat(np.arange(10), per_digit)
    t0 = time.perf_counter()
    out = [
        images.diffusion_batch(
            unet,
            scheduler,
            labels[i : i + batch],
            scheduler_name=scheduler_name,
            num_inference_steps=steps,
            guidance_scale=guidance,
            seed=seed + i,
        )
        for i in range(0, len(labels), batch)
    ]
    seconds = time.perf_counter() - t0
    pred, conf = images.classify(np.concatenate(out), clf)
    agree = float((pred == labels).mean())
    return {
        "agreement": agree,
        "per_digit": [float((pred[labels == c] == c).mean()) for c in range(10)],
        "mean_confidence": float(conf.mean()),
        "n": len(labels),
        "scheduler": scheduler_name,
        "num_inference_steps": steps,
        "guidance_scale": guidance,
        "seconds": round(seconds, 1),
        "pass": agree >= DIFFUSION_BAR and steps <= DIFFUSION_MAX_STEPS,
    }


def _fmt(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def _write_section(folder: Path, text: str) -> None:
    readme = folder / "README.md"
    if not readme.exists():
        return
    body = readme.read_text(encoding="utf-8")
    if "<!-- eval -->" not in body:
        return
    head, rest = body.split("<!-- eval -->", 1)
    tail = rest.split("<!-- /eval -->", 1)[1]
    readme.write_text(f"{head}<!-- eval -->\n{text}\n<!-- /eval -->{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> dict:
    """Run the evaluation, print the bars, optionally write them into the model cards."""
    p = argparse.ArgumentParser(prog="python -m aigc_dash.training.evaluate_images")
    p.add_argument("--write", action="store_true", help="put the results in the model cards")
    p.add_argument("--all-schedulers", action="store_true", help="also 100 samples per scheduler")
    p.add_argument("--per-digit", type=int, default=50)
    p.add_argument("--threads", type=int, default=None)
    args = p.parse_args(argv)
    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    clf = models.load_classifier()
    res: dict = {"when": when}
    res["classifier"] = c = eval_classifier(clf)
    print(
        f"classifier  held-out accuracy {c['heldout_accuracy']:.2%} on {c['n']} digits "
        f"(bar >= {CLASSIFIER_BAR:.0%})  {_fmt(c['pass'])}"
    )
    res["dcgan"] = g = eval_dcgan(models.load_dcgan(), clf)
    print(
        f"dcgan       {g['confident_share']:.1%} of {g['n']} samples classified with confidence "
        f">= {DCGAN_CONFIDENCE}; {g['digits_present']}/10 digits present "
        f"(bar >= {DCGAN_BAR:.0%}, 10/10)  {_fmt(g['pass'])}"
    )
    unet, sched = models.load_diffusion()
    res["diffusion"] = d = eval_diffusion(unet, sched, clf, per_digit=args.per_digit)
    print(
        f"diffusion   agreement {d['agreement']:.1%} on {d['n']} samples, "
        f"{images.SCHEDULER_LABELS[d['scheduler']]} {d['num_inference_steps']} steps, "
        f"guidance {d['guidance_scale']} (bar >= {DIFFUSION_BAR:.0%} at <= {DIFFUSION_MAX_STEPS} "
        f"steps)  {_fmt(d['pass'])}  [{d['seconds']} s]"
    )
    print(
        "            per digit: " + " ".join(f"{i}:{a:.0%}" for i, a in enumerate(d["per_digit"]))
    )
    if args.all_schedulers:
        res["schedulers"] = {}
        for name in images.SCHEDULERS:
            s = eval_diffusion(unet, sched, clf, per_digit=10, scheduler_name=name)
            res["schedulers"][name] = s
            print(
                f"            {images.SCHEDULER_LABELS[name]:<13} {s['agreement']:.0%} of 100 "
                f"at {s['num_inference_steps']} steps [{s['seconds']} s]"
            )
    if args.write:
        cmd = "`python -m aigc_dash.training.evaluate_images`"
        _write_section(
            models.REGISTRY["classifier"].path,
            f"Evaluated {when} by {cmd}: held-out accuracy **{c['heldout_accuracy']:.2%}** on "
            f"{c['n']} digits (bar >= 97 %: {_fmt(c['pass'])}); per class "
            + ", ".join(f"{i}: {a:.0%}" for i, a in enumerate(c["per_class"]))
            + ".",
        )
        _write_section(
            models.REGISTRY["dcgan"].path,
            f"Evaluated {when} by {cmd}: **{g['confident_share']:.1%}** of {g['n']} samples "
            f"(seeds 0-{g['n'] - 1}) classified with confidence >= {DCGAN_CONFIDENCE}; "
            f"**{g['digits_present']}/10** digits present; class counts {g['class_counts']} "
            f"(bar >= 80 % and all ten: {_fmt(g['pass'])}).",
        )
        lines = [
            f"Evaluated {when} by {cmd}: the classifier reads the requested digit in "
            f"**{d['agreement']:.1%}** of {d['n']} samples (50 per digit) at the app's defaults: "
            f"{images.SCHEDULER_LABELS[d['scheduler']]}, {d['num_inference_steps']} steps, "
            f"guidance scale {d['guidance_scale']} (bar >= 90 % at <= 25 steps: {_fmt(d['pass'])}).",
            "Per digit: " + ", ".join(f"{i}: {a:.0%}" for i, a in enumerate(d["per_digit"])) + ".",
        ]
        for name, s in res.get("schedulers", {}).items():
            lines.append(
                f"- {images.SCHEDULER_LABELS[name]}, {s['num_inference_steps']} steps: "
                f"{s['agreement']:.0%} of 100"
            )
        _write_section(models.REGISTRY["diffusion"].path, "\n".join(lines))
        write_json(Path("runs") / "evaluate_images.json", res)
    print(
        json.dumps(
            {k: v.get("pass") for k, v in res.items() if isinstance(v, dict) and "pass" in v}
        )
    )
    return res


if __name__ == "__main__":
    main()
