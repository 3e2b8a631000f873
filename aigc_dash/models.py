"""The one place that builds models: a registry of bundled and hub models, pure load
functions, and cached loaders shared by every session (``st.cache_resource``, keyed by
plain strings).

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
from dataclasses import dataclass, field
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent.parent / "data" / "models"
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

    @property
    def path(self) -> Path:
        return MODELS_DIR / self.source


REGISTRY: dict[str, ModelInfo] = {}


def register(info: ModelInfo) -> ModelInfo:
    """Add a model to :data:`REGISTRY`."""
    REGISTRY[info.model_id] = info
    return info


def _setting(name: str) -> str:
    value = os.environ.get(name)
    if value is not None:
        return value
    try:  # secrets are optional; reading them must never fail the app
        import streamlit as st

        return str(st.secrets.get(name, ""))
    except Exception:
        return ""


def hub_enabled() -> bool:
    """True when the operator has turned hub models on."""
    return _setting("AIGC_ENABLE_HUB").strip().lower() in {"1", "true", "yes", "on"}


def hub_allowlist() -> tuple[str, ...]:
    """Hub model ids the operator allows (comma-separated ``AIGC_HUB_ALLOWLIST``)."""
    return tuple(s.strip() for s in _setting("AIGC_HUB_ALLOWLIST").split(",") if s.strip())


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


# --- text models (GPT, RNN) ---------------------------------------------------------------


# --- image models (classifier, DCGAN, diffusion) ------------------------------------------
