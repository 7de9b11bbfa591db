"""Scraped-page cleaning on more habits of news pages, with pages written for these tests: a banner
naming an office by its holder's title in the possessive, a navigation bar naming one event of the year
among its sections, a row of links calling on the reader, the furniture under a release
(its ID, the offer of its translations), a box of the section's other stories in French, Spanish or
English, a reading-list button, a call to read the latest news and install the app, a screen reader's
note over share links, and the writer's filing note ("Roe reported from Lima.")."""

from __future__ import annotations

import pytest
from conftest import clean_page

from summitry.cleaning import lines as ln
from summitry.cleaning.closing import strip_closing
from summitry.cleaning.headline import is_institution

HEADLINE = "Chile and Argentina reopen the Cristo Redentor pass to lorries after winter closure"
LEAD = ("Chile and Argentina reopened the Cristo Redentor mountain pass to freight traffic on Tuesday, the "
        "two public works ministries said in a joint statement issued in Mendoza.")
SECOND = ("The crossing had been shut since early June after heavy snowfall buried the approach roads on "
          "both sides of the border and damaged the customs complex at Los Horcones.")
LAST = "The ministries said they would review the winter protocol with the hauliers' unions in October."
NO_SLUG = "https://andes.example.org/news/88213"


def clean(*lines: str, url: str | None = NO_SLUG):
    return clean_page(lines, url)


# --- the headline ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, banner", [
    ("Prime Minister's Office", True),
    ("The President's Press Office", True),
    ("Minister's Office", True),
    ("Ministry of Public Works", True),
    ("Prime Minister's office said on Monday the pass would reopen", False),
    ("Chile and Argentina reopen the pass", False),
])
def test_an_office_named_by_its_holders_title_in_the_possessive_is_an_institutions_banner(line, banner):
    assert is_institution(line) is banner


def test_an_office_banner_in_the_possessive_over_the_headline_is_no_headline():
    article = clean("Government Information Service", "Republic of Example", "Prime Minister's Office",
                    "English | Español", HEADLINE, "Posted On: 04 MAR 2024 9:15AM by GIS Santiago",
                    LEAD, SECOND, LAST)
    assert article.title == HEADLINE


# --- navigation bars ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, menu", [
    ("REGIONS | ANDES | ECONOMY | MARKETS | TRADE | CULTURE | SPORTS | WORLD CUP 2026", True),
    ("Home | World | Business | Climate | Sport | Andes Summit 2024 | Video", True),
    ("Ana Ruiz | March 4, 2024 | 09:12", False),
    ("Home | Summit 2024 | Elections 2024 | Video | Sport | Climate", False),
])
def test_a_long_navigation_bar_may_name_one_event_of_the_year(line, menu):
    assert ln.is_menu(line) is menu


def test_a_navigation_bar_naming_an_event_of_the_year_is_no_headline():
    article = clean("ANDES WIRE SERVICE", "REGIONS | ANDES | ECONOMY | MARKETS | TRADE | CULTURE | SPORTS | WORLD CUP 2026",
                    HEADLINE, "News | 10:05 March 4, 2024", "By Ana Ruiz", LEAD, SECOND, LAST)
    assert article.title == HEADLINE


# --- the end of the article -----------------------------------------------------------------------------

@pytest.mark.parametrize("note", ["The following links open in a new tab", "The following links open in a new window"])
def test_a_screen_readers_note_over_share_links_is_furniture(note):
    assert ln.is_clutter(ln.norm(note))


@pytest.mark.parametrize("row, links", [
    ("Follow live updates | Read the full text of the joint statement", True),
    ("Watch the press conference | Read the ministers' statement | Listen to the podcast", True),
    ("Follow live updates | Ministers of both countries sign the freight accord in Mendoza", False),
    ("Read the statement in full | Ministers reopen the mountain pass to all lorries today", False),
])
def test_a_row_of_links_calling_on_the_reader_is_furniture(row, links):
    assert ln.is_clutter(ln.norm(row)) is links


def test_a_row_of_links_under_the_article_is_no_text():
    article = clean(HEADLINE, "By Ana Ruiz", LEAD, SECOND, LAST,
                    "Follow live updates | Read the full text of the joint statement")
    assert article.paragraphs[-1] == LAST


@pytest.mark.parametrize("footer", [
    ["(Release ID: 204411) Visitor Counter : 311", "Read this release in: Español , Português"],
    ["Read this release in: Español , Português", "Follow us on social media: @GIS_Example"],
    ["Release ID: 204411", "Read this press release in: Español"],
    ["Dans la même rubrique", "» Ministers sign freight corridor accord"],
    ["Dans la meme rubrique", "» Ministers sign freight corridor accord"],
    ["In the same section", "Ministers sign freight corridor accord"],
    ["Más en Andes Wire:", "- Ministers sign freight corridor accord", "- New customs hours at the pass"],
])
def test_a_releases_footer_or_a_box_of_the_sections_other_stories_ends_the_article(footer):
    article = clean(HEADLINE, "By Ana Ruiz", LEAD, SECOND, LAST, *footer)
    assert article.paragraphs[-1] == LAST


def test_a_paragraph_opening_with_in_the_same_section_stays():
    told = "In the same section of the statement, the ministers promised new snow ploughs for the approach roads."
    article = clean(HEADLINE, "By Ana Ruiz", LEAD, SECOND, told)
    assert article.paragraphs[-1] == told


@pytest.mark.parametrize("button", ["Save articles to read later and create your own reading list.",
                                    "Save this article to read later from any of your devices."])
def test_a_reading_list_button_above_the_article_is_no_text(button):
    article = clean(HEADLINE, "The pass had been closed since June.", "Published On 4 Mar 2024", button,
                    LEAD, SECOND, LAST)
    assert article.paragraphs[0] == LEAD


def test_a_call_to_read_the_latest_news_and_install_the_app_is_no_text():
    article = clean(HEADLINE, "By Ana Ruiz", LEAD, SECOND, LAST,
                    "Catch all the Latest Andes News along with Breaking News. Download the Andes Wire App.")
    assert article.paragraphs[-1] == LAST


@pytest.mark.parametrize("note", ["Ruiz reported from Mendoza.", "Ruiz and Vidal reported from Santiago de Chile.",
                                  "Vidal reported this story from Mendoza."])
def test_the_writers_filing_note_under_the_article_is_no_text(note):
    assert strip_closing([LEAD, SECOND, LAST, note]) == [LEAD, SECOND, LAST]
    article = clean(HEADLINE, "By Ana Ruiz", LEAD, SECOND, LAST, "___", note)
    assert article.paragraphs[-1] == LAST


def test_a_last_sentence_telling_what_was_reported_stays():
    told = "The ministry reported from its own figures that 2,000 lorries crossed in the first week."
    assert strip_closing([LEAD, told]) == [LEAD, told]
