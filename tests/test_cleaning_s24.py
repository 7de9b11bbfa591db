"""Scraped-page cleaning on more habits of news pages, with pages written for these tests: a masthead
giving the site's web address before its tagline, a byline naming the reporter's role before the name,
a headline closing on a weekday's short form, a cookie banner over the page, a credit in brackets naming
the translator with "by", a call to follow the latest news on the outlet's site under the article,
a caption over the lead whose every word the article tells again, and a place alone with its colon over
the article (its dateline)."""

from __future__ import annotations

from conftest import clean_page

from summitry.cleaning import lines as ln
from summitry.cleaning import scraped

HEADLINE = "Chile and Argentina agree to redraw southern ice field boundary after two days of talks"
LEAD = ("President Ana Ruiz of Chile and her Argentine counterpart Luis Pena on Tuesday agreed to hand the "
        "disputed ice field boundary to a joint border commission, ending a row that had dragged on for decades.")
SECOND = ("The two leaders signed the accord at the border commission's offices in Punta Arenas, where "
          "surveyors from both countries will start work next month.")
THIRD = "Farmers on both sides of the frontier said they hoped the deal would reopen a mountain pass closed since 2019."
LAST = "The presidents will meet again in Mendoza in the autumn to review the surveyors' first maps."
NO_SLUG = "https://www.southcone.example/view?articleId=88123"


def clean(*lines: str, url: str | None = NO_SLUG):
    return clean_page(lines, url)


# --- the headline ------------------------------------------------------------------------------------

def test_a_masthead_giving_the_sites_web_address_before_its_tagline_is_no_headline():
    article = clean("SOUTHCONE.example  Window on the Southern Cone", "Politics", HEADLINE, "Mar 5, 2024",
                    "Written by Marta Gil", LEAD, SECOND, THIRD, LAST)
    assert article.title == HEADLINE


def test_a_byline_naming_the_reporters_role_before_the_name_credits_the_headline():
    url = "https://www.southcone.example/news/chile-argentina-glacier-commission-deal/99812"
    article = clean(HEADLINE, "By diplomatic correspondent Marta Gil in Santiago", LEAD, SECOND, THIRD, url=url)
    assert article.title == HEADLINE
    assert article.byline == "Marta Gil"


def test_a_headline_closing_on_a_weekdays_short_form_keeps_its_stop():
    headline = "Chile to host Argentine leader for border talks from Thu."
    article = clean("Latest | Politics | World", headline, "Mar 5, 2024 10:15", LEAD, SECOND, THIRD)
    assert article.title == headline
    assert article.paragraphs[0] == LEAD


def test_only_a_short_form_of_a_day_or_month_closes_a_headline_on_its_stop():
    assert scraped._closing_day_short_form("Border talks to open in Punta Arenas from Wed.")
    assert scraped._closing_day_short_form("Survey of the ice field to end in Sept.")
    assert not scraped._closing_day_short_form("Border talks to open in May.")
    assert not scraped._closing_day_short_form("Border talks to open on Monday.")
    assert not scraped._closing_day_short_form("The leaders met in the town of Wed.Ville")


# --- where the body starts -----------------------------------------------------------------------------

def test_a_cookie_banner_over_the_page_is_furniture():
    article = clean("Cookies on SOUTHCONE.example", "We use some essential cookies to make this site work.",
                    "Accept additional cookies   Reject additional cookies   View cookies",
                    HEADLINE, "Published 5 March 2024", LEAD, SECOND, THIRD, LAST)
    assert article.paragraphs[0] == LEAD
    assert article.title == HEADLINE


def test_the_lines_of_a_cookie_banner_are_clutter_whatever_their_length():
    for line in ("This website uses cookies to give you the best experience and to measure how it is used.",
                 "Accept all cookies Reject all cookies Cookie settings", "Cookie preferences"):
        assert ln.is_clutter(ln.norm(line)), line
    assert not ln.is_clutter(ln.norm("Bakers in Santiago sell more cookies during the national holidays."))


def test_a_caption_over_the_lead_whose_every_word_the_article_tells_again_is_no_body():
    caption = "Ana Ruiz and Luis Pena met at the border commission in Punta Arenas."
    article = clean(HEADLINE, "Mar 5, 2024", caption, LEAD, SECOND, THIRD, LAST)
    assert article.paragraphs[0] == LEAD
    assert caption not in article.paragraphs
    assert caption in article.captions


def test_a_first_paragraph_the_article_does_not_tell_again_in_full_stays_the_lead():
    first = "Ana Ruiz and Luis Pena struck a deal on the frozen frontier that surprised negotiators."
    article = clean(HEADLINE, "Mar 5, 2024", first, LEAD, SECOND, THIRD, LAST)
    assert article.paragraphs[0] == first


def test_a_place_standing_alone_with_its_colon_over_the_article_is_its_dateline():
    article = clean(HEADLINE, "Politics | Edited by Desk Staff | Updated: Mar 5, 2024 08:10 pm CLT", "Punta Arenas:",
                    LEAD, SECOND, THIRD, LAST)
    assert article.dateline == "Punta Arenas"
    assert article.paragraphs[0] == LEAD


def test_a_label_standing_alone_with_its_colon_over_the_article_is_no_dateline():
    article = clean(HEADLINE, "Updated: Mar 5, 2024 08:10 pm CLT", "Exclusive:", LEAD, SECOND, THIRD, LAST)
    assert article.dateline is None
    assert article.paragraphs[0] == LEAD


# --- where the body ends -------------------------------------------------------------------------------

def test_a_translators_credit_in_brackets_with_by_closes_the_article():
    article = clean(HEADLINE, "Mar 5, 2024", LEAD, SECOND, THIRD, LAST, "", "[Translation by Marta Gil]",
                    "[Related]", "- Other story about the frontier")
    assert article.paragraphs[-1] == LAST


def test_a_call_to_follow_the_latest_news_on_the_outlets_site_closes_the_article():
    article = clean(HEADLINE, "Mar 5, 2024", LEAD, SECOND, THIRD, LAST,
                    "Track Latest News Live on SouthCone.example and get news updates from the region and the world",
                    "Follow us:", "Related", "Other story about the frontier")
    assert article.paragraphs[-1] == LAST
