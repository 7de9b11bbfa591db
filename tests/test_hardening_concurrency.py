"""Issue 10, items 1 and 3: processes that share a store never crash and never lose a batch.

Real processes run side by side (a new store, an existing store, a long article beside small
ingests); every article ends up stored exactly once.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import summitry.pipeline as pipeline
from conftest import SUMMITRY_BIN
from summitry.config import Settings
from summitry.pipeline import ingest
from summitry.sources import plan
from summitry.store import Store, StoreError
from test_ingest_cli import db_rows, good

needs_cli = pytest.mark.skipif(not SUMMITRY_BIN.exists(), reason=f"{SUMMITRY_BIN} not installed")

# Opens a store the moment a "go" file appears (after saying it is ready) and stores one article.
FIRST_OPEN = """
import sys, time, pathlib
from summitry.store import Store
from summitry.model import Article
db, go, name = sys.argv[1:4]
pathlib.Path(f"{go}.{name}").touch()
while not pathlib.Path(go).exists():
    time.sleep(0.0005)
with Store(db) as s, s.transaction():
    s.add_article(Article(id=name, origin=name, title=name, paragraphs=["x"]))
"""


def _env() -> dict:
    return {k: v for k, v in os.environ.items() if k not in ("SUMMITRY_DB", "COLUMNS")}


def _files(folder: Path, numbers: range) -> Path:
    folder.mkdir()
    for n in numbers:
        (folder / f"a{n:02d}.txt").write_text(good(n), encoding="utf-8")
    return folder


def _ingest(db: Path, *paths: Path) -> subprocess.Popen:
    return subprocess.Popen([str(SUMMITRY_BIN), "ingest", *map(str, paths), "--db", str(db)], env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _counts(stderr: str) -> tuple[int, int]:
    """(stored, already stored) from an ingest report."""
    line = next(ln for ln in stderr.splitlines() if ln.startswith("stored "))
    words = line.replace(",", "").split()
    return int(words[1]), int(words[4])


def test_synchronised_first_opens_of_new_stores_all_succeed(tmp_path):
    go = tmp_path / "go"
    procs = []
    for store in range(3):
        for side in ("a", "b"):
            procs.append(subprocess.Popen([sys.executable, "-c", FIRST_OPEN, str(tmp_path / f"s{store}.db"), str(go),
                                           f"{side}{store}"], env=_env(), stderr=subprocess.PIPE, text=True))
    deadline = time.monotonic() + 120
    while len(list(tmp_path.glob("go.*"))) < len(procs) and time.monotonic() < deadline:
        time.sleep(0.05)
    go.touch()
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * len(procs), "\n".join(e for e in errors if e)
    for store in range(3):
        assert [r[0] for r in db_rows(tmp_path / f"s{store}.db")] == [f"a{store}", f"b{store}"]


@needs_cli
@pytest.mark.parametrize("existing", [False, True], ids=["new store", "existing store"])
def test_two_ingests_side_by_side_store_every_article_once(tmp_path, existing):
    db = tmp_path / "shared.db"
    if existing:
        Store(db).close()
    one, two = _files(tmp_path / "one", range(0, 15)), _files(tmp_path / "two", range(7, 22))
    procs = [_ingest(db, one), _ingest(db, two)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    stored, unchanged = zip(*(_counts(err) for _, err in results))
    assert sum(stored) == 22 and sum(unchanged) == 8  # the 8 shared articles: stored by one, seen by the other
    assert len({row[0] for row in db_rows(db)}) == len(db_rows(db)) == 22


def _long_page(corpus, size: int) -> str:
    parts = [corpus.make_article(0).page.rstrip("\n")]
    i = 1
    while sum(map(len, parts)) < size:
        parts.extend(corpus.make_article(i).page.split("\n\n")[1:-1])
        i += 1
    return "\n\n".join(parts) + "\n"


@needs_cli
def test_long_article_beside_small_ingests(tmp_path, corpus):
    db = tmp_path / "shared.db"
    long = tmp_path / "long.txt"
    long.write_text(_long_page(corpus, 215_000), encoding="utf-8")  # over LONG_TEXT once clean
    big = _ingest(db, long, _files(tmp_path / "more", range(30, 35)))
    for line in big.stderr:  # wait until the long article's events are being read
        if "reading events in" in line:
            break
    small = [_ingest(db, _files(tmp_path / f"s{k}", range(10 * k, 10 * k + 6))) for k in range(2)]
    for p in small:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    big.communicate(timeout=600)
    assert big.returncode == 0
    ids = [row[0] for row in db_rows(db)]
    assert len(ids) == len(set(ids)) == 1 + 5 + 12


def _hold_write_lock(db: Path, locked: threading.Event, release: threading.Event) -> None:
    con = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    con.execute("BEGIN IMMEDIATE")
    locked.set()
    release.wait(30)
    con.execute("ROLLBACK")
    con.close()


def test_a_batch_waits_for_the_lock_and_is_stored(tmp_path, db_path):
    Store(db_path).close()
    src = _files(tmp_path / "in", range(3))
    locked, release = threading.Event(), threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db_path, locked, release))
    holder.start()
    locked.wait(10)
    waits: list[float] = []

    def wait(seconds: float) -> None:  # the other process finishes its batch once this one has met the lock
        waits.append(seconds)
        release.set()

    try:
        with Store(db_path, timeout=0.05) as store:  # a busy timeout far shorter than the other's hold
            report = ingest(store, plan([str(src)]), Settings(), on_wait=wait)
    finally:
        release.set()
        holder.join()
    assert (report.stored, report.failures) == (3, []) and waits
    assert len(db_rows(db_path)) == 3


def test_a_lock_held_beyond_patience_is_one_clear_error(tmp_path, db_path):
    Store(db_path).close()
    src = _files(tmp_path / "in", range(2))
    locked, release = threading.Event(), threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db_path, locked, release))
    holder.start()
    locked.wait(10)
    try:
        with Store(db_path, timeout=0.01, patience=0.2) as store, pytest.raises(StoreError, match="kept the store locked"):
            ingest(store, plan([str(src)]), Settings())
    finally:
        release.set()
        holder.join()
    assert db_rows(db_path) == []


def test_events_are_extracted_outside_the_write_transaction(tmp_path, db_path, monkeypatch):
    src = _files(tmp_path / "in", range(4))
    real = pipeline.to_mentions
    free = []

    def extract(article):
        other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")  # fails at once if this run held the write lock
            other.execute("ROLLBACK")
            free.append(True)
        except sqlite3.OperationalError:
            free.append(False)
        finally:
            other.close()
        return real(article)

    monkeypatch.setattr(pipeline, "to_mentions", extract)
    with Store(db_path) as store:
        report = ingest(store, plan([str(src)]), Settings(), batch_size=1)
    assert report.stored == 4 and free == [True] * 4


def test_ingest_says_when_it_waits_for_another_process(run_cli, tmp_path, db_path, monkeypatch):
    import summitry.interfaces.cli as cli

    Store(db_path).close()
    monkeypatch.setattr(Store.__init__, "__defaults__", (True, 0.05, 600.0))  # a short busy timeout
    locked, release = threading.Event(), threading.Event()
    real_waiting = cli._waiting

    def waiting(seconds: float) -> None:
        real_waiting(seconds)
        release.set()

    monkeypatch.setattr(cli, "_waiting", waiting)
    holder = threading.Thread(target=_hold_write_lock, args=(db_path, locked, release))
    holder.start()
    locked.wait(10)
    try:
        result = run_cli("ingest", _files(tmp_path / "in", range(2)))
    finally:
        release.set()
        holder.join()
    assert result.exit_code == 0, result.output
    assert "ingest: another process holds the store's write lock; waiting" in result.stderr
    assert len(db_rows(db_path)) == 2
