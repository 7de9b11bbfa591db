"""Scraped-page cleaning, round 11, on pages written for these tests: what stands under the last
paragraph (desk hands' initials each closed by a slash, a list of wire agencies, an outlet signing
after a dash, a picture credit, an end mark of a slash after the full stop, a publisher's postal
address, feedback forms, donation appeals, a live page's loader, a gallery link with its count)."""

from __future__ import annotations

from datetime import datetime

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


# --- where the body starts ------------------------------------------------------------------------

STANDFIRST = "Lake levels are the lowest in thirty years, and both countries want early warning."


def test_a_source_line_over_a_date_line_is_a_byline_block_under_the_standfirst():
    page = clean_page((HEADLINE, STANDFIRST, "Source: Example Wire", "Thursday, May 9, 2024 | 10:05",
                       LEAD, SECOND, LAST), URL)
    assert page.paragraphs == [LEAD, SECOND, LAST]


def test_a_paragraph_opening_with_a_dateline_is_the_lead_even_over_a_date_line():
    lead = "PUNO, May 9 - " + LEAD
    page = clean_page((HEADLINE, lead, "9 May 2024, 10:05", SECOND, LAST), URL)
    assert page.paragraphs[0] == LEAD  # (the dateline itself goes to the record)


def test_a_caption_naming_people_at_a_place_above_the_lead_is_no_body():
    caption = "Water Minister Ana Quispe and Bolivia's Environment Minister Luis Mamani at the lakeshore in Puno."
    page = clean_page((HEADLINE, caption, LEAD, SECOND, LAST), URL)
    assert page.paragraphs[0] == LEAD


# --- dates ----------------------------------------------------------------------------------------

def test_a_relative_update_stamp_in_years_does_not_hide_the_dates_time():
    page = clean_page((HEADLINE, "May 9, 2024 10:05 AM GMT+2 Updated 2 years ago", LEAD, SECOND, LAST), URL)
    assert page.published == datetime(2024, 5, 9, 10, 5)


# --- live pages -----------------------------------------------------------------------------------

ENTRIES = ("16:20", "The ministers signed the data agreement at the lakeshore, officials said.",
           "14:05", "Talks resumed after lunch with a session on the fishing fleets of both countries.")


def test_a_live_entrys_time_and_heading_on_one_line_open_the_body():
    page = clean_page((HEADLINE, "16:20 | Ministers sign the lake data deal", ENTRIES[1], "14:05 | Talks resume", ENTRIES[3]), URL)
    assert page.paragraphs[:2] == ["16:20 | Ministers sign the lake data deal", ENTRIES[1]]


def test_a_time_over_a_dash_and_a_day_is_a_date_line_not_an_entry():
    page = clean_page((HEADLINE, "4:20 PM – Thursday, May 9, 2024", LEAD, SECOND, LAST), URL)
    assert page.paragraphs[0] == LEAD and page.published == datetime(2024, 5, 9, 16, 20)


def test_a_live_tag_before_a_bar_stays_in_the_headline_but_a_section_label_goes():
    from summitry.cleaning.headline import strip_section
    assert strip_section("LIVE | Lake talks day two: ministers sign data deal") == \
        "LIVE | Lake talks day two: ministers sign data deal"
    assert strip_section("Environment | Lake talks day two: ministers sign data deal") == \
        "Lake talks day two: ministers sign data deal"


def test_a_marker_and_one_link_on_a_line_inside_the_body_do_not_end_it():
    page = clean_page((HEADLINE, LEAD, "ALSO READ | Fishermen on the lake fear a second dry year", SECOND, LAST,
                       "Also read: Rains return to the Altiplano"), URL)
    assert page.paragraphs == [LEAD, SECOND, LAST]


def test_a_link_line_under_the_last_paragraph_still_ends_the_article():
    page = clean_page((HEADLINE, LEAD, SECOND, LAST, "Read also: Rains return to the Altiplano",
                       "Our newsroom depends on its readers. Consider backing our work today."), URL)
    assert page.paragraphs == [LEAD, SECOND, LAST]
