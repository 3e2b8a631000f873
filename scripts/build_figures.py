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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from aigc_dash.career.data import FIGURE_TABLES, SCHEMAS, parse_value_raw  # noqa: E402

DEFAULT_SRC = ROOT.parent / "shared" / "figures"
DEFAULT_OUT = ROOT / "data"
INPUT_COLUMNS = ("metric", "value", "unit", "year", "geo", "source", "url", "confidence", "note")

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
    (r"^IDC.*\(2025\)", "IDC (2025)"),
    (r"^Gartner", "Gartner (Mar 2025)"),
    (r"^McKinsey Global Institute", "McKinsey Global Institute (Jun 2023)"),
    (r"McKinsey|AI Index 20\d\d \(McKinsey", "McKinsey Global Survey on AI"),
    (r"^Stanford AI Index (20\d\d)", r"Stanford AI Index \1"),
    (r"^PwC (20\d\d)", r"PwC Global AI Jobs Barometer \1"),
    (r"^GDC", "GDC State of the Game Industry"),
    (r"^Indeed", "Indeed Hiring Lab"),
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


def build_rows(table: str, src_rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Turn the shared rows of one table into rows of the app's figure schema."""
    out: list[dict[str, str]] = []
    for i, row in enumerate(src_rows, start=1):
        where = f"{table}.csv row {i}"
        metric = row["metric"].strip()
        if metric not in LABELS:
            raise SystemExit(f"{where}: metric {metric!r} has no label in LABELS")
        try:
            low, high, bound = parse_value_raw(row["value"])
            start = year_start(row["year"])
        except ValueError as exc:
            raise SystemExit(f"{where}: {exc}") from None
        note = row["note"].strip()
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
                "url": row["url"].strip(),
                "confidence": row["confidence"].strip(),
                "note": note,
                "series": series_of(row["source"]),
                "domain": DOMAINS.get(metric, ""),
            }
        )
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
    for table in FIGURE_TABLES:
        rows = build_rows(table, read_source(src / f"{table}.csv"))
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
