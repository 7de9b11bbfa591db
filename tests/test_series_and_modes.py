"""The series table, PLOVER modes of aggregated events, and the PLOVER export.

Every article is written for these tests.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from summitry.config import settings
from summitry.linking.aggregate import aggregate
from summitry.model import EventMention, Evidence, Location
from summitry.pipeline import ingest
from summitry.sources import plan
from summitry.store import Store

FILLER = ("Officials from both governments are expected to review maritime patrols, critical minerals and "
          "joint exercises planned for the coming year.\n\n"
          "Both capitals describe the relationship as the closest it has been in decades, officials noted.")


def _feed(tmp_path: Path, records: list[tuple[str, str, str]]) -> Path:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"title": t, "published": p, "text": f"{first}\n\n{FILLER}"}) + "\n"
                            for t, p, first in records), encoding="utf-8")
    return feed


# --- 13. the series table ----------------------------------------------------------------------

def test_two_meetings_of_one_format_make_one_series_row(tmp_path):
    feed = _feed(tmp_path, [
        ("Japan, Australia hold 2+2 in Tokyo", "2023-05-12T09:00",
         "Japan and Australia held their two-plus-two meeting of foreign and defense ministers in Tokyo on Wednesday."),
        ("Japan, Australia hold 2+2 in Canberra", "2024-05-10T09:00",
         "Japan and Australia held their two-plus-two meeting of foreign and defense ministers in Canberra on Wednesday."),
    ])
    with Store(tmp_path / "series.db") as store:
        report = ingest(store, plan([str(feed)]), settings())
        assert report.stored == 2
        assert store.count_events() == 2
        rows = [dict(r) for r in store.series()]
        assert len(rows) == 1
        row = rows[0]
        assert row["name"] == "AUS-JPN 2+2 meeting"
        assert set(json.loads(row["countries"])) == {"JPN", "AUS"}
        assert (row["events"], row["first_date"], row["last_date"]) == (2, "2023-05-10", "2024-05-08")


# --- 14. PLOVER modes ----------------------------------------------------------------------------

def _mention(kind: str, countries: list[str], location: Location | None = None, mode: str | None = None,
             date: str = "2023-05-10") -> EventMention:
    return EventMention(article="a1", published=datetime(2023, 5, 12, 9), type="CONSULT", kind=kind, status="held",
                        mode=mode, countries=countries, date=date, location=location,
                        evidence=[Evidence("a1", "s", 0, 1)])


@pytest.mark.parametrize("mention, mode", [
    (_mention("meeting", ["KOR", "JPN"], Location("Bangkok", "THA")), "third-party"),
    (_mention("summit", ["JPN"], Location("Hiroshima", "JPN")), "multilateral"),
    (_mention("summit", ["USA", "JPN", "KOR"], Location("Camp David", "USA")), "multilateral"),
    (_mention("meeting", ["USA", "JPN", "KOR"], Location("Seoul", "KOR")), "multilateral"),
    (_mention("meeting", ["USA", "JPN", "KOR"]), "multilateral"),
    (_mention("visit", ["KOR", "USA"], Location("Washington", "USA"), mode="visit"), "visit"),
    (_mention("call", ["KOR", "USA"], mode="phone"), "phone"),
    (_mention("meeting", ["KOR", "JPN"], Location("Seoul", "KOR")), None),
    (_mention("meeting", ["KOR", "JPN"]), None),
], ids=["third-party", "summit-host-only", "summit-of-three", "meeting-of-three-at-a-party",
        "meeting-of-three-unplaced", "visit", "call", "bilateral-at-home", "bilateral-unplaced"])
def test_plover_mode_of_the_aggregated_event(mention, mode):
    assert aggregate("ev-mode", [mention]).mode == mode


def test_an_organisations_summit_with_two_countries_is_multilateral():
    m = _mention("summit", ["CHN", "PER"], Location("Lima", "PER"))
    m.series = "APEC summit"
    assert aggregate("ev-apec", [m]).mode == "multilateral"


# --- 15. PLOVER export -----------------------------------------------------------------------------

def test_plover_export_of_a_scheduled_and_a_held_meeting(run_cli, tmp_path):
    feed = _feed(tmp_path, [
        ("Yoon to meet Kishida", "2023-05-10T09:00",
         "South Korean President Yoon Suk Yeol will meet Japanese Prime Minister Fumio Kishida in Seoul on May 22."),
        ("Park meets Hayashi", "2023-05-12T09:00",
         "South Korean Foreign Minister Park Jin met with Japanese Foreign Minister Yoshimasa Hayashi "
         "in Tokyo on Wednesday."),
    ])
    result = run_cli("ingest", feed)
    assert result.exit_code == 0, result.output
    result = run_cli("export", "events", "--format", "plover")
    assert result.exit_code == 0, result.output
    records = [json.loads(ln) for ln in result.stdout.splitlines() if ln.strip()]
    assert sorted(r["kind"] for r in records) == ["meeting", "meeting", "visit"], records  # Park's trip to Tokyo
    scheduled = next(r for r in records if r["status"] == "scheduled")
    held = next(r for r in records if r["status"] == "held" and r["kind"] == "meeting")
    assert (scheduled["event"], scheduled["aux_mode"], scheduled["date"]) == (["AGREE"], "future", "2023-05-22")
    assert (held["event"], held["aux_mode"], held["date"]) == (["CONSULT"], None, "2023-05-10")
    assert {a["code"] for a in scheduled["actor"]} == {a["code"] for a in held["actor"]} == {"KOR", "JPN"}
