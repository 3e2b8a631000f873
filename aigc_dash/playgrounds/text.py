"""The Text playground's logic, without streamlit: its URL settings (one declarative
:class:`~aigc_dash.core.urlstate.SettingTable`), lengths that fit the context, the runs
(typed results kept in session state), the next-token explorer's rows, compare sides, model
cards and the warm-up.

Everything here is plain Python; the model itself is only touched through duck typing
(``pipe.tokenizer``, ``pipe.model``) and :mod:`aigc_dash.generation.text`, so importing this
module imports neither torch nor streamlit.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

from aigc_dash.core.i18n import t
from aigc_dash.core.text import md_escape
from aigc_dash.core.urlstate import Setting, SettingTable, UrlNotice
from aigc_dash.generation import models, remote
from aigc_dash.generation import text as gen
from aigc_dash.generation.sampling import SamplingParams
from aigc_dash.generation.text import MAX_NEW_TOKENS, MAX_PROMPT_CHARS, MAX_RETURN_SEQUENCES

# --- settings and the URL ----------------------------------------------------------------

MAX_URL_PROMPT = 1000  # characters of the prompt kept in a link (the end: the model reads that)
MAX_RNN_INPUT = 40  # a first line or acrostic heads; longer input is cut (and said so)
SEED_MAX = 2**31 - 1
DECODINGS = ("sample", "greedy")
RNN_TASKS = ("continue", "acrostic")
LINE_LENGTHS = (5, 7)
TEXT_MODEL_KINDS = ("gpt", "rnn", "hub-text")
Side = Literal["a", "b"]


def server_options() -> list[str]:
    """The operator's inference-server models as app ids (``server:<id>``); none when no
    server is configured (then nothing is contacted)."""
    cfg = remote.server_config()
    return [remote.model_choice_id(m) for m in cfg.models] if cfg else []


def text_model_ids() -> list[str]:
    """Ids of every text model (bundled, hub, server), whether usable now or not."""
    ids = [m for m, info in models.REGISTRY.items() if info.kind in TEXT_MODEL_KINDS]
    return [*ids, *server_options()]


@dataclass(frozen=True)
class Settings:
    """Everything a teacher can share by link: model, prompt and every control."""

    model: str = "gpt"
    prompt: str = "The quick brown fox jumps over the lazy"
    max_new_tokens: int = 40
    num_sequences: int = 1
    decoding: str = "sample"
    temperature: float = 0.8
    top_k: int = 50
    top_p: float = 0.95
    repetition_penalty: float = 1.0
    seed: int = 42
    # RNN mode
    rnn_task: str = "acrostic"
    first_line: str = "白日依山尽"
    heads: str = "春夏秋冬"
    line_length: int = 5
    n_lines: int = 4
    # Compare: setting B (setting A is the main one)
    b_decoding: str = "sample"
    b_temperature: float = 1.5
    b_top_k: int = 0
    b_top_p: float = 1.0

    @property
    def greedy(self) -> bool:
        return self.decoding == "greedy"

    def sampling(self, side: Side = "a", *, seed: int | None = None) -> SamplingParams:
        """The generation settings of one side (compare's B shares length, penalty and seed
        with A); ``seed`` overrides the seed (one per streamed sequence)."""
        if side == "b":
            greedy = self.b_decoding == "greedy"
            temperature, top_k, top_p = self.b_temperature, self.b_top_k, self.b_top_p
        else:
            greedy = self.greedy
            temperature, top_k, top_p = self.temperature, self.top_k, self.top_p
        return SamplingParams(
            max_new_tokens=self.max_new_tokens,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
            repetition_penalty=self.repetition_penalty,
            do_sample=not greedy,
            seed=self.seed if seed is None else seed,
        )


DEFAULTS = Settings()


def _num(name: str, kind: Literal["int", "float"], lo: float, hi: float, step: float, key=""):
    return Setting(name, kind, getattr(DEFAULTS, name), lo=lo, hi=hi, step=step, key=key)


def _text(name: str, kind: Literal["choice", "text"], key: str = "", **kw: Any) -> Setting:
    return Setting(name, kind, getattr(DEFAULTS, name), key=key, **kw)


# The page's settings, once: field name, URL key (today's short keys, so shared links keep
# working), bounds or choices; defaults from :class:`Settings`. ``lang`` belongs to the chrome.
TABLE = SettingTable(
    [
        _text("model", "choice", choices=text_model_ids),
        _text("prompt", "text", max_chars=MAX_URL_PROMPT, keep="end"),
        _num("max_new_tokens", "int", 1, MAX_NEW_TOKENS, 1),
        _num("num_sequences", "int", 1, MAX_RETURN_SEQUENCES, 1, key="n"),
        _text("decoding", "choice", choices=DECODINGS),
        _num("temperature", "float", 0.05, 2.0, 0.05),
        _num("top_k", "int", 0, 200, 1),
        _num("top_p", "float", 0.05, 1.0, 0.05),
        _num("repetition_penalty", "float", 1.0, 2.0, 0.05, key="rep"),
        _num("seed", "int", 0, SEED_MAX, 1),
        _text("rnn_task", "choice", key="task", choices=RNN_TASKS),
        _text("first_line", "text", key="first", max_chars=MAX_RNN_INPUT),
        _text("heads", "text", max_chars=MAX_RNN_INPUT),
        _text("line_length", "choice", key="line", choices=LINE_LENGTHS),
        _num("n_lines", "int", 2, 8, 1, key="lines"),
        _text("b_decoding", "choice", choices=DECODINGS),
        _num("b_temperature", "float", 0.05, 2.0, 0.05),
        _num("b_top_k", "int", 0, 200, 1),
        _num("b_top_p", "float", 0.05, 1.0, 0.05),
    ],
    notice_prefix="text",
)


def slider_bounds(name: str) -> tuple[float, float, float]:
    """``(min, max, step)`` of numeric setting ``name`` (ints for an int setting)."""
    row = TABLE.by_name[name]
    if row.lo is None or row.hi is None or row.step is None:
        raise ValueError(f"{name} has no slider bounds")
    if row.kind == "int":
        return int(row.lo), int(row.hi), int(row.step)
    return row.lo, row.hi, row.step


def settings_from_values(values: Mapping[str, Any]) -> Settings:
    """Settings from widget or URL values (missing ones take the defaults; all clamped)."""
    return Settings(
        **{
            f.name: TABLE.clamp(f.name, values.get(f.name, getattr(DEFAULTS, f.name)))
            for f in fields(Settings)
        }
    )


def parse_settings(params: Mapping[str, object]) -> tuple[Settings, list[UrlNotice]]:
    """Settings from URL query parameters; bad or out-of-range values become notices.

    Unknown keys are ignored. Numbers are clamped to their range (and onto the slider grid),
    choices fall back to the default, a prompt longer than :data:`MAX_URL_PROMPT` keeps its
    end. Whether a known hub model may run is decided later (``models.resolve_text_model``).
    """
    values, notices = TABLE.parse(params)
    return settings_from_values(values), notices


def to_query(settings: Settings) -> dict[str, str]:
    """The URL parameters for ``settings``: only what differs from the defaults."""
    return TABLE.to_query({f.name: getattr(settings, f.name) for f in fields(Settings)})


@dataclass(frozen=True)
class Notice:
    """A message for the user: an i18n key and its format arguments."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        """The message in ``lang`` (user-supplied values are escaped for Markdown)."""
        safe = {
            k: md_escape(v, limit=60) if isinstance(v, str) else v for k, v in self.params.items()
        }
        return t(self.key, lang, **safe)


# --- lengths that fit the context (mirrors aigc_dash.generation.text, to warn before streaming) -----


@dataclass(frozen=True)
class LengthPlan:
    """How a prompt and a number of new tokens fit a model's context."""

    context: int
    prompt_tokens: int  # as typed
    kept_tokens: int  # after cutting from the left
    new_tokens: int
    asked_new_tokens: int
    prompt_truncated: bool
    new_tokens_clamped: bool


def fit_lengths(
    prompt_tokens: int, context: int, max_new_tokens: int, *, cut_chars: bool = False
) -> LengthPlan:
    """Where ``aigc_dash.generation.text`` will cut: new tokens capped by :data:`MAX_NEW_TOKENS` and the
    context; the prompt keeps its last tokens, at least half the context."""
    want = min(max(int(max_new_tokens), 1), MAX_NEW_TOKENS, context - 1)
    keep = max(context - want, context // 2)
    kept = min(prompt_tokens, keep)
    new = min(want, context - kept)
    return LengthPlan(
        context=context,
        prompt_tokens=prompt_tokens,
        kept_tokens=kept,
        new_tokens=new,
        asked_new_tokens=int(max_new_tokens),
        prompt_truncated=cut_chars or kept < prompt_tokens,
        new_tokens_clamped=new != int(max_new_tokens),
    )


def plan_for(pipe: Any, prompt: str, max_new_tokens: int) -> LengthPlan:
    """:func:`fit_lengths` for ``prompt`` on a text-generation pipeline (its tokenizer)."""
    from aigc_dash.generation.text import context_length

    cut_chars = len(prompt) > MAX_PROMPT_CHARS
    ids = pipe.tokenizer(prompt[-MAX_PROMPT_CHARS:], add_special_tokens=False)["input_ids"]
    return fit_lengths(len(ids), context_length(pipe.model), max_new_tokens, cut_chars=cut_chars)


def length_notices(plan: LengthPlan) -> list[Notice]:
    """The notices a user should see for ``plan`` (prompt cut, new tokens clamped)."""
    out = []
    if plan.prompt_truncated:
        out.append(
            Notice(
                "text_prompt_truncated",
                {"tokens": plan.prompt_tokens, "kept": plan.kept_tokens, "context": plan.context},
            )
        )
    if plan.new_tokens_clamped:
        out.append(
            Notice(
                "text_new_tokens_clamped",
                {"asked": plan.asked_new_tokens, "used": plan.new_tokens, "context": plan.context},
            )
        )
    return out


def is_blank(text: str | None) -> bool:
    """True for a prompt with nothing a model could read (empty, spaces, control chars)."""
    return not text or not "".join(c for c in text if c.isprintable()).strip()


def sequence_seeds(seed: int, n: int, greedy: bool) -> list[int]:
    """Seeds of the sequences streamed one after another: ``seed, seed+1, ...`` (greedy: one,
    since every greedy sequence is the same)."""
    count = 1 if greedy else min(max(int(n), 1), MAX_RETURN_SEQUENCES)
    return [(int(seed) + i) % (SEED_MAX + 1) for i in range(count)]


def describe_side(params: SamplingParams, lang: str) -> str:
    """A one-line summary of generation settings (for compare captions and downloads)."""
    if params.greedy:
        return t("text_side_greedy", lang, rep=params.repetition_penalty, seed=params.seed)
    return t(
        "text_side_sample",
        lang,
        temperature=params.temperature,
        top_k=params.top_k or t("text_off", lang),
        top_p=params.top_p,
        rep=params.repetition_penalty,
        seed=params.seed,
    )


def as_render_calls(pieces: Any, render: Callable[[str], Any], sink: list[str]) -> Any:
    """Turn a stream of text pieces into callables for ``st.write_stream``.

    ``st.write_stream`` renders string chunks as Markdown; a callable chunk is simply called.
    So each piece becomes ``render(text so far)`` (the page renders plain text with
    ``st.code``), and the pieces are collected in ``sink``.
    """
    for piece in pieces:
        sink.append(piece)
        text = "".join(sink)
        yield lambda text=text: render(text)


# --- runs: what a click produces, kept in session state as typed results ---------------


def model_options() -> list[str]:
    """The models offered: the bundled two, then the hub text models the operator allowed."""
    hub = []
    if models.hub_enabled():
        hub = [
            m
            for m in models.hub_allowlist()
            if models.REGISTRY.get(m) and models.REGISTRY[m].kind == "hub-text"
        ]
    return ["gpt", "rnn", *hub, *server_options()]


def fallback_notice(requested: str, reason: str) -> Notice:
    """Why ``requested`` is not the model answering (hub off, not allowed, unreachable...)."""
    return Notice(f"text_fallback_{reason or 'unknown'}", {"model": requested})


def sequence_params(settings: Settings) -> list[SamplingParams]:
    """One :class:`SamplingParams` per streamed sequence (seeds ``seed, seed+1, ...``)."""
    seeds = sequence_seeds(settings.seed, settings.num_sequences, settings.greedy)
    return [settings.sampling(seed=seed) for seed in seeds]


@dataclass(frozen=True)
class GenerationRun:
    """A finished Generate run: one continuation per streamed sequence."""

    prompt: str
    model: str
    params: SamplingParams  # of the first sequence; the others differ only by seed
    seeds: tuple[int, ...]
    texts: tuple[str, ...]

    def summary(self, lang: str) -> str:
        return describe_side(self.params, lang)

    def download(self, lang: str) -> str:
        """The run as a text file: settings, then each sequence after its prompt."""
        body = "\n\n".join(
            f"--- {t('text_sequence', lang, i=i + 1, seed=seed)} ---\n{self.prompt}{txt}"
            for i, (txt, seed) in enumerate(zip(self.texts, self.seeds, strict=True))
        )
        return f"{self.summary(lang)}\n\n{body}\n"


@dataclass(frozen=True)
class CompareRun:
    """Setting A and setting B on the same prompt and seed, one text each."""

    params_a: SamplingParams
    params_b: SamplingParams
    text_a: str
    text_b: str


def compare(pipe: Any, settings: Settings) -> CompareRun:
    """Generate once with setting A and once with setting B (raises ``TextInputError``)."""
    a, b = settings.sampling("a"), settings.sampling("b")
    return CompareRun(
        a, b, gen.generate(pipe, settings.prompt, a)[0], gen.generate(pipe, settings.prompt, b)[0]
    )


@dataclass(frozen=True)
class PoemRun:
    """A poem the RNN wrote: which task, from what input."""

    task: str
    input: str
    poem: gen.PoemResult


@dataclass(frozen=True)
class RnnInput:
    """The RNN's input for the chosen task, cut to :data:`MAX_RNN_INPUT` (``cut`` says so)."""

    task: str
    text: str
    cut: bool

    @property
    def blank(self) -> bool:
        return is_blank(self.text)


def rnn_input(settings: Settings) -> RnnInput:
    """The heads (acrostic) or first line (continue) the RNN will read."""
    raw = settings.heads if settings.rnn_task == "acrostic" else settings.first_line
    return RnnInput(settings.rnn_task, raw[:MAX_RNN_INPUT], len(raw) > MAX_RNN_INPUT)


def write_poem(rnn: Any, settings: Settings, source: RnnInput) -> PoemRun:
    """Run the RNN task (raises ``TextInputError`` for input it cannot use)."""
    kw = {"temperature": settings.temperature, "top_k": settings.top_k, "seed": settings.seed}
    if source.task == "acrostic":
        poem = gen.acrostic(rnn, source.text, line_length=settings.line_length, **kw)
    else:
        poem = gen.continue_line(rnn, source.text, n_lines=settings.n_lines, **kw)
    return PoemRun(source.task, source.text, poem)


# --- next-token explorer -----------------------------------------------------------------

_VISIBLE = {" ": "␣", "\n": "↵", "\t": "⇥", "\r": "␍", "\ufffd": "�"}


def token_label(token: str) -> str:
    """A token made visible: spaces, newlines and tabs as symbols, control characters escaped."""
    if token == "":
        return "∅"
    out = []
    for c in token:
        if c in _VISIBLE:
            out.append(_VISIBLE[c])
        elif not c.isprintable():
            out.append(f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return "".join(out)


@dataclass(frozen=True)
class CandidateRow:
    """One bar pair of the explorer."""

    label: str
    token_id: int
    prob_before: float
    prob_after: float
    removed: bool
    reason: str  # "" | "greedy" | "top_k" | "top_p"


def explorer_rows(dist: Mapping[str, Any], *, top_k: int, greedy: bool) -> list[CandidateRow]:
    """Rows for the explorer chart from ``text.next_token_distribution``'s result.

    Labels are made unique (two tokens can look alike); a removed candidate says what removed
    it: greedy keeps only the most likely, top-k removes ranks >= k (ranked by the model's
    own probability), anything else removed was cut by top-p. Temperature removes nothing: it
    reshapes the probabilities, which changes how many tokens top-p keeps.
    """
    rows: list[CandidateRow] = []
    seen: dict[str, int] = {}
    for rank, c in enumerate(dist["candidates"]):
        label = token_label(c["token"])
        if label in seen:
            seen[label] += 1
            label = f"{label} #{seen[label]}"
        else:
            seen[label] = 1
        reason = ""
        if c["removed"]:
            if greedy:
                reason = "greedy"
            elif top_k and rank >= top_k:
                reason = "top_k"
            else:
                reason = "top_p"
        rows.append(
            CandidateRow(
                label, int(c["token_id"]), c["prob_before"], c["prob_after"], c["removed"], reason
            )
        )
    return rows


def explorer_text(pipe: Any, prompt: str, picked_ids: Sequence[int]) -> str:
    """The prompt followed by the tokens picked so far (decoded together, so multi-byte
    characters split over tokens come out whole)."""
    if not picked_ids:
        return prompt
    return prompt + pipe.tokenizer.decode(list(picked_ids))


@dataclass
class ExplorerPath:
    """The tokens picked so far in the explorer, for one prompt (a new prompt starts over)."""

    prompt: str = ""
    picked: list[int] = field(default_factory=list)

    def follow(self, prompt: str) -> ExplorerPath:
        """This path, emptied if the prompt changed."""
        if prompt != self.prompt:
            self.prompt, self.picked = prompt, []
        return self

    def pick(self, token_id: int) -> None:
        if len(self.picked) < MAX_NEW_TOKENS:
            self.picked.append(int(token_id))

    def undo(self) -> None:
        if self.picked:
            self.picked.pop()

    def reset(self) -> None:
        self.picked.clear()

    @property
    def full(self) -> bool:
        return len(self.picked) >= MAX_NEW_TOKENS


@dataclass(frozen=True)
class ExplorerView:
    """What the explorer shows: the text so far, the next token's distribution, its rows."""

    context: str
    dist: dict[str, Any]
    rows: list[CandidateRow]

    @property
    def removed(self) -> list[CandidateRow]:
        return [r for r in self.rows if r.removed]


def explore(pipe: Any, settings: Settings, path: ExplorerPath, top_n: int = 10) -> ExplorerView:
    """The next-token distribution after the prompt and the picked tokens, under the main
    settings (greedy keeps only the most likely). Raises ``TextInputError``."""
    context = explorer_text(pipe, settings.prompt, path.picked)
    dist = gen.next_token_distribution(pipe, context, settings.sampling(), top_n=top_n)
    rows = explorer_rows(dist, top_k=settings.top_k, greedy=settings.greedy)
    return ExplorerView(context, dist, rows)


# --- examples ----------------------------------------------------------------------------

EXAMPLE_PROMPTS: tuple[tuple[str, str], ...] = (
    ("en", "The quick brown fox jumps over the lazy"),
    ("en", "def read_config(path):\n    "),
    ("en", "The os module provides"),
    # modern Chinese, as the bundled GPT writes it now (the first three are among the prompts
    # of its quality check), and one poem line: the classical text both models learned
    ("zh", "人工智能将改变"),
    ("zh", "这个命令可以用来"),
    ("zh", "机器学习是一种"),
    ("zh", "床前明月光，"),
)
EXAMPLE_FIRST_LINES = ("白日依山尽", "床前明月光", "国破山河在", "空山不见人")
EXAMPLE_HEADS = ("春夏秋冬", "人工智能", "明月清风")


def example_prompts(lang: str) -> list[str]:
    """Example prompts in both languages, the user's language first."""
    mine = [p for lg, p in EXAMPLE_PROMPTS if lg == lang]
    return mine + [p for lg, p in EXAMPLE_PROMPTS if lg != lang]


# --- model cards -------------------------------------------------------------------------

GPT2_SMALL = {"parameters": 124_000_000, "context": 1024, "vocab": 50257, "data_gb": 40}


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def model_ready(model_id: str) -> bool:
    """True when a bundled model's weights are on disk (hub models: always, they download)."""
    info = models.REGISTRY.get(model_id)
    if info is None:
        return False
    if not info.bundled:
        return True
    return (info.path / "model.safetensors").is_file()


def model_card(model_id: str, lang: str) -> list[str]:
    """Lines (plain text, Markdown-safe) saying what ``model_id`` is, from its folder's
    ``training_info.json`` and ``config.json`` (bundled) or the registry (hub), compared with
    GPT-2 small."""
    info = models.REGISTRY[model_id]
    lines: list[str] = []
    if not info.bundled:
        lines.append(
            t("text_card_hub", lang, id=md_escape(info.source, limit=60), size=info.size(lang))
        )
        lines.append(
            t("text_card_licence", lang, licence=md_escape(info.licence_in(lang), limit=60))
        )
        return lines
    train = _read_json(info.path / "training_info.json")
    config = _read_json(info.path / "config.json")
    if not train:
        lines.append(t("text_card_missing", lang, path=f"data/models/{info.source}"))
        lines.append(info.size(lang))
        return lines
    params = int(train.get("parameters", 0))
    held = train.get("heldout", {})
    if info.kind == "gpt":
        ctx = int(config.get("n_positions", 0))
        lines.append(
            t(
                "text_card_gpt",
                lang,
                params=f"{params / 1e6:.2f}",
                layers=config.get("n_layer", "?"),
                width=config.get("n_embd", "?"),
                context=ctx,
                vocab=config.get("vocab_size", "?"),
            )
        )
        corpus = train.get("corpus", {})
        en_chars = corpus.get("en_train", {}).get("characters")
        zh_chars = corpus.get("zh_train", {}).get("characters")
        if en_chars and zh_chars:
            lines.append(
                t(
                    "text_card_gpt_data",
                    lang,
                    en=f"{en_chars / 1e6:.1f}",
                    zh=f"{zh_chars / 1e6:.1f}",
                )
            )
        modern_chars = corpus.get("zh_modern_train", {}).get("characters")
        if modern_chars:
            lines.append(t("text_card_gpt_data_modern", lang, modern=f"{modern_chars / 1e6:.1f}"))
        for code in ("en", "zh", "zh_modern"):
            m = held.get(code)
            if code == "zh" and "zh_modern" in held:
                code = "zh_classical"  # two Chinese scores: say which is which
            if m:
                lines.append(
                    t(
                        f"text_card_metric_{code}",
                        lang,
                        ppl=m.get("perplexity"),
                        bpc=m.get("bits_per_char"),
                    )
                )
        if params and ctx:
            lines.append(
                t(
                    "text_card_vs_gpt2",
                    lang,
                    ratio=f"{GPT2_SMALL['parameters'] / params:.0f}",
                    ctx_ratio=f"{GPT2_SMALL['context'] / ctx:.0f}",
                )
            )
    else:  # rnn
        lines.append(
            t(
                "text_card_rnn",
                lang,
                params=f"{params / 1e6:.2f}",
                layers=config.get("layers", "?"),
                hidden=config.get("hidden", "?"),
                vocab=config.get("vocab_size", "?"),
                chars=train.get("characters", {}).get("train", "?"),
            )
        )
        if "perplexity" in held:
            lines.append(
                t(
                    "text_card_metric_rnn",
                    lang,
                    ppl=held["perplexity"],
                    bpc=held.get("bits_per_char"),
                )
            )
        lines.append(t("text_card_rnn_vs", lang))
    if train.get("train_minutes") is not None and train.get("steps") is not None:
        lines.append(
            t("text_card_training", lang, steps=train["steps"], minutes=train["train_minutes"])
        )
    lines.append(t("text_card_licence", lang, licence=md_escape(info.licence_in(lang), limit=200)))
    return lines


# --- warm-up off the request path --------------------------------------------------------

# The torch thread policy lives with the model loaders; re-exported for callers of this module.
from aigc_dash.generation.models import TORCH_THREADS_ENV, limit_torch_threads, torch_threads  # noqa: E402,F401

_warm_lock = threading.Lock()
_warm_threads: dict[str, threading.Thread] = {}
_warm_errors: dict[str, str] = {}


def start_warmup(name: str, load: Callable[[], Any]) -> bool:
    """Run ``load`` once per process in a daemon thread (so imports and weights are ready
    before anyone asks); True if this call started it. Errors are kept, not raised: the
    request path then loads again and shows the error to the user properly."""
    with _warm_lock:
        if name in _warm_threads:
            return False

        def work() -> None:
            try:
                load()
            except Exception as exc:  # reported by warmup_error(); the page retries itself
                _warm_errors[name] = f"{type(exc).__name__}: {exc}"

        thread = threading.Thread(target=work, name=f"warmup-{name}", daemon=True)
        _warm_threads[name] = thread
        thread.start()
        return True


def warmup_done(name: str) -> bool:
    """True once the warm-up ``name`` has finished (or was never started)."""
    thread = _warm_threads.get(name)
    return thread is None or not thread.is_alive()


def warmup_error(name: str) -> str | None:
    """The error the warm-up ``name`` hit, if any."""
    return _warm_errors.get(name)
