"""Date lines found on the stand-in sets of session 22, on pages written for these tests: an ISO
day with its time after a bar, a year-first day unpadded, a two-digit year before a time, a
Turkish time label, an agency's desk before a weekday."""

from __future__ import annotations

from datetime import datetime

import pytest

from conftest import clean_page

HEADLINE = "Two coastal states sign a fisheries accord after a day of talks"
LEAD = ("The fisheries ministers of the two states signed an accord on Tuesday setting shared catch limits, "
        "their offices said after talks in the port city.")
LAST = "The ministers will meet again in the spring to review the limits."


@pytest.mark.parametrize("line,expected", [
    ("2024-06-12 | 10:47:31", datetime(2024, 6, 12, 10, 47)),
    ("2024/3/23 10:14", datetime(2024, 3, 23, 10, 14)),
    ("Published: 03.25.24, 17:40", datetime(2024, 3, 25, 17, 40)),
    ("BY JANE ROE - 08/28/23 2:31 PM ET", datetime(2023, 8, 28, 14, 31)),
    ("Jane Roe |05.11.2025 - TSİ 09:41", datetime(2025, 11, 5, 9, 41)),
    ("APA-Portville (Exampleland)   Thursday, 4 July 2024 at 17:41", datetime(2024, 7, 4, 17, 41)),
    ("September 15, 2023 10:21 pm | Updated 10:35 pm IST - Portville", datetime(2023, 9, 15, 22, 21)),
    ("Sunday 11, May 2025, 19:05", datetime(2025, 5, 11, 19, 5)),
])
def test_date_lines_of_many_outlets_date_the_page(line, expected):
    article = clean_page([HEADLINE, line, LEAD, LAST], "https://news.example/world/fisheries-accord")
    assert article.published == expected


def test_a_numeric_day_read_both_ways_takes_the_reading_of_the_dateline():
    article = clean_page([HEADLINE, "01/10/2025 01:25 PM", "PORTVILLE, Jan 10 (Bernama) -- " + LEAD, LAST],
                         "https://news.example/news.php?id=2382541")
    assert article.published == datetime(2025, 1, 10, 13, 25)


def test_a_lead_opening_with_a_known_town_in_title_case_over_the_date_line_is_the_article():
    lead = ("Luanda - The President of Zambia arrived in Luanda on Thursday night for a two-day state visit at the "
            "invitation of his Angolan counterpart.")
    article = clean_page(["Zambian President arrives in Luanda for state visit", lead, "2023-08-25 09:10",
                          "The visitor, who arrives from Lusaka, was welcomed at the airport by the foreign minister.",
                          LAST], "https://agency.example/en/news/zambian-president-arrives-in-luanda/")
    assert article.paragraphs[0].endswith(lead[len("Luanda - "):])
