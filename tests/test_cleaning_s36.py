"""Page furniture found on the stand-in sets of session 21, on pages written for these tests: a
French credit line that gives the day the story went up and the day it was changed."""

from __future__ import annotations

from datetime import datetime

from conftest import clean_page

HEADLINE = "Two coastal states sign a fisheries accord after a day of talks"
LEAD = ("The fisheries ministers of the two states signed an accord on Tuesday setting shared catch limits, "
        "their offices said after talks in the port city.")
LAST = "The ministers will meet again in the spring to review the limits."


def test_a_french_credit_with_its_day_and_the_day_it_was_changed_dates_the_page():
    article = clean_page(["Le Journal d'Exemple | Actualités", HEADLINE,
                          "Le Journal d'Exemple | Par Jeanne Durand - 14 Mars 2024 modifié le 14 Mars 2024 - 18:40",
                          LEAD, LAST], "https://www.journal.example/Deux-etats-cotiers-signent_a12345.html")
    assert article.published == datetime(2024, 3, 14, 18, 40)
    assert article.byline == "Jeanne Durand"


def test_a_syndicator_s_pointer_to_the_original_article_closes_the_story():
    article = clean_page([HEADLINE, "By Jane Roe", "14 March 2024", LEAD, LAST, "Read the original article on Example Herald.",
                          "Copyright © 2024 Example Herald. All rights reserved. Distributed by Example Media."],
                         "https://example-africa.example/stories/202403140101.html")
    assert article.paragraphs[-1] == LAST


def test_a_wire_story_s_currency_conversion_under_its_last_paragraph_is_no_part_of_it():
    article = clean_page([HEADLINE, "By Jane Roe", "14 March 2024", LEAD, LAST, "($1 = 0.9210 euros)",
                          "Reporting by Jane Roe; Editing by John Doe"], "https://wire.example/world/fisheries-2024-03-14/")
    assert article.paragraphs[-1] == LAST


def test_a_place_and_day_line_credited_to_the_site_s_agency_dates_the_page():
    article = clean_page(["EXA - Example Agency", "Home  Politics  Region  World", HEADLINE, "Portville, 17 March 2023 (EXA)",
                          LEAD, LAST], "https://exa.example/en/story/coastal-states-accord")
    assert article.published == datetime(2023, 3, 17)


def test_the_last_year_of_a_copyright_span_dates_a_yearless_dispatch_whose_weekday_fits_it():
    # 16 August 2025 was a Saturday: the talks "on Friday" were the day before the dispatch.
    lines = [HEADLINE, "PORTVILLE, August 16. /EXA/. The two presidents held talks on Friday at the air base, the "
             "presidential office said.", "They last met in June 2021.", LAST, "© 1999-2025 EXA"]
    assert clean_page(lines, "https://exa.example/politics/2004417").published == datetime(2025, 8, 16)
    # without the span nothing speaks for 2025 (June 2021, the only year the text names, is two months off)
    assert clean_page(lines[:-1], "https://exa.example/politics/2004417").published != datetime(2025, 8, 16)


def test_a_numeric_day_that_reads_both_ways_takes_the_reading_of_the_url_s_month():
    # the story names "8 July" (another day), the URL the month of the page: 7 August
    lines = [HEADLINE, "Published on 07/08/2023 - 19:20 By Jane Roe - Reporter", LEAD,
             "The two leaders had met in the border town on 8 July to prepare the summit.", LAST]
    article = clean_page(lines, "https://agency.example/en/international/news/2023-08/coastal-states-accord")
    assert article.published == datetime(2023, 8, 7, 19, 20)


def test_a_time_zone_named_in_brackets_after_a_date_line_s_time_keeps_the_time():
    lines = [HEADLINE, "8 Ago, 2023 | 17:34 (hora de Colombia)", "Por Example Colombia", LEAD, LAST]
    article = clean_page(lines, "https://www.example.com/america/colombia/2023/08/08/coastal-states-accord/")
    assert article.published == datetime(2023, 8, 8, 17, 34)
