"""Time expressions in news written for these tests: a weekday with its date beside it."""

from __future__ import annotations

from datetime import date

from summitry.time import tag


def test_a_weekday_with_its_date_in_brackets_is_that_date_whatever_the_tense():
    text = "Kenya and Uganda have agreed to a border mission following talks in Kampala on Thursday (6 October)."
    [thursday, _] = tag(text, date(2022, 10, 7))
    assert (thursday.text, thursday.value) == ("Thursday", "2022-10-06")


def test_a_weekday_beside_a_date_of_another_weekday_keeps_its_own_reading():
    text = "The talks will open on Friday (6 October)."
    [friday, _] = tag(text, date(2022, 10, 3))
    assert friday.value == "2022-10-07"


def test_a_capitalised_word_ending_in_ed_inside_a_name_tells_no_past():
    text = "The president will attend the ASEAN Summit and Related Summits here on Sunday, the minister said."
    [sunday] = tag(text, date(2025, 10, 24))
    assert sunday.value == "2025-10-26"
