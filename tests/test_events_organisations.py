"""An organisation's official is a party of its own: the EU, NATO or the UN meeting one state
is an event, and the official is of no state (not the outlet's home, not the article's most
named state); the EU's officials are of the EU itself (EUU), a party like a state.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date, datetime

from summitry.actors import analyze_actors
from summitry.events import extract_events
from summitry.language import split_sentences
from summitry.model import Article, Event, Person
from summitry.store.events import people_from, people_json

WHEN = datetime(2025, 3, 5, 9)


def mentions(*paragraphs: str):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=WHEN))


def test_an_organisation_official_named_with_a_bare_title_takes_no_state_from_the_outlet():
    actors = analyze_actors(split_sentences("President Ursula von der Leyen arrived in Beijing on Tuesday for talks."),
                            home="CHN", when=date(2025, 3, 5), use_model=False)
    person = actors.people["Ursula von der Leyen"]
    assert (person.country, person.org) == ("EUU", "EU")


def test_an_official_of_an_organisation_meeting_one_state_is_a_meeting():
    found = mentions("NATO Secretary General Mark Rutte held talks with Danish Prime Minister Mette Frederiksen "
                     "in Copenhagen on Monday.")
    assert [(m.kind, m.countries, m.date) for m in found] == [("meeting", ["DNK"], "2025-03-03")]
    assert {(p.name, p.country, p.org) for p in found[0].participants} == {
        ("Mark Rutte", None, "NATO"), ("Mette Frederiksen", "DNK", None)}


def test_an_organisation_officials_visit_to_one_state_is_a_visit():
    found = mentions("European Commission President Ursula von der Leyen will travel to Montevideo on Thursday.")
    assert [(m.kind, m.countries, m.location.place, m.status) for m in found] == [
        ("visit", ["EUU", "URY"], "Montevideo", "scheduled")]


def test_one_state_with_nobody_of_an_organisation_is_still_no_event():
    assert mentions("Danish Prime Minister Mette Frederiksen held talks in Copenhagen on Monday.") == []


def test_an_organisation_in_a_persons_title_does_not_name_the_gathering():
    found = mentions("Mr Albanese met European Commission President Ursula von der Leyen on the summit sidelines.",
                     )
    assert all(m.series is None for m in found)
    found = mentions("NATO leaders gathered in The Hague for the summit, where Mr Albanese met NATO chief Mark Rutte.")
    assert "NATO summit" in {m.series for m in found}


def test_the_organisation_is_kept_in_the_store_and_the_exports():
    people = [Person("Kaja Kallas", "High Representative", None, "EU"), Person("Téte António", "Foreign Minister", "AGO")]
    assert people_from(people_json(people)) == people
    from summitry.export.events import event_record
    from summitry.export.plover import plover_record

    event = Event(id="e1", type="CONSULT", kind="meeting", status="held", title="T", countries=["AGO"],
                  participants=people)
    assert event_record(event)["participants"][0]["org"] == "EU"
    actor_codes = [a["code"] for a in plover_record(event)["actor"]]
    assert "EU" in actor_codes and "AGO" in actor_codes
