"""Temporal tagger, session 18: an evening after a weekday, a quarter told by the day it ended, the
nth day of something."""

from datetime import date

from summitry.time.tagger import tag

THU = date(2024, 10, 31)  # a Thursday


def found(text: str, dct: date | None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


def test_an_evening_after_a_weekday_keeps_the_part_of_the_day():
    assert ("Tuesday evening", "TIME", "2024-10-29TEV") in found(
        "The minister arrived in the capital on Tuesday evening.", THU)


def test_a_night_or_morning_after_a_weekday_is_the_day_itself():
    assert ("Tuesday night", "DATE", "2024-10-29") in found("The talks ended on Tuesday night.", THU)
    assert ("Tuesday morning", "DATE", "2024-10-29") in found("The talks began on Tuesday morning.", THU)


def test_an_evening_with_no_reference_date_stays_a_weekday():
    assert ("Tuesday evening", "DATE", "XXXX-WXX-2") in found("They met on Tuesday evening.", None)


def test_the_quarter_ended_on_a_day_is_the_calendar_quarter_holding_most_of_it():
    text = "In the quarter ended July 31, the retailer had an average of 5.6 million shares outstanding."
    assert ("the quarter", "DATE", "2024-Q2") in found(text, THU)
    text = "The company earned $3 million in the quarter ended Sept. 30."
    assert ("the quarter", "DATE", "2024-Q3") in found(text, THU)


def test_a_quarter_already_reported_keeps_its_own_name():
    # A fiscal quarter named before: "the quarter ended Sept. 29" is that fiscal first quarter.
    text = ("The company earned $5 million in the fiscal first quarter. It reported sales of $538 million "
            "for the quarter ended Sept. 29.")
    assert ("the quarter", "DATE", "2024-Q1") in found(text, THU)


def test_the_nth_day_of_something_said_in_the_present_is_the_day_of_the_story():
    assert ("the eighth day", "DATE", "2024-10-31") in found(
        "In Saudi Arabia, today is the eighth day of the operation.", THU)
    assert ("the second day", "DATE", "2024-10-31") in found(
        "It's the second day of an offensive by the security forces.", THU)


def test_the_nth_day_told_in_the_past_is_the_day_named_in_the_sentence():
    assert ("the third day", "DATE", "2024-10-25") in found(
        "On Oct. 25, which was the third day of the strike, the union met.", THU)


def test_an_ordinal_day_without_a_copula_is_no_date():
    assert not [f for f in found("The first day of school is a big event for children.", THU) if "day" in f[0]]


def test_the_nth_day_after_a_date_as_subject_is_that_date():
    assert ("the first day", "DATE", "2024-11-04") in found(
        "The leaders arrive on Sunday. Monday is the first day of the summit.", THU)
