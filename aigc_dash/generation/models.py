"""The one place that builds models: a registry of bundled and hub models and pure load
functions. Their ``st.cache_resource`` wrappers, shared by every session and keyed by plain
strings, are in :mod:`aigc_dash.ui.models`.

Importing this module is cheap: torch, transformers and diffusers are imported inside
the load functions, so pages without models never pay for them.

Hub models are off unless the operator enables them (``AIGC_ENABLE_HUB=1`` in the
environment or in ``.streamlit/secrets.toml``) and lists them in ``AIGC_HUB_ALLOWLIST``.
When enabled but unreachable, :func:`hub_status` says so within seconds and callers fall
back to the bundled model.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aigc_dash.core.settings import setting

MODELS_DIR = Path(__file__).resolve().parents[2] / "data" / "models"
HUB_HOST = ("huggingface.co", 443)
HUB_PROBE_TIMEOUT_S = 2.0


@dataclass(frozen=True)
class ModelInfo:
    """Registry entry: what a model is, where it loads from, and what a user should know."""

    model_id: str  # registry key; a plain string, used as the cache key
    kind: str  # "gpt" | "rnn" | "dcgan" | "diffusion" | "classifier" | "hub-text" | "hub-image"
    source: str  # a folder under data/models/ for bundled models, or a hub repo id
    bundled: bool
    languages: tuple[str, ...] = ()
    licence: str = ""
    size_note: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    licence_zh: str = ""  # the same notes in Chinese (pages show one language only)
    size_note_zh: str = ""

    @property
    def path(self) -> Path:
        return MODELS_DIR / self.source

    def size(self, lang: str) -> str:
        """The size note in ``lang`` (``zh`` or ``en``)."""
        return self.size_note_zh if lang == "zh" and self.size_note_zh else self.size_note

    def licence_in(self, lang: str) -> str:
        """The licence note in ``lang`` (``zh`` or ``en``)."""
        return self.licence_zh if lang == "zh" and self.licence_zh else self.licence


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
        licence="weights: project licence; data: PSF (CPython docs), public domain (poems)",
        licence_zh="权重：本项目许可证；数据：PSF（CPython 文档）、公有领域（诗词）",
        size_note="GPT-2, 3.0M parameters (4 layers x 192), 256-token context, 12 MB",
        size_note_zh="GPT-2，300 万参数（4 层 × 192），上下文 256 个词元，12 MB",
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
        licence="weights: project licence; data: Tang and Song poems (public domain)",
        licence_zh="权重：本项目许可证；数据：唐诗宋词（公有领域）",
        size_note="character-level GRU, 1.6M parameters, 7 MB",
        size_note_zh="字符级 GRU，160 万参数，7 MB",
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
        licence="MIT",
        size_note="GPT-2 small, 124M parameters, about 500 MB download",
        size_note_zh="GPT-2 small，1.24 亿参数，下载约 500 MB",
    )
)
register(
    ModelInfo(
        "uer/gpt2-chinese-cluecorpussmall",
        "hub-text",
        "uer/gpt2-chinese-cluecorpussmall",
        bundled=False,
        languages=("zh",),
        licence="see the model card on the hub",
        licence_zh="见模型仓库中的模型卡",
        size_note="Chinese GPT-2, 102M parameters, about 400 MB download",
        size_note_zh="中文 GPT-2，1.02 亿参数，下载约 400 MB",
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
    if info.kind not in ("gpt", "hub-text"):
        raise ValueError(f"{model_id} is not a text-generation model")
    source = str(info.path) if info.bundled else info.source
    return pipeline("text-generation", model=source)


def load_rnn(model_id: str = "rnn"):
    """The bundled poem RNN (``aigc_dash.training.rnn.LoadedRNN``, eval mode, no grads)."""
    from aigc_dash.training import rnn

    loaded = rnn.load(REGISTRY[model_id].path)
    loaded.net.requires_grad_(False)
    return loaded


def resolve_text_model(model_id: str, timeout_s: float = HUB_PROBE_TIMEOUT_S):
    """Which text model to use: ``model_id`` if it can load now, else the bundled GPT with
    the reason (``ModelChoice.reason`` is the message key). Decided within seconds."""
    info = REGISTRY.get(model_id)
    if info is None or info.kind not in ("gpt", "hub-text"):
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
        licence="CC BY-SA 3.0 (trained on MNIST)",
        licence_zh="CC BY-SA 3.0（在 MNIST 上训练）",
        size_note="small CNN, about 0.4M parameters, under 2 MB",
        size_note_zh="小型卷积网络，约 40 万参数，不到 2 MB",
        extra={"trained_by": "aigc_dash/training/classifier.py"},
    )
)
register(
    ModelInfo(
        "dcgan",
        "dcgan",
        "dcgan",
        bundled=True,
        licence="CC BY-SA 3.0 (trained on MNIST)",
        licence_zh="CC BY-SA 3.0（在 MNIST 上训练）",
        size_note="generator about 1.7M parameters (dcgan-28-v2), 28x28 digits",
        size_note_zh="生成器约 170 万参数（dcgan-28-v2），28×28 数字",
        extra={"trained_by": "aigc_dash/training/dcgan.py"},
    )
)
register(
    ModelInfo(
        "diffusion",
        "diffusion",
        "diffusion",
        bundled=True,
        licence="CC BY-SA 3.0 (trained on MNIST)",
        licence_zh="CC BY-SA 3.0（在 MNIST 上训练）",
        size_note="class-conditional UNet2DModel, about 1M parameters, 28x28 digits",
        size_note_zh="类别条件 UNet2DModel，约 100 万参数，28×28 数字",
        extra={"trained_by": "aigc_dash/training/diffusion.py"},
    )
)
register(
    ModelInfo(
        "google/ddpm-cifar10-32",
        "hub-image",
        "google/ddpm-cifar10-32",
        bundled=False,
        licence="Apache-2.0",
        size_note="unconditional DDPM, 35.7M parameters, 32x32 colour images",
        size_note_zh="无条件 DDPM，3570 万参数，32×32 彩色图像",
        extra={"pipeline": "DDPMPipeline"},
    )
)


def _bundled_path(path: str | None, name: str) -> Path:
    return Path(path) if path else REGISTRY[name].path


def load_classifier(path: str | None = None):
    """The bundled digit classifier (``torch.nn.Module`` in eval mode) from safetensors."""
    import json

    from safetensors.torch import load_file

    from aigc_dash.training import classifier as clf

    folder = _bundled_path(path, "classifier")
    model = clf.build(json.loads((folder / "config.json").read_text(encoding="utf-8")))
    model.load_state_dict(load_file(str(folder / "model.safetensors")))
    return model.eval().requires_grad_(False)


def _load_dcgan_net(path: str | None, part: str):
    """One of the bundled DCGAN's networks (``generator`` or ``discriminator``), eval mode."""
    import json

    from safetensors.torch import load_file

    from aigc_dash.training import dcgan

    folder = _bundled_path(path, "dcgan")
    cfg = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    gen, disc = dcgan.models_from_config(cfg)
    net = gen if part == "generator" else disc
    net.load_state_dict(load_file(str(folder / f"{part}.safetensors")))
    return net.eval().requires_grad_(False)


def load_dcgan(path: str | None = None):
    """The bundled DCGAN generator (eval mode; BatchNorm uses its running statistics)."""
    return _load_dcgan_net(path, "generator")


def load_dcgan_discriminator(path: str | None = None):
    """The bundled DCGAN discriminator (eval mode)."""
    return _load_dcgan_net(path, "discriminator")


def load_dcgan_history(path: str | None = None) -> dict:
    """The bundled DCGAN's loss history (per step and per epoch)."""
    import json

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
    if info is None or info.kind not in ("hub-image", "diffusion", "dcgan"):
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
