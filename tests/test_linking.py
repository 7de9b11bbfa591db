"""Linking across articles: mentions of one real event, in several articles, become one event.

The articles are written for these tests; each is stored, then its mentions are linked into
a fresh Store, as pipeline.ingest does.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from summitry.config import settings
from summitry.events import extract_events
from summitry.linking import aggregate, link
from summitry.linking.linker import blocking_keys, lookup_keys
from summitry.model import Article, Event, EventMention, Evidence, Location, Person, content_id
from summitry.pipeline import ingest
from summitry.sources import plan
from summitry.store import Store

PARK = "South Korean Foreign Minister Park Jin"
HAYASHI = "Japanese Foreign Minister Yoshimasa Hayashi"
FILLER = ("Officials on both sides expect the ministers to review supply chains for batteries and chips, "
          "coast guard cooperation and student exchange programs.\n\n"
          "Trade between the two neighbors has recovered steadily over the past two years, officials noted.")


def article(text: str, published: datetime) -> Article:
    paragraphs = text.split("\n\n")
    return Article(id=content_id("Test", text), origin="test.txt", title="Test", paragraphs=paragraphs,
                   published=published, published_precision="minute", source="Yonhap")


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "link.db") as s:
        yield s


def add(store: Store, art: Article) -> list[str]:
    with store.transaction():
        assert store.add_article(art)
        return link(store, extract_events(art))


def test_scheduled_then_held_reports_make_one_event(store):
    plan_ = article(f"{PARK} and {HAYASHI} will hold talks in Tokyo next week.", datetime(2023, 5, 10, 9))
    held = article(f"{PARK} met with {HAYASHI} in Tokyo on Tuesday.", datetime(2023, 5, 18, 9))
    first, second = add(store, plan_), add(store, held)
    assert first == second and len(first) == 1
    assert store.count_events() == 1
    e = store.event(first[0])
    assert e.status == "held"  # the latest report
    assert e.date == "2023-05-16"  # the day, finer than "next week"
    assert e.location == Location("Tokyo", "JPN")
    assert {x.article for x in e.evidence} == {plan_.id, held.id}
    assert [m.status for m in e.mentions] == ["scheduled", "held"]
    assert [p.name for p in e.participants] == ["Park Jin", "Yoshimasa Hayashi"]


def test_reports_in_either_order_give_the_same_event(tmp_path):
    plan_ = article(f"{PARK} and {HAYASHI} will hold talks in Tokyo next week.", datetime(2023, 5, 10, 9))
    held = article(f"{PARK} met with {HAYASHI} in Tokyo on Tuesday.", datetime(2023, 5, 18, 9))
    with Store(tmp_path / "rev.db") as s:
        add(s, held)
        add(s, plan_)
        (e,) = list(s.events())
        assert (e.status, e.date) == ("held", "2023-05-16")


def test_an_undated_plan_does_not_join_a_past_event_of_the_same_pair(store):
    held = add(store, article(f"{PARK} met with {HAYASHI} in Tokyo on Tuesday.", datetime(2023, 5, 18, 9)))
    plan_ = add(store, article("South Korea and Japan plan to hold talks of their foreign ministers.",
                               datetime(2023, 5, 20, 9)))
    assert held != plan_
    assert store.count_events() == 2
    statuses = sorted(e.status for e in store.events())
    assert statuses == ["held", "scheduled"]


def test_different_participants_make_two_events(store):
    pub = datetime(2023, 5, 18, 9)
    a = add(store, article(f"{PARK} met with {HAYASHI} in Tokyo on Tuesday.", pub))
    b = add(store, article("South Korean President Yoon Suk Yeol met with Japanese Prime Minister Fumio Kishida "
                           "in Tokyo on Tuesday.", datetime(2023, 5, 18, 10)))
    c = add(store, article(f"{PARK} met with Chinese Foreign Minister Wang Yi in Tokyo on Tuesday.", pub))
    assert len({a[0], b[0], c[0]}) == 3
    assert store.count_events() == 3


def test_a_later_report_with_a_surname_joins(store):
    a = add(store, article(f"{PARK} met with {HAYASHI} in Tokyo on Tuesday.", datetime(2023, 5, 16, 18)))
    b = add(store, article(f"{PARK} met with {HAYASHI} in Tokyo on Tuesday, and the two ministers agreed "
                           "to meet again in the autumn.", datetime(2023, 5, 17, 8)))
    assert a[0] == b[0]
    assert store.count_events() == 2  # the meeting, and the one planned for the autumn


@pytest.mark.parametrize("countries, keys", [
    (["KOR"], ["KOR|2023-05"]),
    (["KOR", "KOR"], ["KOR|2023-05"]),
    (["USA", "KOR"], ["KOR+USA|2023-05"]),
    (["KOR", "JPN", "USA"], ["JPN+KOR|2023-05", "JPN+USA|2023-05", "KOR+USA|2023-05"]),
    ([], []),
])
def test_blocking_keys(countries, keys):
    e = Event("ev", "CONSULT", "meeting", "held", "", countries=countries, date="2023-05-17")
    assert blocking_keys(e) == keys


def test_blocking_keys_are_bounded_for_large_groups():
    codes = [f"C{i:02d}" for i in range(20)]
    e = Event("ev", "CONSULT", "meeting", "held", "", countries=codes, date="2023-05-17")
    assert len(blocking_keys(e)) == 28  # pairs of the first 8 codes


def test_blocking_keys_file_an_event_under_each_month_it_covers_or_when_last_reported():
    spread = Event("ev", "CONSULT", "visit", "held", "", countries=["KOR", "USA"], date="2023-05-30/2023-06-02")
    assert blocking_keys(spread) == ["KOR+USA|2023-05", "KOR+USA|2023-06"]
    undated = Event("ev", "CONSULT", "meeting", "proposed", "", countries=["KOR", "USA"],
                    last_reported=datetime(2023, 5, 10))
    assert blocking_keys(undated) == ["KOR+USA|u2023-05"]
    decade = Event("ev", "CONSULT", "meeting", "held", "", countries=["KOR", "USA"], date="199")
    assert blocking_keys(decade) == ["KOR+USA|coarse"]


def test_lookup_reaches_the_months_a_mention_can_fall_in():
    m = EventMention("a", datetime(2023, 5, 10), "CONSULT", "meeting", "held", countries=["KOR", "USA"], date="2023-05-17")
    keys = lookup_keys(m)
    assert "KOR+USA|2023-05" in keys and "KOR+USA|coarse" in keys and "KOR+USA|u2023-05" in keys
    assert "KOR+USA|2023-06" not in keys and "KOR|2023-05" in keys  # one-country events, such as forums


def test_reingesting_the_same_article_adds_nothing(tmp_path):
    feed = tmp_path / "feed.jsonl"
    records = [
        {"title": "Ministers to meet in Tokyo", "published": "2023-05-10T09:00",
         "text": f"{PARK} and {HAYASHI} will hold talks in Tokyo next week.\n\n{FILLER} (Yonhap)"},
        {"title": "Ministers meet in Tokyo", "published": "2023-05-18T09:00",
         "text": f"{PARK} met with {HAYASHI} in Tokyo on Tuesday.\n\n{FILLER} (Yonhap)"},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with Store(tmp_path / "re.db") as s:
        first = ingest(s, plan([str(feed)]), settings())
        assert first.stored == 2 and first.events >= 2
        counts = (s.count_articles(), s.count_events(), s.db.execute("SELECT count(*) FROM mentions").fetchone()[0],
                  s.db.execute("SELECT count(*) FROM evidence").fetchone()[0])
        again = ingest(s, plan([str(feed)]), settings())
        assert (again.stored, again.unchanged, again.events) == (0, 2, 0)
        assert (s.count_articles(), s.count_events(), s.db.execute("SELECT count(*) FROM mentions").fetchone()[0],
                s.db.execute("SELECT count(*) FROM evidence").fetchone()[0]) == counts
        assert s.count_events() == 1


def _m(status: str, published: datetime, date: str | None = None, **kw) -> EventMention:
    return EventMention(article=f"a{published:%d%H}", published=published, type="CONSULT", kind="meeting",
                        status=status, countries=["KOR", "JPN"], date=date,
                        evidence=[Evidence(f"a{published:%d%H}", "s", 0, 1)], **kw)


def test_aggregate_status_follows_the_latest_report_whatever_the_order():
    early = _m("scheduled", datetime(2023, 5, 1), "2023-05")
    late = _m("postponed", datetime(2023, 5, 9))
    middle = _m("scheduled", datetime(2023, 5, 5), "2023-05-20", participants=[Person("Park Jin", None, "KOR")])
    e = aggregate("ev-x", [late, early, middle])
    assert e.status == "postponed"
    assert e.date == "2023-05-20"
    assert [m.published.day for m in e.mentions] == [1, 5, 9]
    assert [x.article for x in e.evidence] == ["a0100", "a0500", "a0900"]
    assert e.title.startswith("Meeting: Park Jin")


def test_aggregate_without_status_reads_it_from_the_date():
    assert aggregate("x", [_m("", datetime(2023, 5, 1), "2023-05-20")]).status == "scheduled"
    assert aggregate("x", [_m("", datetime(2023, 5, 30), "2023-05-20")]).status == "held"


def test_aggregate_series_for_a_recurring_format():
    e = aggregate("x", [_m("held", datetime(2023, 5, 1), "2023-04-30", format="2+2", location=Location(None, "JPN"))])
    assert e.series == "JPN-KOR 2+2 meeting"
    assert e.location == Location(None, "JPN")
