"""Events read from a whole article: past references, coreference, series, relative days,
facts carried over from an earlier sentence. All sentences are written for these tests.

Publication is Wednesday 10 May 2023, 09:00 ("Monday" = 2023-05-08).
"""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.events.article import article_sentences
from summitry.model import Article, EventMention, Location, content_id


PUB = datetime(2023, 5, 10, 9, 0)
PARK = "South Korean Foreign Minister Park Jin"
HAYASHI = "Japanese Foreign Minister Yoshimasa Hayashi"


def article(*paragraphs: str, published: datetime = PUB, source: str = "Yonhap", captions=()) -> Article:
    body = "\n\n".join(paragraphs)
    return Article(id=content_id("Test", body), origin="test.txt", title="Test", paragraphs=list(paragraphs),
                   published=published, published_precision="minute", source=source, captions=list(captions))


def events(*paragraphs: str, **kw) -> list[EventMention]:
    return extract_events(article(*paragraphs, **kw))


def names(m: EventMention) -> list[str]:
    return [p.name for p in m.participants]


# --- past references ---------------------------------------------------------------------

def test_first_such_meeting_since_the_last_one_makes_a_held_event():
    found = events(f"{PARK} met with {HAYASHI} in Tokyo on Monday, "
                   "the first such meeting since the last one in Seoul in May 2019.")
    assert len(found) == 2
    now, past = found
    assert (now.date, now.status, now.location) == ("2023-05-08", "held", Location("Tokyo", "JPN"))
    assert (past.date, past.status, past.location) == ("2019-05", "held", Location("Seoul", "KOR"))
    assert past.countries == ["KOR", "JPN"]
    assert past.participants == []  # the people of today's meeting were not at that one


def test_first_since_a_month():
    found = events(f"{PARK} met with {HAYASHI} in Tokyo on Monday, the first such meeting since October 2016.")
    assert sorted(m.date for m in found) == ["2016-10", "2023-05-08"]


def test_first_held_in_a_year_is_a_past_event_of_the_series():
    found = events("South Korea and Japan will hold a 2+2 meeting of foreign and defense ministers in Seoul on May 25. "
                   "The 2+2 meeting was first held in 2012.")
    assert len(found) == 2
    coming = next(m for m in found if m.date == "2023-05-25")
    first = next(m for m in found if m.date == "2012")
    assert coming.status == "scheduled" and coming.format == "2+2"
    assert first.status == "held" and first.format == "2+2" and set(first.countries) == {"KOR", "JPN"}


# --- coreference inside the article ------------------------------------------------------

def test_the_meeting_joins_the_event_named_before():
    found = events(f"{PARK} met with {HAYASHI} in Tokyo on Monday.",
                   "The meeting lasted two hours, the ministry said.")
    assert len(found) == 1
    assert len(found[0].evidence) == 2


def test_a_later_sentence_adds_facts_to_the_same_event():
    found = events(f"{PARK} and {HAYASHI} will hold talks next week.",
                   "The talks will take place in Tokyo on May 17.")
    assert len(found) == 1
    m = found[0]
    assert m.date == "2023-05-17"  # finer than "next week"
    assert m.location == Location("Tokyo", "JPN")
    assert m.status == "scheduled"


def test_the_next_meeting_is_a_new_event_of_the_same_series():
    found = events("South Korea and Japan held their 2+2 meeting of foreign and defense ministers in Tokyo on Monday.",
                   "The next meeting will be held in Seoul next year.")
    assert len(found) == 2
    held, coming = found
    assert (held.status, held.location, held.date) == ("held", Location("Tokyo", "JPN"), "2023-05-08")
    assert (coming.status, coming.location, coming.date) == ("scheduled", Location("Seoul", "KOR"), "2024")
    assert coming.format == held.format == "2+2"
    assert coming.countries == ["KOR", "JPN"]


# --- relative days and carried-over facts ------------------------------------------------

def test_later_in_the_day_at_sentence_start_takes_the_day_of_the_event_before():
    found = events(f"{PARK} met with {HAYASHI} in Tokyo on Monday.",
                   "Later in the day, Park met with Japanese Prime Minister Fumio Kishida.")
    assert len(found) == 2
    assert found[1].date == "2023-05-08"
    assert names(found[1]) == ["Park Jin", "Fumio Kishida"]


def test_later_in_the_day_at_sentence_end():
    found = events(f"{PARK} met with {HAYASHI} in Tokyo on Monday.",
                   "Park met with Japanese Prime Minister Fumio Kishida later in the day.")
    assert found[1].date == "2023-05-08"


def test_while_in_a_city_dates_and_places_the_event_by_the_stay():
    found = events(f"{PARK} arrived in Washington on Monday for a three-day visit.",
                   "While in Washington, Park will meet with U.S. Secretary of State Antony Blinken.")
    meeting = next(m for m in found if m.kind == "meeting")
    assert meeting.location == Location("Washington", "USA")
    assert meeting.date == "2023-05-08/2023-05-10"  # some day of the three-day stay
    assert names(meeting) == ["Park Jin", "Antony Blinken"]


def test_during_the_trip_takes_the_trips_date_and_place():
    found = events(f"{PARK} will travel to Washington on May 15 for a three-day visit.",
                   "During the trip, Park will meet with U.S. Secretary of State Antony Blinken.")
    assert [m.kind for m in found] == ["visit", "meeting"]
    visit, meeting = found
    assert visit.date == meeting.date == "2023-05-15"
    assert meeting.location == Location("Washington", "USA")
    assert meeting.status == "scheduled"


def test_visit_places_a_meeting_held_during_it():
    found = events("Japanese Prime Minister Fumio Kishida arrived in Seoul on Monday for a two-day visit.",
                   "He met with South Korean President Yoon Suk Yeol on Tuesday.")
    meeting = next(m for m in found if m.kind == "meeting")
    assert meeting.location == Location("Seoul", "KOR")


# --- evidence ----------------------------------------------------------------------------

def test_evidence_offsets_point_into_the_analysed_text():
    art = article(f"{PARK} arrived in Tokyo on Monday.",
                  f"{PARK} met with {HAYASHI} in Tokyo on Monday, the first such meeting since October 2016.",
                  captions=[f"{PARK} and {HAYASHI} shake hands in Tokyo on Monday."])
    text, sentences = article_sentences(art)
    found = extract_events(art)
    assert found
    for m in found:
        assert m.article == art.id
        for e in m.evidence:
            assert text[e.start:e.end] in e.sentence
    whole = [e for m in found for e in m.evidence if e.start in {s.start for s in sentences}]
    assert all(text[e.start:e.end] == e.sentence for e in whole)
    caption = sentences[-1]
    assert caption.section == "caption" and text[caption.start:caption.end] == caption.text


def test_no_event_without_two_parties():
    assert events("The foreign minister met reporters in the morning.") == []
