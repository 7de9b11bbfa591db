"""Tense rules found on the stand-in sets of session 15 (own sentences): an invitation points
ahead; a past form in a hyphenated compound is no past tense; "was to" before a verb is a plan
ahead, before a place where something went."""

from __future__ import annotations

from datetime import date

from summitry.time import tag


def value(text: str, phrase: str, dct: date) -> str:
    start = text.index(phrase)
    return next(t.value for t in tag(text, dct) if t.start <= start < t.end)


MAY = date(2025, 5, 21)
FRI = date(2024, 1, 26)
SAT = date(2023, 1, 28)


def test_month_after_an_invitation_to_a_gathering_is_the_next_one():
    text = "The president said he had invited the premier to the regional summit in Lagos in November."
    assert value(text, "November", MAY) == "2025-11"


def test_month_after_a_past_verb_without_an_invitation_stays_past():
    text = "The president said he had met the premier at the regional summit in Lagos in November."
    assert value(text, "November", MAY) == "2024-11"


def test_invitation_to_a_visit_points_ahead_too():
    text = "The king invited the chancellor to visit the capital in September, the palace said."
    assert value(text, "September", MAY) == "2025-09"


def test_a_closed_door_meeting_to_come_is_this_week():
    text = "He is due to hold two days of closed-door meetings with the envoy on Friday and Saturday."
    assert value(text, "Friday", FRI) == "2024-01-26"


def test_a_long_awaited_visit_to_come_is_ahead():
    text = "The prime minister is due to make a long-awaited visit to the capital on Monday."
    assert value(text, "Monday", FRI) == "2024-01-29"


def test_a_plan_told_with_was_to_is_ahead():
    text = "The chancellor was to fly to Lima on Sunday and to Quito on Monday."
    assert (value(text, "Sunday", SAT), value(text, "Monday", SAT)) == ("2023-01-29", "2023-01-30")


def test_was_to_before_a_place_is_no_plan():
    text = "Her first trip abroad was to Peru in December."
    assert value(text, "December", SAT) == "2022-12"


def test_a_month_day_before_that_year_is_of_the_year_last_named():
    found = tag("He backed the plan in March 2022 and flew to Rabat on April 7 that year.", date(2023, 1, 30))
    assert [(t.text, t.value) for t in found][-1] == ("April 7 that year", "2022-04-07")


def test_a_stay_under_way_from_one_weekday_to_today_is_this_week():
    found = tag("Albanese, who is on an official visit to China from Saturday to Tuesday, met Xi.", date(2023, 11, 7))
    assert [(t.value, t.end_value) for t in found] == [("2023-11-04", "2023-11-07")]
