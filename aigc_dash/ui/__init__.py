"""The only package (with the pages) that imports streamlit: page chrome, URL state and the
cache wrappers over the pure packages. Importing it lets operator settings come from
``st.secrets`` as well as the environment (see :mod:`aigc_dash.core.settings`)."""

import streamlit as _st

from aigc_dash.core import settings as _settings


def _read_secret(name: str) -> object:
    return _st.secrets.get(name, "")


_settings.register_secrets(_read_secret)
