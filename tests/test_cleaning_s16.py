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
