"""Every user-facing string, in Chinese and English, looked up by key.

Strings live in ``aigc_dash/strings/<area>.py`` modules (one per page or area), each
defining ``STRINGS = {key: {"zh": ..., "en": ...}}``. They are merged here; a key defined
twice or missing a language is an error at import time, so no page can show a string in
only one language.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from typing import Any

LANGS: tuple[str, ...] = ("zh", "en")
DEFAULT_LANG = "en"
LANG_NAMES = {"zh": "中文", "en": "English"}


def _collect() -> dict[str, dict[str, str]]:
    from aigc_dash import strings

    merged: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(strings.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"aigc_dash.strings.{info.name}")
        table: Mapping[str, Mapping[str, str]] = getattr(module, "STRINGS", {})
        for key, texts in table.items():
            if key in merged:
                raise ValueError(f"string key {key!r} defined twice (again in {info.name})")
            missing = [lang for lang in LANGS if not str(texts.get(lang, "")).strip()]
            if missing:
                raise ValueError(f"string key {key!r} in {info.name} lacks {missing}")
            merged[key] = {lang: texts[lang] for lang in LANGS}
    return merged


STRINGS: dict[str, dict[str, str]] = _collect()


def normalize_lang(value: Any) -> str | None:
    """Return ``"zh"``/``"en"`` for a recognisable language value, else ``None``."""
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    if not isinstance(value, str):
        return None
    value = value.strip().lower()[:32]
    if value in LANGS:
        return value
    if value.startswith("zh"):
        return "zh"
    if value.startswith("en"):
        return "en"
    return None


def lang_from_locale(locale: str | None) -> str:
    """Browser default: Chinese for any ``zh-*`` locale, English otherwise.

    Accepts a bare locale (``zh-CN``) or an Accept-Language header
    (``zh-TW,zh;q=0.9,en;q=0.8``); only the first, preferred entry counts.
    """
    if not locale:
        return DEFAULT_LANG
    first = locale.split(",")[0].split(";")[0].strip().lower()
    return "zh" if first.startswith("zh") else DEFAULT_LANG


def t(key: str, lang: str, /, **fmt: Any) -> str:
    """The string ``key`` in ``lang``, formatted with ``fmt``; unknown keys raise KeyError."""
    texts = STRINGS[key]
    text = texts.get(lang) or texts[DEFAULT_LANG]
    return text.format(**fmt) if fmt else text


def pick(record: Mapping[Any, Any], field: str, lang: str) -> str:
    """A bilingual column from a data row: ``record[f"{field}_{lang}"]``, falling back to English."""
    value = record.get(f"{field}_{lang}")
    if value is None or (isinstance(value, float) and value != value) or value == "":
        value = record.get(f"{field}_{DEFAULT_LANG}", "")
    return "" if value is None else str(value)
