"""The class at a glance (what the teacher's dashboard draws) and the exports."""

from __future__ import annotations

import base64
import csv
import io
import json
from collections import Counter
from dataclasses import dataclass, field

from aigc_dash.classroom.entries import PROFILE_DIMENSIONS, ImageSample, MatcherEntry, TextSample
from aigc_dash.classroom.records import StoredEntry

ROBUST_SHARE = 0.7  # the matcher's own threshold for a "stable" top match


@dataclass(frozen=True)
class ClassSummary:
    joined: int
    submitted: int
    matcher_count: int
    risk: tuple[float, ...]  # each student's risk appetite
    mean_profile: dict[str, float]  # class average of every dimension (empty: no entries)
    top_roles: dict[str, int]  # top-1 role -> students, most first
    robust_shares: tuple[float, ...]
    robust_count: int  # students whose top match is robust (share >= ROBUST_SHARE)
    text_groups: dict[float, list[StoredEntry]] = field(default_factory=dict)
    image_groups: dict[tuple[int, float], list[StoredEntry]] = field(default_factory=dict)


def summarize(stored: list[StoredEntry], joined: int, submitted: int) -> ClassSummary:
    """Aggregate the visible entries (pass only the ones to show)."""
    matcher = [s.entry for s in stored if isinstance(s.entry, MatcherEntry)]
    mean = (
        {d: round(sum(e.profile[d] for e in matcher) / len(matcher), 2) for d in PROFILE_DIMENSIONS}
        if matcher
        else {}
    )
    tops = Counter(e.top[0].role_id for e in matcher)
    shares = tuple(e.robust_share for e in matcher)
    text_groups: dict[float, list[StoredEntry]] = {}
    image_groups: dict[tuple[int, float], list[StoredEntry]] = {}
    for s in stored:
        if isinstance(s.entry, TextSample):
            text_groups.setdefault(s.entry.temperature, []).append(s)
        elif isinstance(s.entry, ImageSample):
            image_groups.setdefault((s.entry.steps, s.entry.guidance), []).append(s)
    return ClassSummary(
        joined=joined,
        submitted=submitted,
        matcher_count=len(matcher),
        risk=tuple(e.profile["risk"] for e in matcher),
        mean_profile=mean,
        top_roles=dict(tops.most_common()),
        robust_shares=shares,
        robust_count=sum(1 for x in shares if x >= ROBUST_SHARE),
        text_groups=dict(sorted(text_groups.items())),
        image_groups=dict(sorted(image_groups.items())),
    )


def export_rows(stored: list[StoredEntry]) -> list[dict[str, object]]:
    """One flat row per entry (CSV): pseudonym, kind, hidden, then the entry's fields."""
    rows: list[dict[str, object]] = []
    for s in stored:
        row: dict[str, object] = {"student": s.student, "kind": s.kind, "hidden": s.hidden}
        e = s.entry
        if isinstance(e, MatcherEntry):
            row.update({f"profile_{d}": e.profile[d] for d in PROFILE_DIMENSIONS})
            for i, r in enumerate(e.top, start=1):
                row[f"top{i}_role"], row[f"top{i}_score"] = r.role_id, r.score
            row["robust_share"] = e.robust_share
        else:
            row.update(e.to_json())
        rows.append(row)
    return rows


_CSV_DANGER = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: object) -> object:
    # a spreadsheet would run a cell that starts with a formula sign: quote it as text
    if isinstance(value, str) and value.startswith(_CSV_DANGER):
        return "'" + value
    return value


def to_csv(stored: list[StoredEntry]) -> str:
    """The entries as CSV (columns: the union over kinds, in first-seen order)."""
    rows = export_rows(stored)
    columns: list[str] = []
    for row in rows:
        columns += [c for c in row if c not in columns]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns or ["student", "kind", "hidden"])
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
    return buf.getvalue()


def to_json(stored: list[StoredEntry]) -> str:
    """The entries as JSON (images as base64 PNG)."""
    out = []
    for s in stored:
        item: dict[str, object] = {"student": s.student, "kind": s.kind, "hidden": s.hidden}
        item["entry"] = s.entry.to_json()
        if isinstance(s.entry, ImageSample):
            item["png_base64"] = base64.b64encode(s.entry.png).decode("ascii")
        out.append(item)
    return json.dumps(out, ensure_ascii=False, indent=2)


def for_export(stored: list[StoredEntry], include_hidden: bool) -> list[StoredEntry]:
    """Hidden entries stay out of exports unless the teacher asks for them."""
    return [s for s in stored if include_hidden or not s.hidden]
