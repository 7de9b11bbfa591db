"""Stretches of days written day-first ("from 26 May to 4 June", "between 26 May and 4 June"):
one expression with both ends for the events stage; TimeML still scores each end apart.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date, datetime

from summitry.events import extract_events
from summitry.model import Article
from summitry.time import tag
from summitry.time.evaluate import timeml_parts

DCT = date(2022, 5, 24)


def values(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.end_value) for t in tag(text, DCT)]


def test_a_day_first_stretch_across_two_months_is_one_range():
    assert values("The minister will tour the region from 26 May to 4 June.") == [
        ("26 May to 4 June", "2022-05-26", "2022-06-04")]


def test_between_two_days_is_a_range_and_two_days_joined_by_and_are_two_days():
    assert values("He will travel between 26 May and 4 June.") == [("26 May and 4 June", "2022-05-26", "2022-06-04")]
    assert values("He will travel between May 26 and June 4.") == [("May 26 and June 4", "2022-05-26", "2022-06-04")]
    assert values("Talks are set for May 26 and June 4.") == [("May 26", "2022-05-26", None), ("June 4", "2022-06-04", None)]


def test_timeml_scores_each_end_of_the_range():
    [stretch] = tag("from 26 May to 4 June", DCT)
    assert [(t.text, t.value) for t in timeml_parts(stretch)] == [("26 May", "2022-05-26"), ("4 June", "2022-06-04")]


def test_each_stop_of_a_tour_told_with_its_stretch_takes_the_whole_stretch():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2022, 5, 24, 9), paragraphs=[
        "Chinese Foreign Minister Wang Yi will visit Fiji, Tonga and Samoa between 26 May and 4 June, "
        "his ministry said on Tuesday."])
    visits = [m for m in extract_events(article) if m.kind == "visit"]
    assert len(visits) == 3 and {m.date for m in visits} == {"2022-05-26/2022-06-04"}


def test_an_invitation_to_visit_in_a_month_looks_ahead():
    february = date(2024, 2, 14)
    assert [t.value for t in tag("He announced that he had accepted an invitation to visit Turkey in April.", february)] \
        == ["2024-04"]
    assert [t.value for t in tag("He visited Turkey in April.", february)] == ["2023-04"]


def test_this_weekday_told_in_the_past_is_the_one_of_this_week_gone_by():
    thursday = date(2023, 12, 14)
    assert [t.value for t in tag("The president held this Wednesday a telephone conversation with Lula.", thursday)] \
        == ["2023-12-13"]
    assert [t.value for t in tag("The president will meet Ali this Friday.", thursday)] == ["2023-12-15"]
