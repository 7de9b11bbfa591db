"""Issue 10: bad inputs, odd arguments and broken stores give one clear line, never a traceback,
and never cost the rest of the batch. (Concurrency: test_hardening_concurrency.py; fuzzing:
test_hardening_fuzz.py.)"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from summitry.config import Settings
from summitry.pipeline import ingest
from summitry.sources import plan
from summitry.store import Store
from test_ingest_cli import db_rows, good

MEETING = ("Seoul, Oct. 28 -- South Korean Foreign Minister Park Jin met Japanese Foreign Minister "
           "Yoshimasa Hayashi in Tokyo on Monday, the two governments said.\n\n"
           "The two ministers agreed to meet again later this year in Seoul.")


def clean_exit(result) -> bool:
    """No traceback: the command ended by its own exit, not by an exception."""
    return result.exception is None or isinstance(result.exception, SystemExit)


def folder_of_good(tmp_path: Path, n: int, name: str = "in") -> Path:
    d = tmp_path / name
    d.mkdir()
    for i in range(n):
        (d / f"good{i}.txt").write_text(good(i), encoding="utf-8")
    return d


# --- 2: one bad input never aborts the run -------------------------------------------------

def test_utf16_with_an_odd_trailing_byte_is_read_and_the_rest_goes_in(run_cli, tmp_path, db_path):
    d = folder_of_good(tmp_path, 3)
    broken = b"\xff\xfe" + good(7).encode("utf-16-le") + b"A"  # a BOM, then an odd trailing byte
    (d / "a_utf16.txt").write_bytes(broken)
    (d / "a_utf16.jsonl").write_bytes(b"\xff\xfe" + (json.dumps({"text": good(8)}) + "\n").encode("utf-16-le") + b"Z")
    result = run_cli("ingest", d)
    assert clean_exit(result), result.output
    assert len(db_rows(db_path)) == 5
    assert any("a_utf16.txt: decoded as UTF-16; invalid bytes replaced" in w for w in result.warning_lines())
    # the stray byte after the last line of the feed is a damaged record of its own
    assert result.failed_lines() == [f"failed: {d / 'a_utf16.jsonl'}:2: malformed JSON line: Expecting value at column 1"]


def test_json_nested_100000_deep_is_one_failure_and_later_lines_go_in(run_cli, tmp_path, db_path):
    feed = tmp_path / "feed.jsonl"
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    feed.write_text("\n".join([json.dumps({"text": good(5)}), deep, json.dumps({"text": good(6)})]) + "\n")
    result = run_cli("ingest", feed, folder_of_good(tmp_path, 2))
    assert clean_exit(result), result.output
    assert result.exit_code == 1
    assert result.failed_lines() == [f"failed: {feed}:2: JSON line is nested too deeply to read"]
    assert len(db_rows(db_path)) == 4


def test_any_exception_while_reading_one_input_names_it_and_the_rest_goes_in(db_path, tmp_path, monkeypatch):
    import summitry.pipeline as pipeline

    d = folder_of_good(tmp_path, 3)
    real = pipeline.read_input

    def flaky(item, *args):
        if item.name.endswith("good1.txt"):
            raise ZeroDivisionError("a bug in a reader")
        yield from real(item, *args)

    monkeypatch.setattr(pipeline, "read_input", flaky)
    with Store(db_path) as store:
        report = ingest(store, plan([str(d)]), Settings())
        assert report.stored == 2 and store.count_articles() == 2
    [failure] = report.failures
    assert failure.origin.endswith("good1.txt") and "ZeroDivisionError: a bug in a reader" in failure.reason


def test_an_error_while_linking_one_article_leaves_the_rest_of_its_batch_stored(db_path, tmp_path, monkeypatch):
    import summitry.pipeline as pipeline

    d = folder_of_good(tmp_path, 4)
    real, calls = pipeline.link, []

    def flaky(store, mentions):
        calls.append(1)
        if len(calls) == 2:  # the second article: half linked, then a bug
            real(store, mentions[:1])
            raise KeyError("a bug in linking")
        return real(store, mentions)

    monkeypatch.setattr(pipeline, "link", flaky)
    with Store(db_path) as store:
        report = ingest(store, plan([str(d)]), Settings())
        assert report.stored == 3 and store.count_articles() == 3
        linked = store.db.execute("SELECT count(DISTINCT article_id) FROM mentions").fetchone()[0]
    assert linked == 3  # nothing of the failed article was kept, not even its first mention
    [failure] = report.failures
    assert failure.origin.endswith("good1.txt") and "KeyError" in failure.reason


# --- 4: a sub-folder that cannot be read is named --------------------------------------------

def test_unreadable_sub_folder_is_a_failure(run_cli, tmp_path, db_path, monkeypatch):
    d = folder_of_good(tmp_path, 2)
    locked = d / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(good(3))
    real_scandir = os.scandir

    def scandir(path="."):  # root reads any folder: deny this one as the kernel would for a user
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    locked.chmod(0)
    try:
        result = run_cli("ingest", d)
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 1, result.output
    assert result.failed_lines() == [f"failed: {locked}: cannot read folder: Permission denied"]
    assert len(db_rows(db_path)) == 2


# --- 7: text from articles never drives the terminal -----------------------------------------

HOSTILE = "[bold red]Alert[/bold] \x1b[2J\x1b]0;owned\x07 [link=http://evil.example]click[/link] [/bold]"


def test_titles_with_markup_and_escape_codes_print_literally(run_cli, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"title": HOSTILE, "text": MEETING}) + "\n", encoding="utf-8")
    assert run_cli("ingest", feed).exit_code == 0
    result = run_cli("articles")
    assert result.exit_code == 0 and clean_exit(result), result.output
    assert "[bold red]Alert[/bold]" in result.stdout and "[link=http://evil.example]" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_show_and_reports_strip_control_characters_and_markup(run_cli, tmp_path):
    odd = tmp_path / "story\x1b]0;owned\x07[bold].txt"
    odd.write_text("")  # an empty file: its name is printed in the failure line
    story = tmp_path / "story.txt"
    story.write_text(MEETING.replace("the two governments said", "the two governments said \x1b[2J[/bold]"))
    result = run_cli("ingest", odd, story)
    assert clean_exit(result) and result.exit_code == 1, result.output
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "story]0;owned[bold].txt: empty file" in result.stderr
    records = [json.loads(line) for line in run_cli("export", "events").stdout.splitlines()]
    event = next(r for r in records if any("[/bold]" in e["sentence"] for e in r["evidence"]))
    shown = run_cli("show", event["id"])
    assert shown.exit_code == 0 and clean_exit(shown), shown.output
    assert "[/bold]" in shown.stdout and "\x1b" not in shown.stdout
    missing = run_cli("show", "[/bold]")
    assert missing.exit_code == 1 and clean_exit(missing)
    assert "no event '[/bold]'" in missing.stderr


# --- 8: --db that is not a usable store ------------------------------------------------------

def test_db_at_a_directory(run_cli, tmp_path):
    result = run_cli("ingest", folder_of_good(tmp_path, 1), "--db", tmp_path)
    assert result.exit_code == 1 and clean_exit(result)
    assert f"error: {tmp_path} is a directory" in result.stderr


def test_db_at_a_file_that_is_not_sqlite(run_cli, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    for command in (["ingest", folder_of_good(tmp_path, 1)], ["articles"], ["export", "events"]):
        result = run_cli(*command, "--db", notes)
        assert result.exit_code == 1 and clean_exit(result), command
        assert "is not a SQLite database" in result.stderr
    assert notes.read_text() == "my notes\n"


def test_another_applications_sqlite_file_is_left_untouched(run_cli, tmp_path):
    other = tmp_path / "contacts.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.execute("INSERT INTO contacts VALUES ('Ann')")
    con.commit()
    con.close()
    before = other.read_bytes()
    result = run_cli("ingest", folder_of_good(tmp_path, 1), "--db", other)
    assert result.exit_code == 1 and clean_exit(result)
    assert "another application's SQLite database" in result.stderr
    assert other.read_bytes() == before
    con = sqlite3.connect(other)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] != "wal"
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["contacts"]
    con.close()


def test_store_with_a_newer_schema_is_one_line(run_cli, tmp_path, db_path):
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA user_version=99")
    con.close()
    result = run_cli("events")
    assert result.exit_code == 1 and clean_exit(result)
    assert "schema version 99, newer than this summitry knows" in result.stderr


def test_read_only_store_is_one_line(run_cli, tmp_path, db_path, monkeypatch):
    Store(db_path).close()
    import summitry.store.sqlite as sqlite_store

    real = sqlite3.connect

    def read_only(path, **kw):  # root may write any file: open it read-only as a user would
        return real(f"file:{path}?mode=ro", uri=True, **kw)

    monkeypatch.setattr(sqlite_store.sqlite3, "connect", read_only)
    assert run_cli("articles").exit_code == 0  # reading a read-only store works
    result = run_cli("ingest", folder_of_good(tmp_path, 1))
    assert result.exit_code == 1 and clean_exit(result), result.output
    assert "the store is read-only" in result.stderr


@pytest.mark.parametrize("where", ["missing/x.db", "/proc/summitry-test.db"])
def test_store_in_a_missing_or_read_only_folder(run_cli, tmp_path, where):
    db = tmp_path / where if not where.startswith("/") else Path(where)
    result = run_cli("ingest", folder_of_good(tmp_path, 1), "--db", db)
    assert result.exit_code == 1 and clean_exit(result), result.output
    assert result.stderr.startswith("error: ") and len(result.stderr.strip().splitlines()) == 1


# --- 9: bad filter values --------------------------------------------------------------------

@pytest.mark.parametrize("args, accepted", [
    (["--since", "yesterday"], "YYYY-MM-DD"),
    (["--until", "2021-13-45"], "YYYY-MM-DD"),
    (["--since", "notadate"], "YYYY-MM"),
    (["--type", "MEETING"], "CONSULT, SUPPORT"),
    (["--status", "done"], "proposed, scheduled, held, postponed, cancelled"),
])
def test_bad_filters_list_what_is_accepted(run_cli, db_path, args, accepted):
    Store(db_path).close()
    for command in (["events"], ["timeline"], ["export", "events"]):
        result = run_cli(*command, *args)
        assert result.exit_code == 2 and clean_exit(result), (command, result.output)
        assert accepted in result.stderr and args[1] in result.stderr


# --- 10: bad settings, bad output targets, other encodings for timex ------------------------------

@pytest.mark.parametrize("name, value", [("SUMMITRY_MAX_BYTES", "5MB"), ("SUMMITRY_MAX_BYTES", "-1"),
                                          ("SUMMITRY_URL_TIMEOUT", "soon"), ("SUMMITRY_URL_TIMEOUT", "0")])
def test_bad_environment_setting_is_one_line(run_cli, db_path, name, value):
    Store(db_path).close()
    result = run_cli("articles", env={name: value})
    assert result.exit_code == 2 and clean_exit(result)
    assert f"{name}={value!r} is not valid" in result.stderr


@pytest.mark.parametrize("value", ["0", "-5"])
def test_max_bytes_must_be_positive(run_cli, tmp_path, value):
    result = run_cli("ingest", folder_of_good(tmp_path, 1), "--max-bytes", value)
    assert result.exit_code == 2 and clean_exit(result)
    assert "--max-bytes" in result.stderr


@pytest.fixture
def one_stored(run_cli, tmp_path):
    assert run_cli("ingest", folder_of_good(tmp_path, 1, "src")).exit_code == 0


@pytest.mark.parametrize("target, reason", [
    (".", "is a directory"), ("missing/out.jsonl", "does not exist"), ("/dev/full", "No space left on device"),
    ("/proc/out.jsonl", "cannot write"),
])
def test_export_to_a_place_that_cannot_be_written(run_cli, tmp_path, one_stored, target, reason):
    path = tmp_path / target if not target.startswith("/") else Path(target)
    for kind in ("articles", "events"):
        result = run_cli("export", kind, "-o", path)
        assert result.exit_code == 1 and clean_exit(result), result.output
        assert reason in result.stderr and f"cannot write {path}" in result.stderr


def test_export_that_fails_midway_leaves_no_partial_file(run_cli, tmp_path, one_stored, monkeypatch):
    import summitry.interfaces.cli as cli

    def full(records, fh, fmt):
        fh.write("{partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli, "write_records", full)
    out = tmp_path / "out.jsonl"
    result = run_cli("export", "articles", "-o", out)
    assert result.exit_code == 1 and "No space left on device" in result.stderr
    assert list(tmp_path.glob("*out.jsonl*")) == []
    out.write_text("last week's export\n")
    assert run_cli("export", "articles", "-o", out).exit_code == 1
    assert out.read_text() == "last week's export\n"  # an earlier export is not half overwritten
    assert list(tmp_path.glob("*out.jsonl*")) == [out]


def test_timex_reads_latin1_and_utf16_and_refuses_binary(run_cli, tmp_path):
    text = "Le sommet a eu lieu à Genève on May 5, 2021."
    for name, data in [("l1.txt", text.encode("latin-1")), ("u16.txt", text.encode("utf-16"))]:
        (tmp_path / name).write_bytes(data)
        result = run_cli("timex", tmp_path / name, "--dct", "2021-05-06")
        assert result.exit_code == 0 and clean_exit(result), result.output
        assert '"value": "2021-05-05"' in result.stdout
    (tmp_path / "b.bin").write_bytes(bytes(range(256)) * 8)
    result = run_cli("timex", tmp_path / "b.bin")
    assert result.exit_code == 1 and clean_exit(result) and "binary file" in result.stderr


def test_full_disk_during_ingest_is_one_line_and_the_store_stays_whole(run_cli, tmp_path, db_path, monkeypatch):
    import summitry.store.sqlite as sqlite_store

    real_write = sqlite_store.Store.write

    def cramped(self, work, on_wait=None):  # SQLite's own "disk full": the file may not grow
        pages = self.db.execute("PRAGMA page_count").fetchone()[0]
        self.db.execute(f"PRAGMA max_page_count={pages + 2}")
        return real_write(self, work, on_wait)

    monkeypatch.setattr(sqlite_store.Store, "write", cramped)
    d = tmp_path / "big"
    d.mkdir()
    for i in range(30):
        (d / f"a{i}.txt").write_text(good(i) + "\n".join(f"Paragraph {j} of story {i} in many words." * 5
                                                         for j in range(40)))
    result = run_cli("ingest", d)
    assert result.exit_code == 1 and clean_exit(result), result.output
    assert "disk is full" in result.stderr and "rerun" in result.stderr
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


# --- 11: smaller input oddities --------------------------------------------------------------

def test_nul_bytes_after_the_first_8kb_are_removed(run_cli, tmp_path, export_articles):
    body = good(0) + "".join(f"The ministers spoke about topic {i} at length.\n" for i in range(250))
    assert len(body) > 9000
    f = tmp_path / "nul.txt"
    f.write_bytes(body[:9000].encode() + b"\x00\x00" + body[9000:].encode())
    result = run_cli("ingest", f)
    assert result.exit_code == 0, result.output
    assert f"warning: {f}: NUL bytes removed" in result.warning_lines()
    [record] = export_articles()
    assert "\x00" not in record["text"]


@pytest.mark.parametrize("content, hint", [
    (json.dumps([{"text": good(0)}, {"text": good(1)}], indent=2), "a JSON array"),
    (json.dumps({"text": good(0)}, indent=2), "pretty-printed JSON"),
])
def test_json_that_is_not_json_lines_is_one_error_with_a_hint(run_cli, tmp_path, content, hint):
    f = tmp_path / "feed.jsonl"
    f.write_text(content)
    result = run_cli("ingest", f)
    assert result.exit_code == 1
    [line] = result.failed_lines()
    assert line.startswith(f"failed: {f}: this is {hint}") and "jq -c" in line


def test_jsonl_title_of_the_wrong_kind_is_ignored_with_a_warning(run_cli, tmp_path, export_articles):
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"title": ["Two", "parts"], "url": {"a": 1}, "published": [2024], "text": MEETING}) + "\n")
    result = run_cli("ingest", f)
    assert result.exit_code == 0, result.output
    assert f"warning: {f}:1: 'title' is a list, not a string: ignored" in result.warning_lines()
    assert f"warning: {f}:1: 'url' is an object, not a string: ignored" in result.warning_lines()
    assert len(export_articles()) == 1


def test_an_empty_folder_is_a_failure(run_cli, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / ".hidden").write_text("x")
    result = run_cli("ingest", empty)
    assert result.exit_code == 1
    assert result.failed_lines() == [f"failed: {empty}: folder holds no files to read "
                                     "(hidden and database files are skipped)"]


def test_a_device_that_never_ends_is_cut_at_the_size_limit(run_cli):
    result = run_cli("ingest", "/dev/zero", "--max-bytes", "100000")
    assert result.exit_code == 1 and clean_exit(result)
    assert result.failed_lines() == ["failed: /dev/zero: input is over the size limit of 0.1 MB (--max-bytes)"]


def test_a_read_only_store_in_rollback_mode_can_still_be_read(run_cli, db_path, monkeypatch):
    Store(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    import summitry.store.sqlite as sqlite_store

    real = sqlite3.connect
    monkeypatch.setattr(sqlite_store.sqlite3, "connect",
                        lambda path, **kw: real(f"file:{path}?mode=ro", uri=True, **kw))
    result = run_cli("articles")
    assert result.exit_code == 0, result.output
