"""Linking across articles: mentions of one real event, in several articles, become one event.

The articles are written for these tests; each is stored, then its mentions are linked into
a fresh Store, as pipeline.ingest does.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from summitry.config import settings
from summitry.events import extract_events
from summitry.linking import aggregate, link
from summitry.linking.linker import lookup_keys
from summitry.events.facts import names_overlap, same_person
from summitry.linking.aggregate import event_id
from summitry.linking.keys import canonical_key, keys, month_patterns, reaches, undated_forms
from summitry.model import Article, EventMention, Evidence, Location, Person, content_id
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


def _k(countries, date: str | None = "2023-05-17", published=datetime(2023, 5, 10), kind="meeting", **kw):
    return EventMention("a", published, "CONSULT", kind, "held", countries=countries, date=date, **kw)


@pytest.mark.parametrize("countries, expected", [
    (["KOR"], ["KOR|2023-05"]),
    (["KOR", "KOR"], ["KOR|2023-05"]),
    (["USA", "KOR"], ["KOR+USA|2023-05"]),
    (["KOR", "JPN", "USA"], ["JPN+KOR|2023-05", "JPN+USA|2023-05", "KOR+USA|2023-05"]),
    ([], []),
])
def test_a_mention_is_filed_under_its_pairs_of_parties_and_months(countries, expected):
    assert keys(_k(countries, "2023-05")) == expected
    assert keys(_k(countries)) == [f"{k}|{when}" for k in (e.split("|")[0] for e in expected) for when in ("2023-05", "wd3")]


def test_keys_are_bounded_for_large_groups():
    assert len(keys(_k([f"C{i:02d}" for i in range(20)]))) == 2 * 28  # pairs of the first 8 codes, month and weekday


def test_a_summit_is_also_filed_under_each_party_where_one_country_gatherings_are():
    assert keys(_k(["USA", "KOR"], kind="summit", series="Nuclear Security Summit")) == [
        "KOR+USA|2023-05", "KOR+USA|wd3", "KOR|2023-05", "KOR|wd3", "USA|2023-05", "USA|wd3",
        "series:Nuclear Security Summit|2023-05", "series:Nuclear Security Summit|wd3"]  # a day is also filed under its weekday


def test_keys_cover_each_month_of_the_time_frame():
    assert keys(_k(["KOR", "USA"], "2023-05-30/2023-06-02")) == ["KOR+USA|2023-05", "KOR+USA|2023-06"]
    assert keys(_k(["KOR", "USA"], "199")) == ["KOR+USA|coarse"]
    plan_ = replace(_k(["KOR", "USA"], None), status="scheduled")  # from 3 days before its report to 400 after
    assert keys(plan_)[0] == "KOR+USA|2023-05" and keys(plan_)[-1] == "KOR+USA|2024-06"


def test_an_undated_report_is_filed_under_the_month_of_the_year_it_names():
    m = _k(["JPN", "KOR"], "XXXX-10-18", published=None)
    assert keys(m) == ["JPN+KOR|m10", "JPN+KOR|article:a"]  # and under its article, whose reports are of its time
    assert month_patterns(m) == ["JPN+KOR|[0-9][0-9][0-9][0-9]-10"]
    assert keys(_k(["JPN", "KOR"], "XXXX-WXX-3", published=None)) == [
        "JPN+KOR|article:a", "JPN+KOR|uwd3"]  # no known month: it looks at the dated days of that weekday
    assert reaches(["JPN+KOR|uwd3"], ["JPN+KOR|2023-05", "JPN+KOR|wd3"]) and not reaches(["JPN+KOR|uwd3"], ["JPN+KOR|wd4"])
    assert lookup_keys(_k(["JPN", "KOR"])) == ["JPN+KOR|2023-05"]  # a dated report never looks across the years
    assert keys(_k(["JPN", "KOR"], "XXXX-WXX-3", published=None), [9, 10, 11]) == [
        "JPN+KOR|m09", "JPN+KOR|m10", "JPN+KOR|m11", "JPN+KOR|article:a"]
    assert reaches(["JPN+KOR|m10"], ["JPN+KOR|2023-10"]) and not reaches(["JPN+KOR|m10"], ["JPN+KOR|2023-11"])
    assert not reaches(["JPN+KOR|2023-10"], ["JPN+KOR|m10"])
    assert undated_forms(["JPN+KOR|2023-10", "JPN+KOR|coarse"]) == ["JPN+KOR|m10"]


def test_canonical_order_is_by_publication_then_article_then_place_undated_reports_last():
    late, early = _k(["KOR", "JPN"], published=datetime(2023, 5, 12)), _k(["KOR", "JPN"], published=datetime(2023, 5, 1))
    undated = _k(["KOR", "JPN"], published=None)
    weekday = replace(_k(["KOR", "JPN"], "XXXX-WXX-3", published=None), evidence=[Evidence("a", "s", 0, 5)])
    month = replace(_k(["KOR", "JPN"], "XXXX-10-18", published=None), evidence=[Evidence("a", "s", 90, 99)])
    assert sorted([undated, late, early], key=canonical_key) == [early, late, undated]
    assert sorted([weekday, month], key=canonical_key) == [month, weekday]  # a month anchors its article


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
        assert s.count_events() == 2  # the talks, and Park's trip to Tokyo that they imply


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


def test_reports_of_one_day_give_the_latest_stage_whatever_their_order():
    postponed = _m("postponed", datetime(2023, 5, 3))
    planned = _m("scheduled", datetime(2023, 5, 3), "2023-05-11")  # "was scheduled to travel on May 11"
    assert aggregate("x", [postponed, planned]).status == "postponed"
    assert aggregate("x", [planned, postponed]).status == "postponed"
    assert aggregate("x", [postponed, _m("scheduled", datetime(2023, 5, 4))]).status == "scheduled"  # a later day


def test_aggregate_without_status_reads_it_from_the_date():
    assert aggregate("x", [_m("", datetime(2023, 5, 1), "2023-05-20")]).status == "scheduled"
    assert aggregate("x", [_m("", datetime(2023, 5, 30), "2023-05-20")]).status == "held"


def test_aggregate_series_for_a_recurring_format():
    e = aggregate("x", [_m("held", datetime(2023, 5, 1), "2023-04-30", format="2+2", location=Location(None, "JPN"))])
    assert e.series == "JPN-KOR 2+2 meeting"
    assert e.location == Location(None, "JPN")


def _report(article: str, published: datetime | None, date: str | None, status: str = "held", people=(), **kw):
    return EventMention(article=article, published=published, type="CONSULT", kind="meeting", status=status,
                        countries=["JOR", "USA"], participants=[Person(n) for n in people], date=date,
                        evidence=[Evidence(article, f"Sentence of {article}.", 10, 30)], **kw)


def _link_all(store: Store, reports: list[EventMention]) -> list[str]:
    """Link the reports article by article, in this order; the event each report ends in."""
    by_article: dict[str, list[EventMention]] = {}
    for m in reports:
        by_article.setdefault(m.article, []).append(m)
    with store.transaction():
        for article, mentions in by_article.items():
            store.add_article(Article(id=article, origin=f"{article}.txt", title=article, paragraphs=["x"],
                                      published=mentions[0].published))
            link(store, mentions)
    return [store.db.execute("SELECT event_id FROM mentions WHERE article_id=? AND date IS ?",
                             (m.article, m.date)).fetchone()[0] for m in reports]


def test_an_undated_report_is_placed_in_time_by_the_dated_event_it_links_to(store):
    dated = _report("dated", datetime(2023, 10, 16), "2023-10-18", "scheduled", ["Joe Biden"])
    day = _report("undated", None, "XXXX-10-18", "cancelled", ["Joe Biden", "Ayman Safadi"])
    ids = _link_all(store, [day, dated])
    assert ids[0] == ids[1] and store.count_events() == 1
    e = store.event(ids[0])
    assert e.date == "2023-10-18"
    assert e.status == "cancelled"  # an undated report moves a plan on, never back


def test_a_weekday_of_an_undated_report_is_the_one_nearest_the_linked_date(store):
    dated = _report("dated", datetime(2023, 10, 16), "2023-10-18", "scheduled", ["Joe Biden"])
    other = _report("undated", None, "XXXX-10-20", "scheduled", ["Joe Biden"], location=Location("Amman", "JOR"))
    wednesday = replace(_report("undated", None, "XXXX-WXX-3", "held", ["Joe Biden"]),
                        evidence=[Evidence("undated", "Another sentence.", 50, 70)])
    ids = _link_all(store, [dated, other, wednesday])
    assert ids[0] == ids[2] != ids[1]  # October 20 is another day; "Wednesday" is the 18th
    assert store.event(ids[0]).date == "2023-10-18"


def test_a_weekday_in_an_article_that_names_no_month_links_to_the_dated_day_of_that_weekday(store):
    dated = _report("dated", datetime(2023, 10, 16), "2023-10-18", "scheduled", ["Joe Biden"])  # a Wednesday
    wednesday = _report("undated", None, "XXXX-WXX-3", "held", ["Joe Biden"])
    thursday = _report("other", None, "XXXX-WXX-4", "held", ["Joe Biden"])
    ids = _link_all(store, [dated, wednesday, thursday])
    assert ids[0] == ids[1] != ids[2]  # Thursday is not that Wednesday
    e = store.event(ids[0])
    assert e.date == "2023-10-18" and e.status == "held"
    assert "JOR+USA|uwd3" in keys(wednesday) and "JOR+USA|wd3" in keys(dated)


def test_undated_reports_do_not_join_each_other_and_export_no_yearless_date(store):
    a = _report("first", None, "XXXX-10-18", people=["Joe Biden"])
    b = _report("second", None, "XXXX-10-18", people=["Joe Biden"])
    c = replace(_report("second", None, "XXXX-WXX-3", people=["Joe Biden"]),
                evidence=[Evidence("second", "Later.", 80, 90)])
    ids = _link_all(store, [a, b, c])
    assert ids[0] != ids[1] == ids[2]  # they may be years apart; reports of one article are of one time
    assert {e.date for e in store.events()} == {None}
    assert aggregate("x", [a]).unresolved_date == "XXXX-10-18"


@pytest.mark.parametrize("value", ["2023-SU", "XXXX-WXX-3", "XXXX-07"])
def test_an_event_date_is_a_calendar_value_or_none(value):
    e = aggregate("x", [_report("a", datetime(2023, 7, 1), value)])
    assert (e.date, e.unresolved_date) == (None, value)


@pytest.mark.parametrize("value, days", [("2023-W30", "2023-07-24/2023-07-30"), ("2023-W30-WE", "2023-07-29/2023-07-30")])
def test_a_week_or_weekend_is_the_days_it_covers(value, days):
    e = aggregate("x", [_report("a", datetime(2023, 7, 1), value)])
    assert (e.date, e.unresolved_date) == (days, None)


@pytest.mark.parametrize("value", ["2023", "2023-H2", "2023-07", "2023-07-26", "2023-07-26/2023-07-28"])
def test_calendar_values_are_kept(value):
    e = aggregate("x", [_report("a", datetime(2023, 7, 1), value)])
    assert (e.date, e.unresolved_date) == (value, None)


def test_a_finer_report_resolves_a_week(store):
    ids = _link_all(store, [_report("a", datetime(2023, 7, 20), "2023-W30", "scheduled", ["Joe Biden"]),
                            _report("b", datetime(2023, 7, 27), "2023-07-26", "held", ["Joe Biden"])])
    assert ids[0] == ids[1]
    assert (store.event(ids[0]).date, store.event(ids[0]).status) == ("2023-07-26", "held")


def test_reports_naming_different_people_of_one_meeting_link(store):
    a = _report("a", datetime(2023, 7, 26, 9), "2023-07-26", people=["Joe Biden", "Abdullah II", "Antony Blinken"])
    b = _report("b", datetime(2023, 7, 26, 18), "2023-07-26", people=["Joe Biden", "Abdullah II", "Ayman Safadi"])
    ids = _link_all(store, [a, b])
    assert ids[0] == ids[1]  # they share people: overlap, not containment
    assert [p.name for p in store.event(ids[0]).participants] == ["Joe Biden", "Abdullah II", "Antony Blinken",
                                                                  "Ayman Safadi"]


def test_the_same_parties_on_clearly_different_dates_stay_apart(store):
    ids = _link_all(store, [_report("a", datetime(2023, 5, 17), "2023-05-16", people=["Joe Biden"]),
                            _report("b", datetime(2023, 6, 21), "2023-06-20", people=["Joe Biden"]),
                            _report("c", datetime(2023, 6, 22), None, people=["Joe Biden"])])
    assert ids[0] != ids[1] == ids[2]  # an undated report of a past meeting joins the recent one
    assert store.count_events() == 2


def test_the_status_is_the_latest_reports_whatever_the_order(tmp_path):
    reports = [_report("a", datetime(2023, 5, 1), "2023-05-20", "scheduled"),
               _report("b", datetime(2023, 5, 9), "2023-05-20", "postponed"),
               _report("c", datetime(2023, 5, 5), "2023-05-20", "scheduled")]
    for n, order in enumerate((reports, reports[::-1], reports[1:] + reports[:1])):
        with Store(tmp_path / f"{n}.db") as s:
            (eid,) = set(_link_all(s, order))
            assert s.event(eid).status == "postponed"
            assert eid == event_id(reports[0])  # from the first report, not the first to arrive


def test_a_re_formed_event_leaves_no_stale_record_or_series(store):
    later = _report("later", datetime(2023, 7, 27), "2023-07-26", people=["Joe Biden"], format="2+2")
    earlier = _report("earlier", datetime(2023, 7, 20), "2023-07", "scheduled", series="Amman Dialogue")
    first = _link_all(store, [later])
    assert [r["name"] for r in store.series()] == ["JOR-USA 2+2 meeting"]
    second = _link_all(store, [earlier])
    assert first != second  # the id now comes from the earlier report, the series from its name
    assert [e.id for e in store.events()] == second
    assert store.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 2
    assert [(r["name"], r["events"]) for r in store.series()] == [("Amman Dialogue", 1)]


@pytest.mark.parametrize("a, b, same", [
    ("Kim Jong Un", "Kim Jong-un", True), ("Alberto Fernández", "Alberto Fernandez", True),
    ("Biden", "Joe Biden", True), ("Kim Man-ki", "Kim Yong-hyun", False),
])
def test_one_person_in_two_spellings(a, b, same):
    assert same_person(a, b) is same


def test_participants_agree_when_one_list_holds_the_other_or_they_share_two():
    people = lambda *names: [Person(n) for n in names]  # noqa: E731
    assert names_overlap(people("Joe Biden", "Abdullah II", "Antony Blinken"), people("Joe Biden", "Abdullah II", "Ayman Safadi"))
    assert names_overlap(people("Joe Biden"), people("Joe Biden", "Abdullah II"))
    assert not names_overlap(people("Antony Blinken", "Chung Eui-yong"), people("Chung Eui-yong", "Suh Wook"))


def test_two_events_first_reported_in_one_sentence_keep_their_own_ids(store):
    a = _report("a", datetime(2023, 7, 26), "2023-07-26", people=["Joe Biden"])
    b = replace(a, countries=["EGY", "PSE"], participants=[Person("Mahmoud Abbas")])
    (first,) = _link_all(store, [a])
    with store.transaction():
        (second,) = link(store, [b])
    assert first != second and {e.id for e in store.events()} == {first, second}


def test_a_series_takes_the_countries_of_its_first_event_whatever_the_order(tmp_path):
    spring = _report("spring", datetime(2023, 3, 11), "2023-03-10", series="Amman Dialogue")
    autumn = replace(_report("autumn", datetime(2023, 9, 11), "2023-09-10", series="Amman Dialogue"),
                     countries=["EGY", "JOR", "USA"])
    for n, order in enumerate(([spring, autumn], [autumn, spring])):
        with Store(tmp_path / f"{n}.db") as s:
            for m in order:
                _link_all(s, [m])
            assert [(r["countries"], r["first_date"], r["last_date"], r["events"]) for r in s.series()] == [
                ('["JOR", "USA"]', "2023-03-10", "2023-09-10", 2)]


def test_a_report_given_twice_word_for_word_is_stored_twice(store):
    m = _report("a", datetime(2023, 7, 26), "2023-07-26", people=["Joe Biden"])
    with store.transaction():
        store.add_article(Article(id="a", origin="a.txt", title="a", paragraphs=["x"], published=m.published))
        ids = link(store, [m, replace(m)])
    assert ids[0] == ids[1] and store.event(ids[0]).reports == 2
    assert store.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 2


def test_reports_of_a_visit_to_a_city_and_to_a_palace_in_it_are_one_visit(store):
    def visit(article, day, place):
        return EventMention(article=article, published=datetime(2022, 11, day), type="CONSULT", kind="visit",
                            status="held", countries=["ZAF", "GBR"], participants=[Person("Cyril Ramaphosa")],
                            location=Location(place, "GBR"), evidence=[Evidence(article, f"Report {article}.", 0, 9)])
    ids = _link_all(store, [visit("a", 21, "London"), visit("b", 23, "Buckingham Palace")])
    assert ids[0] == ids[1]


def test_reports_of_one_dated_summit_naming_different_attendees_are_one_summit(store):
    def summit(article, day, people, series=None):
        return EventMention(article=article, published=datetime(2021, 1, day), type="CONSULT", kind="summit",
                            status="held", countries=["SAU", "QAT"], participants=[Person(n) for n in people],
                            date="2021-01-05", series=series, location=Location(None, "SAU"),
                            evidence=[Evidence(article, f"Report {article}.", 0, 9)])
    ids = _link_all(store, [summit("a", 5, ["Mohammed bin Salman", "Tamim bin Hamad Al Thani"], "GCC summit"),
                            summit("b", 6, ["Faisal bin Farhan"])])
    assert ids[0] == ids[1]


def test_an_arrival_on_the_eve_of_a_state_visit_is_the_same_visit(store):
    visit = replace(_report("preview", datetime(2023, 10, 10), "2023-10-17/2023-10-18", "scheduled", ["Joe Biden"]),
                    kind="visit", location=Location("Amman", "JOR"))
    arrival = replace(_report("arrival", datetime(2023, 10, 16, 20), "2023-10-16", "held", ["Joe Biden"]),
                      kind="visit", location=Location("Amman", "JOR"))
    later = replace(_report("other", datetime(2023, 10, 25), "2023-10-24", "held", ["Joe Biden"]),
                    kind="visit", location=Location("Amman", "JOR"))
    ids = _link_all(store, [visit, arrival, later])
    assert ids[0] == ids[1] != ids[2]  # a week later is another visit
    assert store.event(ids[0]).date == "2023-10-17/2023-10-18"


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_an_undated_article_takes_its_time_from_the_dated_reports_its_reports_link_to(tmp_path, order):
    dated = _report("dated", datetime(2023, 11, 16, 8), "2023-11-15", "held", ["Joe Biden"])
    met = _report("undated", None, "XXXX-WXX-3", "held", ["Joe Biden"])
    signed = replace(_report("undated", None, "XXXX-WXX-3", "held", ["Joe Biden"]), kind="agreement", type="AGREE",
                     countries=["JOR", "USA"], evidence=[Evidence("undated", "They signed a deal on Wednesday.", 80, 110)])
    with Store(tmp_path / "o.db") as store:
        reports = [[dated], [met, signed]]
        _link_all(store, reports[order[0]] + reports[order[1]])
        events = {e.kind: e for e in store.events()}
        assert len(events) == 2 and events["meeting"].date == "2023-11-15"
        assert events["agreement"].date == "2023-11-15"  # "Wednesday" in an article whose Wednesday is known


def test_a_weekday_is_not_placed_by_a_yearless_date_of_its_article(store):
    dated = _report("dated", datetime(2023, 8, 5, 8), "2023-08-02", "held", ["Joe Biden"])
    call = _report("undated", None, "XXXX-08-02", "held", ["Joe Biden"])  # the article's "August 2"
    monday = replace(_report("undated", None, "XXXX-WXX-1", "scheduled", ["Joe Biden"], location=Location("Amman", "JOR")),
                     evidence=[Evidence("undated", "They meet on Monday.", 80, 100)])
    autumn = replace(_report("undated", None, "XXXX-10-13", "held", ["Joe Biden"], location=Location("Aqaba", "JOR")),
                     evidence=[Evidence("undated", "They met on October 13.", 120, 140)])
    _link_all(store, [dated, call, monday, autumn])
    dates = {e.location.place if e.location else None: e.date for e in store.events()}
    assert dates[None] == "2023-08-02" and dates["Aqaba"] == "2023-10-13"  # October 13 of that year
    assert dates["Amman"] is None  # August 2 says nothing of the week "Monday" is in
