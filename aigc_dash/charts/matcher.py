"""Career-matcher charts: ranked scores, radar, robustness (pure plotly, no streamlit)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import plotly.graph_objects as go

from aigc_dash.career.matcher import (
    DIMENSIONS,
    Profile,
    Robustness,
    RoleMatch,
    RoleMatrix,
    dim_label,
)
from aigc_dash.charts import palette
from aigc_dash.core.i18n import t

# colour-blind safe (Okabe-Ito): the person in vermillion, roles in the other colours, each
# role also with its own line dash; the best match's bar is hatched as well as coloured
PERSON_COLOR = palette.VERMILLION
ROLE_COLORS = tuple(c for c in palette.CATEGORICAL if c != PERSON_COLOR)


def _layout(fig: go.Figure, title: str, height: int = 420) -> go.Figure:
    fig.update_layout(
        title=title, height=height, margin={"l": 10, "r": 10, "t": 50, "b": 10}, showlegend=True
    )
    return fig


def ranked_bar(matches: Sequence[RoleMatch], names: Mapping[str, str], lang: str) -> go.Figure:
    """Horizontal bars of every role's score, best on top."""
    ordered = list(matches)[::-1]  # plotly draws the first bar at the bottom
    fig = go.Figure(
        go.Bar(
            x=[round(m.score, 1) for m in ordered],
            y=[names.get(m.role_id, m.role_id) for m in ordered],
            orientation="h",
            text=[f"{m.score:.0f}" for m in ordered],
            textposition="auto",
            marker={
                "color": [ROLE_COLORS[0] if m.rank > 1 else PERSON_COLOR for m in ordered],
                "pattern": {"shape": ["" if m.rank > 1 else "/" for m in ordered]},
            },
            customdata=[
                [m.risk_points, m.shortfall_points, m.surplus_points, m.role_id] for m in ordered
            ],
            hovertemplate=t("matcher_chart_bar_hover", lang) + "<extra></extra>",
            name=t("matcher_chart_score", lang),
        )
    )
    fig.update_xaxes(range=[0, 100], title=t("matcher_chart_score", lang))
    _layout(fig, t("matcher_chart_ranked", lang), height=max(300, 40 * len(ordered) + 100))
    fig.update_layout(showlegend=False)
    return fig


def radar(
    profile: Profile,
    roles: RoleMatrix,
    role_ids: Sequence[str],
    names: Mapping[str, str],
    lang: str,
) -> go.Figure:
    """The person against the given roles on risk appetite / fault tolerance and the six skills."""
    axes = [t(f"matcher_short_{d}", lang) for d in DIMENSIONS]
    closed = [*axes, axes[0]]
    fig = go.Figure()
    for k, rid in enumerate(role_ids):
        i = roles.index(rid)
        values = [float(roles.tolerance[i]), *(float(v) for v in roles.needs[i])]
        fig.add_trace(
            go.Scatterpolar(
                r=[*values, values[0]],
                theta=closed,
                name=names.get(rid, rid),
                line={
                    "color": ROLE_COLORS[k % len(ROLE_COLORS)],
                    "dash": palette.DASHES[1 + k % (len(palette.DASHES) - 1)],
                },
                opacity=0.8,
            )
        )
    person = list(profile.as_dict().values())
    fig.add_trace(
        go.Scatterpolar(
            r=[*person, person[0]],
            theta=closed,
            name=t("matcher_chart_you", lang),
            fill="toself",
            line={"color": PERSON_COLOR, "width": 3},
            opacity=0.6,
        )
    )
    fig.update_layout(polar={"radialaxis": {"range": [0, 10]}})
    _layout(fig, t("matcher_chart_radar", lang), height=500)
    fig.update_layout(legend={"orientation": "h", "y": -0.1}, margin={"l": 60, "r": 60})
    return fig


def top1_bars(robust: Robustness, names: Mapping[str, str], lang: str) -> go.Figure:
    """Share of jittered profiles for which each role comes out on top (roles that never do omitted)."""
    pairs = sorted(
        ((rid, float(s)) for rid, s in zip(robust.role_ids, robust.top1_share, strict=True)),
        key=lambda p: p[1],
    )
    pairs = [p for p in pairs if p[1] > 0] or pairs[-1:]
    fig = go.Figure(
        go.Bar(
            x=[round(100 * s, 1) for _, s in pairs],
            y=[names.get(r, r) for r, _ in pairs],
            orientation="h",
            text=[f"{s:.0%}" for _, s in pairs],
            textposition="auto",
            marker_color=ROLE_COLORS[1],
            name=t("matcher_chart_top1_axis", lang),
        )
    )
    fig.update_xaxes(range=[0, 100], title=t("matcher_chart_top1_axis", lang))
    _layout(
        fig,
        t("matcher_chart_top1", lang, samples=robust.samples, jitter=f"{robust.jitter:g}"),
        height=max(260, 40 * len(pairs) + 120),
    )
    fig.update_layout(showlegend=False)
    return fig


def risk_sweep(
    robust: Robustness,
    names: Mapping[str, str],
    lang: str,
    current_risk: float | None = None,
    role_ids: Sequence[str] | None = None,
) -> go.Figure:
    """Each role's rank (1 = top) as risk appetite goes from 0 to 10, other sliders fixed.

    ``role_ids`` limits the lines (default: roles that reach the top three somewhere).
    """
    fig = go.Figure()
    wanted = set(role_ids) if role_ids is not None else set(sweep_contenders(robust))
    for i, rid in enumerate(robust.role_ids):
        if rid not in wanted:
            continue
        fig.add_trace(
            go.Scatter(
                x=robust.sweep_risk.tolist(),
                y=robust.sweep_ranks[:, i].tolist(),
                customdata=robust.sweep_scores[:, i].round(1).tolist(),
                mode="lines+markers",
                name=names.get(rid, rid),
                line={"shape": "hv"},
                hovertemplate=t("matcher_chart_sweep_hover", lang) + "<extra></extra>",
            )
        )
    fig.update_yaxes(
        range=[len(robust.role_ids) + 0.5, 0.5], dtick=1, title=t("matcher_chart_rank", lang)
    )
    fig.update_xaxes(range=[0, 10], title=dim_label("risk", lang))
    if current_risk is not None:
        fig.add_vline(x=current_risk, line_dash="dash", line_color=palette.GREY, line_width=2)
    _layout(fig, t("matcher_chart_sweep", lang), height=480)
    fig.update_layout(legend={"orientation": "h", "y": -0.2})
    return fig


def sweep_contenders(robust: Robustness, top: int = 3) -> list[str]:
    """Roles that rank in the top ``top`` at some risk appetite of the sweep, in table order."""
    best = robust.sweep_ranks.min(axis=0)
    return [rid for rid, r in zip(robust.role_ids, best, strict=True) if r <= top]
