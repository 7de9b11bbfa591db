"""Scraped-page cleaning, round 10, on pages written for these tests: dates as more outlets print
them (a month by name in the URL, other languages' month names, "12-Jun-2023", a reading time
beside the date, a day that reads both ways), an agency credited after the dateline's year, what
stands under the last paragraph (ENDS, desk codes, initials, a two-line signature, footers in other
languages, lists of links) and what stands above the first (captions credited in brackets or after
a label, a live page's first entry)."""

from __future__ import annotations

from datetime import datetime

import pytest

from conftest import clean_page
from summitry.cleaning import lines as ln
from summitry.cleaning.closing import strip_closing
from summitry.cleaning.dates import date_from_url, epoch_day_from_url, find_dates

HEADLINE = "Chile and Argentina agree to reopen a mountain pass for the winter"
LEAD = ("Chilean and Argentine transport officials agreed on Tuesday to keep the Cristo Redentor pass "
        "open through the winter, the two governments said after a meeting in Mendoza.")
SECOND = ("The pass, the busiest road link between the two countries, closed for eleven weeks last year "
          "after heavy snow cut off hundreds of lorries on both sides.")
LAST = "The officials will meet again in Santiago before the first snow."
URL = "https://roads.example.org/news/chile-and-argentina-agree-to-reopen-a-mountain-pass/"


def clean(*lines: str, url: str | None = URL):
    return clean_page(lines, url)


def body(*tail: str, url: str | None = URL) -> list[str]:
    return clean(HEADLINE, LEAD, SECOND, LAST, *tail, url=url).paragraphs


# --- dates ----------------------------------------------------------------------------------------

def test_url_with_the_month_by_name():
    assert date_from_url("https://news.example.in/world/2024/Oct/08/pass-reopens") == (datetime(2024, 10, 8), "day")
    assert clean(HEADLINE, LEAD, SECOND, url="https://news.example.in/world/2024/oct/8/pass").published == datetime(2024, 10, 8)


@pytest.mark.parametrize(("line", "when"), [
    ("Publicerad onsdag 8 maj 2024 kl 09.15", datetime(2024, 5, 8, 9, 15)),
    ("3 septiembre, 2021", datetime(2021, 9, 3)),
    ("14 de outubro de 2020", datetime(2020, 10, 14)),
    ("Updated 07:05, 09-Nov-2022", datetime(2022, 11, 9, 7, 5)),
])
def test_date_lines_in_other_forms(line, when):
    assert clean(HEADLINE, line, LEAD, SECOND).published == when


def test_a_month_name_of_another_language_needs_a_day_and_a_year():
    assert find_dates("The Mars 2030 plan was shelved.") == []


def test_reading_time_beside_the_date():
    assert clean(HEADLINE, "by Ana Ruiz", "March 3, 2024 10:20 PM  4 min read", LEAD).published == datetime(2024, 3, 3, 22, 20)


def test_role_and_employer_after_the_name_leave_the_date_line_a_date_line():
    # (5 March 2024 was the Tuesday the lead names)
    page = clean(HEADLINE, "Published on 05/03/2024 - 10:20 By Ana Ruiz - Reporter at Example Radio - Mendoza", LEAD)
    assert page.published == datetime(2024, 3, 5, 10, 20)
    assert page.byline == "Ana Ruiz"


def test_a_day_that_reads_both_ways_takes_the_reading_the_url_gives():
    line = "Published: 04/03/2024 - 10:20"
    # 1712138400 is 3 April 2024, 10:00 UTC: the page wrote the month first
    stamped = clean(HEADLINE, line, LEAD, url="https://tv.example.com/en/news/1712138400-pass-reopens")
    assert stamped.published == datetime(2024, 4, 3, 10, 20)
    dated = clean(HEADLINE, line, LEAD, url="https://tv.example.com/2024/04/03/pass-reopens")
    assert dated.published == datetime(2024, 4, 3, 10, 20)
    undated_lead = LEAD.replace(" on Tuesday", "")  # (no weekday to tell one reading from the other)
    assert clean(HEADLINE, line, undated_lead, url=URL).published == datetime(2024, 3, 4, 10, 20)  # day first


def test_unix_time_stamp_in_a_url():
    assert epoch_day_from_url("https://tv.example.com/news/1712138400-pass") == datetime(2024, 4, 3, 10, 0)
    assert epoch_day_from_url("https://tv.example.com/news/story/98765") is None


def test_agency_after_the_year_of_the_dateline():
    page = clean(HEADLINE, f"Santiago, March 5, 2024, SPA -- {LEAD}", SECOND)
    assert page.published == datetime(2024, 3, 5)
    assert page.paragraphs[0] == LEAD
    assert page.dateline == "Santiago"


# --- under the last paragraph ---------------------------------------------------------------------

@pytest.mark.parametrize("tail", [
    ("ENDS", "Notes to editors:", "- The pass is 3,200 metres high and carries most of the trade."),
    ("abc-def/ghi",),
    ("J.R",),
    ("(XT/QNA)",),
    ("Further information: Press Officer, tel. +56 555 0100",),
    ("Short link:", "Related", "Lorries wait at the border"),
    ("[ⓒ Example Broadcasting. All rights reserved]", "▶ Subscribe to Example News"),
    ("[Editor's note]", "Related: Ministers meet in Lima"),
    ("Listen: Morning Bulletin 07:00 (3 min)",),
    ("#ChileArgentina #Andes", "Compartir: Facebook Twitter"),
    ("Te puede interesar:", "- Ministros se reúnen en Lima"),
    ("ETIQUETAS: Chile, Argentina", "Lo más leído", "- Nieve en la cordillera"),
    ("Share on social networks", "Latest News", "Ministers meet in Lima", "Lorries wait at the border"),
])
def test_furniture_under_the_last_paragraph(tail):
    assert body(*tail)[-1] == LAST


def test_signature_of_a_name_over_an_office():
    assert strip_closing([LEAD, LAST, "Ana Ruiz", "Government Spokesperson"]) == [LEAD, LAST]


def test_a_closing_sentence_naming_two_people_stays():
    assert strip_closing([LEAD, "He thanked Ana Ruiz.", "Ana Ruiz"]) == [LEAD, "He thanked Ana Ruiz."]


def test_linked_headline_with_an_abbreviated_month_is_no_sentence():
    assert ln.is_headline_like("Ministers meet in Lima (Nov. 26, 2023)")
    assert not ln.is_headline_like("Talks ended. A new round follows")
    assert body("Related", "- Lorries wait at the border (May 24)", "- Ministers meet in Lima (Nov. 26, 2023)")[-1] == LAST


def test_the_word_ends_inside_a_sentence_ends_nothing():
    sentence = "The closure ends on Friday, officials said."
    assert body(sentence)[-1] == sentence


# --- above the first paragraph --------------------------------------------------------------------

@pytest.mark.parametrize("caption", [
    "Lorries queue at the border post near Los Andes (Ana Ruiz/EXA)",
    "Lorries queue at the border post near Los Andes on Monday. (Example News: Ana Ruiz)",
    "Lorries queue at the border post near Los Andes on Monday. Photo: Ana Ruiz/Office of the Governor of Mendoza",
])
def test_caption_credited_in_brackets_or_after_a_label_is_no_lead(caption):
    page = clean(HEADLINE, "10 March 2024", caption, LEAD, SECOND)
    assert page.paragraphs[0] == LEAD
    assert caption in page.captions


def test_live_page_opens_with_its_first_entry():
    page = clean("LIVE: Chile and Argentina hold talks on the Andean pass", "Last updated: March 5, 2024, 18:20",
                 "18:20", "Pass to stay open", LEAD,
                 "16:05", "Ministers arrive in Mendoza", SECOND)
    assert page.paragraphs[:3] == ["18:20", "Pass to stay open", LEAD]
    assert page.title == "LIVE: Chile and Argentina hold talks on the Andean pass"


def test_a_time_over_a_headline_is_no_entry_without_others():
    page = clean("18:20", HEADLINE, LEAD, SECOND)
    assert page.paragraphs[0] == LEAD


# --- a dateline's year from a gap the text states -------------------------------------------------

GAP_LEAD = ("SANTIAGO, April 9. /XNA/. The presidents of Chile and Argentina met at the border post, the "
            "Chilean presidency said.")


def test_yearless_dateline_takes_its_year_from_a_stated_gap_since_the_last_time():
    standfirst = "The previous meeting of the two presidents took place on June 3, 2021"
    gap = "It was the first meeting between the two presidents in almost three years."
    page = clean(HEADLINE, standfirst, GAP_LEAD, gap, url="https://xna.example.com/world/123456")
    assert page.published == datetime(2024, 4, 9)


def test_no_gap_no_year():
    page = clean(HEADLINE, GAP_LEAD, "The two presidents last met on October 3, 2019.", url="https://xna.example.com/world/123456")
    assert page.published is None


def test_a_headline_under_a_time_stays_the_headline_when_no_other_line_can_be():
    page = clean("18:20", HEADLINE, LEAD, "16:05", "Ministers arrive in Mendoza", SECOND)
    assert page.title == HEADLINE
    assert page.paragraphs[0] == LEAD


# --- an agency's credit under its own dateline ----------------------------------------------------

def test_closing_credit_repeating_the_datelines_agency_goes():
    page = clean(HEADLINE, f"(ANSA) - SANTIAGO, MARCH 5 - {LEAD}", f"{LAST} (ANSA).")
    assert page.paragraphs[-1] == LAST


def test_closing_credit_of_an_agency_the_text_names_nowhere_else_stays():
    assert clean(HEADLINE, LEAD, f"{LAST} (Yonhap)").paragraphs[-1] == f"{LAST} (Yonhap)"
    page = clean(HEADLINE, f"(ANSA) - SANTIAGO, MARCH 5 - {LEAD}", f"{LAST} (Yonhap)")
    assert page.paragraphs[-1] == f"{LAST} (Yonhap)"
