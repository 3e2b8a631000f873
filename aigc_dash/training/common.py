"""What every training command shares: the command line, a progress line with a metrics
log, JSON writing and a note on the machine (no torch at import time)."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
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


def machine_note(threads: int) -> str:
    """A one-line description of the machine a model was trained on."""
    import torch

    cpu = platform.processor() or platform.machine()
    try:  # Linux names the CPU model here
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu} CPU ({platform.machine()}), {os.cpu_count()} cores visible, "
        f"{threads} torch thread(s); Python {platform.python_version()}, torch {torch.__version__}"
    )


class Progress:
    """A one-line progress display on stderr plus a JSON-lines metrics log."""

    def __init__(self, log_path: Path | None, total_s: float, quiet: bool = False):
        self.t0 = time.monotonic()
        self.total_s = total_s
        self.quiet = quiet
        self.log_path = log_path
        if log_path is not None:
            log_path.parent.mkdir(parents=True, exist_ok=True)

    def elapsed(self) -> float:
        return time.monotonic() - self.t0

    def show(self, text: str) -> None:
        if self.quiet:
            return
        frac = min(1.0, self.elapsed() / max(self.total_s, 1e-9))
        bar = "#" * int(frac * 20)
        sys.stderr.write(f"\r[{bar:<20}] {self.elapsed():6.0f}s {text}   ")
        sys.stderr.flush()

    def log(self, **metrics: object) -> None:
        line = json.dumps({"time_s": round(self.elapsed(), 1), **metrics})
        if not self.quiet:
            sys.stderr.write("\n" + line + "\n")
            sys.stderr.flush()
        if self.log_path is not None:
            with open(self.log_path, "a", encoding="utf-8") as f:
                f.write(line + "\n")


def write_json(path: Path, obj: object) -> None:
    """Write ``obj`` as indented UTF-8 JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
