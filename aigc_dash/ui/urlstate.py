"""The streamlit side of :mod:`aigc_dash.core.urlstate`: the URL is each page's shared state.

Every page uses the same two calls: :func:`sync_from_url` before its widgets render (URL ->
widgets, with a notice for each value that had to change, and the canonical URL written
back), and :func:`write_url` from the widgets' ``on_change`` callbacks (widgets -> URL).
Widget keys are ``f"{prefix}_{name}"`` unless the page passes its own ``widget_key``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import streamlit as st

from aigc_dash.core.urlstate import SettingTable, UrlNotice


def _default_key(prefix: str) -> Callable[[str], str]:
    return lambda name: f"{prefix}_{name}"


def write_url(table: SettingTable, values: Mapping[str, Any]) -> None:
    """Write ``values`` to ``st.query_params``: non-defaults set, defaults removed; keys of
    other owners (``lang``, other pages) are left alone."""
    query = table.to_query(values)
    for s in table.settings:
        if s.name not in values:
            continue
        key = s.url_key
        if key in query:
            if st.query_params.get(key) != query[key]:
                st.query_params[key] = query[key]
        elif key in st.query_params:
            del st.query_params[key]


def widget_values(table: SettingTable, prefix: str, widget_key=None) -> dict[str, Any]:
    """The current widget values of every setting (clamped; missing ones take defaults)."""
    key = widget_key or _default_key(prefix)
    return {
        s.name: table.clamp(s.name, st.session_state.get(key(s.name), s.default))
        for s in table.settings
    }


def sync_from_url(
    table: SettingTable,
    prefix: str,
    lang: str,
    *,
    widget_key: Callable[[str], str] | None = None,
    show: Callable[[UrlNotice], None] | None = None,
) -> dict[str, Any]:
    """Read the URL into the widgets (before they render) and return the values.

    A key missing from the URL keeps this session's last value (kept under
    ``f"{prefix}_url_backup"``, so a page switch, which drops widget state, keeps the
    settings); bad values are clamped or replaced, each with a warning in ``lang``."""
    key = widget_key or _default_key(prefix)
    # Streamlit drops a page's widget state (and the URL) when the user switches pages, so
    # the last values are also kept under a key no widget owns.
    backup = st.session_state.get(f"{prefix}_url_backup", {})
    live = {
        s.name: st.session_state[key(s.name)]
        for s in table.settings
        if key(s.name) in st.session_state
    }
    fallback = {**backup, **live}
    values, notices = table.parse(st.query_params.to_dict(), fallback)
    for notice in notices:
        if show is not None:
            show(notice)
        else:
            st.warning(notice.text(lang), icon="⚠️")
    for name, value in values.items():
        st.session_state[key(name)] = value
    st.session_state[f"{prefix}_url_backup"] = dict(values)
    write_url(table, values)
    return values


def on_change_writer(table: SettingTable, prefix: str, widget_key=None) -> Callable[[], None]:
    """A widget ``on_change`` callback that writes every widget's value to the URL."""

    def callback() -> None:
        values = widget_values(table, prefix, widget_key)
        st.session_state[f"{prefix}_url_backup"] = dict(values)
        write_url(table, values)

    return callback
