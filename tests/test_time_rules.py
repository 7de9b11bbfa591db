"""Unit tests of the temporal tagger, one family of expressions at a time (own example sentences)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from summitry.time import is_valid_value, tag

FRI = date(2021, 3, 5)  # a Friday
MON = date(2024, 10, 28)  # a Monday


def one(text: str, dct: date | None, phrase: str):
    """The single expression overlapping phrase in text."""
    start = text.index(phrase)
    found = [t for t in tag(text, dct) if t.start < start + len(phrase) and start < t.end]
    assert len(found) == 1, (phrase, found)
    t = found[0]
    assert text[t.start:t.end] == t.text
    return t


def values(text: str, dct: date | None) -> list[str]:
    return [t.interval for t in tag(text, dct)]


@pytest.mark.parametrize("text, phrase, value", [
    ("The deal was signed on Oct. 28, 2024 in Seoul.", "Oct. 28, 2024", "2024-10-28"),
    ("The last meeting was held in October 2016.", "October 2016", "2016-10"),
    ("The forum was founded in 2010 by three states.", "2010", "2010"),
    ("Ministers met on 5 March 2019 in Paris.", "5 March 2019", "2019-03-05"),
    ("The file is dated 2020-11-03 and was leaked.", "2020-11-03", "2020-11-03"),
    ("The treaty took effect on Monday, Oct. 26, 1998.", "Monday, Oct. 26, 1998", "1998-10-26"),
])
def test_absolute_dates(text, phrase, value):
    t = one(text, FRI, phrase)
    assert (t.type, t.value) == ("DATE", value)


def test_year_less_date_takes_the_year_of_the_context():
    assert one("Envoys will meet on March 18 in Geneva.", FRI, "March 18").value == "2021-03-18"
    assert one("Envoys met on Dec. 20 in Geneva.", date(2021, 1, 6), "Dec. 20").value == "2020-12-20"
    assert one("Envoys will meet on Jan. 10 in Geneva.", date(2021, 11, 20), "Jan. 10").value == "2022-01-10"
    assert one("A caption photo taken in this March 18 file image.", MON, "March 18").value == "2024-03-18"


@pytest.mark.parametrize("text, phrase, start, end", [
    ("The ministers will visit Seoul on March 17-18.", "March 17-18", "2021-03-17", "2021-03-18"),
    ("The forum is slated for June 4-5 in Singapore.", "June 4-5", "2021-06-04", "2021-06-05"),
    ("Talks will run from May 12 to 14 in Hanoi.", "May 12 to 14", "2021-05-12", "2021-05-14"),
    ("The drills ran March 30-April 2 near the border.", "March 30-April 2", "2021-03-30", "2021-04-02"),
    ("The state visit takes place on 22 and 23 March.", "22 and 23 March", "2021-03-22", "2021-03-23"),
    ("The talks run from 8 to 10 March in Accra.", "8 to 10 March", "2021-03-08", "2021-03-10"),
])
def test_date_ranges(text, phrase, start, end):
    t = one(text, FRI, phrase)
    assert (t.value, t.end_value) == (start, end)


def test_weekday_follows_the_tense_of_its_sentence():
    text = "The envoys met on Wednesday in Tokyo. They will meet again on Thursday in Seoul."
    assert values(text, MON) == ["2024-10-23", "2024-10-31"]
    assert one("The talks will take place in Washington on Thursday.", MON, "Thursday").value == "2024-10-31"
    assert one("Officials said Monday that the plan stands.", MON, "Monday").value == "2024-10-28"
    assert one("He said on Tuesday that talks will resume on Friday.", FRI, "Friday").value == "2021-03-05"
    assert one("Talks are scheduled for Saturday.", FRI, "Saturday").value == "2021-03-06"
    assert one("She arrived last Friday.", FRI, "last Friday").value == "2021-02-26"
    assert one("The photo shows the minister in Tokyo, Japan, Tuesday.", date(2021, 3, 17), "Tuesday").value == "2021-03-16"


def test_weekday_pairs():
    t = one("The dialogue was held in Washington on Wednesday and Thursday.", date(2021, 5, 14), "Wednesday and Thursday")
    assert (t.value, t.end_value) == ("2021-05-12", "2021-05-13")
    assert values("Leaders met on Monday and Wednesday.", FRI) == ["2021-03-01", "2021-03-03"]


@pytest.mark.parametrize("phrase, value", [
    ("this week", "2021-W09"), ("next week", "2021-W10"), ("last week", "2021-W08"),
    ("later this month", "2021-03"), ("earlier this month", "2021-03"), ("next month", "2021-04"),
    ("last year", "2020"), ("this year", "2021"), ("next year", "2022"),
    ("the second half of the year", "2021-H2"), ("the first quarter", "2021-Q1"),
    ("the third quarter of 2019", "2019-Q3"),
])
def test_relative_periods(phrase, value):
    t = one(f"Officials said it happens {phrase} in the capital.", FRI, phrase)
    assert (t.type, t.value) == ("DATE", value)


def test_as_early_as():
    assert one("A meeting could take place as early as next month.", date(2021, 5, 14), "next month").value == "2021-06"
    assert one("A meeting could take place as early as April.", FRI, "April").value == "2021-04"


@pytest.mark.parametrize("text, phrase, value, mod", [
    ("The vote will be held in early December.", "early December", "2021-12", "START"),
    ("Prices rose sharply in the late 1990s.", "late 1990s", "199", "END"),
    ("Growth slowed in the 1990s, he said.", "1990s", "199", None),
    ("The plant opened in mid-2019 after delays.", "mid-2019", "2019", "MID"),
])
def test_period_modifiers(text, phrase, value, mod):
    t = one(text, FRI, phrase)
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize("text, phrase, value", [
    ("The economy is now recovering.", "now", "PRESENT_REF"),
    ("Talks are currently stalled.", "currently", "PRESENT_REF"),
    ("Ties have recently improved.", "recently", "PAST_REF"),
    ("They will talk today.", "today", "2021-03-05"),
    ("They talked yesterday.", "yesterday", "2021-03-04"),
    ("They will talk tomorrow.", "tomorrow", "2021-03-06"),
    ("The minister will speak tonight.", "tonight", "2021-03-05"),
    ("The border closed two years ago.", "two years ago", "2019"),
    ("The border closed three days ago.", "three days ago", "2021-03-02"),
    ("Envoys met last fall in Oslo.", "last fall", "2020-FA"),
    ("The ceasefire collapsed on Monday morning.", "Monday morning", "2021-03-01"),
    ("The rally was held on Thanksgiving Day.", "Thanksgiving Day", "2020-11-26"),
])
def test_relative_references(text, phrase, value):
    assert one(text, FRI, phrase).value == value


def test_time_of_day_takes_the_date_of_its_context():
    t = one("Blinken is set to begin talks at 6:30 p.m.", date(2021, 3, 17), "6:30 p.m.")
    assert (t.type, t.value) == ("TIME", "2021-03-17T18:30")
    t = one("The blast occurred at about 10:35 a.m. Friday, police said.", date(2021, 3, 6), "10:35 a.m.")
    assert t.value == "2021-03-05T10:35"
    assert one("The deadline is 9 a.m. Tuesday.", datetime(2021, 3, 5, 14, 0), "9 a.m.").value == "2021-03-09T09:00"


@pytest.mark.parametrize("text, phrase, value, type_", [
    ("They returned after a three-day trip to Japan.", "three-day", "P3D", "DURATION"),
    ("The truce lasted six months.", "six months", "P6M", "DURATION"),
    ("The flight took 16 hours.", "16 hours", "PT16H", "DURATION"),
    ("The siege lasted for hours.", "hours", "PTXH", "DURATION"),
    ("Inflation has doubled over the past two years.", "the past two years", "P2Y", "DURATION"),
    ("Washington will finish its review in the coming weeks.", "the coming weeks", "PXW", "DURATION"),
    ("Ties have improved in recent years.", "recent years", "PXY", "DURATION"),
    ("Talks have stalled for almost five years.", "almost five years", "P5Y", "DURATION"),
    ("The security forum meets annually in June.", "annually", "P1Y", "SET"),
    ("The summit is held every two years.", "every two years", "P2Y", "SET"),
    ("The bulletin is published weekly.", "weekly", "P1W", "SET"),
    ("Inspectors visit twice a year.", "twice a year", "P1Y", "SET"),
])
def test_durations_and_sets(text, phrase, value, type_):
    t = one(text, FRI, phrase)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize("text", [
    "We may hold a 2+2 meeting soon, we said.",
    "Some 28,500 troops are stationed there.",
    "The Sunday Times reported the story.",
    "Prime Minister Theresa May spoke to reporters.",
    "Thousands march in the streets of the capital.",
    "Jan Kavan and Janos Martonyi signed the text.",
    "It is a second term for the leader and a quarter of voters agree.",
    "The UN adopted Resolution 1874 unanimously.",
])
def test_non_dates(text):
    assert tag(text, FRI) == []


def test_without_a_reference_date():
    text = "They met on Wednesday and will meet next week, on March 18, at 6:30 p.m., as they did last year."
    found = tag(text, None)
    assert [t.value for t in found] == ["XXXX-WXX-3", "FUTURE_REF", "XXXX-03-18", "XXXX-XX-XXT18:30", "PAST_REF"]
    assert all(is_valid_value(t.value) for t in found)


def test_each_sentence_of_an_article_uses_its_own_tense():
    article = ("Seoul and Washington held talks on Wednesday.\n\n"
               "The two sides said they will meet again on Thursday in Tokyo.\n\n"
               "Officials met on Tuesday to prepare.")
    assert values(article, MON) == ["2024-10-23", "2024-10-31", "2024-10-22"]


def test_offsets_and_order():
    text = "On Friday, March 5, 2021, officials said talks will follow next week and last for three days."
    found = tag(text, FRI)
    assert [t.text for t in found] == ["Friday, March 5, 2021", "next week", "three days"]
    assert all(text[t.start:t.end] == t.text for t in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize("text, phrase, value", [
    ("He fled in June 1998 and returned later that year.", "later that year", "1998"),
    ("The pact was signed in March 2019; talks resumed later that month.", "later that month", "2019-03"),
    ("The site was attacked last October and closed that same day.", "that same day", "2020-10-XX"),
    ("Troops left on March 3, 2020. The next day, talks began.", "The next day", "2020-03-04"),
    ("The rule has changed in the past four years.", "the past four years", "P4Y"),
    ("The post-1959 politics split families.", "post-1959", "1959"),
])
def test_anchored_and_bounded_references(text, phrase, value):
    assert one(text, FRI, phrase).value == value


@pytest.mark.parametrize("text, absent", [
    ("Now the alliance faces a harder task.", "Now"),
    ("The official China Daily printed the letter.", "Daily"),
    ("The People's Daily printed the letter.", "Daily"),
    ("The standoff was a high noon for the party.", "noon"),
])
def test_words_that_are_no_time_here(text, absent):
    start = text.index(absent)
    assert not [t for t in tag(text, FRI) if t.start < start + len(absent) and start < t.end]


def test_holiday_week_rates_and_graded_references():
    assert one("Pilgrims arrived as Easter week began.", date(2000, 4, 17), "Easter week").value == "2000-W16"
    text = "Guards stood outside 24 hours a day."  # a rate, all the time: neither part is a period
    assert [t.text for t in tag(text, FRI)] == []
    text = "Three envoys were expelled, most recently last October."
    assert [t.text for t in tag(text, FRI)] == ["last October"]
    text = "She toured Nairobi later in the day before returning home."
    assert tag(text, FRI) == []


@pytest.mark.parametrize("text, phrase, value, type_", [
    ("It was the worst war of the 20th century.", "the 20th century", "19", "DATE"),
    ("Empires fell in the nineteenth century.", "the nineteenth century", "18", "DATE"),
    ("The council meets on Tuesdays.", "Tuesdays", "XXXX-WXX-2", "SET"),
    ("The pact was signed in 1994. The following year, it failed.", "The following year", "1995", "DATE"),
    ("Talks began on May 3, 1996 and resumed the following week.", "the following week", "1996-W19", "DATE"),
    ("They arrived in March 1990, a day after leaving the previous month.", "the previous month", "1990-02", "DATE"),
])
def test_centuries_plural_weekdays_and_anchored_shifts(text, phrase, value, type_):
    t = one(text, FRI, phrase)
    assert (t.type, t.value) == (type_, value)


OCT = date(1989, 10, 26)  # a Thursday in the fourth quarter


@pytest.mark.parametrize("text, phrase, value", [
    ("The bank posted a third-quarter loss of $5 million.", "third-quarter", "1989-Q3"),
    ("The firm expects a fourth-quarter charge for the layoffs.", "fourth-quarter", "1989-Q4"),
    ("The miner reported fiscal second-quarter profit.", "fiscal second-quarter", "1989-Q2"),
    ("Sales in this year's third quarter were flat.", "this year's third quarter", "1989-Q3"),
    ("The unit may be spun off as early as next year's first quarter.", "next year's first quarter", "1990-Q1"),
    ("The loss in the 1988 third quarter was smaller.", "the 1988 third quarter", "1988-Q3"),
])
def test_quarters_of_business_news(text, phrase, value):
    t = one(text, OCT, phrase)
    assert (t.type, t.value) == ("DATE", value)


def test_a_quarter_not_yet_begun_is_last_years_in_a_report():
    assert one("The chain said profit fell in the fourth quarter.", date(1998, 1, 26), "the fourth quarter").value == "1997-Q4"
    assert one("The chain expects growth in the fourth quarter.", date(1998, 1, 26), "the fourth quarter").value == "1998-Q4"


def test_reported_quarter_and_its_comparisons():
    text = ("The brewer reported third-quarter net income of $9 million. In the year-ago quarter it earned $8 million. "
            "Revenue in the latest quarter rose to $90 million from $80 million a year earlier. "
            "The year-ago results included a gain. During the quarter, it sold a plant. "
            "In the 1988 period, sales were lower than in the comparable period last year.")
    found = {t.text: t.value for t in tag(text, OCT)}
    assert found["third-quarter"] == "1989-Q3"
    assert found["the year-ago quarter"] == "1988-Q3"
    assert found["the latest quarter"] == "1989-Q3"
    assert found["a year earlier"] == "1988-Q3"
    assert found["year-ago"] == "1988-Q3"
    assert found["the quarter"] == "1989-Q3"
    assert found["the 1988 period"] == "1988-Q3"
    assert found["the comparable period last year"] == "1988-Q3"


def test_reporting_periods_without_a_quarter_in_view():
    assert one("Profit rose in the quarter, the airline said.", OCT, "the quarter").value == "1989-Q3"
    assert one("Compared with year-earlier sales, orders rose.", OCT, "year-earlier").value == "1988"
    assert one("The drought hurt crops a year ago.", OCT, "a year ago").value == "1988"
    assert [t.text for t in tag("Prices in the period were volatile; a quarter of the staff left.", OCT)] == []


@pytest.mark.parametrize("text, phrase, value, type_", [
    ("Sales for the year were $6 billion.", "the year", "1989", "DATE"),
    ("The chain forecast gains for the full year.", "the full year", "1989", "DATE"),
    ("It earned $3 million in the year ended June 30.", "the year", "P1Y", "DURATION"),
    ("Output will grow in the current quarter.", "the current quarter", "1989-Q4", "DATE"),
    ("Hiring slowed over the past year.", "the past year", "1988", "DATE"),
    ("Wages stalled over the past decade.", "the past decade", "P10Y", "DURATION"),
])
def test_the_year_and_current_or_past_periods(text, phrase, value, type_):
    t = one(text, OCT, phrase)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize("text, phrase, value", [
    ("In nineteen ninety-one the bank collapsed.", "nineteen ninety-one", "1991"),
    ("The games of nineteen ninety-six were marred by a bomb.", "nineteen ninety-six", "1996"),
    ("The invasion of nineteen seventy-nine changed the city.", "nineteen seventy-nine", "1979"),
    ("The plan promised jobs by the year two thousand.", "the year two thousand", "2000"),
])
def test_years_said_in_words(text, phrase, value):
    t = one(text, FRI, phrase)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize("text, phrase, value", [
    ("The envoy will speak this evening.", "this evening", "2021-03-05TEV"),
    ("The minister flew out this morning.", "this morning", "2021-03-05TMO"),
    ("The network first reported the story last night.", "last night", "2021-03-04TNI"),
    ("The talks resumed yesterday afternoon.", "yesterday afternoon", "2021-03-04TAF"),
])
def test_parts_of_the_day(text, phrase, value):
    t = one(text, FRI, phrase)
    assert (t.type, t.value) == ("TIME", value)


def test_a_weekday_with_its_part_of_the_day_is_dated_to_the_day():
    t = one("Crowds gathered on Sunday night in the square.", FRI, "Sunday night")
    assert (t.type, t.value) == ("DATE", "2021-02-28")


@pytest.mark.parametrize("text, phrase, value", [
    ("The refugees lived in the camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    ("The alarm sounded a minute and a half later.", "a minute and a half", "PT1M30S"),
    ("The vote took an hour and a half.", "an hour and a half", "PT1H30M"),
])
def test_fractions_are_said_in_the_smaller_unit(text, phrase, value):
    assert one(text, FRI, phrase).value == value


def test_decade_with_apostrophe_takes_the_century_of_the_reference_date():
    assert one("Sales were flat through the '80s.", date(1989, 10, 26), "'80s").value == "198"
    assert one("Growth returned in the '20s.", date(2024, 5, 1), "'20s").value == "202"


def test_last_half_of_a_year_and_next_year_or_so():
    assert one("Profit will fall in the last half of 1989.", OCT, "the last half of 1989").value == "1989-H2"
    assert one("The plants will close over the next year or so.", OCT, "the next year").value == "1990"


def test_adjectives_after_a_determiner_are_no_past_tense():
    text = "The dividend would be paid on a still unspecified date in January."
    assert one(text, OCT, "January").value == "1990-01"
    assert one("The talks, set to resume Monday, were delayed.", date(1998, 3, 22), "Monday").value == "1998-03-23"


def test_noon_with_a_weekday_and_rates_per_year():
    t = one("Negotiations broke off at noon Thursday.", FRI, "noon Thursday")
    assert (t.type, t.value) == ("TIME", "2021-03-04T12:00")
    t = one("The merger will save $500 million a year in costs.", FRI, "a year")
    assert (t.type, t.value) == ("SET", "P1Y")


@pytest.mark.parametrize("text, absent", [
    ("The board raised its quarterly dividend by a cent.", "quarterly"),
    ("Shareholders met at the annual meeting in Denver.", "annual"),
    ("The country imports about three-quarters of its grain.", "three-quarters"),
    ('The minister said on "This Week" that talks would go on.', "This Week"),
    ("This is the Evening News with VOA Today.", "Today"),
    ('He said on ABC\'s "This Week With Jane Doe" that talks would go on.', "This Week"),
    ("The two engineers set up a software firm called Orion 1980 in Budapest.", "1980"),
    ("If I were choosing the leaders of tomorrow, I would pick them.", "tomorrow"),
    ("Critics gathered at the annual March for Peace in the capital.", "annual"),
    ("The vote will decide the future of the alliance.", "future"),
    ("We face a future in which weapons are cheaper.", "future"),
    ("There were twelve members at the time of its founding.", "the time"),
])
def test_attributes_fractions_and_titles_are_no_times(text, absent):
    start = text.index(absent)
    assert not [t for t in tag(text, FRI) if t.start < start + len(absent) and start < t.end]


@pytest.mark.parametrize("text, phrase, value, type_", [
    ("The company lost money in the past two quarters.", "the past two quarters", "P2Q", "DURATION"),
    ("Interest is paid every quarter.", "every quarter", "P1Q", "SET"),
    ("Markets are calmer these days.", "these days", "PRESENT_REF", "DATE"),
    ("The shares may fall in the short term.", "the short term", "FUTURE_REF", "DATE"),
    ("The bonds will be sold at a later date.", "a later date", "FUTURE_REF", "DATE"),
])
def test_quarter_durations_and_vague_references(text, phrase, value, type_):
    t = one(text, OCT, phrase)
    assert (t.type, t.value) == (type_, value)


def test_reported_quarter_is_the_latest_ended_one():
    text = "Profit rose in the third quarter after a flat second quarter. It fell from a year ago."
    assert one(text, date(1989, 11, 1), "a year ago").value == "1988-Q3"


@pytest.mark.parametrize("text, phrase, value, type_", [
    ("Numbers will keep rising through the nineties, he said.", "the nineties", "199", "DATE"),
    ("Jazz flourished in the twenties.", "the twenties", "192", "DATE"),
    ("The deal should close by year-end.", "year-end", "1989", "DATE"),
    ("The index is up 8% since year-end.", "year-end", "1988", "DATE"),
    ("Funds may sell bonds in the weeks ahead.", "the weeks ahead", "PXW", "DURATION"),
    ("Growth may slow over the next couple of years.", "the next couple of years", "P2Y", "DURATION"),
    ("The loan may run for an additional year.", "an additional year", "P1Y", "DURATION"),
    ("The index recovered within eight trading days.", "eight trading days", "P8D", "DURATION"),
])
def test_spoken_decades_year_end_and_qualified_periods(text, phrase, value, type_):
    t = one(text, OCT, phrase)
    assert (t.type, t.value) == (type_, value)


WED = date(2024, 10, 30)  # a Wednesday


@pytest.mark.parametrize("text, phrase, value", [
    ("The summit that opens on Friday will focus on trade.", "Friday", "2024-11-01"),
    ("The ministers met on Friday in Rome.", "Friday", "2024-10-25"),
    ("The envoy said on Monday that both sides will meet again on Friday.", "Monday", "2024-10-28"),
    ("The envoy said on Monday that both sides will meet again on Friday.", "Friday", "2024-11-01"),
    ("A forum that was held in March drew few leaders.", "March", "2024-03"),
    ("A forum that will be held in March is expected to draw leaders.", "March", "2025-03"),
    ("Officials said the visit, planned for Saturday, was called off.", "Saturday", "2024-11-02"),
    ("The talks, which begin on Monday, follow a round held in Oslo.", "Monday", "2024-11-04"),
    ("The new tariff rules take effect in June.", "June", "2025-06"),
])
def test_the_governing_predicate_decides_the_direction(text, phrase, value):
    assert one(text, WED, phrase).value == value


def test_the_year_next_to_another_is_no_current_year():
    assert [t.text for t in tag("Sales fell to $3 million last year from $4 million the year before.", OCT)] == ["last year"]


def test_clock_with_a_date_and_modified_parts_of_the_day():
    t = one("The offer was extended until 5 p.m. EST Nov. 9.", OCT, "5 p.m. EST Nov. 9")
    assert (t.type, t.value) == ("TIME", "1989-11-09T17:00")
    t = one("Shares were up at mid-afternoon yesterday in London.", OCT, "mid-afternoon yesterday")
    assert (t.type, t.value, t.mod) == ("TIME", "1989-10-25TAF", "MID")


def test_a_noun_between_copula_and_past_form_keeps_it_finite():
    text = "Following are remarks made Thursday by the envoy."
    assert one(text, date(1998, 2, 6), "Thursday").value == "1998-02-05"
    assert one("The talks will be held on Thursday.", date(1998, 2, 6), "Thursday").value == "1998-02-12"


def test_as_of_today_and_a_year_after_a_preposition_stay_times():
    assert one("As of today, ten states have signed.", FRI, "today").value == "2021-03-05"
    assert one("The plant opened In 1980, the report says.", FRI, "1980").value == "1980"


def test_a_plural_part_of_day_after_two_weekdays_is_two_sets():
    text = "Flights will leave on Monday and Tuesday nights from March 30."
    found = [(t.text, t.type, t.value) for t in tag(text, FRI)]
    assert ("Monday", "SET", "XXXX-WXX-1TNI") in found
    assert ("Tuesday nights", "SET", "XXXX-WXX-2TNI") in found


def test_or_so_before_ago_is_part_of_the_expression():
    t = one("Then, a week or so ago, the general picked a date.", date(1991, 2, 25), "a week")
    assert (t.text, t.type) == ("a week or so ago", "DATE")


def test_references_of_the_past_and_of_some_day():
    t = one("More recently it has followed the growth of militias.", FRI, "recently")
    assert (t.text, t.value) == ("More recently", "PAST_REF")
    t = one("He spoke in a speech, saying at the time he was willing to talk.", FRI, "the time")
    assert (t.text, t.value) == ("the time", "PAST_REF")
    t = one("Islam will one day be the second religion of the country.", FRI, "one day")
    assert (t.type, t.value) == ("DATE", "FUTURE_REF")
    assert one("The strike lasted one day in May.", FRI, "one day").value == "P1D"
    assert one("The visit was cut to one day.", FRI, "one day").value == "P1D"
    # A date after the degree word keeps the reference out: the date says when.
    assert not [t for t in tag("Doctors were killed, most recently last October.", FRI) if t.text.endswith("recently")]


def test_two_ordinal_quarters():
    text = "Most sales are usually made in the second and fourth quarters."
    found = [(t.text, t.type, t.value) for t in tag(text, FRI)]
    assert found == [("the second", "SET", "XXXX-Q2"), ("fourth quarters", "SET", "XXXX-Q4")]
    text = "Output will slow in the second and third quarters of 2022."
    assert [t.value for t in tag(text, FRI)] == ["2022-Q2", "2022-Q3"]


def test_a_set_word_used_as_a_noun_is_a_payment():
    assert not tag("The firm declared its initial quarterly of five cents a share.", FRI)


def test_in_so_many_units_after_a_future_verb_is_that_date():
    t = one("The notes will be redeemed in five years, the bank said.", FRI, "five years")
    assert (t.type, t.value) == ("DATE", "2026")
    t = one("The plant was built in two years by local firms.", FRI, "two years")
    assert (t.type, t.value) == ("DURATION", "P2Y")


def test_two_ordinal_quarters_of_the_story_year():
    assert [t.value for t in tag("Profit fell in the first and second quarters.", FRI)] == ["2020-Q1", "2020-Q2"]
    assert [t.value for t in tag("Profit fell in the first and second quarters.", date(2021, 10, 26))] == \
        ["2021-Q1", "2021-Q2"]
    text = "Sales will grow in the third and fourth quarters of this year."
    assert [t.value for t in tag(text, FRI)] == ["2021-Q3", "2021-Q4"]


def test_a_day_after_being_and_a_participle_is_at_hand_whatever_the_main_verb():
    text = "The minister urged his counterpart to talk ahead of a summit being held on Friday in Hanoi."
    assert one(text, MON, "Friday").value == "2024-11-01"  # not the Friday before


def test_a_day_of_an_event_someone_planned_lies_ahead_though_the_verb_is_past():
    text = "Farmers planned a march on the capital on Saturday, their union said."
    assert one(text, MON, "Saturday").value == "2024-11-02"  # not the Saturday before
    assert one("Farmers marched on the capital on Saturday.", MON, "Saturday").value == "2024-10-26"


def test_a_term_extended_through_a_month_ends_ahead_of_the_story():
    story = date(2023, 10, 9)
    text = "The lenders extended the credit line through March, the ministry said."
    assert one(text, story, "March").value == "2024-03"
    assert one("Exports grew steadily through March, the ministry said.", story, "March").value == "2023-03"


def test_in_so_many_years_after_the_first_is_a_span_not_a_date_ahead():
    [t] = [x for x in tag("It would have been the first visit by a Chinese president in 15 years.", date(2023, 5, 10))]
    assert (t.type, t.value) == ("DURATION", "P15Y")
    [t] = [x for x in tag("The loan will be repaid in five years.", date(2023, 5, 10))]
    assert (t.type, t.value) == ("DATE", "2028")


def test_the_day_after_a_dated_occasion_is_the_day_after_its_date():
    t = one("The two leaders spoke by phone the day after the November 5 vote.", date(2024, 11, 16), "the day after")
    assert t.value == "2024-11-06"


def test_a_month_of_that_year_takes_the_year_named_before():
    text = "They last met in November 2022. Contacts froze after a visit to Taiwan in August that year."
    assert one(text, date(2024, 5, 31), "August").value == "2022-08"
    text = "The treaty was signed in 2019. Talks resumed in May of the same year."
    assert one(text, date(2024, 5, 31), "May").value == "2019-05"


def test_a_weekday_before_a_past_verb_of_agreeing_is_the_day_gone():
    from datetime import datetime
    from summitry.time import tag
    # published Friday 20 December 2024: "on Thursday agreed to" is the day before, "agreed to meet on Thursday" ahead
    assert [t.value for t in tag("The two leaders on Thursday agreed to expand trade.", datetime(2024, 12, 20))] == ["2024-12-19"]
    assert [t.value for t in tag("The two leaders agreed to meet again on Thursday.", datetime(2024, 12, 20))] == ["2024-12-26"]


def test_a_meeting_convened_for_a_weekday_and_called_off_is_on_the_nearest_one():
    found = tag("Honduras on Wednesday called off an emergency meeting of regional leaders that the president "
                     "had convened for Thursday.", datetime(2025, 1, 29, 21, 37))
    assert [(t.text, t.value) for t in found] == [("Wednesday", "2025-01-29"), ("Thursday", "2025-01-30")]


def test_a_plan_pencilled_in_or_on_a_schedule_is_ahead():
    found = tag("Mitsotakis leaves for New York on Monday, with a meeting with Erdogan pencilled in for Wednesday. "
                "His schedule also includes talks with Aoun on Tuesday and a reception hosted by the community on "
                "Monday evening.", datetime(2025, 9, 21, 19, 48))
    assert [(t.text, t.value[:10]) for t in found][:4] == [("Monday", "2025-09-22"), ("Wednesday", "2025-09-24"),
                                                         ("Tuesday", "2025-09-23"), ("Monday evening", "2025-09-22")]
