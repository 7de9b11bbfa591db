"""Scraped-page cleaning, round 28, on pages written for these tests: what closes a page under the
article (an agency's credit on its own site, a rights notice without its sign, an outlet's note on its
funding, a call to follow the outlet with what it brings), and more habits of news pages as the round
adds them."""

from __future__ import annotations

import pytest

from conftest import clean_page

HEADLINE = "Kenya and Tanzania agree to open a second border post at Namanga"
LEAD = ("NAIROBI - The transport ministers of Kenya and Tanzania agreed on Tuesday to open a second "
        "one-stop border post at Namanga to cut waiting times for lorries, their offices said.")
SECOND = ("The post will have a joint customs hall and a weighbridge, and will open to traffic before the "
          "end of next year, Kenyan minister Amina Otieno told reporters.")
LAST = "The two ministers will meet again in Arusha in March."
URL = "https://www.ena.example.org/articles/kenya-tanzania-namanga-post"


def clean(*lines: str, url: str | None = URL):
    return clean_page(lines, url)


# --- under the article -------------------------------------------------------------------------------------

def test_an_agency_signing_its_story_on_its_own_site_is_no_body():
    article = clean("Example News Agency", HEADLINE, "May 14, 2024", LEAD, SECOND, LAST + " (ENA)",
                    "Related Stories", "© 2024 Example News Agency")
    assert article.paragraphs[-1] == LAST


def test_an_agency_credit_on_another_outlets_page_stays():
    article = clean(HEADLINE, "May 14, 2024", LEAD, SECOND, LAST + " (ENA)", "© 2024 The Daily Example",
                    url="https://www.dailyexample.com/news/kenya-tanzania-namanga-post")
    assert article.paragraphs[-1] == LAST + " (ENA)"


def test_a_rights_notice_without_its_sign_closes_the_page():
    article = clean(HEADLINE, "May 14, 2024", LEAD, SECOND, LAST, "Share:", "EXAMPLE.NET. All rights reserved.")
    assert article.paragraphs[-1] == LAST


def test_an_agencys_note_on_its_funding_closes_the_story():
    article = clean(HEADLINE, "May 14, 2024", LEAD, SECOND, LAST, "___",
                    "Otieno reported from Arusha. Associated Press writer Jon Mwangi contributed to this report.",
                    "The Associated Press receives support from several private foundations ...")
    assert article.paragraphs[-1] == LAST


@pytest.mark.parametrize("call", [
    "Follow Example Daily on WhatsApp for the latest updates.",
    "Follow Example Business on X, LinkedIn, Instagram and Facebook for insights on trade and markets "
    "from the region and across the globe.",
])
def test_a_call_to_follow_the_outlet_saying_what_it_brings_is_no_body(call):
    article = clean(HEADLINE, "May 14, 2024", LEAD, SECOND, LAST, call, "Comments (3)")
    assert article.paragraphs[-1] == LAST


@pytest.mark.parametrize("closing", [
    "The two countries reserved the right to review the deal after three years.",  # no rights notice
    "Tanzania receives support from the World Bank for the road.",  # no agency's funding note
    "Officials will follow the talks on Friday for signs of progress.",  # no call to follow the outlet
])
def test_sentences_that_only_look_like_page_furniture_stay_in_the_body(closing):
    article = clean(HEADLINE, "May 14, 2024", LEAD, SECOND, closing, "© 2024 Example News")
    assert article.paragraphs[-1] == closing


def test_a_note_on_the_sites_other_addresses_closes_the_page():
    article = clean(HEADLINE, "May 14, 2024", LEAD, SECOND, LAST, "AB/CD",
                    "Example News can also be reached at the following addresses:", "www.example-news.net",
                    "example-news.org")
    assert article.paragraphs[-1] == LAST


# --- date lines --------------------------------------------------------------------------------------------

def test_a_time_labelled_as_updated_after_the_day_gives_the_days_time():
    article = clean(HEADLINE, "Tuesday, May 14, 2024 | Updated 6:25 PM", LEAD, SECOND, LAST)
    assert article.published.isoformat() == "2024-05-14T18:25:00"


def test_a_publication_time_outranks_an_update_time():
    article = clean(HEADLINE, "May 14, 2024 10:05 | Updated 6:25 PM", LEAD, SECOND, LAST)
    assert article.published.isoformat() == "2024-05-14T10:05:00"


def test_a_byline_before_a_weekday_date_and_its_zone_in_brackets():
    article = clean(HEADLINE, "By Jane Wanjiru   Tuesday, 14/5/2024, 18:25 (GMT+3)", LEAD, SECOND, LAST)
    assert article.published.isoformat() == "2024-05-14T18:25:00"
    assert article.byline == "Jane Wanjiru"


# --- above the article -------------------------------------------------------------------------------------

def test_a_caption_naming_who_met_during_their_meeting_is_no_lead():
    caption = "Kenyan Minister Amina Otieno and Tanzanian Minister Juma Mollel during their talks at the border on Tuesday."
    lead = LEAD.removeprefix("NAIROBI - ")
    article = clean(HEADLINE, "May 14, 2024", caption, lead, SECOND, LAST)
    assert article.paragraphs[0] == lead
    assert caption in article.captions


def test_a_lead_naming_who_met_stays_the_lead():
    lead = "Kenyan minister Amina Otieno and Tanzanian minister Juma Mollel met at the border on Tuesday."
    article = clean(HEADLINE, "May 14, 2024", lead, SECOND, LAST)
    assert article.paragraphs[0] == lead


def test_initials_under_a_caption_over_a_dateline_credit_the_photo():
    caption = "Ministers Amina Otieno and Juma Mollel sign the border deal in Namanga as officials look on yesterday."
    article = clean(HEADLINE, "May 14, 2024", caption, "KPO", LEAD, SECOND, LAST)
    assert article.paragraphs[0].startswith("The transport ministers")
    assert caption in article.captions


def test_a_title_case_headline_reading_as_a_name_over_the_date_line():
    headline = "Nairobi Hosts Kenya-Tanzania-Uganda Transport Talks"
    article = clean("Example News", "Home | Africa | World | Business", headline, "Wed, May 15, 2024 - 18:04",
                    LEAD, SECOND, LAST)
    assert article.title == headline


def test_a_name_over_the_date_line_under_the_headline_is_the_byline():
    article = clean(HEADLINE, "Amina Wanjiru Otieno Kamau", "May 15, 2024", LEAD, SECOND, LAST)
    assert article.title == HEADLINE
