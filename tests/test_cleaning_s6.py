"""Cleaning rules for more page layouts: closing clutter of agencies and ministries, site
banners above the headline, long headlines, captions before the body and printed times.
Every page here is written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from summitry.cleaning import clean_scraped
from summitry.cleaning.dates import find_dates
from summitry.cleaning.headline import choose_title, is_institution
from summitry.cleaning.lines import is_clutter, norm
from summitry.model import RawDocument

HEADLINE = "Latvia and Lithuania agree to link their rail timetables"
URL = "https://news.example.net/baltics/latvia-and-lithuania-agree-to-link-their-rail-timetables/7731"
LEAD = ("Latvia and Lithuania agreed on Wednesday to run their cross-border trains to one timetable from "
        "next year, the two transport ministers said after meeting in Riga.")
SECOND = ("Passengers now wait up to forty minutes at the border station because the two networks plan "
          "their services separately, according to figures the ministers released.")
LAST = "The ministers will meet again in Vilnius in the autumn to review the first results."


def clean(*lines: str, url: str | None = URL):
    text = "\n".join(([f"URL: {url}", ""] if url else []) + list(lines)) + "\n"
    return clean_scraped(RawDocument("page.txt", text))


# --- the end of the body --------------------------------------------------------------

@pytest.mark.parametrize("tail", [
    ["Story ID 4471920"],
    ["News ID 1203344", "Tags: Latvia, Lithuania"],
    ["(photo) (video)"],
    ["Photo: The two ministers and their deputies. File photo"],
    ["[Photo] The two ministers shake hands at the station in Riga, May 3, 2024."],
    ["Example Agency website carries only a portion of the news stories offered to subscribers of its wire, "
     "and in shortened form."],
    ["For further information, please contact the Press Office of the Ministry."],
    ["Related", "Riga Hosts Talks with the E. European Rail Board (2024-04-12)"],
    ["Riga Hosts Talks with the European Rail Board (12.04.2024)", "Copyright 2024 Example Media"],
    ["Photo credit: Ieva Kalna for the Baltic Rail Review"],
])
def test_closing_clutter_is_no_part_of_the_body(tail):
    a = clean(HEADLINE, LEAD, SECOND, LAST, *tail)
    assert a.paragraphs == [LEAD, SECOND, LAST]


def test_a_labelled_caption_inside_the_body_is_kept_apart():
    caption = "Photo: The Latvian minister speaks to reporters in Riga on Wednesday."
    a = clean(HEADLINE, LEAD, caption, SECOND, LAST)
    assert a.paragraphs == [LEAD, SECOND, LAST]
    assert a.captions == [caption]


@pytest.mark.parametrize("mark", ["(end) ab.cd", "(END) xy/zz"])
def test_an_end_mark_with_the_desk_initials_is_cut_from_the_last_paragraph(mark):
    a = clean(HEADLINE, LEAD, SECOND, f"{LAST} {mark}")
    assert a.paragraphs[-1] == LAST


# --- the headline ------------------------------------------------------------------------

MINISTRY = "The Ministry of Transport of the Republic of Latvia"
MINISTRY_URL = "https://transport.example.lv/en/news/55120/"


def test_a_banner_the_copyright_notice_names_is_no_headline():
    a = clean("The Voice of the Baltic Railways", HEADLINE, LEAD, SECOND, LAST,
              "Copyright © 2024 Voice of the Baltic Railways. All rights reserved.",
              url=MINISTRY_URL)
    assert a.title == HEADLINE
    assert a.paragraphs == [LEAD, SECOND, LAST]


def test_a_trail_of_links_parted_by_slashes_is_furniture():
    assert is_clutter(norm("Home / News / Press releases"))
    assert not is_clutter(norm("Latvia / Lithuania"))
    a = clean("Home / News / Press releases", HEADLINE, LEAD, SECOND, LAST, url=MINISTRY_URL)
    assert a.title == HEADLINE


def test_an_institutions_name_is_no_headline_where_another_line_can_be():
    assert is_institution(MINISTRY)
    assert not is_institution("Ministry of Transport says trains will run on time")
    assert choose_title([MINISTRY, HEADLINE], None) == HEADLINE
    assert choose_title([MINISTRY], None) == MINISTRY


LONG_HEADLINE = ("Minister of Transport Anna Ozola Holds Talks with the Lithuanian Minister of Transport and "
                 "Communications on the Joint Timetable of the Cross-Border Railway Between Riga and Vilnius")


def test_a_long_headline_over_a_date_line_is_the_headline():
    assert len(LONG_HEADLINE.split()) >= 25  # long enough to read as prose by its length
    a = clean(LONG_HEADLINE, "Updated: May 8, 2024 17:40", LEAD, SECOND, LAST, url=MINISTRY_URL)
    assert a.title == LONG_HEADLINE
    assert a.paragraphs == [LEAD, SECOND, LAST]
    assert a.published == datetime(2024, 5, 8, 17, 40)


def test_a_long_headline_the_lead_restates_is_no_body():
    lead = ("On 8 May, Minister of Transport Anna Ozola held talks in Riga with the Lithuanian Minister of "
            "Transport and Communications on the joint timetable of the cross-border railway between the capitals.")
    a = clean(LONG_HEADLINE, "Print version | Send by e-mail | Font size", lead, SECOND, LAST, url=MINISTRY_URL)
    assert a.title == LONG_HEADLINE
    assert a.paragraphs[0] == lead


def test_a_slug_of_keywords_with_a_group_name_finds_the_headline():
    headline = "Baltic leaders meet at G20 as rail plan wins backing"
    a = clean(headline, "Latest news", LEAD, SECOND, LAST,
              url="https://news.example.net/en/2024-05-08/baltic-leaders-g20-riga/")
    assert a.title == headline


# --- the start of the body ---------------------------------------------------------------

def test_a_caption_with_its_photo_credit_in_brackets_is_no_body_start():
    caption = "The two ministers at the border station on Wednesday. (Photo: Latvian Government Press Service)"
    a = clean(HEADLINE, "8 May 2024, 10:00AM", "By Ieva Kalna", caption, LEAD, SECOND, LAST)
    assert a.paragraphs[0] == LEAD
    assert caption in a.captions


# --- the published time -----------------------------------------------------------------

@pytest.mark.parametrize("line, when", [
    ("7:14 am on 25 May 2022", datetime(2022, 5, 25, 7, 14)),
    ("10.07.2025 [19:52]", datetime(2025, 7, 10, 19, 52)),
    ("March 5, 2021 (10:16)", datetime(2021, 3, 5, 10, 16)),
])
def test_printed_times_are_read_with_their_day(line, when):
    found = find_dates(line)
    assert [(d.value, d.precision) for d in found] == [(when, "minute")]


@pytest.mark.parametrize("stamp", [("Wednesday, 08 May 2024", "9:05 PM EET"), ("9:05 PM EET", "Wednesday, 08 May 2024")])
def test_a_time_on_the_line_next_to_the_day_is_the_published_time(stamp):
    a = clean(HEADLINE, *stamp, LEAD, SECOND, LAST)
    assert a.published == datetime(2024, 5, 8, 21, 5)
    assert a.published_precision == "minute"
    assert a.paragraphs == [LEAD, SECOND, LAST]
