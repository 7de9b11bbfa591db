"""A plan told in the past ("was to fly on Sunday") lies ahead of its report; "was to" before a
place is where something went (own sentences)."""

from __future__ import annotations

from datetime import date

from summitry.time import tag

SAT = date(2023, 1, 28)


def value(text: str, phrase: str) -> str:
    start = text.index(phrase)
    return next(t.value for t in tag(text, SAT) if t.start <= start < t.end)


def test_a_plan_told_with_was_to_is_ahead():
    text = "The chancellor was to fly to Lima on Sunday and to Quito on Monday."
    assert (value(text, "Sunday"), value(text, "Monday")) == ("2023-01-29", "2023-01-30")


def test_was_to_before_a_place_is_no_plan():
    text = "Her first trip abroad was to Peru in December."
    assert value(text, "December") == "2022-12"
