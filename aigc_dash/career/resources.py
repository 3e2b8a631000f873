"""Resources page logic: searching the tools table, linking challenges to sourced figures,
ordering the FAQ (pure, no streamlit)."""

from __future__ import annotations

import unicodedata

import pandas as pd

from aigc_dash.career.data import split_list

MAX_QUERY = 200  # a search box, not a document: longer input is cut


def clean_query(text: object) -> tuple[str, bool]:
    """Normalise a search query: strip control characters, collapse spaces, cap the length.

    Returns the cleaned query and whether it had to be shortened.
    """
    if not isinstance(text, str):
        return "", False
    kept = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch == " ")
    kept = " ".join(kept.split())
    return kept[:MAX_QUERY], len(kept) > MAX_QUERY


def search_resources(
    table: pd.DataFrame, query: str, categories: list[str] | None = None, lang: str = "en"
) -> pd.DataFrame:
    """Rows whose name, description (either language) or tags contain every word of ``query``."""
    rows = table
    if categories:
        rows = rows[rows["category"].isin(categories)]
    words = [w.casefold() for w in clean_query(query)[0].split()]
    if not words:
        return rows.reset_index(drop=True)
    haystack = (
        rows["name"]
        + " "
        + rows["description_zh"]
        + " "
        + rows["description_en"]
        + " "
        + rows["tags"]
    ).str.casefold()
    mask = pd.Series(True, index=rows.index)
    for word in words:
        mask &= haystack.str.contains(word, regex=False)
    return rows[mask].reset_index(drop=True)


def parse_links(cell: object) -> list[tuple[str, str]]:
    """``"title|https://..; title|https://.."`` → [(title, url), ...]; malformed items are skipped."""
    links = []
    for item in split_list(cell):
        title, sep, url = item.partition("|")
        if sep and url.strip().startswith(("http://", "https://")):
            links.append((title.strip(), url.strip()))
    return links


def challenge_figures(refs: object, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The sourced figure rows a challenge points at (``"table:metric; ..."``), newest first.

    A reference to a table or metric that does not exist yields nothing (the page then shows
    the text alone); every returned row carries its source, URL and confidence.
    """
    frames = []
    for ref in split_list(refs):
        table_name, _, metric = ref.partition(":")
        table = tables.get(table_name)
        if table is None or "metric" not in table:
            continue
        rows = table[table["metric"] == metric]
        if not rows.empty:
            frames.append(rows.sort_values("year_start", ascending=False).head(2))
    if not frames:
        return pd.DataFrame()
    return pd.concat(frames, ignore_index=True)


def matches_words(text: str, query: str) -> bool:
    """Whether every word of ``query`` occurs in ``text`` (case-folded; an empty query: yes)."""
    folded = text.casefold()
    return all(w.casefold() in folded for w in query.split())
