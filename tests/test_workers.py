"""ingest --workers N: the stored records do not depend on N nor on the batch size, small
inputs stay in-process, and a killed parallel run leaves a store that a rerun completes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from importlib import resources
from pathlib import Path

import psutil
import pytest

from conftest import SUMMITRY_BIN, stored_articles
from summitry import pipeline
from summitry.config import settings
from summitry.pipeline import ingest
from summitry.sources import plan
from summitry.store import Store

SAMPLES = Path(str(resources.files("summitry") / "samples"))


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table of a store, sorted (the ingest time of an article left out)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        out = {}
        for table in tables:
            cur = con.execute(f"SELECT * FROM {table}")
            keep = [i for i, d in enumerate(cur.description) if d[0] != "ingested_at"]
            out[table] = sorted(tuple(repr(row[i]) for i in keep) for row in cur)
        return out
    finally:
        con.close()


def run(db: Path, paths: list[str], workers: int, batch_size: int = 50) -> pipeline.IngestReport:
    with Store(db) as store:
        return ingest(store, plan(paths), settings(), batch_size=batch_size, workers=workers)


def test_samples_same_records_with_one_and_two_workers_and_any_batch_size(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "MIN_PARALLEL", 1)  # the samples are few: use the pool anyway
    one = run(tmp_path / "one.db", [str(SAMPLES)], workers=1, batch_size=50)
    two = run(tmp_path / "two.db", [str(SAMPLES)], workers=2, batch_size=3)
    assert (one.stored, one.events, one.failures) == (two.stored, two.events, two.failures)
    assert one.stored > 5 and one.events > 5
    assert sorted(one.warnings) == sorted(two.warnings)
    assert snapshot(tmp_path / "one.db") == snapshot(tmp_path / "two.db")


def test_dev_corpus_same_records_with_one_and_two_workers(tmp_path, shared_dir):
    dev = shared_dir / "corpus" / "dev"
    if not dev.is_dir():
        pytest.skip("no dev corpus")
    articles = str(dev / "*.txt")  # the articles, not the folder's index
    one = run(tmp_path / "one.db", [articles], workers=1)
    two = run(tmp_path / "two.db", [articles], workers=2, batch_size=7)
    assert one.stored == two.stored > 40
    assert snapshot(tmp_path / "one.db") == snapshot(tmp_path / "two.db")


def test_a_few_documents_are_read_in_process(tmp_path, monkeypatch):
    def no_pool(*_args):
        raise AssertionError("a worker pool was started for a few documents")

    monkeypatch.setattr(pipeline, "_in_workers", no_pool)
    report = run(tmp_path / "few.db", [str(SAMPLES / "01_quad_tokyo_preview.txt")], workers=2)
    assert report.stored == 1 and not report.failures


def test_rerun_with_workers_skips_stored_articles(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "MIN_PARALLEL", 1)
    run(tmp_path / "s.db", [str(SAMPLES)], workers=1)
    before = snapshot(tmp_path / "s.db")
    again = run(tmp_path / "s.db", [str(SAMPLES)], workers=2)
    assert again.stored == 0 and again.unchanged > 5 and again.events == 0
    assert snapshot(tmp_path / "s.db") == before


N_KILL = 150



@pytest.mark.skipif(not SUMMITRY_BIN.exists(), reason=f"{SUMMITRY_BIN} not installed")
def test_killed_parallel_ingest_then_rerun_stores_every_article_once(tmp_path, corpus):
    src = tmp_path / "articles"
    corpus.write_files(src, N_KILL)
    db = tmp_path / "kill.db"
    command = [str(SUMMITRY_BIN), "ingest", str(src), "--db", str(db), "--workers", "2"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[psutil.Process] = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists() and stored_articles(db):  # some articles stored: kill it now, mid-run
                break
            time.sleep(0.005)
        workers = psutil.Process(proc.pid).children(recursive=True)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    assert workers, "no worker processes were running"
    _, alive = psutil.wait_procs(workers, timeout=30)  # orphaned workers exit by themselves
    assert not alive

    partial = stored_articles(db)
    assert partial is not None and 0 < partial < N_KILL, partial
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600, env={**os.environ})
    assert rerun.returncode == 0, rerun.stderr
    assert f"stored {N_KILL - partial} new article(s), {partial} already stored, 0 failed" in rerun.stderr
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == N_KILL
    finally:
        con.close()


@pytest.mark.parametrize("pool", [False, True])
def test_each_article_is_announced_once(tmp_path, monkeypatch, pool):
    if pool:
        monkeypatch.setattr(pipeline, "MIN_PARALLEL", 1)
    seen: list[str] = []
    with Store(tmp_path / "a.db") as store:
        report = ingest(store, plan([str(SAMPLES / "0[1-4]*.txt")]), settings(), workers=2,
                        on_document=lambda origin, _: seen.append(origin))
    assert report.stored == 4 and len(seen) == len(set(seen)) == 4
