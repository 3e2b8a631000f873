"""The bilingual training corpus, rebuilt on any machine from files it already has.

English: CPython's own documentation, i.e. ``pydoc_data.topics`` (the language reference
topics behind ``help()``) plus the docstrings of the standard library's modules, read with
``ast`` (never imported, so nothing runs). PSF licence. Optionally (``extra_stdlib``), the
docstrings of the stdlib's tests, IDLE, tkinter and nested modules as training-only text.

Chinese: Debian's ``fortunes-zh`` package (``apt-get install fortunes-zh``): 300 Tang poems,
100 Song poems and a file of Chinese sayings. The classical poems are in the public domain.
Box-drawing and ASCII-art blocks (tables, diagrams) are dropped from every Chinese source:
a model trained on them answers with loops of │ ─.

Modern Chinese (optional, ``modern_zh=True``): Debian's ``manpages-zh`` (the simplified Chinese
manual pages, roff markup stripped; GFDL-1.2+) and ``debian-reference-zh-cn`` (the plain-text
edition of the Debian Reference, one document per section; GPL-2+): technical prose in the
same documentation register as the English CPython docs. ``SOURCES`` lists every source with
its licence for the model card; ``python -m aigc_dash.training.corpus --stats`` prints the
characters per source and split.

Everything is deterministic for a given Python version and package: documents are sorted,
and each goes to the held-out split by a hash of its name, so the split never moves when
the corpus grows. The corpus is never committed; it is rebuilt in about two seconds.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import hashlib
import re
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

FORTUNES_DIR = Path("/usr/share/games/fortunes")
POEM_FILES = ("tang300", "song100")
SAYINGS_FILE = "chinese"
HELDOUT_PERCENT = 5  # share of documents (by hash of the name) kept out of training
MANPAGES_DIR = Path("/usr/share/man/zh_CN")
DEBREF_TXT = Path("/usr/share/debian-reference/debian-reference.zh-cn.txt.gz")
MIN_HAN_SHARE = 0.1  # manual pages with fewer Chinese characters are left untranslated
MODERN_GROUP = "zh_modern"  # Document.group of the modern Chinese documents

# Stdlib folders that are tests, demos or GUI internals, not documentation: skipped by the
# main corpus, read only as extra training text (``extra_stdlib``).
_EXTRA_TOP = {"test", "idlelib", "lib2to3", "tkinter", "turtledemo"}
# Never read: installed packages, bundled wheels, the frozen-module demo; the build folder
# ("config-3.11-x86_64-linux-gnu", named after the Python version) is matched by prefix.
_NEVER_TOP = {"site-packages", "ensurepip", "__phello__"}


def _never(top: str) -> bool:
    return top in _NEVER_TOP or top.startswith("config-")


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@dataclass(frozen=True)
class Document:
    """One unit of text: a pydoc topic, a stdlib module's docstrings, or one fortune."""

    name: str
    lang: str  # "en" | "zh"
    text: str
    train_only: bool = False  # extra training text: never in the held-out split
    modern: bool = False  # modern technical Chinese (manpages-zh, Debian Reference)

    @property
    def group(self) -> str:
        """``en``, ``zh`` (classical fortunes) or ``zh_modern``: one stream and one held-out
        score each, so adding modern Chinese never changes the classical numbers."""
        return MODERN_GROUP if self.modern else self.lang

    @property
    def source(self) -> str:
        """The source part of the name (``pydoc``, ``fortunes``, ``manpages-zh``, ...)."""
        return self.name.split(":", 1)[0]

    @property
    def heldout(self) -> bool:
        """True when this document belongs to the held-out split (stable hash of the name)."""
        if self.train_only:
            return False
        digest = hashlib.sha1(self.name.encode("utf-8")).digest()
        return int.from_bytes(digest[:4], "big") % 100 < HELDOUT_PERCENT


class CorpusMissing(RuntimeError):
    """Raised when a corpus source is not installed (e.g. fortunes-zh, manpages-zh)."""


@dataclass(frozen=True)
class Source:
    """One corpus source and its licence, for the model card."""

    name: str  # the Document.source prefix
    package: str  # where it comes from (Debian package or CPython)
    licence: str
    group: str
    description: str


SOURCES = (
    Source("pydoc", "CPython (pydoc_data.topics)", "PSF-2.0", "en", "help() topics"),
    Source("stdlib", "CPython standard library", "PSF-2.0", "en", "module docstrings"),
    Source("stdlib-extra", "CPython standard library", "PSF-2.0", "en", "more docstrings"),
    Source(
        "fortunes",
        "Debian fortunes-zh",
        "public domain (Tang/Song poems); Debian fortunes-zh",
        "zh",
        "Tang and Song poems, Chinese sayings",
    ),
    Source(
        "manpages-zh",
        "Debian manpages-zh",
        "GFDL-1.2+",
        MODERN_GROUP,
        "simplified Chinese manual pages, roff markup stripped",
    ),
    Source(
        "debian-reference",
        "Debian debian-reference-zh-cn",
        "GPL-2+",
        MODERN_GROUP,
        "Debian Reference (plain-text edition), one document per section",
    ),
)


def _clean(text: str) -> str:
    while _ANSI.search(text):  # loop: the files nest codes ("\x1b[;\x1b[34;1mm")
        text = _ANSI.sub("", text)
    text = text.replace("\x1b", "").replace("\r\n", "\n")
    lines = [ln.rstrip() for ln in text.split("\n")]
    return "\n".join(lines).strip()


def pydoc_documents() -> list[Document]:
    """The ``help()`` topics shipped with CPython (``pydoc_data.topics``)."""
    from pydoc_data.topics import topics

    return [Document(f"pydoc:{k}", "en", _clean(v)) for k, v in sorted(topics.items()) if v]


def _docstrings(path: Path) -> str:
    """A module's docstrings in source order, parsed with ``ast`` (never imported)."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError, ValueError):
        return ""
    parts: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            doc = ast.get_docstring(node)
            if doc and len(doc) > 20:  # one-word docstrings teach nothing
                parts.append(_clean(doc))
    return "\n\n".join(parts)


def stdlib_documents() -> list[Document]:
    """One document per stdlib module: its docstrings in source order (parsed, not imported)."""
    root = Path(sysconfig.get_paths()["stdlib"])
    files = sorted(root.glob("*.py")) + sorted(root.glob("*/*.py"))
    docs: list[Document] = []
    for path in files:
        rel = path.relative_to(root)
        if rel.parts[0] in _EXTRA_TOP or _never(rel.parts[0]):
            continue
        text = _docstrings(path)
        if text:
            docs.append(Document(f"stdlib:{rel.as_posix()}", "en", text))
    return docs


def _heldout_topics(docs: list[Document]) -> set[str]:
    """Lower-case names of what the held-out English documents are about (module, package
    or help topic), e.g. ``contextlib`` for ``stdlib:contextlib.py``."""
    topics = set()
    for d in docs:
        if d.lang == "en" and d.heldout:
            path = Path(d.name.split(":", 1)[1])
            topics.add((path.parent.name if path.stem == "__init__" else path.stem).lower())
    return topics


def extra_stdlib_documents(english_docs: list[Document]) -> list[Document]:
    """More stdlib docstrings, for training only: the test suite, IDLE, tkinter, lib2to3,
    turtledemo and modules nested deeper than ``package/module.py``.

    ``english_docs``: the pydoc and stdlib documents, whose held-out part names the topics to
    avoid. The extra documents never enter the held-out split, which stays the same. A file
    whose path names a held-out topic (``test/test_contextlib.py`` for ``contextlib``) is
    left out, so no test of a held-out module teaches its wording.
    """
    root = Path(sysconfig.get_paths()["stdlib"])
    topics = _heldout_topics(english_docs)
    docs: list[Document] = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        top = rel.parts[0]
        if _never(top) or (top not in _EXTRA_TOP and len(rel.parts) <= 2):
            continue
        names = [p.removesuffix(".py").lower() for p in rel.parts]
        if any(topic in name for topic in topics for name in names):
            continue
        text = _docstrings(path)
        if text:
            docs.append(Document(f"stdlib-extra:{rel.as_posix()}", "en", text, train_only=True))
    return docs


def _fortunes(name: str, fortunes_dir: Path = FORTUNES_DIR) -> list[str]:
    path = fortunes_dir / name
    if not path.exists():
        raise CorpusMissing(
            f"{path} not found: install Debian's fortunes-zh (apt-get install fortunes-zh)"
        )
    raw = path.read_text(encoding="utf-8", errors="replace")
    return [c for c in (_clean(e) for e in raw.split("\n%\n")) if c and c != "%"]


# Box drawing (U+2500-257F) and block elements (U+2580-259F).
_BOX = re.compile(r"[\u2500-\u259f]")
# ASCII tables and rules: "+----+", "|----+---|", "| a | b |", "-----", "=====".
_ASCII_RULE = re.compile(r"^\s*[+|]?[-=+|:_ ]{4,}[+|]?\s*$")
_ASCII_ROW = re.compile(r"^\s*\|.*\|\s*$|^\s*\+[-=+]{3,}")


def is_art_line(line: str) -> bool:
    """True for a line of a box-drawing or ASCII-art block (table border or row, rule,
    diagram): any box-drawing character, or an ASCII table border/row/rule."""
    if _BOX.search(line):
        return True
    stripped = line.strip()
    if not stripped:
        return False
    if _ASCII_ROW.match(line):
        return True
    return bool(_ASCII_RULE.match(line)) and sum(c in "-=+|_" for c in stripped) >= 4


def strip_art(text: str) -> str:
    """``text`` without its box-drawing / ASCII-art lines (tables, diagrams, rules); the
    blank lines they leave are collapsed."""
    lines = [ln for ln in text.split("\n") if not is_art_line(ln)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


@dataclass(frozen=True)
class Poem:
    """A classical poem from fortunes-zh: title, author and body lines."""

    title: str
    author: str
    lines: tuple[str, ...]

    @property
    def body(self) -> str:
        return "\n".join(self.lines)


def _parse_poem(entry: str) -> Poem | None:
    title, author, body = "", "", []
    for line in entry.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith(("题目", "《")) and not body:
            title = line.split("《", 1)[-1].split("》", 1)[0]
        elif line.startswith("作者"):
            author = re.split(r"[:：]", line, maxsplit=1)[-1].strip()
        else:
            body.append(line)
    return Poem(title, author, tuple(body)) if body else None


def poems(fortunes_dir: Path = FORTUNES_DIR) -> list[Poem]:
    """All Tang and Song poems, in file order."""
    out: list[Poem] = []
    for name in POEM_FILES:
        for entry in _fortunes(name, fortunes_dir):
            poem = _parse_poem(entry)
            if poem:
                out.append(poem)
    return out


def chinese_documents(fortunes_dir: Path = FORTUNES_DIR) -> list[Document]:
    """Every fortunes-zh entry (poems with title and author, and sayings) as a document.

    Box-drawing and ASCII-art lines are dropped (:func:`strip_art`); the numbering (hence
    the held-out split) is that of the file, and an entry left empty is skipped."""
    docs: list[Document] = []
    for name in (*POEM_FILES, SAYINGS_FILE):
        for i, entry in enumerate(_fortunes(name, fortunes_dir)):
            text = strip_art(entry)
            if text:
                docs.append(Document(f"fortunes:{name}:{i}", "zh", text))
    return docs


# --- modern Chinese: manpages-zh (roff) ------------------------------------------------------

# Named glyphs that carry text; any other \(xx, \[xx] or \*(xx is dropped.
_GLYPHS = {
    "bu": "•",
    "em": "—",
    "en": "–",
    "lq": "“",
    "rq": "”",
    "oq": "‘",
    "cq": "’",
    "aq": "'",
    "dq": '"',
    "co": "©",
    "rg": "®",
    "hy": "-",
    "mi": "-",
    "de": "°",
    "ga": "`",
    "sl": "/",
    "rs": "\\",
    "ul": "_",
    'L"': "“",
    'R"': "”",
    "--": "—",
    "Aq": "'",
    "tm": "™",
    "mu": "×",
    "di": "÷",
    "pl": "+",
    "eq": "=",
    "<=": "≤",
    ">=": "≥",
    "->": "→",
    "<-": "←",
    "ti": "~",
    "ha": "^",
    "ba": "|",
    "or": "|",
    "at": "@",
    "sh": "#",
}
_ESCAPE = re.compile(
    r"\\\*?\((..)"  # \(xx and \*(xx
    r"|\\\*?\[([^\]]*)\]"  # \[xx] and \*[xx]
    r"|\\f(?:\(..|\[[^\]]*\]|.)"  # font changes
    r"|\\s[+-]?\d+|\\s\([+-]?\d\d|\\s\[[^\]]*\]"  # size changes
    r"|\\[nk*]\(..|\\[nk*].|\\n\[[^\]]*\]"  # registers, one-letter strings
    r"|\\[hvwlLoxbDXZ]'[^']*'"  # motions, widths, drawing
    r"|\\(.)"  # one-character escapes
)
_ONE_CHAR = {"-": "-", "e": "\\", "\\": "\\", " ": " ", "~": " ", "0": " ", "t": " ", ".": "."}
# Macros whose arguments are text (man, mdoc, pod2man); any other request line is dropped.
_TEXT_MACROS = {
    "SH",
    "SS",
    "Sh",
    "Ss",
    "B",
    "I",
    "BR",
    "BI",
    "IB",
    "IR",
    "RB",
    "RI",
    "SM",
    "SB",
    "IP",
    "TP",
    "HP",
    "It",
    "Nm",
    "Nd",
    "Ic",
    "Ar",
    "Xr",
    "Ql",
    "Op",
    "Fl",
    "Pa",
    "Em",
    "Sy",
    "Dv",
    "Va",
    "Fn",
    "Ft",
    "Cm",
    "Li",
    "Dl",
    "D1",
    "Ev",
    "Er",
    "Fa",
    "Cd",
    "Ad",
    "Ms",
    "Tn",
    "Dq",
    "Sq",
    "Pq",
    "Qq",
    "Aq",
    "Ux",
    "Bx",
    "At",
    "Bq",
    "Brq",
    "Ox",
    "Nx",
    "Fx",
    "Lk",
    "Mt",
    "UR",
    "MT",
    "Vb",
    "Ve",
    "EX",
    "EE",
}
_BREAK_MACROS = {"PP", "LP", "P", "Pp", "sp", "Sp", "TP", "IP", "HP", "SH", "SS", "Sh", "Ss"}
_MDOC_WORD = re.compile(r"^(?:[A-Z][a-z]{1,2}|Ns|No|Pf)$")  # mdoc macros inside arguments


def _unescape(line: str) -> str:
    def repl(m: re.Match) -> str:
        if m.group(1) is not None:
            return _GLYPHS.get(m.group(1), "")
        if m.group(2) is not None:
            return _GLYPHS.get(m.group(2), "")
        if m.group(3) is not None:
            return _ONE_CHAR.get(m.group(3), "")
        return ""

    return _ESCAPE.sub(repl, line)


def _macro_args(rest: str) -> list[str]:
    args = re.findall(r'"([^"]*)"|(\S+)', rest)
    return [a or b for a, b in args]


def strip_roff(source: str) -> str:
    """Plain text of a roff manual page (man, mdoc or pod2man macros): comments, requests,
    macro definitions, ``tbl`` tables and ``.ig`` blocks dropped, font/size escapes removed,
    named glyphs (``\\(em``, ``\\(bu``, ...) mapped, text macros (``.B``, ``.SH``,
    ``.BR a b``, mdoc ``.Nm``...) reduced to their text; paragraph macros become blank lines.
    Returns ``""`` for a ``.so`` redirect page."""
    out: list[str] = []
    skip_until: str | None = None
    for raw in source.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if skip_until is not None:
            if line.startswith(skip_until):
                skip_until = None
            continue
        line = re.sub(r'\\".*$', "", line)  # comment to end of line (also .\" lines)
        if not line.strip() and raw.lstrip().startswith((".", "'")):
            continue  # a line that was only a comment
        if line.startswith((".", "'")):
            parts = line[1:].strip().split(None, 1)
            if not parts:
                continue
            name, rest = parts[0], (parts[1] if len(parts) > 1 else "")
            if name == "so":
                return ""
            if name in ("de", "de1", "am", "ig"):
                skip_until = ".."
                continue
            if name == "TS":
                skip_until = ".TE"
                continue
            if name in _BREAK_MACROS:
                out.append("")
            if name in _TEXT_MACROS and rest:
                args = _macro_args(rest)
                if name in ("TP", "HP") or (name == "IP" and len(args) > 1):
                    args = args[:1]  # .IP "tag" indent: the indent is not text
                if name[:1].isupper() and name[1:2].islower():  # mdoc: drop inner macros
                    args = [a for a in args if not _MDOC_WORD.match(a)]
                joiner = "" if name in ("BR", "BI", "IB", "IR", "RB", "RI") else " "
                out.append(_unescape(joiner.join(args)))
            continue
        out.append(_unescape(line))
    text = "\n".join(ln.rstrip() for ln in out)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


_HAN = re.compile(r"[\u4e00-\u9fff]")


def han_count(text: str) -> int:
    """Number of CJK unified ideographs (the Chinese characters) in ``text``."""
    return len(_HAN.findall(text))


def manpage_documents(man_dir: Path = MANPAGES_DIR) -> list[Document]:
    """One document per simplified Chinese manual page of manpages-zh (``man1/ls.1``),
    roff markup and art lines stripped; symlinks, ``.so`` redirects and pages mostly left
    untranslated (fewer than 50 Chinese characters, or under ``MIN_HAN_SHARE`` of the
    text) are skipped."""
    if not man_dir.is_dir():
        raise CorpusMissing(
            f"{man_dir} not found: install Debian's manpages-zh (apt-get install manpages-zh)"
        )
    docs: list[Document] = []
    for path in sorted(man_dir.glob("man*/*")):
        if path.is_symlink() or not path.is_file():
            continue
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        text = strip_art(strip_roff(raw.decode("utf-8", errors="replace")))
        if han_count(text) < max(50, MIN_HAN_SHARE * len(text)):
            continue  # untranslated (perlfunc.7 is 255k characters of English)
        name = f"{path.parent.name}/{path.name.removesuffix('.gz')}"
        docs.append(Document(f"manpages-zh:{name}", "zh", text, modern=True))
    return docs


# --- modern Chinese: Debian Reference (plain text) --------------------------------------------

_DEBREF_HEADING = re.compile(r"^(?:第 (\d+) 章 |([0-9A-Z]+(?:\.\d+)*)\. )(\S.*)$")
_FOOTNOTE = re.compile(r"\^?\[\d+\]")
_CJK_EDGE = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef“”‘’]")


def _join_wrapped(block: list[str]) -> str:
    """Re-join a hard-wrapped paragraph: no space where either side is Chinese."""
    text = block[0].strip()
    for ln in block[1:]:
        nxt = ln.strip()
        if not text or not nxt or _CJK_EDGE.match(text[-1]) or _CJK_EDGE.match(nxt[0]):
            text += nxt
        else:
            text += " " + nxt
    return text


def _debref_body(lines: list[str]) -> str:
    """Dedented section text: prose paragraphs re-joined, bullets kept one per line, shell
    examples and other non-Chinese blocks kept line by line, tables and footnote marks out."""
    lines = [_FOOTNOTE.sub("", ln[4:] if ln.startswith("    ") else ln.lstrip()) for ln in lines]
    lines = [ln for ln in lines if not is_art_line(ln)]
    paras: list[str] = []
    block: list[str] = []

    def flush() -> None:
        if not block:
            return
        code = any(b.lstrip().startswith(("$ ", "# ", "...")) for b in block)
        if code or not any(_HAN.search(b) for b in block):
            paras.append("\n".join(b.rstrip() for b in block))
        else:
            items: list[list[str]] = []
            for b in block:
                if b.lstrip().startswith("* ") or not items:
                    items.append([b])
                else:
                    items[-1].append(b)
            paras.append("\n".join(_join_wrapped(i) for i in items))
        block.clear()

    for ln in lines:
        if ln.strip():
            block.append(ln)
        else:
            flush()
    flush()
    return "\n\n".join(p for p in paras if p.strip())


def debian_reference_documents(path: Path = DEBREF_TXT) -> list[Document]:
    """One document per section of the Debian Reference's plain-text edition
    (``debian-reference:1.2.3``, chapter introductions as ``debian-reference:2``): the title
    page, tables of contents and the footnote rules are left out."""
    if not path.exists():
        raise CorpusMissing(
            f"{path} not found: install Debian's debian-reference-zh-cn "
            "(apt-get install debian-reference-zh-cn)"
        )
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    sections: dict[str, tuple[str, list[str]]] = {}
    current: str | None = None
    prefix = ""  # "preface-" in the preface, whose sections are numbered 1., 2., ... too
    # the headings and some indents use no-break spaces ("1.\u00a0免责声明")
    for line in raw.decode("utf-8", errors="replace").replace("\u00a0", " ").split("\n"):
        m = _DEBREF_HEADING.match(line)
        if m:
            if m.group(1):
                prefix = ""
            current = prefix + (m.group(1) or m.group(2))
            # tables of contents list the headings first: the last occurrence (the body) wins
            sections[current] = (m.group(3).strip(), [])
            continue
        if line and not line[0].isspace():  # 序言, 目录, 摘要, 表格清单, rules: not section text
            if line.strip() == "序言":
                prefix = "preface-"
            current = None if not line.startswith("-") else current
            continue
        if current is not None:
            sections[current][1].append(line)
    docs: list[Document] = []
    for number, (title, body_lines) in sections.items():
        body = _debref_body(body_lines)
        if han_count(body) < 20:  # table-of-contents entries and empty headings
            continue
        text = f"{title}\n\n{body}"
        docs.append(Document(f"debian-reference:{number}", "zh", text, modern=True))
    return sorted(docs, key=lambda d: d.name)


def modern_documents(man_dir: Path = MANPAGES_DIR, debref: Path = DEBREF_TXT) -> list[Document]:
    """The modern Chinese documents: manual pages, then Debian Reference sections."""
    return manpage_documents(man_dir) + debian_reference_documents(debref)


def modern_available(man_dir: Path = MANPAGES_DIR, debref: Path = DEBREF_TXT) -> bool:
    """True when both modern Chinese packages are installed."""
    return man_dir.is_dir() and debref.exists()


def _shingles(text: str, n: int = 12) -> set[str]:
    han = "".join(_HAN.findall(text))
    return {han[i : i + n] for i in range(0, max(len(han) - n + 1, 0), 4)}


def decontaminate(
    train: list[Document], held: list[Document], min_shared: int = 20
) -> tuple[list[Document], list[Document]]:
    """(kept, dropped): the Chinese training documents that share at least ``min_shared``
    12-character runs with a held-out modern document are dropped, so the modern score is
    not a memory test. (fortunes-zh's sayings file holds an older edition of the Debian
    Reference, and manual pages repeat each other.)"""
    seen: set[str] = set()
    for d in held:
        if d.modern:
            han = "".join(_HAN.findall(d.text))
            seen |= {han[i : i + 12] for i in range(0, max(len(han) - 11, 0))}
    kept: list[Document] = []
    dropped: list[Document] = []
    for d in train:
        shared = len(_shingles(d.text) & seen) if d.lang == "zh" and seen else 0
        (dropped if shared >= min_shared else kept).append(d)
    return kept, dropped


def documents(
    fortunes_dir: Path = FORTUNES_DIR, extra_stdlib: bool = False, modern_zh: bool = False
) -> list[Document]:
    """The whole bilingual corpus: English CPython docs, then Chinese fortunes, then (with
    ``modern_zh``) the modern Chinese documents.

    ``extra_stdlib``: add :func:`extra_stdlib_documents` (training text only; the held-out
    split is the same either way). Every document's split depends on its name only, so the
    English and classical Chinese held-out documents are the same with or without the
    options."""
    english = pydoc_documents() + stdlib_documents()
    extra = extra_stdlib_documents(english) if extra_stdlib else []
    modern = modern_documents() if modern_zh else []
    return english + extra + chinese_documents(fortunes_dir) + modern


def split(docs: list[Document]) -> tuple[list[Document], list[Document]]:
    """(train, heldout) by the stable per-document hash."""
    return [d for d in docs if not d.heldout], [d for d in docs if d.heldout]


def describe(docs: list[Document]) -> dict[str, dict[str, int]]:
    """Document and character counts per group (``en``, ``zh``, ``zh_modern``) and split,
    for logs and model cards."""
    out: dict[str, dict[str, int]] = {}
    for d in docs:
        key = f"{d.group}_{'heldout' if d.heldout else 'train'}"
        row = out.setdefault(key, {"documents": 0, "characters": 0})
        row["documents"] += 1
        row["characters"] += len(d.text)
    return dict(sorted(out.items()))


def describe_sources(docs: list[Document]) -> dict[str, dict[str, int]]:
    """Documents, characters and Chinese characters per source and split
    (``manpages-zh_train``, ...), for ``--stats`` and the model card."""
    out: dict[str, dict[str, int]] = {}
    for d in docs:
        key = f"{d.source}_{'heldout' if d.heldout else 'train'}"
        row = out.setdefault(key, {"documents": 0, "characters": 0, "han": 0})
        row["documents"] += 1
        row["characters"] += len(d.text)
        row["han"] += han_count(d.text)
    return dict(sorted(out.items()))


def source_note(modern_zh: bool = False) -> str:
    """Where the corpus came from, for the model card."""
    note = (
        f"CPython {sys.version.split()[0]} documentation (pydoc_data.topics and stdlib "
        "docstrings, PSF licence) and Debian fortunes-zh (Tang/Song poems, public domain; "
        "Chinese sayings)"
    )
    if modern_zh:
        note += (
            "; modern Chinese: Debian manpages-zh (simplified Chinese manual pages, GFDL-1.2+)"
            " and debian-reference-zh-cn (the Debian Reference, plain-text edition, GPL-2+)"
        )
    return note


def main(argv: list[str] | None = None) -> None:
    """Print document and character counts (``--stats``: per source and split too)."""
    parser = argparse.ArgumentParser(description="Build the text corpus and print its size.")
    parser.add_argument("--stats", action="store_true", help="counts per source and split")
    parser.add_argument("--modern-zh", action="store_true", help="include modern Chinese")
    parser.add_argument("--extra-stdlib", action="store_true")
    args = parser.parse_args(argv)
    docs = documents(extra_stdlib=args.extra_stdlib, modern_zh=args.modern_zh)
    for k, v in describe(docs).items():
        print(f"{k:22s} {v['documents']:6d} docs {v['characters']:9d} chars")
    if args.stats:
        print()
        for k, v in describe_sources(docs).items():
            print(f"{k:28s} {v['documents']:6d} docs {v['characters']:9d} chars {v['han']:8d} han")
        if args.modern_zh:
            train, held = split(docs)
            _, dropped = decontaminate(train, held)
            chars = sum(len(d.text) for d in dropped)
            print(
                f"\ndecontaminate: {len(dropped)} training documents ({chars} chars) share text "
                "with the modern held-out split and are left out of training"
            )


if __name__ == "__main__":
    main()
