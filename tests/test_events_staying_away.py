"""Someone who decides not to attend a gathering, or skips it: the gathering goes on without
him, and his trip to it is called off. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article
from summitry.time import tag


def events(*paragraphs: str):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs),
                                  published=datetime(2025, 6, 20, 9)))


def test_deciding_not_to_attend_a_summit_calls_off_the_trip_not_the_summit():
    found = events("Prime Minister Shigeru Ishiba of Japan has decided not to attend the NATO summit in The Hague "
                   "on June 24 and 25, government sources said on Friday.")
    summit = next(m for m in found if m.kind == "summit")
    trip = next(m for m in found if m.kind == "visit")
    assert (summit.status, summit.participants, summit.location.place) == ("scheduled", [], "The Hague")
    assert (trip.status, [p.name for p in trip.participants], trip.location.place) == (
        "cancelled", ["Shigeru Ishiba"], "The Hague")
    assert trip.date == summit.date == "2025-06-24/2025-06-25" and set(trip.countries) == {"JPN", "NLD"}


def test_skipping_a_summit_calls_off_the_trip_and_a_summit_with_no_place_has_none():
    [trip] = [m for m in events("Prime Minister Anthony Albanese of Australia will skip the NATO summit in Vilnius "
                                "next month, his office said.") if m.kind == "visit"]
    assert (trip.status, trip.location.place, trip.date) == ("cancelled", "Vilnius", "2025-07")
    assert not any(m.kind == "visit" for m in events(
        "Prime Minister Anthony Albanese of Australia will skip the NATO summit on June 24, his office said."))


def test_this_week_in_a_sunday_paper_is_the_week_ahead_unless_told_in_the_past():
    sunday = datetime(2025, 6, 22).date()
    assert [t.value for t in tag("The leaders will meet in The Hague this week.", sunday)] == ["2025-W26"]
    assert [t.value for t in tag("The leaders met in The Hague this week.", sunday)] == ["2025-W25"]
