"""Classroom storage on SQLAlchemy Core: SQLite (embedded default) or PostgreSQL.

* The schema is created and versioned here (table ``classroom_schema`` holds the version;
  :data:`MIGRATIONS` upgrades an older database in place, in one transaction).
* Every write is one transaction; constraints hold the invariants (a unique class code,
  one entry per anonymous student per kind); every value is a bound parameter.
* SQLite runs in WAL mode with a busy timeout, and write transactions start with
  ``BEGIN IMMEDIATE`` so that concurrent writers queue instead of failing.
* Teacher operations need a :class:`TeacherGrant`, which only :meth:`ClassroomStore.authorize`
  makes (key checked in constant time); a join code alone never gives one.
"""

from __future__ import annotations

import functools
import hmac
import json
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Engine,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    inspect,
    make_url,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from aigc_dash.classroom import codes
from aigc_dash.classroom.config import DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS
from aigc_dash.classroom.entries import KINDS, Entry, InvalidEntry, clean_text, entry_from_row
from aigc_dash.classroom.records import (
    ClassInfo,
    ClassNotFound,
    ClassroomError,
    SchemaTooNew,
    StorageUnavailable,
    StoredEntry,
    TeacherGrant,
)

__all__ = [
    "ClassInfo",
    "ClassNotFound",
    "ClassroomError",
    "ClassroomStore",
    "SchemaTooNew",
    "StorageUnavailable",
    "StoredEntry",
    "TeacherGrant",
    "create_v1_schema",
    "make_engine",
    "prepare_engine",
    "sqlite_path",
]

SCHEMA_VERSION = 2
SCHEMA_LOCK_KEY = 0x41494743  # PostgreSQL advisory lock held while creating/upgrading
MAX_TITLE = 120
DAY = 86_400.0

metadata = MetaData()
schema_table = Table("classroom_schema", metadata, Column("version", Integer, nullable=False))
classes = Table(
    "classroom_classes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(6), nullable=False, unique=True),
    Column("teacher_hash", String(64), nullable=False),
    Column("owner_hash", String(64)),  # v2: a signed-in (OIDC) teacher, hashed
    Column("title", String(MAX_TITLE), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("closed", Boolean, nullable=False),
)
members = Table(  # v2: who joined (the "joined" count); submitters of v1 are migrated in
    "classroom_members",
    metadata,
    Column(
        "class_id", Integer, ForeignKey("classroom_classes.id", ondelete="CASCADE"), nullable=False
    ),
    Column("student_id", String(32), nullable=False),
    Column("joined_at", Float, nullable=False),
    PrimaryKeyConstraint("class_id", "student_id"),
)
entries = Table(
    "classroom_entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "class_id", Integer, ForeignKey("classroom_classes.id", ondelete="CASCADE"), nullable=False
    ),
    Column("student_id", String(32), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("payload", Text, nullable=False),
    Column("png", LargeBinary),
    Column("hidden", Boolean, nullable=False),  # v2
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    UniqueConstraint("class_id", "student_id", "kind", name="uq_classroom_entry_per_kind"),
    CheckConstraint("kind IN ('matcher', 'text', 'image')", name="ck_classroom_kind"),
)


def _v1_metadata() -> MetaData:
    """The schema as version 1 had it (no members table, no owner, no hiding); kept so that
    the upgrade path is tested from a real version-1 database."""
    old = MetaData()
    Table("classroom_schema", old, Column("version", Integer, nullable=False))
    Table(
        "classroom_classes",
        old,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("code", String(6), nullable=False, unique=True),
        Column("teacher_hash", String(64), nullable=False),
        Column("title", String(MAX_TITLE), nullable=False),
        Column("created_at", Float, nullable=False),
        Column("expires_at", Float, nullable=False),
        Column("closed", Boolean, nullable=False),
    )
    Table(
        "classroom_entries",
        old,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(
            "class_id",
            Integer,
            ForeignKey("classroom_classes.id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("student_id", String(32), nullable=False),
        Column("kind", String(10), nullable=False),
        Column("payload", Text, nullable=False),
        Column("png", LargeBinary),
        Column("created_at", Float, nullable=False),
        Column("updated_at", Float, nullable=False),
        UniqueConstraint("class_id", "student_id", "kind", name="uq_classroom_entry_per_kind"),
    )
    return old


def create_v1_schema(conn: Connection) -> None:
    """Create an empty version-1 schema (for upgrade tests)."""
    _v1_metadata().create_all(conn)
    conn.execute(schema_table.insert().values(version=1))


def _upgrade_1_to_2(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE classroom_classes ADD COLUMN owner_hash VARCHAR(64)"))
    conn.execute(
        text("ALTER TABLE classroom_entries ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE")
    )
    members.create(conn)
    # everyone who submitted under version 1 had joined
    conn.execute(
        members.insert().from_select(
            ["class_id", "student_id", "joined_at"],
            select(
                entries.c.class_id, entries.c.student_id, func.min(entries.c.created_at)
            ).group_by(entries.c.class_id, entries.c.student_id),
        )
    )


MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _upgrade_1_to_2}


def pseudonym(class_id: int, student_id: str) -> str:
    """A short per-class label for a student (the teacher never sees the session id)."""
    return codes.hash_key(f"{class_id}:{student_id}")[:6]


# --- engines -----------------------------------------------------------------------------------


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (``None`` for other databases or in-memory SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser()


def prepare_engine(engine: Engine, busy_timeout_ms: int = 5_000) -> Engine:
    """Give a SQLite engine WAL, a busy timeout and ``BEGIN IMMEDIATE`` writes (idempotent;
    other databases are left as they are)."""
    if engine.dialect.name != "sqlite" or engine.pool.__dict__.get("_classroom_prepared"):
        return engine
    engine.pool.__dict__["_classroom_prepared"] = True

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cur.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("classroom_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def make_engine(url: str, *, busy_timeout_ms: int = 5_000, **kwargs: Any) -> Engine:
    """An engine for ``url`` (a SQLite file's folder is created here, on first use)."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    return prepare_engine(create_engine(url, **kwargs), busy_timeout_ms)


_WRITER_LOCKS: dict[str, threading.Lock] = {}
_WRITER_LOCKS_GUARD = threading.Lock()


def _writer_lock(engine: Engine) -> threading.Lock | None:
    """The process-wide writer lock of a SQLite database (``None`` for other databases)."""
    if engine.dialect.name != "sqlite":
        return None
    with _WRITER_LOCKS_GUARD:
        return _WRITER_LOCKS.setdefault(_db_key(engine), threading.Lock())


def _db_key(engine: Engine) -> str:
    db = engine.url.database or ""
    if db in ("", ":memory:"):
        return f"mem:{id(engine)}"
    return str(Path(db).expanduser().resolve())


class _Job:
    """One write waiting for the group commit."""

    __slots__ = ("done", "error", "fn", "result")

    def __init__(self, fn: Callable[[Connection], Any]) -> None:
        self.fn = fn
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None


class _GroupCommit:
    """Group commit for one SQLite database in this process: the first writer to arrive
    becomes the leader and writes every write queued so far in one transaction; the others
    wait for it. Each write stays all-or-nothing; a busy class of 40 pays for a few commits
    instead of 40 lock hand-offs (each a thread wake-up on a loaded CPU)."""

    def __init__(self) -> None:
        self.cv = threading.Condition()
        self.queue: list[_Job] = []
        self.leading = False

    def run(self, job: _Job, write_batch: Callable[[list[_Job]], None]) -> Any:
        with self.cv:
            self.queue.append(job)
            while self.leading and not job.done:
                self.cv.wait()
            if not job.done:
                self.leading = True
                batch, self.queue = self.queue, []
            else:
                batch = []
        if batch:
            try:
                write_batch(batch)
            finally:
                with self.cv:
                    for j in batch:
                        j.done = True
                    self.leading = False
                    self.cv.notify_all()
        if job.error is not None:
            raise job.error
        return job.result


_GROUPS: dict[str, _GroupCommit] = {}


def _group_commit(engine: Engine) -> _GroupCommit | None:
    """The group commit of a SQLite database (``None`` for other databases)."""
    if engine.dialect.name != "sqlite":
        return None
    with _WRITER_LOCKS_GUARD:
        return _GROUPS.setdefault(_db_key(engine), _GroupCommit())


@functools.cache
def _statements(dialect: str) -> SimpleNamespace:
    """The hot statements, built once per dialect with bound parameters (building a SQLAlchemy
    statement costs more than running it on SQLite)."""
    ins = sqlite_insert if dialect == "sqlite" else pg_insert
    open_class = select(classes.c.id).where(
        classes.c.code == bindparam("code"),
        classes.c.closed.is_(False),
        classes.c.expires_at > bindparam("now"),
    )
    join = (
        ins(members)
        .values(
            class_id=bindparam("class_id"),
            student_id=bindparam("student_id"),
            joined_at=bindparam("now"),
        )
        .on_conflict_do_nothing(index_elements=["class_id", "student_id"])
    )
    upsert = ins(entries).values(
        class_id=bindparam("class_id"),
        student_id=bindparam("student_id"),
        kind=bindparam("kind"),
        payload=bindparam("payload"),
        png=bindparam("png", type_=LargeBinary),
        hidden=False,
        created_at=bindparam("now"),
        updated_at=bindparam("now"),
    )
    upsert = upsert.on_conflict_do_update(
        index_elements=["class_id", "student_id", "kind"],
        set_={
            "payload": upsert.excluded.payload,
            "png": upsert.excluded.png,
            "hidden": False,
            "updated_at": upsert.excluded.updated_at,
        },
    )
    return SimpleNamespace(open_class=open_class, join=join, upsert=upsert)


# --- the store ---------------------------------------------------------------------------------


def _unavailable(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn driver and pool failures into :class:`StorageUnavailable` (message for the user)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except IntegrityError:
            raise
        except (DBAPIError, PoolTimeout, OSError) as err:
            raise StorageUnavailable(str(err)[:300]) from err

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


class ClassroomStore:
    """Classes, members and entries in one database (thread-safe: a connection per call)."""

    def __init__(
        self,
        engine: Engine,
        *,
        clock: Callable[[], float] = time.time,
        retention_days: float = DEFAULT_RETENTION_DAYS,
    ) -> None:
        self.engine = prepare_engine(engine)
        self.clock = clock
        self.retention_days = min(max(float(retention_days), 1 / 24), MAX_RETENTION_DAYS)
        self.lock_timeout_s = 10.0  # longest wait for this process's SQLite writer lock

    # transactions
    @contextmanager
    def _write(self) -> Iterator[Connection]:
        lock = _writer_lock(self.engine)
        with self.engine.connect() as conn:
            conn.execution_options(classroom_write=True)
            if lock is None:
                with conn.begin():
                    yield conn
                return
            # SQLite has one writer at a time; its busy handler polls with growing sleeps, so
            # 40 threads waiting on it get seconds of latency. Threads of this process queue
            # on a lock instead (first come, first served); other processes still meet
            # BEGIN IMMEDIATE and the busy timeout.
            if not lock.acquire(timeout=self.lock_timeout_s):
                raise StorageUnavailable("the database is busy")
            try:
                with conn.begin():
                    yield conn
            finally:
                lock.release()

    def _grouped(self, fn: Callable[[Connection], Any]) -> Any:
        """Run the write ``fn(conn)`` in a transaction: alone (PostgreSQL), or in the next
        group commit (SQLite). A :class:`ClassroomError` from ``fn`` fails that write only."""
        group = _group_commit(self.engine)
        if group is None:
            with self._write() as conn:
                return fn(conn)
        return group.run(_Job(fn), self._write_batch)

    def _write_batch(self, jobs: list[_Job]) -> None:
        try:
            with self._write() as conn:
                for job in jobs:
                    try:
                        job.result = job.fn(conn)
                    except ClassroomError as err:  # raised before the job wrote anything
                        job.error = err
        except BaseException as err:  # the transaction rolled back: every write in it failed
            for job in jobs:
                job.result, job.error = None, job.error or err

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    # schema
    @_unavailable
    def schema_version(self) -> int | None:
        """The stored schema version (``None``: no classroom tables yet)."""
        with self._read() as conn:
            if not inspect(conn).has_table(schema_table.name):
                return None
            return conn.execute(select(func.max(schema_table.c.version))).scalar()

    @_unavailable
    def ensure_schema(self) -> int:
        """Create the tables or upgrade them to :data:`SCHEMA_VERSION`; return the old version
        (0 for a new database). Safe to call from several processes at once."""
        for attempt in range(3):
            try:
                return self._ensure_schema_once()
            except IntegrityError:  # another process created the tables at the same moment
                if attempt == 2:
                    raise
        return SCHEMA_VERSION

    def _ensure_schema_once(self) -> int:
        with self._write() as conn:
            if conn.dialect.name == "postgresql":
                # app instances starting together: one creates or upgrades, the others wait
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK_KEY})
            if not inspect(conn).has_table(schema_table.name):
                metadata.create_all(conn)
                conn.execute(schema_table.insert().values(version=SCHEMA_VERSION))
                return 0
            version = conn.execute(select(func.max(schema_table.c.version))).scalar() or 1
            if version > SCHEMA_VERSION:
                raise SchemaTooNew(f"database schema {version} > app schema {SCHEMA_VERSION}")
            start = version
            while version < SCHEMA_VERSION:
                MIGRATIONS[version](conn)
                version += 1
            if version != start:
                conn.execute(update(schema_table).values(version=version))
            return start

    @_unavailable
    def purge_expired(self) -> int:
        """Delete every class past its expiry, with its members and entries; return how many."""
        now = self.clock()
        with self._write() as conn:
            ids = select(classes.c.id).where(classes.c.expires_at <= now).scalar_subquery()
            conn.execute(delete(entries).where(entries.c.class_id.in_(ids)))
            conn.execute(delete(members).where(members.c.class_id.in_(ids)))
            return conn.execute(delete(classes).where(classes.c.expires_at <= now)).rowcount

    # teacher
    @_unavailable
    def create_class(
        self, title: str = "", *, days: float | None = None, owner: str | None = None
    ) -> tuple[TeacherGrant, str]:
        """Open a class; return its grant and the teacher key (shown once, stored hashed)."""
        key = codes.new_teacher_key()
        now = self.clock()
        keep = min(max(float(days or self.retention_days), 1 / 24), MAX_RETENTION_DAYS)
        title = clean_text(title, MAX_TITLE, multiline=False).strip()
        for _ in range(8):
            code = codes.new_code()
            try:
                with self._write() as conn:
                    class_id = conn.execute(
                        classes.insert()
                        .values(
                            code=code,
                            teacher_hash=codes.hash_key(key),
                            owner_hash=codes.owner_hash(owner) if owner else None,
                            title=title,
                            created_at=now,
                            expires_at=now + keep * DAY,
                            closed=False,
                        )
                        .returning(classes.c.id)
                    ).scalar_one()
            except IntegrityError:  # the code is taken: draw another
                continue
            return TeacherGrant(class_id, code, title, now + keep * DAY, False), key
        raise StorageUnavailable("could not draw a free class code")

    @_unavailable
    def authorize(
        self, code: str, key: str | None = None, *, owner: str | None = None
    ) -> TeacherGrant | None:
        """The teacher grant for ``code`` if ``key`` (or the signed-in ``owner``) matches."""
        code_n = codes.normalize_code(code)
        if code_n is None:
            return None
        with self._read() as conn:
            row = conn.execute(
                select(classes).where(classes.c.code == code_n, classes.c.expires_at > self.clock())
            ).first()
        if row is None:
            codes.key_matches(key or "", "0" * 64)  # same work whether or not the class exists
            return None
        ok = bool(key) and codes.key_matches(key or "", row.teacher_hash)
        if not ok and owner and row.owner_hash:
            ok = hmac.compare_digest(codes.owner_hash(owner), row.owner_hash)
        if not ok:
            return None
        return TeacherGrant(row.id, row.code, row.title, row.expires_at, bool(row.closed))

    @_unavailable
    def owned_classes(self, owner: str) -> list[TeacherGrant]:
        """The open classes a signed-in teacher created (newest first)."""
        with self._read() as conn:
            rows = conn.execute(
                select(classes)
                .where(
                    classes.c.owner_hash == codes.owner_hash(owner),
                    classes.c.expires_at > self.clock(),
                )
                .order_by(classes.c.created_at.desc())
            ).all()
        return [TeacherGrant(r.id, r.code, r.title, r.expires_at, bool(r.closed)) for r in rows]

    @_unavailable
    def close_class(self, grant: TeacherGrant, closed: bool = True) -> None:
        """Stop (or resume) accepting submissions."""
        with self._write() as conn:
            conn.execute(
                update(classes).where(classes.c.id == grant.class_id).values(closed=closed)
            )

    @_unavailable
    def delete_class(self, grant: TeacherGrant) -> None:
        """Delete the class and everything in it, now."""
        with self._write() as conn:
            conn.execute(delete(entries).where(entries.c.class_id == grant.class_id))
            conn.execute(delete(members).where(members.c.class_id == grant.class_id))
            conn.execute(delete(classes).where(classes.c.id == grant.class_id))

    @_unavailable
    def set_hidden(self, grant: TeacherGrant, entry_id: int, hidden: bool) -> None:
        """Hide (or show again) one entry of the teacher's class."""
        with self._write() as conn:
            conn.execute(
                update(entries)
                .where(entries.c.id == int(entry_id), entries.c.class_id == grant.class_id)
                .values(hidden=bool(hidden))
            )

    @_unavailable
    def entries(self, grant: TeacherGrant, *, include_hidden: bool = True) -> list[StoredEntry]:
        """Every entry of the class (oldest first); rows that fail validation are skipped."""
        query = select(entries).where(entries.c.class_id == grant.class_id)
        if not include_hidden:
            query = query.where(entries.c.hidden.is_(False))
        with self._read() as conn:
            rows = conn.execute(query.order_by(entries.c.created_at, entries.c.id)).all()
        return _stored(rows, grant.class_id)

    @_unavailable
    def counts(self, grant: TeacherGrant) -> tuple[int, int]:
        """``(joined, submitted)``: students who joined, and who have at least one entry."""
        with self._read() as conn:
            joined = conn.execute(
                select(func.count()).where(members.c.class_id == grant.class_id)
            ).scalar_one()
            submitted = conn.execute(
                select(func.count(func.distinct(entries.c.student_id))).where(
                    entries.c.class_id == grant.class_id
                )
            ).scalar_one()
        return int(joined), int(submitted)

    # students
    def _open_class_id(self, conn: Connection, code: str) -> int:
        code_n = codes.normalize_code(code)
        row = None
        if code_n is not None:
            stmt = _statements(conn.dialect.name).open_class
            row = conn.execute(stmt, {"code": code_n, "now": self.clock()}).first()
        if row is None:
            raise ClassNotFound(str(code)[:12])
        return int(row.id)

    @_unavailable
    def find_class(self, code: str) -> ClassInfo | None:
        """The open class with this join code (``None``: wrong, expired, closed or deleted)."""
        code_n = codes.normalize_code(code)
        if code_n is None:
            return None
        with self._read() as conn:
            row = conn.execute(
                select(classes.c.code, classes.c.title, classes.c.expires_at).where(
                    classes.c.code == code_n,
                    classes.c.closed.is_(False),
                    classes.c.expires_at > self.clock(),
                )
            ).first()
        return None if row is None else ClassInfo(row.code, row.title, row.expires_at)

    @_unavailable
    def join(self, code: str, student_id: str) -> ClassInfo:
        """Record that this anonymous student joined (idempotent)."""
        student = _student(student_id)

        def write(conn: Connection) -> None:
            class_id = self._open_class_id(conn, code)
            conn.execute(
                _statements(conn.dialect.name).join,
                {"class_id": class_id, "student_id": student, "now": self.clock()},
            )

        self._grouped(write)
        info = self.find_class(code)
        if info is None:
            raise ClassNotFound(str(code)[:12])
        return info

    @_unavailable
    def submit(self, code: str, student_id: str, entry: Entry) -> None:
        """Store the student's entry of this kind, replacing their previous one (one
        transaction: join and upsert)."""
        if entry.kind not in KINDS:
            raise InvalidEntry(entry.kind)
        student = _student(student_id)
        params = {
            "student_id": student,
            "kind": entry.kind,
            "payload": json.dumps(entry.to_json(), ensure_ascii=False, sort_keys=True),
            "png": getattr(entry, "png", None),
            "now": self.clock(),
        }

        def write(conn: Connection) -> None:
            sql = _statements(conn.dialect.name)
            params["class_id"] = self._open_class_id(conn, code)
            conn.execute(sql.join, params)
            conn.execute(sql.upsert, params)

        self._grouped(write)

    @_unavailable
    def withdraw(self, code: str, student_id: str, kind: str) -> bool:
        """Delete the student's own entry of ``kind``; whether there was one."""
        student = _student(student_id)
        with self._write() as conn:
            class_id = self._open_class_id(conn, code)
            gone = conn.execute(
                delete(entries).where(
                    entries.c.class_id == class_id,
                    entries.c.student_id == student,
                    entries.c.kind == kind,
                )
            ).rowcount
        return bool(gone)

    @_unavailable
    def student_entries(self, code: str, student_id: str) -> list[StoredEntry]:
        """This student's own entries (a student never reads anyone else's)."""
        student = _student(student_id)
        with self._read() as conn:
            class_id = self._open_class_id(conn, code)
            rows = conn.execute(
                select(entries)
                .where(entries.c.class_id == class_id, entries.c.student_id == student)
                .order_by(entries.c.kind)
            ).all()
        return _stored(rows, class_id)


def _student(student_id: str) -> str:
    sid = str(student_id or "")
    if not (8 <= len(sid) <= 32) or not sid.isalnum():
        raise InvalidEntry("not an anonymous student id")
    return sid


def _stored(rows: Sequence[Any], class_id: int) -> list[StoredEntry]:
    out: list[StoredEntry] = []
    for r in rows:
        try:
            entry = entry_from_row(r.kind, json.loads(r.payload), r.png)
        except (InvalidEntry, ValueError, TypeError):
            continue  # a row this version cannot read is left out, never shown raw
        out.append(
            StoredEntry(
                id=int(r.id),
                student=pseudonym(class_id, r.student_id),
                kind=r.kind,
                entry=entry,
                hidden=bool(r.hidden),
                updated_at=float(r.updated_at),
            )
        )
    return out
