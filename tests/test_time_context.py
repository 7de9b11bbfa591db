"""Context rules of the temporal tagger: tense cues, anchors and word senses (own sentences)."""

from __future__ import annotations

from datetime import date

from summitry.time import tag

MON = date(2024, 10, 28)  # a Monday


def one(text: str, dct: date | None, phrase: str):
    """The single expression overlapping phrase in text."""
    start = text.index(phrase)
    found = [t for t in tag(text, dct) if t.start < start + len(phrase) and start < t.end]
    assert len(found) == 1, (phrase, found)
    return found[0]


def test_irregular_past_verb_after_the_expression_sets_the_tense():
    # "became" is past: the weekend is the one just gone, not the coming one.
    text = "Over the weekend the talks became more difficult for both delegations."
    assert one(text, MON, "the weekend").value == "2024-W43-WE"


def test_comparison_after_a_period_of_several_quarters_is_with_last_year():
    # After "the first nine months" a year-earlier figure compares that span, not the quarter.
    text = ("Profit in the third quarter rose to $5 million from $4 million a year earlier. "
            "For the first nine months, profit was $12 million, against $10 million a year earlier.")
    dct = date(2023, 10, 26)
    found = [t.value for t in tag(text, dct) if t.text == "a year earlier"]
    assert found == ["2022-Q3", "2022"]


def test_spoken_year_after_a_month_or_a_season():
    # Broadcast transcripts spell the year out; it belongs to the month or season before it.
    text = "The program began in March nineteen eighty-two and grew through the spring of nineteen ninety."
    dct = date(1998, 2, 20)
    assert one(text, dct, "March").value == "1982-03"
    assert one(text, dct, "spring").value == "1990-SP"


def test_previous_or_following_weekday_counts_from_the_day_last_mentioned():
    text = "The envoys arrived on Oct. 16, 2024. They had met the previous Friday in Rome."
    assert one(text, MON, "previous Friday").value == "2024-10-11"
    text = "The envoys arrived on Oct. 16, 2024, and were to meet again the following Monday."
    assert one(text, MON, "following Monday").value == "2024-10-21"


def test_set_adjective_before_a_noun_closing_the_sentence_is_no_recurrence():
    # "the annual meeting." names a kind of meeting, even with the period right after the noun.
    text = "Shareholders approved the plan at the annual meeting."
    assert [t.text for t in tag(text, MON)] == []


def test_a_unit_after_a_count_of_things_is_a_rate():
    # "six ferries a week" is a frequency (a SET), not a period of one week.
    text = "The port now handles six ferries a week, and the crews answer hundreds of calls a day."
    assert (one(text, MON, "a week").type, one(text, MON, "a week").value) == ("SET", "P1W")
    assert (one(text, MON, "a day").type, one(text, MON, "a day").value) == ("SET", "P1D")
    assert one("The talks lasted a week.", MON, "a week").type == "DURATION"


def test_today_for_the_present_age_is_no_day():
    # "today's young generation" speaks of the age we live in; "today's vote" of this very day.
    assert tag("Leaders worry about what today's young generation reads.", MON) == []
    assert one("Today's vote was delayed by the storm.", MON, "Today").value == "2024-10-28"


def test_possessive_weekday_leaves_the_ending_out_of_the_extent():
    t = one("Lawyers studied Wednesday's ruling all night.", MON, "Wednesday")
    assert (t.text, t.value) == ("Wednesday", "2024-10-23")


def test_days_later_in_a_story_is_dated_from_the_day_last_mentioned():
    # TimeML would mark "three days" a DURATION; the events stage needs the day it points to.
    text = "The ministers met in Oslo on May 3, 2024. Three days later the accord was signed."
    t = one(text, MON, "Three days later")
    assert (t.type, t.value) == ("DATE", "2024-05-06")
    text = "Profit rose to $5 million from $4 million a year earlier."
    assert one(text, MON, "a year earlier").value == "2023"


def test_extent_of_periods_after_a_preposition():
    # "over" before "the" is a preposition (no MORE_THAN); "the" of "the six months" belongs to it;
    # "in the past" tags "the past".
    t = one("Exports grew over the past three years.", MON, "past three years")
    assert (t.text, t.value, t.mod) == ("the past three years", "P3Y", None)
    t = one("In the six months to June, sales fell.", MON, "six months")
    assert (t.text, t.value) == ("the six months", "P6M")
    assert one("Such talks have failed in the past.", MON, "past").text == "the past"
    text = "Profit rose in the third quarter of 2023 from the 2022 quarter."
    assert one(text, MON, "2022").value == "2022-Q3"  # a year, not 2022 quarters


def test_fiscal_year_keeps_its_word():
    t = one("Sales should rise in fiscal 2025, the company said.", MON, "2025")
    assert (t.text, t.value) == ("fiscal 2025", "2025")


def test_recurring_months_and_parts_of_weekdays_are_sets():
    t = one("The fair opens each July in the old port.", MON, "July")
    assert (t.text, t.type, t.value) == ("each July", "SET", "XXXX-07")
    t = one("The club meets on Thursday evenings.", MON, "Thursday")
    assert (t.text, t.type, t.value) == ("Thursday evenings", "SET", "XXXX-WXX-4TEV")


def test_past_tense_month_two_months_ahead_is_last_year():
    # Said in late October: a past "in December" is last December; "in November" may be a plan.
    dct = date(2023, 10, 27)
    assert one("The firm changed its fiscal year in December.", dct, "December").value == "2022-12"
    assert one("The firm said it would list its shares in November.", dct, "November").value == "2023-11"


def test_agreement_to_act_points_ahead():
    # What was agreed to is done later: said in October, "in January" is next January.
    dct = date(2023, 10, 30)
    text = "The bank agreed to buy the insurer for $2 billion in January."
    assert one(text, dct, "January").value == "2024-01"


def test_over_the_years_is_an_unspecified_stretch():
    t = one("Over the years the two parties drifted apart.", MON, "years")
    assert (t.text, t.type, t.value) == ("the years", "DURATION", "PXY")


def test_then_current_is_the_past():
    t = one("Holders could buy shares at half the then current price.", MON, "current")
    assert (t.text, t.value) == ("then current", "PAST_REF")


def test_on_the_nth_is_a_day_of_the_months_the_story_is_in():
    dct = date(2022, 11, 15)
    assert one("The leaders will meet on the 17th, on the occasion of the summit.", dct, "17th").value == "2022-11-17"
    assert one("The leaders will meet on the 2nd in Bangkok.", dct, "2nd").value == "2022-12-02"  # ahead: next month
    assert one("The two sides met on the 28th in Bangkok.", dct, "28th").value == "2022-10-28"  # past: last month
    assert not [t for t in tag("The office is on the 17th floor.", dct)]


def test_first_half_of_a_coming_year_keeps_the_reported_quarter():
    # A forecast for the first half of next year is no reporting period: the quarter stays.
    text = ("Profit in the third quarter rose 5%. The slump will last through at least the first two "
            "quarters of 2024, the company said. In the year-ago period, profit was $3 million.")
    dct = date(2023, 10, 26)
    assert one(text, dct, "the first two quarters of 2024").value == "2024-H1"
    assert one(text, dct, "the year-ago period").value == "2022-Q3"


def test_year_earlier_period_after_several_quarters_is_that_span():
    # After "the nine months", the year-earlier period is a span of the same length.
    text = ("For the nine months, net rose to $9 million. In the year-earlier period, net was $7 million. "
            "Net for the year-earlier nine months included a gain.")
    dct = date(2023, 10, 26)
    assert one(text, dct, "the year-earlier period").value == "P9M"
    t = one(text, dct, "the year-earlier nine months")
    assert (t.text, t.value) == ("the year-earlier nine months", "P9M")


def test_time_with_its_conversion_in_parentheses():
    # "(0735 GMT)" converts the time; the weekday after it is an expression of its own.
    text = "The blast went off at about 10:35 a.m. (0735 GMT) Friday near the station."
    sat = date(2024, 11, 2)
    t = one(text, sat, "10:35 a.m.")
    assert (t.text, t.value) == ("10:35 a.m.", "2024-11-01T10:35")
    assert one(text, sat, "Friday").value == "2024-11-01"
    # The day said inside the parenthesis belongs to the time before it as well.
    text = "The envoy will leave at 4 in the morning (4 a.m. EDT Thursday), his office said."
    assert one(text, date(2024, 10, 30), "4 in the morning").value == "2024-10-31T04:00"


def test_day_before_a_date_said_after_it():
    text = "The day before last Tuesday's hearing, the envoy met the family. He testified the next morning."
    thu = date(2024, 10, 31)
    t = one(text, thu, "The day before")
    assert (t.text, t.value) == ("The day before last Tuesday", "2024-10-28")
    assert one(text, thu, "the next morning").value == "2024-10-29"


def test_day_before_in_apposition_renames_the_date():
    text = "Shares fell on Oct. 12, the day before the crash, and recovered later."
    assert one(text, date(2024, 10, 30), "the day before").value == "2024-10-12"


def test_plan_in_the_past_perfect_points_back():
    # "had been due to" reports a plan of the past: the Friday is the one just gone.
    text = "The offer was extended to Nov. 16. It had been due to expire Friday evening."
    assert one(text, MON, "Friday").value[:10] == "2024-10-25"  # the evening of that day (TEV)
    assert one("The offer is due to expire Friday evening.", MON, "Friday").value[:10] == "2024-11-01"


def test_a_day_judged_in_a_quote_is_the_day_of_the_story():
    text = 'WARSAW, March 12 -- The treaty took effect. The minister said it was "a great day for Poland."'
    t = one(text, date(1999, 3, 13), "day for")
    assert (t.text, t.value) == ("day", "1999-03-12")
    # "Today" already names the day: no second expression.
    assert [t.text for t in tag("Today is a sad day for the court.", MON)] == ["Today"]
