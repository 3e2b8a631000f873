"""Classroom storage on real databases (SQLite file and a throw-away PostgreSQL server):
schema and upgrade, constraints, teacher rights, privacy, retention, hostile input,
40 concurrent students, and a locked or unreachable database."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from aigc_dash.classroom import codes
from aigc_dash.classroom import summary as sm
from aigc_dash.classroom.entries import ImageSample, MatcherEntry, TextSample
from aigc_dash.classroom.store import (
    SCHEMA_VERSION,
    ClassNotFound,
    ClassroomStore,
    StorageUnavailable,
    create_v1_schema,
    make_engine,
)

# slow lane: builds corpora, runs pages through AppTest or starts databases (fast lane < 60 s)
pytestmark = pytest.mark.slow

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00:~"
    b"\x9bU\x00\x00\x00\nIDATx\x9cc`\x00\x00\x00\x02\x00\x01H\xaf\xa4q\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request) -> str:
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _store(url: str, clock=None, **kw) -> ClassroomStore:
    store = ClassroomStore(make_engine(url, **kw), clock=clock or Clock())
    store.ensure_schema()
    return store


def _matcher(risk: float = 4.0, role: str = "prompt_engineer", share: float = 0.8):
    return MatcherEntry.build(
        {"risk": risk, "math": 6, "programming": 7}, [(role, 81.5), ("ml_engineer", 70)], share
    )


def test_schema_is_created_on_first_use_and_versioned(db_url):
    store = ClassroomStore(make_engine(db_url))
    assert store.schema_version() is None
    assert store.ensure_schema() == 0
    assert store.schema_version() == SCHEMA_VERSION
    assert store.ensure_schema() == SCHEMA_VERSION  # idempotent
    tables = set(inspect(store.engine).get_table_names())
    assert {"classroom_schema", "classroom_classes", "classroom_members", "classroom_entries"} <= (
        tables
    )


def test_instances_starting_together_create_the_schema_once(db_url):
    results: list[object] = []

    def start() -> None:
        try:
            results.append(ClassroomStore(make_engine(db_url)).ensure_schema())
        except Exception as err:  # noqa: BLE001 - asserted below
            results.append(err)

    threads = [threading.Thread(target=start) for _ in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert sorted(results, key=str) == [0] + [SCHEMA_VERSION] * 5, results


def test_sqlite_file_uses_wal_and_its_folder_is_created(sqlite_url):
    store = _store(sqlite_url)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_upgrade_from_version_1_keeps_the_data(db_url):
    engine = make_engine(db_url)
    with engine.begin() as conn:
        create_v1_schema(conn)
        conn.execute(
            text(
                "INSERT INTO classroom_classes (code, teacher_hash, title, created_at, expires_at,"
                " closed) VALUES (:c, :h, 'old', 1, :e, :f)"
            ),
            {"c": "ABC346", "h": codes.hash_key("k" * 24), "e": 1e12, "f": False},
        )
        conn.execute(
            text(
                "INSERT INTO classroom_entries (class_id, student_id, kind, payload, created_at,"
                " updated_at) VALUES (1, :s, 'matcher', :p, 5, 5)"
            ),
            {"s": "a" * 32, "p": '{"profile": {"risk": 3}, "top": [["x", 50]], "robust_share": 1}'},
        )
    store = ClassroomStore(engine, clock=Clock(100))
    assert store.schema_version() == 1
    assert store.ensure_schema() == 1
    assert store.schema_version() == SCHEMA_VERSION
    grant = store.authorize("ABC346", "k" * 24)
    assert grant is not None
    assert store.counts(grant) == (1, 1)  # the submitter became a member
    [entry] = store.entries(grant)
    assert entry.hidden is False and entry.entry.profile["risk"] == 3.0


def test_one_entry_per_student_per_kind_resubmit_replaces_and_withdraw(db_url):
    store = _store(db_url)
    grant, _key = store.create_class("Period 3")
    alice, bob = codes.new_student_id(), codes.new_student_id()
    store.join(grant.code, alice)
    store.join(grant.code, alice)  # idempotent
    store.join(grant.code, bob)
    store.submit(grant.code, alice, _matcher(risk=2))
    store.submit(grant.code, alice, _matcher(risk=9))  # replaces
    store.submit(grant.code, alice, TextSample.build(output="hello", temperature=0.7))
    assert store.counts(grant) == (2, 1)
    kinds = sorted(
        (e.kind, getattr(e.entry, "profile", {}).get("risk")) for e in store.entries(grant)
    )
    assert kinds == [("matcher", 9.0), ("text", None)]
    assert store.withdraw(grant.code, alice, "matcher") is True
    assert store.withdraw(grant.code, alice, "matcher") is False
    assert [e.kind for e in store.entries(grant)] == ["text"]


def test_class_codes_are_unique_and_unambiguous(db_url):
    store = _store(db_url)
    made = {store.create_class()[0].code for _ in range(30)}
    assert len(made) == 30
    assert all(len(c) == 6 and set(c) <= set(codes.ALPHABET) for c in made)
    assert not set("01OIL5S2Z") & set(codes.ALPHABET)
    with store.engine.begin() as conn, pytest.raises(IntegrityError):
        conn.execute(
            text(
                "INSERT INTO classroom_classes (code, teacher_hash, title, created_at,"
                " expires_at, closed) VALUES (:c, 'h', '', 0, 1, :f)"
            ),
            {"c": next(iter(made)), "f": False},
        )


def test_join_code_never_grants_teacher_rights_and_wrong_keys_fail(db_url):
    store = _store(db_url)
    grant, key = store.create_class()
    assert store.authorize(grant.code, key) is not None
    assert store.authorize(grant.code.lower(), key) is not None  # codes forgive case
    for wrong in ("", grant.code, key[:-1], key + "x", "x" * 500, None):
        assert store.authorize(grant.code, wrong) is None
    assert store.authorize("ZZZZZZ", key) is None
    with store.engine.connect() as conn:
        stored = conn.execute(text("SELECT teacher_hash FROM classroom_classes")).scalar()
    assert stored == codes.hash_key(key) and key not in stored  # only the hash is kept


def test_signed_in_owner_needs_no_key(db_url):
    store = _store(db_url)
    grant, _ = store.create_class("mine", owner="teacher@school.example")
    assert store.authorize(grant.code, None, owner="teacher@school.example") is not None
    assert store.authorize(grant.code, None, owner="someone@else.example") is None
    assert [g.code for g in store.owned_classes("teacher@school.example")] == [grant.code]


def test_students_read_only_their_own_entries(db_url):
    store = _store(db_url)
    grant, _ = store.create_class()
    alice, bob = codes.new_student_id(), codes.new_student_id()
    store.submit(grant.code, alice, TextSample.build(output="alice's secret"))
    store.submit(grant.code, bob, TextSample.build(output="bob's words"))
    mine = store.student_entries(grant.code, alice)
    assert [e.entry.output for e in mine] == ["alice's secret"]
    teacher_view = store.entries(grant)
    assert all(alice not in e.student and bob not in e.student for e in teacher_view)


def test_hidden_entries_stay_out_of_exports_unless_asked(db_url):
    store = _store(db_url)
    grant, _ = store.create_class()
    for word in ("keep", "hide me"):
        store.submit(grant.code, codes.new_student_id(), TextSample.build(output=word))
    hide = next(e for e in store.entries(grant) if e.entry.output == "hide me")
    store.set_hidden(grant, hide.id, True)
    visible = store.entries(grant, include_hidden=False)
    assert [e.entry.output for e in visible] == ["keep"]
    every = store.entries(grant)
    assert "hide me" not in sm.to_csv(sm.for_export(every, include_hidden=False))
    assert "hide me" in sm.to_csv(sm.for_export(every, include_hidden=True))
    assert "hide me" not in sm.to_json(sm.for_export(every, include_hidden=False))


def test_closed_and_expired_classes_refuse_and_expired_data_is_purged(db_url):
    clock = Clock()
    store = _store(db_url, clock)
    grant, key = store.create_class(days=1)
    keep, _ = store.create_class(days=30)
    sid = codes.new_student_id()
    store.submit(grant.code, sid, _matcher())
    store.submit(keep.code, sid, _matcher())
    store.close_class(grant)
    with pytest.raises(ClassNotFound):
        store.submit(grant.code, sid, _matcher())
    store.close_class(grant, closed=False)
    clock.now += 2 * 86_400
    assert store.find_class(grant.code) is None
    with pytest.raises(ClassNotFound):
        store.join(grant.code, sid)
    assert store.purge_expired() == 1
    with store.engine.connect() as conn:
        left = conn.execute(text("SELECT COUNT(*) FROM classroom_entries")).scalar()
    assert left == 1  # only the class still in date keeps its entry
    store.delete_class(keep)
    assert store.find_class(keep.code) is None


def test_hostile_input_is_stored_bounded_and_clean(db_url):
    store = _store(db_url)
    grant, _ = store.create_class("<script>alert(1)</script>\x00\u202e" + "t" * 500)
    assert len(grant.title) <= 120 and "\x00" not in grant.title and "\u202e" not in grant.title
    sid = codes.new_student_id()
    huge = "<img src=x onerror=alert(1)>\x07\x1b[31m" + "A" * 100_000
    store.submit(
        grant.code, sid, TextSample.build(prompt=huge, output=huge, temperature=1e9, seed=-5)
    )
    store.submit(grant.code, sid, ImageSample.build(png=PNG, steps=10**9, guidance=float("nan")))
    text_entry, image_entry = sorted(store.entries(grant), key=lambda e: e.kind, reverse=True)
    sample = text_entry.entry
    assert len(sample.prompt) == 2000 and len(sample.output) == 4000
    assert "\x07" not in sample.output and "\x1b" not in sample.output
    assert sample.output.startswith("<img src=x onerror=alert(1)>")  # kept as text, shown as text
    assert sample.temperature == 5 and sample.seed == 0
    assert image_entry.entry.steps == 1000 and image_entry.entry.guidance == 0.0
    assert image_entry.entry.png == PNG
    with pytest.raises(ValueError):
        ImageSample.build(png=b"<svg onload=alert(1)>")
    with pytest.raises(ValueError):
        store.submit(grant.code, "x'; DROP TABLE classroom_entries; --", _matcher())
    assert store.counts(grant) == (1, 1)


def _concurrent_submissions(url: str, n: int = 40) -> tuple[ClassroomStore, object, list]:
    store = _store(url)
    grant, _ = store.create_class("load")
    ids = [codes.new_student_id() for _ in range(n)]
    barrier = threading.Barrier(n)
    errors: list[BaseException] = []

    def student(i: int) -> None:
        # each student its own engine and connection, as separate app sessions would have
        own = ClassroomStore(make_engine(url))
        try:
            own.join(grant.code, ids[i])
            barrier.wait(timeout=60)
            own.submit(grant.code, ids[i], _matcher(risk=i % 11, share=i / n))
            own.submit(grant.code, ids[i], TextSample.build(output=f"sample {i}"))
        except BaseException as err:  # noqa: BLE001 - collected and asserted below
            errors.append(err)
        finally:
            own.engine.dispose()

    threads = [threading.Thread(target=student, args=(i,)) for i in range(n)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    return store, grant, errors


@pytest.mark.slow
def test_forty_students_at_once_every_submission_stored_exactly_once(db_url):
    store, grant, errors = _concurrent_submissions(db_url, 40)
    assert errors == []
    stored = store.entries(grant)
    assert len(stored) == 80
    assert store.counts(grant) == (40, 40)
    texts = sorted(e.entry.output for e in stored if e.kind == "text")
    assert texts == sorted(f"sample {i}" for i in range(40))
    risks = sorted(e.entry.profile["risk"] for e in stored if e.kind == "matcher")
    assert risks == sorted(float(i % 11) for i in range(40))


def test_locked_sqlite_reports_unavailable_instead_of_hanging(sqlite_url):
    store = _store(sqlite_url)
    grant, _ = store.create_class()
    impatient = ClassroomStore(make_engine(sqlite_url, busy_timeout_ms=200))
    locker = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")  # another process holds the database
    try:
        with pytest.raises(StorageUnavailable):
            impatient.submit(grant.code, codes.new_student_id(), _matcher())
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    impatient.submit(grant.code, codes.new_student_id(), _matcher())  # works once released
    assert store.counts(grant) == (1, 1)


def test_unreachable_postgres_reports_unavailable():
    store = ClassroomStore(
        make_engine(
            "postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 2}
        )
    )
    with pytest.raises(StorageUnavailable):
        store.ensure_schema()
    with pytest.raises(StorageUnavailable):
        store.submit("ABC346", codes.new_student_id(), _matcher())


def test_a_failing_write_in_a_busy_moment_fails_alone(sqlite_url):
    """Writes that arrive together share one SQLite transaction; a write to a closed class
    still fails by itself and takes no one else's entry with it."""
    store = _store(sqlite_url)
    good, _ = store.create_class()
    shut, _ = store.create_class()
    store.close_class(shut)
    results: dict[int, object] = {}
    barrier = threading.Barrier(20)

    def student(i: int) -> None:
        own = ClassroomStore(make_engine(sqlite_url), clock=store.clock)
        barrier.wait(timeout=60)
        try:
            own.submit(shut.code if i % 5 == 0 else good.code, codes.new_student_id(), _matcher())
            results[i] = "ok"
        except ClassNotFound as err:
            results[i] = err
        finally:
            own.engine.dispose()

    threads = [threading.Thread(target=student, args=(i,)) for i in range(20)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert sorted(i for i, r in results.items() if r != "ok") == [0, 5, 10, 15]
    assert store.counts(good) == (16, 16) and len(store.entries(good)) == 16
    assert store.counts(shut) == (0, 0)


def test_postgres_tests_skip_with_a_reason_when_the_server_is_missing(monkeypatch):
    from tests import classroom_fixtures as fx

    monkeypatch.setattr(fx, "find_pg_ctl", lambda: None)
    executable, reason, _real = fx._executable()
    assert executable is None and "pg_ctl" in reason and "postgresql" in reason
    monkeypatch.setattr(fx, "find_pg_ctl", lambda: "/opt/pg/bin/pg_ctl")
    executable, reason, real = fx._executable()
    assert real == "/opt/pg/bin/pg_ctl" and reason == ""
    assert executable == real or executable.endswith("/pg_ctl")  # a wrapper when root
