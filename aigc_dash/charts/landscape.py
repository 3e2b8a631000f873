"""Landscape charts (pure plotly). Each builder returns a :class:`Chart`: the figure, the rows
behind it (for download), their sources and the caveats to print under it.

Conventions every builder keeps:
- every plotted number is a published value of a row (``value_low``/``value_high``) and every
  numeric x is that row's ``year_start``; nothing is summed, averaged or converted
  (CNY stays in 亿元);
- actuals are filled markers on solid lines, forecasts hollow markers on dashed lines;
- a range is a segment from its low to its high end; a lower bound is a triangle marked ">";
- a line only joins points of one metric *and* one publication series; the caveats say
  which series were joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from aigc_dash.career.landscape import (
    Source,
    domain_tree,
    format_value,
    low_confidence_caveats,
    sources_of,
    unit_label,
)
from aigc_dash.core.i18n import pick, t

SYMBOLS = ("circle", "square", "diamond", "cross", "star", "hexagon")
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#17becf",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
)

MARKET_METRICS = (
    "genai_market_revenue",
    "genai_spending",
    "ai_it_spending",
    "genai_ai_assisted_digital_ads",
)
VALUE_POTENTIAL_PREFIX = "genai_value_potential_"
ADOPTION_TREND_METRICS = ("org_genai_regular_use", "org_ai_use")
ADOPTION_FUNCTION_METRICS = (
    "genai_use_marketing_sales_function",
    "genai_use_any_function_tech_industry",
    "ai_cost_savings_service_ops",
    "ai_revenue_gain_marketing_sales",
)
CHINA_USERS_METRICS = ("china_genai_users",)
CNY_100M = "CNY 100m (亿元)"
PREMIUM_METRICS = (
    "ai_skill_wage_premium",
    "ai_skill_salary_premium",
    "cn_aigc_skill_premium_machine_vision",
)
POSTINGS_SHARE_METRICS = ("us_ai_postings_share",)


@dataclass
class Chart:
    """A figure with the rows it plots, their sources and the caveats to show with it."""

    key: str  # stable id, used for widget keys and download file names
    title: str
    fig: go.Figure
    table: pd.DataFrame  # the rows behind the figure, as in data/
    sources: list[Source] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)
    editorial: bool = False  # built from editorial text, not from sourced figures

    @property
    def empty(self) -> bool:
        return not self.editorial and self.table.empty


def _ordered(df: pd.DataFrame) -> pd.DataFrame:
    """Rows by first year, ties kept in file order (e.g. "2024 (early)" before "2024")."""
    return df.assign(_pos=range(len(df))).sort_values(["year_start", "_pos"], kind="stable")


def _plain_years(df: pd.DataFrame) -> bool:
    return all(re.fullmatch(r"\d{4}", str(y)) for y in df["year"])


def _hover(row: dict, lang: str) -> str:
    kind = t("landscape_forecast" if row["is_forecast"] else "landscape_actual", lang)
    return (
        f"{pick(row, 'label', lang)}<br>{row['year']}: {format_value(row)} "
        f"{unit_label(str(row['unit']), lang)} ({kind})<br>{row['series']} · "
        f"{t('landscape_conf_' + str(row['confidence']), lang)}"
    )


def _base_caveats(df: pd.DataFrame, lang: str) -> list[str]:
    caveats = []
    if (df["bound"] == "range").any():
        caveats.append(t("landscape_caveat_range", lang))
    if (df["bound"] == "lower_bound").any():
        caveats.append(t("landscape_caveat_lower_bound", lang))
    if df["is_forecast"].any():
        caveats.append(t("landscape_caveat_forecast", lang))
    caveats.extend(low_confidence_caveats(df, lang))
    return caveats


def _empty_chart(key: str, title: str, df: pd.DataFrame) -> Chart:
    return Chart(key, title, go.Figure(), df.iloc[0:0])


def timeseries_chart(
    df: pd.DataFrame, lang: str, key: str, title: str, log_y: bool = False
) -> Chart:
    """Figures over time, one colour per metric, one trace per (metric, series, actual/forecast).

    ``df`` should hold one unit (the y axis). The x axis is the first year when every row's
    period is a plain year, else the published period text in time order.
    """
    if df.empty:
        return _empty_chart(key, title, df)
    df = _ordered(df)
    categorical = not _plain_years(df)
    fig = go.Figure()
    metric_colour: dict[str, str] = {}
    series_symbol: dict[tuple[str, str], str] = {}
    joined: list[str] = []
    editions: dict[str, set[str]] = {}

    def x_of(row: dict) -> object:
        return str(row["year"]) if categorical else int(row["year_start"])

    groups = df.groupby(["metric", "series"], sort=False)
    for (metric, series), grp in groups:
        colour = metric_colour.setdefault(str(metric), PALETTE[len(metric_colour) % len(PALETTE)])
        # One colour per metric, one marker shape per publication series of that metric.
        eds = editions.setdefault(str(metric), set())
        symbol = series_symbol.setdefault(
            (str(metric), str(series)), SYMBOLS[len(eds) % len(SYMBOLS)]
        )
        eds.add(str(series))
        rows = grp.to_dict("records")
        label = pick(rows[0], "label", lang)
        name = f"{label} · {series}"
        exact = [r for r in rows if r["bound"] == "exact"]
        actual = [r for r in exact if not r["is_forecast"]]
        forecast = [r for r in exact if r["is_forecast"]]
        if len(exact) > 1:
            joined.append(name)
        if actual:
            fig.add_trace(
                go.Scatter(
                    x=[x_of(r) for r in actual],
                    y=[r["value_low"] for r in actual],
                    mode="lines+markers" if len(actual) > 1 else "markers",
                    name=f"{name} ({t('landscape_actual', lang)})",
                    legendgroup=name,
                    line={"color": colour, "dash": "solid", "width": 2},
                    marker={"color": colour, "symbol": symbol, "size": 10},
                    hovertext=[_hover(r, lang) for r in actual],
                    hoverinfo="text",
                    meta={"kind": "actual", "metric": metric, "series": series},
                )
            )
        if forecast:
            # The dashed forecast line starts from the series' last actual point, if any.
            points = ([actual[-1]] if actual else []) + forecast
            fig.add_trace(
                go.Scatter(
                    x=[x_of(r) for r in points],
                    y=[r["value_low"] for r in points],
                    mode="lines+markers" if len(points) > 1 else "markers",
                    name=f"{name} ({t('landscape_forecast', lang)})",
                    legendgroup=name,
                    line={"color": colour, "dash": "dash", "width": 2},
                    marker={
                        "color": colour,
                        "size": 10,
                        "symbol": [
                            symbol if not r["is_forecast"] else f"{symbol}-open" for r in points
                        ],
                        "line": {"width": 2, "color": colour},
                    },
                    hovertext=[_hover(r, lang) for r in points],
                    hoverinfo="text",
                    meta={"kind": "forecast", "metric": metric, "series": series},
                )
            )
        for r in rows:
            if r["bound"] == "range":
                fig.add_trace(
                    go.Scatter(
                        x=[x_of(r), x_of(r)],
                        y=[r["value_low"], r["value_high"]],
                        mode="lines+markers",
                        name=f"{name} ({t('landscape_range', lang)})",
                        legendgroup=name,
                        line={
                            "color": colour,
                            "width": 8,
                            "dash": "dot" if r["is_forecast"] else "solid",
                        },
                        marker={"color": colour, "symbol": "line-ew-open", "size": 14},
                        hovertext=[_hover(r, lang)] * 2,
                        hoverinfo="text",
                        meta={"kind": "range", "metric": metric, "series": series},
                    )
                )
            elif r["bound"] == "lower_bound":
                fig.add_trace(
                    go.Scatter(
                        x=[x_of(r)],
                        y=[r["value_low"]],
                        mode="markers+text",
                        text=[format_value(r)],
                        textposition="top center",
                        name=f"{name} ({t('landscape_lower_bound', lang)})",
                        legendgroup=name,
                        marker={
                            "color": colour,
                            "size": 13,
                            "symbol": "triangle-up-open" if r["is_forecast"] else "triangle-up",
                            "line": {"width": 2, "color": colour},
                        },
                        hovertext=[_hover(r, lang)],
                        hoverinfo="text",
                        meta={"kind": "lower_bound", "metric": metric, "series": series},
                    )
                )
    unit = unit_label(str(df["unit"].iloc[0]), lang)
    fig.update_layout(
        title=title,
        yaxis_title=unit,
        xaxis_title=t("landscape_axis_year", lang),
        legend={"orientation": "h", "y": -0.25},
        margin={"t": 60, "b": 10},
        height=480,
    )
    if log_y:
        fig.update_yaxes(type="log")
    if categorical:
        order = list(dict.fromkeys(str(y) for y in df["year"]))
        fig.update_xaxes(type="category", categoryorder="array", categoryarray=order)
    else:
        fig.update_xaxes(dtick=1 if df["year_start"].nunique() < 8 else 2)
    caveats = _base_caveats(df, lang)
    if joined:
        caveats.append(t("landscape_caveat_joined", lang, series="; ".join(joined)))
    split = [m for m, eds in editions.items() if len(eds) > 1]
    if split:
        caveats.append(t("landscape_caveat_not_joined", lang))
    if log_y:
        caveats.append(t("landscape_caveat_log", lang))
    return Chart(key, title, fig, df.drop(columns="_pos"), sources_of(df), caveats)


def category_chart(df: pd.DataFrame, lang: str, key: str, title: str) -> Chart:
    """One horizontal bar per row (exact values); ranges as low-to-high bars drawn as thick
    segments; lower bounds as ">" triangles. Categories name the figure, period and series."""
    if df.empty:
        return _empty_chart(key, title, df)
    rows = df.to_dict("records")
    units = list(dict.fromkeys(unit_label(str(u), lang) for u in df["unit"]))
    mixed = len(units) > 1
    labels = [
        f"{pick(r, 'label', lang)} ({r['year']})"
        + (f" [{unit_label(str(r['unit']), lang)}]" if mixed else "")
        for r in rows
    ]
    if len(set(labels)) < len(labels):
        labels = [f"{lab} · {r['series']}" for lab, r in zip(labels, rows, strict=True)]
    fig = go.Figure()
    exact = [(lab, r) for lab, r in zip(labels, rows, strict=True) if r["bound"] == "exact"]
    for is_fc in (False, True):
        part = [(lab, r) for lab, r in exact if bool(r["is_forecast"]) == is_fc]
        if not part:
            continue
        fig.add_trace(
            go.Bar(
                x=[r["value_low"] for _, r in part],
                y=[lab for lab, _ in part],
                orientation="h",
                name=t("landscape_forecast" if is_fc else "landscape_actual", lang),
                text=[format_value(r) for _, r in part],
                textposition="outside",
                marker={
                    "color": "rgba(31,119,180,0.15)" if is_fc else PALETTE[0],
                    "line": {"color": PALETTE[0], "width": 2},
                    "pattern": {"shape": "/" if is_fc else ""},
                },
                hovertext=[_hover(r, lang) for _, r in part],
                hoverinfo="text",
                meta={"kind": "forecast" if is_fc else "actual"},
            )
        )
    for lab, r in zip(labels, rows, strict=True):
        if r["bound"] == "range":
            fig.add_trace(
                go.Scatter(
                    x=[r["value_low"], r["value_high"]],
                    y=[lab, lab],
                    mode="lines+markers+text",
                    text=["", format_value(r)],
                    textposition="middle right",
                    name=t("landscape_range", lang),
                    legendgroup="range",
                    showlegend=False,
                    line={"color": PALETTE[2], "width": 14},
                    marker={"color": PALETTE[2], "symbol": "line-ns-open", "size": 18},
                    hovertext=[_hover(r, lang)] * 2,
                    hoverinfo="text",
                    meta={"kind": "range"},
                )
            )
        elif r["bound"] == "lower_bound":
            fig.add_trace(
                go.Scatter(
                    x=[r["value_low"]],
                    y=[lab],
                    mode="markers+text",
                    text=[format_value(r)],
                    textposition="middle right",
                    name=t("landscape_lower_bound", lang),
                    legendgroup="lower_bound",
                    showlegend=False,
                    marker={
                        "color": PALETTE[1],
                        "size": 14,
                        "symbol": "triangle-right-open" if r["is_forecast"] else "triangle-right",
                        "line": {"width": 2, "color": PALETTE[1]},
                    },
                    hovertext=[_hover(r, lang)],
                    hoverinfo="text",
                    meta={"kind": "lower_bound"},
                )
            )
    top = max(float(v) for v in df[["value_low", "value_high"]].max().dropna())
    fig.update_layout(
        title=title,
        xaxis_title=t("landscape_axis_mixed", lang) if mixed else units[0],
        xaxis_range=[0, top * 1.18],
        yaxis={"autorange": "reversed", "type": "category"},
        margin={"t": 60, "l": 10, "r": 40},
        height=max(260, 90 + 48 * len(rows)),
        showlegend=len(fig.data) > 1,  # pyright: ignore[reportArgumentType] (plotly: a tuple)
        legend={"orientation": "h", "y": -0.2},
    )
    caveats = _base_caveats(df, lang)
    if mixed:
        caveats.append(t("landscape_caveat_units", lang))
    return Chart(key, title, fig, df.reset_index(drop=True), sources_of(df), caveats)


def _metric_rows(df: pd.DataFrame, metrics: tuple[str, ...]) -> pd.DataFrame:
    return df[df["metric"].isin(metrics)].reset_index(drop=True)


def domains_treemap(domains: pd.DataFrame, lang: str) -> Chart:
    """Domains and their use cases; every tile equal (editorial text, no sizes by numbers)."""
    ids, labels, parents = domain_tree(domains, lang)
    fig = go.Figure(
        go.Treemap(
            ids=ids,
            labels=labels,
            parents=parents,
            branchvalues="remainder",
            hoverinfo="label",
            textinfo="label",
            root={"color": "#f3f3f3"},
        )
    )
    title = t("landscape_chart_domains", lang)
    fig.update_layout(title=title, margin={"t": 50, "l": 0, "r": 0, "b": 0}, height=520)
    return Chart(
        "domains",
        title,
        fig,
        domains.reset_index(drop=True),
        [],
        [t("landscape_caveat_domains_editorial", lang)],
        editorial=True,
    )


def market_chart(market: pd.DataFrame, lang: str) -> Chart:
    """Global market size and spending (USD bn) over time, actuals vs forecasts, by source."""
    rows = _metric_rows(market, MARKET_METRICS)
    chart = timeseries_chart(rows, lang, "market", t("landscape_chart_market", lang), log_y=True)
    if not chart.empty:
        chart.caveats.append(t("landscape_caveat_market_defs", lang))
    return chart


def value_potential_chart(market: pd.DataFrame, lang: str) -> Chart:
    """McKinsey's yearly economic-potential ranges, total and by industry."""
    rows = market[market["metric"].str.startswith(VALUE_POTENTIAL_PREFIX)]
    return category_chart(
        rows.reset_index(drop=True), lang, "value_potential", t("landscape_chart_value", lang)
    )


def investment_chart(investment: pd.DataFrame, lang: str) -> Chart:
    """AI and generative-AI investment (USD bn); AI Index editions kept apart."""
    rows = investment[investment["unit"] == "USD bn"].reset_index(drop=True)
    chart = timeseries_chart(rows, lang, "investment", t("landscape_chart_investment", lang))
    if not chart.empty and rows["series"].str.startswith("Stanford AI Index").any():
        chart.caveats.append(t("landscape_caveat_ai_index", lang))
    return chart


def adoption_trend_chart(adoption: pd.DataFrame, lang: str) -> Chart:
    """Share of organisations using (generative) AI, by survey wave."""
    rows = _metric_rows(adoption, ADOPTION_TREND_METRICS)
    return timeseries_chart(rows, lang, "adoption_trend", t("landscape_chart_adoption", lang))


def adoption_function_chart(adoption: pd.DataFrame, lang: str) -> Chart:
    """Adoption and its effects by business function and industry (McKinsey survey)."""
    rows = _metric_rows(adoption, ADOPTION_FUNCTION_METRICS)
    chart = category_chart(
        rows, lang, "adoption_function", t("landscape_chart_adoption_function", lang)
    )
    if not chart.empty:
        chart.caveats.append(t("landscape_caveat_function_bases", lang))
    return chart


def adoption_domain_chart(adoption: pd.DataFrame, lang: str) -> Chart:
    """Percent figures about single application domains (different surveys, different bases)."""
    domain = adoption["domain"].astype("string").fillna("")
    rows = adoption[(domain != "") & adoption["unit"].str.startswith("%")]
    rows = rows[~rows["metric"].isin(ADOPTION_FUNCTION_METRICS)].reset_index(drop=True)
    chart = category_chart(
        rows, lang, "adoption_domain", t("landscape_chart_adoption_domain", lang)
    )
    if not chart.empty:
        chart.caveats.append(t("landscape_caveat_different_surveys", lang))
    return chart


def china_market_chart(market: pd.DataFrame, lang: str) -> Chart:
    """China's AIGC / AI industry size in CNY 100m (亿元), never converted."""
    rows = market[(market["unit"] == CNY_100M)].reset_index(drop=True)
    chart = timeseries_chart(
        rows, lang, "china_market", t("landscape_chart_china_market", lang), log_y=True
    )
    if not chart.empty:
        chart.caveats.append(t("landscape_caveat_china_defs", lang))
    return chart


def china_users_chart(adoption: pd.DataFrame, lang: str) -> Chart:
    """China's generative-AI users (100m people), CNNIC reports."""
    rows = _metric_rows(adoption, CHINA_USERS_METRICS)
    return timeseries_chart(rows, lang, "china_users", t("landscape_chart_china_users", lang))


def china_money_chart(investment: pd.DataFrame, lang: str) -> Chart:
    """China AI financing (CNY 100m) over different periods, as published."""
    rows = investment[(investment["unit"] == CNY_100M)].reset_index(drop=True)
    chart = category_chart(rows, lang, "china_financing", t("landscape_chart_china_money", lang))
    if not chart.empty:
        chart.caveats.append(t("landscape_caveat_periods", lang))
    return chart


def china_investment_forecast_chart(market: pd.DataFrame, lang: str) -> Chart:
    """IDC's lower-bound forecasts of China's AI investment (USD bn, as published)."""
    geo_cn = market["geo"] == "China"
    rows = market[geo_cn & (market["unit"] == "USD bn")].reset_index(drop=True)
    return category_chart(
        rows, lang, "china_investment", t("landscape_chart_china_investment", lang)
    )


def premium_chart(labour: pd.DataFrame, lang: str) -> Chart:
    """AI-skill wage premiums, one bar per publication (editions never merged)."""
    rows = _metric_rows(labour, PREMIUM_METRICS)
    chart = category_chart(rows, lang, "premium", t("landscape_chart_premium", lang))
    if not chart.empty:
        chart.caveats.append(t("landscape_caveat_pwc", lang))
    return chart


def postings_chart(labour: pd.DataFrame, lang: str) -> Chart:
    """Shares of job postings mentioning AI (each source defines "AI job" its own way)."""
    rows = _metric_rows(labour, POSTINGS_SHARE_METRICS)
    chart = category_chart(rows, lang, "postings", t("landscape_chart_postings", lang))
    if not chart.empty:
        chart.caveats.append(t("landscape_caveat_postings", lang))
    return chart
