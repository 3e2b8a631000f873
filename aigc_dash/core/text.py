"""Showing untrusted text safely in Markdown (notices, captions): the one escaping helper."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$&])")


def md_escape(text: object, limit: int | None = None) -> str:
    """``text`` made safe inside Markdown: unprintable characters replaced, cut to ``limit``
    characters (with an ellipsis) when given, and every Markdown special escaped, so that no
    link, emphasis or HTML can come from it."""
    s = "".join(c if c.isprintable() else "\ufffd" for c in str(text))
    if limit is not None and len(s) > limit:
        s = s[: max(limit - 1, 0)] + "…"
    return _MD_SPECIAL.sub(r"\\\1", s)
