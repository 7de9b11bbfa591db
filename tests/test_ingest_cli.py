"""The ingest, articles, export and demo commands, run through the real CLI."""

from __future__ import annotations

import csv
import json
import sqlite3
from importlib import resources
from pathlib import Path

import pytest

from summitry.store import Store

from conftest import SUMMITRY_BIN

ARTICLE = """{title}
Published : Oct. 28, 2024 - 09:46
By Lee Ji-yoon
South Korea and Japan agreed on {day} to resume regular talks between their foreign ministers, officials said.
The two ministers last met in Tokyo in March, and plan to meet again later this year in Seoul.
"""
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
EMPTY_HTML = ("<!DOCTYPE html><html><head><title>Example Daily</title></head><body>"
              "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
              "<footer>&copy; 2024 Example Daily</footer></body></html>")
UNREACHABLE = "http://127.0.0.1:9/story.html"
EXPORT_FIELDS = {"id", "file", "url", "title", "published", "source", "byline", "dateline", "text", "captions"}


def good(n: int) -> str:
    return ARTICLE.format(title=f"Seoul, Tokyo to resume talks {n}", day=DAYS[n % 5])


def db_rows(db: Path) -> list[tuple]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("SELECT id, origin, title, paragraphs FROM articles ORDER BY id").fetchall()
    finally:
        con.close()


@pytest.fixture
def bad_batch(tmp_path) -> tuple[Path, dict[str, str]]:
    """A folder of good and bad inputs; returns it and {failing name: expected reason fragment}."""
    d = tmp_path / "batch"
    d.mkdir()
    for i in range(3):
        (d / f"good{i}.txt").write_text(good(i), encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.bin").write_bytes(bytes(range(256)) * 64)
    (d / "latin1.txt").write_bytes(good(3).replace("Seoul, Tokyo", "Séoul, Tōkyō".replace("ō", "o")).encode("latin-1"))
    with open(d / "huge.txt", "wb") as fh:  # 50 MB, sparse: over the default 5 MB limit
        fh.truncate(50_000_000)
    (d / "nothing.html").write_text(EMPTY_HTML, encoding="utf-8")
    (d / "feed.jsonl").write_text(
        json.dumps({"text": good(4), "url": "https://example.com/4"}) + "\n{oops\n", encoding="utf-8")
    failing = {
        str(d / "empty.txt"): "empty file",
        str(d / "binary.bin"): "binary",
        str(d / "huge.txt"): "size limit",
        str(d / "nothing.html"): "no article text",
        f"{d / 'feed.jsonl'}:2": "malformed JSON",
        str(tmp_path / "missing.txt"): "no such file",
        UNREACHABLE: "unreachable",
    }
    return d, failing


def test_bad_inputs_each_reported_and_the_rest_stored(run_cli, bad_batch, tmp_path, db_path, monkeypatch):
    monkeypatch.setenv("SUMMITRY_URL_TIMEOUT", "5")
    folder, failing = bad_batch
    result = run_cli("ingest", folder, tmp_path / "missing.txt", UNREACHABLE)
    assert result.exit_code == 1, result.output
    assert "stored 5 new article(s), 0 already stored, 7 failed" in result.stderr

    failed = result.failed_lines()
    assert len(failed) == len(failing)
    for name, fragment in failing.items():
        [line] = [ln for ln in failed if ln.startswith(f"failed: {name}: ")]
        assert fragment in line, line
    # the Latin-1 file is stored, with a warning naming it
    latin = str(folder / "latin1.txt")
    assert any(ln.startswith(f"warning: {latin}: not valid UTF-8") for ln in result.warning_lines()), result.stderr

    stored = db_rows(db_path)
    assert sorted(Path(r[1]).name for r in stored) == ["feed.jsonl:1", "good0.txt", "good1.txt", "good2.txt", "latin1.txt"]
    [latin_row] = [r for r in stored if r[1] == latin]
    assert latin_row[2] == "Séoul, Tokyo to resume talks 3"

    # Running the same batch again: the same failures, nothing lost or duplicated.
    again = run_cli("ingest", folder, tmp_path / "missing.txt", UNREACHABLE)
    assert again.exit_code == 1
    assert "stored 0 new article(s), 5 already stored, 7 failed" in again.stderr
    assert db_rows(db_path) == stored


@pytest.mark.skipif(not SUMMITRY_BIN.exists(), reason=f"{SUMMITRY_BIN} not installed")
def test_failure_report_lines_are_not_wrapped_in_a_pipe(tmp_path):
    import os
    import subprocess

    missing = tmp_path / ("a-rather-long-folder-name-for-scraped-articles-" * 2) / "story.txt"
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    done = subprocess.run([str(SUMMITRY_BIN), "ingest", str(missing), "--db", str(tmp_path / "w.db")],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1
    assert f"  failed: {missing}: no such file or directory\n" in done.stderr


def test_size_limit_is_configurable(run_cli, tmp_path, monkeypatch):
    f = tmp_path / "big.txt"
    f.write_text(good(0) + ("The talks went on. " * 300 + "\n") * 1100, encoding="utf-8")  # ~6.3 MB
    assert f.stat().st_size > 5_000_000
    default = run_cli("ingest", f)
    assert default.exit_code == 1
    [line] = default.failed_lines()
    assert "over the size limit of 5.0 MB" in line and "--max-bytes" in line
    assert run_cli("ingest", f, "--max-bytes", "10000000").exit_code == 0
    monkeypatch.setenv("SUMMITRY_MAX_BYTES", "100000")
    small = tmp_path / "small.txt"
    small.write_text(good(1) * 400, encoding="utf-8")
    assert small.stat().st_size > 100_000
    limited = run_cli("ingest", small)
    assert limited.exit_code == 1 and "over the size limit of 0.1 MB" in limited.stderr


def test_all_good_batch_exits_zero(run_cli, tmp_path):
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(good(i))
    result = run_cli("ingest", str(tmp_path / "*.txt"))
    assert result.exit_code == 0, result.output
    assert "stored 3 new article(s), 0 already stored, 0 failed" in result.stderr


def test_ingest_from_stdin(run_cli, export_articles):
    result = run_cli("ingest", "-", input=good(0))
    assert result.exit_code == 0, result.output
    [record] = export_articles()
    assert record["title"] == "Seoul, Tokyo to resume talks 0"
    assert record["file"] is None


def test_ingest_json_lines_from_stdin(run_cli, export_articles):
    lines = "".join(json.dumps({"text": good(i), "title": f"Feed title {i}"}) + "\n" for i in range(2))
    result = run_cli("ingest", "-", input=lines)
    assert result.exit_code == 0, result.output
    assert sorted(r["title"] for r in export_articles()) == ["Feed title 0", "Feed title 1"]


def test_missing_path_alone(run_cli, tmp_path):
    result = run_cli("ingest", tmp_path / "nope.txt")
    assert result.exit_code == 1
    assert result.failed_lines() == [f"failed: {tmp_path / 'nope.txt'}: no such file or directory"]


def test_articles_command_lists_stored_articles(run_cli, tmp_path):
    src = tmp_path / "in"  # not tmp_path itself: the store lives there
    src.mkdir()
    for i in range(2):
        (src / f"a{i}.txt").write_text(good(i))
    assert run_cli("ingest", src).exit_code == 0
    result = run_cli("articles")
    assert result.exit_code == 0, result.output
    assert "2 article(s)" in result.stdout
    assert "2024-10-28T09:46" in result.stdout
    assert "a0.txt" in result.stdout and "a1.txt" in result.stdout


def test_articles_on_an_empty_store(run_cli, db_path):
    Store(db_path).close()
    result = run_cli("articles")
    assert result.exit_code == 0
    assert "0 article(s)" in result.stdout


def test_read_commands_do_not_create_a_store_at_a_mistyped_path(run_cli, db_path):
    for command in (["articles"], ["events"], ["timeline"], ["show", "ev-x"], ["export", "events"],
                    ["export", "articles"]):
        result = run_cli(*command)
        assert result.exit_code == 1, command
        assert f"no store at {db_path}" in result.stderr and result.exception is None or \
            isinstance(result.exception, SystemExit)
        assert not db_path.exists(), command


def test_export_jsonl_and_csv_to_files(run_cli, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"a{i}.txt").write_text(good(i))
    assert run_cli("ingest", src).exit_code == 0

    out = tmp_path / "articles.jsonl"
    result = run_cli("export", "articles", "--format", "jsonl", "-o", out)
    assert result.exit_code == 0, result.output
    assert f"wrote 3 article(s) to {out}" in result.stderr
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(records) == 3
    for r in records:
        assert EXPORT_FIELDS <= set(r)
        assert r["published"] == "2024-10-28T09:46"
        assert r["byline"] == "Lee Ji-yoon"
        assert r["file"].startswith("a") and r["file"].endswith(".txt")
        assert isinstance(r["captions"], list)
        assert r["text"].startswith("South Korea and Japan agreed on")

    out_csv = tmp_path / "articles.csv"
    result = run_cli("export", "articles", "--format", "csv", "-o", out_csv)
    assert result.exit_code == 0, result.output
    with open(out_csv, newline="", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == 3
    assert EXPORT_FIELDS <= set(table[0])
    assert {row["id"] for row in table} == {r["id"] for r in records}
    assert all(json.loads(row["captions"]) == [] for row in table)
    by_id = {r["id"]: r for r in records}
    assert all(row["text"] == by_id[row["id"]]["text"] for row in table)  # multi-line cells survive


def test_export_to_stdout_and_bad_format(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(good(0))
    assert run_cli("ingest", tmp_path / "a.txt").exit_code == 0
    result = run_cli("export", "articles")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "Seoul, Tokyo to resume talks 0"
    bad = run_cli("export", "articles", "--format", "xml")
    assert bad.exit_code != 0
    assert "jsonl or csv" in bad.output


def _sample_count() -> int:
    folder = resources.files("summitry").joinpath("samples")
    count = 0
    for entry in folder.iterdir():
        if entry.name.endswith(".jsonl"):
            count += sum(1 for line in entry.read_text("utf-8").splitlines() if line.strip())
        elif entry.name.endswith((".txt", ".html")):
            count += 1
    return count


def test_samples_are_bundled():
    n = _sample_count()
    assert 6 <= n <= 8
    names = [e.name for e in resources.files("summitry").joinpath("samples").iterdir()]
    assert any(n.endswith(".html") for n in names)
    assert sum(n.endswith(".jsonl") for n in names) == 1
    assert not any(n.endswith(".py") for n in names)


def test_demo_stores_every_sample(run_cli, tmp_path):
    db = tmp_path / "demo.db"
    result = run_cli("demo", "--db", db)
    assert result.exit_code == 0, result.output
    n = _sample_count()
    assert f"stored {n} new article(s), 0 already stored, 0 failed" in result.stderr
    assert f"{n} article(s)" in result.stdout
    assert "warning:" not in result.stderr

    con = sqlite3.connect(db)
    got = con.execute("SELECT title, published FROM articles").fetchall()
    con.close()
    assert len(got) == n
    assert all(title and published for title, published in got)
    # A fresh store is required: running the demo into the same file again is refused.
    assert run_cli("demo", "--db", db).exit_code != 0


def test_demo_sample_metadata(run_cli, tmp_path):
    db = tmp_path / "demo.db"
    assert run_cli("demo", "--db", db).exit_code == 0
    result = run_cli("export", "articles", "--db", db)
    records = {(r["file"], r["title"]): r for r in map(json.loads, result.stdout.splitlines())}
    published = {title: r["published"] for (_, title), r in records.items()}
    assert published == {
        "Quad foreign ministers to gather in Tokyo on Tuesday": "2020-10-01T18:20",
        "Quad ministers agree to meet regularly after Tokyo talks": "2020-10-06T21:05",
        "Blinken, Austin to visit Tokyo next week for '2+2' security talks": "2021-03-10T15:05",
        "Japan, U.S. hold first '2+2' talks in nearly two years": "2021-03-16T09:40",
        "G7 leaders gather in Cornwall for first in-person summit in two years": "2021-06-10T19:45",
        "G7 leaders end Cornwall summit with pledge of 1 billion vaccine doses": "2021-06-13T18:30",
        "Biden, Xi to meet near San Francisco on Wednesday": "2023-11-11T08:30",
        "Biden and Xi agree to restore military communication at California meeting": "2023-11-16T07:10",
    }
    for record in records.values():
        for furniture in ("Send Feedback", "Link copied", "Published :", "Share\n", "(Pool photo)"):
            assert furniture not in record["text"], (record["file"], furniture)


def test_ingesting_the_folder_that_holds_the_store_skips_the_store(run_cli, tmp_path, db_path):
    assert db_path.parent == tmp_path
    for i in range(2):
        (tmp_path / f"a{i}.txt").write_text(good(i))
    first = run_cli("ingest", tmp_path)
    assert first.exit_code == 0, first.output
    assert first.failed_lines() == []
    assert db_path.exists()
    again = run_cli("ingest", tmp_path, str(tmp_path / "*"))
    assert again.exit_code == 0, again.output
    assert again.failed_lines() == []
    assert "0 failed" in again.stderr
    assert len(db_rows(db_path)) == 2
