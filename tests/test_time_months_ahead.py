"""Which year a bare month takes, and which week a weekday: one joined to a later month with its year shares it; a
meeting "likely", "again" or that "runs from" a day is ahead (written for these tests)."""

from __future__ import annotations

from datetime import date

from summitry.time import tag


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_a_month_joined_to_a_later_dated_month_takes_its_year():
    found = _values("The president visited the port in August and again in September 2020.", date(2025, 1, 15))
    assert found["August"] == "2020-08"
    found = _values("Talks ran from November to February 2021.", date(2025, 1, 15))
    assert found["November"] == "2020-11"


def test_a_meeting_likely_again_is_ahead():
    found = _values("The prime minister said on Friday that the two leaders were likely to meet again in early July.",
                    date(2024, 5, 17))
    assert found["early July"] == "2024-07"
    found = _values("The leaders ended the summit yesterday and agreed to sign the pact when they meet again in "
                    "Phnom Penh in November.", date(2022, 5, 14))
    assert found["November"] == "2022-11"


def test_a_meeting_that_runs_from_a_weekday_is_ahead():
    found = _values("The forum runs from Monday to Thursday in the capital.", date(2022, 7, 10))
    assert found["Monday to Thursday"] == "2022-07-11"


def test_a_month_a_leader_could_travel_in_is_ahead():
    found = _values("The visit follows the minister's trip last month, during which he met the president, and comes as "
                    "both sides explore whether the president could travel to the coast in November for the summit.",
                    date(2023, 7, 8))
    assert found["November"] == "2023-11"


def test_a_slot_first_given_is_the_nearest_and_a_plan_that_was_due_is_ahead():
    found = _values("The trip was originally scheduled for October but was put off because of a storm.", date(2024, 12, 3))
    assert found["October"] == "2024-10"
    found = _values("The minister has postponed his trip to the capital, which was due on Sunday.", date(2023, 2, 3))
    assert found["Sunday"] == "2023-02-05"


def test_a_plan_told_in_the_past_perfect_two_sentences_after_its_postponement_is_the_day_ahead():
    text = ("The president is postponing his trip to Europe this week because of the storm. The decision was announced "
            "on Tuesday. He had been scheduled to arrive in Berlin on Thursday.")
    assert _values(text, date(2024, 10, 8))["Thursday"] == "2024-10-10"


def test_a_day_a_plan_was_due_on_before_it_was_put_off_is_the_nearest():
    found = _values("The minister had been due to travel to Europe for talks on Friday, but that meeting was also put "
                    "off.", date(2025, 5, 1))
    assert found["Friday"] == "2025-05-02"


def test_a_day_a_meeting_had_been_planned_for_before_a_leader_decided_not_to_attend_is_ahead():
    text = ("The president has decided not to take part in a meeting with the prime minister that had been planned "
            "for Thursday on the sidelines of the summit, local media reported Wednesday.")
    assert _values(text, date(2023, 10, 4))["Thursday"] == "2023-10-05"
