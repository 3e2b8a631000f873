"""Charts of the Text playground (pure plotly)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import plotly.graph_objects as go

from aigc_dash.playgrounds.text import CandidateRow

KEPT_COLOUR = "#C2410C"
BEFORE_COLOUR = "#CBD5E1"
REMOVED_COLOUR = "#94A3B8"
# the texts ``next_token_bars`` needs (the page translates ``text_chart_<key>``)
LABEL_KEYS = (
    "before",
    "after",
    "other",
    "removed_top_k",
    "removed_top_p",
    "removed_greedy",
    "title",
    "x_title",
)


def next_token_bars(
    rows: Sequence[CandidateRow],
    *,
    other_before: float,
    other_after: float,
    labels: Mapping[str, str],
) -> go.Figure:
    """Next-token candidates: the model's probability beside the one sampling uses.

    Two horizontal bar traces per candidate, most likely at the top: ``before`` (softmax of
    the raw scores) and ``after`` (after repetition penalty, temperature, top-k, top-p). A
    removed candidate has an ``after`` bar of 0 and its text says what removed it; a third
    row, ``other``, holds all the tokens not listed. ``labels`` holds the translated texts:
    ``before``, ``after``, ``other``, ``removed_top_k``, ``removed_top_p``,
    ``removed_greedy``, ``title``, ``x_title``.
    """
    names = [r.label for r in rows] + [labels["other"]]
    before = [r.prob_before for r in rows] + [other_before]
    after = [r.prob_after for r in rows] + [other_after]
    after_text = []
    colours = []
    for r in rows:
        if r.removed:
            after_text.append(labels[f"removed_{r.reason or 'top_p'}"])
            colours.append(REMOVED_COLOUR)
        else:
            after_text.append(f"{r.prob_after:.1%}")
            colours.append(KEPT_COLOUR)
    after_text.append(f"{other_after:.1%}")
    colours.append(REMOVED_COLOUR if other_after == 0 else KEPT_COLOUR)
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            y=names,
            x=before,
            orientation="h",
            name=labels["before"],
            marker={"color": BEFORE_COLOUR},
            text=[f"{p:.1%}" for p in before],
            textposition="outside",
            cliponaxis=False,
        )
    )
    fig.add_trace(
        go.Bar(
            y=names,
            x=after,
            orientation="h",
            name=labels["after"],
            marker={"color": colours},
            text=after_text,
            textposition="outside",
            cliponaxis=False,
        )
    )
    top = max([*before, *after, 0.01])
    fig.update_layout(
        title=labels["title"],
        barmode="group",
        xaxis={"title": labels["x_title"], "tickformat": ".0%", "range": [0, min(1.0, top * 1.35)]},
        yaxis={"autorange": "reversed", "type": "category"},
        height=120 + 42 * len(names),
        margin={"t": 50, "b": 40, "l": 10, "r": 10},
        legend={"orientation": "h", "y": -0.12 - 2.0 / (len(names) + 4)},
    )
    return fig
