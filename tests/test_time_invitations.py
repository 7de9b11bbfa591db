"""A date after "invited X to ..." is of the gathering invited to, which lies ahead (own sentences)."""

from __future__ import annotations

from datetime import date

from summitry.time import tag

DCT = date(2025, 5, 21)


def value(text: str, phrase: str) -> str:
    start = text.index(phrase)
    return next(t.value for t in tag(text, DCT) if t.start <= start < t.end)


def test_month_after_an_invitation_to_a_gathering_is_the_next_one():
    text = "The president said he had invited the premier to the regional summit in Lagos in November."
    assert value(text, "November") == "2025-11"


def test_month_after_a_past_verb_without_an_invitation_stays_past():
    text = "The president said he had met the premier at the regional summit in Lagos in November."
    assert value(text, "November") == "2024-11"


def test_invitation_to_a_visit_points_ahead_too():
    text = "The king invited the chancellor to visit the capital in September, the palace said."
    assert value(text, "September") == "2025-09"
