"""Scraped-page cleaning on more habits of news pages, with pages written for these tests: a credit
line ("Written by: AGENCY") over a date line under a standfirst, a desk's credit between bars before a
labelled date, a URL dating its page day first ("/16/08/2024/"), a place's dateline opening a lead that
tells its day with a date line under it, a caption closing on a name in brackets after its full stop,
a standfirst under the page's photo, a summary the article restates in the same words, a government
page's box of associated links, a call to follow the outlet's coverage at its web address, a
breadcrumb trail holding the headline, and a headline closing on "a.m."."""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import clean_page

from summitry.cleaning import lines as ln
from summitry.cleaning.dates import date_from_url
from summitry.cleaning.headline import strip_section

HEADLINE = "Norway and Iceland settle mackerel quota dispute after two days of talks in Reykjavik"
STANDFIRST = "The deal, reached after a decade of rows over the stock, gives each side a fixed share until 2030."
LEAD = ("Norway and Iceland on Wednesday agreed how to share the North Atlantic mackerel catch, ending a "
        "quarrel that had soured relations between the two fishing nations for years, their ministers said.")
SECOND = ("The accord was signed in Reykjavik by the two fisheries ministers after talks that ran late into "
          "the night, with observers from the Faroe Islands in the room.")
THIRD = "Trawler owners in both countries welcomed the settlement but said the quotas remained too low."
LAST = "The ministers will meet again in Bergen next spring to review the figures."
NO_SLUG = "https://northsea.example.org/news/51377"


def clean(*lines: str, url: str | None = NO_SLUG):
    return clean_page(lines, url)


# --- where the article proper starts --------------------------------------------------------------------

def test_a_credit_line_over_a_date_line_under_the_first_paragraph_makes_it_a_standfirst():
    article = clean(HEADLINE, STANDFIRST, "Written by: Example Wire", "Oslo | Updated: May 8, 2024 18:40 CET",
                    "Share", LEAD, SECOND, THIRD, LAST)
    assert article.paragraphs[0] == LEAD
    assert article.paragraphs[-1] == LAST
    assert len(article.paragraphs) == 4


def test_a_credit_line_closing_the_article_still_ends_it():
    article = clean(HEADLINE, "May 8, 2024", LEAD, SECOND, "Written by: Jane Roe", "Most read", "Other story here")
    assert article.paragraphs == [LEAD, SECOND]


def test_a_desks_credit_between_bars_before_a_labelled_date_is_a_date_line():
    article = clean(HEADLINE, STANDFIRST, "World | Edited by the World Desk | Updated: May 8, 2024 7:48 pm CET",
                    LEAD, SECOND, THIRD)
    assert article.paragraphs[0] == LEAD
    assert article.published == datetime(2024, 5, 8, 19, 48)


def test_a_place_dateline_opening_a_lead_that_tells_its_day_keeps_it_the_lead_over_a_date_line():
    lead = "REYKJAVIK – " + LEAD
    article = clean(HEADLINE, STANDFIRST, lead, "May 8, 2024", "AFP", SECOND, THIRD, LAST)
    assert article.paragraphs[0] == LEAD
    assert article.paragraphs[1] == SECOND


def test_a_file_photo_caption_opening_as_a_dateline_does_not_become_the_lead():
    caption = "FILE – Trawlers moored in the harbour of Tromso on Tuesday, March 5, 2024."
    article = clean(HEADLINE, STANDFIRST, caption, "May 8, 2024", LEAD, SECOND, THIRD)
    assert article.paragraphs[0] == LEAD


def test_a_caption_closing_on_a_name_in_brackets_after_its_stop_is_no_lead():
    caption = "The two fisheries ministers at the harbour of Reykjavik. (Nordbild)"
    article = clean(HEADLINE, "By Jane Roe", "May 8, 2024", caption, LEAD, SECOND, THIRD)
    assert article.paragraphs[0] == LEAD
    assert caption in article.captions


def test_a_one_paragraph_item_closing_on_its_agency_in_brackets_keeps_its_text():
    lead = LEAD + " (Example Wire)"
    article = clean(HEADLINE, "By Jane Roe", "May 8, 2024", lead)
    assert article.paragraphs[0].startswith("Norway and Iceland on Wednesday")


def test_a_standfirst_under_the_photo_that_tells_no_day_gives_way_to_a_lead_that_does():
    caption = "Fishing boats in the harbour of Reykjavik. | Photo: Example Photo Agency"
    summary = "The two countries agreed to share the mackerel catch and to review the quotas every year."
    lead = "On Wednesday, Norway and Iceland ended a long quarrel over the North Atlantic mackerel catch."
    article = clean(HEADLINE, "Published 8 May 2024", caption, summary, lead, SECOND, THIRD)
    assert article.paragraphs[0] == lead


def test_a_lead_under_the_photo_stays_when_the_next_paragraph_tells_no_day_either():
    caption = "Fishing boats in the harbour of Reykjavik. | Photo: Example Photo Agency"
    lead = "Norway and Iceland have agreed to share the mackerel catch after years of quarrels."
    article = clean(HEADLINE, "Published 8 May 2024", caption, lead, SECOND, THIRD)
    assert article.paragraphs[0] == lead


def test_a_lead_under_the_photo_stays_when_the_next_paragraph_tells_its_day_further_on():
    caption = "Fishing boats in the harbour of Reykjavik. | Photo: Example Photo Agency"
    lead = "Norway and Iceland have settled their quarrel over the mackerel catch at a meeting in Reykjavik."
    second = "The two ministers met at the fisheries ministry on Wednesday and signed a five-year accord."
    article = clean(HEADLINE, "Published 8 May 2024", caption, lead, second, THIRD)
    assert article.paragraphs[0] == lead


def test_a_summary_the_article_restates_in_the_same_words_is_no_part_of_it():
    summary = "Fisheries minister Ola Berg said the accord would end years of overfishing in the North Atlantic."
    lead = "Norway and Iceland will sign a mackerel accord in Reykjavik on Wednesday, the Norwegian government said."
    again = "Fisheries minister Ola Berg said the deal would put an end to a decade of overfishing of the stock."
    article = clean(HEADLINE, "Example Times, Monday 6 May 2024", summary, lead, again, THIRD)
    assert article.paragraphs[0] == lead


def test_a_first_paragraph_whose_opening_words_name_no_one_stays_though_a_later_one_shares_them():
    lead = "The two ministers agreed to share the mackerel catch after talks that ran late into the night."
    second = "On Wednesday the accord was signed in Reykjavik in front of observers from the Faroe Islands."
    again = "The two ministers agreed to meet again in Bergen next spring to review the figures."
    article = clean(HEADLINE, "Example Times, Monday 6 May 2024", lead, second, again, THIRD)
    assert article.paragraphs[0] == lead


# --- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, day", [
    ("https://gulf.example.com/article/16/08/2024/talks-conclude", datetime(2024, 8, 16)),
    ("https://gulf.example.com/article/08/16/2024/talks-conclude", datetime(2024, 8, 16)),
    ("https://gulf.example.com/article/07/07/2024/talks-conclude", datetime(2024, 7, 7)),
    ("https://gulf.example.com/article/03/04/2024/talks-conclude", None),
])
def test_a_url_path_giving_its_day_first_and_the_year_last_dates_the_page(url, day):
    found = date_from_url(url)
    assert (found[0] if found else None) == day


def test_a_page_with_no_date_line_is_dated_by_its_day_first_url_path():
    article = clean(HEADLINE, LEAD, SECOND, THIRD, url="https://gulf.example.com/article/16/08/2024/quota-deal")
    assert article.published == datetime(2024, 8, 16)


# --- where the article ends ------------------------------------------------------------------------------

def test_a_box_of_associated_links_under_a_release_ends_it():
    article = clean(HEADLINE, "May 8, 2024", LEAD, SECOND, "Associated Links", "- Joint statement on quotas",
                    "Media Relations: Office of the Minister")
    assert article.paragraphs == [LEAD, SECOND]


def test_a_call_to_follow_the_outlets_coverage_at_its_web_address_is_promotion():
    assert ln.is_promo("Follow Example Press's coverage of the fisheries talks at https://example.com/hub/fish")
    assert not ln.is_promo("Observers who follow the talks said coverage of the quotas was thin.")
    article = clean(HEADLINE, "May 8, 2024", LEAD, SECOND,
                    "Follow Example Press's coverage of the fisheries talks at https://example.com/hub/fish")
    assert article.paragraphs == [LEAD, SECOND]


# --- the headline --------------------------------------------------------------------------------------

def test_a_breadcrumb_trail_before_the_headline_is_no_part_of_it():
    assert strip_section("News › Europe › Norway and Iceland settle quota dispute") == \
        "Norway and Iceland settle quota dispute"
    article = clean("Business News › News › Europe › " + HEADLINE, HEADLINE, "May 8, 2024", LEAD, SECOND)
    assert article.title == HEADLINE


def test_a_headline_closing_on_a_m_over_a_standfirst_and_its_byline_is_the_headline():
    headline = "Quota talks resume; ministers to sign accord on Friday at 9 a.m."
    article = clean("Europe", headline, STANDFIRST, "By Jane Roe", "May 8, 2024 02:37", LEAD, SECOND)
    assert article.title == headline
    assert article.paragraphs[0] == LEAD
