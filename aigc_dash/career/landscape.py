"""Landscape data logic (pure, no streamlit): filters, value formatting, sources, headlines.

Every figure shown by the app is a row of a figure table (see ``data/README.md``): a
published value with its publisher's page (``source_url``), the page it was read on when that
is not the publisher's (``via_url``) and a confidence grade. Nothing here computes a new
number: ranges and lower bounds are formatted as published ("2,600–4,400", ">10,000").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from aigc_dash.career.data import CONFIDENCE_LEVELS, cell_text, records, split_list, url_host
from aigc_dash.core.i18n import pick, t
from aigc_dash.core.urlstate import Setting, SettingTable

GEO_CHOICES: tuple[str, ...] = ("all", "global", "us", "china", "other")
CONFIDENCE_ORDER = {"high": 0, "medium": 1, "low": 2}
# The Landscape's minimum-confidence filter: "medium" shows high and medium rows.
CONFIDENCE_CHOICES: tuple[str, ...] = CONFIDENCE_LEVELS
DEFAULT_MIN_CONFIDENCE = "medium"

# Published unit -> i18n key (unknown units are shown as published).
UNIT_KEYS: dict[str, str] = {
    "USD bn": "landscape_unit_usd_bn",
    "USD bn per year": "landscape_unit_usd_bn_year",
    "CNY 100m (亿元)": "landscape_unit_cny_100m",
    "% of respondents": "landscape_unit_pct_respondents",
    "% of function users": "landscape_unit_pct_function_users",
    "% of news leaders": "landscape_unit_pct_news_leaders",
    "% of ad buyers": "landscape_unit_pct_ad_buyers",
    "% of digital video ads": "landscape_unit_pct_video_ads",
    "% of students": "landscape_unit_pct_students",
    "devices": "landscape_unit_devices",
    "100m people (亿人)": "landscape_unit_100m_people",
    "% (up to)": "landscape_unit_pct_up_to",
    "x faster": "landscape_unit_x_faster",
    "%": "landscape_unit_pct",
    "postings": "landscape_unit_postings",
    "% of AI postings": "landscape_unit_pct_ai_postings",
    "professionals requested per year": "landscape_unit_professionals_year",
    "% of postings": "landscape_unit_pct_postings",
    "% YoY": "landscape_unit_pct_yoy",
    "seekers per opening": "landscape_unit_seekers_per_opening",
    "CNY per month": "landscape_unit_cny_month",
}

# Home's headline figures: (table, metric). For each, the latest non-forecast row read on
# its publisher's own page (confidence high) is shown; ties: the later row in the file.
HEADLINES: tuple[tuple[str, str], ...] = (
    ("market_size", "genai_value_potential_total"),
    ("investment", "genai_private_investment"),
    ("adoption", "org_genai_regular_use"),
    ("labour_market", "us_ai_postings_share"),
)
HEADLINE_CONFIDENCE = "high"


@dataclass(frozen=True)
class Source:
    """Where a figure comes from: the publication, its publisher's page, where it was read."""

    source: str  # the publication, with its edition or release date
    source_url: str  # the publisher's own page; "" when none was found
    via_url: str  # where the number was read when not on the publisher's page; "" if none
    confidence: str  # high | medium | low

    @property
    def via_host(self) -> str:
        """The host the number was read on (``""`` when read on the publisher's page)."""
        return url_host(self.via_url) if self.via_url else ""


def source_of(row: Mapping[str, object]) -> Source:
    """The :class:`Source` of a figure row."""
    return Source(
        str(row["source"]),
        cell_text(row.get("source_url")),
        cell_text(row.get("via_url")),
        str(row["confidence"]),
    )


@dataclass(frozen=True)
class Headline:
    """One headline figure, ready to show: value as published, with its source."""

    table: str
    metric: str
    label: str
    value_text: str  # "33.9", "2,600–4,400", ">10,000" (never a bare number for a bound)
    unit: str
    year: str
    is_forecast: bool
    source: Source
    note: str


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value) or str(value) == ""


def geo_group(geo: str) -> str:
    """Bucket a published geography: ``global``, ``us``, ``china`` or ``other`` (multi-country)."""
    text = str(geo).strip().lower()
    if text.startswith("global"):
        return "global"
    if text == "us":
        return "us"
    if text == "china":
        return "china"
    return "other"


def geo_from_param(raw: object) -> tuple[str, str | None]:
    """The geography named by a URL value, and the (shortened) value if it was not valid."""
    value = raw[0] if isinstance(raw, (list, tuple)) and raw else raw
    if value is None:
        return "all", None
    text = str(value).strip().lower()
    if text in GEO_CHOICES:
        return text, None
    return "all", str(value)[:40]


def metrics_from_params(
    values: Iterable[object], options: Iterable[str]
) -> tuple[list[str], list[str]]:
    """The valid metric ids among URL values (order kept, no repeats) and the invalid ones."""
    allowed = set(options)
    valid: dict[str, None] = {}
    bad: list[str] = []
    for value in list(values)[:100]:
        text = str(value).strip()
        if text in allowed:
            valid.setdefault(text, None)
        else:
            bad.append(text[:40])
    return list(valid), bad


def url_settings(options: Iterable[str]) -> SettingTable:
    """The page's filters in the URL: ``?geo=china&metric=a&metric=b`` (a repeated key) and
    the minimum confidence, ``?min_conf=high`` (default medium: low rows hidden)."""
    return SettingTable(
        [
            Setting("geo", "choice", "all", choices=GEO_CHOICES, ignore_case=True),
            Setting("metric", "list", (), choices=tuple(options), sep=""),
            Setting(
                "min_conf",
                "choice",
                DEFAULT_MIN_CONFIDENCE,
                choices=CONFIDENCE_CHOICES,
                ignore_case=True,
            ),
        ],
        notice_prefix="landscape",
    )


def meets_confidence(confidence: object, minimum: str) -> bool:
    """``confidence`` is ``minimum`` or better (high > medium > low)."""
    return CONFIDENCE_ORDER.get(str(confidence), 9) <= CONFIDENCE_ORDER.get(minimum, 2)


def filter_figures(
    df: pd.DataFrame,
    geo: str = "all",
    metrics: Iterable[str] | None = None,
    min_confidence: str = "low",
) -> pd.DataFrame:
    """Rows of a figure table in geography bucket ``geo`` (``all`` keeps every row), when
    ``metrics`` is non-empty only those metrics, and only rows graded ``min_confidence`` or
    better (``low`` keeps every grade). Row order is kept."""
    mask = pd.Series(True, index=df.index)
    if geo != "all":
        mask &= df["geo"].map(geo_group) == geo
    wanted = set(metrics or ())
    if wanted:
        mask &= df["metric"].isin(wanted)
    if min_confidence != "low":
        mask &= df["confidence"].map(lambda c: meets_confidence(c, min_confidence))
    return df.loc[mask].reset_index(drop=True)


@dataclass(frozen=True)
class ConfidenceCount:
    """What the minimum-confidence filter did: rows shown and rows it hid."""

    shown: int
    hidden: int
    total: int


def confidence_count(
    tables: Mapping[str, pd.DataFrame],
    geo: str = "all",
    metrics: Iterable[str] | None = None,
    min_confidence: str = DEFAULT_MIN_CONFIDENCE,
) -> ConfidenceCount:
    """How many rows the other filters keep, and how many of those ``min_confidence`` hides."""
    metrics = list(metrics or ())
    before = sum(len(filter_figures(df, geo, metrics)) for df in tables.values())
    after = sum(len(filter_figures(df, geo, metrics, min_confidence)) for df in tables.values())
    total = sum(len(df) for df in tables.values())
    return ConfidenceCount(shown=after, hidden=before - after, total=total)


def _format_number(text: str) -> str:
    """Thousands separators on a published decimal string, keeping its decimals as published."""
    whole, _, frac = text.partition(".")
    grouped = f"{int(whole):,}" if whole.isdigit() else whole
    return f"{grouped}.{frac}" if frac else grouped


def format_value(row: Mapping[Any, object]) -> str:
    """The published value of a row as text: exact "33.9", range "2,600–4,400", bound ">10,000"."""
    raw = str(row["value_raw"]).replace(",", "").strip()
    bound = row["bound"]
    if bound == "range":
        low, high = re.split(r"\s*[-–]\s*", raw, maxsplit=1)
        return f"{_format_number(low)}–{_format_number(high)}"
    if bound == "lower_bound":
        match = re.fullmatch(r"(>=|≥|>)\s*(.+)", raw)
        symbol, number = (match.group(1), match.group(2)) if match else (">", raw)
        return f"{'≥' if symbol in ('>=', '≥') else '>'}{_format_number(number)}"
    return _format_number(raw)


def unit_label(unit: str, lang: str) -> str:
    """A published unit in the user's language (as published when we have no translation)."""
    key = UNIT_KEYS.get(str(unit))
    return t(key, lang) if key else str(unit)


def sources_of(df: pd.DataFrame) -> list[Source]:
    """The distinct sources of some rows, in order of first appearance."""
    seen: dict[Source, None] = {}
    for row in records(df):
        seen.setdefault(source_of(row), None)
    return list(seen)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|<>~$])")


def md_escape(text: str) -> str:
    """Escape markdown so that a data value is shown as text (no links, no emphasis)."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def _link_target(url: str) -> str:
    return url.replace(")", "%29").replace(" ", "%20")


def source_markdown(source: Source, lang: str) -> str:
    """A source as markdown: the publisher's page first, "read via ..." second, then the
    confidence grade: ``[IDC (Oct 2023)](idc) · read via [infotechlead.com](...) (medium)``.
    Without a publisher page the publication is named as text and says so."""
    if source.source_url:
        text = f"[{md_escape(source.source)}]({_link_target(source.source_url)})"
    else:
        text = f"{md_escape(source.source)} {t('source_no_publisher_page', lang)}"
    if source.via_url:
        via = f"[{md_escape(source.via_host)}]({_link_target(source.via_url)})"
        text += " · " + t("source_read_via", lang, link=via)
    return f"{text} ({t(f'landscape_conf_{source.confidence}', lang)})"


def low_confidence_caveats(df: pd.DataFrame, lang: str) -> list[str]:
    """One caveat per low-confidence row, naming it and its note."""
    out = []
    for row in df.to_dict("records"):
        if row["confidence"] == "low":
            out.append(
                t(
                    "landscape_caveat_low_row",
                    lang,
                    label=pick(row, "label", lang),
                    year=row["year"],
                    note=row["note"] or "-",
                )
            )
    return out


def metric_options(tables: Mapping[str, pd.DataFrame]) -> list[str]:
    """Every metric id of the given figure tables, in table order then file order."""
    seen: dict[str, None] = {}
    for df in tables.values():
        for metric in df["metric"]:
            seen.setdefault(str(metric), None)
    return list(seen)


def metric_labels(tables: Mapping[str, pd.DataFrame], lang: str) -> dict[str, str]:
    """metric id -> its label in ``lang`` (first row that names it)."""
    labels: dict[str, str] = {}
    for df in tables.values():
        for row in df.to_dict("records"):
            labels.setdefault(str(row["metric"]), pick(row, "label", lang))
    return labels


def domain_figures(tables: Mapping[str, pd.DataFrame], domain_id: str) -> pd.DataFrame:
    """All figure rows tagged with ``domain_id``, with the table each came from."""
    parts = []
    for name, df in tables.items():
        if "domain" not in df.columns:
            continue
        rows = df[df["domain"].astype("string").fillna("") == domain_id]
        if not rows.empty:
            parts.append(rows.assign(table=name))
    if not parts:
        return pd.DataFrame()
    return pd.concat(parts, ignore_index=True)


def domain_tree(domains: pd.DataFrame, lang: str) -> tuple[list[str], list[str], list[str]]:
    """(ids, labels, parents) of a root -> domain -> use-case hierarchy, for a treemap."""
    root = t("landscape_tree_root", lang)
    ids, labels, parents = ["root"], [root], [""]
    for row in domains.to_dict("records"):
        did = str(row["domain_id"])
        ids.append(did)
        labels.append(pick(row, "name", lang))
        parents.append("root")
        for j, case in enumerate(split_list(pick(row, "use_cases", lang))):
            ids.append(f"{did}/{j}")
            labels.append(case)
            parents.append(did)
    return ids, labels, parents


def figures_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Rows to show in a table: label, value as published, unit, year, geo, the source, the
    publisher's page, the page it was read on (if another), confidence, note."""
    records = []
    for row in df.to_dict("records"):
        records.append(
            {
                t("landscape_col_figure", lang): pick(row, "label", lang),
                t("landscape_col_value", lang): format_value(row),
                t("landscape_col_unit", lang): unit_label(str(row["unit"]), lang),
                t("landscape_col_year", lang): row["year"],
                t("landscape_col_forecast", lang): t(
                    "landscape_yes" if row["is_forecast"] else "landscape_no", lang
                ),
                t("landscape_col_geo", lang): row["geo"],
                t("landscape_col_source", lang): row["source"],
                t("landscape_col_url", lang): cell_text(row.get("source_url")) or None,
                t("landscape_col_via_url", lang): cell_text(row.get("via_url")) or None,
                t("landscape_col_confidence", lang): t(f"landscape_conf_{row['confidence']}", lang),
                t("landscape_col_note", lang): "" if _empty(row["note"]) else row["note"],
            }
        )
    return pd.DataFrame.from_records(records)


def _pick_headline_row(df: pd.DataFrame, metric: str) -> dict[Any, object] | None:
    """The latest actual row of ``metric`` read on its publisher's page (high confidence)."""
    rows = [
        (i, r)
        for i, r in enumerate(df.to_dict("records"))
        if r["metric"] == metric
        and not r["is_forecast"]
        and r["confidence"] == HEADLINE_CONFIDENCE
        and cell_text(r.get("source_url"))
    ]
    if not rows:
        return None
    _, best = max(rows, key=lambda ir: (int(ir[1]["year_start"]), ir[0]))
    return best


def headline_figures(
    tables: Mapping[str, pd.DataFrame],
    lang: str,
    picks: Iterable[tuple[str, str]] = HEADLINES,
) -> list[Headline]:
    """Home's headline figures (``picks``: (table, metric) pairs) from whichever of the tables
    are given: only actual, high-confidence rows (read on the publisher's own page); a
    missing table or a metric with no such row is skipped."""
    out = []
    for table, metric in picks:
        df = tables.get(table)
        if df is None:
            continue
        row = _pick_headline_row(df, metric)
        if row is None:
            continue
        out.append(
            Headline(
                table=table,
                metric=metric,
                label=pick(row, "label", lang),
                value_text=format_value(row),
                unit=unit_label(str(row["unit"]), lang),
                year=str(row["year"]),
                is_forecast=bool(row["is_forecast"]),
                source=source_of(row),
                note="" if _empty(row["note"]) else str(row["note"]),
            )
        )
    return out
