"""Scraped-page cleaning, written for these tests: datelines in other styles, a date printed in two
calendars, a dateline's day against a "Last updated" time, headlines under a slug in another
language or a banner naming an office, and the furniture that closes a page below the article."""

from __future__ import annotations

import pytest

from conftest import clean_page
from summitry.cleaning.closing import strip_closing

HEADLINE = "Chile and Argentina agree to reopen a mountain pass to lorries"
LEAD = ("Chilean and Argentine transport officials agreed on Tuesday to reopen a mountain pass to "
        "lorries before the winter, the two governments said in a joint note.")
SECOND = ("The pass has been closed to heavy traffic since a landslide damaged its northern approach, "
          "forcing hauliers onto a longer route through the south.")
LAST = "Engineers from both countries will inspect the road again before the first snow."
URL = "https://roads.example.org/chile-and-argentina-agree-to-reopen-mountain-pass/"


def clean(*lines: str, url: str | None = URL):
    return clean_page(lines, url)


# --- datelines and publication dates ------------------------------------------------------------

def test_dateline_closed_by_a_stop_and_a_dash_after_the_agency():
    standfirst = "Officials said the road would open to freight first, with buses to follow in spring"
    a = clean(HEADLINE, standfirst, f"SANTIAGO, Mar 14 (EFE).- {LEAD}", SECOND, LAST,
              url="https://roads.example.org/2023/03/14/chile-and-argentina-agree-to-reopen-mountain-pass/")
    assert a.paragraphs[0] == LEAD  # the standfirst over the dateline is no body
    assert a.source == "EFE"
    assert a.published_iso == "2023-03-14"


def test_yearless_dateline_closed_by_a_stop_and_a_dash():
    lead = LEAD.replace("on Tuesday", "this Tuesday")
    a = clean(HEADLINE, f"Mendoza, 14 Mar. (XTV).- {lead}", SECOND, LAST,
              url="https://roads.example.org/2023/03/chile-and-argentina-agree-to-reopen-mountain-pass/")
    assert a.paragraphs[0] == lead
    assert a.published_iso == "2023-03-14"  # the year of the month in the URL


def test_dateline_with_its_year_after_a_slash():
    a = clean(HEADLINE, f"Mendoza, March 14/2023 (XNA) {LEAD}", SECOND, LAST, url=None)
    assert a.paragraphs[0] == LEAD
    assert a.published_iso == "2023-03-14"


def test_date_line_giving_the_day_in_two_calendars():
    a = clean(HEADLINE, "Tuesday, 14 March 2023 - 22 Sha'ban 1444 H", "Mendoza - Roads Desk", LEAD, SECOND,
              LAST, url=None)
    assert a.published_iso == "2023-03-14"


def test_place_and_yearless_day_outrank_a_later_update_time():
    a = clean(HEADLINE, "Mendoza, mar. 14", LEAD, SECOND, LAST, "Last updated: 03/15/2023 00:40")
    assert a.published_iso == "2023-03-14"
    assert a.published_precision == "day"
    assert a.title == HEADLINE


def test_update_time_on_the_datelines_day_gives_the_time():
    a = clean(HEADLINE, "Updated: March 14, 2023 21:05", f"Mendoza, Mar 14 (EFE) - {LEAD}", SECOND, LAST)
    assert a.published_iso == "2023-03-14T21:05"


def test_weekday_and_day_alone_still_date_nothing():
    a = clean("Tuesday, 14 March", HEADLINE, LEAD, SECOND, LAST, url=None)
    assert a.published is None


# --- headlines --------------------------------------------------------------------------------

def test_headline_under_a_slug_in_the_sites_own_language():
    headline = "Presidents of Chile and USA strengthen strategic partnership"
    a = clean("Home / Politics", headline, f"Santiago - {LEAD}", SECOND, LAST,
              url="https://news.example.br/en/politica/presidentes-do-chile-e-dos-eua-reforcam-parceria-estrategica/")
    assert a.title == headline


def test_slug_in_another_language_matches_no_unrelated_line():
    a = clean("Weather warning for the southern valleys", LEAD, SECOND, LAST,
              url="https://news.example.br/en/politica/presidentes-do-chile-e-dos-eua-reforcam-parceria-estrategica/")
    assert a.title is None


def test_banner_naming_an_office_is_no_headline():
    headline = "Talks with the Transport Minister of Argentina"
    a = clean("President of Chile", "Events / News", headline, LEAD, "March 14, 2023", SECOND, LAST,
              url="https://president.example.cl/events/news/48213")
    assert a.title == headline


# --- what closes the page below the article ---------------------------------------------------

@pytest.mark.parametrize("footer", [
    ["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
    ["Síguenos en nuestras redes sociales"],
    ["Categories: Transport, Chile, Argentina."],
    ["With reports from El Diario, Radio Andes and AFP"],
    ["Share:  f  X  in"],
    ["Previous Post: Ministers open a new border post"],
    ["Example Agency website contains only a portion of the news stories offered to subscribers in its wire "
     "service, and in summarized form. Please contact us for subscription options."],
])
def test_page_furniture_after_the_last_paragraph(footer):
    a = clean(HEADLINE, LEAD, SECOND, LAST, *footer)
    assert a.paragraphs[-1] == LAST


@pytest.mark.parametrize("closing", [
    "- Presidential Press Unit (PPU)",  # an office signing, after a dash
    "5521**0917",  # a story number
    "16:04 LOCAL TIME 13:04 GMT",  # the filing time
])
def test_closing_credit_lines(closing):
    assert strip_closing([LEAD, LAST, closing]) == [LEAD, LAST]


def test_a_last_sentence_with_a_time_in_it_stays():
    last = "The ministers will meet again at 10:30 on Friday."
    assert strip_closing([LEAD, last]) == [LEAD, last]
