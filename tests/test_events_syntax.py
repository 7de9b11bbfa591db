"""Which dates and places belong to an event, read from the dependency parse.
All sentences are written for these tests; publication is Wednesday 10 May 2023."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.events.syntax import attached, event_heads, parse
from summitry.model import Article, EventMention, Location

PUB = datetime(2023, 5, 10, 9, 0)


def events(*paragraphs: str) -> list[EventMention]:
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=PUB))


def belongs(sentence: str, trigger: str, words: str) -> bool | None:
    doc = parse(sentence)
    i, j = sentence.index(trigger), sentence.index(words)
    return attached(doc, event_heads(doc, i, i + len(trigger)), j, j + len(words))


def test_a_place_inside_a_topic_is_no_venue():
    s = "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed will meet in Nairobi on Friday to discuss the fighting in Sudan."
    assert belongs(s, "meet", "Nairobi") and belongs(s, "meet", "Friday")
    assert belongs(s, "meet", "Sudan") is False
    [m] = events(s)
    assert m.location == Location("Nairobi", "KEN") and m.date == "2023-05-12"


def test_the_day_of_an_announcement_is_not_the_day_of_the_talks():
    s = "The Kremlin announced on Monday that the two presidents will hold talks in Moscow on Thursday."
    assert belongs(s, "talks", "Monday") is False
    assert belongs(s, "talks", "Thursday") and belongs(s, "talks", "Moscow")


def test_a_participle_describing_the_event_lends_it_place_and_day():
    s = "Trade was high on the agenda of the Lima Dialogue held in Peru on Tuesday."
    assert belongs(s, "Lima Dialogue", "Tuesday") and belongs(s, "Lima Dialogue", "Peru")


def test_what_hangs_from_the_participants_or_the_venue_is_the_events():
    s = "Vietnam and Thailand will hold a meeting of foreign ministers in Hanoi next month."
    assert belongs(s, "meeting", "Hanoi")
    s = "The envoy attended a meeting with the Chilean president at the presidential palace in Santiago on Monday."
    assert belongs(s, "meeting", "Santiago") and belongs(s, "meeting", "Monday")


def test_a_postponed_event_keeps_the_days_that_follow_it_not_the_day_of_the_decision():
    s = "Peru and Chile decided on Tuesday to postpone a state visit by the Chilean president to Lima this week."
    assert belongs(s, "state visit", "this week")
    assert belongs(s, "state visit", "Tuesday") is False
    s = "The two governments postponed the summit until January."
    assert belongs(s, "summit", "January") is False


def test_a_purpose_clause_shares_the_place_of_the_gathering():
    s = "The ministers are expected to gather in Doha to take part in the annual forum of the Gulf Dialogue."
    assert belongs(s, "Gulf Dialogue", "Doha")


def test_an_after_clause_runs_on_over_a_phrase_set_off_by_commas():
    from summitry.events.syntax import parse, time_order_clauses
    text = "It will be the first meeting between Ruto and Museveni after Kenya withdrew, in July, from the pact to share water."
    assert [text[a:b] for a, b in time_order_clauses(parse(text))] == [
        "after Kenya withdrew, in July, from the pact to share water"]  # July is the withdrawal's, not the meeting's
    text = "They met after Kenya withdrew, in July. Then they left."
    assert [text[a:b] for a, b in time_order_clauses(parse(text))] == ["after Kenya withdrew"]
