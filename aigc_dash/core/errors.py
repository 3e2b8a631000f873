"""Errors the pages know how to show to a user (no streamlit here)."""

from __future__ import annotations


class DataError(ValueError):
    """A data file is missing or malformed. Names the file, the column and the row."""

    def __init__(self, file: str, column: str | None, row: int | str | None, problem: str):
        self.file = file
        self.column = column if column is not None else "-"
        self.row = row if row is not None else "-"
        self.problem = problem
        super().__init__(f"{file}: column {self.column}, row {self.row}: {problem}")
