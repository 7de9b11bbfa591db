"""Scraped-page cleaning, round 11, on pages written for these tests: what stands under the last
paragraph (desk hands' initials each closed by a slash, a list of wire agencies, an outlet signing
after a dash, a picture credit, an end mark of a slash after the full stop, a publisher's postal
address, feedback forms, donation appeals, a live page's loader, a gallery link with its count)."""

from __future__ import annotations

import pytest

from conftest import clean_page
from summitry.cleaning.closing import strip_closing

HEADLINE = "Peru and Bolivia agree to share data on the level of Lake Titicaca"
LEAD = ("Water officials from Peru and Bolivia agreed on Thursday to share daily readings of the level "
        "of Lake Titicaca, the two governments said after a meeting in Puno.")
SECOND = ("The lake, which straddles the border, fell to its lowest level in three decades last year "
          "after a long dry season.")
LAST = "The officials will meet again in La Paz in the spring."
URL = "https://water.example.org/news/peru-and-bolivia-agree-to-share-lake-data/"


def body(*tail: str) -> list[str]:
    return clean_page((HEADLINE, LEAD, SECOND, LAST, *tail), URL).paragraphs


@pytest.mark.parametrize("tail", [
    ("ab/ cde/",),  # the desk hands' initials, each closed by a slash
    ("efe, ANSA, AP",),  # the wires the story drew on
    ("- eXample TV",),  # the outlet signs its story after a dash
    ("Main image credit: Jane Roe",),
    ("Is this page useful?", "Yes", "No"),
    ("Was this article helpful?",),
    ("Stay connected", "Sign up for our updates"),
    ("Load more updates",),
    ("Support our work", "Our small team is funded by readers like you."),
    ("Photo gallery (12)",),
])
def test_what_stands_under_the_last_paragraph_goes(tail):
    assert body(*tail)[-1] == LAST


def test_a_line_of_end_words_closes_a_wire_story():
    assert body("Enditem", "Other story from the same desk")[-1] == LAST


def test_a_slash_after_the_last_full_stop_is_an_end_mark():
    assert body()[-1] == LAST
    paragraphs = clean_page((HEADLINE, LEAD, SECOND, LAST[:-1] + "./."), URL).paragraphs
    assert paragraphs[-1] == LAST


def test_the_publishers_address_and_name_under_the_page_go():
    paragraphs = [LEAD, LAST, "Office of the Governor of the Example Region", "ul. Przykładowa 7, 00-123 Example"]
    assert strip_closing(paragraphs) == [LEAD, LAST]
    paragraphs = [LEAD, LAST, "Example Water Board", "12 Harbour Road, Example Town 4001"]
    assert strip_closing(paragraphs) == [LEAD, LAST]


def test_a_paragraph_naming_a_street_is_kept():
    last = "Protesters gathered on Example Street on 12 May."
    assert strip_closing([LEAD, last]) == [LEAD, last]


def test_a_single_agency_or_a_sentence_after_a_dash_is_not_a_wire_list():
    glued = LAST + " - The talks went well, officials said."
    assert strip_closing([LEAD, glued]) == [LEAD, glued]
