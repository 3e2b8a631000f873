"""The house rules hold: import-linter contracts (pyproject.toml) and short page scripts.

Each contract runs on its own, so a failure names the rule that broke.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.helpers import ROOT

CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
CONTRACTS = CONFIG["tool"]["importlinter"]["contracts"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

MAX_PAGE_LINES = 200


@pytest.mark.parametrize("contract_id", [c["id"] for c in CONTRACTS])
def test_import_contract_is_kept(contract_id):
    proc = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--contract", contract_id],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "KEPT" in proc.stdout


def test_contracts_cover_every_package():
    """A new package under aigc_dash must be placed in the layers (or it escapes the rule)."""
    layers = next(c for c in CONTRACTS if c["id"] == "layers")["layers"]
    named = {
        part.strip().strip("()") for layer in layers for part in layer.replace(":", "|").split("|")
    }
    packages = {
        f"aigc_dash.{p.name}"
        for p in (ROOT / "aigc_dash").iterdir()
        if (p / "__init__.py").is_file()
    }
    assert packages <= named, f"not in the layers contract: {sorted(packages - named)}"
    assert {"streamlit-only-in-ui", "training-imported-by-nothing", "no-cycles"} <= {
        c["id"] for c in CONTRACTS
    }


@pytest.mark.parametrize("path", sorted((ROOT / "pages").glob("*.py")), ids=lambda p: p.name)
def test_page_script_is_short(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_PAGE_LINES, f"{path.name}: {lines} lines (layout only, logic in aigc_dash)"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_router_is_tiny_and_no_page_imports_training():
    """Pages are outside the package, so lint-imports does not see them: check them here."""
    assert len((ROOT / "Home.py").read_text(encoding="utf-8").splitlines()) <= 20
    for path in [ROOT / "Home.py", *(ROOT / "pages").glob("*.py")]:
        bad = {m for m in _imported_modules(path) if m.startswith("aigc_dash.training")}
        assert not bad, f"{path.name} imports {sorted(bad)}"
