"""Scraped-page cleaning, round 14, on pages written for these tests: under the text, a list of files
to download, a "related articles" label in another language, a topic box, a licence notice, a link
to a live stream, a search-trends box, the rules for comments, a view counter, a link to the print
version, a closing ornament, a note on where the story first ran, a credit with files from others,
the site's address after a hyphen, a dashed agency credit and an end symbol with the site's stamp
under it; above the text, a date line with an Arabic comma, a dateline's place in capitals beside
the date, a transcript's "Q:", a ministry's long headline, a possessive headline, a credit naming
no person and a dateline giving its day in figures."""

from __future__ import annotations

import pytest

from conftest import clean_page
from summitry.cleaning import lines as ln
from summitry.cleaning.closing import strip_closing
from summitry.cleaning.credits import is_people
from summitry.cleaning.dateline import split_dateline
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
    ("À lire aussi", "Snow closes the pass for a day"),
    ("Explore the topic: Transport | Borders",),
    ("Search Trends", "Andes 2025 | Winter roads on both sides | Cristo Redentor"),
    ("Comments will be moderated. Keep remarks on topic; abusive posts will be removed and their authors "
     "barred from the site at the editors' discretion.",),
])
def test_footers_under_the_text_end_it(tail):
    """Lists of files, related links labelled in other languages, topic and search boxes and the
    rules for readers' comments are no part of the article."""
    article = page(*tail)
    assert article.paragraphs[-1] == LAST


@pytest.mark.parametrize("line", ["Views: 2,114", "1.2k views", "Page views 830", "Print version", "Printable version",
                                  "Printer-friendly version",
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


# --- the header: date lines, datelines, headlines, credits, standfirsts ----------------------------

def test_a_place_in_capitals_beside_the_date_line():
    """ "SANTIAGO   Mar 3, 2025 - 7:42 pm GMT-3": a dateline's place in capitals before the date."""
    article = page(head=(HEADLINE, "SANTIAGO   Mar 3, 2025 - 7:42 pm GMT-3"))
    assert article.published_iso == "2025-03-03T19:42"


def test_a_transcripts_question_label_is_no_dateline():
    assert split_dateline("Q: Could you tell us more about the purpose of the crossing?") is None
    assert split_dateline("A: The lane has been planned for a decade by both governments.") is None
    article = clean_page((HEADLINE, "2025-03-03 17:30", LEAD, "Q: What will the new lane cost the two countries?",
                          "A: The cost is shared equally, as agreed by the ministers last year.", LAST), NO_SLUG)
    assert article.paragraphs[0] == LEAD


LONG_HEADLINE = ("Spokesperson of the Ministry of Transport Announces the Opening of a Second Lane at the Cristo "
                 "Redentor Crossing and the Start of Winter Works on the Roads to Mendoza, Los Andes and the "
                 "Border Posts")
NO_SLUG = "https://andes.example.org/news/t20250303_4412.html"


def test_a_long_headline_over_its_date_line_under_an_institutions_banner():
    """A ministry's headline of more than thirty words, under the banner naming the ministry and over
    the date line, is the headline; the first paragraph under it is the text."""
    assert len(LONG_HEADLINE.split()) > 30
    article = clean_page(("Ministry of Transport of the Republic of Freedonia", LONG_HEADLINE, "2025-03-03 17:30",
                          LEAD, SECOND, LAST), NO_SLUG)
    assert article.title == LONG_HEADLINE
    assert article.paragraphs[0] == LEAD


def test_a_possessive_is_no_persons_name():
    assert not is_people("Andean Transport Ministers' Meeting")
    assert not is_people("Jane Roe's Journey")
    assert is_people("Jane O'Roe")
    headline = "Chile-Argentina Transport Ministers' Meeting"
    article = clean_page((headline, "March 3, 2025", "Spanish  ▶ Print", LEAD, SECOND, LAST), NO_SLUG)
    assert article.title == headline


def test_a_credit_under_the_headline_is_no_second_headline():
    """ "By Example's Chile and Argentina services": a credit naming no person, which the slug's words
    must not make the headline."""
    url = "https://andes.example.org/a/chile-argentina-crossing-live/4412.html"
    head = ("LIVE: Second Lane Opens At Andes Crossing", "Last updated: March 3, 2025 15:40 GMT",
            "By Example's Chile and Argentina services")
    assert clean_page((*head, LEAD, SECOND, LAST), url).title == head[0]


def test_a_dateline_giving_its_day_in_figures():
    d = split_dateline('SANTIAGO, 03.04.2025. /EXA "Andes"/. Officials of Chile and Argentina met.')
    assert d is not None and d.day == (4, 3, 2025) and d.rest.startswith("Officials")
    article = clean_page((HEADLINE, f'SANTIAGO, 03.04.2025. /EXA "Andes"/. {LEAD}', SECOND, LAST), NO_SLUG)
    assert article.published_iso == "2025-04-03"
    assert article.paragraphs[0] == LEAD


# --- the end symbol, and the stamp under it ----------------------------------------------------------

def test_an_end_symbol_ends_the_story():
    """ "... next year. ■": what follows the story's end symbol is the page's, even a sentence."""
    article = page(head=(HEADLINE, "March 3, 2025"), url=URL)
    closed = clean_page((HEADLINE, "March 3, 2025", LEAD, SECOND, f"{LAST} ■",
                         "Readers can send their views on the new lane to the editors by post or by e-mail."), URL)
    assert closed.paragraphs == article.paragraphs


def test_a_year_of_a_national_calendars_era():
    found = find_dates("(Juche113.6.20.)")
    assert found and found[0].value.strftime("%Y-%m-%d") == "2024-06-20"
    assert not find_dates("Juche idea")


def test_the_sites_stamp_under_the_end_symbol_dates_the_page():
    """ "www.example.org (Juche113.6.20.)" under the last paragraph: the site's address and its stamp."""
    article = clean_page((HEADLINE, f"SANTIAGO, June 20 (EXA) -- {LEAD}", SECOND, f"{LAST} ■",
                          "www.andes.example.org (Juche113.6.20.)"), NO_SLUG)
    assert article.published_iso == "2024-06-20"
    assert article.paragraphs[-1] == LAST
