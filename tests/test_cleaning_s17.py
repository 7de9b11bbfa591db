"""Scraped-page cleaning on more habits of news pages, with pages written for these tests: credits
under the last paragraph (editors' initials before the wires, a
foreign-language desk's contribution), a republishing button, a translation notice, a banner of
the site and its section above the headline and a date line in a national calendar's era."""

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


# --- headlines under a banner ----------------------------------------------------------------------

RELEASE = "Minister Roe welcomes the Icelandic defence minister for talks on Arctic patrols"


def test_banner_of_site_and_section_is_no_headline_under_an_editors_slug():
    article = clean("Example Ministry - Newsroom", RELEASE, "Oslo, 6 June 2024", LEAD, SECOND, LAST,
                    url="https://gov.example.org/newsroom/detail/en/release_24_118")
    assert article.title == RELEASE


def test_banner_of_site_and_section_is_no_headline_without_a_slug():
    article = clean("Example Ministry - Newsroom", RELEASE, "Oslo, 6 June 2024", LEAD, SECOND, LAST,
                    url="https://gov.example.org/archives/8123")
    assert article.title == RELEASE


# --- a date in a national calendar's era ------------------------------------------------------------

def test_era_year_with_western_year_and_weekday_is_a_date_line():
    article = clean("Example Agency", "Juche 113 (2024) June 6, Thursday", HEADLINE, LEAD, SECOND, LAST, url=None)
    assert article.title == HEADLINE and article.published_iso == "2024-06-06"


# --- lists of links under the article --------------------------------------------------------------

def test_other_articles_heading_ends_the_body():
    assert body("Other Articles", "- Sweden opens a new ferry line to Finland")[-1] == LAST


def test_editors_pick_line_of_links_ends_the_body():
    assert body("Editor's pick: Ferries return to the fjords | Fishing quotas set for autumn")[-1] == LAST


def test_next_and_previous_links_are_no_body():
    assert body("Next: Remarks by the minister on fisheries ...", "Previous: Statement on the spring budget ...")[-1] == LAST


def test_linked_headline_with_an_abbreviation_stop_is_skipped():
    paragraphs = body("Related coverage:", "Norway pledges $2 bil. for Arctic research over 5 years",
                      "Iceland names a new fisheries minister")
    assert paragraphs[-1] == LAST


def test_photographer_credit_under_the_last_paragraph():
    assert body("Photo by Press Office of the Ministry")[-1] == LAST


def test_tag_list_under_the_last_paragraph():
    assert body("NORWAY, ICELAND, defence, coast guard, Arctic")[-1] == LAST


def test_a_list_sentence_closing_the_article_stays():
    ending = "The crews will come from Tromso, Bodo, Akureyri and Reykjavik."
    assert body(ending)[-1] == ending
