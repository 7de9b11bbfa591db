"""Scraped-page cleaning on more outlets' habits, with pages written for these tests: a caption labelled
"Photograph:", a reading-list button row, a site's acknowledgement of the land's first owners, a press
release's contacts, a caption credited to a web address under the article, a site name over a headline
the slug names, a capitals dateline closed by the agency's name and a stop, a time printed before its
day with a slash, a caption opening as the lead does, a standfirst telling its subject by what he is,
and a standfirst over the outlet's own credit line."""

from __future__ import annotations


from lake_page import HEADLINE, LAST, LEAD, SECOND, body, clean


# --- above the article ------------------------------------------------------------------------------

def test_photograph_label_marks_a_caption_over_the_lead():
    article = clean(HEADLINE, "Photograph: Two water officials shake hands on the shore at Puno.", LEAD, SECOND, LAST)
    assert article.paragraphs[0] == LEAD


def test_reading_list_button_row_is_no_first_paragraph():
    row = "Save | Share | Log in, register or subscribe to save articles for later."
    assert clean(HEADLINE, "May 4, 2024 — 6.10pm", row, LEAD, SECOND, LAST).paragraphs[0] == LEAD


def test_caption_opening_with_the_leads_names_is_no_first_paragraph():
    lead = ("Peruvian minister Ana Quispe, who arrived in Puno on Wednesday, agreed on Thursday with her "
            "Bolivian counterpart to share daily readings of the lake's level.")
    caption = "Peruvian minister Ana Quispe and Bolivian minister Luis Mamani at the lakeside hall."
    article = clean(HEADLINE, "Photo: Ministry press office", caption, lead, SECOND, LAST)
    assert article.paragraphs[0] == lead


def test_summary_telling_its_subject_by_his_office_over_a_dated_lead_is_a_standfirst():
    summary = "The Peruvian water minister has arrived in the border town for talks that may settle the quarrel."
    lead = "Ana Quispe landed in Puno on Wednesday evening, her office said. Officials from both sides met her."
    article = clean(HEADLINE, "Politics • 4 May 2024, 10:15", summary, lead, SECOND, LAST)
    assert article.paragraphs[0] == lead


def test_summary_over_the_outlets_own_credit_line_is_a_standfirst():
    summary = ("Both governments welcomed the deal signed on the shore at Puno, while fishermen and boat owners "
               "on both sides of the border say it comes years too late for the villages left far from the water")
    url = "https://lakenews.example/archives/123456"
    article = clean(HEADLINE, summary, "LakeNews.example", LEAD, SECOND, LAST, url=url)
    assert article.paragraphs[0] == LEAD


def test_site_name_over_a_headline_the_slug_names_is_no_title():
    url = "https://council.example.org/en/press/2024/05/04/joint-statement-puno/"
    statement = "Joint statement of the ministers of Peru and Bolivia on Lake Titicaca"
    article = clean("Water Council of the Andes | Andean Council", "Press release", "4 May 2024", statement,
                    LEAD, SECOND, LAST, url=url)
    assert article.title == statement


# --- under the article ------------------------------------------------------------------------------

def test_acknowledgement_of_the_lands_traditional_owners_is_no_body():
    tail = ("Share", "READ MORE", "Lake levels fall again", "Example Radio acknowledges the traditional owners "
            "of country throughout the land.")
    assert body(*tail)[-1] == LAST


def test_press_contacts_end_a_press_release():
    assert body("Press contacts", "Ana Quispe, spokesperson of the water ministry")[-1] == LAST


def test_caption_credited_to_a_web_address_under_the_article_is_no_body():
    tail = ("Peruvian Water Minister Ana Quispe. Photo: minagua.gob.pe", "Share this article", "Facebook  X  Copy link",
            "Related news", "» Ministers meet in Lima", "© 2024 Example Agency")
    assert body(*tail)[-1] == LAST


# --- the publication date ---------------------------------------------------------------------------

def test_capitals_dateline_closed_by_the_agencys_name_and_a_stop_gives_the_day():
    lead = ("LIMA, MAY 4, ANDINA. Peruvian and Bolivian water officials agreed to share daily readings of the "
            "level of Lake Titicaca, the ministry said.")
    article = clean(HEADLINE, lead, SECOND, LAST, "© 2023 Example Agency", url="https://water.example.org/n/123")
    assert article.published_iso.startswith("2023-05-04")
    assert article.paragraphs[0].startswith("Peruvian and Bolivian")


def test_time_printed_before_its_day_with_a_slash():
    article = clean(HEADLINE, "20:41 / 04.05.2024   |   Politics", LEAD, SECOND, LAST)
    assert article.published_iso.startswith("2024-05-04T20:41")
