"""A past form inside a hyphenated compound ("closed-door", "long-awaited") is an adjective, no
past tense cue (own sentences)."""

from __future__ import annotations

from datetime import date

from summitry.time import tag

FRI = date(2024, 1, 26)


def value(text: str, phrase: str) -> str:
    start = text.index(phrase)
    return next(t.value for t in tag(text, FRI) if t.start <= start < t.end)


def test_a_closed_door_meeting_to_come_is_this_week():
    text = "He is due to hold two days of closed-door meetings with the envoy on Friday and Saturday."
    assert value(text, "Friday") == "2024-01-26"


def test_a_long_awaited_visit_to_come_is_ahead():
    text = "The prime minister is due to make a long-awaited visit to the capital on Monday."
    assert value(text, "Monday") == "2024-01-29"
