"""The one place that builds models: a registry of bundled and hub models and pure load
functions. Their ``st.cache_resource`` wrappers, shared by every session and keyed by plain
strings, are in :mod:`aigc_dash.ui.models`.

Bundled networks are rebuilt from the ``config.json`` beside their weights through the typed
configs of :mod:`aigc_dash.nets` (GPT and diffusion UNet: their libraries' ``from_pretrained``).
A registry entry holds facts only; its notes for people (licence, size in words) are in
:mod:`aigc_dash.strings.models`, and the numbers in a size note are read from the model's files.

Importing this module is cheap: torch, transformers and diffusers are imported inside
the load functions, so pages without models never pay for them.

Hub models are off unless the operator enables them (``AIGC_ENABLE_HUB=1`` in the
environment or in ``.streamlit/secrets.toml``) and lists them in ``AIGC_HUB_ALLOWLIST``.
When enabled but unreachable, :func:`hub_status` says so within seconds and callers fall
back to the bundled model.
"""

from __future__ import annotations

import json
import math
import os
import socket
import struct
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from aigc_dash.core.i18n import t
from aigc_dash.core.settings import setting

if TYPE_CHECKING:
    from aigc_dash.nets.classifier import DigitCNN
    from aigc_dash.nets.dcgan import Discriminator, Generator
    from aigc_dash.nets.rnn import LoadedRNN

MODELS_DIR = Path(__file__).resolve().parents[2] / "data" / "models"
HUB_HOST = ("huggingface.co", 443)
HUB_PROBE_TIMEOUT_S = 2.0

ModelKind = Literal["gpt", "rnn", "dcgan", "diffusion", "classifier", "hub-text", "hub-image"]
TEXT_KINDS: tuple[ModelKind, ...] = ("gpt", "hub-text")
IMAGE_KINDS: tuple[ModelKind, ...] = ("hub-image", "diffusion", "dcgan")


@dataclass(frozen=True)
class ModelSize:
    """How big a model is: counted from its weights' safetensors header (bundled models) or
    taken from the registry (hub models, not downloaded)."""

    parameters: int
    megabytes: float | None = None  # of the weights file on disk (bundled models)
    config: Mapping[str, Any] = field(default_factory=dict)  # the saved config.json


@dataclass(frozen=True)
class ModelInfo:
    """Registry entry: what a model is and where it loads from. Its notes for people (licence,
    size in words) are strings in :mod:`aigc_dash.strings.models`, looked up by ``model_id``;
    the numbers in the size note come from the model's own files (:meth:`model_size`)."""

    model_id: str  # registry key; a plain string, used as the cache key
    kind: ModelKind
    source: str  # a folder under data/models/ for bundled models, or a hub repo id
    bundled: bool
    languages: tuple[str, ...] = ()
    weights: str = "model.safetensors"  # bundled: the weights file the size is counted from
    config: str = "config.json"  # bundled: the config beside those weights
    hub_parameters: int = 0  # hub models: parameter count from the model card
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return MODELS_DIR / self.source

    def model_size(self) -> ModelSize | None:
        """Parameters and size on disk (``None`` when a bundled model's files are missing)."""
        if not self.bundled:
            return ModelSize(self.hub_parameters)
        return _bundled_size(self.path / self.weights, self.path / self.config)

    def size(self, lang: str) -> str:
        """The size note in ``lang`` (``zh`` or ``en``), with numbers from the model's files."""
        size = self.model_size()
        if size is None:
            return t("model_size_missing", lang, folder=f"data/models/{self.source}")
        mb = size.megabytes
        return t(
            f"model_size_{self.model_id}",
            lang,
            **{k: v for k, v in size.config.items() if isinstance(v, str | int | float)},
            params=format_parameters(size.parameters, lang),
            mb="?" if mb is None else (f"{mb:.1f}" if mb < 10 else f"{mb:.0f}"),
        )

    def licence_in(self, lang: str) -> str:
        """The licence note in ``lang`` (``zh`` or ``en``)."""
        return t(f"model_licence_{self.model_id}", lang)


def format_parameters(n: int, lang: str) -> str:
    """A parameter count as people write it: ``124M``, ``3.0M``, ``0.47M``; ``1.24 亿``, ``298 万``."""
    if lang == "zh":
        return f"{n / 1e8:.2f} 亿" if n >= 1e8 else f"{round(n / 1e4)} 万"
    if n >= 1e8:
        return f"{n / 1e6:.0f}M"
    return f"{n / 1e6:.1f}M" if n >= 1e6 else f"{n / 1e6:.2f}M"


# BatchNorm's running statistics are saved with the weights but are not parameters
_BUFFER_SUFFIXES = ("running_mean", "running_var", "num_batches_tracked")


def safetensors_parameters(path: Path) -> int:
    """Parameters stored in a safetensors file, counted from its JSON header (no torch)."""
    with open(path, "rb") as f:
        (length,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(length))
    return sum(
        math.prod(entry["shape"])
        for name, entry in header.items()
        if name != "__metadata__" and not name.endswith(_BUFFER_SUFFIXES)
    )


def _bundled_size(weights: Path, config: Path) -> ModelSize | None:
    try:
        stamp = (weights.stat().st_mtime_ns, config.stat().st_mtime_ns)
    except OSError:
        return None
    return _bundled_size_cached(weights, config, stamp)


@lru_cache(maxsize=32)
def _bundled_size_cached(weights: Path, config: Path, _stamp: tuple[int, int]) -> ModelSize:
    cfg = json.loads(config.read_text(encoding="utf-8"))
    return ModelSize(safetensors_parameters(weights), weights.stat().st_size / 1e6, cfg)


REGISTRY: dict[str, ModelInfo] = {}


def register(info: ModelInfo) -> ModelInfo:
    """Add a model to :data:`REGISTRY`."""
    REGISTRY[info.model_id] = info
    return info


def hub_enabled() -> bool:
    """True when the operator has turned hub models on."""
    return setting("AIGC_ENABLE_HUB").strip().lower() in {"1", "true", "yes", "on"}


def hub_allowlist() -> tuple[str, ...]:
    """Hub model ids the operator allows (comma-separated ``AIGC_HUB_ALLOWLIST``)."""
    return tuple(s.strip() for s in setting("AIGC_HUB_ALLOWLIST").split(",") if s.strip())


_probe_lock = threading.Lock()
_probe_cache: dict[str, tuple[float, bool]] = {}


def hub_reachable(timeout_s: float = HUB_PROBE_TIMEOUT_S, ttl_s: float = 60.0) -> bool:
    """A short TCP probe of the hub (cached for ``ttl_s``) so nobody waits ~30 s for retries."""
    if os.environ.get("HF_HUB_OFFLINE", "").strip() in {"1", "true", "yes"}:
        return False
    with _probe_lock:
        hit = _probe_cache.get("hub")
        if hit and time.monotonic() - hit[0] < ttl_s:
            return hit[1]
        try:
            with socket.create_connection(HUB_HOST, timeout=timeout_s):
                ok = True
        except OSError:
            ok = False
        _probe_cache["hub"] = (time.monotonic(), ok)
        return ok


TORCH_THREADS_ENV = "AIGC_TORCH_THREADS"


def torch_threads() -> int:
    """Intra-op threads for the app's models: ``$AIGC_TORCH_THREADS`` or 1.

    Why 1: token-by-token generation on a small model is latency-bound, and on a shared
    2-core machine torch's default 2 OpenMP threads wait on each other. Measured here
    (load average 9): first streamed piece 48 ms median with 1 thread, 836 ms with 2
    (``bench/bench_text_first_token.py`` prints both).
    """
    try:
        return max(1, int(os.environ.get(TORCH_THREADS_ENV, "1")))
    except ValueError:
        return 1


def limit_torch_threads() -> int:
    """Apply :func:`torch_threads` to torch (process-wide); returns the number used."""
    import torch

    n = torch_threads()
    if torch.get_num_threads() != n:
        torch.set_num_threads(n)
    return n


# --- text models (GPT, RNN) ---------------------------------------------------------------

TEXT_FALLBACK_ID = "gpt"

register(
    ModelInfo(
        "gpt",
        "gpt",
        "gpt",
        bundled=True,
        languages=("en", "zh"),
        extra={"trained_by": "aigc_dash/training/gpt.py"},
    )
)
register(
    ModelInfo(
        "rnn",
        "rnn",
        "rnn",
        bundled=True,
        languages=("zh",),
        extra={"trained_by": "aigc_dash/training/rnn.py"},
    )
)
register(
    ModelInfo(
        "gpt2",
        "hub-text",
        "openai-community/gpt2",
        bundled=False,
        languages=("en",),
        hub_parameters=124_000_000,
    )
)
register(
    ModelInfo(
        "uer/gpt2-chinese-cluecorpussmall",
        "hub-text",
        "uer/gpt2-chinese-cluecorpussmall",
        bundled=False,
        languages=("zh",),
        hub_parameters=102_000_000,
    )
)


def load_text_pipeline(model_id: str = "gpt"):
    """A transformers text-generation ``Pipeline`` for a registry id (bundled or hub).

    Bundled models load from their folder exactly as a hub id would
    (``pipeline('text-generation', model=path)``). Callers should go through
    :func:`resolve_text_model` first so a disabled or unreachable hub never blocks.
    """
    from transformers import pipeline
    from transformers.utils import logging as tlogging

    tlogging.disable_progress_bar()
    info = REGISTRY[model_id]
    if info.kind not in TEXT_KINDS:
        raise ValueError(f"{model_id} is not a text-generation model")
    source = str(info.path) if info.bundled else info.source
    return pipeline("text-generation", model=source)


def load_rnn(model_id: str = "rnn", *, path: str | None = None) -> LoadedRNN:
    """The poem RNN (:class:`aigc_dash.nets.rnn.LoadedRNN`: eval mode, no grads), rebuilt
    from the ``config.json`` and ``vocab.json`` beside its weights (``path``: another folder
    written by ``python -m aigc_dash.training.rnn``)."""
    from aigc_dash.nets.rnn import CharRNN, LoadedRNN, RNNConfig

    folder = Path(path) if path else REGISTRY[model_id].path
    config = RNNConfig.from_json(_read_config(folder))
    vocab: list[str] = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
    if len(vocab) != config.vocab_size:
        raise ValueError(
            f"{folder}: vocab.json has {len(vocab)} entries, config says {config.vocab_size}"
        )
    net = CharRNN(replace(config, dropout=0.0))  # inference only: no dropout anywhere
    net = _load_weights(net, folder / "model.safetensors")
    return LoadedRNN(net, vocab, {c: i for i, c in enumerate(vocab)}, config)


def resolve_text_model(model_id: str, timeout_s: float = HUB_PROBE_TIMEOUT_S):
    """Which text model to use: ``model_id`` if it can load now, else the bundled GPT with
    the reason (``ModelChoice.reason`` is the message key). Decided within seconds."""
    info = REGISTRY.get(model_id)
    if info is None or info.kind not in TEXT_KINDS:
        return ModelChoice(model_id, TEXT_FALLBACK_ID, "unknown")
    if info.bundled:
        return ModelChoice(model_id, model_id)
    if not hub_enabled():
        return ModelChoice(model_id, TEXT_FALLBACK_ID, "hub_disabled")
    if model_id not in hub_allowlist():
        return ModelChoice(model_id, TEXT_FALLBACK_ID, "hub_not_allowed")
    if not hub_reachable(timeout_s=timeout_s):
        # From here on the hub libraries must not retry for ~30 s on other calls either.
        os.environ["HF_HUB_OFFLINE"] = "1"
        return ModelChoice(model_id, TEXT_FALLBACK_ID, "hub_unreachable")
    return ModelChoice(model_id, model_id)


def text_pipeline(model_id: str = "gpt", *, load: Callable[[str], Any] | None = None):
    """``(pipeline, ModelChoice)``: the requested text model, or the bundled GPT and why.

    ``load`` builds a pipeline from a registry id (default :func:`load_text_pipeline`; the
    app passes its cached loader). A hub model that is disabled, not allowed, unreachable or
    fails to load falls back to the bundled model (reason ``hub_load_failed`` for the last);
    never raises for those.
    """
    load = load or load_text_pipeline
    choice = resolve_text_model(model_id)
    if choice.model_id == TEXT_FALLBACK_ID or REGISTRY[choice.model_id].bundled:
        return load(choice.model_id), choice
    try:
        return load(choice.model_id), choice
    except Exception:  # network dropped, files missing, incompatible: say so and go on
        return load(TEXT_FALLBACK_ID), ModelChoice(model_id, TEXT_FALLBACK_ID, "hub_load_failed")


# --- image models (classifier, DCGAN, diffusion) ------------------------------------------

IMAGE_FALLBACK_ID = "diffusion"

register(
    ModelInfo(
        "classifier",
        "classifier",
        "classifier",
        bundled=True,
        extra={"trained_by": "aigc_dash/training/classifier.py"},
    )
)
register(
    ModelInfo(
        "dcgan",
        "dcgan",
        "dcgan",
        bundled=True,
        weights="generator.safetensors",  # the size note counts the generator
        extra={"trained_by": "aigc_dash/training/dcgan.py"},
    )
)
register(
    ModelInfo(
        "diffusion",
        "diffusion",
        "diffusion",
        bundled=True,
        weights="unet/diffusion_pytorch_model.safetensors",
        config="unet/config.json",
        extra={"trained_by": "aigc_dash/training/diffusion.py"},
    )
)
register(
    ModelInfo(
        "google/ddpm-cifar10-32",
        "hub-image",
        "google/ddpm-cifar10-32",
        bundled=False,
        hub_parameters=35_700_000,
        extra={"pipeline": "DDPMPipeline"},
    )
)


def _bundled_path(path: str | None, name: str) -> Path:
    return Path(path) if path else REGISTRY[name].path


def _read_config(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "config.json").read_text(encoding="utf-8"))


def load_classifier(path: str | None = None) -> DigitCNN:
    """The bundled digit classifier (eval mode, no grads), rebuilt from its ``config.json``."""
    from aigc_dash.nets.classifier import ClassifierConfig, DigitCNN

    folder = _bundled_path(path, "classifier")
    model = DigitCNN(ClassifierConfig.from_json(_read_config(folder)))
    return _load_weights(model, folder / "model.safetensors")


def _load_weights(net: Any, file: Path) -> Any:
    """``net`` with the weights in ``file`` (strict), in eval mode with no grads."""
    from safetensors.torch import load_file

    net.load_state_dict(load_file(str(file)))
    return net.eval().requires_grad_(False)


def load_dcgan(path: str | None = None) -> Generator:
    """The bundled DCGAN generator, rebuilt from its ``config.json`` (eval mode; BatchNorm
    uses its running statistics)."""
    from aigc_dash.nets.dcgan import DCGANConfig, Generator

    folder = _bundled_path(path, "dcgan")
    net = Generator(DCGANConfig.from_json(_read_config(folder)))
    return _load_weights(net, folder / "generator.safetensors")


def load_dcgan_discriminator(path: str | None = None) -> Discriminator:
    """The bundled DCGAN discriminator, rebuilt from its ``config.json`` (eval mode)."""
    from aigc_dash.nets.dcgan import DCGANConfig, Discriminator

    folder = _bundled_path(path, "dcgan")
    net = Discriminator(DCGANConfig.from_json(_read_config(folder)))
    return _load_weights(net, folder / "discriminator.safetensors")


def load_dcgan_history(path: str | None = None) -> dict:
    """The bundled DCGAN's loss history (per step and per epoch)."""
    folder = _bundled_path(path, "dcgan")
    return json.loads((folder / "loss_history.json").read_text(encoding="utf-8"))


def load_diffusion(path: str | None = None):
    """``(unet, scheduler)``: the bundled class-conditional diffusion model, loaded with
    ``UNet2DModel.from_pretrained`` / ``DDPMScheduler.from_pretrained`` like a hub model.
    Treat both as read-only; make per-call schedulers with :func:`diffusion_scheduler`."""
    from diffusers import DDPMScheduler, UNet2DModel
    from diffusers.utils import logging as dlogging

    dlogging.disable_progress_bar()
    folder = str(_bundled_path(path, "diffusion"))
    unet = UNet2DModel.from_pretrained(folder, subfolder="unet", low_cpu_mem_usage=False)
    scheduler = DDPMScheduler.from_pretrained(folder, subfolder="scheduler")
    return unet.eval().requires_grad_(False), scheduler


def diffusion_scheduler(name: str, base_config):
    """A NEW scheduler (``"ddpm"``, ``"ddim"``, ``"dpm++"``, ``"euler"``) from ``base_config``;
    never a shared one, because ``set_timesteps`` and ``step`` mutate a scheduler."""
    from aigc_dash.generation import images

    return images.make_scheduler(name, base_config)


def load_hub_image_pipeline(hub_id: str):
    """A hub diffusers pipeline (only called after :func:`resolve_image_model` allowed it)."""
    from diffusers import DiffusionPipeline

    pipe = DiffusionPipeline.from_pretrained(hub_id)
    pipe.set_progress_bar_config(disable=True)
    return pipe


@dataclass(frozen=True)
class ModelChoice:
    """Which model will actually run, and why it differs from the one asked for (if it does)."""

    requested: str
    model_id: str
    reason: str = ""  # "" | "unknown" | "hub_disabled" | "hub_not_allowed" | "hub_unreachable"

    @property
    def fell_back(self) -> bool:
        return self.requested != self.model_id


def resolve_image_model(model_id: str, timeout_s: float = HUB_PROBE_TIMEOUT_S) -> ModelChoice:
    """Decide, within ``timeout_s`` + a little, whether a hub image model can be used; else the
    bundled diffusion model with the reason (pages show it in the user's language)."""
    info = REGISTRY.get(model_id)
    if info is None or info.kind not in IMAGE_KINDS:
        return ModelChoice(model_id, IMAGE_FALLBACK_ID, "unknown")
    if info.bundled:
        return ModelChoice(model_id, model_id)
    if not hub_enabled():
        return ModelChoice(model_id, IMAGE_FALLBACK_ID, "hub_disabled")
    if model_id not in hub_allowlist():
        return ModelChoice(model_id, IMAGE_FALLBACK_ID, "hub_not_allowed")
    if not hub_reachable(timeout_s=timeout_s):
        return ModelChoice(model_id, IMAGE_FALLBACK_ID, "hub_unreachable")
    return ModelChoice(model_id, model_id)
