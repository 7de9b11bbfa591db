"""Scraped-page cleaning on more habits of news pages, with pages written for these tests: navigation
bars of many sections (parted by bars, or by gaps with a language named in its own script), desk
initials parted by spaces and a contributor's place after "contributed", a gallery label and a
"Related posts" box under the article, a keyword slug named by the headline and its standfirst
together, a live page whose headline names its latest entry, and a standfirst over the page's photo."""

from __future__ import annotations

import pytest
from conftest import clean_page

from summitry.cleaning import lines as ln
from test_cleaning_s17 import HEADLINE, LAST, LEAD, SECOND

NO_SLUG = "https://north.example.org/news/48213"


def clean(*lines: str, url: str | None = NO_SLUG):
    return clean_page(lines, url)


def body(*tail: str, last: str = LAST) -> list[str]:
    return clean(HEADLINE, LEAD, SECOND, last, *tail).paragraphs


# --- navigation bars above the headline ----------------------------------------------------------------

@pytest.mark.parametrize("bar", [
    "Home | Nation | Economy & Trade | Science & Space | Society & Culture | Sport | Photos | Video",
    "NATION | WORLD | ECONOMY | SCI-TECH | CULTURE | PHOTOS",
    "Nation | World | Economy | Opinion",
])
def test_a_bar_of_many_section_labels_parted_by_bars_is_no_headline(bar):
    article = clean("North Example", bar, HEADLINE, LEAD, SECOND, LAST)
    assert article.title == HEADLINE
    assert ln.is_menu(bar)


def test_a_navigation_bar_naming_a_language_in_its_own_script_is_no_headline():
    bar = "Home  Nation  World  Economy  Sport  English  हिन्दी"
    article = clean("North Example", bar, HEADLINE, "12 Mar 2024, 10:15", LEAD, SECOND, LAST)
    assert article.title == HEADLINE
    assert ln.is_menu(bar)


@pytest.mark.parametrize("line", [
    "Jane Roe | Reporter | Tromso",  # a byline's name, role and place
    "Source: Example Agency | Editor: jroe | Desk: North",  # labelled credits
    "Arctic | Norway and Iceland agree to share a coast guard vessel",  # a label and a headline
])
def test_few_items_labelled_items_or_a_headline_parted_by_bars_are_no_menu(line):
    assert not ln.is_menu(line)


# --- under the last paragraph ----------------------------------------------------------------------------

def test_an_agencys_and_desk_hands_initials_parted_by_spaces_close_no_text():
    assert body(last=f"{LAST} EXA  JR  MNT")[-1] == LAST


def test_a_contributor_credited_with_the_place_worked_from():
    assert body("___", "Example Press writer Ana Lund contributed from Reykjavik.")[-1] == LAST


def test_a_sentence_on_what_a_fund_contributed_from_stays():
    closing = "The coast guard fund contributed from its own reserves."
    assert body(last=closing)[-1] == closing


def test_a_gallery_label_under_the_last_paragraph_is_no_text():
    assert body("Photos", "Share: Facebook | X")[-1] == LAST


def test_a_related_posts_box_ends_the_article():
    paragraphs = body("Related posts", "- Iceland buys two patrol boats", "- Coast guards train in Bodo")
    assert paragraphs[-1] == LAST


# --- a keyword slug named by the headline and the standfirst together --------------------------------

KEYWORD_URL = "https://north.example.org/en/2024/03/12/norway-iceland-tromso/"
SHORT_HEADLINE = "Norway to share a coast guard ship with its neighbour"
STANDFIRST = "The defence ministers of both countries will sign the deal with Iceland in Tromso next week"


def test_headline_and_standfirst_together_naming_a_keyword_slug():
    article = clean("Arctic", SHORT_HEADLINE, STANDFIRST, LEAD, SECOND, LAST, url=KEYWORD_URL)
    assert article.title == SHORT_HEADLINE


def test_a_shorter_line_under_the_headline_is_no_standfirst_naming_the_slug():
    article = clean("Arctic", "Norway to share a coast guard ship with Iceland and its fleet", "Deal to be signed in Tromso",
                    LEAD, SECOND, LAST, url=KEYWORD_URL)
    assert article.title is None


# --- a live page whose headline names its latest entry -------------------------------------------------

FIRST_ENTRY = ("The two ministers signed the vessel agreement at the harbour in Tromso, officials said, after "
               "a night of talks on the crews.")
SECOND_ENTRY = "The talks opened with a session on the ice charts of both coast guards, the ministries said."


def test_a_live_entrys_heading_repeating_the_headline_opens_no_entry():
    article = clean("Arctic talks LIVE: Ministers sign vessel deal; crews to train together",
                    "Published: March 12, 2024 10:05", "10:05 AM CET", "Ministers sign vessel deal", FIRST_ENTRY,
                    "9:10 AM CET", "Talks open in Tromso", SECOND_ENTRY,
                    url="https://north.example.org/live/arctic-talks-live-updates-48213")
    assert article.paragraphs[0] == FIRST_ENTRY
    assert article.title == "Arctic talks LIVE: Ministers sign vessel deal; crews to train together"


# --- a standfirst over the page's photo --------------------------------------------------------------

SUMMARY = "The deal ends years of argument over who patrols the waters north of the Arctic Circle."
CAPTION = "The two ministers at the harbour in Tromso. (Photo: Example Ministry)"


def test_a_standfirst_telling_no_day_over_the_photo_and_the_lead():
    article = clean(HEADLINE, SUMMARY, CAPTION, LEAD, SECOND, LAST)
    assert article.paragraphs == [LEAD, SECOND, LAST]
    assert CAPTION in article.captions


def test_a_lead_telling_its_day_over_a_photo_stays_the_lead():
    article = clean(HEADLINE, LEAD, CAPTION, SECOND, LAST)
    assert article.paragraphs == [LEAD, SECOND, LAST]
