"""Scraped-page cleaning, written for these tests: dates printed without a year or only at the
page foot, the weekday of a dispatch, captions and credits around the article proper."""

from __future__ import annotations

from datetime import datetime

from summitry.cleaning import clean_scraped
from summitry.cleaning.dates import FoundDate, Yearless
from summitry.cleaning.published import choose_published, first_weekday
from summitry.model import RawDocument

HEADLINE = "Lithuania and Poland to build a second rail link to the border"
LEAD = ("Lithuanian and Polish transport ministers agreed in Vilnius on Monday to build a second "
        "rail link across their shared border, the two ministries said.")
SECOND = ("The new line will run beside the existing track for most of its length and is due to open "
          "to freight before passenger trains use it, officials told reporters.")
LAST = "The ministers are to meet again in Warsaw before the end of the year to review progress."
URL = "https://rail.example.net/lithuania-and-poland-to-build-second-rail-link/"
TODAY = datetime(2026, 11, 26)


def clean(*lines: str, url: str | None = URL):
    text = "\n".join(([f"URL: {url}", ""] if url else []) + list(lines)) + "\n"
    return clean_scraped(RawDocument("page.txt", text))


# --- publication dates -----------------------------------------------------------------------

def test_credit_line_naming_a_section_before_its_date():
    a = clean(HEADLINE, "By Jane Roe in Transport on 6 August 2024", LEAD, SECOND, LAST,
              url="https://rail.example.net/2024/08/lithuania-and-poland-to-build-second-rail-link/")
    assert a.published_iso == "2024-08-06"
    assert a.byline == "Jane Roe"


def test_date_line_without_a_year_takes_the_year_of_the_url():
    a = clean(HEADLINE, "14.3. 09:20 • Updated 14.3. 11:05", LEAD, SECOND, LAST,
              url="https://rail.example.net/2021/03/lithuania-and-poland-to-build-second-rail-link/")
    assert a.published_iso == "2021-03-14T09:20"


def test_summary_above_a_yearless_date_line_is_no_body():
    standfirst = ("Two neighbours will share the cost of a new line that has been discussed for more "
                  "than a decade, ministers say.")
    a = clean(HEADLINE, standfirst, "14.3. 09:20", LEAD, SECOND, LAST,
              url="https://rail.example.net/2021/03/lithuania-and-poland-to-build-second-rail-link/")
    assert a.paragraphs[0] == LEAD


def test_yearless_date_line_takes_its_year_from_the_weekday_of_the_dispatch():
    # 14 March fell on a Monday in 2022 (and not again up to the fixed "today").
    got = choose_published([], None, None, [LEAD], [], today=TODAY, yearless=[(1, Yearless(3, 14, 9, 20))])
    assert (got.value, got.precision) == (datetime(2022, 3, 14, 9, 20), "minute")


def test_todays_time_stamp_takes_its_day_from_a_dated_caption():
    caption = "[Picture: The two ministers at the signing in Vilnius, March 14, 2022. (Ministry handout)]"
    a = clean(HEADLINE, "By Staff", "Today, 4:05 pm", LEAD, SECOND, LAST, caption, url=None)
    assert a.published_iso == "2022-03-14"


def test_todays_time_stamp_takes_its_day_from_the_url_first():
    # "Yesterday" was said of the day the page was read; the URL gives the day it was published.
    a = clean(HEADLINE, "Yesterday, 18:10", LEAD, SECOND, LAST,
              url="https://rail.example.net/2022/03/15/second-rail-link/")
    assert a.published_iso == "2022-03-15"


def test_date_line_at_the_foot_of_the_page_under_the_links():
    a = clean(HEADLINE, LEAD, SECOND, LAST, "Read also:", "Ferry link to reopen in spring",
              "14 March 2022, 10:41", "Share: Facebook Telegram")
    assert a.published_iso == "2022-03-14T10:41"


def test_several_date_lines_at_the_foot_are_other_stories_dates():
    a = clean(HEADLINE, LEAD, SECOND, LAST, "Read also:", "Ferry link to reopen in spring", "2 March 2022",
              "Port workers end strike", "28 February 2022", url=None)
    assert a.published is None


def test_weekday_after_a_verb_of_saying_is_the_dispatch_day():
    lead = ("The king is expected in Lisbon on Sunday for a three-day visit, the palace announced on "
            "Saturday.")
    assert first_weekday([lead]) == 5
    # A yearless dateline of 21 May then falls on the Saturday (2022), not the Sunday (2023).
    got = choose_published([], (5, 21, None), None, [lead], [], today=TODAY)
    assert got.value == datetime(2022, 5, 21)


# --- the end of the article --------------------------------------------------------------------

def test_bracketed_labelled_caption_after_the_last_paragraph():
    caption = "[Picture: The two ministers at the signing in Vilnius, March 14, 2022. (Ministry handout)]"
    a = clean(HEADLINE, "14 March 2022", LEAD, SECOND, LAST, caption)
    assert a.paragraphs[-1] == LAST
    assert a.captions == [caption]


def test_read_more_on_a_named_page_opens_a_list_of_links():
    a = clean(HEADLINE, "14 March 2022", LEAD, SECOND, LAST, "Read more on the live page",
              "- Port workers end their strike in Gdansk", "- Ferry link between the two capitals to reopen")
    assert a.paragraphs[-1] == LAST


def test_previously_label_before_a_link_to_an_older_story():
    a = clean(HEADLINE, "14 March 2022", LEAD, SECOND, LAST,
              "Previously: Vilnius and Warsaw sign a memorandum on freight corridors")
    assert a.paragraphs[-1] == LAST


def test_web_address_credit_and_topic_links_after_the_last_sentence():
    a = clean(HEADLINE, "14 March 2022", LEAD, SECOND, f"{LAST} – news.transport.example.lt",
              "More on: Transport", "- Ferry link between the two capitals to reopen")
    assert a.paragraphs[-1] == LAST


# --- headlines ---------------------------------------------------------------------------------

def test_banner_naming_part_of_the_copyright_owner_is_no_headline():
    a = clean("The Transport Office", "Republic of Freedonia", HEADLINE, LEAD, SECOND, LAST,
              "© 2022 The Transport Office, Republic of Freedonia. All rights reserved.",
              url="https://transport.example.gov/Press/Article/4411")
    assert a.title == HEADLINE


def test_navigation_bar_with_a_labelled_year_is_no_headline():
    a = clean("Rail | Roads | Ports | Europe 2022", HEADLINE, "14 March 2022", LEAD, SECOND, LAST,
              url="https://rail.example.net/news.php?id=4411")
    assert a.title == HEADLINE


# --- the start of the article ------------------------------------------------------------------

def test_caption_naming_who_stands_with_whom_is_no_lead():
    caption = ("Transport Minister Jane Roe with Infrastructure Minister Jan Nowak of Poland and "
               "Mayor Ona Vaitkus of Vilnius in Kaunas.")
    a = clean(HEADLINE, "14 March 2022", caption, LEAD, SECOND, LAST)
    assert a.paragraphs[0] == LEAD
    assert caption in a.captions


def test_lead_after_a_place_and_agency_dateline_over_a_photo_credit():
    a = clean(HEADLINE, f"VILNIUS. RAILINFORM – {LEAD}", "Photo: ministry press service", SECOND, LAST)
    assert a.paragraphs[0] == LEAD
    assert a.dateline == "VILNIUS"


def test_caption_ending_with_a_labelled_slash_credit_is_no_lead():
    caption = ("Transport Minister Jane Roe met her Polish counterpart Jan Nowak on the sidelines of a "
               "regional forum in Riga in January. Source: RAILWIRE / Ona Vaitkus")
    a = clean(HEADLINE, "14 March 2022", caption, LEAD, SECOND, LAST)
    assert a.paragraphs[0] == LEAD


def test_abbreviated_first_word_of_a_place_is_no_agency():
    a = clean(HEADLINE, "14 March 2022", f"ST. PETERSBURG – {LEAD}", SECOND, LAST)
    assert a.dateline == "ST. PETERSBURG"


def test_todays_time_stamp_ignores_dates_of_events_in_the_text():
    later = "The line is due to carry its first freight on September 1, 2025, the ministers said."
    a = clean(HEADLINE, "Today, 4:05 pm", LEAD, later, LAST, url=None)
    assert a.published is None


def test_date_line_with_a_named_month_and_no_year():
    a = clean(HEADLINE, "Updated: Mar 14, 9:20 AM", LEAD, SECOND, LAST,
              url="https://rail.example.net/2021/03/lithuania-and-poland-to-build-second-rail-link/")
    assert a.published_iso == "2021-03-14T09:20"


def test_day_without_a_year_heading_a_part_of_the_text_is_no_date_line():
    a = clean(HEADLINE, LEAD, SECOND, "15 March", LAST, url=None)
    assert a.published is None
    assert a.paragraphs[-1] == LAST


def test_day_over_the_masthead_without_time_or_label_is_the_day_of_reading():
    a = clean("23 December Monday", HEADLINE, LEAD, SECOND, LAST,
              url="https://rail.example.net/2021/03/lithuania-and-poland-to-build-second-rail-link/")
    assert a.published_iso == "2021-03"
    b = clean("Published 14.3.", HEADLINE, LEAD, SECOND, LAST,
              url="https://rail.example.net/2021/03/lithuania-and-poland-to-build-second-rail-link/")
    assert b.published_iso == "2021-03-14"


def test_yearless_dateline_takes_the_year_of_a_nearby_date_in_the_text():
    lead = (f"VILNIUS, March 14 (RAILWIRE) – {LEAD.replace(' on Monday', '')} Tenders close on "
            "April 30, 2019, they added.")
    a = clean(HEADLINE, lead, SECOND, LAST, url=None)
    assert a.published_iso == "2019-03-14"


def test_dispatch_weekday_outranks_a_recalled_date_of_another_year():
    lead = ("The ministers signed the plan in Vilnius, the ministry said on Monday, five years after the "
            "first talks on March 2, 2019.")
    dates = [FoundDate(datetime(2019, 3, 2), "day", 0, 0)]
    got = choose_published([], (3, 14, None), None, [lead], [], today=TODAY, text_dates=dates)
    assert got.value == datetime(2022, 3, 14)  # a Monday; 14 March 2019 was a Thursday
