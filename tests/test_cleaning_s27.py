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
