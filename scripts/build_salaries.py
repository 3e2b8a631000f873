"""Build data/salaries.csv from the aijobs.net salary index (CC0 1.0).

Usage::

    python scripts/build_salaries.py [--input PATH] [--output PATH] [--year 2024] [--min-n 5]

The raw index (74,300 rows) is not shipped with the app; this script reads it from
``<repo>/../shared/datasets/aijobs_salaries_2025-01-19.csv`` and writes the small table the
app ships: salary quartiles (p25 / median / p75 of ``salary_in_usd``) per role, experience
level (EN/MI/SE/EX) and year, with the count ``n`` of rows behind each.

Title -> role rules (:data:`TITLE_TO_ROLE`): a row counts for a role only when its
``job_title``, trimmed and compared case-insensitively, is *exactly* one of the listed
titles. Ambiguous titles are left out on purpose: "Software Engineer", "Data Scientist",
"Applied Scientist", "Research Engineer" (any field), "AI Scientist", "Engineer",
"Manager" and a bare "Product Manager" (no AI/ML/data in the title) map to no role.
"AI Engineer" maps to ``ai_app_engineer`` rather than ``algorithm_engineer``: since 2023 the
title mostly means building applications on model APIs (LinkedIn lists its top skills as
LangChain, RAG, PyTorch), which is that role. Roles with no matching titles in the index
(ai_ethics_specialist, content_creator, data_annotator) get no rows, and the app says so.

Caveats (see the dataset's README): about 91 % of the 2024 rows are US employers, and about
half the rows come in adjacent high/low pairs that look like posted salary ranges, so the
quartiles are indicative. Groups with fewer than ``--min-n`` rows are dropped. The output
is deterministic: same input, same bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = REPO.parent / "shared" / "datasets" / "aijobs_salaries_2025-01-19.csv"
DEFAULT_OUTPUT = REPO / "data" / "salaries.csv"
SOURCE = "aijobs.net salary index (2025-01-19)"
URL = "https://aijobs.net/salaries/"
LICENCE = "CC0 1.0"
LEVELS = ("EN", "MI", "SE", "EX")
COLUMNS = [
    "role_id",
    "experience_level",
    "work_year",
    "n",
    "p25_usd",
    "median_usd",
    "p75_usd",
    "titles",
    "source",
    "url",
    "licence",
]

# Exact job titles (case-insensitive) counted for each role; everything else is ignored.
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "algorithm_engineer": (
        "Machine Learning Engineer",
        "Machine Learning Developer",
        "Machine Learning Model Engineer",
        "Algorithm Engineer",
        "Algorithm Developer",
        "Computer Vision Engineer",
        "NLP Engineer",
        "Deep Learning Engineer",
    ),
    "ai_app_engineer": (
        "AI Engineer",
        "AI Developer",
        "AI Software Engineer",
        "AI Programmer",
    ),
    "data_engineer": (
        "Data Engineer",
        "Big Data Engineer",
        "Data Infrastructure Engineer",
        "Data Integration Engineer",
        "Data Pipeline Engineer",
        "Data Platform Engineer",
        "ETL Engineer",
        "ETL Developer",
    ),
    "mlops_engineer": (
        "MLOps Engineer",
        "ML Infrastructure Engineer",
        "Machine Learning Infrastructure Engineer",
        "Machine Learning Platform Engineer",
    ),
    "ai_researcher": (
        "Research Scientist",
        "AI Researcher",
        "AI Research Scientist",
        "AI Research Engineer",
        "Machine Learning Researcher",
        "Machine Learning Research Engineer",
    ),
    "product_manager": (
        "AI Product Manager",
        "Data Product Manager",
        "Machine Learning Product Manager",
        "AI Product Owner",
        "Data Product Owner",
    ),
    "prompt_designer": ("Prompt Engineer",),
}
TITLE_TO_ROLE: dict[str, str] = {
    title.casefold(): role for role, titles in ROLE_TITLES.items() for title in titles
}


def role_for_title(title: object) -> str | None:
    """The role_id a job title counts for, or None (exact, case-insensitive match)."""
    if not isinstance(title, str):
        return None
    return TITLE_TO_ROLE.get(" ".join(title.split()).casefold())


def build(raw: pd.DataFrame, year: int = 2024, min_n: int = 5) -> pd.DataFrame:
    """Aggregate raw index rows into salary quartiles per role, experience level and year."""
    df = raw[["work_year", "experience_level", "job_title", "salary_in_usd"]].copy()
    df["work_year"] = pd.to_numeric(df["work_year"], errors="coerce")
    df["salary_in_usd"] = pd.to_numeric(df["salary_in_usd"], errors="coerce")
    df = df[(df["work_year"] == year) & df["experience_level"].isin(LEVELS)]
    df = df[df["salary_in_usd"] > 0]
    df = df.assign(
        role_id=df["job_title"].map(role_for_title),
        title=df["job_title"].map(lambda s: " ".join(str(s).split())),
    ).dropna(subset=["role_id"])
    rows = []
    for (role_id, level), group in df.groupby(["role_id", "experience_level"], sort=False):
        if len(group) < min_n:
            continue
        pay = group["salary_in_usd"].astype(float)
        counts = group["title"].value_counts()
        # Most frequent first, ties by name, so the text is stable.
        titles = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        rows.append(
            {
                "role_id": role_id,
                "experience_level": level,
                "work_year": int(year),
                "n": len(group),
                "p25_usd": round(float(pay.quantile(0.25))),
                "median_usd": round(float(pay.quantile(0.5))),
                "p75_usd": round(float(pay.quantile(0.75))),
                "titles": "; ".join(f"{title} ({n})" for title, n in titles),
                "source": SOURCE,
                "url": URL,
                "licence": LICENCE,
            }
        )
    out = pd.DataFrame(rows, columns=COLUMNS)
    if out.empty:
        return out
    out["_level"] = out["experience_level"].map(LEVELS.index)
    out = out.sort_values(["role_id", "_level", "work_year"]).drop(columns="_level")
    return out.reset_index(drop=True)


def to_csv_text(table: pd.DataFrame) -> str:
    """The CSV text written to ``data/salaries.csv`` (LF line ends, no index)."""
    return table.to_csv(index=False, lineterminator="\n")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument("--min-n", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.input.is_file():
        print(f"input not found: {args.input}", file=sys.stderr)
        return 1
    raw = pd.read_csv(args.input, dtype=str, keep_default_na=False)
    table = build(raw, year=args.year, min_n=args.min_n)
    args.output.write_text(to_csv_text(table), encoding="utf-8")
    print(f"wrote {len(table)} rows ({int(table['n'].sum())} salaries) to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
