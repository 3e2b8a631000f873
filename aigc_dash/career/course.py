"""The course notes the app teaches: how each app page maps to their sections (pure data)."""

from __future__ import annotations

from dataclasses import dataclass

from aigc_dash.core.i18n import t


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
)
