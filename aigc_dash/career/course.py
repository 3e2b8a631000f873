"""The course notes the app teaches: how each app page maps to their sections, and how the
notes' fault-tolerance reading of a role sits beside ours (pure, no streamlit)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from aigc_dash.core.i18n import pick, t


@dataclass(frozen=True)
class SectionMap:
    """App pages (their navigation label keys) and the sections of the notes they cover."""

    nav_keys: tuple[str, ...]
    sections: str
    what_key: str  # i18n key: what those sections cover

    def pages(self, lang: str) -> str:
        """The pages' names in ``lang``, joined."""
        return " · ".join(t(k, lang) for k in self.nav_keys)


COURSE_MAP: tuple[SectionMap, ...] = (
    SectionMap(("nav_landscape",), "1, 6", "course_about_landscape"),
    SectionMap(("nav_roles", "nav_matcher"), "1.3, 2", "course_about_roles"),
    SectionMap(("nav_concepts",), "3, 4", "course_about_concepts"),
    SectionMap(("nav_text", "nav_image"), "5", "course_about_playgrounds"),
    SectionMap(("nav_resources",), "7–9", "course_about_resources"),
    # not in the notes: the app's own teaching tool (said in the table's last column)
    SectionMap(("nav_classroom",), "—", "course_about_classroom"),
)


# --- fault tolerance: the course notes' reading beside ours ------------------------------------


@dataclass(frozen=True)
class FtReading:
    """One role's fault tolerance as the course notes read it (if they rate it) and as we do."""

    role_id: str
    name: str
    ours: int  # our 1-5 rating (how forgiving the job is of the worker's own mistakes)
    ours_label: str
    course: str | None  # "low" | "high", or None where the notes do not rate the role
    course_says: str
    compare: str

    @property
    def agrees(self) -> bool | None:
        """Whether the two ratings point the same way (None when the notes do not rate it)."""
        if self.course is None:
            return None
        return (self.ours >= 3) == (self.course == "high")


def ft_readings(
    roles: pd.DataFrame, readings: pd.DataFrame, rubric: pd.DataFrame, lang: str
) -> list[FtReading]:
    """Every role with our rating and, where the course notes rate it, theirs (rated first)."""
    labels = {int(r["level"]): pick(r, "label", lang) for r in rubric.to_dict("records")}
    by_role = {r["role_id"]: r for r in readings.to_dict("records")}
    out = []
    for row in roles.to_dict("records"):
        level = int(row["fault_tolerance"])
        course = by_role.get(row["role_id"])
        out.append(
            FtReading(
                role_id=row["role_id"],
                name=pick(row, "name", lang),
                ours=level,
                ours_label=labels.get(level, str(level)),
                course=course["course_rating"] if course else None,
                course_says=pick(course, "course_says", lang) if course else "",
                compare=pick(course, "compare", lang) if course else "",
            )
        )
    return sorted(out, key=lambda r: r.course is None)


def unrated_names(readings: list[FtReading]) -> list[str]:
    """The roles the course notes do not rate (only our rating applies to them)."""
    return [r.name for r in readings if r.course is None]


def ft_reading(readings: list[FtReading], role_id: str) -> FtReading | None:
    """One role's reading, or None for an unknown role."""
    return next((r for r in readings if r.role_id == role_id), None)
