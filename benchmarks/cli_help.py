"""How long `summitry --help` takes to answer (best of several runs, in a fresh process each).

    .venv/bin/python benchmarks/cli_help.py [runs]
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).with_name("summitry")


def once(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([str(BIN), *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    once(["--help"])  # warm the file cache
    for args in (["--help"], ["export", "--help"], ["ingest", "--help"]):
        times = sorted(once(args) for _ in range(runs))
        print(f"summitry {' '.join(args)}: best {times[0]:.3f} s, median {times[len(times) // 2]:.3f} s "
              f"({runs} runs)")


if __name__ == "__main__":
    main()
