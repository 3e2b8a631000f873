"""Charts of the Concepts page (pure plotly)."""

from __future__ import annotations

import plotly.graph_objects as go


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
