"""Scraped-page cleaning on more habits of news pages, with pages written for these tests: a headline
closing on initials with their stops ("... over U.K."), a banner naming an office by its holder's title
in the possessive, a navigation bar naming one event of the year among its sections, a live page's
summary repeating its headline's label, a live page's entry stamps under a dated header, a list of
links each closing on its day, a row of links calling on the reader, the furniture under a release
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

def test_a_headline_closing_on_initials_with_their_stops_over_a_byline_is_the_headline():
    headline = "Envoy cancels Santiago trip after drone sighting over U.K."
    article = clean("Skip to main content", "World", headline, "By Ana Ruiz and Tomás Vidal",
                    "March 4, 2024 9:12 AM UTC", LEAD, SECOND, LAST)
    assert article.title == headline
    assert article.paragraphs[0] == LEAD


def test_a_sentence_closing_on_initials_over_a_byline_under_a_headline_stays_a_standfirst():
    standfirst = "The reopening had been demanded for weeks by hauliers from the U.S."
    article = clean(HEADLINE, standfirst, "By Ana Ruiz", "March 4, 2024 9:12 AM UTC", LEAD, SECOND, LAST)
    assert article.title == HEADLINE
    assert article.paragraphs[0] == LEAD


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


# --- a live page ----------------------------------------------------------------------------------------

LIVE_HEADLINE = "Andes Pass Live Updates: Lorries Roll Again, Ministers Meet Hauliers"
LIVE_SUMMARY = ("Andes Pass Live: The first lorries crossed the Cristo Redentor pass this morning as ministers "
                "of both countries met hauliers' unions in Mendoza.")
LIVE_LEAD = ("Chile and Argentina reopened the Cristo Redentor pass to freight on Tuesday, and the two "
             "public works ministers met hauliers' unions to agree on the winter protocol.")
ENTRIES = [
    "Mar 5, 2024 18:40 (ART)", "Ministers Meet Hauliers",
    "The ministers told the unions that the customs complex would stay open around the clock until May.",
    "Mar 5, 2024 11:15 (ART)", "Queue At Los Horcones",
    "Hundreds of lorries waited at the customs complex at Los Horcones, some of them since Sunday evening.",
    "Mar 5, 2024 07:30 (ART)", "First Lorries Cross",
    "The first lorries crossed the border shortly after dawn, escorted by police vehicles from both sides.",
]


def _live_page():
    return clean("Andes Wire", "Home | Live TV | Latest | Andes | World | Business",
                 "Andes News | Desk | Updated: March 5, 2024 7:05 pm ART", LIVE_HEADLINE, LIVE_SUMMARY,
                 "Share | WhatsApp | Facebook | Email", LIVE_LEAD, "Here are the latest updates from the pass:",
                 *ENTRIES)


def test_a_paragraph_under_a_live_headline_repeating_its_label_is_the_summary_not_the_lead():
    article = _live_page()
    assert article.title == LIVE_HEADLINE
    assert LIVE_SUMMARY not in article.paragraphs
    assert article.paragraphs[0] == LIVE_LEAD


def test_a_live_pages_updated_line_dates_it_not_its_entries_stamps():
    article = _live_page()
    assert article.published_iso.startswith("2024-03-05T19:05")


def test_the_entries_of_a_live_page_with_a_dated_header_stay_under_its_lead():
    article = _live_page()
    assert ENTRIES[2] in article.paragraphs and ENTRIES[-1] in article.paragraphs


def test_a_paragraph_opening_with_a_label_the_headline_lacks_stays_the_lead():
    lead = ("Pass Reopened At Dawn: the first lorries crossed the Cristo Redentor pass on Tuesday, "
            "escorted by police vehicles from both sides of the border.")
    article = clean(LIVE_HEADLINE, "Updated: March 5, 2024 7:05 pm ART", lead, SECOND, LAST)
    assert article.paragraphs[0] == lead


# --- the end of the article -----------------------------------------------------------------------------

def test_links_each_closing_on_their_day_under_related_content_are_no_text():
    article = clean(HEADLINE, "Published 4 March 2024", LEAD, SECOND, LAST, "Share this page",
                    "The following links open in a new tab", "Share on Facebook", "Related content",
                    "Minister's remarks at the Mendoza forum session on cross-border freight corridors, winter roads "
                    "and customs hours: 4 March 2024",
                    "Ministers to meet hauliers on winter protocol", "Is this page useful?", "Yes", "No")
    assert article.paragraphs[-1] == LAST


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
