"""Image-playground charts: GAN loss curves and scheduler timing (pure plotly, no streamlit)."""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from aigc_dash.charts import palette
from aigc_dash.core.i18n import t

# colour-blind safe (Okabe-Ito); the generator's line is also dashed
D_COLOR = palette.BLUE
G_COLOR = palette.VERMILLION


def gan_losses(
    d_loss: Sequence[float],
    g_loss: Sequence[float],
    lang: str,
    *,
    steps_per_epoch: int | None = None,
    title_key: str = "image_chart_losses",
    x_key: str = "image_chart_step",
) -> go.Figure:
    """Discriminator and generator loss per training step (or per epoch, with ``x_key``), with
    a dotted line at each epoch's end when ``steps_per_epoch`` is given.

    Points are numbered from 1. An empty history gives empty traces (the axes still show)."""
    d = [float(v) for v in d_loss]
    g = [float(v) for v in g_loss]
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=list(range(1, len(d) + 1)),
            y=d,
            mode="lines",
            name=t("image_chart_d_loss", lang),
            line={"color": D_COLOR},
        )
    )
    fig.add_trace(
        go.Scatter(
            x=list(range(1, len(g) + 1)),
            y=g,
            mode="lines",
            name=t("image_chart_g_loss", lang),
            line={"color": G_COLOR, "dash": "dash"},
        )
    )
    n = max(len(d), len(g))
    if steps_per_epoch and steps_per_epoch > 0 and n:
        for end in range(steps_per_epoch, n + 1, steps_per_epoch):
            fig.add_vline(x=end + 0.5, line_dash="dot", line_color=palette.GREY, line_width=1)
    fig.update_xaxes(title=t(x_key, lang), rangemode="tozero")
    fig.update_yaxes(title=t("image_chart_loss", lang), rangemode="tozero")
    fig.update_layout(
        title=t(title_key, lang),
        height=320,
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        legend={"orientation": "h", "y": -0.25},
    )
    return fig


def comparison_times(labels: Sequence[str], seconds: Sequence[float], lang: str) -> go.Figure:
    """Horizontal bars: seconds taken by each sampler configuration."""
    secs = [float(s) for s in seconds]
    fig = go.Figure(
        go.Bar(
            x=secs,
            y=list(labels),
            orientation="h",
            text=[f"{s:.2f} s" for s in secs],
            textposition="auto",
            marker_color=[D_COLOR, G_COLOR][: len(secs)] if len(secs) <= 2 else D_COLOR,
            name=t("image_chart_seconds", lang),
        )
    )
    fig.update_xaxes(title=t("image_chart_seconds", lang), rangemode="tozero")
    fig.update_layout(
        title=t("image_chart_compare", lang),
        height=220,
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        showlegend=False,
    )
    return fig
