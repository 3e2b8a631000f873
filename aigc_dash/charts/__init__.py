"""Plotly figure builders (pure: data in, go.Figure out)."""
