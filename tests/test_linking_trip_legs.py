"""A trip to one state that goes through several towns is one visit: "started in Chongqing on
Sunday and went on to Shanghai" and "arrived in Beijing on Tuesday" are legs of it. Other towns
stay other events where a report is undated or names other states."""

from __future__ import annotations

from datetime import datetime

from summitry.events.facts import facts_compatible
from summitry.model import EventMention, Location, Person

SCHOLZ = Person("Olaf Scholz", "Chancellor", "DEU")


def visit(place: str, date: str | None, countries=("DEU", "CHN")) -> EventMention:
    return EventMention(article="a", published=datetime(2024, 4, 16), type="CONSULT", kind="visit", status="held",
                        countries=list(countries), participants=[SCHOLZ], date=date, location=Location(place, "CHN"))


def test_legs_of_a_dated_trip_in_one_state_are_one_visit():
    assert facts_compatible(visit("Chongqing", "2024-04-14"), visit("Beijing", "2024-04-14/2024-04-16"), overlap=True)
    assert facts_compatible(visit("Shanghai", "2024-04-15"), visit("Beijing", "2024-04-14/2024-04-16"), overlap=True)


def test_an_undated_report_of_another_town_is_another_visit():
    assert not facts_compatible(visit("Shanghai", None), visit("Beijing", "2024-04-14/2024-04-16"), overlap=True)


def test_a_leg_naming_other_states_is_not_folded_into_the_trip():
    assert not facts_compatible(visit("Shanghai", "2024-04-15", ("DEU", "CHN", "RUS")),
                                visit("Beijing", "2024-04-14/2024-04-16"), overlap=True)
