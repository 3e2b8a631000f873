"""Charts of the Concepts page (pure plotly)."""

from __future__ import annotations

import plotly.graph_objects as go

from aigc_dash.charts import palette


def loss_comparison(
    curves: dict[str, list[float]], *, title: str, x_title: str, y_title: str
) -> go.Figure:
    """MSE, MAE and Huber against the size of one error."""
    fig = go.Figure()
    for key, name, dash in (
        ("mse", "MSE", "solid"),
        ("mae", "MAE", "dash"),
        ("huber", "Huber (δ=1)", "dot"),
    ):
        fig.add_trace(
            go.Scatter(
                x=curves["error"],
                y=curves[key],
                name=name,
                mode="lines",
                line={"dash": dash, "width": 3},
            )
        )
    fig.update_layout(
        title=title, xaxis_title=x_title, yaxis_title=y_title, height=360, margin={"t": 50, "b": 40}
    )
    return fig


def cross_entropy_curve(
    curve: dict[str, list[float]],
    *,
    current_q: float | None,
    title: str,
    x_title: str,
    y_title: str,
) -> go.Figure:
    """−ln q against the probability q given to the true answer, with the user's q marked."""
    fig = go.Figure(
        go.Scatter(
            x=curve["q_true"], y=curve["loss"], mode="lines", name="−ln q", line={"width": 3}
        )
    )
    if current_q is not None and current_q > 0:
        import math

        fig.add_trace(
            go.Scatter(
                x=[current_q],
                y=[-math.log(current_q)],
                mode="markers",
                name="q",
                marker={"size": 14},
            )
        )
    fig.update_layout(
        title=title, xaxis_title=x_title, yaxis_title=y_title, height=360, margin={"t": 50, "b": 40}
    )
    return fig


def tolerance_curve(
    levels: list[float],
    quality: list[float],
    *,
    acceptable: float,
    x_title: str,
    y_title: str,
    line_name: str,
    extra: dict[str, list[float]] | None = None,
) -> go.Figure:
    """Quality against error level, with the user's 'acceptable' line and the failing zone shaded."""
    fig = go.Figure()
    fig.add_hrect(
        y0=0, y1=acceptable, fillcolor="#FEE2E2", opacity=0.5, line_width=0, layer="below"
    )
    fig.add_trace(
        go.Scatter(
            x=levels,
            y=quality,
            mode="lines+markers",
            name=y_title,
            line={"width": 4},
            marker={"size": 10},
        )
    )
    for name, values in (extra or {}).items():
        fig.add_trace(
            go.Scatter(x=levels, y=values, mode="lines+markers", name=name, line={"dash": "dot"})
        )
    fig.add_hline(
        y=acceptable, line_dash="dash", line_color=palette.VERMILLION, annotation_text=line_name
    )
    fig.update_layout(
        xaxis_title=x_title,
        yaxis={"title": y_title, "range": [0, 1.05], "tickformat": ".0%"},
        height=380,
        margin={"t": 30, "b": 40},
        legend={"orientation": "h", "y": -0.25},
    )
    return fig


def _labels(tokens: list[str]) -> list[str]:
    # Show whitespace so a token like " the" is readable; index keeps duplicates apart.
    return [f"{i}:{tok.replace(' ', '␣').replace(chr(10), '⏎')}" for i, tok in enumerate(tokens)]


def attention_heatmap(
    tokens: list[str], weights, *, title: str, x_title: str, y_title: str
) -> go.Figure:
    """Token-by-token attention weights (rows: the token looking; columns: the token looked at)."""
    labels = _labels(tokens)
    fig = go.Figure(
        go.Heatmap(
            z=weights,
            x=labels,
            y=labels,
            colorscale="Oranges",
            zmin=0,
            zmax=1,
            hovertemplate="%{y} → %{x}: %{z:.2f}<extra></extra>",
        )
    )
    fig.update_layout(
        title=title,
        xaxis_title=x_title,
        yaxis_title=y_title,
        height=480,
        margin={"t": 50},
        yaxis={"autorange": "reversed"},
    )
    return fig


def hidden_state_heatmap(
    chars: list[str], states, units: list[int], *, title: str, x_title: str
) -> go.Figure:
    """The RNN's hidden units (columns) after each character (rows)."""
    fig = go.Figure(
        go.Heatmap(
            z=states,
            x=[f"h{u}" for u in units],
            y=_labels(chars),
            colorscale="RdBu",
            zmid=0,
            hovertemplate="%{y}, %{x}: %{z:.2f}<extra></extra>",
        )
    )
    fig.update_layout(
        title=title,
        xaxis_title=x_title,
        height=420,
        margin={"t": 50},
        yaxis={"autorange": "reversed"},
    )
    return fig
