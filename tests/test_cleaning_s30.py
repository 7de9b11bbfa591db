"""Scraped-page cleaning, round 30, on pages written for these tests: a standfirst with the writer's name
alone under it, what stands under an article (a link to a gallery, an outlet's appeal for patrons, a call
to follow it "and never miss" its news, an editor's initials in brackets, documents to download, a postal
address on an avenue written short), and a page the URL dates to a month whose lead gives the day's number
in brackets after its weekday ("this Friday morning (10)")."""

from __future__ import annotations

from conftest import clean_page

from summitry.cleaning.closing import strip_closing

HEADLINE = "Norway and Finland agree to build a second power line across the Tana valley"
STANDFIRST = "The two prime ministers want the line ready before the winter of 2027 to ease shortages in the far north."
LEAD = ("The prime ministers of Norway and Finland agreed in Helsinki on Tuesday to build a second power line "
        "across the Tana valley, their offices said in a joint statement.")
SECOND = ("The line would double the power that can flow between the two grids, energy minister Aino Korpela "
          "told reporters after the talks at the Kesäranta residence.")
LAST = "The two leaders will meet again in Tromsø in the autumn."
URL = "https://www.northernpost.example/politics/norway-finland-tana-power-line"


def clean(*lines: str, url: str | None = URL):
    return clean_page(lines, url)


# --- above the article -------------------------------------------------------------------------------------

def test_a_sentence_under_the_headline_with_the_writers_name_alone_under_it_is_the_standfirst():
    article = clean(HEADLINE, STANDFIRST, "Ingrid Solberg", "Politics", LEAD, SECOND, LAST)
    assert article.paragraphs[0] == LEAD
    assert article.byline == "Ingrid Solberg"
    assert article.title == HEADLINE


# --- under the article -------------------------------------------------------------------------------------

def test_a_labelled_link_to_a_gallery_under_the_article_is_no_body():
    article = clean(HEADLINE, "March 7, 2023", LEAD, SECOND, LAST,
                    "Gallery: The prime ministers at the Kesäranta residence", "Share this: Facebook | X")
    assert article.paragraphs[-1] == LAST


def test_a_link_closing_on_the_count_of_its_pictures_is_no_body():
    article = clean(HEADLINE, "March 7, 2023", LEAD, SECOND, LAST,
                    "The prime ministers at the Kesäranta residence (9 photos)", "Share this: Facebook | X")
    assert article.paragraphs[-1] == LAST


def test_an_outlets_appeal_for_patrons_under_its_heading_ends_the_article():
    article = clean(HEADLINE, "March 7, 2023", LEAD, SECOND, LAST, "Support Northern Post",
                    "We are a reader-funded newsroom. Please consider helping us by becoming a member.",
                    "TAGS: Norway, Finland, energy")
    assert article.paragraphs[-1] == LAST


def test_a_call_to_follow_the_outlet_and_never_miss_its_news_is_no_body():
    article = clean(HEADLINE, "March 7, 2023", LEAD, SECOND, LAST,
                    "Follow Northern Post on Facebook and Instagram and never miss a story!",
                    "Tags: Norway, Finland, energy")
    assert article.paragraphs[-1] == LAST


def test_an_editors_initials_in_brackets_closing_the_article_are_no_body():
    article = clean(HEADLINE, "March 7, 2023", LEAD, SECOND, LAST, "(jk)", "Share this article")
    assert article.paragraphs[-1] == LAST
    assert strip_closing([LEAD, f"{LAST} (jk)"]) == [LEAD, LAST]


def test_initials_in_brackets_inside_a_sentence_stay():
    text = "The line will carry 400 kilovolts (kv)"
    assert strip_closing([LEAD, text]) == [LEAD, text]


def test_a_link_to_a_document_with_its_file_type_and_size_is_no_body():
    article = clean(HEADLINE, "March 7, 2023", LEAD, SECOND, LAST,
                    "Joint declaration of the two governments on the Tana line (PDF, 180 KB)", "© 2023 Northern Post")
    assert article.paragraphs[-1] == LAST


def test_a_box_of_documents_to_download_under_the_article_ends_it():
    for label in ("Materials", "Downloads"):
        article = clean(HEADLINE, "March 7, 2023", LEAD, SECOND, LAST, label, "Programme of the visit (PDF, 80 KB)",
                        "Ministry of Foreign Affairs", "Contact us")
        assert article.paragraphs[-1] == LAST


def test_a_postal_address_on_an_avenue_written_short_is_no_body():
    assert strip_closing([LEAD, LAST, "Al. Przykładowa 7, 00-950 Warsaw"]) == [LEAD, LAST]


# --- the publication date ----------------------------------------------------------------------------------

MONTH_URL = "https://www.northernpost.example/2023/03/norway-finland-tana-power-line"
BRACKET_LEAD = ("The Norwegian prime minister flew back to Oslo this Friday morning (10) after two days of talks "
                "in Helsinki on the power line.")


def test_a_weekday_with_the_days_number_in_brackets_dates_a_page_the_url_dates_to_its_month():
    article = clean(HEADLINE, BRACKET_LEAD, SECOND, LAST, url=MONTH_URL)
    assert article.published.isoformat() == "2023-03-10T00:00:00"
    assert article.published_precision == "day"


def test_a_bracketed_day_that_is_not_that_weekday_leaves_the_month():
    article = clean(HEADLINE, BRACKET_LEAD.replace("Friday", "Monday"), SECOND, LAST, url=MONTH_URL)
    assert article.published_precision == "month"
