"""One declarative way to keep a page's settings in its URL (no streamlit here).

A page declares its settings once, as a :class:`SettingTable` of :class:`Setting` rows (name,
kind, default, bounds, choices). The table parses raw query parameters (clamping numbers,
checking choices, bounding text, each problem a :class:`UrlNotice`), clamps widget values the
same way, and writes the canonical query back. ``aigc_dash.ui.urlstate`` is the streamlit side
(reads and writes ``st.query_params``, shows the notices); pages only call that.

    TABLE = SettingTable(
        [
            Setting("steps", "int", 20, lo=1, hi=200),
            Setting("guidance", "float", 2.0, lo=0.0, hi=10.0, step=0.5),
            Setting("scheduler", "choice", "ddim", choices=("ddim", "ddpm")),
            Setting("prompt", "text", "Hello", max_chars=1000, keep="end"),
        ],
        notice_prefix="image",
    )
    values, notices = TABLE.parse({"steps": "999"})  # steps=200, one out_of_range notice

Lists of choices (``kind="list"``) are written either as one value joined by ``sep``
(``?compare=a,b``) or, with ``sep=""``, as a repeated key (``?metric=a&metric=b``); a raw value
may then be a list of strings (``st.query_params.get_all``). A table built with
``strict=True`` also reports keys it does not know (other than :data:`PASSTHROUGH_KEYS`),
so the page can drop them from its URL.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from aigc_dash.core.i18n import t
from aigc_dash.core.text import md_escape

Kind = Literal["int", "float", "choice", "text", "bool", "list"]
NoticeKind = Literal["not_a_number", "out_of_range", "unknown_choice", "too_long"]
# Only a strict table reports keys it does not know; its page words this kind too.
UnknownKey = Literal["unknown_key"]
MAX_RAW_CHARS = 200  # of a bad value, kept for the notice
MAX_LIST_ITEMS = 100  # items of a list value looked at (tampered links can be huge)
PASSTHROUGH_KEYS = frozenset({"lang"})  # owned by the page chrome: never reported or dropped


@dataclass(frozen=True)
class Setting:
    """One URL-backed setting.

    ``name`` is the field name the page uses; ``key`` the URL key (defaults to ``name``).
    Numbers are clamped to ``[lo, hi]`` and, with ``step``, put on the slider's grid.
    ``choices`` may be a callable for choices known only at run time (e.g. enabled models).
    Text is bounded to ``max_chars``, keeping its ``start`` or its ``end``.
    A ``list`` is a list of distinct ``choices`` joined by ``sep`` in the URL (``sep=""``:
    one repeated key per item). ``ignore_case`` matches choices case-insensitively.
    ``write_default`` writes the value to the URL even when it is the default.
    """

    name: str
    kind: Kind
    default: Any
    lo: float | None = None
    hi: float | None = None
    step: float | None = None
    choices: Sequence[Any] | Callable[[], Sequence[Any]] = ()
    max_chars: int = 1000
    keep: Literal["start", "end"] = "start"
    key: str = ""
    sep: str = ","
    ignore_case: bool = False
    write_default: bool = False

    @property
    def url_key(self) -> str:
        return self.key or self.name

    def options(self) -> tuple[Any, ...]:
        """The allowed choices (called each time: a callable may change)."""
        return tuple(self.choices() if callable(self.choices) else self.choices)


@dataclass(frozen=True)
class UrlNotice:
    """A URL value that could not be used as given; ``used`` is the value used instead."""

    kind: NoticeKind | UnknownKey
    key: str
    value: str
    used: Any
    prefix: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        """The notice in ``lang``: the page's own wording if it has one, else the shared one.

        User-supplied values are escaped for Markdown."""
        args = {
            "key": md_escape(self.key),
            "value": md_escape(self.value),
            "used": md_escape(str(self.used)),
            **self.params,
        }
        if self.prefix:
            own = f"{self.prefix}_url_{self.kind}"
            try:
                return t(own, lang, **args)
            except KeyError:
                pass
        return t(f"url_{self.kind}", lang, **args)


def _last(raw: object) -> str:
    """A query value as one string (a repeated key: its last value)."""
    if isinstance(raw, (list, tuple)):
        raw = raw[-1] if raw else ""
    return "" if raw is None else str(raw)


def _items(s: Setting, raw: object) -> list[str]:
    """The items of a list setting's raw URL value (a repeated key or ``sep``-joined)."""
    parts = [str(v) for v in raw] if isinstance(raw, (list, tuple)) else [_last(raw)]
    if s.sep:
        parts = [p for part in parts for p in part[: MAX_RAW_CHARS * 10].split(s.sep)]
    return [p.strip() for p in parts[:MAX_LIST_ITEMS] if p.strip()]


def _raw_text(s: Setting, raw: object) -> str:
    """A raw value as shown in a notice (a list setting: all its items)."""
    if s.kind == "list" and isinstance(raw, (list, tuple)):
        return (s.sep or ", ").join(str(v) for v in raw)
    return _last(raw)


class SettingTable:
    """A page's URL settings: parse, clamp and write back, all from one declaration."""

    def __init__(
        self, settings: Iterable[Setting], notice_prefix: str = "", *, strict: bool = False
    ) -> None:
        self.settings: tuple[Setting, ...] = tuple(settings)
        self.by_name: dict[str, Setting] = {s.name: s for s in self.settings}
        self.by_key: dict[str, Setting] = {s.url_key: s for s in self.settings}
        if len(self.by_name) != len(self.settings) or len(self.by_key) != len(self.settings):
            raise ValueError("setting names and URL keys must be unique")
        self.notice_prefix = notice_prefix
        self.strict = strict  # report keys that are not the table's (the page drops them)

    @property
    def defaults(self) -> dict[str, Any]:
        return {s.name: list(s.default) if s.kind == "list" else s.default for s in self.settings}

    @property
    def url_keys(self) -> frozenset[str]:
        return frozenset(self.by_key)

    # --- one value -------------------------------------------------------------------------

    def _number(self, s: Setting, value: float) -> tuple[Any, bool]:
        """``(value on the grid and in bounds, whether it had to move)``."""
        lo = -math.inf if s.lo is None else s.lo
        hi = math.inf if s.hi is None else s.hi
        moved = not lo <= value <= hi
        value = min(max(value, lo), hi)
        if s.step and math.isfinite(lo):
            value = lo + round((value - lo) / s.step) * s.step
            value = min(max(value, lo), hi)
        if s.kind == "int":
            return int(round(value)), moved
        return round(float(value), 6), moved

    def _match(self, s: Setting, text: str) -> tuple[bool, Any]:
        """``(found, option)``: the choice of ``s`` that ``text`` names."""
        for option in s.options():
            if text == str(option) or (s.ignore_case and text.casefold() == str(option).casefold()):
                return True, option
        return False, None

    def _parse_list(self, s: Setting, raw: object) -> tuple[list[Any], NoticeKind | None]:
        known: list[Any] = []
        bad = False
        for item in _items(s, raw):
            found, option = self._match(s, item)
            if not found:
                bad = True
            elif option not in known:
                known.append(option)
        if bad and not known:  # nothing usable: like a bad choice, the default
            return list(s.default), "unknown_choice"
        return known, "unknown_choice" if bad else None

    def rejected(self, name: str, raw: object) -> list[str]:
        """The items of a list setting's raw value that are not among its choices."""
        s = self.by_name[name]
        return [item for item in _items(s, raw) if not self._match(s, item)[0]]

    def parse_one(self, s: Setting, raw: object) -> tuple[Any, NoticeKind | None]:
        """``(value, notice kind or None)`` for one raw URL value of ``s``."""
        if s.kind == "list":
            return self._parse_list(s, raw)
        text = _last(raw)
        if s.kind == "text":
            if len(text) > s.max_chars:
                kept = text[-s.max_chars :] if s.keep == "end" else text[: s.max_chars]
                return kept, "too_long"
            return text, None
        text = text.strip()[:64]
        if s.kind == "choice":
            found, option = self._match(s, text)
            return (option, None) if found else (s.default, "unknown_choice")
        if s.kind == "bool":
            if text.lower() in ("1", "true", "yes", "on"):
                return True, None
            if text.lower() in ("0", "false", "no", "off", ""):
                return False, None
            return s.default, "unknown_choice"
        try:
            number = float(text)
        except (ValueError, OverflowError):
            number = math.nan
        if not math.isfinite(number):
            return s.default, "not_a_number"
        value, moved = self._number(s, number)
        return value, "out_of_range" if moved else None

    def clamp(self, name: str, value: Any) -> Any:
        """A widget's value made valid for setting ``name`` (silently: widgets are bounded)."""
        s = self.by_name[name]
        if value is None:
            return list(s.default) if s.kind == "list" else s.default
        if s.kind == "list":
            kept: list[Any] = []
            for item in [value] if isinstance(value, str) else list(value):
                found, option = self._match(s, str(item))
                if found and option not in kept:
                    kept.append(option)
            return kept
        if s.kind in ("int", "float"):
            try:
                number = float(value)
            except (TypeError, ValueError):
                return s.default
            return self._number(s, number)[0] if math.isfinite(number) else s.default
        parsed, problem = self.parse_one(s, value)
        return parsed if problem in (None, "too_long") else s.default

    # --- the whole URL ---------------------------------------------------------------------

    def parse(
        self, params: Mapping[str, object], fallback: Mapping[str, Any] | None = None
    ) -> tuple[dict[str, Any], list[UrlNotice]]:
        """Values for every setting from URL ``params``; never raises.

        A missing key takes ``fallback`` (e.g. this session's last value, re-checked) or the
        default. A bad value takes the default or is clamped, with a notice. Keys that are not
        the table's (``lang``, other pages') are ignored."""
        base = {**self.defaults, **(fallback or {})}
        values: dict[str, Any] = {}
        notices: list[UrlNotice] = []
        for s in self.settings:
            if s.url_key not in params:
                values[s.name] = self.clamp(s.name, base[s.name])
                continue
            raw = params[s.url_key]
            value, problem = self.parse_one(s, raw)
            values[s.name] = value
            if problem:
                extra = {"limit": s.max_chars} if problem == "too_long" else {}
                shown, used = _raw_text(s, raw), value
                if problem == "too_long":
                    used = f"{len(value)}"
                elif s.kind == "list":
                    shown = ", ".join(self.rejected(s.name, raw))
                    used = ", ".join(str(v) for v in value)
                notices.append(
                    UrlNotice(
                        problem,
                        s.url_key,
                        shown[:MAX_RAW_CHARS],
                        used,
                        self.notice_prefix,
                        extra,
                    )
                )
        if self.strict:
            for key, raw in params.items():
                key = str(key)
                if key not in self.by_key and key not in PASSTHROUGH_KEYS:
                    notices.append(
                        UrlNotice(
                            "unknown_key",
                            key[:MAX_RAW_CHARS],
                            _last(raw)[:MAX_RAW_CHARS],
                            None,
                            self.notice_prefix,
                        )
                    )
        return values, notices

    def unknown_keys(self, params: Iterable[str]) -> list[str]:
        """The keys of ``params`` a strict table drops (not its own, not passed through)."""
        if not self.strict:
            return []
        return [k for k in params if k not in self.by_key and k not in PASSTHROUGH_KEYS]

    def format(self, name: str, value: Any) -> str:
        """A value as written in the URL (``3``, ``2.5``, ``1``/``0``; text and choices as is)."""
        s = self.by_name[name]
        if s.kind == "int":
            return str(int(value))
        if s.kind == "float":
            return f"{float(value):g}"
        if s.kind == "bool":
            return "1" if value else "0"
        if s.kind == "list":
            return s.sep.join(str(v) for v in value)
        return str(value)

    def _written(self, s: Setting, values: Mapping[str, Any], keep_defaults: bool) -> Any:
        """``s``'s value made valid, or None where the URL leaves it out (a default)."""
        if s.name not in values:
            return None
        value = self.clamp(s.name, values[s.name])
        default = list(s.default) if s.kind == "list" else s.default
        if not (keep_defaults or s.write_default) and value == default:
            return None
        return value

    def to_query(self, values: Mapping[str, Any], *, keep_defaults: bool = False) -> dict[str, str]:
        """The URL parameters for ``values`` (only what differs from the defaults, unless
        ``keep_defaults`` or the setting's ``write_default``); round-trips through
        :meth:`parse`. A repeated-key list (``sep=""``) needs several values: it is only in
        :meth:`to_params`."""
        out: dict[str, str] = {}
        for s in self.settings:
            if s.kind == "list" and not s.sep:
                continue
            value = self._written(s, values, keep_defaults)
            if value is not None:
                out[s.url_key] = self.format(s.name, value)
        return out

    def to_params(
        self, values: Mapping[str, Any], *, keep_defaults: bool = False
    ) -> dict[str, str | list[str]]:
        """:meth:`to_query` plus each repeated-key list as a list of strings (what
        ``st.query_params`` takes for a repeated key)."""
        out: dict[str, str | list[str]] = dict(self.to_query(values, keep_defaults=keep_defaults))
        for s in self.settings:
            if s.kind == "list" and not s.sep:
                value = self._written(s, values, keep_defaults)
                if value is not None:
                    out[s.url_key] = [str(v) for v in value]
        return out

    def url_subset(self, params: Mapping[str, object]) -> dict[str, str]:
        """Only this table's keys of ``params``, as strings (a list setting: ``sep``-joined)."""
        return {
            k: (self.by_key[k].sep or ",").join(map(str, v))
            if self.by_key[k].kind == "list" and isinstance(v, (list, tuple))
            else _last(v)
            for k, v in params.items()
            if k in self.by_key
        }
