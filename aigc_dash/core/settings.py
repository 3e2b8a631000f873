"""Operator settings: the environment first, then a secrets source (``st.secrets``) that the
``ui`` package registers, so that no module below ``ui`` imports streamlit to read one."""

from __future__ import annotations

import os
from collections.abc import Callable

_secrets: list[Callable[[str], object]] = []


def register_secrets(reader: Callable[[str], object]) -> None:
    """Use ``reader(name)`` for settings the environment does not have (registered once)."""
    if reader not in _secrets:
        _secrets.append(reader)


def setting(name: str) -> str:
    """The operator's value of ``name``: ``$name`` if set, else the registered secrets, else
    ``""``. Reading secrets never fails the app (a malformed secrets file counts as unset)."""
    value = os.environ.get(name)
    if value is not None:
        return value
    for reader in _secrets:
        try:
            found = reader(name)
        except Exception:
            continue
        if found not in (None, ""):
            return str(found)
    return ""
