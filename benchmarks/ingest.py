"""Ingest benchmark: generate N synthetic articles, ingest them into a fresh store, re-ingest.

Runs the same code as `summitry ingest` (sources.plan -> pipeline.ingest -> Store) and
prints articles/s, MB/s, peak memory, and the time of a second run over the unchanged
corpus (every article already stored).

    python benchmarks/ingest.py               # 10,000 articles, one file each
    python benchmarks/ingest.py --jsonl       # the same, as one JSON Lines file
    python benchmarks/ingest.py -n 2000 --tracemalloc
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from summitry.config import settings  # noqa: E402
from summitry.pipeline import ingest  # noqa: E402
from summitry.sources import plan  # noqa: E402
from summitry.store import Store  # noqa: E402


def _peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def _run(db: Path, target: str) -> tuple[float, object]:
    start = time.perf_counter()
    with Store(db) as store:
        report = ingest(store, plan([target]), settings())
    return time.perf_counter() - start, report


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark summitry ingest.")
    parser.add_argument("-n", type=int, default=10_000, help="number of articles (default 10,000)")
    parser.add_argument("--jsonl", action="store_true", help="one JSON Lines file instead of one file per article")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also report the Python heap peak (slows the run down)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="summitry-bench-") as tmp:
        tmpdir = Path(tmp)
        t0 = time.perf_counter()
        if args.jsonl:
            target = tmpdir / "corpus.jsonl"
            size = corpus.write_jsonl(target, args.n, args.seed)
            if size > settings().max_bytes:
                # One file holding the whole corpus: lift the per-input size limit for the run.
                import os
                os.environ["SUMMITRY_MAX_BYTES"] = str(size + 1)
        else:
            target = tmpdir / "corpus"
            size = corpus.write_files(target, args.n, args.seed)
        gen = time.perf_counter() - t0
        mb = size / 1e6
        print(f"corpus: {args.n:,} articles, {mb:.1f} MB, {'one JSON Lines file' if args.jsonl else 'one file each'} "
              f"(generated in {gen:.1f} s)")

        if args.tracemalloc:
            tracemalloc.start()
        rss_before = _peak_rss_mb()
        db = tmpdir / "bench.db"
        first, report = _run(db, str(target))
        print(f"ingest:    {first:7.2f} s  {args.n / first:8.0f} articles/s  {mb / first:6.2f} MB/s  "
              f"stored {report.stored}, unchanged {report.unchanged}, failed {len(report.failures)}")
        second, again = _run(db, str(target))
        print(f"re-ingest: {second:7.2f} s  {args.n / second:8.0f} articles/s  {mb / second:6.2f} MB/s  "
              f"stored {again.stored}, unchanged {again.unchanged}, failed {len(again.failures)}")
        print(f"peak RSS: {_peak_rss_mb():.0f} MB (before ingest {rss_before:.0f} MB); "
              f"store {db.stat().st_size / 1e6:.1f} MB")
        if args.tracemalloc:
            _, peak = tracemalloc.get_traced_memory()
            print(f"tracemalloc peak: {peak / 1e6:.1f} MB")
        ok = report.stored == args.n and not report.failures and again.stored == 0 and again.unchanged == args.n
        if not ok:
            print("UNEXPECTED: not every article stored once, or the re-ingest changed something", file=sys.stderr)
            sys.exit(1)


if __name__ == "__main__":
    main()
