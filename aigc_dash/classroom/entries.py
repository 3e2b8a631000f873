"""What students submit, validated and bounded before it reaches the database.

Every field has a type and a bound: text is cut to a length and stripped of control and
bidirectional-override characters, numbers are clamped, PNGs are checked and size-limited.
The same checks run again when rows are read back, so a bad row can never break a page.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

KINDS: tuple[str, ...] = ("matcher", "text", "image")
PROFILE_DIMENSIONS: tuple[str, ...] = (
    "risk",
    "math",
    "programming",
    "ml",
    "rigor",
    "creativity",
    "communication",
)
MAX_PROMPT = 2000
MAX_OUTPUT = 4000
MAX_NAME = 80
MAX_PNG_BYTES = 256 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SEED_MAX = 2**32 - 1  # the playgrounds take seeds modulo 2**32
# Characters that reorder or hide text (Trojan-source style) on top of the control characters.
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


class InvalidEntry(ValueError):
    """A submission that cannot be stored (wrong kind or an unusable field)."""


def clean_text(value: Any, limit: int, *, multiline: bool = True) -> str:
    """``value`` as text of at most ``limit`` characters without control characters."""
    text = "" if value is None else str(value)
    text = text[: limit * 2].replace("\r\n", "\n").replace("\r", "\n")
    keep = "\n\t" if multiline else ""
    out = [
        ch for ch in text if ch in keep or (unicodedata.category(ch) != "Cc" and ch not in _BIDI)
    ]
    return "".join(out)[:limit]


def bounded(value: Any, lo: float, hi: float, default: float) -> float:
    """``value`` as a finite float clamped to ``[lo, hi]`` (``default`` if not a number)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    if not math.isfinite(number):
        return default
    return min(max(number, lo), hi)


def bounded_int(value: Any, lo: int, hi: int, default: int) -> int:
    """``value`` as an int clamped to ``[lo, hi]``."""
    return int(round(bounded(value, lo, hi, default)))


@dataclass(frozen=True)
class RoleScore:
    role_id: str
    score: float


@dataclass(frozen=True)
class MatcherEntry:
    """The Career matcher's result: profile, top three roles with scores, robustness share."""

    profile: dict[str, float]
    top: tuple[RoleScore, ...]
    robust_share: float

    kind = "matcher"

    @classmethod
    def build(
        cls, profile: Mapping[str, Any], top: Sequence[Any], robust_share: Any
    ) -> MatcherEntry:
        """Validate and bound; ``top`` holds ``(role_id, score)`` pairs or mappings."""
        prof = {d: round(bounded(profile.get(d), 0, 10, 5.0), 2) for d in PROFILE_DIMENSIONS}
        roles: list[RoleScore] = []
        for item in list(top)[:3]:
            role_id, score = (
                (item.get("role_id"), item.get("score")) if isinstance(item, Mapping) else item
            )
            rid = clean_text(role_id, 40, multiline=False).strip()
            if rid:
                roles.append(RoleScore(rid, round(bounded(score, 0, 100, 0.0), 1)))
        if not roles:
            raise InvalidEntry("a matcher entry needs at least one role")
        return cls(prof, tuple(roles), round(bounded(robust_share, 0, 1, 0.0), 3))

    def to_json(self) -> dict[str, Any]:
        return {
            "profile": dict(self.profile),
            "top": [asdict(r) for r in self.top],
            "robust_share": self.robust_share,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MatcherEntry:
        return cls.build(data.get("profile") or {}, data.get("top") or [], data.get("robust_share"))


@dataclass(frozen=True)
class TextSample:
    """One text sample with the exact settings that rebuild it."""

    model: str
    prompt: str
    output: str
    decoding: str
    temperature: float
    top_k: int
    top_p: float
    seed: int
    max_new_tokens: int
    repetition_penalty: float = 1.0

    kind = "text"

    @classmethod
    def build(cls, **kw: Any) -> TextSample:
        output = clean_text(kw.get("output"), MAX_OUTPUT)
        if not output.strip():
            raise InvalidEntry("an empty sample")
        decoding = "greedy" if kw.get("decoding") == "greedy" else "sample"
        return cls(
            model=clean_text(kw.get("model"), MAX_NAME, multiline=False).strip() or "?",
            prompt=clean_text(kw.get("prompt"), MAX_PROMPT),
            output=output,
            decoding=decoding,
            temperature=round(bounded(kw.get("temperature"), 0, 5, 1.0), 3),
            top_k=bounded_int(kw.get("top_k"), 0, 100_000, 0),
            top_p=round(bounded(kw.get("top_p"), 0, 1, 1.0), 3),
            seed=bounded_int(kw.get("seed"), 0, SEED_MAX, 0),
            max_new_tokens=bounded_int(kw.get("max_new_tokens"), 1, 4096, 40),
            repetition_penalty=round(bounded(kw.get("repetition_penalty"), 0.01, 10, 1.0), 3),
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TextSample:
        return cls.build(**{k: data.get(k) for k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class ImageSample:
    """One generated digit (PNG) with the exact settings that rebuild it."""

    model: str
    digit: int  # 10: any digit
    scheduler: str
    steps: int
    guidance: float
    seed: int
    png: bytes

    kind = "image"

    @classmethod
    def build(cls, **kw: Any) -> ImageSample:
        png = kw.get("png") or b""
        if not isinstance(png, (bytes, bytearray)) or not bytes(png).startswith(PNG_SIGNATURE):
            raise InvalidEntry("not a PNG")
        if len(png) > MAX_PNG_BYTES:
            raise InvalidEntry("the image is too large")
        return cls(
            model=clean_text(kw.get("model"), MAX_NAME, multiline=False).strip() or "?",
            digit=bounded_int(kw.get("digit"), 0, 10, 10),
            scheduler=clean_text(kw.get("scheduler"), 20, multiline=False).strip() or "?",
            steps=bounded_int(kw.get("steps"), 1, 1000, 20),
            guidance=round(bounded(kw.get("guidance"), 0, 20, 0.0), 2),
            seed=bounded_int(kw.get("seed"), 0, SEED_MAX, 0),
            png=bytes(png),
        )

    def to_json(self) -> dict[str, Any]:
        """The settings (the PNG is stored in its own column)."""
        data = asdict(self)
        data.pop("png")
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any], png: bytes) -> ImageSample:
        fields = {k: data.get(k) for k in cls.__dataclass_fields__ if k != "png"}
        return cls.build(**fields, png=png)


Entry = MatcherEntry | TextSample | ImageSample


def entry_from_row(kind: str, data: Mapping[str, Any], png: bytes | None) -> Entry:
    """Rebuild (and re-validate) a stored entry."""
    if kind == "matcher":
        return MatcherEntry.from_json(data)
    if kind == "text":
        return TextSample.from_json(data)
    if kind == "image":
        return ImageSample.from_json(data, png or b"")
    raise InvalidEntry(f"unknown kind {kind!r}")
