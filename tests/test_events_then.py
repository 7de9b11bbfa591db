""""The two sides then signed": an event told with "then" before its verb goes on from the one
before, on its day and, for an agreement signed the day the leaders met, at its place. A trip's
next leg ("He will then travel to X") is another day. Sentences written for these tests;
publication Friday 12 April 2024."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article

PUB = datetime(2024, 4, 12, 10, 0)


def events(*paragraphs: str):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=PUB))


def test_an_agreement_signed_then_is_of_the_meetings_day_and_place():
    found = events("Chilean President Gabriel Boric received Argentine President Javier Milei in Santiago on Thursday "
                   "for talks on the shared border.",
                   "Chile and Argentina then signed four agreements on mining, energy and customs controls.")
    deal = next(m for m in found if m.kind == "agreement")
    assert deal.date == "2024-04-11"
    assert deal.location is not None and deal.location.place == "Santiago"


def test_a_trips_next_leg_told_with_then_is_not_the_day_before():
    found = events("Norwegian Prime Minister Jonas Gahr Store is expected in Nairobi on Sunday for talks with "
                   "President William Ruto.",
                   "He will then travel to Ghana and Nigeria, his office said.")
    legs = [m for m in found if m.kind == "visit" and m.location and m.location.country in ("GHA", "NGA")]
    assert legs and all(m.date != "2024-04-14" for m in legs)


def test_a_leaders_other_talks_that_day_are_in_the_town_of_the_first():
    found = events("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Thursday.",
                   "Boric also met Peruvian President Dina Boluarte on Thursday.")
    second = next(m for m in found if m.kind == "meeting" and "PER" in m.countries)
    assert second.location is not None and second.location.place == "Santiago"


def test_talks_after_which_something_was_done_on_a_day_were_held_that_day():
    found = events("The two prime ministers welcomed the launch of trade negotiations, announced on Thursday after "
                   "Chilean Foreign Minister Alberto van Klaveren met Argentine Foreign Minister Diana Mondino in Santiago.")
    talks = next(m for m in found if m.kind == "meeting" and "Alberto van Klaveren" in {p.name for p in m.participants})
    assert talks.date == "2024-04-11"


def test_a_summit_attended_before_a_return_on_a_day_is_not_dated_that_day():
    found = events("Brazilian President Luiz Inacio Lula da Silva will cut short his trip and return to Brasilia on "
                   "Sunday after attending the Group of Seven summit in Japan, his office said on Tuesday.")
    assert all(m.date != "2024-04-14" for m in found if m.kind == "summit")


def test_a_venue_of_another_town_placed_in_a_town_is_a_namesake():
    found = events("Bangladeshi Prime Minister Sheikh Hasina met Chinese Premier Li Qiang at the Shangri-La Hotel "
                   "in Beijing on Tuesday.")
    meeting = next(m for m in found if m.kind == "meeting")
    assert meeting.location is not None and (meeting.location.place, meeting.location.country) == ("Beijing", "CHN")
