"""scripts/build_salaries.py: title rules, aggregation, and that it reproduces data/salaries.csv."""

from __future__ import annotations

import importlib.util

import numpy as np
import pandas as pd
import pytest

from aigc_dash.career import data
from tests.helpers import ROOT

SCRIPT = ROOT / "scripts" / "build_salaries.py"


def _load():
    spec = importlib.util.spec_from_file_location("build_salaries", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bs = _load()


def _rows(title: str, level: str, year: int, pays: list[float]) -> list[dict]:
    return [
        {
            "work_year": str(year),
            "experience_level": level,
            "job_title": title,
            "salary_in_usd": str(pay),
        }
        for pay in pays
    ]


@pytest.mark.parametrize(
    "title, role",
    [
        ("Machine Learning Engineer", "algorithm_engineer"),
        ("  machine   learning ENGINEER ", "algorithm_engineer"),
        ("AI Engineer", "ai_app_engineer"),
        ("Data Engineer", "data_engineer"),
        ("MLOps Engineer", "mlops_engineer"),
        ("Research Scientist", "ai_researcher"),
        ("AI Researcher", "ai_researcher"),
        ("AI Product Manager", "product_manager"),
        ("Prompt Engineer", "prompt_designer"),
        ("Product Manager", None),  # no AI/ML/data in the title
        ("Software Engineer", None),
        ("Data Scientist", None),
        ("Senior Machine Learning Engineer Intern", None),
        ("", None),
        (None, None),
    ],
)
def test_title_rules(title, role):
    assert bs.role_for_title(title) == role


def test_every_rule_targets_a_known_role():
    roles = set(data.read_table("roles")["role_id"])
    assert set(bs.ROLE_TITLES) <= roles


def test_build_aggregates_one_year_and_drops_small_groups():
    pays = [100_000, 120_000, 130_000, 150_000, 200_000, 90_000]
    raw = pd.DataFrame(
        _rows("Machine Learning Engineer", "SE", 2024, pays)
        + _rows("Data Engineer", "MI", 2024, [1, 2, 3, 4])  # n=4 < 5: dropped
        + _rows("Machine Learning Engineer", "SE", 2023, [999_999] * 10)  # other year
        + _rows("Software Engineer", "SE", 2024, [50_000] * 10)  # ambiguous: ignored
        + _rows("Prompt Engineer", "XX", 2024, [1] * 10)  # unknown level: ignored
        + _rows("Prompt Engineer", "EN", 2024, [0] * 10)  # no pay: ignored
    )
    out = bs.build(raw, year=2024, min_n=5)
    assert len(out) == 1
    row = out.iloc[0]
    assert (row["role_id"], row["experience_level"], row["work_year"], row["n"]) == (
        "algorithm_engineer",
        "SE",
        2024,
        6,
    )
    assert row["p25_usd"] == round(np.percentile(pays, 25))
    assert row["median_usd"] == round(np.percentile(pays, 50))
    assert row["p75_usd"] == round(np.percentile(pays, 75))
    assert row["titles"] == "Machine Learning Engineer (6)"
    # Deterministic: the same input gives the same bytes.
    assert bs.to_csv_text(out) == bs.to_csv_text(bs.build(raw.sample(frac=1, random_state=1)))


def test_output_validates_against_the_schema(tmp_path):
    raw = pd.DataFrame(
        _rows("Data Engineer", "EN", 2024, [60_000, 70_000, 80_000, 90_000, 100_000])
        + _rows("AI Engineer", "EX", 2024, [200_000] * 5)
    )
    (tmp_path / "salaries.csv").write_text(bs.to_csv_text(bs.build(raw)), encoding="utf-8")
    table = data.read_table("salaries", tmp_path)
    assert list(table["experience_level"]) == ["EX", "EN"]  # ai_app_engineer sorts first
    assert set(table["source"]) == {bs.SOURCE}


def test_cli_writes_the_table_and_fails_cleanly_without_input(tmp_path, capsys):
    raw = pd.DataFrame(_rows("MLOps Engineer", "MI", 2024, [1, 2, 3, 4, 5]))
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    raw.to_csv(src, index=False)
    assert bs.main(["--input", str(src), "--output", str(dst)]) == 0
    assert pd.read_csv(dst)["role_id"].tolist() == ["mlops_engineer"]
    assert bs.main(["--input", str(tmp_path / "missing.csv"), "--output", str(dst)]) == 1
    assert "input not found" in capsys.readouterr().err


@pytest.mark.skipif(not bs.DEFAULT_INPUT.is_file(), reason="shared salary dataset not available")
def test_script_reproduces_the_committed_file():
    raw = pd.read_csv(bs.DEFAULT_INPUT, dtype=str, keep_default_na=False)
    built = bs.to_csv_text(bs.build(raw))
    committed = (ROOT / "data" / "salaries.csv").read_text(encoding="utf-8")
    assert built == committed


def test_committed_quartiles_are_ordered():
    table = data.read_table("salaries")
    assert (table["p25_usd"] <= table["median_usd"]).all()
    assert (table["median_usd"] <= table["p75_usd"]).all()
    assert (table["n"] >= 5).all()
    assert set(table["work_year"]) == {2024}
