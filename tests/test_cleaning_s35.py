"""Page furniture found on the stand-in sets of session 20, on pages written for these tests: an
agency's full name under its masthead, a menu after the agency's initials, a breadcrumb with a long
label, a contributors' credit with a middle initial, and translator and reviewer credits over a list
of other stories."""

from __future__ import annotations

from conftest import clean_page

HEADLINE = "Two coastal states sign a fisheries accord after a day of talks"
LEAD = ("The fisheries ministers of the two states signed an accord on Tuesday setting shared catch limits, "
        "their offices said after talks in the port city.")
LAST = "The ministers will meet again in the spring to review the limits."


def test_an_agency_s_full_name_under_its_masthead_is_no_headline():
    article = clean_page(["EXP", "Agence d'Exemple Presse", "Accueil | Politics | Economy | World", "09/06/2023 16:05",
                          HEADLINE, LEAD, LAST], "https://www.exp.example/en/politics/16345219-coastal-states")
    assert article.title == HEADLINE


def test_a_menu_after_the_agency_s_initials_is_no_headline():
    article = clean_page(["EX  |  World  U.S.  Politics  Sports  Entertainment  Business", "", HEADLINE, "",
                          "By JANE ROE", "Updated 6:35 PM, June 5, 2024", "", LEAD, LAST],
                         "https://exnews.example/article/talks-port-7c1e2b9a4f0d")
    assert article.title == HEADLINE


def test_a_breadcrumb_with_a_long_label_is_no_headline():
    article = clean_page(["Ministry of Fisheries of Example", "Home > Newsroom > Press Statements, Transcripts & Photos",
                          "", HEADLINE.upper(), "", "24 January 2022", "", LEAD, LAST],
                         "https://www.fish.example.gov/Newsroom/2022/01/20220124-Fisheries-Accord")
    assert article.title == HEADLINE.upper()


def test_a_contributors_credit_with_a_middle_initial_closes_the_body():
    article = clean_page([HEADLINE, "June 5, 2024", LEAD, LAST,
                          "Example Press writers Jane M. Roe at the United Nations and Ann Lee in Lima, Peru, contributed.",
                          "", "MORE COVERAGE", "- What's in the fisheries accord", "- Who fishes the strait?"],
                         "https://exnews.example/article/fisheries-accord")
    assert article.paragraphs[-1].endswith(LAST)


def test_translator_and_reviewer_credits_over_a_list_of_other_stories_close_the_body():
    article = clean_page([HEADLINE, "June 5, 2024", LEAD, LAST, "", "Translated by: Jane Roe", "Reviewed by: A. Lee",
                          "", "Latest News", "- Ministry opens a new harbour", "- Catch figures for May published"],
                         "https://fish.example.go.id/en/news/fisheries-accord")
    assert article.paragraphs[-1].endswith(LAST)


def test_an_italian_date_line_dates_the_page():
    article = clean_page(["Presidency of the Council", HEADLINE, "06 Giugno 2023", LEAD, LAST],
                         "https://www.council.example.it/en/articolo/fisheries-accord/22871")
    assert article.published is not None and article.published.date().isoformat() == "2023-06-06"


def test_a_follow_us_line_with_a_colon_is_no_headline_and_an_update_label_is_no_part_of_one():
    article = clean_page(["Follow us:  Facebook  X  YouTube", f"UPDATED {HEADLINE}", "June 5, 2024", LEAD, LAST],
                         "https://exnews.example/en/world/fisheries-accord-talks")
    assert article.title == HEADLINE


def test_a_short_copyright_line_under_the_article_closes_the_body():
    article = clean_page([HEADLINE, "June 5, 2024", LEAD, LAST, "", "Example Radio © Example Broadcasting S.A."],
                         "https://exradio.example/news/fisheries-accord")
    assert article.paragraphs[-1].endswith(LAST)


def test_a_keep_reading_list_under_the_article_is_no_part_of_it():
    article = clean_page([HEADLINE, "June 5, 2024", LEAD, LAST, "", "Keep reading:",
                          "- Ministers to meet again on catch limits", "- Port city opens a new fish market", "",
                          "Tags: fisheries, ports"], "https://exnews.example/en/world/fisheries-accord-talks")
    assert article.paragraphs[-1].endswith(LAST)
