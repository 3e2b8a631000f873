"""The text corpus and training scripts: deterministic, split, and runnable for a few steps."""

from __future__ import annotations

import json

import pytest

from aigc_dash.training import corpus
from tests.helpers import needs_fortunes


@pytest.fixture(scope="module")
def docs():
    return corpus.documents()


@needs_fortunes
@pytest.mark.slow
def test_corpus_is_deterministic_and_bilingual(docs):
    again = corpus.documents()
    assert [(d.name, d.text) for d in docs] == [(d.name, d.text) for d in again]
    stats = corpus.describe(docs)
    assert set(stats) == {"en_train", "en_heldout", "zh_train", "zh_heldout"}
    assert stats["en_train"]["characters"] > 1_000_000
    assert stats["zh_train"]["characters"] > 500_000
    for key in ("en_heldout", "zh_heldout"):
        assert stats[key]["documents"] > 5
    assert not any("\x1b" in d.text for d in docs)  # fortune colour codes are stripped


@needs_fortunes
@pytest.mark.slow
def test_split_is_disjoint_and_stable(docs):
    train, held = corpus.split(docs)
    assert len(train) + len(held) == len(docs)
    assert not {d.name for d in train} & {d.name for d in held}
    share = len(held) / len(docs)
    assert 0.02 < share < 0.10
    # the split depends on the name only, so adding documents never moves old ones
    assert all(corpus.Document(d.name, d.lang, "other text").heldout for d in held)


@needs_fortunes
@pytest.mark.slow
def test_extra_stdlib_text_is_training_only_and_leaves_the_split_alone(docs):
    more = corpus.documents(extra_stdlib=True)
    _, held = corpus.split(docs)
    train_more, held_more = corpus.split(more)
    assert [(d.name, d.text) for d in held_more] == [(d.name, d.text) for d in held]
    extra = [d for d in more if d.train_only]
    assert extra and all(d.lang == "en" and not d.heldout for d in extra)
    assert {d.name for d in more} - {d.name for d in docs} == {d.name for d in extra}
    names = {d.name for d in extra}
    assert {"stdlib-extra:test/test_re.py", "stdlib-extra:tkinter/__init__.py"} <= names
    assert not any("site-packages" in n or "ensurepip" in n for n in names)
    # a test of a held-out module (contextlib, pickletools, ...) is never training text
    assert "stdlib:contextlib.py" in {d.name for d in held}
    assert not any("contextlib" in n or "pickletools" in n for n in names)
    gain = sum(len(d.text) for d in extra) / sum(
        len(d.text) for d in train_more if not d.train_only and d.lang == "en"
    )
    assert gain > 0.3


@needs_fortunes
@pytest.mark.slow
def test_poems_parse(docs):
    poems = corpus.poems()
    assert len(poems) > 350
    first = poems[0]
    assert first.title and first.author and len(first.lines) >= 2
    assert all("作者" not in line for p in poems for line in p.lines)


def test_missing_fortunes_is_a_clear_error(tmp_path):
    with pytest.raises(corpus.CorpusMissing, match="fortunes-zh"):
        corpus.poems(tmp_path)


TINY_GPT = [
    "--vocab",
    "400",
    "--layers",
    "1",
    "--width",
    "32",
    "--heads",
    "2",
    "--batch",
    "2",
    "--warmup",
    "2",
    "--final-eval-tokens",
    "2000",
    "--eval-every",
    "1000",
]


@needs_fortunes
@pytest.mark.slow
def test_gpt_training_script_runs_resumes_and_loads(tmp_path):
    from transformers import pipeline

    from aigc_dash.training import gpt

    out, ckpt = tmp_path / "gpt", tmp_path / "ckpt"
    gpt.main(["--max-steps", "2", "--out", str(out), "--ckpt-dir", str(ckpt), *TINY_GPT])
    info = gpt.main(
        ["--max-steps", "3", "--resume", "--out", str(out), "--ckpt-dir", str(ckpt), *TINY_GPT]
    )
    assert info["steps"] == 3
    saved = json.loads((out / "training_info.json").read_text())
    assert saved["heldout"]["en"]["bits_per_char"] > 0
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "bits/char" in card and "PSF" in card
    gpt.main(["--write-card", "--out", str(out), "--notes", "- a note for the card"])
    assert "- a note for the card" in (out / "README.md").read_text(encoding="utf-8")
    gen = pipeline("text-generation", model=str(out))
    rows = gen("def", max_length=12, num_return_sequences=2)
    assert len(rows) == 2 and all(r["generated_text"].startswith("def") for r in rows)


@needs_fortunes
@pytest.mark.slow
def test_rnn_training_script_runs_resumes_and_loads(tmp_path):
    from aigc_dash.generation import models, text
    from aigc_dash.training import rnn

    out, ckpt = tmp_path / "rnn", tmp_path / "ckpt"
    tiny = ["--embed", "8", "--hidden", "16", "--layers", "1", "--batch", "2", "--seq", "16"]
    rnn.main(["--max-steps", "2", "--out", str(out), "--ckpt-dir", str(ckpt), *tiny])
    info = rnn.main(
        ["--max-steps", "4", "--resume", "--out", str(out), "--ckpt-dir", str(ckpt), *tiny]
    )
    assert info["steps"] == 4
    loaded = models.load_rnn(path=str(out))
    poem = text.acrostic(loaded, "春风", line_length=5, seed=0)
    assert [line[0] for line in poem.lines] == ["春", "风"]
    assert "public domain" in (out / "README.md").read_text(encoding="utf-8")


@needs_fortunes
@pytest.mark.slow
def test_rnn_training_is_reproducible(tmp_path):
    from safetensors.torch import load_file

    from aigc_dash.training import rnn

    tiny = ["--embed", "8", "--hidden", "16", "--layers", "1", "--batch", "2", "--seq", "16"]
    for name in ("a", "b"):
        rnn.main(
            [
                "--max-steps",
                "3",
                "--out",
                str(tmp_path / name),
                "--ckpt-dir",
                str(tmp_path / f"ck{name}"),
                *tiny,
            ]
        )
    a = load_file(tmp_path / "a" / "model.safetensors")
    b = load_file(tmp_path / "b" / "model.safetensors")
    assert all((a[k] == b[k]).all() for k in a)
