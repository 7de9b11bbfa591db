"""Scraped-page cleaning on more habits of news pages, with pages written for these tests: date lines
that glue a time or a label to the day, end marks and credits under the article, a blog's filing
line, a table of contents' label, an office's signature block, live pages (entries under dated
stamps, a key-points box, an appeal to follow the coverage), a summary box above the byline and a
headline that reads as a question over its byline."""

from __future__ import annotations

from conftest import clean_page
from summitry.cleaning.dates import find_dates

HEADLINE = "Chile and Argentina agree to reopen a mountain pass for winter trucks"
LEAD = ("Chilean and Argentine transport officials agreed on Wednesday to keep a high mountain pass open "
        "to freight trucks through the winter, the two governments said after talks in Mendoza.")
SECOND = ("The pass usually closes for weeks after heavy snowfall, leaving hundreds of lorries waiting on "
          "both sides of the border for the road to be cleared.")
LAST = "The officials will meet again in Santiago before the first snow."
URL = "https://roads.example.org/news/chile-and-argentina-agree-to-reopen-mountain-pass-for-winter-trucks/"


def clean(*lines: str, url: str | None = URL):
    return clean_page(lines, url)


def body(*tail: str, url: str | None = URL) -> list[str]:
    return clean(HEADLINE, LEAD, SECOND, LAST, *tail, url=url).paragraphs


# --- date lines ------------------------------------------------------------------------------------

def test_numeric_day_with_its_time_after_a_hyphen():
    found = find_dates("2024/06/12-08:05")
    assert len(found) == 1 and found[0].precision == "minute" and found[0].value.hour == 8


def test_label_glued_to_a_time_zone_leaves_the_time():
    article = clean(HEADLINE, "By Ana Rojas", "June 12, 20248:05 AM GMTUpdated 2 hours ago", LEAD, SECOND, LAST)
    assert article.published_iso == "2024-06-12T08:05"


def test_time_stamp_under_the_article_after_a_hyphen():
    article = clean(HEADLINE, f"Santiago, June 12 (Example Press)--{LEAD}", SECOND, LAST, "[Example Press]",
                    "2024/06/12-08:05")
    assert article.published_iso == "2024-06-12T08:05"


# --- under the last paragraph ------------------------------------------------------------------------

def test_zero_end_mark_glued_to_the_last_sentence():
    assert body()[-1] == LAST
    article = clean(HEADLINE, LEAD, SECOND, f"{LAST} -0-", "www.example.org")
    assert article.paragraphs[-1] == LAST


def test_bare_contributed_credit_with_a_reporters_role():
    assert body("___", "Example Press writer Ana Rojas in Mendoza, Argentina, contributed.")[-1] == LAST
    # a country or a group contributing is news, not a credit
    assert body("The United Nations contributed.")[-1] == "The United Nations contributed."


def test_blog_filing_line_ends_the_article():
    assert body("Posted in: Transport | Tags: Chile, Argentina, Roads", "Print | Email")[-1] == LAST


def test_table_of_contents_label_is_furniture():
    assert body("Share this page", "Published 12 June 2024", "Contents", "Is this page useful? Yes / No")[-1] == LAST


def test_table_of_contents_label_ends_the_body_before_its_sections():
    assert body("Share this page", "Contents", "Background", "Published 12 June 2024",
                "Is this page useful? Yes No Report a problem with this page")[-1] == LAST


def test_place_under_the_signing_office_is_no_body():
    article = clean(HEADLINE, LEAD, SECOND, LAST, "MINISTRY OF TRANSPORT", "SANTIAGO", "12 JUNE 2024",
                    "Related: Roads | Press Releases")
    assert article.paragraphs[-1] == LAST
    # a short closing line with no office above it stays
    assert body("SANTIAGO")[-1] == "SANTIAGO"


# --- where the text starts ------------------------------------------------------------------------------

LIVE_URL = "https://roads.example.org/live/andes-pass-summit-live/"


def test_first_entry_of_a_live_page_under_a_dated_stamp():
    article = clean("LIVE: Andes pass summit in Mendoza", "Last updated: June 12, 2024 6:05 PM",
                    "June 12, 2024 6:05 PM", "Ministers sign the winter accord",
                    "The two transport ministers signed the winter accord at the end of the talks in Mendoza on Wednesday.",
                    "June 12, 2024 1:30 PM", "Talks resume after lunch",
                    "Delegations returned to the table after a long lunch, officials said, with the border fees still open.",
                    "Officials expect a text to be signed before the evening.", url=LIVE_URL)
    assert article.paragraphs[0].startswith("The two transport ministers signed")


def test_summary_box_under_the_first_line_and_over_the_byline_is_no_body():
    article = clean(HEADLINE, "The deal is expected to cut waiting times at the border by half.", "In Summary",
                    "• Officials said the pass would be cleared twice a day through the snow season.",
                    "• Trucking unions on both sides welcomed the plan.", "by ANA ROJAS", "12 June 2024 - 11:48",
                    LEAD, SECOND, LAST)
    assert article.paragraphs[0] == LEAD
    assert article.published_iso == "2024-06-12T11:48"


def test_appeal_to_follow_the_coverage_over_the_first_entry_is_a_standfirst():
    first = ("The ministers have left the venue after signing the accord. Their deputies will stay on to settle "
             "the fees charged at the border.")
    article = clean("LIVE: Andes pass summit in Mendoza", "Published: June 12, 2024",
                    "Follow our live coverage of the talks on the winter pass between Chile and Argentina.",
                    "6:10 pm", first, "4:45 pm",
                    "The talks ran past their planned end as the delegations argued over the fees, officials said.",
                    url=LIVE_URL)
    assert article.paragraphs[0] == first


def test_question_headline_over_its_byline_is_the_title():
    url = "https://roads.example.org/222/andes-winter-pass-deal-breakthrough-or-false-start"
    article = clean("Andes winter pass deal: breakthrough or false start?", "By: Ana Rojas - Reporter",
                    "ROADS.example / 06:40 PM June 12, 2024", LEAD, SECOND, LAST, url=url)
    assert article.title == "Andes winter pass deal: breakthrough or false start?"
    assert article.paragraphs[0] == LEAD
