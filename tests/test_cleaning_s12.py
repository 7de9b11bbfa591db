"""Scraped-page cleaning, round 12, on pages written for these tests: an end line with the desk's
initials, share bars with bars between the buttons, a qualified source label, an outlet crediting
the wires it drew on, one link inside the text over the last paragraph, a caption under its photo
credit, a subheading over an ellipsis, a month's abbreviation before the day in the last sentence;
date lines with an empty relative stamp, a dateline with a full stop after its place, a headline
closing with its date, and a yearless day placed by the nearest date of the page."""

from __future__ import annotations

from datetime import datetime

import pytest

from conftest import clean_page
from summitry.cleaning.closing import strip_closing
from summitry.cleaning.dateline import split_dateline
from summitry.cleaning.published import choose_published
from summitry.cleaning.dates import find_dates

HEADLINE = "Chile and Argentina renew their accord on southern fishing grounds"
LEAD = ("Fisheries officials of Chile and Argentina renewed on Tuesday a ten-year accord on the fishing "
        "grounds south of the Beagle Channel, the two ministries said after a meeting in Punta Arenas.")
SECOND = ("The accord caps the catch of southern hake and sets up a joint patrol of the channel during "
          "the spawning season.")
LAST = "The officials will meet again in Ushuaia in the autumn."
URL = "https://fish.example.org/news/chile-and-argentina-renew-fishing-accord/"
TODAY = datetime(2026, 11, 27)


def page(*tail: str, head: tuple[str, ...] = (HEADLINE,), url: str | None = URL):
    return clean_page((*head, LEAD, SECOND, LAST, *tail), url)


@pytest.mark.parametrize("tail", [
    ("Enditem/ab", "Related News", "Other story from the same desk"),  # an end line and the desk's initials
    ("END/xy.zz",),
    ("Share this page: Facebook | X | LinkedIn",),  # share buttons with bars between them
    ("Share this news:  Facebook  X  WhatsApp",),
    ("Editorial sources: Example Fisheries Service",),  # a source label, qualified
    ("Original source: Example Fisheries Service",),
])
def test_what_stands_under_the_last_paragraph_goes(tail):
    assert page(*tail).paragraphs[-1] == LAST


def test_an_end_word_running_into_other_words_is_no_end_line():
    more = "The patrol boats will leave from Puerto Williams, the officials added."
    assert page("Endgame", more).paragraphs[-1] == more


def test_an_outlet_crediting_the_wires_it_drew_on_closes_the_text():
    for credit in ("(EXAMPLE NEWS with AFP, AP and Reuters)", "(The Korea Herald with agencies)"):
        assert strip_closing([LEAD, LAST, credit]) == [LEAD, LAST]
    # a sentence that merely ends with an agency's name stays
    assert strip_closing([LEAD, "The talks went on with AFP"]) == [LEAD, "The talks went on with AFP"]


def test_one_link_inside_the_text_over_the_last_paragraph_and_the_footer():
    """ "Read also: Other story" between two paragraphs, the last one over the copyright line: the
    article goes on under the link."""
    last = "Both sides said the accord could be widened to the krill fishery within two years."
    got = page("Read also: Chile, Argentina: a long quarrel over the channel", last, "© 2026 Example News")
    assert got.paragraphs[-1] == last
    # with nothing under the paragraph, it may be the linked story's teaser or an appeal: the text ends at the link
    got = page("Read also: Chile, Argentina: a long quarrel over the channel", last)
    assert got.paragraphs[-1] == LAST


def test_a_caption_under_its_photo_credit_inside_the_body():
    caption = "The Chilean minister (R) and her Argentine counterpart (L) sign the accord in Punta Arenas."
    got = page("Photo: Example Ministry", caption, "Follow us on X @examplenews")
    assert got.paragraphs[-1] == LAST
    assert caption in got.captions


def test_a_position_cue_with_no_caption_above_stays_in_the_body():
    last = "Asked about it, the mayor (R) said the patrol boats would be based in Punta Arenas."
    assert page(last).paragraphs[-1] == last


def test_a_subheading_over_an_ellipsis_heads_a_part_left_out():
    got = page("On the questions of the krill fishery", "...", "Print version | Send by e-mail")
    assert got.paragraphs[-1] == LAST
    # without the ellipsis a heading is kept where it stands
    got = page("On the questions of the krill fishery", "The krill catch stays as it is this year.")
    assert "On the questions of the krill fishery" in got.paragraphs


def test_a_months_abbreviation_before_the_day_ends_no_sentence():
    last = "The two ministers are due to sign the maps in Santiago on Dec. 3-4."
    assert strip_closing([LEAD, last]) == [LEAD, last]
    assert page(last).paragraphs[-1] == last


def test_a_relative_stamp_scraped_without_its_number_leaves_the_time():
    got = page(head=(HEADLINE, "By Jane Roe", "March 3, 2026 4:15 PM UTC Updated ago"))
    assert got.published == datetime(2026, 3, 3, 16, 15) and got.published_precision == "minute"


def test_a_dateline_with_a_full_stop_after_its_place():
    d = split_dateline("SANTIAGO. Mar 3 (Interfax) - Fisheries officials met on Tuesday.")
    assert d is not None and d.place == "SANTIAGO" and d.agency == "Interfax" and d.day == (3, 3, None)
    assert d.rest == "Fisheries officials met on Tuesday."
    d = split_dateline("WASHINGTON D.C. May 4 (AP) - The talks opened on Monday.")
    assert d is not None and d.place == "WASHINGTON D.C."  # an abbreviation keeps its stop
    lead = "SANTIAGO. Mar 3 (Interfax) - Fisheries officials of Chile and Argentina met on Tuesday, the ministry said."
    got = clean_page((HEADLINE, lead, SECOND, LAST), "https://fish.example.org/newsroom/12345/")
    assert got.published == datetime(2026, 3, 3)  # the weekday gives the year: 3 March 2026 is a Tuesday
    assert got.paragraphs[0].startswith("Fisheries officials")


def test_a_date_closing_the_headline_dates_the_page():
    head = "Deputy minister's remarks at the fisheries meeting, Punta Arenas, March 3, 2026"
    got = page(head=(head,), url="https://fish.example.org/en/remarks/9876/")
    assert got.title == head
    assert got.published == datetime(2026, 3, 3) and got.published_precision == "day"
    # a date line outranks it
    got = page(head=(head, "Published: 4 March 2026, 09:30"), url="https://fish.example.org/en/remarks/9876/")
    assert got.published == datetime(2026, 3, 4, 9, 30)
    # a date inside the headline, not after a comma at its end, dates nothing
    got = page(head=("Ministers to meet on March 3, 2026 in Punta Arenas",), url="https://fish.example.org/en/r/1/")
    assert got.published is None


def test_a_yearless_day_falls_in_the_year_nearest_the_dates_of_the_page():
    """A dispatch of 13 January recalling 11 October 2025 is of January 2026, not of nine months before."""
    lead = "The two ministers first met in Punta Arenas on October 11, 2025."
    text = find_dates(lead)
    got = choose_published([], (1, 13, None), None, [lead], [], today=TODAY, text_dates=text)
    assert got.value == datetime(2026, 1, 13)
    # and a day of spring that looks ahead to a date of summer falls in the same year
    lead = "The accord is due to be signed in Ushuaia on June 20, 2025."
    got = choose_published([], (3, 2, None), None, [lead], [], today=TODAY, text_dates=find_dates(lead))
    assert got.value == datetime(2025, 3, 2)
    # a date half a year off could lie before or after the day: no year
    lead = "The two ministers last met in Punta Arenas on September 10, 2025."
    got = choose_published([], (3, 2, None), None, [lead], [], today=TODAY, text_dates=find_dates(lead))
    assert got.value is None
