"""Event mentions read from single sentences (all example sentences written for these tests).

Each test builds an Article with one or two short paragraphs and runs the public entry
point summitry.events.extract_events on it; publication is Wednesday 10 May 2023, 09:00,
so "Monday" is 2023-05-08 and "Tuesday" 2023-05-09.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from summitry.events import extract_events
from summitry.model import Article, EventMention, Location, content_id

PUB = datetime(2023, 5, 10, 9, 0)


def article(*paragraphs: str, published: datetime = PUB, source: str = "Yonhap", title: str = "Test") -> Article:
    body = "\n\n".join(paragraphs)
    return Article(id=content_id(title, body), origin="test.txt", title=title, paragraphs=list(paragraphs),
                   published=published, published_precision="minute", source=source)


def events(*paragraphs: str, **kw) -> list[EventMention]:
    return extract_events(article(*paragraphs, **kw))


def one(*paragraphs: str, **kw) -> EventMention:
    found = events(*paragraphs, **kw)
    assert len(found) == 1, [(m.kind, m.countries, m.date, m.trigger) for m in found]
    return found[0]


def names(m: EventMention) -> list[str]:
    return [p.name for p in m.participants]


PARK = "South Korean Foreign Minister Park Jin"
HAYASHI = "Japanese Foreign Minister Yoshimasa Hayashi"


# --- triggers and kinds ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, type_, kind, mode", [
    (f"{PARK} met with {HAYASHI} in Tokyo on Monday.", "CONSULT", "meeting", None),
    ("South Korea and Japan held talks in Seoul on Monday.", "CONSULT", "meeting", None),
    ("South Korean President Yoon Suk Yeol will hold a summit with U.S. President Joe Biden in Washington next month.",
     "CONSULT", "summit", None),
    ("Japanese Prime Minister Fumio Kishida will visit Seoul on Sunday.", "CONSULT", "visit", "visit"),
    ("South Korean President Yoon Suk Yeol spoke by phone with French President Emmanuel Macron on Tuesday.",
     "CONSULT", "call", "phone"),
    ("South Korean President Yoon Suk Yeol held a phone call with French President Emmanuel Macron on Tuesday.",
     "CONSULT", "call", "phone"),
    (f"{HAYASHI} paid a courtesy call on South Korean President Yoon Suk Yeol on Monday.", "CONSULT", "meeting", None),
    ("South Korean President Yoon Suk Yeol and Chinese President Xi Jinping will attend the Asia Energy Forum in Tokyo on May 25.",
     "CONSULT", "forum", None),
    ("South Korea and Australia signed an agreement on critical minerals on Monday.", "AGREE", "agreement", None),
    ("North Korea's deployment of troops to Russia began on Monday.", "MOBILIZE", "deployment", None),
    ("North Korea warned South Korea on Tuesday against further drills.", "THREATEN", "statement", None),
])
def test_trigger_kinds(sentence, type_, kind, mode):
    m = one(sentence)
    assert (m.type, m.kind) == (type_, kind)
    if mode:
        assert m.mode == mode


def test_courtesy_call_is_a_meeting_not_a_phone_call():
    m = one(f"{HAYASHI} paid a courtesy call on South Korean President Yoon Suk Yeol on Monday.")
    assert m.kind == "meeting" and m.mode != "phone"
    assert names(m) == ["Yoshimasa Hayashi", "Yoon Suk Yeol"]


def test_named_forum_keeps_its_name_as_series():
    m = one("South Korean President Yoon Suk Yeol and Chinese President Xi Jinping will attend the Asia Energy Forum in Tokyo on May 25.")
    assert m.series == "Asia Energy Forum"
    assert m.location == Location("Tokyo", "JPN")


def test_deployment_needs_troops():
    assert events("The deployment of the new software at the South Korean and Japanese ministries began on Monday.") == []


# --- not events --------------------------------------------------------------------------

def test_press_conference_alone_gives_nothing():
    assert events("South Korean President Yoon Suk Yeol held a press conference in Seoul on Monday.") == []


def test_in_talks_to_is_not_itself_a_meeting():
    m = one("South Korea and Japan are in talks to arrange a meeting of their foreign ministers.")
    assert m.trigger == "meeting"
    assert m.status == "proposed"


def test_the_visiting_officials_is_not_a_visit():
    assert events("The visiting officials from Japan spoke to students in Seoul on Monday.") == []


def test_generic_definition_is_not_an_event():
    assert events("The KIDD is a regular meeting between South Korea and the United States.") == []


def test_negated_meeting_is_not_an_event():
    assert events(f"{PARK} did not meet with {HAYASHI} on Monday.") == []


# --- status ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, status", [
    (f"{PARK} met with {HAYASHI} in Tokyo on Monday.", "held"),
    (f"{PARK} and {HAYASHI} will hold talks in Tokyo on May 25.", "scheduled"),
    ("South Korea and Japan may hold talks on trade later this year.", "proposed"),
    ("South Korea and Japan have cancelled the talks planned for May 20.", "cancelled"),
    ("South Korea and Japan postponed talks set for May 20.", "postponed"),
])
def test_status_from_cues(sentence, status):
    assert one(sentence).status == status


def test_status_from_date_after_publication_is_scheduled():
    m = one(f"Talks between {PARK} and {HAYASHI} in Tokyo on May 25 are the focus of attention.")
    assert (m.date, m.status) == ("2023-05-25", "scheduled")


def test_status_from_date_before_publication_is_held():
    m = one(f"Talks between {PARK} and {HAYASHI} in Tokyo on May 2 drew attention.")
    assert (m.date, m.status) == ("2023-05-02", "held")


def test_a_plan_dated_before_publication_was_held():
    m = one("South Korea and Japan plan to hold talks in Tokyo on May 2.")
    assert (m.date, m.status) == ("2023-05-02", "held")


# --- participants and countries ----------------------------------------------------------

def test_participants_from_titles_with_their_countries():
    m = one(f"{PARK} met with {HAYASHI} in Tokyo on Monday.")
    assert [(p.name, p.role, p.country) for p in m.participants] == [
        ("Park Jin", "Foreign Minister", "KOR"), ("Yoshimasa Hayashi", "Foreign Minister", "JPN")]
    assert m.countries == ["KOR", "JPN"]


def test_surname_and_pronoun_refer_to_people_named_before():
    found = events("Japanese Prime Minister Fumio Kishida arrived in Seoul on Monday for a two-day visit.",
                   "He met with South Korean President Yoon Suk Yeol on Tuesday.")
    meeting = next(m for m in found if m.kind == "meeting")
    assert names(meeting) == ["Fumio Kishida", "Yoon Suk Yeol"]
    assert meeting.date == "2023-05-09"


def test_surname_alone_names_the_person_introduced_earlier():
    found = events(f"{PARK} arrived in Tokyo on Monday.",
                   f"Park met with {HAYASHI} on Tuesday.")
    meeting = next(m for m in found if m.kind == "meeting")
    assert "Park Jin" in names(meeting) and "Yoshimasa Hayashi" in names(meeting)


def test_countries_from_subject_and_with_phrase():
    m = one("South Korea held talks with Japan in Seoul on Monday.")
    assert set(m.countries) == {"KOR", "JPN"}


def test_capitals_stand_for_their_states():
    m = one("Seoul and Tokyo held talks in Seoul on Monday.")
    assert m.countries == ["KOR", "JPN"]


def test_the_two_sides_stands_for_the_states_just_named():
    found = events(f"{PARK} arrived in Tokyo on Monday.",
                   "The two sides held talks at the foreign ministry on Tuesday.")
    talks = next(m for m in found if m.kind == "meeting")
    assert set(talks.countries) == {"KOR", "JPN"}


def test_topic_after_other_words_is_not_a_party():
    m = one("South Korea and Japan held talks in Seoul on Monday on North Korea.")
    assert m.countries == ["KOR", "JPN"]


def test_talks_on_a_country_make_it_a_topic():
    m = one("South Korea and Japan held talks on North Korea on Monday.")
    assert m.countries == ["KOR", "JPN"]


def test_tensions_over_a_country_make_it_a_topic():
    m = one("Amid tensions over Russia, South Korea and Japan held talks in Seoul on Monday.")
    assert m.countries == ["KOR", "JPN"]


def test_attribution_clause_gives_no_date_and_no_party():
    found = events(f"{PARK} met with {HAYASHI} on Monday, Japan's foreign ministry said Friday.")
    assert len(found) == 1
    assert found[0].date == "2023-05-08"  # not Friday, the day of the statement
    found = events("South Korea and Japan will hold talks in Seoul next month, the Chinese foreign ministry said Friday.")
    assert len(found) == 1 and "CHN" not in found[0].countries


# --- place -------------------------------------------------------------------------------

def test_place_in_a_city():
    assert one(f"{PARK} met with {HAYASHI} in Washington on Monday.").location == Location("Washington", "USA")


def test_place_object_of_visit():
    m = one("Japanese Prime Minister Fumio Kishida will visit Seoul on Sunday.")
    assert m.location == Location("Seoul", "KOR")
    assert m.countries == ["JPN", "KOR"]


def test_here_is_the_outlet_home():
    m = one(f"{HAYASHI} came here on Monday for a two-day visit.")
    assert m.location == Location("Seoul", "KOR")
    assert set(m.countries) == {"JPN", "KOR"}


def test_at_the_foreign_ministry_is_the_outlet_home():
    m = one(f"{HAYASHI} held talks with {PARK} at the foreign ministry on Monday.")
    assert m.location == Location("Seoul", "KOR")


# --- dates -------------------------------------------------------------------------------

def test_two_events_in_one_sentence_each_get_their_date():
    found = events("Japanese Prime Minister Fumio Kishida met with South Korean President Yoon Suk Yeol on Monday, "
                   "and he will visit Busan on Friday.")
    by_kind = {m.kind: m for m in found}
    assert by_kind["meeting"].date == "2023-05-08" and by_kind["meeting"].status == "held"
    assert by_kind["visit"].date == "2023-05-12" and by_kind["visit"].status == "scheduled"
    assert by_kind["visit"].location == Location("Busan", "KOR")


def test_date_at_sentence_start():
    m = one(f"On Thursday, {PARK} met with {HAYASHI} in Tokyo.")
    assert m.date == "2023-05-04"


def test_since_date_is_not_the_events_date():
    found = events(f"{PARK} and {HAYASHI} held talks in Tokyo on Monday.",
                   "South Korea and Japan have held the talks regularly since October 2016.")
    assert [m.date for m in found] == ["2023-05-08"]
