"""Scraped-page cleaning on more habits of news pages, with pages written for these tests: a day written
year first in dots and closed with a full stop ("2024.02.21."), a line crediting the text to an agency
and the site's web address under the standfirst, a caption closed by a photographer's name and outlet
after a slash, a site's call to read its latest news under the article, a "Read more on:" label over the
story's tags, a section label pairing two topics with an ampersand, and a site's tagline listing the
kinds of content it offers."""

from __future__ import annotations

import pytest
from conftest import clean_page

from summitry.cleaning import lines as ln
from summitry.cleaning.dates import find_dates
from summitry.cleaning.headline import lists_offer
from summitry.cleaning.meta import Header, read_meta

HEADLINE = "Estonia and Latvia agree to build a joint ferry terminal in the Gulf of Riga"
STANDFIRST = "The two transport ministries expect the first ships to call at the terminal within three years."
LEAD = ("Estonia and Latvia agreed on Monday to build a shared ferry terminal on the Gulf of Riga, the "
        "two transport ministers said after signing a memorandum in Pärnu.")
SECOND = ("The terminal is meant to shorten the crossing to the islands and to take freight off the "
          "coastal road, which has been congested since the border reopened to lorries.")
LAST = "The ministers will meet again in Riga in the autumn to choose the builder."
NO_SLUG = "https://baltic.example.org/news/55120"


def clean(*lines: str, url: str | None = NO_SLUG):
    return clean_page(lines, url)


# --- a day in dots, year first, closed by a full stop ------------------------------------------------

@pytest.mark.parametrize("text", ["2024.02.21.", "Example Weekly   2024.02.21.", "2024.02.21. 10:15"])
def test_a_dotted_year_first_day_closed_by_a_stop_is_a_date_line(text):
    head = Header()
    assert read_meta(text, head)
    assert head.dates and head.dates[0][1].value.date().isoformat() == "2024-02-21"


def test_a_dotted_day_closed_by_a_stop_dates_the_page_and_parts_the_standfirst_from_the_lead():
    article = clean("Example Weekly", HEADLINE, STANDFIRST, "Example Weekly   2024.02.21.", LEAD, SECOND, LAST)
    assert article.published_iso.startswith("2024-02-21")
    assert article.paragraphs[0] == LEAD


def test_the_stop_after_a_dotted_day_is_taken_only_at_a_words_end():
    found = find_dates("signed on 2024.02.21.5 by both sides")
    assert not found or found[0].end == len("signed on 2024.02.21")


# --- the text's sources under the standfirst; a caption credited after a slash -------------------------

def test_a_line_of_an_agency_and_a_web_address_under_the_standfirst_credits_the_text():
    article = clean(HEADLINE, STANDFIRST, "XNA, BalticPost.ee",
                    "Ferries moored at the old harbour of Pärnu. / J. Tamm/BalticPost", LEAD, SECOND, LAST)
    assert article.paragraphs[0] == LEAD
    assert STANDFIRST not in article.paragraphs


@pytest.mark.parametrize("text", ["NATO, EU", "Riga, Tallinn", "XNA, YNA"])
def test_capitals_or_names_alone_joined_by_commas_credit_nothing(text):
    assert not read_meta(text, Header())


def test_a_caption_closed_by_a_photographer_and_outlet_after_a_slash_is_a_caption():
    caption = "Ferries moored at the old harbour of Pärnu. / J. Tamm/BalticPost"
    assert ln.is_caption(caption, before_body=True)
    assert ln.is_caption("Ferries moored at the old harbour of Pärnu. Jaan Tamm/Baltic Post", before_body=True)
    assert not ln.is_caption("Ferries moored at the old harbour of Pärnu.", before_body=True)


# --- the end of the article ---------------------------------------------------------------------------

@pytest.mark.parametrize("appeal", [
    "Catch all the Latest Baltic News, World News and Breaking News.",
    "Get the latest news from the region on our app.",
])
def test_a_call_to_read_the_sites_latest_news_under_the_article_is_no_text(appeal):
    article = clean(HEADLINE, "By Jaan Tamm", LEAD, SECOND, LAST, appeal, "TOPICS", "Estonia  Latvia  Ferries")
    assert article.paragraphs[-1] == LAST


def test_a_paragraph_telling_of_the_latest_news_stays():
    told = "Officials said they would read the latest news from the ministry before deciding."
    article = clean(HEADLINE, "By Jaan Tamm", LEAD, SECOND, told)
    assert article.paragraphs[-1] == told


def test_read_more_on_over_the_storys_tags_ends_the_article():
    article = clean(HEADLINE, "By Jaan Tamm", LEAD, SECOND, LAST, "Read more on:",
                    "estonia | latvia | ferries | gulf of riga", "Related Links",
                    "Latvia opens tender for new coastal road", "© 2024 Example Weekly")
    assert article.paragraphs[-1] == LAST


# --- the headline ---------------------------------------------------------------------------------------

def test_a_section_label_pairing_two_topics_with_an_ampersand_is_no_headline():
    article = clean("Politics & Diplomacy", "Science & Space", HEADLINE,
                    "The terminal would be the first shared port of the two countries", LEAD, SECOND, LAST)
    assert article.title == HEADLINE


def test_a_headline_joining_two_names_with_an_ampersand_is_kept():
    headline = "Kallas & Karins sign ferry terminal memorandum in Pärnu"
    article = clean(headline, LEAD, SECOND, LAST)
    assert article.title == headline


def test_a_sites_tagline_listing_what_it_offers_is_no_headline():
    article = clean("Exclusive news, data and analysis for shipping professionals", HEADLINE, "By Jaan Tamm",
                    "May 6, 2025 4:31 PM EDT", LEAD, SECOND, LAST)
    assert article.title == HEADLINE


@pytest.mark.parametrize("line, offer", [
    ("Exclusive news, data and analytics for financial market professionals", True),
    ("Breaking news and analysis from the Baltics", True),
    ("News, views and insight", True),
    ("Data and analysis show freight on the gulf doubled", False),
    ("News and analysis.", False),
    ("Estonia and Latvia agree to build a joint ferry terminal", False),
])
def test_a_tagline_lists_kinds_of_content_with_no_verb_after_them(line, offer):
    assert lists_offer(line) is offer
