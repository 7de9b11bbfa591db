"""Peak memory of `summitry export events` on a large store (500,000 events by default).

The store is generated quickly with bulk SQL inserts into a real summitry store (schema
from Store itself): one article per 100 events, and for each event one mention and one
evidence sentence, with varied countries, types, statuses and dates. Then the real CLI
exports every event to /dev/null in a child process, whose peak RSS is read from
getrusage; so is the time. Memory should stay flat as the store grows (streaming).

    python benchmarks/export_memory.py                    # 500k events (about 1-2 minutes to build)
    python benchmarks/export_memory.py -n 100000 --keep /tmp/big.db
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from summitry.store import Store

COUNTRIES = ["KOR", "JPN", "USA", "CHN", "IND", "AUS", "FRA", "DEU", "GBR", "CAN", "BRA", "TUR", "EGY", "KEN"]
TYPES = ["CONSULT"] * 6 + ["AGREE"] * 2 + ["THREATEN", "MOBILIZE", "ACCUSE"]
STATUSES = ["held"] * 5 + ["scheduled", "proposed", "postponed", "cancelled"]
KINDS = ["meeting", "summit", "talks", "visit", "call"]


def _rows(i: int, rng: random.Random) -> tuple[tuple, tuple, tuple]:
    """The event, mention and evidence rows of synthetic event i."""
    a, b = rng.sample(COUNTRIES, 2)
    day = date(2010, 1, 1) + timedelta(days=rng.randrange(5000))
    kind, status, etype = rng.choice(KINDS), rng.choice(STATUSES), rng.choice(TYPES)
    article = f"art-{i // 100:08d}"
    eid = f"ev-{i:012x}"
    sentence = (f"The foreign ministers of {a} and {b} said on {day:%B %d} that their {kind} number {i} "
                f"had been {status}, officials told reporters in a statement.")
    countries = json.dumps(sorted([a, b]))
    people = json.dumps([{"name": f"Minister {i % 997}", "role": "Foreign Minister", "country": a}])
    event = (eid, etype, kind, status, f"{kind.title()}: {a}-{b}", None, None, None, None, countries, people,
             day.isoformat(), day.isoformat(), day.isoformat(), None, a, None, 1,
             f"{day.isoformat()}T09:00", f"{day.isoformat()}T09:00", f"{day.isoformat()}T09:00")
    mention = (i + 1, eid, article, f"{day.isoformat()}T09:00", etype, kind, status, None, None, None, None,
               countries, people, day.isoformat(), None, a, kind)
    evidence = (i + 1, article, sentence, 0, len(sentence))
    return event, mention, evidence


def generate(path: str | Path, n: int, seed: int = 0, chunk: int = 20_000) -> None:
    """A summitry store at path holding n synthetic events (built in bulk, in one transaction)."""
    rng = random.Random(seed)
    with Store(path) as store:
        db = store.db
        db.execute("PRAGMA foreign_keys=OFF")
        with store.transaction():
            db.executemany(
                "INSERT INTO articles (id, origin, title, published, paragraphs, captions, warnings) "
                "VALUES (?,?,?,?,?,?,?)",
                ((f"art-{k:08d}", f"feed.jsonl:{k + 1}", f"Story {k}", "2020-01-01T09:00", '["x"]', "[]", "[]")
                 for k in range((n + 99) // 100)),
            )
            for start in range(0, n, chunk):
                rows = [_rows(i, rng) for i in range(start, min(n, start + chunk))]
                db.executemany(f"INSERT INTO events VALUES ({','.join('?' * 21)})", [r[0] for r in rows])
                db.executemany(
                    "INSERT INTO mentions (id, event_id, article_id, published, type, kind, status, mode, format, "
                    "series, ordinal, countries, participants, date, place, place_country, trigger) "
                    f"VALUES ({','.join('?' * 17)})", [r[1] for r in rows])
                db.executemany("INSERT INTO evidence VALUES (?,?,?,?,?)", [r[2] for r in rows])


def export_peak(db: Path, fmt: str = "jsonl") -> tuple[float, float]:
    """(seconds, peak RSS in MB) of `summitry export events` to /dev/null in a child process."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from summitry.interfaces.cli import main; main()", "export", "events",
                    "--format", fmt, "--db", str(db), "-o", "/dev/null"], check=True, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the only child


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=500_000, help="events in the generated store")
    parser.add_argument("--keep", type=Path, help="build (or reuse) the store at this path and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="summitry-export-") as tmp:
        db = args.keep or Path(tmp) / "big.db"
        if not db.exists():
            start = time.perf_counter()
            generate(db, args.n)
            print(f"generated {args.n:,} events in {time.perf_counter() - start:.0f} s "
                  f"({db.stat().st_size / 1e6:.0f} MB)", flush=True)
        seconds, peak = export_peak(db)
        print(f"export events (jsonl) of {args.n:,} events: {seconds:.0f} s, peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
