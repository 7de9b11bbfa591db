"""Scraped-page cleaning on more habits of news pages, with pages written for these tests: credits
under the last paragraph (a wire's initials in brackets, editors' initials before the wires, a
foreign-language desk's contribution), a republishing button and a translation notice."""

from __future__ import annotations

from conftest import clean_page

HEADLINE = "Norway and Iceland agree to share a coast guard vessel in Arctic waters"
LEAD = ("Norway and Iceland agreed on Thursday to share a coast guard vessel patrolling their Arctic "
        "waters, the two defence ministries said after talks in Tromso.")
SECOND = ("The ship will spend six months of each year under each flag and carry mixed crews trained in "
          "search and rescue on the ice.")
LAST = "The ministers will review the arrangement after its first full year."
URL = "https://north.example.org/news/norway-and-iceland-agree-to-share-coast-guard-vessel/"


def clean(*lines: str, url: str | None = URL):
    return clean_page(lines, url)


def body(*tail: str, last: str = LAST) -> list[str]:
    return clean(HEADLINE, LEAD, SECOND, last, *tail).paragraphs


# --- credits under the article ---------------------------------------------------------------------

def test_wire_initials_in_brackets_after_the_last_sentence():
    assert body(last=LAST + " (NTB)")[-1] == LAST


def test_editors_initials_before_the_wires_in_brackets():
    assert body("xy/zw (AP, Reuters, AFP)")[-1] == LAST


def test_a_language_service_contributing_is_a_credit():
    assert body("The Example Radio Spanish service contributed to this report.")[-1] == LAST


# --- page furniture under the article --------------------------------------------------------------

def test_republish_button_under_a_publication_note():
    paragraphs = body("This article by Example Press was first published June 3, 2024.", "Republish this story")
    assert paragraphs[-1] == LAST


def test_translation_notice_under_a_government_release():
    assert body("Unofficial translation")[-1] == LAST
