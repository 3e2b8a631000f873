"""Modern Chinese corpus (manpages-zh, Debian Reference), art stripping and the prompt checks."""

from __future__ import annotations

import gzip
import json
import re

import pytest

from aigc_dash.training import corpus, evaluate_text
from tests.helpers import needs_modern_zh

# slow lane: builds corpora, runs pages through AppTest or starts databases (fast lane < 60 s)
pytestmark = pytest.mark.slow


ROFF = r""".\" a comment
.TH LS 1 2022年9月 "GNU coreutils 9.1" 用户命令
.de XX
.. this macro body is not text
..
.SH 名称
ls \- 列出目录内容
.SH 概述
\fBls\fP [\fI\,选项\/\fP]... \(em 列出
.PP
.TP
\fB\-a\fP, \fB\-\-all\fP
不要忽略以点号（\(lq.\(rq）起始的条目
.BR ls (1)
.TS
tab(:);
a:b.
表格:内容
.TE
.IP "\(bu" 4
第一项
"""


def test_strip_roff_keeps_the_text_and_drops_the_markup():
    text = corpus.strip_roff(ROFF)
    assert text.splitlines()[0] == "名称"
    assert "ls - 列出目录内容" in text
    assert "ls [选项]... — 列出" in text
    assert "-a, --all\n不要忽略以点号（“.”）起始的条目" in text
    assert "ls(1)" in text and "• \n" not in text and "•" in text
    for gone in ("comment", "macro body", "表格", "TH", "\\f", "\\(", "GNU coreutils"):
        assert gone not in text
    assert corpus.strip_roff(".so man1/other.1\n") == ""


def test_strip_art_drops_box_and_ascii_tables_and_keeps_prose():
    text = "\n".join(
        [
            "如果你已经安装了这些软件包。",
            "┌──────┬─────┐",
            "│mc    │V:65 │",
            "└──────┴─────┘",
            "+------------+",
            "| 软件包 | 说明 |",
            "|--------+-----|",
            "---------------------",
            "a - b, a--b and x | y are prose: 使用 -a 选项。",
        ]
    )
    assert corpus.strip_art(text) == (
        "如果你已经安装了这些软件包。\na - b, a--b and x | y are prose: 使用 -a 选项。"
    )


def test_debian_reference_sections_are_documents(tmp_path):
    body = "\n".join(
        [
            "Debian 参考手册",
            "目录",
            "1. GNU/Linux 教程",
            "    1.1. 控制台基础",
            "第 1 章 GNU/Linux 教程",
            "",
            "    我认为学习计算机系统就像学习一门新的外语。虽然教程和文档是有帮助的，但",
            "    你必须自己练习。[1]",
            "",
            "1.1.\u00a0控制台基础",
            "",
            "    这是一个 shell 提示符的例子，它显示了用户名和主机名，你可以在这里输入",
            "    命令和 Unix 工具的名称。",
            "",
            "    $ ls -l",
            "    +------+",
            "    | 表格 |",
            "    +------+",
            "",
            "---------------------------------------------------------------------",
            "",
            "    ^[1] 脚注文字在这里，脚注也是正文的一部分。",
        ]
    )
    path = tmp_path / "ref.txt.gz"
    path.write_bytes(gzip.compress(body.encode("utf-8")))
    docs = corpus.debian_reference_documents(path)
    assert [d.name for d in docs] == ["debian-reference:1", "debian-reference:1.1"]
    assert all(d.modern and d.group == corpus.MODERN_GROUP for d in docs)
    chapter, section = docs
    assert chapter.text.startswith("GNU/Linux 教程\n\n我认为")
    assert "但你必须自己练习。" in chapter.text and "[1]" not in chapter.text
    assert "输入命令和 Unix 工具的名称" in section.text
    assert "$ ls -l" in section.text and "表格" not in section.text


def test_missing_modern_sources_are_a_clear_error(tmp_path):
    with pytest.raises(corpus.CorpusMissing, match="apt-get install manpages-zh"):
        corpus.manpage_documents(tmp_path / "none")
    with pytest.raises(corpus.CorpusMissing, match="debian-reference-zh-cn"):
        corpus.debian_reference_documents(tmp_path / "none.txt.gz")


def test_fortunes_have_no_box_drawing_and_keep_their_numbering():
    docs = corpus.chinese_documents()
    assert not any(re.search(r"[\u2500-\u257f]", d.text) for d in docs)
    # entries are numbered by their place in the file, so the split never moves
    assert "fortunes:chinese:0" in {d.name for d in docs}
    assert len(docs) > 5000


@pytest.fixture(scope="module")
def modern_docs():
    return corpus.documents(modern_zh=True)


@needs_modern_zh
def test_modern_corpus_is_clean_deterministic_and_split(modern_docs):
    modern = [d for d in modern_docs if d.modern]
    assert [(d.name, d.text) for d in modern] == [
        (d.name, d.text) for d in corpus.modern_documents()
    ]
    sources = corpus.describe_sources(modern_docs)
    assert sources["manpages-zh_train"]["han"] > 600_000
    assert sources["debian-reference_train"]["han"] > 60_000
    stats = corpus.describe(modern_docs)
    assert stats["zh_modern_heldout"]["documents"] > 20
    assert stats["zh_modern_heldout"]["characters"] > 30_000
    for d in modern:
        assert not re.search(r"[\u2500-\u257f]", d.text), d.name
        assert corpus.han_count(d.text) >= 0.1 * len(d.text) or d.source != "manpages-zh"
    # roff escapes are gone, except where a page documents them (man.7, regex.7: "\\e(")
    # (and lexgrog.1's example of ".SH")
    roff = re.compile(r"\\f[BIRP]|\\\(..|^\.(?:SH|TP|PP|B|I|BR) ", re.M)
    escaped = [d.name for d in modern if roff.search(d.text)]
    assert len(escaped) <= 10, escaped
    # the held-out split is by name only
    held = [d for d in modern if d.heldout]
    assert all(corpus.Document(d.name, "zh", "x", modern=True).heldout for d in held)
    assert 0.02 < len(held) / len(modern) < 0.10


@needs_modern_zh
def test_modern_corpus_leaves_the_existing_held_out_splits_alone(modern_docs):
    _, before = corpus.split(corpus.documents())
    _, after = corpus.split(modern_docs)
    old = [(d.name, d.text) for d in after if not d.modern]
    assert old == [(d.name, d.text) for d in before]
    assert set(corpus.describe(modern_docs)) == {
        "en_train",
        "en_heldout",
        "zh_train",
        "zh_heldout",
        "zh_modern_train",
        "zh_modern_heldout",
    }


@needs_modern_zh
def test_training_text_never_repeats_the_modern_held_out(modern_docs):
    train, held = corpus.split(modern_docs)
    kept, dropped = corpus.decontaminate(train, held)
    assert dropped and len(kept) + len(dropped) == len(train)
    # fortunes-zh's sayings hold an older Debian Reference: some of it must go
    assert any(d.source == "fortunes" for d in dropped)
    assert all(d.lang == "zh" for d in dropped)
    again, none = corpus.decontaminate(kept, held)
    assert not none and len(again) == len(kept)


@needs_modern_zh
def test_corpus_stats_entry_point(capsys):
    corpus.main(["--stats", "--modern-zh"])
    out = capsys.readouterr().out
    for key in ("zh_modern_heldout", "manpages-zh_train", "debian-reference_heldout", "han"):
        assert key in out


def test_prompt_checks_find_attributions_function_words_and_box_runs():
    poem = "，草木有本心。\n    -- 《菜根谭》"
    assert evaluate_text.has_attribution(poem)
    assert evaluate_text.has_attribution("春眠不觉晓\n作者：孟浩然")
    assert not evaluate_text.has_attribution("使用 --all 选项可以列出所有的文件。")
    assert not evaluate_text.has_attribution("在 a--b 中")
    # the options list of a manual page is not a saying's author
    assert not evaluate_text.has_attribution("。\n\n-q\n--help\n--no-k\n---a\n")
    for line in ("-- 《菜根谭》", "    --《论语》", "-- 鲁迅", "—— 网络基础设施。", "——鲁迅"):
        assert evaluate_text.has_attribution("天下事。\n" + line), line
    assert evaluate_text.function_words("我们可以使用的工具") == ["的", "可以", "使用"]
    assert evaluate_text.longest_box_run("│软件包 │ │\n    │ ─") == 4
    assert evaluate_text.longest_box_run("没有表格") == 0
    good = evaluate_text.check_continuation("人工智能将改变", 42, "我们的生活，这是在未来。")
    assert good.modern and good.box_run == 0
    bad = evaluate_text.check_continuation("人工智能将改变", 42, "天下的事是。\n-- 《菜根谭》")
    assert not bad.modern
    assert len(evaluate_text.MODERN_PROMPTS) == 10


@needs_modern_zh
@pytest.mark.slow
def test_gpt_training_with_modern_chinese_runs_and_is_scored(tmp_path):
    from transformers import pipeline

    from aigc_dash.training import gpt
    from tests.test_text_training import TINY_GPT

    out, ckpt = tmp_path / "gpt", tmp_path / "ckpt"
    args = ["--max-steps", "2", "--modern-zh", "--out", str(out), "--ckpt-dir", str(ckpt)]
    info = gpt.main([*args, *TINY_GPT])
    assert info["heldout"][corpus.MODERN_GROUP]["bits_per_char"] > 0
    assert info["decontaminated"]["documents"] > 0
    saved = json.loads((out / "training_info.json").read_text())
    assert saved["args"]["modern_zh"] is True
    card = (out / "README.md").read_text(encoding="utf-8")
    for needle in ("GFDL-1.2+", "GPL-2+", "manpages-zh", "zh (modern)", "--modern-zh"):
        assert needle in card
    # the prompt checks run on any text pipeline (here the tiny model)
    pipe = pipeline("text-generation", model=str(out))
    checks = evaluate_text.modern_prompt_checks(pipe, prompts=("人工智能将改变",), n_seeds=2)
    assert checks["continuations"] == 2 and len(checks["rows"]) == 2
    assert {"met_modern_share", "met_box_run", "longest_box_run"} <= set(checks)
