"""The one URL-state helper (aigc_dash.core.urlstate): parse, clamp, notices, round trip."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aigc_dash.core.text import md_escape
from aigc_dash.core.urlstate import Setting, SettingTable

TABLE = SettingTable(
    [
        Setting("steps", "int", 20, lo=1, hi=200),
        Setting("guidance", "float", 2.0, lo=0.0, hi=10.0, step=0.5),
        Setting("scheduler", "choice", "ddim", choices=("ddim", "ddpm")),
        Setting("prompt", "text", "Hello", max_chars=10, keep="end"),
        Setting("live", "bool", False),
        Setting("max_new_tokens", "int", 40, lo=1, hi=200, key="len"),
    ],
    notice_prefix="nopage",
)


def test_defaults_when_the_url_is_empty():
    values, notices = TABLE.parse({})
    assert values == TABLE.defaults
    assert notices == []


def test_bad_values_are_clamped_or_replaced_with_a_notice_each():
    values, notices = TABLE.parse(
        {"steps": "999", "guidance": "2.7", "scheduler": "evil", "prompt": "x" * 15, "len": "NaN"}
    )
    assert values["steps"] == 200
    assert values["guidance"] == 2.5  # onto the slider's grid, silently
    assert values["scheduler"] == "ddim"
    assert values["prompt"] == "x" * 10
    assert values["max_new_tokens"] == 40
    kinds = {n.key: n.kind for n in notices}
    assert kinds == {
        "steps": "out_of_range",
        "scheduler": "unknown_choice",
        "prompt": "too_long",
        "len": "not_a_number",
    }


def test_notice_text_is_translated_and_escapes_the_value():
    _, notices = TABLE.parse({"scheduler": "[x](javascript:alert(1))"})
    en, zh = notices[0].text("en"), notices[0].text("zh")
    assert "not one of the choices" in en and "不是可选项" in zh
    assert "[x](" not in en and "\\[x\\]\\(" in en


def test_fallback_is_rechecked_and_foreign_keys_are_ignored():
    values, notices = TABLE.parse({"lang": "zh", "other": "1"}, fallback={"steps": 5000})
    assert values["steps"] == 200 and notices == []


def test_to_query_writes_only_non_defaults_under_their_url_keys():
    query = TABLE.to_query({**TABLE.defaults, "max_new_tokens": 80, "live": True})
    assert query == {"len": "80", "live": "1"}
    assert TABLE.to_query(TABLE.defaults) == {}


def test_callable_choices_are_read_each_time():
    options = ["a"]
    table = SettingTable([Setting("model", "choice", "a", choices=lambda: tuple(options))])
    assert table.parse({"model": "b"})[0]["model"] == "a"
    options.append("b")
    assert table.parse({"model": "b"})[0]["model"] == "b"


def test_duplicate_keys_are_refused():
    import pytest

    with pytest.raises(ValueError):
        SettingTable([Setting("a", "int", 1), Setting("b", "int", 1, key="a")])


@given(
    steps=st.integers(1, 200),
    guidance=st.sampled_from([x / 2 for x in range(21)]),
    scheduler=st.sampled_from(["ddim", "ddpm"]),
    prompt=st.text(max_size=10),
    live=st.booleans(),
)
def test_round_trip(steps, guidance, scheduler, prompt, live):
    values = {
        "steps": steps,
        "guidance": guidance,
        "scheduler": scheduler,
        "prompt": prompt,
        "live": live,
        "max_new_tokens": 40,
    }
    parsed, notices = TABLE.parse(TABLE.to_query(values))
    assert notices == []
    assert parsed == values


@given(st.text(max_size=300))
def test_hostile_url_values_never_raise(raw):
    values, _ = TABLE.parse({s.url_key: raw for s in TABLE.settings})
    assert 1 <= values["steps"] <= 200 and 0 <= values["guidance"] <= 10
    assert len(values["prompt"]) <= 10


def test_md_escape_bounds_and_neutralises_markup():
    assert md_escape("<b>**x**</b>") == "\\<b\\>\\*\\*x\\*\\*\\</b\\>"
    assert md_escape("a\x00b") == "a\ufffdb"
    assert md_escape("abcdef", limit=4) == "abc…"


# --- extensions: lists of ids, case-insensitive choices, always-written values, strict tables


LISTS = SettingTable(
    [
        Setting("compare", "list", ("a", "b"), choices=("a", "b", "c", "d")),
        Setting("metric", "list", (), choices=("m1", "m2"), sep=""),
        Setting("geo", "choice", "all", choices=("all", "china"), ignore_case=True),
        Setting("risk", "float", 5.0, lo=0, hi=10, step=0.5, write_default=True),
    ],
    notice_prefix="nopage",
)


def test_a_joined_list_keeps_known_ids_in_order_and_reports_the_rest():
    values, notices = LISTS.parse({"compare": "c,zz,a,c, ,<img>"})
    assert values["compare"] == ["c", "a"]
    assert [(n.kind, n.key, n.value, n.used) for n in notices] == [
        ("unknown_choice", "compare", "zz, <img>", "c, a")
    ]
    assert "\\<img\\>" in notices[0].text("en")
    # Nothing usable gives the default; an empty value is an empty selection.
    values, notices = LISTS.parse({"compare": "zz"})
    assert values["compare"] == ["a", "b"] and notices[0].used == "a, b"
    assert LISTS.parse({"compare": ""}) == ({**LISTS.defaults, "compare": []}, [])


def test_a_repeated_key_is_a_list_and_round_trips():
    values, notices = LISTS.parse({"metric": ["m2", "m1", "m2"]})
    assert values["metric"] == ["m2", "m1"] and notices == []
    assert LISTS.to_params({"metric": ["m2", "m1"]}) == {"metric": ["m2", "m1"]}
    assert LISTS.to_query({"metric": ["m2", "m1"]}) == {}  # several values: only in to_params
    assert LISTS.to_params({"metric": []}) == {}  # the default: no key
    assert LISTS.to_query({"compare": ["d"]}) == {"compare": "d"}
    assert LISTS.to_query({"compare": []}) == {"compare": ""}
    back = LISTS.parse(LISTS.to_params({"compare": [], "metric": ["m1"]}))[0]
    assert back["compare"] == [] and back["metric"] == ["m1"]
    assert LISTS.clamp("metric", ["m1", "x", "m1"]) == ["m1"]


def test_ignore_case_and_write_default():
    assert LISTS.parse({"geo": "China"})[0]["geo"] == "china"
    assert LISTS.to_query(LISTS.defaults) == {"risk": "5"}


def test_a_strict_table_reports_unknown_keys_but_not_lang():
    strict = SettingTable([Setting("steps", "int", 20, lo=1, hi=200)], "nopage", strict=True)
    _, notices = strict.parse({"lang": "en", "steps": "3", "foo": "bar"})
    assert [(n.kind, n.key, n.value) for n in notices] == [("unknown_key", "foo", "bar")]
    assert strict.unknown_keys(["lang", "steps", "foo"]) == ["foo"]
    assert TABLE.unknown_keys(["foo"]) == []  # not strict: other keys are someone else's
    assert notices[0].text("en") and notices[0].text("zh")


@given(
    st.dictionaries(
        st.sampled_from(["compare", "metric", "geo", "x"]),
        st.one_of(st.text(max_size=50), st.lists(st.text(max_size=10), max_size=5)),
    )
)
def test_hostile_list_values_never_raise(params):
    values, _ = LISTS.parse(params)
    assert set(values["compare"]) <= {"a", "b", "c", "d"}
    assert len(values["metric"]) == len(set(values["metric"])) <= 2
