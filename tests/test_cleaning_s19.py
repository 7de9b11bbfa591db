"""Scraped-page cleaning on more habits of news pages, with pages written for these tests: a date whose
comma has no space after it, a credit by initials beside a "Last updated" label, a national calendar's
year with the Western year in brackets, a navigation bar whose items join labels with "&", a wire's update
marker before its headline, a masthead's tagline calling the paper a daily, the site's copyright notice
with its sign inside the line (in French too), an appeal for funds under the article, share icons scraped
as letters, the reporter's address in brackets under the last paragraph, a pull quote as standfirst, a
caption credited "Courtesy photo", a standfirst labelled "Summary:" and an entry cut off by an ellipsis."""

from __future__ import annotations

import pytest
from conftest import clean_page

from summitry.cleaning import lines as ln
from summitry.cleaning.dates import find_dates

HEADLINE = "Finland and Estonia agree to link their power grids under the Gulf of Finland"
LEAD = ("Finland and Estonia agreed on Monday to lay a second power cable under the Gulf of Finland, the "
        "two economy ministers said after talks in Tallinn.")
SECOND = ("The cable is to carry power both ways from 2029 and will be paid for in equal shares, with a "
          "grant from the European Union covering part of the cost.")
LAST = "The ministers will meet again in Helsinki in the autumn to sign the contract."
NO_SLUG = "https://baltic.example.org/news/48213"


def clean(*lines: str, url: str | None = NO_SLUG):
    return clean_page(lines, url)


def body(*tail: str, last: str = LAST, url: str | None = NO_SLUG) -> list[str]:
    return clean(HEADLINE, LEAD, SECOND, last, *tail, url=url).paragraphs


# --- dates ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Mar 4,2024", "March 4,2024", "Mar 4, 2024"])
def test_a_date_whose_comma_has_no_space_after_it_is_read(text):
    found = find_dates(text)
    assert [(f.value.year, f.value.month, f.value.day) for f in found] == [(2024, 3, 4)]


def test_a_comma_between_figures_that_is_no_date_is_not_read_as_one():
    assert not find_dates("some 4,2024 households")
    assert not find_dates("May 4,20245")


def test_a_credit_by_initials_beside_a_last_updated_label_is_a_date_line():
    article = clean(HEADLINE, "By BT - Mar 4,2024 - Last updated at Mar 4,2024", LEAD, SECOND, LAST)
    assert article.published_iso.startswith("2024-03-04")
    assert article.byline is None
    assert article.paragraphs[0].startswith("Finland and Estonia agreed")


def test_a_national_calendar_year_with_the_western_year_in_brackets_and_figures():
    found = find_dates("Juche 113(2024).3.4.")
    assert [(f.value.year, f.value.month, f.value.day) for f in found] == [(2024, 3, 4)]
    article = clean("Juche 113(2024).3.4.", HEADLINE, LEAD, SECOND, LAST)
    assert article.published_iso.startswith("2024-03-04")


# --- above the article -----------------------------------------------------------------------------------

def test_a_navigation_bar_whose_items_join_two_labels_with_an_ampersand_is_no_headline():
    bar = "Baltic at Sea | Nordic & the Region | Local Times | Blogs | Podcasts"
    assert ln.is_menu(bar)
    article = clean("BALTIC EXAMPLE", bar, HEADLINE, "4 March 2024, 18:54", LEAD, SECOND, LAST)
    assert article.title == HEADLINE


def test_an_item_of_four_words_keeps_a_line_from_being_a_menu():
    assert not ln.is_menu("Finland and Estonia agree | Grids | Cables | Power")


@pytest.mark.parametrize("marker", ["(LEAD)", "(2nd LD)", "(3rd LD)", "(URGENT)", "(UPDATE 2)"])
def test_a_wire_update_marker_before_the_headline_is_no_word_of_it(marker):
    article = clean("Baltic News Agency", f"{marker} {HEADLINE}", "All News 11:02 March 04, 2024", LEAD, SECOND, LAST)
    assert article.title == HEADLINE


def test_a_bracket_opening_a_headline_that_is_no_update_marker_stays():
    headline = "(Interview) Estonia's economy minister on the new power cable to Finland"
    article = clean("Baltic News Agency", headline, "All News 11:02 March 04, 2024", LEAD, SECOND, LAST)
    assert article.title == headline


def test_a_tagline_calling_the_paper_a_daily_under_the_masthead_found_by_the_web_address():
    article = clean("The Baltic Courier", "Estonia's National Daily Since 1921", "Home > Economy", HEADLINE,
                    "March 4, 2024", LEAD, SECOND, LAST, url="https://www.balticcourier.example/articles/20240304/p2a/4000c")
    assert article.title == HEADLINE


def test_a_tagline_under_an_outlet_known_by_name_is_no_headline():
    article = clean("Taipei Times", "Taiwan's National Daily Since 1999", "Home > Politics", HEADLINE,
                    "March 4, 2024", LEAD, SECOND, LAST, url="https://www.example.org/articles/20240304/p2a/4000c")
    assert article.title == HEADLINE


def test_a_pull_quote_under_the_headline_is_a_standfirst():
    quote = 'Minister: "for the first time the two grids will work as one"'
    article = clean(HEADLINE, quote, LEAD, SECOND, LAST)
    assert article.paragraphs[0] == LEAD


def test_a_first_paragraph_closing_its_quotation_with_a_full_stop_is_the_lead():
    lead = 'Finland and Estonia agreed on Monday to link their grids, calling it "a cable for both shores."'
    article = clean(HEADLINE, lead, SECOND, LAST)
    assert article.paragraphs[0] == lead


def test_a_caption_credited_courtesy_photo_is_no_body_start():
    caption = ("Minister Jaan Tamm and his Finnish counterpart Liisa Koski exchange the signed documents as "
               "officials look on. Courtesy photo")
    article = clean(HEADLINE, "Monday, March 4, 2024", "By Mari Kask", caption, LEAD, SECOND, LAST)
    assert article.paragraphs[0] == LEAD
    assert caption in article.captions


@pytest.mark.parametrize("label", ["Summary:", "In Summary:", "Key points:"])
def test_a_standfirst_labelled_as_a_summary_is_no_body_start(label):
    standfirst = f"{label} Ministers of the two countries are expected in the city this week to sign the deal."
    article = clean(HEADLINE, "By Baltic Reporter", standfirst, LEAD, SECOND, LAST)
    assert article.paragraphs[0] == LEAD


# --- under the article -----------------------------------------------------------------------------------

@pytest.mark.parametrize("notice", [
    "Baltic Courier (c) 2024",
    "Radio Baltique © 2024 - Tous droits réservés",
    "Baltic Courier © 2024. Todos los derechos reservados.",
])
def test_the_sites_copyright_notice_with_its_sign_inside_the_line_ends_the_article(notice):
    assert ln.is_copyright_notice(notice)
    assert body(notice)[-1] == LAST


@pytest.mark.parametrize("line", [
    "© Jane Roe/Example Agency",  # a photographer's credit
    "Photo: Baltic Courier (c) 2024",  # a photo's credit
    "Article 5(c) 2024 rules",  # no copyright sign
    "The 2024 treaty (c) sets out how the two grids will share the cost of the cable.",  # a sentence
])
def test_a_photo_credit_or_a_sentence_is_no_copyright_notice(line):
    assert not ln.is_copyright_notice(line)


def test_an_appeal_for_funds_naming_the_site_ends_the_article():
    url = "https://balticcourier.example/2024/03/04/finland-estonia-agree-to-link-power-grids/"
    paragraphs = body("Support Baltic Courier",
                      "Our reporting is free to read for everyone and is paid for by readers like you.",
                      "Related", "- Estonia opens a new port", url=url)
    assert paragraphs[-1] == LAST


def test_a_support_line_naming_no_site_stays():
    url = "https://balticcourier.example/2024/03/04/finland-estonia-agree-to-link-power-grids/"
    paragraphs = clean(HEADLINE, LEAD, "Support from Brussels",
                       "The European Commission said it would pay for a fifth of the cable from its grid fund.",
                       LAST, url=url).paragraphs
    assert "Support from Brussels" in paragraphs and paragraphs[-1] == LAST


def test_an_appeal_for_funds_without_a_heading_is_no_article_text():
    assert body("If you value our work, please consider supporting us.")[-1] == LAST


def test_share_icons_scraped_as_letters_are_furniture():
    assert ln.is_clutter(ln.norm("Share:  f  t  in"))
    assert body("Share:  f  t  in")[-1] == LAST


def test_the_reporters_address_in_brackets_under_the_last_paragraph_is_no_text():
    assert body("(mkask@balticcourier.example)")[-1] == LAST


def test_an_ellipsis_cutting_off_the_last_entry_is_no_text():
    cut = "Speaking in Tallinn, the minister said the cable would not be the last one"
    assert body(last=f"{cut}...")[-1] == cut
    assert body(last=f"{cut}…")[-1] == cut


def test_an_ellipsis_inside_a_closing_quotation_stays():
    last = 'The minister said only: "We will see..."'
    assert body(last=last)[-1] == last
