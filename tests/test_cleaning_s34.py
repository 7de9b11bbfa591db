"""Publication dates on pages written for these tests: a numeric day that reads both ways settled by
the month the story names with a day, and a German "Stand:" (as of) line."""

from __future__ import annotations

from datetime import datetime

from conftest import clean_page

HEADLINE = "Ministers of two river states agree on a shared dam study"
LEAD = ("The water ministers of the two states agreed on Monday to commission a joint study of the dam, "
        "their offices said after talks in the border town.")
LAST = "The study is to be presented at a further meeting of the ministers on December 14."
URL = "https://rivers.example.com/news/ministers-agree-dam-study/"


def test_a_numeric_day_reads_the_way_the_story_s_month_says():
    article = clean_page([HEADLINE, "12/04/2023", LEAD, LAST], URL)
    assert article.published == datetime(2023, 12, 4)


def test_a_numeric_day_without_such_a_month_reads_day_first():
    article = clean_page([HEADLINE, "12/04/2023", LEAD, "The study is to be presented at a further meeting."], URL)
    assert article.published == datetime(2023, 4, 12)


def test_a_dotted_day_reads_day_first_whatever_months_the_story_names():
    # dots are the European form: "12.04.2023" is 12 April even where the story names December 14
    article = clean_page([HEADLINE, "12.04.2023 10:37", LEAD, LAST], URL)
    assert article.published == datetime(2023, 4, 12, 10, 37)


def test_the_url_day_outweighs_the_story_s_months():
    url = "https://rivers.example.com/2023/04/12/ministers-agree-dam-study/"
    article = clean_page([HEADLINE, "12/04/2023", LEAD, LAST], url)
    assert article.published == datetime(2023, 4, 12)


def test_a_german_stand_line_dates_the_page():
    article = clean_page([HEADLINE, "Stand: 26.10.2024 14:20 Uhr", LEAD, LAST], URL)
    assert article.published == datetime(2024, 10, 26, 14, 20)


def test_a_date_in_a_row_of_columns_with_a_desk_credit_and_a_category():
    article = clean_page([HEADLINE, "By Press Desk     Date 14 November 2023     Category: News", LEAD, LAST], URL)
    assert article.published == datetime(2023, 11, 14)


def test_a_weekday_between_the_day_and_its_time():
    article = clean_page([HEADLINE, "07.06.2022 , Tuesday 17:33", LEAD, LAST], URL)
    assert article.published == datetime(2022, 6, 7, 17, 33)


def test_a_section_label_with_of_before_the_date_is_a_date_line():
    article = clean_page([HEADLINE, "General News of Friday, 14 April 2023", LEAD, LAST], URL)
    assert article.published == datetime(2023, 4, 14)


def test_a_date_line_credited_to_an_agency_s_desk_in_a_town():
    article = clean_page([HEADLINE, "Published on 05.07.2024 at 13h21 by APA-Niamey (Niger)", LEAD, LAST], URL)
    assert article.published == datetime(2024, 7, 5, 13, 21) and article.paragraphs[0] == LEAD


def test_a_french_added_on_line_dates_the_page():
    article = clean_page([HEADLINE, "Ajouté le 7 juillet 2024 à 08:50", LEAD, LAST], URL)
    assert article.published == datetime(2024, 7, 7, 8, 50) and article.paragraphs[0] == LEAD
