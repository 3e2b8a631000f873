"""scripts/build_figures.py: parsing rules, determinism, and committed tables up to date."""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

import pytest

from aigc_dash.career.data import FIGURE_TABLES, read_table
from tests.helpers import ROOT

_spec = importlib.util.spec_from_file_location("build_figures", ROOT / "scripts/build_figures.py")
bf = importlib.util.module_from_spec(_spec)
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


def _row(**kw):
    base = dict(
        metric="genai_spending",
        value="16",
        unit="USD bn",
        year="2023",
        geo="Global",
        source="IDC (Oct 2023)",
        url="https://example.org",
        confidence="high",
        note="",
    )
    return {**base, **kw}


def test_build_rows_parses_bounds_without_bare_numbers():
    rows = bf.build_rows(
        "market_size",
        [_row(value="2600-4400"), _row(value=">10000", year="2030"), _row(value="33.9")],
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
        bf.build_rows("market_size", [_row(metric="made_up_metric")])
    with pytest.raises(SystemExit, match="row 1"):
        bf.build_rows("market_size", [_row(value="about 16")])


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


@needs_shared
def test_no_number_is_invented(tmp_path):
    bf.build(SHARED, tmp_path)
    for name in FIGURE_TABLES:
        with (SHARED / f"{name}.csv").open(encoding="utf-8") as fh:
            src = list(csv.DictReader(fh))
        out = read_table(name, tmp_path)
        assert len(out) == len(src)
        for s, o in zip(src, out.to_dict("records"), strict=True):
            assert o["value_raw"] == s["value"].strip()
            assert (o["source"], o["url"], o["confidence"]) == (
                s["source"].strip(),
                s["url"].strip(),
                s["confidence"].strip(),
            )
            numbers = {float(x) for x in re.findall(r"\d+(?:\.\d+)?", s["value"])}
            assert o["value_low"] in numbers
            if o["bound"] != "lower_bound":
                assert o["value_high"] in numbers


def test_cli_reports_a_missing_source_folder(tmp_path, capsys):
    assert bf.main(["--src", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 2
    assert not (tmp_path / "out").exists()
    assert "not found" in capsys.readouterr().err


@needs_shared
def test_written_files_use_schema_column_order(tmp_path):
    bf.main(["--src", str(SHARED), "--out", str(tmp_path)])
    header = Path(tmp_path / "adoption.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == list(read_table("adoption", tmp_path).columns)
