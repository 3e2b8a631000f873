"""Plain helpers every layer may use: language lookup, errors, URL state, escaping. No streamlit, no torch."""
