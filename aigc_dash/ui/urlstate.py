"""The streamlit side of :mod:`aigc_dash.core.urlstate`: the URL is each page's shared state.

Every page uses the same two calls: :func:`sync_from_url` before its widgets render (URL ->
widgets, with a notice for each value that had to change, and the canonical URL written
back), and :func:`write_url` from the widgets' ``on_change`` callbacks (widgets -> URL).
Widget keys are ``f"{prefix}_{name}"`` unless the page passes its own ``widget_key``.

Streamlit drops a page's widget state (and the query string) when the user switches pages;
the last values are also kept under a plain session key (:func:`backup_key`), so coming
back restores them. A page with its own URL rules (e.g. the matcher's presets) passes
``parse``, a function like :meth:`SettingTable.parse`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import streamlit as st

from aigc_dash.core.urlstate import SettingTable, UrlNotice

Parser = Callable[
    [Mapping[str, object], Mapping[str, Any]], tuple[dict[str, Any], Sequence[UrlNotice]]
]


def _default_key(prefix: str) -> Callable[[str], str]:
    return lambda name: f"{prefix}_{name}"


def backup_key(prefix: str) -> str:
    """The session key that keeps a page's last URL values across page switches."""
    return f"{prefix}_url_backup"


def _keep_backup(prefix: str, values: Mapping[str, Any]) -> None:
    # Merged, not replaced: several tables may share a page's prefix (the Roles page).
    st.session_state[backup_key(prefix)] = {
        **st.session_state.get(backup_key(prefix), {}),
        **values,
    }


def read_params() -> dict[str, object]:
    """``st.query_params`` as a plain dict: one string per key, a list for a repeated key."""
    out: dict[str, object] = {}
    for key in st.query_params:
        values = st.query_params.get_all(key)
        out[key] = values if len(values) > 1 else (values[0] if values else "")
    return out


def write_url(table: SettingTable, values: Mapping[str, Any]) -> None:
    """Write ``values`` to ``st.query_params``: non-defaults set, defaults removed; keys of
    other owners (``lang``, other pages) are left alone."""
    query = table.to_params(values)
    for s in table.settings:
        if s.name not in values:
            continue
        key = s.url_key
        if key in query:
            value = query[key]
            # A repeated key (a list) is compared with all its values, else with the last.
            many = isinstance(value, list)
            current = st.query_params.get_all(key) if many else st.query_params.get(key)
            if current != value:
                st.query_params[key] = value
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
    parse: Parser | None = None,
) -> dict[str, Any]:
    """Read the URL into the widgets (before they render) and return the values.

    A key missing from the URL keeps this session's last value (kept under
    :func:`backup_key`, so a page switch, which drops widget state, keeps the settings);
    bad values are clamped or replaced, each with a warning in ``lang``. A strict table's
    unknown keys are reported once and dropped from the URL."""
    key = widget_key or _default_key(prefix)
    # Streamlit drops a page's widget state (and the URL) when the user switches pages, so
    # the last values are also kept under a key no widget owns.
    backup = st.session_state.get(backup_key(prefix), {})
    live = {
        s.name: st.session_state[key(s.name)]
        for s in table.settings
        if key(s.name) in st.session_state
    }
    fallback = {**backup, **live}
    params = read_params()
    values, notices = (parse or table.parse)(params, fallback)
    for notice in notices:
        if show is not None:
            show(notice)
        else:
            st.warning(notice.text(lang), icon="⚠️")
    for unknown in table.unknown_keys(params):
        del st.query_params[unknown]  # ignored, and dropped so its notice is shown once
    for name, value in values.items():
        st.session_state[key(name)] = value
    _keep_backup(prefix, values)
    write_url(table, values)
    return values


def on_change_writer(table: SettingTable, prefix: str, widget_key=None) -> Callable[[], None]:
    """A widget ``on_change`` callback that writes every widget's value to the URL."""

    def callback() -> None:
        values = widget_values(table, prefix, widget_key)
        _keep_backup(prefix, values)
        write_url(table, values)

    return callback
