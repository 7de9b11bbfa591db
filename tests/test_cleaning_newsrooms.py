"""Page layouts of state agencies, broadcasters, broadsheets and press offices, written for these
tests: date lines, credits, mastheads, standfirsts, captions and what closes the article."""

from __future__ import annotations

from datetime import datetime

from conftest import clean_page
from summitry.cleaning.dates import find_dates

LEAD = ("The foreign ministers of Chile and Peru met in Arica on Thursday to settle the last details "
        "of a new border crossing, the two governments said in a joint note.")
SECOND = ("The crossing will open in the autumn and will be staffed by officers of both countries, "
          "according to the note, which both ministries published after the talks.")
THIRD = ("The ministers agreed to meet again in Tacna before the end of the year to review the work "
         "of a joint commission on trade and transport.")
HEADLINE = "Chile and Peru agree on new border crossing"
URL = "https://www.example-gazette.cl/news/48213"


def clean(*lines: str, url: str | None = URL):
    return clean_page(lines, url)


# --- date lines ----------------------------------------------------------------------------

def test_hours_written_with_an_h_are_a_time():
    assert find_dates("12 May 2024 | 08h45")[0].value == datetime(2024, 5, 12, 8, 45)
    assert find_dates("the 2h30 mark") == []


def test_a_time_before_a_day_written_before_its_month():
    assert find_dates("09:12, 14 June 2022")[0].value == datetime(2022, 6, 14, 9, 12)


def test_a_section_label_beside_the_date_is_no_headline():
    a = clean("Diplomacy 09:12, 14 June 2022", "", HEADLINE, "", LEAD, SECOND, THIRD)
    assert a.title == HEADLINE
    assert a.published == datetime(2022, 6, 14, 9, 12)


def test_a_section_label_after_the_time_keeps_the_time():
    a = clean(HEADLINE, "", "14 June 2022 | 09h12 - World", "", LEAD, SECOND, THIRD)
    assert (a.published, a.published_precision) == (datetime(2022, 6, 14, 9, 12), "minute")


def test_the_outlet_named_before_a_date_line():
    a = clean(HEADLINE, "", "The Straits Times / 10:02 PM August 03, 2022", "", LEAD, SECOND, THIRD)
    assert a.published == datetime(2022, 8, 3, 22, 2)


def test_a_reporters_role_and_place_after_the_name():
    a = clean(HEADLINE, "", "Posted on 03/08/2022 - 14:10 By Ana Souza - Reporter - Recife", "",
              LEAD, SECOND, THIRD)
    assert (a.published, a.byline) == (datetime(2022, 8, 3, 14, 10), "Ana Souza")


def test_a_byline_with_a_colon_role_and_handle():
    a = clean(HEADLINE, "", "By: Mara Lind - Correspondent / @maralind", "August 3, 2022", "",
              LEAD, SECOND, THIRD)
    assert a.byline == "Mara Lind"


# --- what closes the article -----------------------------------------------------------------

def last(a) -> str:
    return a.paragraphs[-1]


def test_the_reporters_email_address_under_the_article():
    a = clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "mlind@example-gazette.cl", "(END)")
    assert last(a) == THIRD


def test_a_desk_code_with_the_filing_time():
    assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "PNA/KJ/2215 hrs")) == THIRD
    assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "RT/MM/LQ")) == THIRD
    assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "ab/cd")) == THIRD
    assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "PNA/KJ 2215 GMT")) == THIRD


def test_an_agencys_initials_glued_after_the_last_sentence():
    a = clean(HEADLINE, "", LEAD, SECOND, THIRD + " OPS")
    assert last(a) == THIRD


def test_a_closing_word_that_is_no_code_stays():
    a = clean(HEADLINE, "", LEAD, SECOND, THIRD + " Nothing more.")
    assert last(a).endswith("Nothing more.")


def test_names_joined_by_slashes_under_the_article():
    a = clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "PNA/Rosa Quispe/Luis alvarado")
    assert last(a) == THIRD


def test_labelled_credits_under_the_article():
    a = clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "Translation: Ines Moura", "Edition: Jorge Salas")
    assert last(a) == THIRD
    assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "[Editor: zhangl]")) == THIRD


def test_share_buttons_under_the_article():
    a = clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "Share on: Facebook  X  Telegram")
    assert last(a) == THIRD
    a = clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "SHARE THIS", "Facebook  Email  LinkedIn")
    assert last(a) == THIRD


def test_links_to_the_previous_and_next_story():
    assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "« Previous  Next »")) == THIRD
    assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "< Previous article")) == THIRD


# --- where the article proper starts ---------------------------------------------------------

CAPTION = ("The foreign ministers of Chile and Peru shake hands before their talks on a new border crossing "
           "in the northern port city of Arica on Thursday, June 13, 2024.")


def test_a_caption_ending_with_an_agency_and_photographer():
    a = clean(HEADLINE, "", f"{CAPTION} EFE - MARTA GIL", "", LEAD, SECOND, THIRD)
    assert a.paragraphs[0] == LEAD
    assert a.captions == [f"{CAPTION} EFE - MARTA GIL"]


def test_a_caption_ending_with_a_labelled_credit():
    a = clean(HEADLINE, "", f"{CAPTION} PHOTO | EFE", "", LEAD, SECOND, THIRD)
    assert a.paragraphs[0] == LEAD


def test_a_pool_caption_inside_the_body():
    caption = f"HANDSHAKE | {CAPTION} —EFE POOL"
    a = clean(HEADLINE, "", LEAD, caption, SECOND, THIRD)
    assert a.paragraphs == [LEAD, SECOND, THIRD]
    assert caption in a.captions


def test_a_paragraph_ending_with_an_agency_inside_the_body_is_no_caption():
    closing = "The note was published in both capitals on Friday."
    a = clean(HEADLINE, "", LEAD, SECOND, f"{closing} EFE")
    assert (a.paragraphs[-1], a.captions) == (closing, [])


def test_a_photographers_credit_inside_the_body_is_no_copyright_notice():
    a = clean(HEADLINE, "", LEAD, "", "© Pedro Rojas/EFE - The ministers at the border post", "", SECOND, THIRD)
    assert a.paragraphs == [LEAD, SECOND, THIRD]
    a = clean(HEADLINE, "", LEAD, "", "Peru's foreign minister in Arica", "© Pedro Rojas/EFE", "", SECOND, THIRD)
    assert a.paragraphs == [LEAD, SECOND, THIRD]
    assert a.captions == ["Peru's foreign minister in Arica", "© Pedro Rojas/EFE"]


def test_the_copyright_notice_still_ends_the_article():
    a = clean(HEADLINE, "", LEAD, SECOND, "© 2024 Example Gazette. All rights reserved.", THIRD)
    assert a.paragraphs == [LEAD, SECOND]


STANDFIRST = ("Two neighbours who went to court over their sea border a decade ago now want goods to cross "
              "their land border faster.")


def test_a_standfirst_and_caption_above_the_byline_and_date():
    a = clean(HEADLINE, "", STANDFIRST, "", "The ministers in Arica (left) on ThursdayImage: Pedro Rojas/EFE",
              "", "Rosa Quispe", "06/14/2024", "", LEAD, SECOND, THIRD)
    assert a.paragraphs[0] == LEAD
    assert a.byline == "Rosa Quispe"
    assert a.published == datetime(2024, 6, 14)


def test_a_quoted_standfirst_above_a_bare_byline_and_place():
    standfirst = 'Ministers meet in Arica; both sides vow to settle trade disputes "through talks"'
    a = clean(HEADLINE, "", standfirst, "", "Rosa Quispe", "ARICA", "June 14, 2024 18:20 IST",
              "Updated: June 14, 2024 21:02 IST", "", LEAD, SECOND, THIRD)
    assert a.paragraphs[0] == LEAD
    assert a.published == datetime(2024, 6, 14, 18, 20)


def test_a_date_line_under_a_short_article_keeps_it():
    a = clean(HEADLINE, "", LEAD, SECOND, "Published - June 14, 2024 06:15 pm IST")
    assert a.paragraphs == [LEAD, SECOND]


def test_the_wire_dateline_opens_the_article_after_a_standfirst_without_stop():
    standfirst = ("The ministers of Chile and Peru will meet in Arica to settle the details of a new border "
                  "crossing between the two countries, a spokesman for the Chilean ministry said")
    lead = "LIMA, June 12. /EFE/. " + LEAD
    a = clean(HEADLINE, "", standfirst, "", "Both delegations reached the port city by road early on Thursday morning.", "",
              lead, SECOND, THIRD)
    assert a.paragraphs[0] == LEAD
    assert a.dateline == "LIMA"


def test_summary_bullets_above_the_article():
    a = clean(HEADLINE, "", "Summary",
              "- The ministers agreed on the border crossing after two hours of talks in Arica.",
              "- Both countries will staff the new crossing with their own officers.", "", LEAD, SECOND, THIRD)
    assert a.paragraphs[0] == LEAD


# --- mastheads ---------------------------------------------------------------------------------

def test_the_sites_name_above_the_headline_is_no_headline():
    a = clean("Gazette of the Andes", "", "World", "", HEADLINE, "", "June 14, 2024", "", LEAD, SECOND, THIRD,
              url="https://www.gazette-of-the-andes.example/news/48213")
    assert a.title == HEADLINE


def test_the_sites_acronym_and_tagline_are_no_headline():
    a = clean("Andean Press Service (APS)", "National News Agency of the Andes", "", HEADLINE, "",
              "June 14, 2024", "", LEAD, SECOND, THIRD, url="https://apsnews.example/story/48213")
    assert a.title == HEADLINE


def test_the_sites_initials_are_no_headline():
    a = clean("Presidential Media Office", "Republic of Freedonia", "", HEADLINE, "",
              "June 14, 2024", "", LEAD, SECOND, THIRD, url="https://pmo.example.gov/releases/48213")
    assert a.title == HEADLINE


def test_a_photographers_credit_as_the_last_line_ends_the_article():
    a = clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "© Example Media/Gazette Group", "Contact us", "About us")
    assert a.paragraphs == [LEAD, SECOND, THIRD]


def test_an_agencys_name_on_its_own_site_still_credits_it():
    a = clean("KYODO NEWS", "", HEADLINE, "", LEAD, SECOND, THIRD, url="https://english.kyodonews.net/news/48213")
    assert a.source == "Kyodo"


def test_an_email_address_with_a_label_or_name_under_the_article():
    assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "Contact the writer: mlind@example-gazette.cl")) == THIRD
    assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD + " Mara Lind, mlind@example-gazette.cl")) == THIRD


def test_a_sentence_naming_an_address_stays():
    closing = "Questions can be sent to the joint commission, which answers at info@example-commission.org."
    assert last(clean(HEADLINE, "", LEAD, SECOND, closing)) == closing


def test_date_and_time_parted_by_a_dot_or_slash():
    assert find_dates("14 Jun 2024 • 6:20pm")[0].value == datetime(2024, 6, 14, 18, 20)
    assert find_dates("Jun 14, 2024 / 06:20 PM")[0].value == datetime(2024, 6, 14, 18, 20)
    assert find_dates("14 Jun, 2024 · 18:20")[0].value == datetime(2024, 6, 14, 18, 20)


def test_a_time_before_a_date_in_figures():
    assert find_dates("18:20 14.06.2024")[0].value == datetime(2024, 6, 14, 18, 20)
    assert find_dates("18:20, 14/06/2024")[0].value == datetime(2024, 6, 14, 18, 20)


# --- press offices and broadcasters ----------------------------------------------------------

def test_a_press_release_label_is_no_headline():
    a = clean("Press release", "", "12.06.2024", "", HEADLINE, "", LEAD, SECOND, THIRD,
              url="https://trade.example.gov/en/releases/4821")
    assert a.title == HEADLINE


def test_the_press_offices_signature_closes_the_release():
    assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "Office of the Spokesperson")) == THIRD


def test_the_press_offices_contacts_close_the_release():
    a = clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "Tel: +51 1 204 2400", "Email: press@trade.example.gov")
    assert last(a) == THIRD


def test_a_short_last_paragraph_of_prose_stays():
    a = clean(HEADLINE, "", LEAD, SECOND, THIRD, "The ministers also")
    assert last(a) == "The ministers also"


def test_a_list_of_related_coverage_under_the_article():
    a = clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "Related coverage:", "Peru and Chile hold first talks in years")
    assert last(a) == THIRD


def test_a_text_to_speech_notice_above_the_article():
    a = clean(HEADLINE, "", "Listen to this article", "Estimated 3 minutes", "",
              "The audio version of this article is generated by text-to-speech, a technology based on "
              "artificial intelligence.", "", LEAD, SECOND, THIRD)
    assert a.paragraphs[0] == LEAD


def test_the_corrections_footer_ends_the_article():
    a = clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "Corrections and clarifications|Submit a news tip|Report error")
    assert last(a) == THIRD


def test_a_standfirst_and_credited_caption_above_a_by_line_and_date():
    a = clean(HEADLINE, "", STANDFIRST, "", f"{CAPTION} (Photo by Pedro Rojas/EFE via Getty Images)", "",
              "By Rosa Quispe", "June 14, 2024 6:20 PM ET", "", LEAD, SECOND, THIRD)
    assert a.paragraphs[0] == LEAD
    assert a.byline == "Rosa Quispe"


def test_the_writers_note_under_the_article():
    assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "Rosa Quispe is our correspondent in Lima.")) == THIRD
    closing = "Luis Gomez is the minister in charge of the new crossing."
    assert last(clean(HEADLINE, "", LEAD, SECOND, closing)) == closing


def test_a_gallery_headline_is_still_the_headline():
    a = clean("Ministers open the new border post — in pictures", "", LEAD, SECOND, THIRD, url=None)
    assert a.title == "Ministers open the new border post — in pictures"


def test_wire_feed_notices_and_appeals_under_the_article():
    for notice in ("(Only the headline of this report may have been reworked by our staff; the rest of the content "
                   "is auto-generated from a syndicated feed.)",
                   "This story has been published from a wire agency feed without changes to the text.",
                   "Have a news tip? Email us at tips@example-gazette.cl",
                   "We welcome your comments at letters@example-gazette.cl"):
        assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD, "", notice)) == THIRD, notice


def test_the_agencies_the_story_drew_on_under_the_article():
    assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD, "", "-- With EFE and AFP")) == THIRD
    assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD + " With agencies.")) == THIRD
    closing = "With luck, the crossing will open before the harvest."
    assert last(clean(HEADLINE, "", LEAD, SECOND, closing)) == closing


def test_end_marks_and_widgets_under_the_article():
    for tail in (["/ENDS/"], ["Print this page"], ["Loading comments..."], ["WhatsApp", "Telegram"]):
        assert last(clean(HEADLINE, "", LEAD, SECOND, THIRD, "", *tail)) == THIRD, tail


def test_date_line_parts_between_bars_with_the_time_first():
    a = clean("Diplomacy | 18:20 | 14.06.2024", "", HEADLINE, "", LEAD, SECOND, THIRD)
    assert (a.title, a.published) == (HEADLINE, datetime(2024, 6, 14, 18, 20))


def test_the_place_of_the_dispatch_beside_the_date():
    a = clean(HEADLINE, "", "Lima, 14 June 2024, 18:20", "", LEAD, SECOND, THIRD)
    assert a.published == datetime(2024, 6, 14, 18, 20)


def test_a_time_zone_written_as_an_offset_from_gmt():
    a = clean(HEADLINE, "", "Published 18:20 GMT+3, 14 June 2024", "", LEAD, SECOND, THIRD)
    assert (a.published, a.timezone) == (datetime(2024, 6, 14, 18, 20), "+03:00")


def test_captions_naming_who_stands_where():
    for caption in ("Foreign ministers Ana Ruiz and Luis Gomez (l-r) at the border post in Arica on Thursday "
                    "before their talks on the new crossing.",
                    "Caption: The foreign ministers of Chile and Peru at the border post in Arica on Thursday "
                    "before their talks."):
        a = clean(HEADLINE, "", caption, "", LEAD, SECOND, THIRD)
        assert a.paragraphs[0] == LEAD, caption


def test_a_headline_ending_with_its_dates_in_brackets():
    headline = "Visit of the Foreign Minister of Peru to Chile (June 12-14, 2024)"
    a = clean("Press Releases", "", headline, "", "June 12, 2024", "", LEAD, SECOND, THIRD,
              url="https://mfa.example.gov/press.htm?dtl/4821/visit")
    assert a.title == headline
    assert a.paragraphs[0] == LEAD


def test_a_menu_bar_scraped_as_one_line_is_no_headline():
    a = clean("Latest  For You  Americas  Trade  Sport", "", HEADLINE, "", "June 14, 2024", "", LEAD, SECOND, THIRD,
              url=None)
    assert a.title == HEADLINE
    a = clean("English  Español  Português", "", HEADLINE, "", LEAD, SECOND, THIRD, url=None)
    assert a.title == HEADLINE


def test_wide_gaps_in_a_headline_or_byline_are_no_menu():
    a = clean("Chile and Peru  agree on new  border crossing", "", "By Rosa Quispe  EFE  Lima", "",
              LEAD, SECOND, THIRD, url=None)
    assert a.title == "Chile and Peru  agree on new  border crossing"


def test_a_dateline_on_its_own_line_is_no_caption():
    a = clean(HEADLINE, "", "ARICA, CHILE. (EFE)--", "", LEAD, SECOND, THIRD)
    assert a.captions == []
