"""Build data/{market_size,investment,adoption,labour_market}.csv from the shared sourced figures.

Usage: ``python scripts/build_figures.py [--src ../shared/figures] [--out data]``

Each input row is one published figure (metric, value, unit, year, geo, source, url,
confidence, note). The output adds bilingual labels, the parsed bounds of the published
value (a range or a lower bound is never turned into a bare number), the first year as an
integer, whether the figure is a forecast, the publication series it belongs to and, where
the figure is about an application domain, the domain id. The script is deterministic and
invents nothing: every output number is a published input number.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from aigc_dash.career.data import (  # noqa: E402
    FIGURE_TABLES,
    SCHEMAS,
    host_matches,
    parse_value_raw,
    read_table,
    split_list,
    url_host,
    url_on_domains,
)

DEFAULT_SRC = ROOT.parent / "shared" / "figures"
DEFAULT_OUT = ROOT / "data"
INPUT_COLUMNS = ("metric", "value", "unit", "year", "geo", "source", "url", "confidence", "note")
AUDIT_FILE = "source_audit.csv"  # in the source folder: URL and grade corrections per row
AUDIT_COLUMNS = ("file", "metric", "year", "old_url", "new_url", "new_confidence")

# source text -> publisher id (data/publishers.csv); the first matching rule wins. A figure
# read in the AI Index is the AI Index's (Stanford HAI), even when McKinsey collected it.
PUBLISHER_RULES: tuple[tuple[str, str], ...] = (
    (r"^Lightcast", "lightcast"),
    (r"^Bloomberg", "bloomberg"),
    (r"^IDC", "idc"),
    (r"^Gartner", "gartner"),
    (r"^CNNIC", "cnnic"),
    (r"iiMedia", "iimedia"),
    (r"chyxx", "chyxx"),
    (r"量子位", "qbitai"),
    (r"AI Index", "stanford_hai"),
    (r"McKinsey", "mckinsey"),
    (r"^Reuters Institute", "reuters_institute"),
    (r"^IAB", "iab"),
    (r"^GDC", "gdc"),
    (r"^Digital Education Council", "dec"),
    (r"^Salesforce", "salesforce"),
    (r"^Stack Overflow", "stack_overflow"),
    (r"^PwC", "pwc"),
    (r"^Indeed", "indeed"),
    (r"^LinkedIn", "linkedin"),
    (r"猎聘|Liepin", "liepin"),
    (r"脉脉|Maimai", "maimai"),
    (r"^CSET", "cset"),
    (r"^BLS", "bls"),
    (r"^Anthropic", "anthropic"),
)

# Corrections of published values and labels from the source audit (shared/figures/README.md,
# Dec 2026), keyed by (table, metric, year). Each key must match exactly one shared row; its
# value is the list of rows that replace it, each given by the fields it changes ({} keeps
# the row as it is; an empty list drops it). Extra rows are other editions or releases of the
# same figure.
_IDC_JAN_2024 = {
    "source": "IDC Worldwide AI Spending Guide (revised forecast, reported 2 Jan 2024)",
    "url": "https://www.ndtvprofit.com/technology/spending-on-generative-ai-solutions-to-double-in-2024-cross-150-billion-by-2027-idc",
    "confidence": "medium",
}
_INDEED_DATA = "https://github.com/hiring-lab/ai-tracker/blob/main/AI_posting.csv"
CORRECTIONS: dict[tuple[str, str, str], list[dict[str, str]]] = {
    ("market_size", "genai_market_revenue", "2022"): [
        {"note": "2022 actual ('$40 billion last year' in the Jun 2023 report)"}
    ],
    ("market_size", "genai_spending", "2023"): [
        {
            "via_url": "https://infotechlead.com/artificial-intelligence/enterprises-expected-to-invest-16-bn-in-generative-ai-solutions-in-2023-idc-81160",
            "note": "Oct 2023 edition, revised in Jan 2024 to 19.4 (a separate series); "
            "software + infra hardware + services",
        },
        {
            **_IDC_JAN_2024,
            "value": "19.4",
            "note": "Jan 2024 revision of the Oct 2023 edition's 16; more than double in 2024",
        },
    ],
    ("market_size", "genai_spending", "2027"): [
        {
            "via_url": "https://infotechlead.com/artificial-intelligence/enterprises-expected-to-invest-16-bn-in-generative-ai-solutions-in-2023-idc-81160",
            "note": "forecast; Oct 2023 edition (revised to 151.1 in Jan 2024, a separate "
            "series); CAGR 73.3%; 28.1% of AI spend (9.0% in 2023)",
        },
        {
            **_IDC_JAN_2024,
            "value": "151.1",
            "note": "forecast; Jan 2024 revision of the Oct 2023 edition's 143; CAGR 86.1%",
        },
    ],
    ("adoption", "org_genai_regular_use", "2023"): [
        {"value": "one-third", "note": "published as 'one-third' (not 33%); in >=1 function"}
    ],
    ("adoption", "news_backend_automation_very_important", "2025"): [
        {
            "note": "60% 'very important' (another 36% 'somewhat important'); recommendation "
            "80%; supervised content creation 77%; 87% say genAI changed newsroom"
        }
    ],
    # No stored page confirms 62.44% (the only copy is a content farm): the row is dropped.
    ("labour_market", "cn_aigc_skill_premium_machine_vision", "2023 Jan-Oct"): [],
    ("labour_market", "us_ai_postings_share", "2024-02"): [
        {"source": "Indeed Hiring Lab (US labor market update, 14 Mar 2024)"}
    ],
    ("labour_market", "us_ai_postings_share", "2025-12"): [
        {
            "value": "4.20-4.33",
            "source": "Indeed Hiring Lab AI tracker (17 Feb 2026 release)",
            "url": _INDEED_DATA,
            "note": "range of the tracker's values in Dec 2025 as first released (4.2 = "
            "1 Dec only); data & analytics ~45%; marketing ~15%; HR ~9%",
        },
        {
            "value": "4.26-4.41",
            "source": "Indeed Hiring Lab AI tracker (21 Jul 2026 release)",
            "url": _INDEED_DATA,
            "confidence": "high",
            "note": "the same month after the Jul 2026 revision (4.41 on 31 Dec)",
        },
    ],
}

# metric -> (label_zh, label_en). A metric missing here stops the build: label it first.
LABELS: dict[str, tuple[str, str]] = {
    # market_size
    "genai_market_revenue": ("生成式 AI 市场收入", "Generative-AI market revenue"),
    "genai_ai_assisted_digital_ads": (
        "生成式 AI 辅助的数字广告收入",
        "Generative-AI-assisted digital ad revenue",
    ),
    "genai_spending": ("生成式 AI 支出", "Generative-AI spending"),
    "ai_it_spending": ("AI 相关 IT 支出", "AI IT spending"),
    "genai_value_potential_total": (
        "生成式 AI 每年潜在经济价值（63 个用例）",
        "Generative-AI economic potential per year (63 use cases)",
    ),
    "genai_value_potential_banking": (
        "生成式 AI 每年潜在价值：银行业",
        "Generative-AI potential per year: banking",
    ),
    "genai_value_potential_retail_cpg": (
        "生成式 AI 每年潜在价值：零售与消费品",
        "Generative-AI potential per year: retail and consumer goods",
    ),
    "genai_value_potential_high_tech": (
        "生成式 AI 每年潜在价值：高科技",
        "Generative-AI potential per year: high tech",
    ),
    "china_aigc_core_market": ("中国 AIGC 核心市场规模", "China AIGC core market size"),
    "china_aigc_core_industry": ("中国 AIGC 核心产业规模", "China AIGC core industry size"),
    "china_aigc_industry": ("中国 AIGC 产业规模", "China AIGC industry size"),
    "china_ai_industry": ("中国人工智能产业规模", "China AI industry size"),
    "china_ai_core_industry": ("中国人工智能核心产业规模", "China AI core industry size"),
    "china_ai_investment": ("中国人工智能投资规模", "China AI investment"),
    "china_genai_investment": ("中国生成式 AI 投资规模", "China generative-AI investment"),
    # investment
    "genai_private_investment": ("全球生成式 AI 私人投资", "Generative-AI private investment"),
    "corporate_ai_investment": ("全球企业 AI 投资", "Corporate AI investment"),
    "private_ai_investment_us": ("美国 AI 私人投资", "US private AI investment"),
    "genai_investment_gap_us_minus_cn_eu_uk": (
        "美国生成式 AI 私人投资超出中国+欧盟+英国之和的差额",
        "US generative-AI private investment minus China + EU + UK combined",
    ),
    "china_ai_financing": ("中国 AI 领域融资额", "China AI financing"),
    # adoption
    "org_genai_regular_use": (
        "经常使用生成式 AI 的组织（至少一个职能）",
        "Organisations regularly using generative AI (in at least one function)",
    ),
    "org_ai_use": ("使用 AI 的组织（任一职能）", "Organisations using AI (any function)"),
    "genai_use_marketing_sales_function": (
        "在营销与销售职能使用生成式 AI 的组织",
        "Organisations using generative AI in marketing and sales",
    ),
    "genai_use_any_function_tech_industry": (
        "科技行业在任一职能使用生成式 AI 的组织",
        "Technology-industry organisations using generative AI in any function",
    ),
    "ai_cost_savings_service_ops": (
        "服务运营中用 AI 降低成本的用户",
        "AI users in service operations reporting cost savings",
    ),
    "ai_revenue_gain_marketing_sales": (
        "营销与销售中用 AI 增加收入的用户",
        "AI users in marketing and sales reporting revenue gains",
    ),
    "news_backend_automation_very_important": (
        "认为 AI 后台自动化“非常重要”的新闻机构负责人",
        "News leaders rating AI back-end automation 'very important'",
    ),
    "ads_buyers_using_or_planning_genai_video": (
        "已用或计划用生成式 AI 制作视频广告的广告买家",
        "Ad buyers using or planning generative AI for video ads",
    ),
    "ads_video_made_with_genai": (
        "用生成式 AI 制作的数字视频广告",
        "Digital video ads made with generative AI",
    ),
    "games_devs_company_uses_genai": (
        "所在公司使用生成式 AI 的游戏开发者",
        "Game developers whose company uses generative AI",
    ),
    "games_devs_say_genai_negative": (
        "认为生成式 AI 对游戏业有负面影响的开发者",
        "Game developers who think generative AI harms the industry",
    ),
    "students_using_ai": ("在学习中使用 AI 的大学生", "University students using AI"),
    "ecommerce_ai_influenced_holiday_sales": (
        "受 AI 影响的全球线上假日季销售额",
        "AI-influenced global online holiday sales",
    ),
    "devs_using_ai_tools": (
        "在开发中使用 AI 工具的开发者",
        "Developers using AI tools in development",
    ),
    "fda_ai_devices_approved": (
        "美国 FDA 当年批准的 AI 医疗器械",
        "AI-enabled medical devices approved by the US FDA in the year",
    ),
    "china_genai_users": ("中国生成式 AI 用户规模", "China generative-AI users"),
    # labour_market
    "ai_skill_wage_premium": ("AI 技能工资溢价", "AI-skill wage premium"),
    "ai_specialist_jobs_growth_vs_all": (
        "AI 专业岗位增速相对全部岗位的倍数",
        "AI-specialist job growth relative to all jobs",
    ),
    "ai_skill_salary_premium": ("AI 技能薪资溢价", "AI-skill salary premium"),
    "us_postings_genai_skill": (
        "美国要求生成式 AI 技能的招聘数",
        "US job postings asking for generative-AI skills",
    ),
    "us_ai_postings_responsible_ai_share": (
        "美国 AI 招聘中提及负责任 AI 的比例",
        "Share of US AI postings mentioning responsible AI",
    ),
    "ai_ethics_governance_demand": (
        "美国每年对 AI 伦理与治理人才的需求",
        "US demand for AI ethics and governance professionals per year",
    ),
    "us_ai_postings_share": ("美国提及 AI 的招聘占比", "Share of US postings mentioning AI"),
    "us_ai_engineer_postings": ("美国 AI 工程师招聘数", "US AI-engineer postings"),
    "cn_aigc_new_postings_growth": (
        "中国 AIGC 相关新发职位同比增长",
        "China AIGC-related new postings, year-on-year growth",
    ),
    "cn_aigc_skill_premium_machine_vision": (
        "中国机器视觉岗位的 AIGC 技能薪资溢价",
        "China AIGC-skill pay premium in machine-vision jobs",
    ),
    "cn_llm_talent_supply_demand_ratio": (
        "中国大模型人才供需比",
        "China LLM talent supply/demand ratio",
    ),
    "cn_ai_new_postings_avg_monthly_pay": (
        "中国 AI 新发岗位平均月薪",
        "China AI new postings, average monthly pay",
    ),
    "cn_ai_postings_avg_monthly_pay": (
        "中国 AI 岗位平均月薪",
        "China AI postings, average monthly pay",
    ),
}

# metric -> application domain (data/domains.csv). Only figures that are about one domain.
DOMAINS: dict[str, str] = {
    "news_backend_automation_very_important": "news_media",
    "genai_ai_assisted_digital_ads": "advertising_marketing",
    "genai_use_marketing_sales_function": "advertising_marketing",
    "ai_revenue_gain_marketing_sales": "advertising_marketing",
    "ads_buyers_using_or_planning_genai_video": "advertising_marketing",
    "ads_video_made_with_genai": "advertising_marketing",
    "games_devs_company_uses_genai": "games_entertainment",
    "games_devs_say_genai_negative": "games_entertainment",
    "students_using_ai": "education_training",
    "ecommerce_ai_influenced_holiday_sales": "ecommerce_retail",
    "genai_value_potential_retail_cpg": "ecommerce_retail",
    "devs_using_ai_tools": "software_development",
    "fda_ai_devices_approved": "healthcare",
    "genai_value_potential_banking": "finance",
}

# source text -> publication series. Points of one series may be joined by a line; points of
# different editions never are (the AI Index revises past years, PwC restates). A source
# that matches no rule is its own series.
SERIES_RULES: tuple[tuple[str, str], ...] = (
    (r"^Bloomberg Intelligence", "Bloomberg Intelligence (Jun 2023)"),
    (r"^IDC.*\(Oct 2023\)", "IDC (Oct 2023)"),
    (r"^IDC.*revised forecast, reported (\w+) (\w+) (\d+)", r"IDC (\2 \3 revision)"),
    (r"^IDC.*\(2025\)", "IDC (2025)"),
    (r"^Gartner", "Gartner (Mar 2025)"),
    (r"^McKinsey Global Institute", "McKinsey Global Institute (Jun 2023)"),
    (r"McKinsey|AI Index 20\d\d \(McKinsey", "McKinsey Global Survey on AI"),
    (r"^Stanford AI Index (20\d\d)", r"Stanford AI Index \1"),
    (r"^PwC (20\d\d)", r"PwC Global AI Jobs Barometer \1"),
    (r"^GDC", "GDC State of the Game Industry"),
    (r"^CNNIC", "CNNIC"),
    (r"iiMedia", "艾媒咨询 iiMedia"),
    (r"chyxx", "智研咨询 chyxx"),
)

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_FORECAST_WORDS = ("forecast", "expected")


def series_of(source: str) -> str:
    """The publication series a source belongs to (its own text when no rule matches)."""
    for pattern, name in SERIES_RULES:
        match = re.search(pattern, source)
        if match:
            return match.expand(name)
    return source.strip()


def publication_year(source: str) -> int | None:
    """The year a source was published: a year in parentheses, else the first year named."""
    in_parens = [
        int(y) for group in re.findall(r"\(([^)]*)\)", source) for y in _YEAR.findall(group)
    ]
    if in_parens:
        return max(in_parens)
    years = _YEAR.findall(source)
    return int(years[0]) if years else None


def year_start(year_text: str) -> int:
    """The first year in the published period: "2024 (early)" -> 2024, "2016-2023" -> 2016."""
    match = _YEAR.search(year_text)
    if not match:
        raise ValueError(f"no year in {year_text!r}")
    return int(match.group(1))


def is_forecast(note: str, source: str, start: int) -> bool:
    """A forecast if the note's first clause says so, or the year is after publication."""
    first_clause = note.split(";")[0].strip().lower()
    if first_clause.startswith(_FORECAST_WORDS):
        return True
    published = publication_year(source)
    return published is not None and start > published


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


@dataclass(frozen=True)
class SourceRules:
    """What the build needs to place a row's URLs: publisher domains, blocked hosts, audit."""

    domains: dict[str, list[str]]  # publisher id -> its domains
    blocked: tuple[str, ...]  # content-farm hosts
    audit: dict[tuple[str, str, str], dict[str, str]] = field(default_factory=dict)


def load_rules(src: Path, data_dir: Path | None = None) -> SourceRules:
    """Publishers and blocked hosts from ``data/``, the audit rows for the figure tables from
    ``src/source_audit.csv`` (keyed by table, metric, old URL)."""
    publishers = read_table("publishers", data_dir)
    blocked = read_table("blocked_hosts", data_dir)
    audit: dict[tuple[str, str, str], dict[str, str]] = {}
    path = src / AUDIT_FILE
    if not path.is_file():
        raise SystemExit(f"{path}: the source audit is missing")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in AUDIT_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise SystemExit(f"{path}: missing columns {missing}")
        for row in reader:
            folder, _, name = row["file"].rpartition("/")
            table = name.removesuffix(".csv")
            if folder.endswith("figures") and table in FIGURE_TABLES:
                audit[(table, row["metric"].strip(), row["old_url"].strip())] = row
    return SourceRules(
        domains={
            str(r["publisher_id"]): split_list(r["domains"]) for r in publishers.to_dict("records")
        },
        blocked=tuple(str(h) for h in blocked["host"]),
        audit=audit,
    )


def publisher_of(source: str) -> str:
    """The publisher id of a source text (see PUBLISHER_RULES)."""
    for pattern, publisher in PUBLISHER_RULES:
        if re.search(pattern, source):
            return publisher
    raise ValueError(f"no publisher for source {source!r}: add a PUBLISHER_RULES entry")


def audited_source(new_url: str) -> tuple[str, str]:
    """The audit's ``new_url`` cell as (publisher page URL or "", remark for the note).

    ``https://x (exact URL not found)`` keeps the publisher's site with a remark; a URL
    "from memory" is unverified, so only its site is kept; text without a URL ("keep old_url",
    "(no Liepin-hosted page found)") means no publisher page is known.
    """
    match = re.match(r"(https?://\S+)\s*(?:\((.*)\))?\s*$", new_url.strip())
    if not match:
        return "", "publisher's page not found"
    url, remark = match.group(1), (match.group(2) or "").strip()
    if "from memory" in remark:
        parts = re.match(r"(https?://[^/]+/)", url)
        return (parts.group(1) if parts else url), "publisher's exact page not verified"
    if "not found" in remark:
        return url, "publisher's exact page not found"
    return url, ""


def place_urls(
    publisher: str, source_url: str, candidate: str, rules: SourceRules
) -> tuple[str, str]:
    """(source_url, via_url): a URL on the publisher's domains is its page, any other is where
    the number was read (never a content-farm host, which is dropped)."""
    domains = rules.domains.get(publisher)
    if domains is None:
        raise ValueError(f"publisher {publisher!r} is not in data/publishers.csv")
    via = ""
    if candidate and url_on_domains(candidate, domains):
        source_url = source_url or candidate
    elif candidate and not any(host_matches(url_host(candidate), h) for h in rules.blocked):
        via = candidate
    if source_url == via:
        via = ""
    return source_url, via


def corrected_rows(table: str, src_rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The shared rows with CORRECTIONS applied (each correction must match exactly one row)."""
    keys = [(table, r["metric"].strip(), r["year"].strip()) for r in src_rows]
    for key in CORRECTIONS:
        if key[0] == table and keys.count(key) > 1:
            raise SystemExit(f"correction {key} matches {keys.count(key)} rows, not 1")
    out = []
    for key, row in zip(keys, src_rows, strict=True):
        for change in CORRECTIONS.get(key, [{}]):
            out.append(
                {**row, **change, "_original_url": row["url"].strip(), "_changed": set(change)}
            )
    return out


def build_rows(
    table: str, src_rows: list[dict[str, str]], rules: SourceRules
) -> list[dict[str, str]]:
    """Turn the shared rows of one table into rows of the app's figure schema, with the audit's
    URLs and grades and the corrections applied; stop on a row that breaks the source rule."""
    out: list[dict[str, str]] = []
    used_audit = {  # a dropped row has used its audit row too
        (table, r["metric"].strip(), r["url"].strip())
        for r in src_rows
        if CORRECTIONS.get((table, r["metric"].strip(), r["year"].strip())) == []
    }
    for i, row in enumerate(corrected_rows(table, src_rows), start=1):
        where = f"{table}.csv row {i}"
        metric = row["metric"].strip()
        if metric not in LABELS:
            raise SystemExit(f"{where}: metric {metric!r} has no label in LABELS")
        try:
            low, high, bound = parse_value_raw(row["value"])
            start = year_start(row["year"])
            publisher = publisher_of(row["source"])
        except ValueError as exc:
            raise SystemExit(f"{where}: {exc}") from None
        note = row["note"].strip()
        confidence = row["confidence"].strip()
        source_url = ""
        audit_key = (table, metric, row["_original_url"])
        audit = rules.audit.get(audit_key)
        if audit is not None:
            used_audit.add(audit_key)
            source_url, remark = audited_source(audit["new_url"])
            confidence = audit["new_confidence"].strip()
            if remark:
                note = f"{note}; {remark}" if note else remark
        if "confidence" in row["_changed"]:
            confidence = row["confidence"].strip()
        candidate = row["url"].strip()
        if audit is not None and confidence == "high" and "url" not in row["_changed"]:
            candidate = ""  # the audit read the number on the publisher's page: no copy needed
        try:
            source_url, via_url = place_urls(publisher, source_url, candidate, rules)
        except ValueError as exc:
            raise SystemExit(f"{where}: {exc}") from None
        if "via_url" in row["_changed"]:
            via_url = row["via_url"]
        if not source_url and not via_url:
            raise SystemExit(f"{where}: no publisher page and no trustworthy copy")
        if confidence == "high" and (not source_url or via_url):
            raise SystemExit(f"{where}: high, but not read on the publisher's page")
        label_zh, label_en = LABELS[metric]
        out.append(
            {
                "metric": metric,
                "label_zh": label_zh,
                "label_en": label_en,
                "value_raw": row["value"].strip(),
                "value_low": _number(low),
                "value_high": _number(high),
                "bound": bound,
                "unit": row["unit"].strip(),
                "year": row["year"].strip(),
                "year_start": str(start),
                "is_forecast": "true" if is_forecast(note, row["source"], start) else "false",
                "geo": row["geo"].strip(),
                "source": row["source"].strip(),
                "publisher": publisher,
                "source_url": source_url,
                "via_url": via_url,
                "confidence": confidence,
                "note": note,
                "series": series_of(row["source"]),
                "domain": DOMAINS.get(metric, ""),
            }
        )
    missing = [k for k in rules.audit if k[0] == table and k not in used_audit]
    if missing:
        raise SystemExit(f"audit rows not applied (no matching row): {missing}")
    return out


def read_source(path: Path) -> list[dict[str, str]]:
    """Read one shared CSV, checking its header."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in INPUT_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise SystemExit(f"{path}: missing columns {missing}")
        return [{k: (v or "") for k, v in r.items()} for r in reader]


def render(table: str, rows: list[dict[str, str]]) -> str:
    """The CSV text of a table, columns in schema order, LF line ends."""
    columns = SCHEMAS[table].column_names
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def build(src: Path, out: Path) -> list[Path]:
    """Build every figure table from ``src`` into ``out``; return the written paths."""
    written = []
    out.mkdir(parents=True, exist_ok=True)
    rules = load_rules(src)
    sources = {table: read_source(src / f"{table}.csv") for table in FIGURE_TABLES}
    for table, metric, year in CORRECTIONS:
        if not any(r["metric"] == metric and r["year"] == year for r in sources[table]):
            raise SystemExit(f"correction {(table, metric, year)} matches no row")
    for table in FIGURE_TABLES:
        rows = build_rows(table, sources[table], rules)
        path = out / SCHEMAS[table].filename
        path.write_text(render(table, rows), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--src", type=Path, default=DEFAULT_SRC, help="shared figures folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (data/)")
    args = parser.parse_args(argv)
    if not args.src.is_dir():
        print(f"source folder {args.src} not found", file=sys.stderr)
        return 2
    for path in build(args.src, args.out):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
