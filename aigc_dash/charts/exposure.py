"""Charts of the AI-exposure evidence (pure plotly): roles against all occupations.

Percentiles, never 0-1 gauges: the Microsoft scores are low in absolute terms (max 0.49),
so a gauge would make every role look untouched.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from aigc_dash.career.exposure import RoleExposure, format_percentile
from aigc_dash.core.i18n import t

# Fault-tolerance level colours, as on the Roles page's scale (red: little room for error).
LEVEL_COLOURS = {1: "#C0392B", 2: "#E67E22", 3: "#F1C40F", 4: "#7DBE5B", 5: "#27AE60"}
CONTEXT_COLOUR = "#B0B7C3"
HEADLINE_COLOUR = "#4C78A8"
MAPPING_STYLE = {  # bar colour and hatch of each kind of occupation code
    "primary": ("#4C78A8", ""),
    "secondary": ("#9ECAE9", ""),
    "proxy": ("#F58518", "/"),
}
TICKS = (0, 25, 50, 75, 90, 100)
GOLDEN = 0.6180339887


def _offsets(n: int, width: float = 0.6) -> list[float]:
    """Spread ``n`` points of one fault-tolerance level across ``width`` around it."""
    if n <= 1:
        return [0.0]
    return list(np.linspace(-width / 2, width / 2, n))


def _tick_text(sorted_scores: np.ndarray) -> list[str]:
    """Percentile ticks labelled with the score there: "50 (0.15)"."""
    return [
        f"{p} ({np.percentile(sorted_scores, p):.2f})" if len(sorted_scores) else str(p)
        for p in TICKS
    ]


def fault_tolerance_vs_applicability(
    summary: pd.DataFrame, occupations: pd.DataFrame, lang: str
) -> go.Figure:
    """All roles: fault tolerance (x) against applicability percentile (y), range as a line.

    ``summary``: :func:`aigc_dash.career.exposure.summary_rows`; ``occupations``:
    :func:`aigc_dash.career.exposure.distribution` (drawn as a context strip on the left, its
    y ticks naming the score at each percentile).
    """
    fig = make_subplots(
        rows=1,
        cols=2,
        shared_yaxes=True,
        column_widths=[0.18, 0.82],
        horizontal_spacing=0.02,
    )
    n = len(occupations)
    jitter = [((i * GOLDEN) % 1.0) - 0.5 for i in range(n)]
    fig.add_trace(
        go.Scatter(
            x=jitter,
            y=occupations["percentile"],
            mode="markers",
            marker={"size": 4, "color": CONTEXT_COLOUR, "opacity": 0.7},
            customdata=[
                [title, float(score)]
                for title, score in zip(
                    occupations["title"], occupations["ai_applicability_score"], strict=True
                )
            ],
            hovertemplate="%{customdata[0]}<br>%{y:.1f} · "
            + t("exposure_chart_hover_score", lang)
            + " %{customdata[1]:.3f}<extra></extra>",
            name=t("exposure_chart_all", lang),
        ),
        row=1,
        col=1,
    )
    rows = summary.dropna(subset=["fault_tolerance"]).copy()
    rows["x"] = rows["fault_tolerance"].astype(float)
    rows["textposition"] = "top center"
    for _level, group in rows.groupby("fault_tolerance", sort=True):
        rows.loc[group.index, "x"] += _offsets(len(group))
        # Neighbours of one level alternate their labels above and below, so they don't collide.
        rows.loc[group.index[1::2], "textposition"] = "bottom center"
    for r in rows.to_dict("records"):
        fig.add_trace(
            go.Scatter(
                x=[r["x"], r["x"]],
                y=[r["low"], r["high"]],
                mode="lines",
                line={"color": "#888888", "width": 2},
                hoverinfo="skip",
                showlegend=False,
            ),
            row=1,
            col=2,
        )
    fig.add_trace(
        go.Scatter(
            x=rows["x"],
            y=rows["percentile"],
            mode="markers+text",
            text=rows["name"],
            textposition=list(rows["textposition"]),
            textfont={"size": 11},
            marker={
                "size": 13,
                "color": [LEVEL_COLOURS.get(int(v), "#888888") for v in rows["fault_tolerance"]],
                "line": {"color": "#333333", "width": 1},
            },
            customdata=[
                [float(r["low"]), float(r["high"]), float(r["beta_human"]), r["soc"]]
                for r in rows.to_dict("records")
            ],
            hovertemplate="<b>%{text}</b><br>%{y:.1f} (%{customdata[0]:.1f}–%{customdata[1]:.1f})"
            "<br>β %{customdata[2]:.2f}<br>%{customdata[3]}<extra></extra>",
            name=t("exposure_chart_roles", lang),
        ),
        row=1,
        col=2,
    )
    fig.add_hline(y=50, line={"color": "#999999", "dash": "dot", "width": 1})
    fig.add_annotation(
        x=5.55,
        y=50,
        xref="x2",
        yref="y2",
        text=t("exposure_chart_median", lang),
        showarrow=False,
        xanchor="right",
        yanchor="top",
        font={"size": 10, "color": "#777777"},
    )
    scores = np.sort(occupations["ai_applicability_score"].to_numpy(dtype=float))
    fig.update_yaxes(
        range=[-2, 108],
        tickvals=list(TICKS),
        ticktext=_tick_text(scores),
        title=t("exposure_chart_y", lang),
        row=1,
        col=1,
    )
    fig.update_xaxes(showticklabels=False, title=t("exposure_chart_all", lang), row=1, col=1)
    fig.update_xaxes(
        range=[0.5, 5.6], tickvals=[1, 2, 3, 4, 5], title=t("exposure_chart_x", lang), row=1, col=2
    )
    fig.update_layout(
        title=t("exposure_chart_title", lang),
        height=560,
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        legend={"orientation": "h", "y": -0.15},
    )
    return fig


def occupation_bars(role: RoleExposure, name: str, lang: str) -> go.Figure:
    """One role: a percentile bar per occupation code (proxies hatched) and its headline."""
    labels = [t("exposure_bars_headline", lang)]
    values = [role.percentile]
    colours = [HEADLINE_COLOUR]
    patterns = [""]
    hover = [f"{role.score:.3f}"]
    for o in role.occupations:
        colour, pattern = MAPPING_STYLE.get(o.mapping, ("#888888", ""))
        labels.append(f"{o.soc_code} {o.soc_title} ({t(f'exposure_mapping_{o.mapping}', lang)})")
        values.append(o.percentile)
        colours.append(colour)
        patterns.append(pattern)
        hover.append(f"{o.score:.3f}")
    fig = go.Figure(
        go.Bar(
            x=values[::-1],
            y=labels[::-1],
            orientation="h",
            text=[format_percentile(v) for v in values[::-1]],
            textposition="auto",
            marker={"color": colours[::-1], "pattern": {"shape": patterns[::-1]}},
            customdata=hover[::-1],
            hovertemplate="%{y}<br>%{x:.1f} · "
            + t("exposure_chart_hover_score", lang)
            + " %{customdata}<extra></extra>",
        )
    )
    fig.add_vline(
        x=50,
        line={"color": "#999999", "dash": "dot", "width": 1},
        annotation_text=t("exposure_chart_median", lang),
        annotation_position="bottom right",
    )
    fig.update_xaxes(range=[0, 100], title=t("exposure_bars_x", lang))
    fig.update_layout(
        title=t("exposure_bars_title", lang, name=name),
        height=140 + 45 * len(labels),
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        showlegend=False,
    )
    return fig
