"""Classroom dashboard charts: summary in, plotly Figure out (no streamlit)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import plotly.graph_objects as go

from aigc_dash.career.matcher import DIMENSIONS, RoleMatrix, dim_label
from aigc_dash.classroom.summary import ClassSummary
from aigc_dash.core.i18n import t

CLASS_COLOR = "#d62728"
ROLE_COLORS = ("#1f77b4", "#2ca02c", "#9467bd")


def _layout(fig: go.Figure, title: str, height: int = 340) -> go.Figure:
    fig.update_layout(title=title, height=height, margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def risk_histogram(summary: ClassSummary, lang: str) -> go.Figure:
    """How the class feels about mistakes: risk appetite, one bar per slider unit."""
    fig = go.Figure(
        go.Histogram(
            x=list(summary.risk),
            xbins={"start": -0.25, "end": 10.25, "size": 1.0},
            marker_color=CLASS_COLOR,
            name=t("classroom_chart_students", lang),
        )
    )
    fig.update_xaxes(range=[-0.5, 10.5], title=t("matcher_dim_risk", lang))
    fig.update_yaxes(title=t("classroom_chart_students", lang), dtick=1)
    return _layout(fig, t("classroom_chart_risk", lang))


def class_radar(
    summary: ClassSummary,
    roles: RoleMatrix,
    names: Mapping[str, str],
    lang: str,
    top_n: int = 3,
) -> go.Figure:
    """The class's average profile against the needs of the class's most frequent top roles."""
    skills = list(DIMENSIONS[1:])
    labels = [dim_label(d, lang) for d in skills]
    fig = go.Figure()
    if summary.mean_profile:
        values = [summary.mean_profile[d] for d in skills]
        fig.add_trace(
            go.Scatterpolar(
                r=[*values, values[0]],
                theta=[*labels, labels[0]],
                name=t("classroom_chart_class_avg", lang),
                line={"color": CLASS_COLOR, "width": 3},
            )
        )
    for i, role_id in enumerate(list(summary.top_roles)[:top_n]):
        if role_id not in roles.role_ids:
            continue
        needs = [float(x) for x in roles.needs[roles.index(role_id)]]
        fig.add_trace(
            go.Scatterpolar(
                r=[*needs, needs[0]],
                theta=[*labels, labels[0]],
                name=names.get(role_id, role_id),
                line={"color": ROLE_COLORS[i % len(ROLE_COLORS)], "dash": "dot"},
            )
        )
    fig.update_layout(polar={"radialaxis": {"range": [0, 10]}})
    return _layout(fig, t("classroom_chart_radar", lang), height=420)


def top_roles_bar(summary: ClassSummary, names: Mapping[str, str], lang: str) -> go.Figure:
    """How many students got each role as their best match."""
    items = list(summary.top_roles.items())[::-1]
    fig = go.Figure(
        go.Bar(
            x=[n for _, n in items],
            y=[names.get(r, r) for r, _ in items],
            orientation="h",
            text=[str(n) for _, n in items],
            marker_color=ROLE_COLORS[0],
        )
    )
    fig.update_xaxes(title=t("classroom_chart_students", lang), dtick=1)
    return _layout(fig, t("classroom_chart_top_roles", lang), height=max(260, 40 * len(items) + 90))


def robustness_histogram(shares: Sequence[float], lang: str) -> go.Figure:
    """How stable each student's top match is (share of jittered profiles keeping it)."""
    fig = go.Figure(
        go.Histogram(
            x=[round(100 * s) for s in shares],
            xbins={"start": 0, "end": 100.01, "size": 10},
            marker_color=ROLE_COLORS[1],
        )
    )
    fig.add_vline(x=70, line_dash="dash", annotation_text=t("classroom_chart_robust_line", lang))
    fig.update_xaxes(range=[0, 100], title=t("classroom_chart_robust_x", lang))
    fig.update_yaxes(title=t("classroom_chart_students", lang), dtick=1)
    return _layout(fig, t("classroom_chart_robust", lang))
