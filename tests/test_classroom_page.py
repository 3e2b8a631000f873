"""The Classroom page (AppTest through Home.py): teacher and student roles in both languages,
key checks, privacy, hostile input shown as text, and a database that cannot be reached."""

from __future__ import annotations

import pytest

from aigc_dash.classroom import codes
from aigc_dash.classroom.entries import TextSample
from aigc_dash.classroom.store import ClassroomStore, make_engine
from aigc_dash.ui import classroom as cr
from tests.helpers import page, run_page

# slow lane: builds corpora, runs pages through AppTest or starts databases (fast lane < 60 s)
pytestmark = pytest.mark.slow

PAGE = "pages/8_Classroom.py"


@pytest.fixture
def db(monkeypatch, sqlite_url) -> str:
    monkeypatch.setenv("AIGC_CLASSROOM_DB", sqlite_url)
    return sqlite_url


def _texts(at) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [e.value for e in at.error] + [w.value for w in at.warning]
    parts += [i.value for i in at.info] + [s.value for s in at.success]
    return "\n".join(str(p) for p in parts)


def _teacher(lang: str = "en"):
    at = run_page(PAGE, lang)
    at.segmented_control(key="classroom_role").set_value("teacher").run()
    at.text_input(key="classroom_title").input("Period 3")
    at.button(key="classroom_create_submit").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_visiting_the_page_touches_no_database(monkeypatch, tmp_path, lang):
    monkeypatch.delenv("AIGC_CLASSROOM_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    at = run_page(PAGE, lang)
    assert not at.exception
    at.segmented_control(key="classroom_role").set_value("teacher").run()
    assert not at.exception
    assert not (tmp_path / "data").exists()  # the default SQLite file appears on first use only


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_teacher_creates_a_class_with_code_link_qr_and_a_key_shown_once(db, lang):
    at = _teacher(lang)
    grant = at.session_state[cr.S_GRANT]
    shown = [c.value for c in at.code]
    key = shown[0]
    assert grant.code in shown and f"/Classroom?class={grant.code}" in shown[2]
    assert len(at.get("image")) >= 1  # the QR code
    assert [m.value for m in at.metric][:3] == ["0", "0", "0"]
    store = ClassroomStore(make_engine(db))
    assert store.authorize(grant.code, key) is not None
    at.run()
    assert key not in [c.value for c in at.code]  # never shown again


def test_student_joins_by_link_and_the_dashboard_counts_without_reload(db):
    teacher = _teacher("en")
    code = teacher.session_state[cr.S_GRANT].code
    student = run_page(PAGE, "zh", **{"class": code})
    assert not student.exception
    assert student.session_state[cr.S_CODE] == code
    assert code in _texts(student) and "你已加入班级" in _texts(student)
    store = ClassroomStore(make_engine(db))
    store.submit(code, student.session_state[cr.S_STUDENT], TextSample.build(output="hi"))
    teacher.run()
    assert [m.value for m in teacher.metric][:3] == ["1", "1", "1"]


def test_bad_or_unknown_codes_are_refused_in_the_users_language(db):
    at = run_page(PAGE, "zh", **{"class": "0O1I<script>"})
    assert not at.exception and "这不是有效的班级码" in _texts(at)
    at = run_page(PAGE, "en", **{"class": "ABCDEF"})
    assert not at.exception and "No such class" in _texts(at)
    assert cr.S_CODE not in at.session_state


def test_a_join_code_never_opens_the_dashboard_and_wrong_keys_lock_the_form(db):
    teacher = _teacher("en")
    code = teacher.session_state[cr.S_GRANT].code
    at = run_page(PAGE, "en", **{"class": code})
    at.segmented_control(key="classroom_role").set_value("teacher").run()
    for attempt in range(cr.MAX_KEY_ATTEMPTS):
        at.text_input(key="classroom_t_code").input(code)
        at.text_input(key="classroom_t_key").input(code if attempt == 0 else f"guess{attempt}")
        at.button(key="classroom_open_submit").click().run()
        assert not at.exception
        assert cr.S_GRANT not in at.session_state
    assert "0 tries left" in _texts(at)
    at.run()
    assert "Too many wrong tries" in _texts(at)
    assert not [b for b in at.button if b.key == "classroom_open_submit"]  # the form is gone


def test_teacher_reopens_with_the_key(db):
    store = ClassroomStore(make_engine(db))
    store.ensure_schema()
    grant, key = store.create_class("Lab")
    at = run_page(PAGE, "zh")
    at.segmented_control(key="classroom_role").set_value("teacher").run()
    at.text_input(key="classroom_t_code").input(grant.code.lower())
    at.text_input(key="classroom_t_key").input(key)
    at.button(key="classroom_open_submit").click().run()
    assert not at.exception
    assert at.session_state[cr.S_GRANT].code == grant.code
    assert "看板" in _texts(at) or any("看板" in s.value for s in at.subheader)


def test_hostile_samples_are_shown_as_text_and_can_be_hidden(db):
    teacher = _teacher("en")
    grant = teacher.session_state[cr.S_GRANT]
    store = ClassroomStore(make_engine(db))
    evil = '<img src=x onerror="alert(1)"> **bold** [link](javascript:alert(1))\x1b[31m'
    store.submit(grant.code, codes.new_student_id(), TextSample.build(prompt=evil, output=evil))
    teacher.run()
    assert not teacher.exception
    shown = [c.value for c in teacher.code]
    assert any(v.startswith('<img src=x onerror="alert(1)">') for v in shown)
    assert all("<img" not in str(m.value) for m in teacher.markdown)
    [entry] = store.entries(grant)
    teacher.checkbox(key=f"classroom_hide_{entry.id}").check().run()
    assert not teacher.exception
    assert store.entries(grant)[0].hidden is True
    assert store.entries(grant, include_hidden=False) == []


def test_students_see_only_their_own_entries(db):
    store = ClassroomStore(make_engine(db))
    store.ensure_schema()
    grant, _ = store.create_class()
    store.submit(grant.code, codes.new_student_id(), TextSample.build(output="someone else's"))
    at = run_page(PAGE, "en", **{"class": grant.code})
    store.submit(grant.code, at.session_state[cr.S_STUDENT], TextSample.build(output="my own"))
    at.run()
    shown = [c.value for c in at.code]
    assert "my own" in shown and "someone else's" not in shown
    at.button(key="classroom_withdraw_text").click().run()
    assert store.counts(grant) == (2, 1)


@pytest.mark.parametrize(
    "lang,expected", [("zh", "课堂数据库暂时无法访问"), ("en", "cannot be reached")]
)
def test_unreachable_database_is_a_message_not_a_crash(monkeypatch, lang, expected):
    monkeypatch.setenv("AIGC_CLASSROOM_DB", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    at = run_page(PAGE, lang, **{"class": "ABC346"})
    assert not at.exception
    assert expected in _texts(at)
    other = page("pages/7_Resources.py", lang)
    other.run()
    assert not other.exception  # every other page still works


def _joined(path: str, lang: str, code: str, **params: str):
    at = page(path, lang, **params)
    at.session_state[cr.S_CODE] = code
    at.session_state[cr.S_STUDENT] = codes.new_student_id()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _class(db: str):
    store = ClassroomStore(make_engine(db))
    store.ensure_schema()
    grant, _ = store.create_class("Demo")
    return store, grant


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_matcher_submits_profile_top_three_and_robustness(db, lang):
    store, grant = _class(db)
    at = _joined("pages/3_Career_Matcher.py", lang, grant.code, risk="8", math="2")
    at.button(key="matcher_classroom_submit").click().run()
    assert not at.exception
    assert at.success and grant.code in at.success[-1].value
    [entry] = store.entries(grant)
    e = entry.entry
    assert entry.kind == "matcher" and e.profile["risk"] == 8.0 and e.profile["math"] == 2.0
    assert len(e.top) == 3 and e.top[0].score >= e.top[1].score >= e.top[2].score
    assert 0.0 <= e.robust_share <= 1.0
    at.slider(key="matcher_risk").set_value(1.0).run()
    at.button(key="matcher_classroom_submit").click().run()  # resubmitting replaces
    [entry] = store.entries(grant)
    assert entry.entry.profile["risk"] == 1.0
    teacher = page(PAGE, lang)
    teacher.session_state[cr.S_GRANT] = grant
    teacher.run()
    assert not teacher.exception, [e.value for e in teacher.exception]
    charts = teacher.get("plotly_chart")
    assert len(charts) == 4  # risk histogram, radar, top roles, robustness
    assert [m.value for m in teacher.metric][:3] == ["1", "1", "1"]


def test_matcher_without_a_class_shows_only_a_hint(db):
    at = run_page("pages/3_Career_Matcher.py", "en")
    assert not at.exception
    assert not [b for b in at.button if b.key == "matcher_classroom_submit"]
    assert any("Classroom page" in c.value for c in at.caption)


@pytest.mark.parametrize(
    "lang,expected", [("zh", "课堂数据库暂时无法访问"), ("en", "cannot be reached")]
)
def test_database_down_keeps_the_entry_with_a_retry_button(monkeypatch, db, lang, expected):
    store, grant = _class(db)
    at = _joined("pages/3_Career_Matcher.py", lang, grant.code)
    monkeypatch.setenv("AIGC_CLASSROOM_DB", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    at.button(key="matcher_classroom_submit").click().run()
    assert not at.exception
    assert expected in _texts(at)
    assert "matcher" in at.session_state[cr.S_PENDING]
    assert store.entries(grant) == []
    monkeypatch.setenv("AIGC_CLASSROOM_DB", db)  # the database is back
    at.run()
    at.button(key="matcher_classroom_retry").click().run()
    assert not at.exception
    assert [e.kind for e in store.entries(grant)] == ["matcher"]
    assert "matcher" not in at.session_state[cr.S_PENDING]


@pytest.mark.slow
def test_text_playground_shares_one_sample_with_its_exact_settings(db):
    store, grant = _class(db)
    at = _joined(
        "pages/4_Text_Playground.py",
        "en",
        grant.code,
        max_new_tokens="8",
        temperature="1.3",
        seed="7",
    )
    at.button(key="text_generate").click().run()
    assert not at.exception
    at.button(key="text_classroom_submit").click().run()
    assert not at.exception, [e.value for e in at.exception]
    [entry] = store.entries(grant)
    s = entry.entry
    assert entry.kind == "text" and s.output.strip() and s.seed == 7 and s.max_new_tokens == 8
    assert s.temperature == pytest.approx(1.3) and s.model == "gpt"
    result = at.session_state["text_result"]
    assert s.output == result.texts[0] and s.prompt == result.prompt


@pytest.mark.slow
def test_image_playground_shares_the_digit_as_png_with_its_settings(db):
    store, grant = _class(db)
    at = _joined(
        "pages/5_Image_Playground.py", "zh", grant.code, tab="diffusion", steps="3", digit="4"
    )
    at.button(key="image_diff_generate").click().run()
    assert not at.exception
    at.button(key="image_classroom_submit").click().run()
    assert not at.exception, [e.value for e in at.exception]
    [entry] = store.entries(grant)
    s = entry.entry
    assert entry.kind == "image" and s.png.startswith(b"\x89PNG") and s.steps == 3 and s.digit == 4
    teacher = page(PAGE, "en")
    teacher.session_state[cr.S_GRANT] = grant
    teacher.run()
    assert not teacher.exception
    assert any("3 steps" in m.value for m in teacher.markdown)


def test_teacher_closes_reopens_and_deletes_the_class(db):
    teacher = _teacher("en")
    grant = teacher.session_state[cr.S_GRANT]
    store = ClassroomStore(make_engine(db))
    teacher.button(key="classroom_close").click().run()
    assert not teacher.exception
    assert "no longer accepts entries" in _texts(teacher)
    with pytest.raises(Exception, match=grant.code):
        store.submit(grant.code, codes.new_student_id(), TextSample.build(output="late"))
    teacher.button(key="classroom_close").click().run()  # accept entries again
    store.submit(grant.code, codes.new_student_id(), TextSample.build(output="on time"))
    teacher.checkbox(key="classroom_delete_sure").check().run()
    teacher.button(key="classroom_delete").click().run()
    assert not teacher.exception
    assert cr.S_GRANT not in teacher.session_state
    assert f"Class {grant.code} and all its entries are deleted" in _texts(teacher)
    assert store.find_class(grant.code) is None and store.authorize(grant.code, "x") is None


def test_exports_are_built_at_click_time_and_leave_hidden_entries_out(db):
    teacher = _teacher("en")
    grant = teacher.session_state[cr.S_GRANT]
    store = ClassroomStore(make_engine(db))
    csv_export = cr._export(grant, include_hidden=False, fmt="csv")
    store.submit(grant.code, codes.new_student_id(), TextSample.build(output="=HYPERLINK(1)"))
    store.submit(grant.code, codes.new_student_id(), TextSample.build(output="secret"))
    hidden = next(e for e in store.entries(grant) if e.entry.output == "secret")
    store.set_hidden(grant, hidden.id, True)
    body = csv_export()  # built now, after the page ran: it has both new entries but one
    assert "'=HYPERLINK(1)" in body and "secret" not in body  # formulas are defused
    assert "secret" in cr._export(grant, include_hidden=True, fmt="json")()


def test_pages_with_a_class_button_do_not_load_sqlalchemy_until_used():
    import subprocess
    import sys

    code = "import sys, aigc_dash.ui.classroom; print(any(m.startswith('sqlalchemy') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr[-2000:]
