"""Event facts: date intervals, merging, compatibility of two mentions, same person."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from summitry.events.facts import facts_compatible, interval, merge_date, same_person
from summitry.model import EventMention, Location, Person


@pytest.mark.parametrize("value, first, last", [
    ("2021-03-18", date(2021, 3, 18), date(2021, 3, 18)),  # day
    ("2021-03-18T14:30", date(2021, 3, 18), date(2021, 3, 18)),  # time of day
    ("2021-02", date(2021, 2, 1), date(2021, 2, 28)),  # month
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),  # leap month
    ("2010", date(2010, 1, 1), date(2010, 12, 31)),  # year
    ("2021-W11", date(2021, 3, 15), date(2021, 3, 21)),  # ISO week
    ("2021-Q2", date(2021, 4, 1), date(2021, 6, 30)),  # quarter
    ("2021-H2", date(2021, 7, 1), date(2021, 12, 31)),  # half
    ("2021-SU", date(2021, 6, 1), date(2021, 8, 31)),  # season
    ("2021-SP", date(2021, 3, 1), date(2021, 5, 31)),
    ("2021-WI", date(2021, 12, 1), date(2022, 2, 28)),  # winter runs into the next year
    ("2021-03-17/2021-03-18", date(2021, 3, 17), date(2021, 3, 18)),  # range
    ("2021-03/2021-05", date(2021, 3, 1), date(2021, 5, 31)),
    ("201", date(2010, 1, 1), date(2019, 12, 31)),  # decade
    ("201X", date(2010, 1, 1), date(2019, 12, 31)),
])
def test_interval_of_each_timex_form(value, first, last):
    assert interval(value) == (first, last)


@pytest.mark.parametrize("value", [None, "", "PAST_REF", "P3D", "2021-13", "2021-02-30"])
def test_interval_of_no_date(value):
    assert interval(value) is None


@pytest.mark.parametrize("old, new, merged", [
    ("2021-03", "2021-03-18", "2021-03-18"),  # finer wins
    ("2021-03-18", "2021-03", "2021-03-18"),  # whatever the order
    ("2021", "2021-Q1", "2021-Q1"),
    (None, "2021-03", "2021-03"),
    ("2021-03", None, "2021-03"),
    ("2021-03-17/2021-03-19", "2021-03-18", "2021-03-17/2021-03-19"),  # a stay keeps its range
    ("2021-03-18", "2021-03-17/2021-03-19", "2021-03-17/2021-03-19"),
    ("2021-03-18", "2021-04-02", "2021-03-18"),  # disjoint: the first stands
])
def test_merge_date(old, new, merged):
    assert merge_date(old, new) == merged


def mention(**kw) -> EventMention:
    base = dict(article="a", published=datetime(2023, 5, 10), type="CONSULT", kind="meeting", status="held",
                countries=["KOR", "JPN"])
    base.update(kw)
    return EventMention(**base)


PARK = Person("Park Jin", "Foreign Minister", "KOR")
HAYASHI = Person("Yoshimasa Hayashi", "Foreign Minister", "JPN")
KISHIDA = Person("Fumio Kishida", "Prime Minister", "JPN")
YOON = Person("Yoon Suk Yeol", "President", "KOR")


def test_compatible_when_facts_agree():
    assert facts_compatible(mention(date="2023-05"), mention(date="2023-05-08", participants=[PARK]))


def test_type_and_kind_must_agree():
    assert not facts_compatible(mention(), mention(type="AGREE", kind="agreement"))
    assert not facts_compatible(mention(), mention(kind="visit"))
    assert not facts_compatible(mention(), mention(kind="call"))
    assert facts_compatible(mention(), mention(kind="forum"))  # a forum is a kind of meeting


def test_a_meeting_is_a_summit_only_between_leaders():
    leaders = mention(participants=[YOON, KISHIDA])
    ministers = mention(participants=[PARK, HAYASHI])
    assert facts_compatible(mention(kind="summit"), leaders)
    assert not facts_compatible(mention(kind="summit"), ministers)


def test_dates_must_overlap():
    assert not facts_compatible(mention(date="2023-05-08"), mention(date="2023-05-09"))
    assert facts_compatible(mention(date="2023-05-08"), mention(date="2023-W19"))
    assert facts_compatible(mention(date="2023-05-08"), mention(date=None))


def test_places_must_agree():
    assert not facts_compatible(mention(location=Location("Tokyo", "JPN")), mention(location=Location("Seoul", "KOR")))
    assert not facts_compatible(mention(location=Location("Osaka", "JPN")), mention(location=Location("Tokyo", "JPN")))
    assert facts_compatible(mention(location=Location(None, "JPN")), mention(location=Location("Tokyo", "JPN")))


def test_ordinals_must_agree():
    assert not facts_compatible(mention(ordinal=5), mention(ordinal=6))
    assert facts_compatible(mention(ordinal=5), mention(ordinal=None))


def test_formats_and_series_must_agree():
    assert not facts_compatible(mention(format="2+2"), mention(format="trilateral"))
    assert facts_compatible(mention(format="2+2"), mention(format=None))
    assert not facts_compatible(mention(series="Strategic Dialogue"), mention(series="Economic Dialogue"))


def test_participants_one_list_within_the_other():
    assert facts_compatible(mention(participants=[PARK]), mention(participants=[PARK, HAYASHI]))
    assert facts_compatible(mention(participants=[Person("Park")]), mention(participants=[PARK, HAYASHI]))
    assert not facts_compatible(mention(participants=[PARK, HAYASHI]), mention(participants=[PARK, KISHIDA]))
    assert facts_compatible(mention(participants=[]), mention(participants=[PARK, KISHIDA]))


def test_a_named_event_and_an_unnamed_one_with_their_own_people_differ():
    named = mention(series="Korea-Japan Strategic Dialogue", participants=[PARK])
    unnamed = mention(participants=[PARK, HAYASHI])
    assert not facts_compatible(named, unnamed)
    assert facts_compatible(named, mention(participants=[]))


def test_a_two_plus_two_is_for_ministers():
    two_plus_two = mention(format="2+2")
    assert facts_compatible(two_plus_two, mention(participants=[PARK, HAYASHI]))
    assert not facts_compatible(two_plus_two, mention(participants=[YOON, KISHIDA]))
    assert not facts_compatible(mention(participants=[YOON]), two_plus_two)
    assert facts_compatible(two_plus_two, mention(participants=[Person("Lloyd Austin", "Defense Secretary", "USA")]))


def test_countries_compatible():
    assert facts_compatible(mention(countries=["KOR", "JPN"]), mention(countries=["KOR"]))
    assert not facts_compatible(mention(countries=["KOR", "JPN"]), mention(countries=["KOR", "CHN"]))
    assert facts_compatible(mention(countries=["KOR", "JPN", "USA"]), mention(countries=["JPN", "KOR"]))
    assert not facts_compatible(mention(countries=["KOR", "JPN", "USA"]), mention(countries=["KOR", "JPN", "CHN"]))


def test_anaphoric_reference_ignores_format_and_series():
    assert facts_compatible(mention(format="2+2", participants=[PARK]), mention(format="trilateral"), anaphoric=True)
    assert not facts_compatible(mention(participants=[PARK, HAYASHI]), mention(participants=[PARK, KISHIDA]),
                                anaphoric=True)


@pytest.mark.parametrize("a, b, same", [
    ("Biden", "Joe Biden", True),
    ("Joe Biden", "Biden", True),
    ("Joe Biden", "Joe Biden", True),
    ("Kim Man-ki", "Kim Yong-hyun", False),
    ("Kim", "Kim Yong-hyun", True),
    ("Yoon", "Yoon Suk Yeol", True),
    ("Suga", "Yoshihide Suga", True),
    ("Blinken", "Lloyd Austin", False),
    ("Joe", "Joe Biden", False),
])
def test_same_person(a, b, same):
    assert same_person(a, b) is same
