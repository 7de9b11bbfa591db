"""Scraped-page cleaning, round 15, on pages written for these tests: date lines closing a day and a
year with an ordinal's full stop ("4.11.2024. 09:15", "4. Nov. 2024. 09:15"); under the text, tags
labelled in a South Slavic language, a share bar "Share to:", a call to follow the outlet's handle,
a membership appeal, a pointer to the video of the questions, an agency's bracketed credit with
its editor's initials and a print edition's date line; above the text, a headline closing on a
quotation, a desk's name the byline repeats, a headline right above a wire dateline, an outlet's
tagline, an issuer's banner naming the page's kind, a caption credited in brackets, a short
salutation, a byline under a standfirst and a lead naming a day with its weekday on a page dated only
to its month."""

from __future__ import annotations

import pytest

from conftest import clean_page
from summitry.cleaning.closing import strip_closing
from summitry.cleaning.dates import find_dates

HEADLINE = "Slovenia and Hungary reopen the Lendava rail link after ten years"
LEAD = ("Slovenia and Hungary reopened the rail link through Lendava on Tuesday, ten years after the last "
        "passenger train crossed the border there.")
SECOND = ("Two trains a day will run each way at first, the operators of both countries said in a joint "
          "statement issued at the station.")
LAST = "A freight service is to follow next spring."
URL = "https://panonia.example.org/news/slovenia-and-hungary-reopen-lendava-rail-link/"


def page(*tail: str, head: tuple[str, ...] = (HEADLINE, "March 3, 2025"), url: str | None = URL):
    return clean_page((*head, LEAD, SECOND, LAST, *tail), url)


@pytest.mark.parametrize("text, value, precision", [
    ("4.11.2024. 09:15", "2024-11-04T09:15", "minute"),
    ("4.11.2024.", "2024-11-04T00:00", "day"),
    ("4. Nov. 2024. 09:15", "2024-11-04T09:15", "minute"),
    ("4. November 2024.", "2024-11-04T00:00", "day"),
])
def test_ordinal_full_stops_close_day_and_year(text, value, precision):
    found = find_dates(text)
    assert [(f.value.isoformat(timespec="minutes"), f.precision) for f in found] == [(value, precision)]


def test_a_date_line_with_ordinal_stops_dates_the_page():
    article = page(head=(HEADLINE, "4. Nov. 2024. 09:15"))
    assert article.published_iso.startswith("2024-11-04T09:15")
    assert article.title == HEADLINE


def test_a_year_closing_a_sentence_does_not_take_the_next_number_as_a_time():
    assert find_dates("The line closed on 3 March 2014. 12 stations stayed open.")[0].precision == "day"


@pytest.mark.parametrize("tail", [
    ("Tagovi: Slovenia, Hungary, railways", "Najnovije"),
    ("Share to:  Weibo  WeChat  Facebook  X",),
    ("Like Panonia on Facebook, follow @PanoniaNews on X to stay informed.",),
    ("Support Panonia Daily: become a Panonia Member.",),
    ("Q&A - see the video",),
    ("Watch the full video",),
])
def test_furniture_under_the_text_is_no_article(tail):
    assert page(*tail).paragraphs[-1] == LAST


def test_a_sentence_about_support_or_a_video_stays():
    kept = "Support for the link was strong in both towns: see the video of the first train on the site."
    assert page(kept).paragraphs[-1] == kept


def test_an_agency_credit_with_the_editors_initials_closes_the_text():
    assert strip_closing([LEAD, LAST, "(Reuters) jr"]) == [LEAD, LAST]
    assert strip_closing([LEAD, LAST, "(Panonia Weekly) jr"]) == [LEAD, LAST, "(Panonia Weekly) jr"]


# --- above the text ---------------------------------------------------------------------------

AGENCY_LEAD = ("KOPER, 3 March 2025 (Reuters) - Slovenia and Hungary reopened the rail link through Lendava on "
               "Tuesday, ten years after the last passenger train crossed the border there.")


def test_a_headline_closing_on_a_quotation_is_the_title():
    quoted = 'Minister on the new line: "Two trains a day are only the start"'
    article = page(head=(quoted, "Source: Panonia, Reuters", "Sunday, March 2, 2025 | 10:15"), url=None)
    assert article.title == quoted
    assert article.paragraphs[0] == LEAD


def test_a_line_the_byline_repeats_names_the_desk_not_the_headline():
    desk = "Panonia's Rail Desk"
    article = page(head=(desk, HEADLINE, f"By {desk}", "March 3, 2025 10:15 GMT"),
                   url="https://panonia.example.org/a/lendava-trains-border-reopening/123.html")
    assert article.title == HEADLINE


def test_the_one_line_above_a_wire_dateline_is_the_headline():
    article = clean_page(("Lendava rail link back after a decade of closure", AGENCY_LEAD, SECOND, LAST),
                         "https://panonia.example.org/story/lendava-link-returns-hungary-slovenia")
    assert article.title == "Lendava rail link back after a decade of closure"


def test_a_tagline_naming_the_outlet_kind_is_no_headline():
    article = clean_page(("PNA | Panonia Novinska Agencija", "National News Agency of Panonia", "Home > Region",
                          HEADLINE, AGENCY_LEAD, SECOND, LAST), "https://www.pnanews.example/news/98765")
    assert article.title == HEADLINE


@pytest.mark.parametrize("banner", ["Panonia Commission - Press release", "Panonia Government – News release"])
def test_a_banner_naming_issuer_and_page_kind_is_no_headline(banner):
    article = clean_page((banner, HEADLINE, "Koper, 3 March 2025", LEAD, SECOND, LAST),
                         "https://panonia.example.org/presscorner/detail/ip_25_123")
    assert article.title == HEADLINE


def test_a_headline_with_a_label_before_it_stays():
    headline = "Analysis: Why The Lendava Line Matters"
    article = clean_page((headline, "March 3, 2025", LEAD, SECOND, LAST), "https://panonia.example.org/p/123")
    assert article.title == headline


def test_a_caption_credited_in_brackets_under_the_date_line_is_no_lead():
    caption = "The first train at Lendava station, near the border (Panonia Railways)"
    article = page(head=(HEADLINE, "March 3, 2025", caption))
    assert article.paragraphs[0] == LEAD
    assert caption in article.captions


@pytest.mark.parametrize("greeting", ["Good evening,", "Excellencies,"])
def test_a_short_salutation_opens_a_speech(greeting):
    article = page(head=(HEADLINE, "March 3, 2025", greeting))
    assert article.paragraphs[0] == greeting


def test_a_place_line_with_a_comma_is_no_salutation():
    assert page(head=(HEADLINE, "March 3, 2025", "Koper,")).paragraphs[0] == LEAD


def test_a_print_edition_date_ranks_below_the_pages_own():
    article = page("Published in The Panonia Times, March 4th, 2025.")
    assert article.published_iso.startswith("2025-03-03")


def test_a_byline_under_the_first_paragraph_makes_it_a_standfirst():
    standfirst = "Two trains a day will cross at Lendava, the first in ten years, with freight to follow next spring."
    caption = "A train at Lendava station, near the border (Panonia Railways)"
    article = clean_page((HEADLINE, standfirst, caption, "By Panonia Rail Desk", LEAD, SECOND, LAST), URL)
    assert article.paragraphs[0] == LEAD


MONTH_URL = "https://panonia.example.org/news/2025-03/slovenia-hungary-reopen-lendava-rail-link.html"


@pytest.mark.parametrize("lead, published", [
    ("The two prime ministers opened the line on Tuesday, 4 March, at a ceremony in Lendava station.", "2025-03-04"),
    ("The two prime ministers opened the line on Friday, 4 March, at a ceremony in Lendava station.", "2025-03"),
])
def test_a_weekday_and_day_in_the_lead_date_a_page_known_to_its_month(lead, published):
    article = clean_page((HEADLINE, lead, SECOND, LAST), MONTH_URL)
    assert article.published_iso == published or (len(published) > 7 and article.published_iso.startswith(published))
    assert len(article.published_iso.split("T")[0]) == len(published)
