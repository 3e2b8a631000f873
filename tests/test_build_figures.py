"""scripts/build_figures.py: parsing rules, determinism, and committed tables up to date."""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from pathlib import Path

import pytest

from aigc_dash.career.data import FIGURE_TABLES, cell_text, read_table
from tests.helpers import ROOT

_spec = importlib.util.spec_from_file_location("build_figures", ROOT / "scripts/build_figures.py")
bf = importlib.util.module_from_spec(_spec)
sys.modules["build_figures"] = bf  # dataclasses look their module up while the class is made
_spec.loader.exec_module(bf)

SHARED = bf.DEFAULT_SRC
needs_shared = pytest.mark.skipif(
    not (SHARED / "market_size.csv").is_file(), reason="../shared/figures is not present"
)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2024", 2024),
        ("2024 (early)", 2024),
        ("2016-2023", 2016),
        ("2024-12", 2024),
        ("2024 Q1-Q3", 2024),
        ("2026 Jan-Feb", 2026),
        ("2025 report", 2025),
    ],
)
def test_year_start(text, year):
    assert bf.year_start(text) == year


def test_year_start_rejects_text_without_a_year():
    with pytest.raises(ValueError):
        bf.year_start("recent")


@pytest.mark.parametrize(
    ("source", "year"),
    [
        ("Gartner Forecast Alert: GenAI IT Spending 2023-2028 (31 Mar 2025)", 2025),
        ("McKinsey State of AI 2023 (n=1,684)", 2023),
        ("量子位智库 2023中国AIGC产业全景报告", 2023),
        ("CNNIC 55th report", None),
    ],
)
def test_publication_year(source, year):
    assert bf.publication_year(source) == year


@pytest.mark.parametrize(
    ("note", "source", "start", "expected"),
    [
        ("forecast; CAGR 42%", "Bloomberg Intelligence (Jun 2023)", 2023, True),
        ("expected; >6000 AI firms", "CNNIC 57th Statistical Report (Feb 2026)", 2025, True),
        # a later year mentioned in a note does not make the row itself a forecast
        ("22% in 2024; ~40% expected 2026", "IAB 2025 Digital Video Ad Spend", 2025, False),
        ("", "IDC (2025)", 2028, True),  # after publication
        ("", "智研咨询 chyxx", 2022, False),
    ],
)
def test_is_forecast(note, source, start, expected):
    assert bf.is_forecast(note, source, start) is expected


def test_series_keeps_editions_apart():
    assert bf.series_of("Stanford AI Index 2024") != bf.series_of("Stanford AI Index 2025, Economy")
    assert bf.series_of("Stanford AI Index 2025, Economy") == "Stanford AI Index 2025"
    assert bf.series_of("PwC 2025 Global AI Jobs Barometer") != bf.series_of(
        "PwC 2026 Global AI Jobs Barometer"
    )
    assert bf.series_of("IDC (Oct 2023)") == bf.series_of("IDC press release (Oct 2023)")
    assert bf.series_of("IDC (2025)") != bf.series_of("IDC (Oct 2023)")
    assert bf.series_of("Some new source") == "Some new source"


RULES = bf.SourceRules(domains={"idc": ["idc.com"]}, blocked=("farm.example",))


def _row(**kw):
    base = dict(
        metric="ai_it_spending",
        value="16",
        unit="USD bn",
        year="2023",
        geo="Global",
        source="IDC (2025)",
        url="https://www.idc.com/getdoc",
        confidence="high",
        note="",
    )
    return {**base, **kw}


def test_build_rows_parses_bounds_without_bare_numbers():
    rows = bf.build_rows(
        "market_size",
        [_row(value="2600-4400"), _row(value=">10000", year="2030"), _row(value="33.9")],
        RULES,
    )
    assert [(r["value_low"], r["value_high"], r["bound"]) for r in rows] == [
        ("2600", "4400", "range"),
        ("10000", "", "lower_bound"),
        ("33.9", "33.9", "exact"),
    ]
    assert [r["is_forecast"] for r in rows] == ["false", "true", "false"]
    assert rows[0]["label_zh"] and rows[0]["label_en"]


def test_build_rows_refuses_unlabelled_metrics_and_bad_values():
    with pytest.raises(SystemExit, match="no label"):
        bf.build_rows("market_size", [_row(metric="made_up_metric")], RULES)
    with pytest.raises(SystemExit, match="row 1"):
        bf.build_rows("market_size", [_row(value="about 16")], RULES)
    with pytest.raises(SystemExit, match="no publisher"):
        bf.build_rows("market_size", [_row(source="Unknown Consultancy")], RULES)


def test_build_rows_places_urls_by_the_publishers_domains():
    mine, copy = bf.build_rows(
        "market_size",
        [_row(), _row(year="2024", url="https://news.example/idc", confidence="medium")],
        RULES,
    )
    assert (mine["source_url"], mine["via_url"]) == ("https://www.idc.com/getdoc", "")
    assert (copy["source_url"], copy["via_url"]) == ("", "https://news.example/idc")
    assert mine["publisher"] == copy["publisher"] == "idc"


def test_build_rows_refuses_a_high_grade_not_read_on_the_publishers_page():
    with pytest.raises(SystemExit, match="high, but not read"):
        bf.build_rows("market_size", [_row(url="https://news.example/idc")], RULES)
    with pytest.raises(SystemExit, match="no trustworthy copy"):  # a content farm only
        bf.build_rows("market_size", [_row(url="https://farm.example/x", confidence="low")], RULES)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("https://www.mckinsey.com/a", ("https://www.mckinsey.com/a", "")),
        (
            "https://www.iab.com/insights/ (2025 report; exact URL not found)",
            ("https://www.iab.com/insights/", "publisher's exact page not found"),
        ),
        (
            "https://www.idc.com/getdoc.jsp?containerId=x (ID from memory)",
            ("https://www.idc.com/", "publisher's exact page not verified"),
        ),
        ("keep old_url (no Maimai-hosted page found)", ("", "publisher's page not found")),
    ],
)
def test_audited_source(cell, expected):
    assert bf.audited_source(cell) == expected


def test_every_domain_tag_is_a_domain():
    domains = set(read_table("domains")["domain_id"])
    assert set(bf.DOMAINS.values()) <= domains


@needs_shared
def test_build_is_deterministic_and_committed_tables_are_current(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    bf.build(SHARED, first)
    bf.build(SHARED, second)
    for name in FIGURE_TABLES:
        a = (first / f"{name}.csv").read_bytes()
        assert a == (second / f"{name}.csv").read_bytes(), name
        committed = (ROOT / "data" / f"{name}.csv").read_bytes()
        assert a == committed, f"data/{name}.csv is stale: run scripts/build_figures.py"
        read_table(name, first)  # and it validates


def _shared_rows(name):
    with (SHARED / f"{name}.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _audit_rows():
    with (SHARED / bf.AUDIT_FILE).open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["file"].startswith("shared/figures/")]


@needs_shared
def test_no_number_is_invented(tmp_path):
    bf.build(SHARED, tmp_path)
    for name in FIGURE_TABLES:
        published: dict[tuple[str, str], set[str]] = {}
        for s in _shared_rows(name):
            key = (s["metric"], s["year"])
            published.setdefault(key, set()).add(s["value"].strip())
        for (table, metric, year), changes in bf.CORRECTIONS.items():
            if table == name:
                published[(metric, year)] |= {c["value"] for c in changes if "value" in c}
        out = read_table(name, tmp_path)
        for o in out.to_dict("records"):
            assert o["value_raw"] in published[(o["metric"], o["year"])], o
            if o["value_raw"][0].isdigit() or o["value_raw"][0] == ">":
                numbers = {float(x) for x in re.findall(r"\d+(?:\.\d+)?", o["value_raw"])}
                assert o["value_low"] in numbers


@needs_shared
def test_every_audit_row_is_applied(tmp_path):
    bf.build(SHARED, tmp_path)
    tables = {name: read_table(name, tmp_path) for name in FIGURE_TABLES}
    dropped = {(t, m, y) for (t, m, y), changes in bf.CORRECTIONS.items() if changes == []}
    applied = 0
    for a in _audit_rows():
        table = a["file"].rsplit("/", 1)[1].removesuffix(".csv")
        if table not in tables:
            continue  # occupations_bls / role_skills feed the hand-made role_demand
        if (table, a["metric"], a["year"]) in dropped:
            assert a["new_confidence"] == "low"
            continue
        df = tables[table]
        rows = df[(df["metric"] == a["metric"]) & (df["year"] == a["year"])]
        assert not rows.empty, a
        row = rows.iloc[0].to_dict()  # the row itself comes first, then other editions
        assert row["confidence"] == a["new_confidence"], (a["metric"], a["year"])
        assert cell_text(row["source_url"]) == bf.audited_source(a["new_url"])[0]
        assert a["old_url"] != cell_text(row["source_url"])
        applied += 1
    assert applied >= 50


@needs_shared
def test_the_readmes_corrections_are_in_the_tables(tmp_path):
    bf.build(SHARED, tmp_path)
    market, adoption, labour = (
        read_table(n, tmp_path) for n in ("market_size", "adoption", "labour_market")
    )
    mck = adoption[(adoption["metric"] == "org_genai_regular_use") & (adoption["year"] == "2023")]
    assert list(mck["value_raw"]) == ["one-third"]  # as published, not "33"
    indeed = labour[(labour["metric"] == "us_ai_postings_share") & (labour["year"] == "2025-12")]
    assert list(indeed["value_raw"]) == ["4.20-4.33", "4.26-4.41"]
    assert indeed["source"].str.contains(r"release\)$").all()  # each with its release date
    assert indeed["series"].nunique() == 2
    idc = market[(market["metric"] == "genai_spending") & market["source"].str.startswith("IDC")]
    by_year = idc.groupby("year")["series"].nunique()
    assert by_year["2023"] == by_year["2027"] == 2  # Oct 2023 edition and its revision
    assert set(idc[idc["year"] == "2023"]["value_raw"]) == {"16", "19.4"}
    assert all(re.search(r"20\d\d", s) for s in idc["series"])
    bloomberg = market[market["metric"] == "genai_market_revenue"]
    assert bloomberg.set_index("year").loc["2022", "value_raw"] == "40"
    assert bloomberg.set_index("year").loc["2023", "confidence"] == "low"
    reuters = adoption[adoption["metric"] == "news_backend_automation_very_important"].iloc[0]
    assert "'very important'" in reuters["note"] and "36%" in reuters["note"]


def test_cli_reports_a_missing_source_folder(tmp_path, capsys):
    assert bf.main(["--src", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 2
    assert not (tmp_path / "out").exists()
    assert "not found" in capsys.readouterr().err


@needs_shared
def test_written_files_use_schema_column_order(tmp_path):
    bf.main(["--src", str(SHARED), "--out", str(tmp_path)])
    header = Path(tmp_path / "adoption.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == list(read_table("adoption", tmp_path).columns)
