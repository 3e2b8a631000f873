"""Every string exists in both languages; language detection follows the browser."""

import pytest

from aigc_dash.core import i18n


def test_every_string_has_both_languages():
    assert len(i18n.STRINGS) > 10
    for key, texts in i18n.STRINGS.items():
        assert set(texts) == set(i18n.LANGS), key
        for lang in i18n.LANGS:
            assert texts[lang].strip(), (key, lang)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh-CN", "zh"),
        ("zh-TW,zh;q=0.9,en;q=0.8", "zh"),
        ("zh", "zh"),
        ("en-US", "en"),
        ("fr-FR,zh;q=0.5", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_browser_default(locale, expected):
    assert i18n.lang_from_locale(locale) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("zh", "zh"),
        ("EN", "en"),
        ("zh-Hans", "zh"),
        (["en"], "en"),
        ("xx", None),
        ("", None),
        (3, None),
    ],
)
def test_normalize_lang(value, expected):
    assert i18n.normalize_lang(value) == expected


def test_t_formats_and_rejects_unknown_keys():
    assert "x.csv" in i18n.t(
        "error_data_detail", "en", file="x.csv", column="a", row=1, problem="p"
    )
    with pytest.raises(KeyError):
        i18n.t("no_such_key", "en")


def test_pick_falls_back_to_english():
    assert i18n.pick({"name_zh": "甲", "name_en": "A"}, "name", "zh") == "甲"
    assert i18n.pick({"name_zh": "", "name_en": "A"}, "name", "zh") == "A"


def test_every_model_note_exists_in_both_languages():
    from aigc_dash.generation import models

    for model_id, info in models.REGISTRY.items():
        for lang in i18n.LANGS:
            assert info.size(lang).strip(), (model_id, lang)
            assert info.licence_in(lang).strip(), (model_id, lang)
        assert info.size("zh") != info.size("en"), model_id
