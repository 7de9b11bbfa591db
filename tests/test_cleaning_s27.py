"""Scraped-page cleaning, round 27, on pages written for these tests: a short line that is no sentence
standing alone between the last paragraph and the page's footer (a link to another story, a widget's
call), and more habits of news pages as the round adds them."""

from __future__ import annotations

import pytest

from conftest import clean_page

HEADLINE = "Chile and Bolivia agree to reopen the Colchane border crossing"
LEAD = ("The foreign ministers of Chile and Bolivia agreed on Tuesday to reopen the Colchane border crossing "
        "to freight traffic, the two governments said after talks in Santiago.")
SECOND = ("Trucks carrying copper and soy will be cleared at a joint customs post from next month, and the "
          "two sides will share the cost of new scanners.")
LAST = "The ministers are to meet again in La Paz before the end of the year."
URL = "https://andes.example.org/news/chile-bolivia-reopen-colchane-crossing/"


def clean(*lines: str, url: str | None = URL):
    return clean_page(lines, url)


# --- under the article -------------------------------------------------------------------------------------

@pytest.mark.parametrize("trailing", [
    'Mamani: "Our ports must stay open to Bolivia"',  # a link to another story, closing on its quotation
    "Press here for the day's top stories from Andes News",  # a widget's call
])
@pytest.mark.parametrize("footer", ["Tags: Chile, Bolivia, trade", "© Andes News 2024. All rights reserved."])
def test_a_short_line_between_the_last_paragraph_and_the_footer_is_no_body(trailing, footer):
    article = clean(HEADLINE, "May 14, 2024", LEAD, SECOND, LAST, trailing, footer)
    assert article.paragraphs[-1] == LAST


def test_a_closing_paragraph_that_is_a_sentence_stays_above_the_footer():
    closing = '"We will be back," Mamani said.'
    article = clean(HEADLINE, "May 14, 2024", LEAD, SECOND, LAST, closing, "Tags: Chile, Bolivia, trade")
    assert article.paragraphs[-1] == closing


# --- the date lines ------------------------------------------------------------------------------------

def test_a_section_label_beside_a_weekday_a_date_a_time_and_its_zone_is_a_date_line():
    """ "Region  Monday, 13 May 2024  4:15 PM CLT" under the page's day: the section's label, and the
    time the story was published."""
    article = clean("Monday, 13 May 2024", HEADLINE, "By Ana Rojas", "Region  Monday, 13 May 2024  4:15 PM CLT",
                    LEAD, SECOND, LAST)
    assert article.published_iso == "2024-05-13T16:15"


@pytest.mark.parametrize("stamp", ["Santiago • 16:15", "Santiago | 4:15 PM"])
def test_a_place_and_a_time_under_a_day_line_give_the_time_of_that_day(stamp):
    article = clean(HEADLINE, "Monday, May 13, 2024", stamp, LEAD, SECOND, LAST)
    assert article.published_iso == "2024-05-13T16:15"
    article = clean(HEADLINE, stamp, "Monday, May 13, 2024", LEAD, SECOND, LAST)
    assert article.published_iso == "2024-05-13T16:15"


def test_a_numeric_date_reads_as_the_spelled_date_on_the_next_line():
    """ "05/03/2024" over "May 3, 2024": the page writes its day twice, the spelled form says which way."""
    article = clean(HEADLINE, "05/03/2024", "May 3, 2024", LEAD, SECOND, LAST)
    assert article.published_iso == "2024-05-03"
    article = clean(HEADLINE, "05/03/2024", "5 March 2024", LEAD, SECOND, LAST)
    assert article.published_iso == "2024-03-05"


def test_a_month_by_name_in_the_url_dates_a_page_to_that_month():
    lead = ("Santiago (ANS) - The foreign ministers of Chile and Bolivia agreed to reopen the Colchane border "
            "crossing to freight traffic, the two governments said after talks on Tuesday.")
    article = clean(HEADLINE, lead, SECOND, LAST, url="https://andes.example.org/news/2024/May/40411/colchane.aspx")
    assert article.published_iso == "2024-05"
