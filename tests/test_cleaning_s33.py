"""Scraped-page cleaning on more outlets' habits, with pages written for these tests: a notice on how the
press may apply to cover an event under a release, a site's language edition named as its masthead, a
time under its day with its hour's unit or a space astray after its colon, a time opening a date line
before a day given without its year, a field of the page's template left unfilled beside the date, the
text-size buttons under their label, and the year of a dispatch's day read from the weekday of the other
day its text names."""

from __future__ import annotations

from datetime import datetime

from conftest import clean_page

from summitry.cleaning.published import choose_published

HEADLINE = "Chile and Argentina open a new pass through the Andes"
LEAD = ("The presidents of Chile and Argentina opened a new mountain pass on Friday, cutting the road "
        "between Santiago and Mendoza by two hours, the two governments said.")
SECOND = ("The pass had been closed for most of the winter after heavy snow buried the road and its "
          "border posts under several metres of ice.")
LAST = "Engineers will keep working on the tunnels on both sides of the border until the summer."
URL = "https://andes.example.org/news/chile-and-argentina-open-a-new-pass/"


def clean(*lines: str, url: str | None = URL):
    return clean_page(lines, url)


def test_media_accreditation_notice_ends_the_release():
    notice = ("Media accreditation: Reporters who wish to cover the opening are asked to write to the "
              "press office by Monday 3 June at noon.")
    assert clean(HEADLINE, LEAD, SECOND, LAST, notice).paragraphs[-1] == LAST


def test_language_edition_of_the_site_is_its_masthead():
    url = "https://www.andes.example/en/south/leaders-hold-talks-in-mendoza"
    article = clean("ANDES  English service", 'Chile and Argentina hail "historic" pass as it opens',
                    "June 3, 2024", LEAD, SECOND, LAST, url=url)
    assert article.title == 'Chile and Argentina hail "historic" pass as it opens'


def test_time_with_the_hours_unit_under_its_day():
    article = clean(HEADLINE, "3 Jun 2024 | 09:45 h", LEAD, SECOND, LAST)
    assert article.published == datetime(2024, 6, 3, 9, 45)


def test_time_with_a_space_after_its_colon():
    article = clean(HEADLINE, "Published: 3 Jun 2024, 21: 05", LEAD, SECOND, LAST)
    assert article.published == datetime(2024, 6, 3, 21, 5)


def test_time_opening_a_date_line_of_a_day_without_its_year():
    article = clean(HEADLINE, "09:12 | Santiago, Jun. 3.", LEAD, SECOND, LAST, "Published: June 3, 2024")
    assert article.published == datetime(2024, 6, 3, 9, 12)


def test_unfilled_template_field_beside_the_date():
    article = clean(HEADLINE, "3 June 2024 09:12 pm - 7 - {{counter.views.total}}", LEAD, SECOND, LAST)
    assert article.published == datetime(2024, 6, 3, 21, 12)


def test_text_size_buttons_under_their_label_are_no_headline():
    article = clean("Font size: A- A A+", HEADLINE, "Posted on: 3 June 2024", LEAD, SECOND, LAST, url=None)
    assert article.title == HEADLINE


def test_weekday_of_the_other_day_the_text_names():
    # 3 June fell on a Thursday in 2021; 4 June fell on a Thursday in 2020 and in 2026.
    lead = ("The two presidents will open the pass on Thursday, a government spokesman told reporters.")
    second = "On June 4, the presidents will also sign a treaty on the use of the river that crosses the border."
    found = choose_published([], (6, 3, None), None, [lead, second, LAST], [], today=datetime(2026, 11, 27))
    assert found.value == datetime(2026, 6, 3)


def test_weekday_alone_still_dates_the_dispatch():
    lead = "The two presidents will open the pass on Thursday, a government spokesman told reporters."
    found = choose_published([], (6, 3, None), None, [lead, SECOND, LAST], [], today=datetime(2026, 11, 27))
    assert found.value == datetime(2021, 6, 3)
