"""Every table in data/ validates; malformed tables raise DataError naming file, column and row."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aigc_dash.career import data
from aigc_dash.career.data import FIGURE_TABLES, SCHEMAS, parse_value_raw, read_table
from aigc_dash.core.errors import DataError

DATA = Path(data.DATA_DIR)
CSV_FILES = sorted(p.name for p in DATA.glob("*.csv"))
SCHEMA_BY_FILE = {s.filename: s for s in SCHEMAS.values()}


def test_every_csv_in_data_has_a_schema():
    assert set(FIGURE_TABLES) | {"domains"} <= {p[:-4] for p in CSV_FILES}
    unknown = [f for f in CSV_FILES if f not in SCHEMA_BY_FILE]
    assert unknown == [], f"tables without a TableSchema: {unknown}"


@pytest.mark.parametrize("filename", CSV_FILES)
def test_every_table_validates(filename):
    df = read_table(SCHEMA_BY_FILE[filename].name)
    assert len(df) > 0
    assert list(df.columns) == SCHEMA_BY_FILE[filename].column_names


@pytest.mark.parametrize("name", FIGURE_TABLES)
def test_figure_rows_name_their_source_and_keep_bounds(name):
    df = read_table(name)
    assert df["source"].str.strip().ne("").all()
    for row in df.to_dict("records"):  # the publisher's page, or where the number was read
        urls = [data.cell_text(row["source_url"]), data.cell_text(row["via_url"])]
        assert any(u.startswith(("https://", "http://")) for u in urls), row
    for row in df.to_dict("records"):
        low, high, bound = parse_value_raw(row["value_raw"])
        assert (row["value_low"], row["bound"]) == (low, bound)
        if bound == "lower_bound":
            assert pd.isna(row["value_high"])  # never a bare number
        else:
            assert row["value_high"] == high


def test_figure_domains_exist_and_every_domain_has_sourced_rows():
    domains = set(read_table("domains")["domain_id"])
    used = set()
    for name in FIGURE_TABLES:
        col = read_table(name)["domain"].dropna()
        used |= set(col[col != ""])
    assert used <= domains, used - domains
    assert used == domains, f"domains without a sourced figure: {domains - used}"


def test_low_confidence_rows_are_kept():
    confidences = pd.concat([read_table(n)["confidence"] for n in FIGURE_TABLES])
    assert (confidences == "low").sum() >= 1


def test_domain_lists_are_bilingual_and_name_tools():
    for row in read_table("domains").to_dict("records"):
        zh = data.split_list(row["use_cases_zh"])
        en = data.split_list(row["use_cases_en"])
        assert len(zh) == len(en) >= 3
        assert len(data.split_list(row["example_tools"])) >= 2


# --- the source rule ----------------------------------------------------------------------

SHARED_README = DATA.parent.parent / "shared" / "figures" / "README.md"


def _figure_tables(folder=None):
    return {name: read_table(name, folder) for name in data.FIGURE_ROW_TABLES}


def test_the_source_rule_holds_for_every_figure_row():
    """Publisher known; no content farm; high only on the publisher's own page."""
    problems = data.source_rule_problems(
        _figure_tables(), read_table("publishers"), read_table("blocked_hosts")
    )
    assert problems == []


def test_every_high_row_was_read_on_its_publishers_domain():
    domains = {
        r["publisher_id"]: data.split_list(r["domains"])
        for r in read_table("publishers").to_dict("records")
    }
    highs = 0
    for name, df in _figure_tables().items():
        for row in df[df["confidence"] == "high"].to_dict("records"):
            assert data.url_on_domains(row["source_url"], domains[row["publisher"]]), (name, row)
            assert data.cell_text(row["via_url"]) == "", (name, row["metric"])
            highs += 1
        only_via = df[df["source_url"].isna()]
        assert only_via["confidence"].isin(["medium", "low"]).all(), name
    assert highs >= 20


def test_no_content_farm_host_anywhere_in_data():
    hosts = list(read_table("blocked_hosts")["host"])
    assert len(hosts) >= 17
    for path in sorted(DATA.glob("*.csv")) + sorted(DATA.glob("*.md")):
        if path.name == "blocked_hosts.csv":
            continue
        text = path.read_text(encoding="utf-8").lower()
        found = [h for h in hosts if re.search(rf"[/.@]{re.escape(h)}|//{re.escape(h)}", text)]
        assert found == [], f"{path.name} names content-farm hosts {found}"


@pytest.mark.skipif(not SHARED_README.is_file(), reason="../shared/figures is not present")
def test_blocked_hosts_hold_the_audits_list():
    readme = SHARED_README.read_text(encoding="utf-8")
    listed = readme.split("Known content-farm or imitation hosts (never a source):")[1]
    listed = listed.split("\n\n")[0]
    wanted = {h.strip().rstrip(".") for h in listed.replace("\n", " ").split(",")}
    assert wanted <= set(read_table("blocked_hosts")["host"])


@pytest.mark.parametrize(
    ("url", "domains", "ok"),
    [
        ("https://www.bls.gov/ooh/x.htm", ["bls.gov"], True),
        ("https://survey.stackoverflow.co/2025/ai", ["stackoverflow.co"], True),
        ("https://bls.gov.evil.example/x", ["bls.gov"], False),
        ("https://notbls.gov/x", ["bls.gov"], False),
        (
            "https://github.com/hiring-lab/ai-tracker/blob/main/x.csv",
            ["github.com/hiring-lab"],
            True,
        ),
        ("https://github.com/someone-else/ai-tracker", ["github.com/hiring-lab"], False),
    ],
)
def test_url_on_domains(url, domains, ok):
    assert data.url_on_domains(url, domains) is ok


def test_the_source_rule_catches_each_breach():
    tables = _figure_tables()
    labour = tables["labour_market"].copy()
    high = labour.index[labour["confidence"] == "high"]
    labour.loc[high[0], "source_url"] = "https://blog.example/copy"  # not the publisher's page
    labour.loc[high[1], "via_url"] = "https://news.example/copy"  # high, but read elsewhere
    low = labour.index[labour["confidence"] == "low"]
    labour.loc[low[0], "via_url"] = "https://www.goraka.com/stories/x"  # a content farm
    labour.loc[high[3], "publisher"] = "nobody"
    problems = data.source_rule_problems(
        {"labour_market": labour}, read_table("publishers"), read_table("blocked_hosts")
    )
    assert len(problems) == 4, problems
    assert any("not on" in p for p in problems)
    assert any("read via another page" in p for p in problems)
    assert any("content-farm" in p for p in problems)
    assert any("unknown publisher" in p for p in problems)


# --- parsing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("33.9", (33.9, 33.9, "exact")),
        ("2600-4400", (2600.0, 4400.0, "range")),
        (">10000", (10000.0, None, "lower_bound")),
        ("0.47", (0.47, 0.47, "exact")),
        ("one-third", (100 / 3, 100 / 3, "exact")),  # McKinsey's words, kept as published
    ],
)
def test_parse_value_raw(raw, expected):
    assert parse_value_raw(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "abc", "4400-2600", "12%", "~5", "1e3", "-5", "one-fifth", "two-thirds"]
)
def test_parse_value_raw_rejects(raw):
    with pytest.raises(ValueError):
        parse_value_raw(raw)


@given(
    st.integers(min_value=0, max_value=10**7),
    st.integers(min_value=1, max_value=10**7),
)
def test_parse_range_property(low, gap):
    assert parse_value_raw(f"{low}-{low + gap}") == (float(low), float(low + gap), "range")
    assert parse_value_raw(f">{low}") == (float(low), None, "lower_bound")


# --- malformed tables ---------------------------------------------------------------------


@pytest.fixture
def data_copy(tmp_path):
    """A writable copy of data/ (CSV files only)."""
    for f in CSV_FILES:
        shutil.copy(DATA / f, tmp_path / f)
    return tmp_path


def _edit(folder: Path, filename: str, edit) -> None:
    path = folder / filename
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    df = edit(df)
    df.to_csv(path, index=False)


def _error(name: str, folder: Path) -> DataError:
    with pytest.raises(DataError) as info:
        read_table(name, folder)
    return info.value


def test_missing_column(data_copy):
    _edit(data_copy, "market_size.csv", lambda df: df.drop(columns=["unit"]))
    err = _error("market_size", data_copy)
    assert (err.file, err.column, err.row) == ("market_size.csv", "unit", "-")
    assert "missing" in err.problem and "market_size.csv" in str(err)


def test_bad_value_names_column_and_row(data_copy):
    def edit(df):
        df.loc[2, "confidence"] = "certain"
        return df

    _edit(data_copy, "adoption.csv", edit)
    err = _error("adoption", data_copy)
    assert (err.file, err.column, err.row) == ("adoption.csv", "confidence", 3)


def test_non_numeric_value(data_copy):
    def edit(df):
        df.loc[0, "value_low"] = "forty"
        return df

    _edit(data_copy, "investment.csv", edit)
    err = _error("investment", data_copy)
    assert (err.column, err.row) == ("value_low", 1)


@pytest.mark.parametrize(
    ("change", "column"),
    [
        # an exact value whose high differs from its low
        ({"value_high": "999"}, "value_high"),
        # a range whose high is not above its low
        ({"bound": "range", "value_high": "1"}, "value_high"),
        # a lower bound that carries a high end (would become a bare number)
        ({"bound": "lower_bound"}, "value_high"),
        # bound disagrees with the published text
        ({"bound": "lower_bound", "value_high": ""}, "bound"),
        # parsed numbers disagree with the published text
        ({"value_low": "41", "value_high": "41"}, "value_low"),
        ({"value_raw": "about 40"}, "value_raw"),
    ],
)
def test_bad_bounds(data_copy, change, column):
    def edit(df):
        row = df.index[df["value_raw"] == "40"][0]  # market_size row 1: exact 40
        for key, value in change.items():
            df.loc[row, key] = value
        return df

    _edit(data_copy, "market_size.csv", edit)
    err = _error("market_size", data_copy)
    assert (err.file, err.column, err.row) == ("market_size.csv", column, 1)


@pytest.mark.parametrize(
    ("change", "column"),
    [
        ({"source_url": "", "via_url": ""}, "source_url"),  # no link at all
        ({"source_url": "", "via_url": "https://news.example/x"}, "confidence"),  # via only
        ({"via_url": "https://news.example/x"}, "confidence"),  # high, read elsewhere
    ],
)
def test_a_high_row_needs_the_publishers_page(data_copy, change, column):
    def edit(df):
        row = df.index[df["confidence"] == "high"][0]
        for key, value in change.items():
            df.loc[row, key] = value
        return df

    _edit(data_copy, "investment.csv", edit)
    err = _error("investment", data_copy)
    assert (err.file, err.column) == ("investment.csv", column)


def test_a_publisher_home_page_is_on_its_domains(data_copy):
    def edit(df):
        df.loc[0, "home_url"] = "https://elsewhere.example/"
        return df

    _edit(data_copy, "publishers.csv", edit)
    err = _error("publishers", data_copy)
    assert (err.column, err.row) == ("home_url", 1)


def test_missing_file(data_copy):
    (data_copy / "labour_market.csv").unlink()
    err = _error("labour_market", data_copy)
    assert (err.file, err.column, err.row) == ("labour_market.csv", "-", "-")
    assert "not found" in err.problem


def test_domain_use_case_counts_must_match(data_copy):
    def edit(df):
        df.loc[1, "use_cases_zh"] = "只有一个"
        return df

    _edit(data_copy, "domains.csv", edit)
    err = _error("domains", data_copy)
    assert (err.file, err.column, err.row) == ("domains.csv", "use_cases_zh", 2)


def test_env_var_points_the_data_layer_elsewhere(data_copy, monkeypatch):
    _edit(data_copy, "market_size.csv", lambda df: df.drop(columns=["geo"]))
    monkeypatch.setenv(data.DATA_DIR_ENV, str(data_copy))
    assert data.resolve_data_dir() == data_copy
    with pytest.raises(DataError) as info:
        read_table("market_size")
    assert info.value.column == "geo"
    monkeypatch.delenv(data.DATA_DIR_ENV)
    assert data.resolve_data_dir() == DATA
    assert len(read_table("market_size")) > 0


def test_readme_documents_every_table_and_column():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for filename in CSV_FILES:
        schema = SCHEMA_BY_FILE[filename]
        assert f"`{filename}`" in readme, f"data/README.md does not list {filename}"
        headings = [line for line in readme.splitlines() if line.startswith("## ")]
        assert any(schema.name in h for h in headings), f"no section for {filename}"
        missing = [c for c in schema.column_names if f"`{c}`" not in readme]
        assert missing == [], f"data/README.md lacks {filename} columns {missing}"
