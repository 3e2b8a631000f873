"""Chart builders: DataFrame in, plotly ``go.Figure`` out. Pure (no streamlit), one module per area."""
