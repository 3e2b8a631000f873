"""The bilingual training corpus, rebuilt on any machine from files it already has.

English: CPython's own documentation, i.e. ``pydoc_data.topics`` (the language reference
topics behind ``help()``) plus the docstrings of the standard library's modules, read with
``ast`` (never imported, so nothing runs). PSF licence. Optionally (``extra_stdlib``), the
docstrings of the stdlib's tests, IDLE, tkinter and nested modules as training-only text.

Chinese: Debian's ``fortunes-zh`` package (``apt-get install fortunes-zh``): 300 Tang poems,
100 Song poems and a file of Chinese sayings. The classical poems are in the public domain.

Everything is deterministic for a given Python version and package: documents are sorted,
and each goes to the held-out split by a hash of its name, so the split never moves when
the corpus grows. The corpus is never committed; it is rebuilt in about two seconds.
"""

from __future__ import annotations

import ast
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

    @property
    def heldout(self) -> bool:
        """True when this document belongs to the held-out split (stable hash of the name)."""
        if self.train_only:
            return False
        digest = hashlib.sha1(self.name.encode("utf-8")).digest()
        return int.from_bytes(digest[:4], "big") % 100 < HELDOUT_PERCENT


class CorpusMissing(RuntimeError):
    """Raised when a corpus source is not installed (e.g. fortunes-zh)."""


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
    """Every fortunes-zh entry (poems with title and author, and sayings) as a document."""
    docs: list[Document] = []
    for name in (*POEM_FILES, SAYINGS_FILE):
        for i, entry in enumerate(_fortunes(name, fortunes_dir)):
            docs.append(Document(f"fortunes:{name}:{i}", "zh", entry))
    return docs


def documents(fortunes_dir: Path = FORTUNES_DIR, extra_stdlib: bool = False) -> list[Document]:
    """The whole bilingual corpus: English CPython docs, then Chinese fortunes.

    ``extra_stdlib``: add :func:`extra_stdlib_documents` (training text only; the held-out
    split is the same either way)."""
    english = pydoc_documents() + stdlib_documents()
    extra = extra_stdlib_documents(english) if extra_stdlib else []
    return english + extra + chinese_documents(fortunes_dir)


def split(docs: list[Document]) -> tuple[list[Document], list[Document]]:
    """(train, heldout) by the stable per-document hash."""
    return [d for d in docs if not d.heldout], [d for d in docs if d.heldout]


def describe(docs: list[Document]) -> dict[str, dict[str, int]]:
    """Document and character counts per language and split, for logs and model cards."""
    out: dict[str, dict[str, int]] = {}
    for d in docs:
        key = f"{d.lang}_{'heldout' if d.heldout else 'train'}"
        row = out.setdefault(key, {"documents": 0, "characters": 0})
        row["documents"] += 1
        row["characters"] += len(d.text)
    return dict(sorted(out.items()))


def source_note() -> str:
    """Where the corpus came from, for the model card."""
    return (
        f"CPython {sys.version.split()[0]} documentation (pydoc_data.topics and stdlib "
        "docstrings, PSF licence) and Debian fortunes-zh (Tang/Song poems, public domain; "
        "Chinese sayings)"
    )


if __name__ == "__main__":
    for k, v in describe(documents()).items():
        print(f"{k:12s} {v['documents']:6d} docs {v['characters']:9d} chars")
