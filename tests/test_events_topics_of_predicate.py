"""What a sentence says an event will cover or address names its topics, not its parties:
"Talks are expected to cover the crises in Libya and Sudan". Sentences written for these
tests; publication Sunday 29 January 2023."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article

PUB = datetime(2023, 1, 29, 9, 0)


def countries(*paragraphs: str) -> list[list[str]]:
    found = extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=PUB))
    return [sorted(m.countries) for m in found]


def test_states_in_the_predicate_of_an_event_noun_are_topics():
    assert countries("Talks between Egyptian and US officials on Monday will cover Libya, Sudan and Ukraine.") \
        == [["EGY", "USA"]]


def test_a_sentence_opening_on_the_event_noun_lends_no_states_to_it():
    found = countries("Secretary of State Antony Blinken will meet Egyptian President Abdel Fattah al-Sisi in Cairo "
                      "on Monday.",
                      "Talks are expected to cover the Palestinian-Israeli situation, the crises in Libya and Sudan, "
                      "and the war in Ukraine.")
    assert all(not {"LBY", "SDN", "UKR"} & set(c) for c in found)


def test_a_verb_telling_who_takes_part_keeps_its_states():
    found = countries("Talks in Nairobi on Monday will involve Kenya, Uganda and Rwanda.")
    assert ["KEN", "RWA", "UGA"] in found


def test_people_the_predicate_names_with_a_party_preposition_take_part():
    found = extract_events(Article(id="t", origin="t.txt", title="T", published=PUB, paragraphs=[
        "The talks will take place in Oslo on Thursday among Norwegian Foreign Minister Espen Barth Eide "
        "and Swedish Foreign Minister Tobias Billstrom."]))
    assert {p.name for m in found for p in m.participants} >= {"Espen Barth Eide", "Tobias Billstrom"}


def test_a_subject_coordinated_by_the_parse_stays_with_the_event():
    found = extract_events(Article(id="t", origin="t.txt", title="T", published=PUB, paragraphs=[
        "A visit to Italy by Charles and his wife Camilla has been postponed amid mass protests over the "
        "government's budget plans."]))
    trip = next(m for m in found if m.kind == "visit")
    assert {"Charles III", "Camilla"} <= {p.name for p in trip.participants}
