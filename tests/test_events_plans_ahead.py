"""A plan still to come is not dated before the report that tells it: "media reported that she
could arrive on Tuesday" is the Tuesday ahead, though the reporting verb is past. A day told of a
noun takes its own verb's tense ("arrived on Sunday for the summit"). Sentences written for these
tests; publication Monday 3 June 2024."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article

PUB = datetime(2024, 6, 3, 9, 0)


def events(*paragraphs: str):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=PUB))


def test_a_reported_possible_trip_on_a_weekday_is_the_one_ahead():
    found = events("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday.",
                   "Local media reported that Boric could arrive in Quito late on Tuesday and meet President "
                   "Daniel Noboa on Wednesday.")
    trip = next(m for m in found if m.kind == "visit" and m.location and m.location.country == "ECU")
    talks = next(m for m in found if m.kind == "meeting" and "ECU" in m.countries)
    assert trip.date == "2024-06-04"
    assert talks.date == "2024-06-05"


def test_a_weekday_told_of_a_past_arrival_stays_in_the_past():
    found = events("Chilean President Gabriel Boric arrived in Quito on Sunday for the Andean summit, which he "
                   "said could help trade.")
    assert all(m.date != "2024-06-09" for m in found)
