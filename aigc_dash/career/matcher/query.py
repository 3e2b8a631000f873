"""The matcher's URL: seven sliders and a preset, declared once as a :class:`SettingTable`.

``?risk=7&math=2.5&prog=4&ml=3&rigor=5&creat=9&comm=7`` reproduces a whole result;
``?preset=designer`` gives the base values and each slider key overrides one. Numbers are
clamped to 0-10 on the slider's 0.5 grid (``inf`` is a number out of range), a non-number
keeps the base value, and unknown keys and presets are reported (the page drops them from
its URL). Every slider is always written, so a copied link is complete.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aigc_dash.career.matcher.ai_preference import URL_SETTING as AI_URL_SETTING
from aigc_dash.career.matcher.scoring import (
    DEFAULT_LEVEL,
    DIMENSIONS,
    PRESETS,
    SLIDER_MAX,
    SLIDER_MIN,
    SLIDER_STEP,
    Profile,
)
from aigc_dash.core.i18n import t
from aigc_dash.core.urlstate import Setting, SettingTable, UrlNotice

# Short URL keys for every dimension (the page's ``st.query_params``).
URL_KEYS: dict[str, str] = {
    "risk": "risk",
    "math": "math",
    "programming": "prog",
    "ml": "ml",
    "rigor": "rigor",
    "creativity": "creat",
    "communication": "comm",
}
URL_TO_DIM: dict[str, str] = {v: k for k, v in URL_KEYS.items()}
PRESET_KEY = "preset"
NO_PRESET = ""
MAX_SHOWN = 200  # characters of a bad key or value kept for its notice

TABLE = SettingTable(
    [
        *(
            Setting(
                d,
                "float",
                DEFAULT_LEVEL,
                lo=SLIDER_MIN,
                hi=SLIDER_MAX,
                step=SLIDER_STEP,
                key=URL_KEYS[d],
                write_default=True,
            )
            for d in DIMENSIONS
        ),
        Setting(PRESET_KEY, "choice", NO_PRESET, choices=(NO_PRESET, *PRESETS)),
        AI_URL_SETTING,  # ?ai=avoid|seek: the optional AI-applicability term
    ],
    notice_prefix="matcher",
    strict=True,
)


@dataclass(frozen=True)
class UrlIssue(UrlNotice):
    """A URL value that was clamped or ignored: ``kind`` is ``not_a_number``,
    ``out_of_range``, ``unknown_key`` or ``unknown_preset`` (worded by the matcher)."""

    kind: str  # pyright: ignore[reportIncompatibleVariableOverride]
    used: Any = None
    prefix: str = "matcher"

    def text(self, lang: str) -> str:
        return describe_issue(self, lang)


def safe_snippet(text: object, limit: int = 40) -> str:
    """User text made safe to show in a Markdown notice: printable, short, no markup."""
    s = "".join(ch for ch in str(text) if ch.isprintable())
    if len(s) > limit:
        s = s[:limit] + "…"
    return re.sub(r"([\\`*_{}\[\]()<>#+!|~$-])", r"\\\1", s)


def _last(value: object) -> str:
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else ""
    return str(value)


def _as_number(text: str) -> float:
    try:
        return float(text.strip()[:64])
    except (ValueError, OverflowError):
        return math.nan


def parse_values(
    params: Mapping[str, object], fallback: Mapping[str, Any] | None = None
) -> tuple[dict[str, Any], list[UrlIssue]]:
    """Every setting of :data:`TABLE` from URL ``params`` (``fallback``: the session's last
    values), with the problems found; never raises. The parser the page's URL sync uses."""
    base = Profile.from_mapping({d: v for d, v in (fallback or {}).items() if d in DIMENSIONS})
    issues: list[UrlIssue] = []
    preset = NO_PRESET
    if PRESET_KEY in params:
        name = _last(params[PRESET_KEY]).strip()
        if name in PRESETS:
            base, preset = PRESETS[name], name
        else:
            issues.append(UrlIssue("unknown_preset", PRESET_KEY, name[:MAX_SHOWN]))
    sliders = {k: v for k, v in params.items() if k != PRESET_KEY}
    values, notices = TABLE.parse(sliders, {**(fallback or {}), **base.as_dict()})
    values[PRESET_KEY] = preset
    for notice in notices:
        if notice.kind == "unknown_key":
            issues.append(UrlIssue("unknown_key", notice.key, notice.value))
            continue
        dim = TABLE.by_key[notice.key].name
        text = _last(params[notice.key]).strip()[:MAX_SHOWN]
        number = _as_number(text)
        if notice.kind == "not_a_number" and math.isinf(number):
            # "inf" is a number, just far out of range
            values[dim] = SLIDER_MAX if number > 0 else SLIDER_MIN
            issues.append(UrlIssue("out_of_range", notice.key, text, values[dim]))
        elif notice.kind == "not_a_number":
            values[dim] = base.skill(dim)  # ignored: the base value stays
            issues.append(UrlIssue("not_a_number", notice.key, text, values[dim]))
        else:
            issues.append(UrlIssue(notice.kind, notice.key, text, values[dim]))
    return values, issues


def parse_query(
    params: Mapping[str, object], fallback: Profile | None = None
) -> tuple[Profile, list[UrlIssue], bool]:
    """Profile from URL params: ``(profile, issues, found)``; never raises.

    ``preset=<name>`` gives the base values (else ``fallback``); each slider key
    (:data:`URL_KEYS`) overrides one value: non-numbers are ignored, out-of-range values
    clamped, values rounded to the slider step. Unknown keys are reported and ignored
    (``lang`` belongs to the page chrome). ``found`` says whether any of our keys was present.
    """
    values, issues = parse_values(params, (fallback or Profile()).as_dict())
    found = any(str(k) in TABLE.by_key for k in params)
    return Profile.from_mapping(values), issues, found


def format_value(value: float) -> str:
    """A slider value as a short string: ``7`` or ``6.5``."""
    return f"{value:g}"


def to_query(profile: Profile) -> dict[str, str]:
    """The URL params that encode ``profile`` (round-trips through :func:`parse_query`)."""
    return {URL_KEYS[d]: format_value(v) for d, v in profile.as_dict().items()}


def query_values(profile: Profile, preset: str = NO_PRESET) -> dict[str, Any]:
    """``profile`` (and the preset that set it, if any) as :data:`TABLE` values."""
    return {**profile.as_dict(), PRESET_KEY: preset}


def describe_issue(issue: UrlNotice, lang: str) -> str:
    """A URL problem as a notice (the user's text is escaped and shortened)."""
    return t(
        f"matcher_url_{issue.kind}",
        lang,
        key=safe_snippet(issue.key),
        value=safe_snippet(issue.value),
        used=format_value(issue.used) if isinstance(issue.used, (int, float)) else "",
    )
