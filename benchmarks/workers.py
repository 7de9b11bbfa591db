"""Worker scaling benchmark: generated articles ingested with N = 1 and N = 2 worker processes.

Runs the same code as `summitry ingest --workers N` (sources.plan -> pipeline.ingest) into a
fresh store for each N, checks that the stores hold the same records, and prints for each N
the wall time, articles/s, the CPU seconds spent per article (all processes; on a shared
machine this, unlike the wall time, does not grow with other people's load), the scaling
ratio measured and the one the CPU times give on free cores (the CPU time spread over the
cores, but never below the one writer's CPU time), and the peak memory of a worker process
and of the writer.

    python benchmarks/workers.py            # 1,000 articles, N = 1 and 2
    python benchmarks/workers.py -n 300 --workers 1 2
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

BIN = Path(sys.executable).with_name("summitry")


def _run(target: Path, db: Path, workers: int) -> dict:
    """One ingest in a child process, so its peak memory and that of its workers are its own."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(target), str(db), str(workers)],
        capture_output=True, text=True, check=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    writer_mb, worker_mb, stored, writer_cpu = (float(x) for x in out.stdout.split())
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "writer_cpu": writer_cpu, "writer_mb": writer_mb, "worker_mb": worker_mb,
            "stored": int(stored)}


_CHILD = """
import resource, sys
from summitry.config import settings
from summitry.pipeline import ingest
from summitry.sources import plan
from summitry.store import Store
target, db, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
with Store(db) as store:
    report = ingest(store, plan([target]), settings(), workers=workers)
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
me = resource.getrusage(resource.RUSAGE_SELF)
print(own, kids, report.stored, me.ru_utime + me.ru_stime)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark ingest with N worker processes.")
    parser.add_argument("-n", type=int, default=1_000, help="number of articles (default 1,000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="summitry-workers-") as tmp:
        target = Path(tmp, "corpus.jsonl")
        size = corpus.write_jsonl(target, args.n, args.seed)
        os.environ["SUMMITRY_MAX_BYTES"] = str(size + 1)
        print(f"corpus: {args.n:,} generated articles, {size / 1e6:.1f} MB, one JSON Lines file; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
        results = {}
        for n in args.workers:
            r = results[n] = _run(target, Path(tmp, f"w{n}.db"), n)
            worker = f"{r['worker_mb']:.0f} MB" if n > 1 else "-"
            print(f"workers={n}: {r['wall']:7.1f} s  {args.n / r['wall']:6.1f} articles/s  "
                  f"{1000 * r['cpu'] / args.n:6.1f} CPU ms/article  peak RSS writer {r['writer_mb']:.0f} MB, "
                  f"per worker {worker}  (stored {r['stored']})")
        base = args.workers[0]
        for n in args.workers[1:]:
            r = results[n]
            # On n free cores the run takes at least its CPU time spread over them, and at
            # least the writer's own CPU time (one process links and stores).
            bound = max(r["cpu"] / min(n, os.cpu_count() or 1), r["writer_cpu"])
            print(f"scaling {base} -> {n} workers: {results[base]['wall'] / r['wall']:.2f}x measured "
                  f"(load average {os.getloadavg()[0]:.1f} at end); on free cores, from CPU time: "
                  f"{results[base]['cpu'] / bound:.2f}x (writer {1000 * r['writer_cpu'] / args.n:.1f} CPU ms/article)")
        if any(r["stored"] != args.n for r in results.values()):
            sys.exit("UNEXPECTED: not every article stored")


if __name__ == "__main__":
    main()
