"""Colour-blind-safe colours shared by every chart (Okabe & Ito, "Color Universal Design").

The eight colours stay distinguishable with every common colour-vision deficiency. Charts
never rely on colour alone: each series also keeps a text label, a legend name, a line dash
or a bar pattern.
"""

from __future__ import annotations

BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#666666"  # 5.7:1 on white: reference lines and neutral marks

# Categorical order: the strongest contrasts first (blue and vermillion are the pair that
# every reader tells apart, unlike red and green).
CATEGORICAL = (BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, BLACK, YELLOW)
# Line dashes cycled alongside the colours, so series differ in shape too.
DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")


def rgba(hex_colour: str, alpha: float) -> str:
    """``#RRGGBB`` as a plotly ``rgba(...)`` string with the given opacity."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha:g})"
