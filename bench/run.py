"""Run every benchmark in this folder and print its figures.

Each ``bench_*.py`` runs in its own process (so start-up and memory figures are
honest) and prints lines of the form ``name: value (target ...)``.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # an installed program has its bytecode; where the environment forbids
    # writing it (PYTHONDONTWRITEBYTECODE), every start would compile the
    # package's changed modules again and the start-up figures would say so
    compileall.compile_dir(HERE.parent / "massage_trainer", quiet=1)
    failed = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.stem.removeprefix('bench_')}", flush=True)
        result = subprocess.run([sys.executable, str(script)], env=env, cwd=HERE.parent)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
