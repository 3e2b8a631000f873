"""Pure helpers for the Roles page: lists, resources, rubric text, salary and demand rows.

No streamlit here; every function takes the validated tables from :mod:`aigc_dash.career.data`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from aigc_dash.career.data import EXPERIENCE_LEVELS, SKILL_DIMENSIONS, cell_text, split_list
from aigc_dash.core.i18n import pick, t
from aigc_dash.core.urlstate import Setting, SettingTable

SKILL_COLUMNS: tuple[str, ...] = tuple(f"skill_{s}" for s in SKILL_DIMENSIONS)
MAX_COMPARE = 3
MAX_PARAM_LEN = 200  # longest query-parameter value we look at (tampered links can be huge)
_HTTPS = re.compile(r"https://[^\s|;<>\"]+")


@dataclass(frozen=True)
class Resource:
    """A learning resource: its title and an https address."""

    title: str
    url: str


def split_items(cell: object) -> list[str]:
    """Split a "; "-separated cell (tasks) into its non-empty items."""
    return split_list(cell)


def parse_resources(cell: object) -> list[Resource]:
    """Parse ``"title|https://url; title|https://url"``; entries without an https URL are dropped."""
    out: list[Resource] = []
    for item in split_list(cell):
        title, sep, url = item.rpartition("|")
        url = url.strip()
        if not sep or not _HTTPS.fullmatch(url):
            continue
        out.append(Resource(title.strip() or url, url))
    return out


def markdown_link(title: str, url: str) -> str:
    """A markdown link whose title cannot break out of the brackets (no HTML is produced)."""
    safe_title = re.sub(r"([\\\[\]()*_`#<>])", r"\\\1", title)
    safe_url = url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
    return f"[{safe_title}]({safe_url})"


def role_names(roles: pd.DataFrame | None, lang: str) -> dict[str, str]:
    """``{role_id: name}`` in table order (empty when the roles table is unavailable)."""
    if roles is None:
        return {}
    return {r["role_id"]: pick(r, "name", lang) for r in roles.to_dict("records")}


def roles_with_figures(salaries: pd.DataFrame | None, demand: pd.DataFrame | None) -> list[str]:
    """Every role id that has salary or demand figures, sorted (when the roles table is out)."""
    ids = set(() if salaries is None else salaries["role_id"])
    ids |= set(() if demand is None else demand["role_id"])
    return sorted(ids)


def role_record(roles: pd.DataFrame, role_id: str) -> dict[str, Any]:
    """The row of ``role_id`` as a dict (KeyError if absent)."""
    match = roles[roles["role_id"] == role_id]
    if match.empty:
        raise KeyError(role_id)
    return {str(k): v for k, v in match.iloc[0].items()}


def skill_values(record: Mapping[str, Any]) -> list[int]:
    """A role's six required skill levels (0-10), in :data:`SKILL_DIMENSIONS` order."""
    return [int(record[c]) for c in SKILL_COLUMNS]


def parse_id_list(raw: object, valid: Iterable[str]) -> tuple[list[str], list[str]]:
    """Role ids from a query-parameter value (``"a,b"`` or a list): ``(known, rejected)``.

    Unknown or malformed values are returned in ``rejected`` (cut short, anything but word
    characters and "-" replaced by "?") so the page can say so; duplicates are dropped.
    """
    if isinstance(raw, (list, tuple)):
        raw = ",".join(str(v) for v in raw)
    text = str(raw or "")[:MAX_PARAM_LEN]
    valid_set = set(valid)
    known: list[str] = []
    rejected: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        if part in valid_set:
            if part not in known:
                known.append(part)
        else:
            rejected.append(plain_id(part))
    return known, rejected


def plain_id(text: str) -> str:
    """A role id from a link, shown back to the user: short and plain (no markdown or HTML)."""
    return re.sub(r"[^\w\-]", "?", text.strip()[:40])


def compare_setting(valid: Iterable[str], default: Iterable[str]) -> SettingTable:
    """The radar's role ids in the URL: ``?compare=a,b`` (known ids kept, in order)."""
    ids = tuple(valid)
    kept = tuple(d for d in default if d in ids)
    return SettingTable([Setting("compare", "list", kept, choices=ids)], notice_prefix="roles")


def focus_setting(options: Iterable[str]) -> SettingTable:
    """The pay-and-demand role in the URL: ``?role=<id>`` (default: the first option)."""
    ids = tuple(options)
    return SettingTable([Setting("role", "choice", ids[0], choices=ids)], notice_prefix="roles")


def limit_selection(selected: Iterable[str], limit: int = MAX_COMPARE) -> tuple[list[str], bool]:
    """The first ``limit`` distinct selections and whether anything was cut."""
    unique = list(dict.fromkeys(selected))
    return unique[:limit], len(unique) > limit


def rubric_levels(rubric: pd.DataFrame, lang: str) -> dict[int, tuple[str, str]]:
    """``{level: (label, description)}`` of the fault-tolerance rubric in ``lang``."""
    return {
        int(r["level"]): (pick(r, "label", lang), pick(r, "description", lang))
        for r in rubric.sort_values("level").to_dict("records")
    }


def rubric_label(rubric: pd.DataFrame, level: int, lang: str) -> str:
    """The short label of a level ("Low tolerance"), or ``"level/5"`` when the rubric lacks it."""
    return rubric_levels(rubric, lang).get(int(level), (f"{int(level)}/5", ""))[0]


def fault_tolerance_rows(roles: pd.DataFrame, rubric: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per role for the scale: id, name, level, level label, reason (low to high)."""
    levels = rubric_levels(rubric, lang)
    rows = [
        {
            "role_id": r["role_id"],
            "name": pick(r, "name", lang),
            "fault_tolerance": int(r["fault_tolerance"]),
            "level_label": levels.get(int(r["fault_tolerance"]), ("", ""))[0],
            "reason": pick(r, "ft_reason", lang),
        }
        for r in roles.to_dict("records")
    ]
    out = pd.DataFrame(
        rows, columns=["role_id", "name", "fault_tolerance", "level_label", "reason"]
    )
    return out.sort_values(["fault_tolerance", "role_id"], kind="stable").reset_index(drop=True)


def skills_table(roles: pd.DataFrame, role_ids: Iterable[str], lang: str) -> pd.DataFrame:
    """Skill levels of the chosen roles (for download): one row per role, one column per skill."""
    rows = []
    for role_id in role_ids:
        record = role_record(roles, role_id)
        rows.append(
            {"role_id": role_id, "name": pick(record, "name", lang)}
            | dict(zip(SKILL_COLUMNS, skill_values(record), strict=True))
        )
    return pd.DataFrame(rows, columns=["role_id", "name", *SKILL_COLUMNS])


def salary_rows(salaries: pd.DataFrame, role_id: str) -> pd.DataFrame:
    """A role's salary quartiles, ordered EN, MI, SE, EX then by year (may be empty)."""
    rows = salaries[salaries["role_id"] == role_id].copy()
    rows["_order"] = rows["experience_level"].map(EXPERIENCE_LEVELS.index)
    rows = rows.sort_values(["_order", "work_year"], kind="stable").drop(columns="_order")
    return rows.reset_index(drop=True)


_TITLE_COUNT = re.compile(r"(.+?)\s*\((\d+)\)")


def title_counts(titles_cells: Iterable[str]) -> list[tuple[str, int]]:
    """Sum ``"Title (n); Title (n)"`` cells over rows: ``[(title, total)]``, most frequent first."""
    totals: dict[str, int] = {}
    for cell in titles_cells:
        for item in split_list(cell):
            match = _TITLE_COUNT.fullmatch(item)
            title, n = (match.group(1), int(match.group(2))) if match else (item, 0)
            totals[title] = totals.get(title, 0) + n
    return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))


def roles_without_salaries(role_ids: Iterable[str], salaries: pd.DataFrame) -> list[str]:
    """Role ids that have no salary rows at all."""
    have = set(salaries["role_id"])
    return [r for r in role_ids if r not in have]


def format_number(value: float) -> str:
    """``112590`` -> ``"112,590"``; ``33.5`` -> ``"33.5"``."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_figure(value_low: float, value_high: float | None, bound: str) -> str:
    """A published figure as text that keeps its kind: ``"> 100,000"``, ``"2,600–4,400"``, ``"33.5"``."""
    if bound == "lower_bound":
        return f"> {format_number(value_low)}"
    if bound == "range" and value_high is not None and value_high == value_high:
        return f"{format_number(value_low)}–{format_number(value_high)}"
    return format_number(value_low)


def figure_rows(
    figures: pd.DataFrame, lang: str, names: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Display rows for sourced figures: label, value as published, unit, year, the source,
    its publisher's page (``source_url``), the page it was read on when another
    (``via_url``), the confidence grade in ``lang`` and the note.

    With ``names`` (and a ``role_id`` column) a leading ``role`` column names each row's role.
    """
    with_role = names is not None and "role_id" in figures.columns
    rows = [
        ({"role": names.get(r["role_id"], r["role_id"])} if with_role and names else {})
        | {
            "label": pick(r, "label", lang),
            "value": format_figure(r["value_low"], r["value_high"], r["bound"]),
            "value_low": r["value_low"],
            "value_high": r["value_high"],
            "bound": r["bound"],
            "unit": r["unit"],
            "year": r["year"],
            "is_forecast": bool(r["is_forecast"]),
            "geo": r["geo"],
            "source": r["source"],
            "source_url": cell_text(r["source_url"]) or None,
            "via_url": cell_text(r["via_url"]) or None,
            "confidence": t(f"landscape_conf_{r['confidence']}", lang),
            "note": r["note"] or "",
        }
        for r in figures.to_dict("records")
    ]
    columns = [
        *(["role"] if with_role else []),
        "label",
        "value",
        "value_low",
        "value_high",
        "bound",
        "unit",
        "year",
        "is_forecast",
        "geo",
        "source",
        "source_url",
        "via_url",
        "confidence",
        "note",
    ]
    return pd.DataFrame(rows, columns=columns)


def demand_rows(demand: pd.DataFrame, role_id: str) -> pd.DataFrame:
    """A role's demand figures, grouped by metric, newest year first."""
    rows = demand[demand["role_id"] == role_id]
    rows = rows.sort_values(["metric", "year_start"], ascending=[True, False], kind="stable")
    return rows.reset_index(drop=True)


def shared_metrics(demand: pd.DataFrame, min_roles: int = 2) -> list[str]:
    """Metrics reported for at least ``min_roles`` roles (comparable across roles), by frequency."""
    counts = demand.groupby("metric")["role_id"].nunique()
    counts = counts[counts >= min_roles]
    return sorted(counts.index, key=lambda m: (-int(counts[m]), m))


def metric_comparison(
    demand: pd.DataFrame, metric: str, names: Mapping[str, str], lang: str
) -> pd.DataFrame:
    """One metric across roles: the newest figure per role, labelled "role (year)", sorted by value."""
    rows = demand[demand["metric"] == metric].sort_values("year_start", ascending=False)
    rows = rows.drop_duplicates("role_id", keep="first")
    out = rows.assign(
        label=[
            f"{names.get(r['role_id'], r['role_id'])} ({r['year']})"
            for r in rows.to_dict("records")
        ],
        hover=[pick(r, "label", lang) for r in rows.to_dict("records")],
    )
    return out.sort_values("value_low", kind="stable").reset_index(drop=True)
