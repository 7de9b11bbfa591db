"""How long `summitry --help` takes to answer, in a fresh process each run: wall time and
CPU time (user + system; less sensitive to other work on a shared machine).

    .venv/bin/python benchmarks/cli_help.py [runs]
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).with_name("summitry")


def once(args: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([str(BIN), *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    once(["--help"])  # warm the file cache
    for args in (["--help"], ["export", "--help"], ["ingest", "--help"]):
        walls, cpus = zip(*(once(args) for _ in range(runs)))
        walls, cpus = sorted(walls), sorted(cpus)
        print(f"summitry {' '.join(args)}: wall best {walls[0]:.3f} s, median {walls[runs // 2]:.3f} s; "
              f"CPU best {cpus[0]:.3f} s, median {cpus[runs // 2]:.3f} s ({runs} runs)")


if __name__ == "__main__":
    main()
