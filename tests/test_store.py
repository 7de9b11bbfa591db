"""The SQLite store: schema versions, WAL, idempotent ingest, and surviving a killed run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from conftest import SUMMITRY_BIN, stored_articles
from summitry.cleaning import clean
from summitry.config import Settings
from summitry.model import RawDocument
from summitry.pipeline import ingest
from summitry.sources import plan
from summitry.store import Store
from summitry.store.migrations import MIGRATIONS

PAGE = """Seoul, Tokyo to resume foreign ministers' talks
Published : Oct. 28, 2024 - 09:46
By Lee Ji-yoon
South Korea and Japan agreed on Tuesday to resume regular talks between their foreign ministers, officials said.
The two ministers last met in Tokyo in March, and plan to meet again later this year in Seoul.
"""


def article(text: str = PAGE, origin: str = "a.txt"):
    return clean(RawDocument(origin, text))


def rows(db: Path) -> list[tuple]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("SELECT * FROM articles ORDER BY id").fetchall()
    finally:
        con.close()


def test_new_store_is_migrated_to_the_current_version(db_path):
    with Store(db_path) as store:
        assert store.schema_version == len(MIGRATIONS) >= 1
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "articles" in tables
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    con.close()


def test_reopening_an_existing_store_is_a_no_op(db_path):
    with Store(db_path) as store:
        store.add_article(article())
    schema_before = sqlite3.connect(db_path).execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    rows_before = rows(db_path)
    for _ in range(2):
        with Store(db_path) as store:
            assert store.schema_version == len(MIGRATIONS)
            assert store.count_articles() == 1
    assert sqlite3.connect(db_path).execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema_before
    assert rows(db_path) == rows_before


def test_store_newer_than_the_code_is_refused(db_path):
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA user_version={len(MIGRATIONS) + 5}")
    con.close()
    with pytest.raises(RuntimeError, match="newer"):
        Store(db_path)


def test_wal_mode(db_path):
    with Store(db_path) as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"  # persistent in the file
    con.close()


def test_article_round_trips(db_path):
    a = article()
    with Store(db_path) as store:
        assert store.add_article(a) is True
        b = store.article(a.id)
    assert b == a
    assert store_list(db_path) == [a.id]


def store_list(db: Path) -> list[str]:
    with Store(db) as store:
        return [a.id for a in store.articles()]


def test_adding_the_same_article_twice_keeps_one_row(db_path):
    with Store(db_path) as store:
        assert store.add_article(article()) is True
        assert store.add_article(article(origin="elsewhere.txt")) is False
        assert store.count_articles() == 1
        assert store.article(article().id).origin == "a.txt"


def test_transaction_rolls_back_on_error(db_path):
    with Store(db_path) as store:
        with pytest.raises(KeyError):
            with store.transaction():
                store.add_article(article())
                raise KeyError("boom")
        assert store.count_articles() == 0


def test_reingest_is_idempotent_including_from_a_second_path(db_path, tmp_path):
    (tmp_path / "in").mkdir()
    first = tmp_path / "in" / "a.txt"
    first.write_text(PAGE)
    (tmp_path / "in" / "b.txt").write_text(PAGE.replace("Tuesday", "Wednesday"))
    copy = tmp_path / "copy_of_a.txt"
    copy.write_text("Share\nLink copied\n" + PAGE.replace("\n", "\r\n"))  # same article, other furniture

    with Store(db_path) as store:
        r1 = ingest(store, plan([str(tmp_path / "in")]), Settings())
    assert (r1.stored, r1.unchanged, r1.failures) == (2, 0, [])
    snapshot = rows(db_path)

    with Store(db_path) as store:
        r2 = ingest(store, plan([str(tmp_path / "in"), str(copy)]), Settings())
    assert (r2.stored, r2.unchanged, r2.failures) == (0, 3, [])
    assert rows(db_path) == snapshot  # nothing changed, not even ingested_at or origin


def test_duplicates_within_one_batch_store_once(db_path, tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(PAGE)
    with Store(db_path) as store:
        report = ingest(store, plan([str(tmp_path)]), Settings())
        assert (report.stored, report.unchanged) == (1, 2)
        assert store.count_articles() == 1


def test_reingest_through_the_cli_reports_already_stored(run_cli, tmp_path, db_path):
    f = tmp_path / "a.txt"
    f.write_text(PAGE)
    first = run_cli("ingest", f)
    assert first.exit_code == 0, first.output
    assert "stored 1 new article(s), 0 already stored, 0 failed" in first.stderr
    snapshot = rows(db_path)
    second = run_cli("ingest", f)
    assert second.exit_code == 0, second.output
    assert "stored 0 new article(s), 1 already stored, 0 failed" in second.stderr
    assert rows(db_path) == snapshot


# --- a run killed part-way through, then rerun -----------------------------------------

N_KILL = 1000



@pytest.mark.skipif(not SUMMITRY_BIN.exists(), reason=f"{SUMMITRY_BIN} not installed")
def test_killed_ingest_then_rerun_stores_every_article_exactly_once(tmp_path, corpus):
    src = tmp_path / "articles"
    corpus.write_files(src, N_KILL)
    db = tmp_path / "kill.db"
    env = {**os.environ, "SUMMITRY_DB": str(db)}

    proc = subprocess.Popen([str(SUMMITRY_BIN), "ingest", str(src), "--db", str(db)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        seen = None
        while time.monotonic() < deadline and proc.poll() is None:
            seen = stored_articles(db)
            if seen:  # some articles stored: kill it now, mid-batch
                break
            time.sleep(0.002)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"

    partial = stored_articles(db)
    assert partial is not None and 0 < partial < N_KILL, partial
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()

    rerun = subprocess.run([str(SUMMITRY_BIN), "ingest", str(src), "--db", str(db)], env=env,
                           capture_output=True, text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stderr
    assert f"stored {N_KILL - partial} new article(s), {partial} already stored, 0 failed" in rerun.stderr

    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == N_KILL
        assert con.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == N_KILL
        files = {r[0] for r in con.execute("SELECT file FROM articles")}
    finally:
        con.close()
    assert files == {a.file_name for a in corpus.articles(N_KILL)}
