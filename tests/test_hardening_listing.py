"""Issue 10, items 5 (progress) and 6 (big stores): listings and exports are filtered and
paged by SQLite and streamed, with a bounded number of queries; long work shows progress."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from conftest import REPO
from summitry.events.facts import interval
from summitry.export import event_record
from summitry.store import EventFilter, Store
from test_ingest_cli import good

N = 1_500


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    """A store of N synthetic events, built by benchmarks/export_memory.py."""
    spec = importlib.util.spec_from_file_location("summitry_bench_export", REPO / "benchmarks" / "export_memory.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    path = tmp_path_factory.mktemp("big") / "big.db"
    module.generate(path, N)
    return path


def _selects(store: Store) -> list[str]:
    seen: list[str] = []
    store.db.set_trace_callback(lambda sql: seen.append(sql) if sql.lstrip().upper().startswith("SELECT") else None)
    return seen


def test_export_streams_events_in_chunks_without_a_query_per_event(big_store):
    with Store(big_store, create=False) as store:
        seen = _selects(store)
        stream = store.events_with_evidence()
        first = next(stream)
        assert len(seen) == 2  # the event cursor and the evidence of the first chunk only
        rest = list(stream)
    assert len(rest) + 1 == N and all(len(e.evidence) == 1 for e in [first, *rest])
    assert len(seen) == 1 + -(-N // 500)


def test_streamed_export_equals_the_per_event_records(run_cli, tmp_path):
    db = tmp_path / "demo.db"
    assert run_cli("demo", "--db", db).exit_code == 0
    with Store(db, create=False) as store:
        streamed = [event_record(e) for e in store.events_with_evidence(chunk=3)]
        one_by_one = [event_record(store.event(e.id)) for e in store.events()]
    assert streamed == one_by_one and any(len(r["evidence"]) > 1 for r in streamed)


def _python_filter(events, countries=(), type_=None, status=None, since=None, until=None):
    """The filter as the CLI applied it in Python before it moved into SQL."""
    for e in events:
        if countries and not set(countries) <= set(e.countries):
            continue
        if type_ and e.type != type_ or status and e.status != status:
            continue
        span = interval(e.date)
        if since and (span is None or span[1] < interval(since)[0]):
            continue
        if until and (span is None or span[0] > interval(until)[1]):
            continue
        yield e.id


@pytest.mark.parametrize("where", [
    dict(countries=("KOR",)), dict(countries=("KOR", "JPN")), dict(type_="AGREE", status="held"),
    dict(since="2015-03"), dict(until="2012"), dict(since="2011-02-03", until="2011-09-30", status="scheduled"),
])
def test_sql_filters_select_what_the_python_filter_did(big_store, where):
    with Store(big_store, create=False) as store:
        expected = list(_python_filter(store.events(), **where))
        chosen = EventFilter(where.get("countries", ()), where.get("type_"), where.get("status"),
                             where.get("since"), where.get("until"))
        assert [e.id for e in store.events(chosen)] == expected
        assert store.count_events(chosen) == len(expected) > 0


def test_events_limit_and_offset_page_in_the_query(run_cli, big_store):
    with Store(big_store, create=False) as store:
        ids = [e.id for e in store.events()]
    result = run_cli("events", "--db", big_store, "--limit", "5", "--offset", "10")
    assert result.exit_code == 0, result.output
    assert f"{N} event(s), showing 11-15" in result.stdout
    assert [i for i in ids if i in result.stdout] == ids[10:15]
    exported = run_cli("export", "events", "--db", big_store, "--limit", "3", "--offset", "2", "--country", "KOR")
    kor = [json.loads(x)["id"] for x in run_cli("export", "events", "--db", big_store, "-c", "KOR").stdout.splitlines()]
    assert [json.loads(x)["id"] for x in exported.stdout.splitlines()] == kor[2:5]


def test_listing_a_big_store_shows_the_first_hundred(run_cli, big_store):
    result = run_cli("events", "--db", big_store)
    assert result.exit_code == 0
    assert f"{N} event(s), showing 1-100" in result.stdout


def test_progress_lines_when_stderr_is_not_a_terminal(run_cli, tmp_path, monkeypatch):
    import summitry.interfaces.cli as cli

    monkeypatch.setattr(cli, "PROGRESS_EVERY", 0.0)
    monkeypatch.setattr(cli, "LONG_TEXT", 100)
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"a{i}.txt").write_text(good(i))
    result = run_cli("ingest", src)
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("ingest: ")]
    assert any(ln.startswith("ingest: 3/3 input(s), 3 article(s) read") for ln in lines)
    assert any("reading events in" in ln and "a1.txt" in ln for ln in lines)


def test_streamed_timeline_groups_as_before(run_cli, tmp_path):
    db = tmp_path / "demo.db"
    assert run_cli("demo", "--db", db).exit_code == 0
    with Store(db, create=False) as store:
        groups: dict[str, list] = {}
        for e in store.events():
            groups.setdefault(e.series or "", []).append(e)
    expected = []
    for name in sorted(groups, key=lambda n: (n == "", n.lower())):
        expected.append(name or "Other events")
        expected.extend(e.title for e in groups[name])
    result = run_cli("timeline", "--db", db)
    assert result.exit_code == 0, result.output
    shown = [ln.strip() for ln in result.stdout.splitlines() if ln.strip()]
    titles = iter(expected)
    assert len(shown) == len(expected) and all(next(titles) in line for line in shown)
    assert len(groups) > 1
