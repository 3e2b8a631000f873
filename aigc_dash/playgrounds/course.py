"""The course notes' code listings (section 5), next to ours, without streamlit.

Section 5.1 of the course notes builds ``pipeline('text-generation', model='gpt2')`` and
calls it with ``max_length=50, num_return_sequences=3``; :data:`TEXT_LISTING` is our runnable
version of that call on the bundled GPT, and :func:`run_course_call` runs exactly those
arguments. Section 5.2 sketches a DCGAN on MNIST whose networks are left empty;
:func:`dcgan_excerpt` renders our complete training code from the real modules (found by
name, so the excerpt follows the code wherever it moves and can never drift from it), and
:func:`dcgan_differences` lists every way ours differs from the course's, with the reason.

Importing this module imports neither torch nor transformers.
"""

from __future__ import annotations

import importlib
import inspect
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aigc_dash.core.i18n import t
from aigc_dash.generation import models

# --- 5.1: text generation --------------------------------------------------------------------

COURSE_PROMPT = "The quick brown fox jumps over the lazy"
COURSE_MAX_LENGTH = 50
COURSE_SEQUENCES = 3
COURSE_MODEL = "gpt2"  # the hub model the course names
OUR_MODEL = "data/models/gpt"  # the bundled GPT, relative to the app's folder
# The default prompt of the Text playground in each language; the English one is the course's,
# the Chinese one a modern prompt (the bundled GPT answers it in modern Chinese since the
# manpages-zh / Debian Reference corpus; a poem's first line would get classical text back).
DEFAULT_PROMPTS = {"en": COURSE_PROMPT, "zh": "人工智能将改变"}

# The call exactly as the listing makes it (the button runs these arguments, nothing else).
COURSE_CALL: dict[str, Any] = {
    "max_length": COURSE_MAX_LENGTH,
    "num_return_sequences": COURSE_SEQUENCES,
}

TEXT_LISTING = f'''# 1. Import the pipeline helper
from transformers import pipeline

# 2. Build the generator (the course: model="{COURSE_MODEL}", from the hub)
generator = pipeline("text-generation", model="{OUR_MODEL}")

# 3. Generate: max_length counts the prompt's tokens too
outputs = generator(
    "{COURSE_PROMPT}",
    max_length={COURSE_MAX_LENGTH},
    num_return_sequences={COURSE_SEQUENCES},
)

# 4. Print each generated text (the prompt and its continuation)
for output in outputs:
    print(output["generated_text"])
'''

TEXT_STEPS = ("import", "build", "generate", "print")  # strings: course_text_step_<name>


def default_prompt(lang: str) -> str:
    """The Text playground's default prompt in ``lang`` (English: the course's prompt)."""
    return DEFAULT_PROMPTS.get(lang, COURSE_PROMPT)


def prompt_tokens(pipe: Any, prompt: str) -> int:
    """How many tokens ``prompt`` is for the pipeline's tokenizer (no special tokens)."""
    return len(pipe.tokenizer(prompt, add_special_tokens=False)["input_ids"])


@dataclass(frozen=True)
class LengthArithmetic:
    """What ``max_length`` means for one prompt: it counts the prompt, so new = max - prompt."""

    prompt_tokens: int
    max_length: int = COURSE_MAX_LENGTH

    @property
    def new_tokens(self) -> int:
        """The new tokens ``max_length`` leaves (0 when the prompt already fills it)."""
        return max(self.max_length - self.prompt_tokens, 0)

    def text(self, lang: str, which: str) -> str:
        """One sentence of arithmetic; ``which`` is ``course`` or ``current`` (the prompt)."""
        if self.new_tokens == 0:
            return t(
                "course_text_tokens_none", lang, prompt=self.prompt_tokens, max=self.max_length
            )
        return t(
            f"course_text_tokens_{which}",
            lang,
            prompt=self.prompt_tokens,
            max=self.max_length,
            new=self.new_tokens,
        )


@dataclass(frozen=True)
class ArgumentRow:
    """One row of the table mapping the course's arguments to this page's controls."""

    argument: str
    course: str
    ours: str
    control: str
    note: str


def argument_rows(lang: str, arithmetic: LengthArithmetic, sampling: dict[str, Any]):
    """The argument table: each argument of the course's call, our value, the page's control.

    ``sampling`` is the bundled model's saved generation config (``do_sample``,
    ``temperature``, ``top_k``, ``top_p``), which the pipeline call uses when the call does
    not say otherwise.
    """
    sample = bool(sampling.get("do_sample"))
    return [
        ArgumentRow(
            "model",
            f"'{COURSE_MODEL}'",
            f'"{OUR_MODEL}"',
            t("text_model", lang),
            t("course_text_note_model", lang),
        ),
        ArgumentRow(
            t("course_text_arg_prompt", lang),
            f'"{COURSE_PROMPT}"',
            f'"{COURSE_PROMPT}"',
            t("text_prompt", lang),
            t("course_text_note_prompt", lang),
        ),
        ArgumentRow(
            "max_length",
            str(COURSE_MAX_LENGTH),
            str(COURSE_MAX_LENGTH),
            t("text_max_new_tokens", lang) + " (max_new_tokens)",
            t(
                "course_text_note_length",
                lang,
                prompt=arithmetic.prompt_tokens,
                new=arithmetic.new_tokens,
            ),
        ),
        ArgumentRow(
            "num_return_sequences",
            str(COURSE_SEQUENCES),
            str(COURSE_SEQUENCES),
            t("text_num_sequences", lang),
            t(
                "course_text_note_sequences" if sample else "course_text_note_sequences_off",
                lang,
            ),
        ),
        ArgumentRow(
            "do_sample, temperature, top_k, top_p",
            t("course_text_unset", lang),
            f"{sample}, {sampling.get('temperature')}, {sampling.get('top_k')}, "
            f"{sampling.get('top_p')}",
            ", ".join(t(f"text_{k}", lang) for k in ("decoding", "temperature", "top_k", "top_p")),
            t("course_text_note_sampling", lang),
        ),
    ]


def generation_defaults(pipe: Any) -> dict[str, Any]:
    """The sampling defaults the pipeline call falls back on (the model's generation config)."""
    cfg = pipe.model.generation_config
    return {k: getattr(cfg, k, None) for k in ("do_sample", "temperature", "top_k", "top_p")}


def run_course_call(pipe: Any, seed: int) -> list[str]:
    """Call the pipeline exactly as the listing does (``prompt, max_length=50,
    num_return_sequences=3``) and return each ``generated_text``; ``seed`` seeds torch first
    so a class sees the same three texts. Holds the generation lock (shared model)."""
    import torch

    from aigc_dash.generation.text import _GENERATE_LOCK

    with _GENERATE_LOCK, torch.no_grad():
        torch.manual_seed(int(seed))
        outputs = pipe(COURSE_PROMPT, **COURSE_CALL)
    return [o["generated_text"] for o in outputs]


# --- 5.2: DCGAN on MNIST ---------------------------------------------------------------------

# Where each piece of our DCGAN lives, by name: the first module that has it wins, so the
# excerpt follows the code if it moves again. The training command (aigc_dash.training.dcgan)
# is not a home: the app never imports aigc_dash.training.
DCGAN_HOMES = (
    "aigc_dash.nets.dcgan",
    "aigc_dash.generation.gan_training",
)
DCGAN_PIECES = ("Generator", "Discriminator", "train_dcgan")
COURSE_BETAS = (0.9, 0.999)  # Adam's defaults, which the course's listing keeps


def find_dcgan_object(name: str) -> Any:
    """Our DCGAN object ``name`` (a class, function or constant) from its current home."""
    for module_name in DCGAN_HOMES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        if hasattr(module, name):
            return getattr(module, name)
    raise LookupError(f"{name} is in none of {DCGAN_HOMES}")


@dataclass(frozen=True)
class Excerpt:
    """One piece of our code as it is in the module right now."""

    name: str
    module: str
    source: str


def dcgan_excerpt() -> list[Excerpt]:
    """Our DCGAN's networks and training loop, rendered from the real source."""
    out = []
    for name in DCGAN_PIECES:
        obj = find_dcgan_object(name)
        out.append(Excerpt(name, obj.__module__, inspect.getsource(obj)))
    return out


def _training_log(path: Path | None = None) -> dict[str, Any]:
    path = path or models.REGISTRY["dcgan"].path / "training_log.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@dataclass(frozen=True)
class Difference:
    """One way our DCGAN differs from (or matches) the course's listing, and why."""

    topic: str
    course: str
    ours: str
    why: str


def dcgan_differences(lang: str) -> list[Difference]:
    """Every difference between the course's DCGAN listing and ours, with the reason; the
    values of ours come from the code and the bundled model's training log."""
    log = _training_log()
    betas = tuple(find_dcgan_object("BETAS"))
    lr = find_dcgan_object("LR")
    batch = find_dcgan_object("BATCH_SIZE")
    epochs = log.get("epochs", "?")
    best = log.get("best_epoch", "?")
    every = log.get("eval_every", "?")
    augment = log.get("augment", 0)

    def row(key: str, course: str, ours: str, **kw: Any) -> Difference:
        return Difference(
            t(f"course_gan_{key}", lang),
            course,
            ours,
            t(f"course_gan_{key}_why", lang, **kw),
        )

    return [
        row(
            "data",
            t("course_gan_data_course", lang),
            t("course_gan_data_ours", lang),
        ),
        row("scale", "Normalize(0.5, 0.5) → [-1, 1]", "(x / 127.5) - 1 → [-1, 1]"),
        row("batch", "64", str(batch)),
        row("latent", "100", str(find_dcgan_object("LATENT_DIM"))),
        row("loss", "BCELoss", "BCEWithLogitsLoss"),
        row("lr", "0.0002", f"{lr:g}"),
        row("betas", f"{COURSE_BETAS} " + t("course_gan_default", lang), str(betas)),
        row(
            "epochs",
            "100",
            t("course_gan_epochs_ours", lang, epochs=epochs, best=best),
            every=every,
        ),
        row("noise", "[64, 100, 1, 1]", "[64, 100] → Linear → 7×7"),
        row("nets", t("course_gan_nets_course", lang), t("course_gan_nets_ours", lang)),
        row("ema", "—", t("course_gan_ema_ours", lang)),
        row("augment", "—", t("course_gan_augment_ours", lang, px=augment)),
        row("output", t("course_gan_output_course", lang), t("course_gan_output_ours", lang)),
    ]
