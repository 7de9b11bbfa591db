"""The event commands: events (filters), timeline, show, export events, demo.

A small JSON Lines feed of articles written for these tests is ingested into the test
store: a Korea-Japan meeting reported first as scheduled then as held, a 2+2 meeting
planned for June, a Chinese minister's visit to Seoul, and a North Korean warning.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from summitry.events.article import article_sentences
from summitry.store import Store

PARK = "South Korean Foreign Minister Park Jin"
HAYASHI = "Japanese Foreign Minister Yoshimasa Hayashi"
FILLER = ("Officials on both sides expect the ministers to review supply chains for batteries and chips, "
          "coast guard cooperation and student exchange programs.\n\n"
          "Trade between the two neighbors has recovered steadily over the past two years, officials noted. (Yonhap)")
FEED = [
    ("Park, Hayashi to hold talks in Tokyo", "2023-05-10T09:00", f"{PARK} and {HAYASHI} will hold talks in Tokyo next week."),
    ("Park, Hayashi meet", "2023-05-18T09:00", f"{PARK} met with {HAYASHI} on Tuesday."),
    ("Seoul, Tokyo to hold 2+2 talks", "2023-05-11T10:00",
     "South Korea and Japan will hold a 2+2 meeting of foreign and defense ministers in Seoul on June 20."),
    ("Wang Yi in Seoul", "2023-05-12T15:00", "Chinese Foreign Minister Wang Yi visited Seoul on Thursday."),
    ("N. Korea warns", "2023-05-19T08:00", "North Korea warned South Korea on Thursday against further drills."),
]
ID = re.compile(r"\bev-[0-9a-f]{12}\b")


@pytest.fixture
def stored(run_cli, tmp_path, db_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"title": t, "published": p, "text": f"{first}\n\n{FILLER}"}) + "\n"
                            for t, p, first in FEED), encoding="utf-8")
    result = run_cli("ingest", feed)
    assert result.exit_code == 0, result.output
    records = [json.loads(ln) for ln in run_cli("export", "events").stdout.splitlines() if ln.strip()]
    by_kind = {}
    for r in records:
        key = "2+2" if r["format"] == "2+2" else r["kind"]
        by_kind[key] = r
    assert set(by_kind) == {"meeting", "2+2", "visit", "statement"}, records
    return by_kind


def ids(output: str) -> set[str]:
    return set(ID.findall(output))


def test_events_lists_one_row_per_event(run_cli, stored):
    result = run_cli("events")
    assert result.exit_code == 0, result.output
    assert ids(result.stdout) == {r["id"] for r in stored.values()}
    assert "4 event(s)" in result.stdout


@pytest.mark.parametrize("args, expected", [
    (["--country", "CHN"], {"visit"}),
    (["--country", "kor", "--country", "JPN"], {"meeting", "2+2"}),
    (["--type", "THREATEN"], {"statement"}),
    (["--type", "consult"], {"meeting", "2+2", "visit"}),
    (["--status", "scheduled"], {"2+2"}),
    (["--status", "held"], {"meeting", "visit", "statement"}),
    (["--since", "2023-06-01"], {"2+2"}),
    (["--since", "2023-05-16"], {"meeting", "2+2", "statement"}),
    (["--until", "2023-05-11"], {"visit"}),
    (["--since", "2023-05-12", "--until", "2023-05-31"], {"meeting", "statement"}),
    (["--series", "2+2"], {"2+2"}),
    (["--series", "no such series"], set()),
])
def test_events_filters(run_cli, stored, args, expected):
    result = run_cli("events", *args)
    assert result.exit_code == 0, result.output
    assert ids(result.stdout) == {stored[k]["id"] for k in expected}


def test_until_a_month_includes_that_month(run_cli, stored):
    result = run_cli("events", "--until", "2023-05")
    assert ids(result.stdout) == {stored[k]["id"] for k in ("visit", "meeting", "statement")}


def test_events_table_counts_the_reports(run_cli, stored):
    result = run_cli("events", "--country", "JPN", "--status", "held")
    row = next(ln for ln in result.stdout.splitlines() if stored["meeting"]["id"] in ln)
    assert row.rstrip("│ ").endswith("2")


def test_timeline_grouped_by_series_and_chronological(run_cli, stored):
    result = run_cli("timeline")
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.stdout.splitlines() if ln.strip()]
    assert lines[0] == "JPN-KOR 2+2 meeting"
    assert lines[1].split()[:2] == ["2023-06-20", "scheduled"]
    assert lines[2] == "Other events"
    dates = [ln.split()[0] for ln in lines[3:]]
    assert dates == ["2023-05-11", "2023-05-16", "2023-05-18"]
    assert "Meeting: Park Jin, Yoshimasa Hayashi in Tokyo - Tokyo" in lines[4]


def test_timeline_takes_the_filters(run_cli, stored):
    result = run_cli("timeline", "--country", "PRK")
    lines = [ln for ln in result.stdout.splitlines() if ln.strip()]
    assert lines[0] == "Other events" and len(lines) == 2 and "Statement" in lines[1]


def test_show_gives_facts_and_evidence(run_cli, stored):
    meeting = stored["meeting"]
    result = run_cli("show", meeting["id"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert meeting["id"] in out.splitlines()[0]
    assert re.search(r"status\s+held", out) and re.search(r"date\s+2023-05-16", out)
    assert re.search(r"place\s+Tokyo, JPN", out)
    assert "Park Jin (Foreign Minister, KOR); Yoshimasa Hayashi (Foreign Minister, JPN)" in out
    assert "scheduled, date 2023-W20" in out and "held, date 2023-05-16" in out
    for _, _, first in FEED[:2]:
        assert first in out


def test_show_unknown_id_exits_1(run_cli, stored):
    result = run_cli("show", "ev-000000000000")
    assert result.exit_code == 1
    assert "ev-000000000000" in result.stderr


def test_export_jsonl_record(run_cli, stored, db_path):
    meeting = stored["meeting"]
    assert list(meeting) == ["id", "type", "mode", "kind", "title", "format", "series", "ordinal", "countries",
                             "participants", "date", "location", "status", "evidence"]
    assert meeting["type"] == "CONSULT" and meeting["status"] == "held" and meeting["date"] == "2023-05-16"
    assert meeting["countries"] == ["KOR", "JPN"]
    assert meeting["participants"] == [{"name": "Park Jin", "role": "Foreign Minister", "country": "KOR", "org": None},
                                       {"name": "Yoshimasa Hayashi", "role": "Foreign Minister", "country": "JPN",
                                        "org": None}]
    assert (meeting["location"]["place"], meeting["location"]["country"]) == ("Tokyo", "JPN")
    assert [set(e) for e in meeting["evidence"]] == [{"article", "sentence", "start", "end"}] * 2
    assert stored["2+2"]["series"] == "JPN-KOR 2+2 meeting"


def test_export_evidence_offsets_slice_the_analysed_text(stored, db_path):
    with Store(db_path) as store:
        for record in stored.values():
            for e in record["evidence"]:
                text, _ = article_sentences(store.article(e["article"]))
                assert text[e["start"]:e["end"]] == e["sentence"]


def test_export_csv(run_cli, stored, tmp_path):
    out = tmp_path / "events.csv"
    result = run_cli("export", "events", "--format", "csv", "--output", out)
    assert result.exit_code == 0, result.output
    assert "wrote 4 event(s)" in result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["id"] for r in rows} == {r["id"] for r in stored.values()}
    row = next(r for r in rows if r["id"] == stored["meeting"]["id"])
    assert json.loads(row["countries"]) == ["KOR", "JPN"] and row["status"] == "held"
    assert len(json.loads(row["evidence"])) == 2


def test_export_plover(run_cli, stored):
    result = run_cli("export", "events", "--format", "plover")
    assert result.exit_code == 0, result.output
    records = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    future = records[stored["2+2"]["id"]]
    assert (future["event"], future["aux_mode"], future["status"]) == (["AGREE"], "future", "scheduled")
    held = records[stored["meeting"]["id"]]
    assert (held["event"], held["aux_mode"]) == (["CONSULT"], None)
    visit = records[stored["visit"]["id"]]
    assert (visit["event"], visit["mode"]) == (["CONSULT"], ["visit"])
    assert [a["code"] for a in visit["actor"]] == ["CHN"] and [r["code"] for r in visit["recipient"]] == ["KOR"]
    threat = records[stored["statement"]["id"]]
    assert threat["event"] == ["THREATEN"] and "military" in threat["context"]  # "against further drills"
    assert visit["event_text"] == ["Chinese Foreign Minister Wang Yi visited Seoul on Thursday."]


def test_export_rejects_unknown_format(run_cli, stored):
    assert run_cli("export", "events", "--format", "xml").exit_code != 0


def test_demo_shows_a_timeline(run_cli, tmp_path):
    result = run_cli("demo", "--db", tmp_path / "demo.db")
    assert result.exit_code == 0, result.output
    out = result.stdout
    timeline = out.split("Timeline of the events these articles report", 1)[1]
    lines = [ln for ln in timeline.splitlines() if ln.strip()]
    assert "Other events" in lines
    assert sum(1 for ln in lines if re.match(r"\s+(\d{4}|\(undated\))", ln)) >= 5
    assert re.search(r"\s+\d{4}[-\d/]*\s+(held|scheduled|proposed)\s+\S", timeline)
    assert (tmp_path / "demo.db").exists()
