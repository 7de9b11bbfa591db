"""Scraped-page cleaning, round 15, on pages written for these tests: date lines closing a day and a
year with an ordinal's full stop ("4.11.2024. 09:15", "4. Nov. 2024. 09:15"); under the text, tags
labelled in a South Slavic language, a share bar "Share to:", a call to follow the outlet's handle,
a membership appeal, a pointer to the video of the questions and an agency's bracketed credit with
its editor's initials."""

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
