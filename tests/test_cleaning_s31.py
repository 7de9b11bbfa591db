"""Scraped-page cleaning, round 31, on pages written for these tests: a news bureau's name over the
headline, bylines labelled "Text by:" or in Spanish ("Por ..."), a caption naming the same people as the
lead in the same long words, an "English edition" label, a live headline's tag, a headline holding the
slug's first words, a date written year first as Hungarian pages write it, and what stands under an
article ("More:" over other headlines, Spanish calls to keep reading, an outlet's calls to catch its news,
a feedback button, an appeal to become the outlet's friend)."""

from __future__ import annotations

from datetime import datetime

from conftest import clean_page

from summitry.cleaning.dates import find_dates

HEADLINE = "Estonia and Latvia agree to link their rail freight networks by 2028"
STANDFIRST = "The two governments want the new line to carry timber and grain to the port of Riga."
LEAD = ("The prime ministers of Estonia and Latvia agreed in Tallinn on Wednesday to link their rail "
        "freight networks by 2028, their offices said in a joint statement.")
SECOND = ("The link would let freight trains run without changing locomotives at the border, transport "
          "minister Mart Kask told reporters after the talks at Stenbock House.")
LAST = "The two leaders will meet again in Valmiera in the spring."
URL = "https://www.balticcourier.example/politics/estonia-latvia-rail-freight-link"


def clean(*lines: str, url: str | None = URL):
    return clean_page(lines, url)


# --- the headline ----------------------------------------------------------------------------------------

def test_a_news_bureaus_name_over_the_headline_is_no_headline():
    article = clean("National News Bureau of Freedonia", HEADLINE, "12 Mar 2025 10:20", LEAD, SECOND, LAST,
                    url="https://news.gov.example/detail/TX250312102000")
    assert article.title == HEADLINE


def test_an_edition_label_over_the_headline_is_no_headline():
    article = clean("English edition", HEADLINE, "By Jaan Tamm", "12-03-2025 | 10:20", LEAD, SECOND, LAST,
                    url="https://www.example.ee/notas/202503/4411-eesti-lati-raudtee-kokkulepe.html")
    assert article.title == HEADLINE


def test_a_live_headlines_tag_counts_no_word_of_its_length():
    headline = ('LIVE | Leaders of Estonia and Latvia at the border: "The line will carry our grain '
                'within three years," says the premier')
    article = clean(headline, "Updated 12/03/2025 15:52", LEAD, SECOND, LAST,
                    url="https://www.example.ee/politica/en-vivo-raudtee-piiril-kohtumine_0_Zq3tT9vKm.html")
    assert article.title == headline


def test_a_line_holding_the_slugs_first_two_words_is_the_headline():
    headline = "Premier inspects the new freight terminal in Valga"
    article = clean(headline, LEAD, SECOND, LAST,
                    url="https://www.gov.example/en/news/premier-valga-locomotive-depot-rolling-stock-upgrade-funds")
    assert article.title == headline


# --- where the article starts ------------------------------------------------------------------------------

def test_a_standfirst_over_a_text_by_credit_is_no_body():
    article = clean(HEADLINE, STANDFIRST, "Text by: BALTIC COURIER", "Follow",
                    "The two prime ministers at Stenbock House. (AFP)", LEAD, SECOND, LAST)
    assert article.paragraphs[0] == LEAD


def test_a_standfirst_over_a_spanish_byline_is_no_body():
    standfirst = ("The meeting with the Latvian premier, confirmed by her office, is set for Wednesday, the first "
                  "day of the fair. Timber and grain on the agenda")
    article = clean("POLITICS", HEADLINE, standfirst, "Por Courier", "Compartir",
                    "Kaja Saar on her arrival in Valga (Government)", LEAD, SECOND, LAST)
    assert article.paragraphs[0] == LEAD


def test_a_caption_naming_the_people_of_the_lead_in_its_long_words_is_no_body():
    names = ("Prime Minister of the Republic of Estonia H E Kaja Saar and Prime Minister of the Republic of "
             "Latvia H E Evika Ozola")
    caption = f"{names} during the signing ceremony at Stenbock House in the old town of Tallinn today."
    lead = f"{names} signed an agreement on a rail freight link at Stenbock House this morning."
    article = clean(HEADLINE, "Published: 12 Mar 2025 - 10:20 am", caption, lead, SECOND, LAST)
    assert article.paragraphs[0] == lead


def test_a_date_written_year_first_with_its_stops_is_read_with_its_time():
    found = find_dates("2025. March 12. – 10:20 AM")
    assert [(f.value, f.precision) for f in found] == [(datetime(2025, 3, 12, 10, 20), "minute")]
    assert find_dates("The bridge opened in 1999. May 5 is its day.") == []


def test_a_year_first_date_line_under_a_standfirst_opens_the_article_under_it():
    article = clean(HEADLINE, STANDFIRST, "courier", "2025. March 12. – 10:20 AM", "updated", LEAD, SECOND, LAST)
    assert article.paragraphs[0] == LEAD
    assert article.published == datetime(2025, 3, 12, 10, 20)


# --- where the article ends --------------------------------------------------------------------------------

def test_headlines_under_a_more_label_are_no_body():
    article = clean(HEADLINE, "2025-03-12 10:20:00", LEAD, SECOND, LAST, "More:",
                    "· Latvian premier opens timber fair", "· Tallinn port sees record grain season",
                    "Copyright © 2025 Baltic Courier. All rights reserved.")
    assert article.paragraphs[-1] == LAST


def test_headlines_under_a_spanish_call_to_keep_reading_are_no_body():
    for marker in ("Sigue leyendo", "Seguí leyendo", "Más sobre el tema"):
        article = clean(HEADLINE, "12 Mar 2025 10:20", LEAD, SECOND, LAST, marker,
                        "- La primera ministra visita Valga", "- Acuerdo sobre la madera del puerto",
                        "Temas: Estonia, Letonia")
        assert article.paragraphs[-1] == LAST, marker


def test_a_call_to_catch_the_outlets_news_and_the_latest_updates_of_a_tournament_is_no_body():
    article = clean(HEADLINE, "12 Mar 2025 10:20", LEAD, SECOND, LAST,
                    "Catch all the Latest Baltic News, World News, Breaking News, along with the latest updates "
                    "from the Baltic Chess Open 2025.", "Topics")
    assert article.paragraphs[-1] == LAST


def test_a_call_to_catch_a_daily_dose_of_the_outlets_news_is_no_body():
    article = clean(HEADLINE, "12 Mar 2025 10:20", LEAD, SECOND, LAST,
                    "Catch your daily dose of Travel, Gardening, Health, Cinema, Recipes and all the other "
                    "Latest News in one place.", "Topics")
    assert article.paragraphs[-1] == LAST


def test_a_feedback_button_under_the_agencies_credit_is_no_body():
    article = clean(HEADLINE, "03/12/2025", LEAD, SECOND, LAST, "AFP, Reuters", "Send us your feedback",
                    "Related topics", "Estonia, Latvia")
    assert article.paragraphs[-1] == LAST


def test_an_appeal_to_become_the_outlets_friend_is_no_body():
    article = clean(HEADLINE, "12 Mar 2025 10:20", LEAD, SECOND, LAST,
                    "Support independent journalism: become a Courier friend!", "More from Baltic Courier")
    assert article.paragraphs[-1] == LAST
