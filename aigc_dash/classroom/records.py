"""What the classroom hands out: its errors and the records read back from storage (light:
no database library, so pages can import them without paying for SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass

from aigc_dash.classroom.entries import Entry


class ClassroomError(Exception):
    """Base of the classroom's expected failures (each has a message key)."""

    key = "classroom_err_generic"


class StorageUnavailable(ClassroomError):
    """The database cannot be reached, is locked for too long, or refused the operation."""

    key = "classroom_err_unavailable"


class ClassNotFound(ClassroomError):
    """No open class has this code (never existed, expired, closed or deleted)."""

    key = "classroom_err_not_found"


class SchemaTooNew(ClassroomError):
    """The database was written by a newer version of the app."""

    key = "classroom_err_schema"


@dataclass(frozen=True)
class ClassInfo:
    """What anyone holding the join code may know about a class."""

    code: str
    title: str
    expires_at: float


@dataclass(frozen=True)
class TeacherGrant:
    """Proof that the teacher key (or the signed-in owner) was checked for this class."""

    class_id: int
    code: str
    title: str
    expires_at: float
    closed: bool


@dataclass(frozen=True)
class StoredEntry:
    """One entry as read back: the kind, the validated content and the hidden flag."""

    id: int
    student: str  # a short pseudonym, not the session id
    kind: str
    entry: Entry
    hidden: bool
    updated_at: float
