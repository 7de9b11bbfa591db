"""Event rules read from whole articles: side meetings, gatherings named after an organisation,
"since" and "last such" references, dates and parties lent across clauses, "they", visit
purposes, other senses of trigger words, newer triggers, ordinals and 2+2 roles.

Every sentence is written for these tests. Unless a test says otherwise, publication is
Friday 12 May 2023, 09:00 ("Wednesday" = 2023-05-10, "Monday" = 2023-05-08).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from summitry.events import extract_events
from summitry.linking import link
from summitry.model import Article, EventMention, Location, content_id
from summitry.store import Store

PUB = datetime(2023, 5, 12, 9, 0)
YOON = "South Korean President Yoon Suk Yeol"
KISHIDA = "Japanese Prime Minister Fumio Kishida"
BLINKEN = "U.S. Secretary of State Antony Blinken"
AUSTIN = "U.S. Defense Secretary Lloyd Austin"


def article(*paragraphs: str, published: datetime = PUB, source: str | None = "Yonhap") -> Article:
    body = "\n\n".join(paragraphs)
    return Article(id=content_id("Rules", body), origin="rules.txt", title="Rules", paragraphs=list(paragraphs),
                   published=published, published_precision="minute", source=source)


def events(*paragraphs: str, **kw) -> list[EventMention]:
    return extract_events(article(*paragraphs, **kw))


def names(m: EventMention) -> list[str]:
    return [p.name for p in m.participants]


def only(found: list[EventMention], **facts) -> EventMention:
    hits = [m for m in found if all(getattr(m, k) == v for k, v in facts.items())]
    assert len(hits) == 1, (facts, found)
    return hits[0]


# --- 1. side meetings ---------------------------------------------------------------------

def test_side_meeting_and_its_host_summit_are_two_events_sharing_the_date():
    found = events(f"{YOON} and {KISHIDA} held talks on Wednesday on the sidelines of the "
                   "Asia-Pacific Economic Cooperation (APEC) summit in Lima.")
    assert len(found) == 2
    talks = only(found, kind="meeting")
    summit = only(found, kind="summit")
    assert names(talks) == ["Yoon Suk Yeol", "Fumio Kishida"]
    assert set(talks.countries) == {"KOR", "JPN"}
    assert summit.series == "APEC summit"
    assert names(summit) == ["Yoon Suk Yeol", "Fumio Kishida"]  # who met on its sidelines attended it
    assert summit.location == Location("Lima", "PER")
    assert talks.date == summit.date == "2023-05-10"


# --- 2. gatherings named after an organisation ----------------------------------------------

@pytest.mark.parametrize("sentence, series", [
    ("Pacific Rim leaders gathered in Lima on Wednesday for the APEC summit.", "APEC summit"),
    ("Chinese President Xi Jinping will attend the APEC leaders' meeting in Lima next week.", "APEC summit"),
    ("Leaders of the Group of Seven opened a three-day summit in Hiroshima on Wednesday.", "G7 summit"),
])
def test_a_gathering_is_named_after_its_organisation(sentence, series):
    found = events(sentence)
    summit = only(found, kind="summit")
    assert summit.series == series


def _link_all(tmp_path: Path, articles: list[Article]) -> Store:
    store = Store(tmp_path / "rules.db")
    for art in articles:
        with store.transaction():
            assert store.add_article(art)
            link(store, extract_events(art))
    return store


def test_two_reports_of_one_organisations_summit_in_one_place_and_month_link(tmp_path):
    coming = article("Pacific Rim leaders will gather in Lima in November for the APEC summit.",
                     published=datetime(2023, 10, 3, 9))
    held = article("The APEC leaders' meeting opened in Lima on Wednesday.", published=datetime(2023, 11, 16, 9))
    with _link_all(tmp_path, [coming, held]) as store:
        (e,) = list(store.events())
        assert (e.series, e.kind, e.status, e.date, e.reports) == ("APEC summit", "summit", "held", "2023-11-15", 2)
        assert e.location == Location("Lima", "PER")


def test_reports_of_two_days_of_one_summit_link(tmp_path):
    opening = article("Pacific Rim leaders gathered in Lima on Wednesday for the APEC summit.",
                      published=datetime(2023, 11, 16, 9))
    later = article("Pacific Rim leaders met again in Lima on Friday for the APEC summit.",
                    published=datetime(2023, 11, 18, 9))
    with _link_all(tmp_path, [opening, later]) as store:
        assert store.count_events() == 1


# --- 3. and 4. earlier events named in passing -----------------------------------------------

def test_first_meeting_since_talks_in_a_city_makes_a_separate_earlier_event():
    found = events("South Korean Foreign Minister Park Jin and Chinese Foreign Minister Wang Yi met in Busan on "
                   "Wednesday, their first meeting since talks in Bali in November 2022.")
    assert len(found) == 2
    now = only(found, date="2023-05-10")
    past = only(found, date="2022-11")
    assert now.location == Location("Busan", "KOR") and now.status == "held"
    assert past.location == Location("Bali", "IDN") and past.status == "held"
    assert set(past.countries) == {"KOR", "CHN"}


def test_the_last_such_talks_are_an_earlier_event_of_the_series():
    found = events("South Korea and Japan will hold a 2+2 meeting of foreign and defense ministers in Seoul next month.",
                   "The last such talks were held in Tokyo in April 2019.")
    assert len(found) == 2
    coming = only(found, status="scheduled")
    last = only(found, status="held")
    assert (coming.date, coming.location) == ("2023-06", Location("Seoul", "KOR"))
    assert (last.date, last.location) == ("2019-04", Location("Tokyo", "JPN"))
    assert last.format == coming.format == "2+2"
    assert set(last.countries) == set(coming.countries) == {"KOR", "JPN"}


def test_the_last_such_talks_after_unformatted_talks():
    found = events("South Korea and Japan will hold their strategic dialogue in Seoul next month.",
                   "The last such talks were held in Tokyo in April 2019.")
    assert sorted(m.date for m in found) == ["2019-04", "2023-06"]


# --- 5. and 6. dates and parties lent across clauses -----------------------------------------

def test_talks_in_an_after_clause_take_the_main_clauses_day():
    found = events("Iran and Saudi Arabia agreed on Wednesday to reopen their embassies after four hours of "
                   "talks at a hotel in Beijing.")
    talks = only(found, kind="meeting")
    assert talks.date == "2023-05-10"


def test_a_planned_meeting_after_the_talks_is_not_given_their_past_day():
    found = events("Iran and Saudi Arabia agreed on Wednesday to restore ties after talks in Beijing, "
                   "and their foreign ministers will meet within two months.")
    talks = only(found, trigger="talks")
    planned = only(found, trigger="meet")
    assert talks.date == "2023-05-10"
    assert planned.status == "scheduled"
    assert planned.date != "2023-05-10"


def test_the_sentences_opening_states_are_the_parties_of_the_talks():
    found = events("Iran and Saudi Arabia agreed to restore diplomatic relations after talks in Beijing.")
    talks = only(found, kind="meeting")
    assert talks.countries == ["IRN", "SAU"]
    assert talks.location == Location("Beijing", "CHN")


# --- 7. and 8. "they", and the purpose of a visit -------------------------------------------

def test_they_are_the_people_named_in_the_sentence_before():
    found = events(f"{BLINKEN} and {AUSTIN} will visit Japan next week.",
                   "In Tokyo, they will meet Japanese Foreign Minister Yoshimasa Hayashi.")
    meeting = only(found, kind="meeting")
    assert {"Antony Blinken", "Lloyd Austin", "Yoshimasa Hayashi"} <= set(names(meeting))
    assert meeting.location == Location("Tokyo", "JPN")


def test_a_visits_purpose_meeting_is_held_where_the_visit_goes():
    found = events(f"{BLINKEN} and {AUSTIN} will visit Japan next week for a two-plus-two meeting "
                   "with their Japanese counterparts.")
    meeting = only(found, kind="meeting")
    assert meeting.format == "2+2"
    assert meeting.location is not None and meeting.location.country == "JPN"


# --- 9. other senses of trigger words --------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "South Korea and Japan pledged more funds to meet the needs of refugees in Sudan.",
    "The decision by South Korea and Japan to resume joint drills was met with outrage on Wednesday.",
    "The presidents of Poland and Lithuania reached the North Atlantic Treaty Organization headquarters in "
    "Brussels on Wednesday.",
    "South Korea and Japan will study the evidence we have gathered about the launch.",
    "Kim Min-jun, a retired teacher from South Korea, arrived in the United States on Monday.",
])
def test_other_senses_of_trigger_words_are_not_events(sentence):
    assert events(sentence) == []


def test_warned_without_an_addressee_is_no_threat():
    assert events("South Korea and Japan warned against complacency on Wednesday.") == []


def test_warned_with_an_addressee_is_a_threat():  # the counterpart of the test above
    found = events("North Korea warned Japan on Wednesday against further drills.")
    assert only(found, type="THREATEN").countries == ["PRK", "JPN"]


def test_warning_against_complacency_is_no_threat():
    found = events(f"{YOON} visited Japan on Wednesday, warning against complacency.")
    assert [m.type for m in found if m.type == "THREATEN"] == []


@pytest.mark.parametrize("sentence", [
    "South Korea and Japan will study the evidence we have gathered.",
    "South Korea and Japan will study the evidence we have gathered, officials said.",
])
def test_evidence_gathered_at_clause_end_is_no_gathering(sentence):
    assert events(sentence) == []


def test_an_officials_arrival_is_a_visit():  # the counterpart of the private trip above
    found = events("South Korean Foreign Minister Park Jin arrived in the United States on Monday.")
    visit = only(found, kind="visit")
    assert visit.location == Location(None, "USA")


# --- 10. newer triggers ----------------------------------------------------------------------

def test_hosted_is_a_meeting():
    found = events(f"{KISHIDA} hosted {YOON} in Tokyo on Monday.")
    m = only(found, kind="meeting")
    assert names(m) == ["Fumio Kishida", "Yoon Suk Yeol"]
    assert (m.date, m.location, m.status) == ("2023-05-08", Location("Tokyo", "JPN"), "held")


def test_received_with_a_person_object_is_a_meeting():
    found = events(f"{KISHIDA} received {YOON} at his office in Tokyo on Monday.")
    m = only(found, kind="meeting")
    assert names(m) == ["Fumio Kishida", "Yoon Suk Yeol"]
    assert m.date == "2023-05-08"


def test_received_without_a_person_object_is_no_meeting():
    assert events("Japan received South Korea's proposal on Monday.") == []


def test_received_a_minister_with_nationality_and_title():
    found = events("Chinese President Xi Jinping received South Korean Foreign Minister Park Jin in Beijing on Monday.")
    assert [m.kind for m in found] == ["meeting"]


def test_spoke_by_telephone_with_is_a_phone_call():
    found = events(f"{YOON} spoke by telephone with U.S. President Joe Biden on Monday.")
    call = only(found, kind="call")
    assert call.mode == "phone"
    assert set(call.countries) == {"KOR", "USA"}
    assert call.date == "2023-05-08"


def test_accused_the_united_states_of_is_an_accusation():
    found = events("North Korea accused the United States of raising tensions on the peninsula.")
    accusation = only(found, type="ACCUSE")
    assert accusation.countries == ["PRK", "USA"]


def test_has_been_postponed_at_clause_end():
    found = events("A meeting of the South Korean and Japanese foreign ministers set for Tokyo next week "
                   "has been postponed.")
    m = only(found, kind="meeting")
    assert m.status == "postponed"


# --- 11. ordinals ----------------------------------------------------------------------------

def test_nth_round_of_a_named_dialogue():
    found = events("South Korea and the United States held the 19th round of the Korea-U.S. Integrated Defense "
                   "Dialogue in Seoul on Wednesday.")
    m = only(found, kind="meeting")
    assert m.series == "Korea-U.S. Integrated Defense Dialogue"
    assert m.ordinal == 19


@pytest.mark.parametrize("sentence", [
    "U.S. and Japanese ministers held their inaugural two-plus-two meeting in Washington on Wednesday.",
    "Japan and the Philippines held the inaugural Japan-Philippines Maritime Dialogue in Manila on Wednesday.",
])
def test_inaugural_is_the_first_of_a_series(sentence):
    found = events(sentence)
    assert only(found, kind="meeting").ordinal == 1


def test_a_first_overseas_trip_has_no_ordinal():
    found = events(f"{KISHIDA} visited South Korea on Wednesday, his first overseas trip this year.")
    visit = only(found, kind="visit")
    assert visit.ordinal is None
    assert visit.series is None


# --- 12. a 2+2 is for ministers ----------------------------------------------------------------

def test_a_courtesy_call_on_the_prime_minister_stays_out_of_the_2_plus_2():
    found = events(f"{BLINKEN} and {AUSTIN} held a two-plus-two meeting with their Japanese counterparts "
                   "in Tokyo on Monday.",
                   f"Blinken and Austin also paid a courtesy call on {KISHIDA} in Tokyo on Monday.", source=None)
    assert len(found) == 2
    two_plus_two = only(found, format="2+2")
    courtesy = only(found, trigger="courtesy call")
    assert "Fumio Kishida" not in names(two_plus_two)
    assert "Fumio Kishida" in names(courtesy)
    assert courtesy.format is None
