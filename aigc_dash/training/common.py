"""What every training command shares (no torch at import time)."""

from __future__ import annotations

import argparse
from pathlib import Path


def base_parser(
    name: str,
    minutes: float,
    *,
    seed: int = 0,
    description: str | None = None,
    quiet_flag: bool = True,
) -> argparse.ArgumentParser:
    """The common command line of ``python -m aigc_dash.training.<name>``:
    ``--minutes --out --resume --max-steps --seed --threads --ckpt-dir`` (and ``--quiet``)."""
    p = argparse.ArgumentParser(
        prog=f"python -m aigc_dash.training.{name}", description=description
    )
    p.add_argument("--minutes", type=float, default=minutes, help="wall-clock budget")
    p.add_argument("--out", type=Path, default=Path("data/models") / name)
    p.add_argument("--resume", action="store_true", help="continue from the last checkpoint")
    p.add_argument("--max-steps", type=int, default=None, help="stop after this many steps")
    p.add_argument("--seed", type=int, default=seed)
    p.add_argument("--threads", type=int, default=1, help="torch CPU threads")
    p.add_argument("--ckpt-dir", type=Path, default=Path("runs") / name)
    if quiet_flag:
        p.add_argument("--quiet", action="store_true", help="no progress line")
    return p
