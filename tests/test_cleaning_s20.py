"""Scraped-page cleaning on more habits of news pages, with pages written for these tests: a date line
whose update is said in words ("an hour ago"), a numeric day read in the order its weekday fits, a
month, day and year joined by hyphens or a slash, a yearless day and month joined by a slash before a
time, a date line opening with "On" and a byline closing with the reporter's town, the year of the
copyright notice for a yearless wire dateline, a wire's closing time stamp in local time, navigation
bars of single words or of short labels parted by double spaces, an agency's credit in brackets after
the last sentence, a list of related releases under a heading, and a photo caption over the lead."""

from __future__ import annotations

import pytest
from conftest import clean_page

from summitry.cleaning import lines as ln
from summitry.cleaning.dates import find_dates, find_yearless

HEADLINE = "Chile and Argentina agree to reopen a mountain pass to freight traffic"
LEAD = ("Chile and Argentina agreed on Tuesday to reopen a high Andean pass to lorries from next month, "
        "the two transport ministers said after talks in Mendoza.")
SECOND = ("The pass has been closed to freight since a landslide two winters ago, and its road has since "
          "been rebuilt with avalanche shelters on both sides of the border.")
LAST = "The ministers will meet again in Santiago in the spring to review the first months of traffic."
NO_SLUG = "https://andes.example.org/news/48213"


def clean(*lines: str, url: str | None = NO_SLUG):
    return clean_page(lines, url)


# --- dates ----------------------------------------------------------------------------------------------

def test_a_date_line_with_its_update_said_in_words_dates_the_page():
    article = clean(HEADLINE, "March 5, 2024 6:52 PM GMT-3 Updated an hour ago", LEAD, SECOND, LAST)
    assert article.published_iso.startswith("2024-03-05T18:52")


@pytest.mark.parametrize("text, day", [
    ("Sunday, 9/10/2023", (2023, 9, 10)),  # 10 September 2023 was a Sunday, 9 October a Monday
    ("Monday, 9/10/2023", (2023, 10, 9)),
    ("Tuesday, 3/4/2025, 10:05", (2025, 3, 4)),  # 3 April 2025 was a Thursday
])
def test_the_weekday_printed_before_a_numeric_day_decides_its_order(text, day):
    found = find_dates(text)
    assert [(f.value.year, f.value.month, f.value.day) for f in found] == [day]
    assert found[0].swapped is None


def test_a_numeric_day_that_reads_both_ways_and_names_no_weekday_keeps_both_readings():
    found = find_dates("9/10/2023")
    assert found[0].swapped is not None


@pytest.mark.parametrize("text, when", [
    ("Aug - 12 - 2023 , 09:15", (2023, 8, 12, 9, 15)),
    ("Politics  Mar - 4 - 2024", (2024, 3, 4, 0, 0)),
    ("January 11/2025", (2025, 1, 11, 0, 0)),
])
def test_a_month_day_and_year_joined_by_hyphens_or_a_slash_are_read(text, when):
    found = find_dates(text)
    assert [(f.value.year, f.value.month, f.value.day, f.value.hour, f.value.minute) for f in found] == [when]


def test_a_yearless_day_and_month_joined_by_a_slash_before_a_time_are_read():
    [(_, _, day)] = find_yearless("Last updated: 06/07 - 18:40")
    assert (day.month, day.day, day.hour, day.minute) == (7, 6, 18, 40)
    assert find_yearless("Half of 3/4 voted") == []  # a fraction with no time after it


def test_a_yearless_date_line_with_a_slash_takes_its_year_from_the_url():
    article = clean(HEADLINE, "Last updated: 06/07 - 18:40", LEAD, SECOND, LAST,
                    url="https://andes.example.org/2024/07/06/pass-reopens/")
    assert article.published_iso.startswith("2024-07-06T18:40")


def test_a_date_line_opening_with_on_and_naming_the_reporters_town_dates_the_page():
    article = clean(HEADLINE, "On 11/28/2024 by Jane Roe, Mendoza", LEAD, SECOND, LAST,
                    url="https://andes.example.org/2024/11/pass-reopens/")
    assert article.published_iso.startswith("2024-11-28")
    assert article.byline == "Jane Roe"


def test_the_copyright_year_places_a_yearless_wire_dateline():
    # 18 January was a Wednesday in 2023 and a Thursday in 2024: the Thursday the text names is the
    # signing's, not the dispatch's; the notice says 2023.
    lead = ("Mendoza, Jan 18 (EFE).- Chile and Argentina will sign an agreement to reopen a high Andean pass "
            "on Thursday in Mendoza, the two governments said.")
    article = clean(HEADLINE, lead, SECOND, LAST, "(c) Example Agency 2023. All rights reserved.")
    assert article.published_iso.startswith("2023-01-18")
    without = clean(HEADLINE, lead, SECOND, LAST)
    assert without.published_iso.startswith("2024-01-18")


def test_a_span_of_years_in_the_copyright_notice_places_nothing():
    lead = ("Mendoza, Jan 18 (EFE).- Chile and Argentina will sign an agreement to reopen a high Andean pass "
            "on Thursday in Mendoza, the two governments said.")
    article = clean(HEADLINE, lead, SECOND, LAST, "© 1998-2023 Example Agency. All rights reserved.")
    assert article.published_iso.startswith("2024-01-18")


def test_a_wires_closing_time_stamp_in_local_time_gives_the_dateline_day_its_time():
    lead = ("MENDOZA, March 12, 2024 (Reuters) - Chile and Argentina agreed today to reopen a high Andean pass "
            "to lorries from next month, the two transport ministers said.")
    article = clean(HEADLINE, lead, SECOND, LAST, "--EXA", "21:42 LOCAL TIME 00:42 GMT", "Print | Share")
    assert article.published_iso.startswith("2024-03-12T21:42")
    assert article.timezone == "-03:00"
    assert clean(HEADLINE, lead, SECOND, LAST).published_iso == "2024-03-12"


def test_a_time_in_a_sentence_or_several_local_stamps_give_no_time():
    lead = ("MENDOZA, March 12, 2024 (Reuters) - Chile and Argentina agreed today to reopen a high Andean pass "
            "to lorries from next month, the two transport ministers said.")
    article = clean(HEADLINE, lead, SECOND, LAST, "--EXA", "21:42 local time", "Related", "09:10 local time")
    assert article.published_iso == "2024-03-12"


# --- navigation bars above the headline ----------------------------------------------------------------

@pytest.mark.parametrize("bar", [
    "Home News Sport Weather Sounds",  # one-word sections parted by single spaces
    "Top Stories  Americas  U.S.  Opinion  Markets",  # an item of initials closed by its full stop
])
def test_a_navigation_bar_over_the_headline_is_no_headline(bar):
    article = clean("ANDES EXAMPLE", bar, HEADLINE, "12 Mar 2024", LEAD, SECOND, LAST)
    assert article.title == HEADLINE
    assert ln.is_menu(bar)


@pytest.mark.parametrize("line", [
    "Chile Argentina Reopen Andes Pass",  # a headline in title case
    "Home Secretary Visits Flooded Towns",
    "Talks end.  U.S.  U.K.",
])
def test_a_headline_in_title_case_is_no_menu(line):
    assert not ln.is_menu(line)


# --- under the last paragraph ----------------------------------------------------------------------------

def test_a_box_of_recent_releases_under_a_statement_is_no_body():
    article = clean(HEADLINE, "12 Mar 2024", LEAD, SECOND, LAST, "Share: Facebook | X | Email", "Recent Releases",
                    "- Minister receives the ambassador of Peru", "- Minister congratulates the new mayor of Mendoza")
    assert article.paragraphs[-1] == LAST


# --- above the first paragraph ---------------------------------------------------------------------------

def test_a_caption_saying_what_people_do_by_a_participle_is_no_lead():
    caption = "President Jane Roe of Chile greeting President John Doe at La Moneda, Santiago, yesterday."
    lead = ("President Jane Roe on Tuesday received President John Doe at La Moneda, where the two agreed to "
            "reopen a high Andean pass to lorries from next month.")
    article = clean(HEADLINE, "12 Mar 2024", caption, lead, SECOND, LAST)
    assert article.paragraphs[0] == lead
    assert caption in article.captions


@pytest.mark.parametrize("line", [
    "President Jane Roe greeting President John Doe said the pass would reopen.",  # a finite verb
    "Lorries crossing the pass again after two winters, drivers said.",
])
def test_a_sentence_with_a_finite_verb_is_no_participle_caption(line):
    assert not ln.names_only(line)
