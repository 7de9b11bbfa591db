"""Scraped-page cleaning, round 14, on pages written for these tests: under the text, a list of files
to download, a "related articles" label in another language, a topic box, a licence notice, a link
to a live stream, a search-trends box, the rules for comments, a view counter, a link to the print
version, a closing ornament, a note on where the story first ran, a credit with files from others,
the site's address after a hyphen and a dashed agency credit; a date line with an Arabic comma."""

from __future__ import annotations

import pytest

from conftest import clean_page
from summitry.cleaning import lines as ln
from summitry.cleaning.closing import strip_closing
from summitry.cleaning.dates import find_dates

HEADLINE = "Chile and Argentina open a second lane at the Cristo Redentor crossing"
LEAD = ("Officials of Chile and Argentina opened a second lane at the Cristo Redentor mountain crossing on "
        "Friday, hoping to halve the queues of lorries that form there every winter.")
SECOND = ("The new lane will be kept clear of snow by crews from both sides, the two transport ministries "
          "said in a joint note.")
LAST = "A third lane is planned for the following year."
URL = "https://andes.example.org/news/chile-and-argentina-open-second-lane-at-crossing/"


def page(*tail: str, head: tuple[str, ...] = (HEADLINE, "March 3, 2025"), url: str | None = URL):
    return clean_page((*head, LEAD, SECOND, LAST, *tail), url)


@pytest.mark.parametrize("tail", [
    ("Downloads: Agreement text (PDF) | Annex (PDF)",),
    ("ΣΧΕΤΙΚΑ ΑΡΘΡΑ", "Snow closes the pass for a day", "Lorry drivers protest at the border"),
    ("À lire aussi", "Snow closes the pass for a day", "Lorry drivers protest at the border"),
    ("Explore the topic: Transport | Borders",),
    ("Search Trends", "Andes crossing | Winter roads"),
    ("Comments will be moderated. Keep remarks on topic; abusive posts will be removed and their authors "
     "barred from the site at the editors' discretion.",),
])
def test_footers_under_the_text_end_it(tail):
    """Lists of files, related links labelled in other languages, topic and search boxes and the
    rules for readers' comments are no part of the article."""
    article = page(*tail)
    assert article.paragraphs[-1] == LAST


@pytest.mark.parametrize("line", ["Views: 2,114", "1.2k views", "Print version", "Printable version",
                                  "Watch Example TV live", "Watch live"])
def test_counters_and_links_are_furniture(line):
    assert ln.is_clutter(ln.norm(line))
    assert page(line, "Share").paragraphs[-1] == LAST


def test_a_prose_line_about_watching_is_no_furniture():
    assert not ln.is_clutter(ln.norm("Crowds gathered to watch the leaders arrive live on the square."))


def test_a_licence_notice_is_no_text():
    article = page("All content is available under the Example Licence v2.0, except where otherwise stated")
    assert article.paragraphs[-1] == LAST


@pytest.mark.parametrize("ornament", ["--ooOoo--", "-o0o-", "-oOo-"])
def test_a_closing_ornament_ends_a_release(ornament):
    assert page(ornament, "Contact: press office, 555 0101").paragraphs[-1] == LAST


def test_a_note_on_where_the_story_first_ran_is_no_text():
    note = "This report by The Example Press was first published March 3, 2025."
    assert strip_closing([LEAD, LAST, note]) == [LEAD, LAST]
    # a sentence about a report, inside the text, stays
    kept = "This report by the commission was published after two years of hearings in both capitals."
    assert strip_closing([LEAD, kept]) == [LEAD, kept]


def test_a_credit_with_files_from_others_ends_the_text():
    assert page("With files from Jane Roe and The Example Press").paragraphs[-1] == LAST


def test_the_sites_address_after_a_hyphen_is_a_credit():
    assert strip_closing([LEAD, f"{LAST} - Andes.example.gov"]) == [LEAD, LAST]


def test_a_dashed_agency_credit_in_brackets_is_no_text():
    assert ln.is_bracketed_credit("--(Exa)")
    assert page("--(Exa)").paragraphs[-1] == LAST


def test_an_arabic_comma_parts_a_date():
    found = find_dates("3 March\u060c 2025")
    assert found and found[0].value.strftime("%Y-%m-%d") == "2025-03-03"
    assert page(head=(HEADLINE, "3 March\u060c 2025")).published_iso == "2025-03-03"
