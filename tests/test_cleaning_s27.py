"""Scraped-page cleaning, round 27, on pages written for these tests: a short line that is no sentence
standing alone between the last paragraph and the page's footer (a link to another story, a widget's
call), and more habits of news pages as the round adds them."""

from __future__ import annotations

import pytest

from conftest import clean_page

HEADLINE = "Chile and Bolivia agree to reopen the Colchane border crossing"
LEAD = ("The foreign ministers of Chile and Bolivia agreed on Tuesday to reopen the Colchane border crossing "
        "to freight traffic, the two governments said after talks in Santiago.")
SECOND = ("Trucks carrying copper and soy will be cleared at a joint customs post from next month, and the "
          "two sides will share the cost of new scanners.")
LAST = "The ministers are to meet again in La Paz before the end of the year."
URL = "https://andes.example.org/news/chile-bolivia-reopen-colchane-crossing/"


def clean(*lines: str, url: str | None = URL):
    return clean_page(lines, url)


# --- under the article -------------------------------------------------------------------------------------

@pytest.mark.parametrize("trailing", [
    'Mamani: "Our ports must stay open to Bolivia"',  # a link to another story, closing on its quotation
    "Press here for the day's top stories from Andes News",  # a widget's call
])
@pytest.mark.parametrize("footer", ["Tags: Chile, Bolivia, trade", "© Andes News 2024. All rights reserved."])
def test_a_short_line_between_the_last_paragraph_and_the_footer_is_no_body(trailing, footer):
    article = clean(HEADLINE, "May 14, 2024", LEAD, SECOND, LAST, trailing, footer)
    assert article.paragraphs[-1] == LAST


def test_a_closing_paragraph_that_is_a_sentence_stays_above_the_footer():
    closing = '"We will be back," Mamani said.'
    article = clean(HEADLINE, "May 14, 2024", LEAD, SECOND, LAST, closing, "Tags: Chile, Bolivia, trade")
    assert article.paragraphs[-1] == closing


# --- the date lines ------------------------------------------------------------------------------------

def test_a_section_label_beside_a_weekday_a_date_a_time_and_its_zone_is_a_date_line():
    """ "Region  Monday, 13 May 2024  4:15 PM CLT" under the page's day: the section's label, and the
    time the story was published."""
    article = clean("Monday, 13 May 2024", HEADLINE, "By Ana Rojas", "Region  Monday, 13 May 2024  4:15 PM CLT",
                    LEAD, SECOND, LAST)
    assert article.published_iso == "2024-05-13T16:15"


@pytest.mark.parametrize("stamp", ["Santiago • 16:15", "Santiago | 4:15 PM"])
def test_a_place_and_a_time_under_a_day_line_give_the_time_of_that_day(stamp):
    article = clean(HEADLINE, "Monday, May 13, 2024", stamp, LEAD, SECOND, LAST)
    assert article.published_iso == "2024-05-13T16:15"
    article = clean(HEADLINE, stamp, "Monday, May 13, 2024", LEAD, SECOND, LAST)
    assert article.published_iso == "2024-05-13T16:15"


def test_a_numeric_date_reads_as_the_spelled_date_on_the_next_line():
    """ "05/03/2024" over "May 3, 2024": the page writes its day twice, the spelled form says which way."""
    article = clean(HEADLINE, "05/03/2024", "May 3, 2024", LEAD, SECOND, LAST)
    assert article.published_iso == "2024-05-03"
    article = clean(HEADLINE, "05/03/2024", "5 March 2024", LEAD, SECOND, LAST)
    assert article.published_iso == "2024-03-05"


def test_a_month_by_name_in_the_url_dates_a_page_to_that_month():
    lead = ("Santiago (ANS) - The foreign ministers of Chile and Bolivia agreed to reopen the Colchane border "
            "crossing to freight traffic, the two governments said after talks on Tuesday.")
    article = clean(HEADLINE, lead, SECOND, LAST, url="https://andes.example.org/news/2024/May/40411/colchane.aspx")
    assert article.published_iso == "2024-05"


# --- where the article starts -----------------------------------------------------------------------------

def test_a_lead_telling_who_said_it_over_a_photo_credit_is_the_first_paragraph():
    """A line over a photo's credit is its caption, unless it reports news from a source, as a lead does."""
    lead = ("Santiago - Bolivia's foreign minister arrived in Santiago this morning for two days of talks on the "
            "Colchane border crossing, the Chilean foreign ministry announced.")
    article = clean(HEADLINE, "May 14, 2024", lead, "Photo: Chilean Foreign Ministry", SECOND, LAST)
    assert article.paragraphs[0].endswith("the Chilean foreign ministry announced.")
    assert "Photo: Chilean Foreign Ministry" in article.captions


def test_a_summary_box_labelled_what_we_know_is_no_body_start():
    """ "What you need to know:" over bullet points is the label of a summary box, no line of the text
    introducing its own list."""
    article = clean(HEADLINE, "By Ana Rojas", "What you need to know:",
                    "- Freight traffic resumes at the joint customs post from next month.",
                    "- The two sides will share the cost of new scanners at the border.", LEAD, SECOND, LAST)
    assert article.paragraphs[0] == LEAD
    assert article.title == HEADLINE


def test_a_summary_telling_its_subject_by_what_he_is_over_the_lead_introducing_him_is_no_body_start():
    headline = "Arce leaves Santiago after talks on the border crossing"
    summary = "The Bolivian president's two-day stay took him from the Moneda palace to the copper port of Antofagasta."
    lead = ("Bolivian President Luis Arce flew out of Santiago on Wednesday morning, ending a visit in which the "
            "two countries agreed to reopen the Colchane crossing.")
    article = clean(headline, "By Ana Rojas", summary, lead, SECOND, LAST)
    assert article.paragraphs[0] == lead
    # a first paragraph that introduces its subject in full is the lead, whatever follows
    first = "Bolivia's President Luis Arce spent two days in Chile, from the Moneda palace to the port of Antofagasta."
    article = clean(headline, "By Ana Rojas", first, lead, SECOND, LAST)
    assert article.paragraphs[0] == first


# --- credits under the article ----------------------------------------------------------------------------

def test_a_credit_naming_the_outlet_in_odd_case_before_the_writers_role_is_no_body():
    credit = "The andes News writer Marta Quispe reported from La Paz."
    article = clean(HEADLINE, "May 14, 2024", LEAD, SECOND, LAST, credit)
    assert article.paragraphs[-1] == LAST
    # a sentence of the article naming a writer stays
    sentence = "The Chilean writer Pablo Rivas reported from La Paz that the queues had gone."
    article = clean(HEADLINE, "May 14, 2024", LEAD, SECOND, LAST, sentence)
    assert article.paragraphs[-1] == sentence


# --- inside the article -----------------------------------------------------------------------------------

def test_a_call_to_click_a_link_inside_the_article_is_no_paragraph():
    call = "Click here to get the latest news updates from Andes News on Google News"
    article = clean(HEADLINE, "May 14, 2024", LEAD, call, SECOND, LAST)
    assert article.paragraphs == [LEAD, SECOND, LAST]


def test_a_caption_labelled_as_an_archive_photo_inside_the_article_is_no_paragraph():
    caption = "Photo archive: The two foreign ministers at the Colchane crossing, 3 March 2022"
    article = clean(HEADLINE, "May 14, 2024", LEAD, caption, SECOND, LAST)
    assert article.paragraphs == [LEAD, SECOND, LAST]
    assert caption in article.captions


# --- a wire's filing stamp under the story ----------------------------------------------------------------

def test_a_wires_filing_stamp_with_its_day_is_no_body_and_gives_the_time():
    lead = ("Arica, May 14 (ANS) -- The foreign ministers of Chile and Bolivia agreed today to reopen the "
            "Colchane border crossing to freight traffic.")
    article = clean(HEADLINE, lead, SECOND, LAST, "JR/AB", "ANS 1615 GMT 2024-05-14", "© ANS 2024")
    assert article.paragraphs[-1] == LAST
    assert article.published_iso == "2024-05-14T16:15"


def test_a_date_line_with_its_comma_astray_and_a_colon_before_the_time_gives_the_time():
    article = clean(HEADLINE, "Published: 14 May ,2024: 04:15 PM CLT", "Updated: 14 May ,2024: 06:40 PM CLT",
                    LEAD, SECOND, LAST)
    assert article.published_iso == "2024-05-14T16:15"


def test_a_live_pages_summary_closing_on_a_call_to_follow_the_coverage_is_no_body_start():
    summary = ("The foreign ministers of Chile and Bolivia met at the Colchane crossing on Tuesday morning to "
               "reopen it to freight. Follow our live coverage.")
    entry = "The two ministers have signed the customs protocol, officials said, after three hours of talks."
    article = clean("LIVE: Chile and Bolivia reopen the Colchane crossing", "Published: 14/05/2024 - 09:10",
                    summary, "13:40", "Protocol signed", entry, "11:05", "Ministers arrive", SECOND, LAST)
    assert summary not in article.paragraphs
    assert entry in article.paragraphs[:3]  # (under its time stamp and heading)
