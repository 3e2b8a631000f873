"""Landscape: pure reshaping, chart builders, and the page (AppTest) with its provenance check."""

from __future__ import annotations

import base64
import json
import shutil

import numpy as np
import pandas as pd
import pytest

from aigc_dash.career import data
from aigc_dash.career import landscape as ls
from aigc_dash.career.data import FIGURE_TABLES, read_table
from aigc_dash.charts import landscape as charts
from aigc_dash.core.i18n import t
from tests.helpers import page, run_page

PAGE = "pages/1_Landscape.py"


@pytest.fixture(scope="module")
def tables():
    return {n: read_table(n) for n in FIGURE_TABLES}


def _rows(**cols):
    """A small figure table: defaults plus the given columns (lists of equal length)."""
    n = len(next(iter(cols.values())))
    base = {
        "metric": ["m"] * n,
        "label_zh": ["指标"] * n,
        "label_en": ["Metric"] * n,
        "unit": ["USD bn"] * n,
        "geo": ["Global"] * n,
        "source": ["S"] * n,
        "publisher": ["p"] * n,
        "source_url": ["https://example.org"] * n,
        "via_url": [None] * n,
        "confidence": ["high"] * n,
        "note": [""] * n,
        "series": ["S"] * n,
        "is_forecast": [False] * n,
        "domain": [None] * n,
    }
    base.update(cols)
    df = pd.DataFrame(base)
    if "value_raw" in cols and "value_low" not in cols:
        parsed = [data.parse_value_raw(v) for v in cols["value_raw"]]
        df["value_low"] = [p[0] for p in parsed]
        df["value_high"] = [np.nan if p[1] is None else p[1] for p in parsed]
        df["bound"] = [p[2] for p in parsed]
    if "year" in cols and "year_start" not in cols:
        df["year_start"] = [int(str(y)[:4]) for y in cols["year"]]
    return df


# --- pure helpers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "bound", "shown"),
    [
        ("33.9", "exact", "33.9"),
        ("61764", "exact", "61,764"),
        ("2600-4400", "range", "2,600–4,400"),
        (">10000", "lower_bound", ">10,000"),
        ("2.0", "exact", "2.0"),
    ],
)
def test_format_value_keeps_the_published_form(raw, bound, shown):
    assert ls.format_value({"value_raw": raw, "bound": bound}) == shown


@pytest.mark.parametrize(
    ("geo", "group"),
    [
        ("Global", "global"),
        ("Global (n~65k)", "global"),
        ("US", "us"),
        ("China", "china"),
        ("US vs China+EU+UK", "other"),
        ("51 countries (n=326)", "other"),
    ],
)
def test_geo_group(geo, group):
    assert ls.geo_group(geo) == group


def test_filter_figures(tables):
    market = tables["market_size"]
    china = ls.filter_figures(market, "china")
    assert len(china) > 0 and set(china["geo"]) == {"China"}
    only = ls.filter_figures(market, "all", ["genai_spending"])
    assert set(only["metric"]) == {"genai_spending"}
    assert ls.filter_figures(market, "us", ["genai_spending"]).empty
    assert len(ls.filter_figures(market)) == len(market)


def test_headline_figures_are_sourced_actuals(tables):
    heads = ls.headline_figures(tables, "en")
    assert 3 <= len(heads) <= 4
    for h in heads:
        assert not h.is_forecast
        assert h.source.source_url.startswith("http") and h.source.source
        assert h.source.confidence == "high" and h.source.via_url == ""  # read on its page
    potential = next(h for h in heads if h.metric == "genai_value_potential_total")
    assert potential.value_text == "2,600–4,400"  # a range stays a range
    # a missing table only costs its figures
    fewer = ls.headline_figures({"adoption": tables["adoption"]}, "zh")
    assert {h.table for h in fewer} == {"adoption"}


def test_headline_picks_the_latest_high_confidence_actual():
    df = _rows(
        metric=["x", "x", "x", "x", "x"],
        value_raw=["1", "2", "3", "4", "5"],
        year=["2023", "2024", "2024", "2030", "2025"],
        confidence=["high", "medium", "high", "high", "medium"],
        is_forecast=[False, False, False, True, False],
    )
    (head,) = ls.headline_figures({"t": df}, "en", picks=[("t", "x")])
    assert head.value_text == "3"  # 2025's medium row and 2030's forecast are not headlines
    assert ls.headline_figures({"t": df}, "en", picks=[("t", "nope")]) == []
    only_medium = df.assign(confidence="medium")
    assert ls.headline_figures({"t": only_medium}, "en", picks=[("t", "x")]) == []


def test_confidence_filter_keeps_the_grade_and_better():
    df = _rows(value_raw=["1", "2", "3"], year=["2023"] * 3)
    df["confidence"] = ["high", "medium", "low"]
    assert list(ls.filter_figures(df)["value_raw"]) == ["1", "2", "3"]
    assert list(ls.filter_figures(df, min_confidence="medium")["value_raw"]) == ["1", "2"]
    assert list(ls.filter_figures(df, min_confidence="high")["value_raw"]) == ["1"]
    count = ls.confidence_count({"t": df}, min_confidence="medium")
    assert (count.shown, count.hidden, count.total) == (2, 1, 3)
    assert ls.confidence_count({"t": df}, geo="china").hidden == 0  # counts after other filters


def test_source_markdown_puts_the_publisher_first_then_the_copy():
    both = ls.Source("IDC (Oct 2023)", "https://www.idc.com/", "https://news.example/a", "medium")
    en = ls.source_markdown(both, "en")
    assert en.startswith("[IDC \\(Oct 2023\\)](https://www.idc.com/)")
    assert en.index("idc.com") < en.index("read via [news.example](https://news.example/a)")
    assert en.endswith("(medium confidence)")
    zh = ls.source_markdown(both, "zh")
    assert "转引自 [news.example]" in zh and zh.endswith("(可信度中)")
    via_only = ls.Source("Maimai report", "", "https://news.example/b", "medium")
    text = ls.source_markdown(via_only, "en")
    assert text.startswith("Maimai report (publisher's page not found) · read via [news.example]")
    own = ls.Source("AI Index", "https://hai.stanford.edu/x", "", "high")
    assert "via" not in ls.source_markdown(own, "en")
    assert "转引" not in ls.source_markdown(own, "zh")


def test_domain_tree_has_equal_leaves(tables):
    domains = read_table("domains")
    ids, labels, parents = ls.domain_tree(domains, "zh")
    assert len(ids) == len(set(ids)) == len(labels) == len(parents)
    assert set(parents) - {""} <= set(ids)
    assert len([p for p in parents if p == "root"]) == len(domains)
    fig = charts.domains_treemap(domains, "en").fig
    assert fig.data[0].values is None  # no sizes from unsourced numbers


def test_md_escape_neutralises_markdown():
    text = ls.md_escape("[click](javascript:alert(1)) **bold** <b>")
    assert "[click](" not in text and "**" not in text and "<b>" not in text


# --- chart builders -------------------------------------------------------------------------


def test_timeseries_actuals_and_forecasts_look_different():
    df = _rows(value_raw=["40", "67", "1300"], year=["2022", "2023", "2032"])
    df["is_forecast"] = [False, True, True]
    chart = charts.timeseries_chart(df, "en", "k", "T")
    actual, forecast = chart.fig.data
    assert actual.line.dash == "solid" and actual.marker.symbol == "circle"
    assert forecast.line.dash == "dash"
    # the dashed line starts at the last actual and its forecast markers are hollow
    assert list(forecast.y) == [40, 67, 1300]
    assert list(forecast.marker.symbol) == ["circle", "circle-open", "circle-open"]
    assert chart.sources == [ls.Source("S", "https://example.org", "", "high")]


def test_ranges_are_segments_and_lower_bounds_are_marked():
    df = _rows(value_raw=["2600-4400", ">10000"], year=["2023", "2030"])
    chart = charts.timeseries_chart(df, "en", "k", "T")
    kinds = {tr.meta["kind"]: tr for tr in chart.fig.data}
    assert set(kinds) == {"range", "lower_bound"}
    assert list(kinds["range"].y) == [2600, 4400]
    assert list(kinds["lower_bound"].y) == [10000]
    assert list(kinds["lower_bound"].text) == [">10,000"]
    assert "triangle" in kinds["lower_bound"].marker.symbol
    assert any(t("landscape_caveat_range", "en") == c for c in chart.caveats)
    assert any(t("landscape_caveat_lower_bound", "en") == c for c in chart.caveats)


def test_different_editions_are_never_joined(tables):
    chart = charts.investment_chart(tables["investment"], "en")
    for trace in chart.fig.data:
        if trace.mode and "lines" in trace.mode:
            rows = chart.table[
                (chart.table["metric"] == trace.meta["metric"])
                & (chart.table["series"] == trace.meta["series"])
            ]
            assert rows["series"].nunique() == 1
    genai = [tr for tr in chart.fig.data if tr.meta["metric"] == "genai_private_investment"]
    assert len(genai) == 2 and all(tr.mode == "markers" for tr in genai)
    assert t("landscape_caveat_ai_index", "en") in chart.caveats


def test_category_chart_handles_each_bound(tables):
    chart = charts.value_potential_chart(tables["market_size"], "zh")
    assert all(tr.meta["kind"] == "range" for tr in chart.fig.data)
    assert len(chart.fig.data) == 4
    # the low-confidence row is flagged with its note
    assert any("single secondary" in c for c in chart.caveats)
    forecast = charts.china_investment_forecast_chart(tables["market_size"], "en")
    assert {tr.meta["kind"] for tr in forecast.fig.data} == {"lower_bound"}
    assert all(tr.text[0].startswith(">") for tr in forecast.fig.data)


def test_china_figures_stay_in_cny(tables):
    chart = charts.china_market_chart(tables["market_size"], "en")
    assert set(chart.table["unit"]) == {"CNY 100m (亿元)"}
    plotted = {v for tr in chart.fig.data for v in tr.y}
    published = set(chart.table["value_low"]) | set(chart.table["value_high"].dropna())
    assert plotted <= published
    assert "亿元" in chart.fig.layout.yaxis.title.text


def test_empty_rows_give_an_empty_chart(tables):
    nothing = ls.filter_figures(tables["market_size"], "us")
    assert charts.market_chart(nothing, "en").empty
    assert charts.value_potential_chart(nothing, "en").empty


# --- the page -------------------------------------------------------------------------------


def _numbers(values) -> list:
    """Trace coordinates as a list (plotly may encode arrays as base64 typed arrays)."""
    if values is None:
        return []
    if isinstance(values, dict) and "bdata" in values:
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]).tolist()
    return list(values)


def _chart_specs(at) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def _titles(at) -> list[str]:
    return [spec["layout"].get("title", {}).get("text", "") for spec in _chart_specs(at)]


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _matches(row: dict, value: float, other) -> bool:
    values = {row["value_low"]} | ({row["value_high"]} if pd.notna(row["value_high"]) else set())
    if not any(abs(value - v) < 1e-9 for v in values):
        return False
    if _is_number(other):
        return other == row["year_start"]
    return str(row["year"]) in str(other)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_page_renders(lang):
    at = run_page(PAGE, lang)
    assert not at.exception
    assert at.title[0].value == t("landscape_title", lang)
    assert not at.error
    titles = _titles(at)
    assert t("landscape_chart_market", lang) in titles
    assert t("landscape_chart_china_market", lang) in titles
    assert len(at.get("download_button")) >= len(titles)
    captions = " ".join(c.value for c in at.caption)
    assert "hai.stanford.edu" in captions  # sources are links
    assert t("landscape_caveat_ai_index", lang)[:20] in captions.replace("\\", "")


def test_every_number_shown_comes_from_a_sourced_row(tables):
    rows = [r for df in tables.values() for r in df.to_dict("records")]
    assert all(r["source"] and (r["source_url"] or r["via_url"]) for r in rows)
    texts = {ls.format_value(r) for r in rows}
    at = run_page(PAGE, "en")
    assert not at.exception
    checked = 0
    for spec in _chart_specs(at):
        for trace in spec["data"]:
            xs, ys = _numbers(trace.get("x")), _numbers(trace.get("y"))
            for x, y in zip(xs, ys, strict=True):
                # time series plot the value on y (x: year); bar charts on x (y: a label)
                value, other = (y, x) if _is_number(y) else (x, y)
                assert _is_number(value), (trace.get("name"), x, y)
                assert any(_matches(r, value, other) for r in rows), (trace.get("name"), x, y)
                checked += 1
            for text in trace.get("text") or []:
                if text:
                    assert text in texts, text
    assert checked >= 40
    assert len(at.metric) == 0 or all(m.value.split(" ")[0] in texts for m in at.metric)


def test_geography_filter_changes_the_content():
    at = run_page(PAGE, "en")
    before = _titles(at)
    at.selectbox(key="landscape_geo").set_value("china").run()
    assert not at.exception
    after = _titles(at)
    assert t("landscape_chart_market", "en") in before
    assert t("landscape_chart_market", "en") not in after
    assert t("landscape_chart_china_market", "en") in after
    assert any(t("empty_selection", "en") in i.value for i in at.info)
    for spec in _chart_specs(at):
        for trace in spec["data"]:
            assert "US private" not in trace.get("name", "")


def test_metric_filter_changes_the_content():
    at = run_page(PAGE, "en")
    at.multiselect(key="landscape_metric").set_value(["china_genai_users"]).run()
    assert not at.exception
    titles = _titles(at)
    assert t("landscape_chart_china_users", "en") in titles
    assert t("landscape_chart_investment", "en") not in titles
    assert any("Showing 3 of" in c.value for c in at.caption)


def _all_figures(at):
    return at.dataframe[-1].value  # the page's last table: every figure that passes the filters


def test_minimum_confidence_defaults_to_medium_and_says_how_many_rows_it_hides(tables):
    low = sum(int((df["confidence"] == "low").sum()) for df in tables.values())
    total = sum(len(df) for df in tables.values())
    assert low > 0
    at = run_page(PAGE, "en")
    assert not at.exception
    assert at.selectbox(key="landscape_min_conf").value == "medium"
    hidden = t("landscape_min_conf_hidden", "en", n=low)
    assert any(hidden in c.value for c in at.caption)
    shown = _all_figures(at)
    assert len(shown) == total - low
    grades = set(shown[t("landscape_col_confidence", "en")])
    assert t("landscape_conf_low", "en") not in grades
    # the publisher's page column comes before the "read via" column
    cols = list(shown.columns)
    assert cols.index(t("landscape_col_url", "en")) < cols.index(t("landscape_col_via_url", "en"))
    at.selectbox(key="landscape_min_conf").set_value("low").run()
    assert not at.exception
    assert len(_all_figures(at)) == total
    assert any(t("landscape_min_conf_hidden", "en", n=0) in c.value for c in at.caption)
    assert at.query_params["min_conf"] in ("low", ["low"])
    at.selectbox(key="landscape_min_conf").set_value("high").run()
    highs = _all_figures(at)
    assert set(highs[t("landscape_col_confidence", "en")]) == {t("landscape_conf_high", "en")}
    assert highs[t("landscape_col_via_url", "en")].isna().all()  # read on the publisher's page


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_minimum_confidence_from_a_link_and_a_tampered_one(lang):
    at = run_page(PAGE, lang, min_conf="HIGH")
    assert not at.exception
    assert at.selectbox(key="landscape_min_conf").value == "high"
    captions = " ".join(c.value for c in at.caption)
    assert t("landscape_conf_high", lang) in captions
    assert t("landscape_conf_medium", lang) not in captions.split(t("sources_label", lang))[-1]
    at = run_page(PAGE, lang, min_conf="<b>all</b>")
    assert not at.exception
    assert at.selectbox(key="landscape_min_conf").value == "medium"
    assert any("all" in w.value and "<b>" not in w.value for w in at.warning)


def test_filters_are_shareable_by_link():
    at = run_page(PAGE, "en", geo="china", metric="china_genai_users")
    assert not at.exception
    assert at.selectbox(key="landscape_geo").value == "china"
    assert at.multiselect(key="landscape_metric").value == ["china_genai_users"]
    assert _titles(at)[1:] == [t("landscape_chart_china_users", "en")]
    at.selectbox(key="landscape_geo").set_value("us").run()
    assert at.query_params["geo"] in ("us", ["us"])


def test_tampered_link_values_get_a_notice():
    at = run_page(PAGE, "zh", geo="<script>alert(1)</script>", metric="[x](javascript:1)")
    assert not at.exception
    assert at.selectbox(key="landscape_geo").value == "all"
    assert at.multiselect(key="landscape_metric").value == []
    warnings = " ".join(w.value for w in at.warning)
    assert "script" in warnings and "](javascript" not in warnings


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ("all", None)),
        ("China", ("china", None)),
        (["us"], ("us", None)),
        ("mars", ("all", "mars")),
    ],
)
def test_geo_from_param(raw, expected):
    assert ls.geo_from_param(raw) == expected


def test_metrics_from_params():
    assert ls.metrics_from_params(["a", "zz", "a", "b"], ["a", "b"]) == (["a", "b"], ["zz"])


def test_malformed_table_shows_a_named_error_and_the_rest_still_works(tmp_path, monkeypatch):
    for f in data.DATA_DIR.glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    market = pd.read_csv(tmp_path / "market_size.csv", dtype=str, keep_default_na=False)
    market.drop(columns=["unit"]).to_csv(tmp_path / "market_size.csv", index=False)
    monkeypatch.setenv(data.DATA_DIR_ENV, str(tmp_path))

    at = run_page(PAGE, "zh")
    assert not at.exception
    assert at.error and at.error[0].value == t("error_data_title", "zh")
    details = [c.value for c in at.caption if "market_size.csv" in c.value]
    assert details and "unit" in details[0]
    titles = _titles(at)
    assert t("landscape_chart_investment", "zh") in titles  # other sections still work
    assert t("landscape_chart_market", "zh") not in titles

    home = run_page("Home.py", "en")
    assert not home.exception
    assert home.title[0].value == t("app_name", "en")
    assert home.error  # the broken table is named on Home too
    assert len(home.metric) == 3  # the figures from the other tables are still shown


def test_todays_links_keep_working():
    # Repeated metric keys and a capitalised geography, as shared today.
    at = page(PAGE, "en", geo="China")
    at.query_params["metric"] = ["china_genai_users", "china_genai_users"]
    at.run()
    assert not at.exception and not at.warning
    assert at.selectbox(key="landscape_geo").value == "china"
    assert at.multiselect(key="landscape_metric").value == ["china_genai_users"]
    # Known and unknown metrics together: the known kept, the others named.
    at = page(PAGE, "en")
    at.query_params["metric"] = ["china_genai_users", "nope"]
    at.run()
    assert at.multiselect(key="landscape_metric").value == ["china_genai_users"]
    assert any("nope" in w.value for w in at.warning)
    # The filters follow the widgets into the URL (a repeated key for the metrics).
    at = run_page(PAGE, "en")
    at.multiselect(key="landscape_metric").set_value(["china_genai_users", "genai_spending"]).run()
    assert at.query_params["metric"] == ["china_genai_users", "genai_spending"]
    at.selectbox(key="landscape_geo").set_value("all").run()
    assert "geo" not in at.query_params  # the default is not written


def test_the_filters_survive_a_page_switch():
    at = run_page(PAGE, "en", geo="us")
    at.switch_page("pages/7_Resources.py")
    for key in [k for k in at.query_params if k != "lang"]:
        del at.query_params[key]
    at.run()
    at.switch_page(PAGE)
    at.run()
    assert not at.exception
    assert at.selectbox(key="landscape_geo").value == "us"
