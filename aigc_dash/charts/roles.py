"""Charts of the Roles page: skills radar, fault-tolerance scale, salaries, demand figures.

Pure plotly: every function takes plain data and already-translated labels and returns a
``go.Figure``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from aigc_dash.career.roles import format_figure

PALETTE = ("#4C78A8", "#F58518", "#54A24B", "#E45756", "#72B7B2", "#B279A2")
# Colour of each fault-tolerance level: red (little room for error) to green (much room).
LEVEL_COLOURS = {1: "#C0392B", 2: "#E67E22", 3: "#F1C40F", 4: "#7DBE5B", 5: "#27AE60"}
BOUND_STYLE = {  # how each kind of published figure is drawn
    "exact": {"color": "#4C78A8", "pattern": ""},
    "range": {"color": "#72B7B2", "pattern": ""},
    "lower_bound": {"color": "#F58518", "pattern": "/"},
}


def skills_radar(
    profiles: Sequence[tuple[str, Sequence[float]]],
    axis_labels: Sequence[str],
    title: str = "",
) -> go.Figure:
    """One closed polar trace per ``(name, levels)``; the radial axis is fixed to 0-10."""
    fig = go.Figure()
    labels = list(axis_labels)
    for i, (name, values) in enumerate(profiles):
        vals = [float(v) for v in values]
        if len(vals) != len(labels):
            raise ValueError(f"{name}: {len(vals)} values for {len(labels)} axes")
        fig.add_trace(
            go.Scatterpolar(
                r=[*vals, vals[0]],  # repeat the first point to close the shape
                theta=[*labels, labels[0]],
                name=name,
                fill="toself",
                opacity=0.55,
                line={"color": PALETTE[i % len(PALETTE)]},
                hovertemplate="%{theta}: %{r:.0f}/10<extra>" + name + "</extra>",
            )
        )
    fig.update_layout(
        title=title or None,
        polar={"radialaxis": {"range": [0, 10], "dtick": 2}},
        showlegend=True,
        legend={"orientation": "h", "y": -0.1},
        margin={"l": 40, "r": 40, "t": 60 if title else 30, "b": 40},
    )
    return fig


def fault_tolerance_scale(
    rows: pd.DataFrame,
    level_labels: Mapping[int, str],
    title: str = "",
    axis_title: str = "",
) -> go.Figure:
    """Every role placed on the 1-5 scale (columns ``name``, ``fault_tolerance``, ``reason``).

    The scale runs bottom (1) to top (5); roles sharing a level sit side by side with their
    names to the right (shortest first), one trace per level (hover shows the reason).
    """
    fig = go.Figure()
    max_row = 1
    for level in range(1, 6):
        at_level = rows[rows["fault_tolerance"] == level]
        if at_level.empty:
            continue
        # Longest name last: it has the free space to its right and overlaps nothing.
        at_level = at_level.iloc[at_level["name"].str.len().argsort(kind="stable")]
        max_row = max(max_row, len(at_level))
        fig.add_trace(
            go.Scatter(
                x=list(range(len(at_level))),
                y=[level] * len(at_level),
                mode="markers+text",
                text=at_level["name"].tolist(),
                textposition="middle right",
                customdata=at_level["reason"].tolist(),
                hovertemplate="<b>%{text}</b><br>%{customdata}<extra></extra>",
                marker={"size": 16, "color": LEVEL_COLOURS[level], "line": {"width": 1}},
                name=f"{level} · {level_labels.get(level, '')}",
                showlegend=False,
            )
        )
    fig.update_layout(
        title=title or None,
        yaxis={
            "range": [0.5, 5.5],
            "tickvals": list(range(1, 6)),
            "ticktext": [f"{lv} · {level_labels.get(lv, '')}" for lv in range(1, 6)],
            "title": axis_title or None,
            "showgrid": True,
            "zeroline": False,
        },
        # Room for the names to the right of the last marker of a level.
        xaxis={"visible": False, "range": [-0.3, max(max_row, 4) - 0.1]},
        height=360,
        margin={"l": 20, "r": 20, "t": 50 if title else 20, "b": 20},
    )
    return fig


def salary_quartiles(
    rows: pd.DataFrame,
    level_names: Mapping[str, str],
    name: str = "",
    title: str = "",
    y_title: str = "USD",
    n_label: str = "n",
) -> go.Figure:
    """Boxes built from published quartiles (``p25_usd``, ``median_usd``, ``p75_usd``) by level.

    Only the quartiles exist (no min/max), so the whiskers are drawn at the quartiles; each
    box is labelled with its level and its count ``n``.
    """
    x = [
        f"{level_names.get(r['experience_level'], r['experience_level'])} · {r['work_year']}"
        f"<br>{n_label}={int(r['n'])}"
        for r in rows.to_dict("records")
    ]
    fig = go.Figure(
        go.Box(
            x=x,
            q1=rows["p25_usd"].tolist(),
            median=rows["median_usd"].tolist(),
            q3=rows["p75_usd"].tolist(),
            lowerfence=rows["p25_usd"].tolist(),
            upperfence=rows["p75_usd"].tolist(),
            name=name or "salary",
            marker={"color": PALETTE[0]},
            boxpoints=False,
            customdata=rows["n"].tolist(),
        )
    )
    fig.update_layout(
        title=title or None,
        yaxis={"title": y_title, "tickformat": ",.0f", "rangemode": "tozero"},
        showlegend=False,
        margin={"l": 60, "r": 20, "t": 50 if title else 20, "b": 60},
    )
    return fig


_LEGEND_BELOW = {"orientation": "h", "yref": "container", "y": 0.0, "yanchor": "bottom"}


def _high(row: Mapping[Any, object]) -> float:
    high = row.get("value_high")
    return float(high) if high is not None and high == high else 0.0  # type: ignore[arg-type]


def _bar(row: Mapping[Any, object], label: str, bound_names: Mapping[str, str]) -> go.Bar:
    bound = str(row["bound"])
    style = BOUND_STYLE.get(bound, BOUND_STYLE["exact"])
    low = float(row["value_low"])  # type: ignore[arg-type]
    high = row.get("value_high")
    has_high = high is not None and high == high
    text = format_figure(low, float(high) if has_high else None, bound)  # type: ignore[arg-type]
    error_x = None
    if bound == "range" and has_high:
        # The bar runs to the low end; the error bar reaches the high end.
        error_x = {
            "type": "data",
            "symmetric": False,
            "array": [float(high) - low],  # type: ignore[arg-type]
            "arrayminus": [0],
        }
    if bound == "lower_bound":
        text = f"{text} ({bound_names.get('lower_bound', 'lower bound')}) →"
    hover = f"<br>{row['hover']}" if row.get("hover") else ""
    return go.Bar(
        x=[low],
        y=[label],
        orientation="h",
        text=[text],
        # A lower bound's text sits past the bar's end, where the unknown rest would be.
        textposition="outside" if bound == "lower_bound" else "auto",
        cliponaxis=False,
        error_x=error_x,
        marker={"color": style["color"], "pattern": {"shape": style["pattern"]}},
        name=bound_names.get(bound, bound),
        legendgroup=bound,
        hovertemplate=f"{label}: {text}{hover}<extra></extra>",
    )


def demand_comparison(
    rows: pd.DataFrame,
    bound_names: Mapping[str, str],
    title: str = "",
    x_title: str = "",
) -> go.Figure:
    """One metric across roles on one axis (columns ``label``, ``value_low``, ``value_high``, ``bound``).

    An optional ``hover`` column adds a line to each bar's hover text. Lower bounds are hatched and marked ">", ranges get an error bar to their high end.
    """
    fig = go.Figure()
    seen: set[str] = set()
    for row in rows.to_dict("records"):
        bar = _bar(row, str(row["label"]), bound_names)
        bar.showlegend = row["bound"] not in seen
        seen.add(str(row["bound"]))
        fig.add_trace(bar)
    top = max([max(float(r["value_low"]), _high(r)) for r in rows.to_dict("records")] or [1.0])
    if (rows["bound"] == "lower_bound").any():
        top *= 1.6  # room for the open end of a lower bound
    fig.update_layout(
        title=title or None,
        barmode="overlay",
        xaxis={"title": x_title or None, "tickformat": ",", "range": [0, top * 1.05]},
        height=140 + 40 * max(1, len(rows)),
        legend=_LEGEND_BELOW,
        margin={"l": 20, "r": 20, "t": 50 if title else 20, "b": 50},
    )
    return fig


def demand_small_multiples(
    rows: pd.DataFrame,
    bound_names: Mapping[str, str],
    title: str = "",
) -> go.Figure:
    """A role's figures, one panel each (units differ), titled "label (unit, year)".

    Columns: ``label``, ``unit``, ``year``, ``value_low``, ``value_high``, ``bound``.
    """
    records = rows.to_dict("records")
    n = max(1, len(records))
    titles = [f"{r['label']} ({r['unit']}, {r['year']})" for r in records] or [""]
    fig = make_subplots(rows=n, cols=1, subplot_titles=titles, vertical_spacing=0.5 / n)
    seen: set[str] = set()
    for i, row in enumerate(records, start=1):
        bar = _bar(row, "", bound_names)
        bar.showlegend = row["bound"] not in seen
        seen.add(str(row["bound"]))
        fig.add_trace(bar, row=i, col=1)
        fig.update_yaxes(showticklabels=False, row=i, col=1)
        top = max(float(row["value_low"]), _high(row))
        if row["bound"] == "lower_bound":
            top *= 1.6  # leave the open end visible: the true value is somewhere beyond
        fig.update_xaxes(range=[0, top * 1.05], tickformat=",", row=i, col=1)
    fig.update_annotations(font_size=12, xanchor="left", x=0)
    fig.update_layout(
        title=title or None,
        height=110 + 110 * n,
        legend=_LEGEND_BELOW,
        margin={"l": 20, "r": 20, "t": 60 if title else 30, "b": 50},
    )
    return fig
