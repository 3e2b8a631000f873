"""The one module that reads ``data/``: typed, validated tables (no streamlit here).

Every table has a :class:`TableSchema`. :func:`read_table` reads the CSV, checks every
column (presence, type, allowed values, ranges) and raises :class:`DataError` naming the
file, the column and the row (1-based data row, header excluded) of the first problem.
Streamlit caching lives in :mod:`aigc_dash.ui.cache`, not here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from aigc_dash.core.errors import DataError

if TYPE_CHECKING:  # imported where a table is read: pages without tables never pay for it
    import pandas as pd

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
DATA_DIR_ENV = "AIGC_DATA_DIR"  # overrides DATA_DIR (read at call time: tests, deployments)


def resolve_data_dir() -> Path:
    """The folder tables are read from: ``$AIGC_DATA_DIR`` if set, else the repo's ``data/``."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(override) if override else DATA_DIR


# Skill dimensions shared by the roles table and the career matcher (0-10 each).
SKILL_DIMENSIONS: tuple[str, ...] = (
    "math",
    "programming",
    "ml",
    "rigor",
    "creativity",
    "communication",
)
CONFIDENCE_LEVELS = ("high", "medium", "low")
EXPERIENCE_LEVELS = ("EN", "MI", "SE", "EX")
BOUNDS = ("exact", "range", "lower_bound")


@dataclass(frozen=True)
class Column:
    """One column's contract."""

    name: str
    kind: str = "str"  # str | int | float | bool
    required: bool = True  # no empty cells
    allowed: tuple[str, ...] | None = None
    min: float | None = None
    max: float | None = None
    pattern: str | None = None  # regex every non-empty value must fully match


@dataclass(frozen=True)
class TableSchema:
    """A table's file, description and columns."""

    name: str
    description: str
    columns: tuple[Column, ...]
    unique: tuple[str, ...] = ()  # these columns together identify a row
    file: str = ""
    extra_ok: bool = False  # tolerate undeclared columns
    # Cross-field checks run on the typed table: check(df, file) raises DataError or returns.
    checks: tuple[Callable[[pd.DataFrame, str], None], ...] = ()

    @property
    def filename(self) -> str:
        return self.file or f"{self.name}.csv"

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


URL_PATTERN = r"https?://\S+"
# Where a figure comes from. ``source_url`` is the publisher's own page (empty when none is
# known); ``via_url`` is where the number was actually read when that is not the publisher's
# page (a newspaper, a trade outlet, a copy). ``confidence``: high only when the number was
# read on the publisher's own page or data; medium when only a reputable secondary confirms
# it; low when only blogs, aggregators or copies do (see check_figure_sources).
SOURCE_COLUMNS: tuple[Column, ...] = (
    Column("source"),  # the publication, with its edition or release date
    Column("publisher", pattern=r"[a-z0-9_]+"),  # a publisher_id of publishers.csv
    Column("source_url", required=False, pattern=URL_PATTERN),
    Column("via_url", required=False, pattern=URL_PATTERN),
    Column("confidence", allowed=CONFIDENCE_LEVELS),
)
# A published figure. ``value_raw`` keeps the figure exactly as published ("2600-4400",
# ">10000", "33.9"); ``value_low``/``value_high`` are its parsed bounds: equal for an exact
# value, both set for a range, only the low one for a lower bound (never a bare number).
FIGURE_COLUMNS: tuple[Column, ...] = (
    Column("metric", pattern=r"[a-z0-9_]+"),
    Column("label_zh"),
    Column("label_en"),
    Column("value_raw"),
    Column("value_low", "float"),
    Column("value_high", "float", required=False),
    Column("bound", allowed=BOUNDS),
    Column("unit"),
    Column("year"),  # as published: "2024", "2024 (early)", "2023 H1", "2016-2023"
    Column("year_start", "int", min=1990, max=2100),  # for ordering and plotting
    Column("is_forecast", "bool"),
    Column("geo"),
    *SOURCE_COLUMNS,
    Column("note", required=False),
    # The publication (edition) the figure belongs to: only points of one series may be
    # joined by a line (AI Index editions revise earlier years, PwC restates, ...).
    Column("series"),
)

_NUMBER = r"\d+(?:\.\d+)?"
# Shares published in words ("one-third of respondents"): kept as words in value_raw, read as
# a percentage. Only these; a table whose unit is not a percentage may not use them.
WORD_SHARES: dict[str, float] = {"one-third": 100 / 3, "one-quarter": 25.0, "half": 50.0}
_RAW_PATTERNS = (
    (re.compile(rf"({_NUMBER})"), "exact"),
    (re.compile(rf"({_NUMBER})\s*[-–]\s*({_NUMBER})"), "range"),
    (re.compile(rf"(?:>|≥|>=)\s*({_NUMBER})"), "lower_bound"),
)


def parse_value_raw(text: str) -> tuple[float, float | None, str]:
    """Parse a published figure: ``"33.9"`` exact, ``"2600-4400"`` range, ``">10000"`` lower bound,
    ``"one-third"`` a share in words (see :data:`WORD_SHARES`, read as a percentage).

    Returns ``(low, high, bound)``; ``high`` equals ``low`` for an exact value and is ``None``
    for a lower bound (a lower bound never becomes a bare number). Raises ValueError otherwise.
    """
    raw = str(text).strip().replace(",", "")
    if raw.lower() in WORD_SHARES:
        share = WORD_SHARES[raw.lower()]
        return share, share, "exact"
    for pattern, bound in _RAW_PATTERNS:
        match = pattern.fullmatch(raw)
        if not match:
            continue
        low = float(match.group(1))
        if bound == "exact":
            return low, low, bound
        if bound == "lower_bound":
            return low, None, bound
        high = float(match.group(2))
        if not high > low:
            raise ValueError(f"range {text!r} has high <= low")
        return low, high, bound
    raise ValueError(f"{text!r} is not a number, a range 'a-b' or a lower bound '>a'")


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None or a != a or b != b:
        return (a is None or a != a) and (b is None or b != b)
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))


def check_figure_bounds(df: pd.DataFrame, file: str) -> None:
    """bound=exact => high == low; range => high > low; lower_bound => no high; raw agrees."""
    for i, row in enumerate(df.to_dict("records"), start=1):
        low, high, bound = row["value_low"], row["value_high"], row["bound"]
        has_high = high is not None and high == high
        if bound == "exact" and not (has_high and _same(high, low)):
            raise DataError(file, "value_high", i, "an exact value needs value_high == value_low")
        if bound == "range" and not (has_high and high > low):
            raise DataError(file, "value_high", i, "a range needs value_high > value_low")
        if bound == "lower_bound" and has_high:
            raise DataError(file, "value_high", i, "a lower bound must leave value_high empty")
        try:
            p_low, p_high, p_bound = parse_value_raw(row["value_raw"])
        except ValueError as exc:
            raise DataError(file, "value_raw", i, str(exc)) from None
        if p_bound != bound:
            raise DataError(file, "bound", i, f"value_raw {row['value_raw']!r} is a {p_bound}")
        if not (_same(p_low, low) and _same(p_high, high if has_high else None)):
            raise DataError(
                file, "value_low", i, f"value_low/value_high disagree with {row['value_raw']!r}"
            )


def check_figure_sources(df: pd.DataFrame, file: str) -> None:
    """Each row links somewhere; a row without the publisher's page is at most medium; a high
    row was read on the publisher's page (no via_url). The publisher-domain rule needs
    publishers.csv: see :func:`source_rule_problems`."""
    for i, row in enumerate(df.to_dict("records"), start=1):
        source_url, via_url = cell_text(row["source_url"]), cell_text(row["via_url"])
        if not source_url and not via_url:
            raise DataError(file, "source_url", i, "a figure needs source_url or via_url")
        if row["confidence"] == "high" and not source_url:
            raise DataError(file, "confidence", i, "high needs the publisher's page (source_url)")
        if row["confidence"] == "high" and via_url:
            raise DataError(file, "confidence", i, "a number read via another page is not high")
        if row["value_raw"].strip().lower() in WORD_SHARES and not row["unit"].startswith("%"):
            raise DataError(file, "value_raw", i, "a share in words needs a % unit")


SCHEMAS: dict[str, TableSchema] = {}


def register(schema: TableSchema) -> TableSchema:
    """Add a schema to :data:`SCHEMAS` (one entry per table in ``data/``)."""
    SCHEMAS[schema.name] = schema
    return schema


for _name, _desc in (
    ("market_size", "Market size and spending figures for generative AI / AIGC, with forecasts."),
    ("investment", "Investment in AI and generative AI."),
    ("adoption", "Adoption of generative AI by organisations, functions, industries and people."),
    ("labour_market", "Labour-market figures: postings, wage premiums, demand."),
):
    register(
        TableSchema(
            _name,
            _desc,
            (*FIGURE_COLUMNS, Column("domain", required=False, pattern=r"[a-z_]+")),
            unique=("metric", "year", "geo", "source"),
            checks=(check_figure_bounds, check_figure_sources),
        )
    )
FIGURE_TABLES: tuple[str, ...] = ("market_size", "investment", "adoption", "labour_market")


def check_domain_lists(df: pd.DataFrame, file: str) -> None:
    """Each domain lists as many use cases in Chinese as in English."""
    for i, row in enumerate(df.to_dict("records"), start=1):
        if len(split_list(row["use_cases_zh"])) != len(split_list(row["use_cases_en"])):
            raise DataError(file, "use_cases_zh", i, "not as many use cases as in use_cases_en")


def split_list(value: object) -> list[str]:
    """Split a "; "-separated cell into its non-empty items."""
    return [part.strip() for part in str(value or "").split(";") if part.strip()]


register(
    TableSchema(
        "domains",
        "AIGC application domains: editorial descriptions, use cases and example tools.",
        (
            Column("domain_id", pattern=r"[a-z_]+"),
            Column("name_zh"),
            Column("name_en"),
            Column("use_cases_zh"),  # "; "-separated, same count as use_cases_en
            Column("use_cases_en"),
            Column("example_tools"),  # "; "-separated real product names
            Column("description_zh"),
            Column("description_en"),
        ),
        unique=("domain_id",),
        checks=(check_domain_lists,),
    )
)

register(
    TableSchema(
        "roles",
        "AIGC roles: description, tasks, editorial fault-tolerance rating, skill requirements.",
        (
            Column("role_id", pattern=r"[a-z_]+"),
            Column("name_zh"),
            Column("name_en"),
            Column("summary_zh"),
            Column("summary_en"),
            Column("tasks_zh"),  # "; "-separated
            Column("tasks_en"),
            Column("fault_tolerance", "int", min=1, max=5),  # editorial, see fault_tolerance_rubric
            Column("ft_reason_zh"),
            Column("ft_reason_en"),
            *(Column(f"skill_{s}", "int", min=0, max=10) for s in SKILL_DIMENSIONS),
            Column("resources"),  # "title|https://...; title|https://..."
            Column("seed_role", "bool"),
        ),
        unique=("role_id",),
    )
)

register(
    TableSchema(
        "fault_tolerance_rubric",
        "Our written rubric for the 1-5 fault-tolerance rating of a role (editorial).",
        (
            Column("level", "int", min=1, max=5),
            Column("label_zh"),
            Column("label_en"),
            Column("description_zh"),
            Column("description_en"),
        ),
        unique=("level",),
    )
)

register(
    TableSchema(
        "skill_resources",
        "The first learning resource for each skill the career matcher measures (editorial).",
        (
            Column("skill", allowed=SKILL_DIMENSIONS),
            Column("resource_id", pattern=r"[a-z0-9_]+"),  # a resources.csv id
        ),
        unique=("skill",),
    )
)

register(
    TableSchema(
        "course_ft_readings",
        "How the course notes rate a role's fault tolerance (their reading), beside ours.",
        (
            Column("role_id", pattern=r"[a-z_]+"),
            Column("course_rating", allowed=("low", "high")),
            Column("course_says_zh"),  # what the notes say, in our words
            Column("course_says_en"),
            Column("compare_zh"),  # how it relates to our rating, and why they differ
            Column("compare_en"),
        ),
        unique=("role_id",),
    )
)

register(
    TableSchema(
        "salaries",
        "Salary quartiles by role and experience level, aggregated from the aijobs.net CC0 index.",
        (
            Column("role_id", pattern=r"[a-z_]+"),
            Column("experience_level", allowed=EXPERIENCE_LEVELS),
            Column("work_year", "int", min=2020, max=2100),
            Column("n", "int", min=1),
            Column("p25_usd", "float", min=0),
            Column("median_usd", "float", min=0),
            Column("p75_usd", "float", min=0),
            Column("titles"),  # the job titles aggregated, "; "-separated
            Column("source"),
            Column("url", pattern=URL_PATTERN),
            Column("licence"),
        ),
        unique=("role_id", "experience_level", "work_year"),
    )
)

# --- Resources page: tools, learning resources, challenges, FAQ (editorial text, no figures;
# challenges point at sourced rows of the figure tables by "table:metric" instead) ---------
register(
    TableSchema(
        "resources",
        "Platforms, open-source tools and learning resources, with links (editorial).",
        (
            Column("resource_id", pattern=r"[a-z0-9_]+"),
            Column("category", allowed=("platform", "tool", "learning")),
            Column("name"),
            Column("description_zh"),
            Column("description_en"),
            Column("url", pattern=URL_PATTERN),
            Column("open_source", "bool"),
            Column("licence", required=False),
            Column("tags"),  # "; "-separated
            Column("language", allowed=("zh", "en", "multi")),
        ),
        unique=("resource_id",),
    )
)
register(
    TableSchema(
        "challenges",
        "Trends and challenges of AIGC (ethics, copyright, jobs), linked to sourced figures.",
        (
            Column("challenge_id", pattern=r"[a-z0-9_]+"),
            Column("topic", allowed=("trends", "ethics", "copyright", "jobs")),
            Column("title_zh"),
            Column("title_en"),
            Column("text_zh"),
            Column("text_en"),
            Column("metrics", required=False, pattern=r"[a-z_]+:[a-z0-9_]+(; [a-z_]+:[a-z0-9_]+)*"),
            Column("links", required=False),  # "title|https://...; ..."
        ),
        unique=("challenge_id",),
    )
)
register(
    TableSchema(
        "faq",
        "Frequently asked questions and their answers (editorial).",
        (
            Column("faq_id", pattern=r"[a-z0-9_]+"),
            Column("topic", allowed=("basics", "careers", "concepts", "app")),
            Column("question_zh"),
            Column("question_en"),
            Column("answer_zh"),
            Column("answer_en"),
        ),
        unique=("faq_id",),
    )
)

register(
    TableSchema(
        "role_demand",
        "Demand figures tied to a role (BLS proxies, LinkedIn, Lightcast, CSET), each sourced.",
        (*FIGURE_COLUMNS, Column("role_id", pattern=r"[a-z_]+")),
        unique=("role_id", "metric", "year", "geo", "source"),
        checks=(check_figure_bounds, check_figure_sources),
    )
)

SOC_PATTERN = r"\d{2}-\d{4}"
MAPPING_KINDS = ("primary", "secondary", "proxy")
MAX_SOC_PER_ROLE = 3


def check_role_exposure(df: pd.DataFrame, file: str) -> None:
    """Each O*NET occupation lies under its SOC code; each role has 1-3 SOC codes."""
    for i, row in enumerate(df.to_dict("records"), start=1):
        if not str(row["onet_soc_code"]).startswith(f"{row['soc_code']}."):
            raise DataError(file, "onet_soc_code", i, f"is not under SOC {row['soc_code']}")
    counts = df.groupby("role_id", sort=False).cumcount()
    over = counts[counts >= MAX_SOC_PER_ROLE]
    if not over.empty:
        raise DataError(
            file, "role_id", int(over.index[0]) + 1, f"more than {MAX_SOC_PER_ROLE} SOC codes"
        )


register(
    TableSchema(
        "role_exposure",
        "Each role's 1-3 US SOC occupations (primary/secondary/proxy, with reasons) and the "
        "GPTs-are-GPTs exposure of each; subset and mapped to roles by this project.",
        (
            Column("role_id", pattern=r"[a-z_]+"),
            Column("soc_code", pattern=SOC_PATTERN),
            Column("soc_title"),
            Column("mapping", allowed=MAPPING_KINDS),
            Column("reason_zh"),
            Column("reason_en"),
            Column("onet_soc_code", pattern=SOC_PATTERN + r"\.\d{2}"),
            Column("onet_title"),
            Column("gpts_beta_human", "float", min=0, max=1),
            Column("gpts_beta_gpt4", "float", min=0, max=1),
        ),
        unique=("role_id", "soc_code"),
        checks=(check_role_exposure,),
    )
)
register(
    TableSchema(
        "role_exposure_occupations",
        "Microsoft's AI applicability score of every SOC 2018 occupation (the distribution).",
        (
            Column("soc_code", pattern=SOC_PATTERN),
            Column("title"),
            Column("ai_applicability_score", "float", min=0, max=1),
        ),
        unique=("soc_code",),
    )
)

register(
    TableSchema(
        "error_tolerance_proxies",
        "Published figures that inform (never replace) our editorial fault-tolerance ratings.",
        FIGURE_COLUMNS,
        unique=("metric", "year", "geo", "source"),
        checks=(check_figure_bounds, check_figure_sources),
    )
)

# --- Source rule: who publishes what, and hosts that are never a source -------------------
_DOMAIN = r"[a-z0-9-]+(\.[a-z0-9-]+)+(/[A-Za-z0-9._~-]+)*"


def check_publisher_domains(df: pd.DataFrame, file: str) -> None:
    """A publisher's home page is on one of its own domains."""
    for i, row in enumerate(df.to_dict("records"), start=1):
        if not url_on_domains(row["home_url"], split_list(row["domains"])):
            raise DataError(file, "home_url", i, "not on one of the publisher's domains")


register(
    TableSchema(
        "publishers",
        "Publishers of the sourced figures and their own web domains (the source rule's table).",
        (
            Column("publisher_id", pattern=r"[a-z0-9_]+"),
            Column("name"),  # as the publisher writes it
            # "; "-separated hosts (subdomains included) or host/path prefixes for a publisher
            # whose data lives on a shared host (github.com/hiring-lab)
            Column("domains", pattern=rf"{_DOMAIN}(; {_DOMAIN})*"),
            Column("home_url", pattern=URL_PATTERN),
        ),
        unique=("publisher_id",),
        checks=(check_publisher_domains,),
    )
)
register(
    TableSchema(
        "blocked_hosts",
        "Known content-farm or imitation hosts: never a source, anywhere in data/.",
        (
            Column("host", pattern=r"[a-z0-9-]+(\.[a-z0-9-]+)+"),
            Column("reason"),
        ),
        unique=("host",),
    )
)
FIGURE_ROW_TABLES: tuple[str, ...] = (*FIGURE_TABLES, "role_demand", "error_tolerance_proxies")


def url_host(url: str) -> str:
    """The lower-case host of a URL, without ``www.`` and port."""
    host = urlsplit(str(url).strip()).hostname or ""
    return host.lower().removeprefix("www.")


def host_matches(host: str, domain: str) -> bool:
    """``host`` is ``domain`` or one of its subdomains."""
    host, domain = host.lower().removeprefix("www."), domain.lower().removeprefix("www.")
    return host == domain or host.endswith("." + domain)


def url_on_domains(url: str, domains: list[str]) -> bool:
    """``url`` is on one of ``domains`` (a host, or a ``host/path`` prefix)."""
    parts = urlsplit(str(url).strip())
    host = (parts.hostname or "").lower()
    path = parts.path.lower().rstrip("/") + "/"
    for domain in domains:
        name, _, prefix = domain.partition("/")
        if host_matches(host, name) and (not prefix or path.startswith(f"/{prefix.lower()}/")):
            return True
    return False


def source_rule_problems(
    tables: dict[str, pd.DataFrame], publishers: pd.DataFrame, blocked: pd.DataFrame
) -> list[str]:
    """Every breach of the source rule in some figure tables, as ``table row N: problem``.

    A row's publisher must exist; no URL may be on a blocked host; a ``high`` row's
    ``source_url`` must be on its publisher's domains (the number read on the publisher's
    page); a row known only through ``via_url`` is at most ``medium``.
    """
    domains = {
        str(r["publisher_id"]): split_list(r["domains"]) for r in publishers.to_dict("records")
    }
    bad_hosts = [str(h) for h in blocked["host"]]
    problems = []
    for name, df in tables.items():
        for i, row in enumerate(df.to_dict("records"), start=1):
            where = f"{name} row {i} ({row['metric']}, {row['year']})"
            publisher = str(row["publisher"])
            if publisher not in domains:
                problems.append(f"{where}: unknown publisher {publisher!r}")
                continue
            for column in ("source_url", "via_url"):
                url = cell_text(row[column])
                if url and any(host_matches(url_host(url), h) for h in bad_hosts):
                    problems.append(f"{where}: {column} is on a content-farm host: {url}")
            source_url = cell_text(row["source_url"])
            if source_url and not url_on_domains(source_url, domains[publisher]):
                problems.append(f"{where}: source_url is not on {publisher}'s domains")
            if row["confidence"] == "high" and cell_text(row["via_url"]):
                problems.append(f"{where}: high but read via another page")
            if not source_url and row["confidence"] == "high":
                problems.append(f"{where}: known only via another page, so at most medium")
    return problems


_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


def _is_empty(value: object) -> bool:
    return (
        value is None or (isinstance(value, float) and value != value) or str(value).strip() == ""
    )


def cell_text(value: object) -> str:
    """A cell of a validated table as text: ``""`` for an empty optional cell (None or NaN)."""
    return "" if _is_empty(value) else str(value)


def _convert(value: str, kind: str) -> object:
    text = value.strip()
    if kind == "str":
        return text
    if kind == "int":
        number = float(text)
        if not number.is_integer():
            raise ValueError("not a whole number")
        return int(number)
    if kind == "float":
        number = float(text)
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError("not a finite number")
        return number
    if kind == "bool":
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise ValueError("not true/false")
    raise ValueError(f"unknown column kind {kind}")


def validate(raw: pd.DataFrame, schema: TableSchema, file: str | None = None) -> pd.DataFrame:
    """Check ``raw`` (all-string cells) against ``schema``; return a typed copy or raise DataError."""
    import pandas as pd

    file = file or schema.filename
    missing = [c for c in schema.column_names if c not in raw.columns]
    if missing:
        raise DataError(file, missing[0], None, "required column is missing")
    extra = [c for c in raw.columns if c not in schema.column_names]
    if extra and not schema.extra_ok:
        raise DataError(file, str(extra[0]), None, "unexpected column")
    if raw.empty:
        raise DataError(file, None, None, "the table has no rows")
    out: dict[str, list[object]] = {}
    for col in schema.columns:
        values: list[object] = []
        for i, cell in enumerate(raw[col.name].tolist(), start=1):
            if _is_empty(cell):
                if col.required:
                    raise DataError(file, col.name, i, "empty value")
                values.append(None)
                continue
            try:
                value = _convert(str(cell), col.kind)
            except ValueError as exc:
                raise DataError(
                    file, col.name, i, f"{cell!r} is {exc} (expected {col.kind})"
                ) from None
            if col.allowed is not None and value not in col.allowed:
                raise DataError(file, col.name, i, f"{value!r} is not one of {list(col.allowed)}")
            if col.min is not None and value < col.min:  # type: ignore[operator]
                raise DataError(file, col.name, i, f"{value!r} is below {col.min}")
            if col.max is not None and value > col.max:  # type: ignore[operator]
                raise DataError(file, col.name, i, f"{value!r} is above {col.max}")
            if col.pattern and not re.fullmatch(col.pattern, str(value)):
                raise DataError(file, col.name, i, f"{value!r} does not look right")
            values.append(value)
        out[col.name] = values
    df = pd.DataFrame(out)
    for col in schema.columns:
        if col.kind == "float":
            df[col.name] = pd.to_numeric(df[col.name], errors="coerce").astype("float64")
        elif col.kind == "int" and col.required:
            df[col.name] = df[col.name].astype("int64")
        elif col.kind == "bool" and col.required:
            df[col.name] = df[col.name].astype(bool)
    if schema.unique:
        dup = df.duplicated(subset=list(schema.unique), keep="first")
        if dup.any():
            row = int(dup.to_numpy().nonzero()[0][0]) + 1
            raise DataError(file, ", ".join(schema.unique), row, "duplicate row")
    for check in schema.checks:
        check(df, file)
    return df


def read_table(name: str, data_dir: Path | str | None = None) -> pd.DataFrame:
    """Read and validate ``data/<name>.csv``; raise :class:`DataError` on any problem.

    ``data_dir`` defaults to :func:`resolve_data_dir` (``$AIGC_DATA_DIR`` or the repo's ``data/``).
    """
    import pandas as pd

    schema = SCHEMAS[name]
    path = Path(data_dir or resolve_data_dir()) / schema.filename
    if not path.is_file():
        raise DataError(schema.filename, None, None, "file not found")
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise DataError(schema.filename, None, None, f"cannot be parsed: {exc}") from None
    return validate(raw, schema, schema.filename)


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of a table as dicts keyed by column name (our columns are all strings)."""
    return [{str(k): v for k, v in row.items()} for row in df.to_dict("records")]
