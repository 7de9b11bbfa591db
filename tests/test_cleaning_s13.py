"""Scraped-page cleaning, round 13, on pages written for these tests: a toolbar of accessibility
tools scraped as one line, a masthead whose web address joins "news" to the site's initials, a
dateline giving the day in another calendar too, a live page whose text opens with a line
introducing its list of points; under the text, a caption labelled in round brackets, an "Also
watch" link, an "Explore more" topic box, the issuing office's name over the copyright line,
links opened by an arrow and a bar of buttons in brackets."""

from __future__ import annotations

import pytest

from conftest import clean_page
from summitry.cleaning import lines as ln
from summitry.cleaning.dateline import split_dateline

HEADLINE = "Uruguay and Paraguay agree to dredge the river port at Nueva Palmira"
LEAD = ("Transport ministers of Uruguay and Paraguay agreed on Thursday to share the cost of dredging the "
        "river port at Nueva Palmira, the two governments said after talks in Montevideo.")
SECOND = ("The works are to start in the dry season and should let larger barges load soy and timber "
          "bound for the Atlantic.")
LAST = "The ministers will meet again in Asuncion before the end of the year."
URL = "https://river.example.org/news/uruguay-and-paraguay-agree-to-dredge-port/"
NO_SLUG = "https://river.example.org/press.htm?id=4412"


def page(*tail: str, head: tuple[str, ...] = (HEADLINE,), url: str | None = URL):
    return clean_page((*head, LEAD, SECOND, LAST, *tail), url)


def test_a_toolbar_of_furniture_items_is_no_headline():
    """ "Skip to main content | Screen Reader Access | A- A A+ | <another script>": every item between
    the bars is furniture, so the line is, and the headline is the line under it."""
    toolbar = "Skip to main content | Screen Reader Access | A- A A+ | Русский"
    article = page(head=(toolbar, HEADLINE, "March 3, 2025"), url=NO_SLUG)
    assert article.title == HEADLINE
    assert ln.is_clutter(ln.norm("A+ A A-"))
    # a line with one item that is no furniture is no toolbar
    assert not ln.is_clutter(ln.norm("Skip to main content | Ports and rivers of the south"))


def test_a_host_joining_news_to_the_sites_initials_names_the_masthead():
    """On rpnews.example, "RP" and "River Press" name the site, and the tagline under them
    ("National News Agency of Freedonia") is no headline either."""
    head = ("RPA", "River Press Agency", "National News Agency of Freedonia", HEADLINE)
    article = page(head=head, url="https://www.rpanews.example/news/301122")
    assert article.title == HEADLINE


def test_a_dateline_may_give_the_day_in_another_calendar_too():
    d = split_dateline("Medina, Rajab 3, 1446, January 3, 2025, SPA -- The governor opened the new road.")
    assert (d.place, d.agency, d.day, d.rest) == ("Medina", "SPA", (1, 3, 2025), "The governor opened the new road.")
    d = split_dateline("Medina, January 3, 2025, Rajab 3, 1446 AH, SPA -- The governor opened the new road.")
    assert (d.place, d.day, d.rest) == ("Medina", (1, 3, 2025), "The governor opened the new road.")
    lead = f"Montevideo, Shawwal 2, 1446, March 31, 2025, SPA -- {LEAD}"
    article = clean_page((HEADLINE, lead, SECOND, LAST), URL)
    assert article.paragraphs[0] == LEAD
    assert article.published.date().isoformat() == "2025-03-31"


def test_a_line_introducing_the_list_of_points_opens_a_live_page():
    """Under the headline and standfirst, "Here is what happened on Monday, 3 March:" over bullets
    is the text's own first line; a label ("Key points") over the same bullets heads a summary box."""
    bullets = ("- Ministers agree to share the cost of the works", "- Barges to load at the port by spring")
    entries = ("6:40pm", "Talks close with a joint statement", LEAD, "4:15pm", "Ministers arrive", SECOND)
    intro = "Here is what happened on Monday, 3 March:"
    article = clean_page((HEADLINE, intro, *bullets, *entries), URL)
    assert article.paragraphs[0] == intro
    article = clean_page((HEADLINE, "Key points", *bullets, *entries), URL)
    assert article.paragraphs[0] != "Key points"
    assert article.title == HEADLINE


@pytest.mark.parametrize("tail", [
    ("(Photo: The two ministers shake hands in Montevideo, March 3, 2025. (AGENCY/Jane Roe))",),  # a caption
    ("Also Watch: Evening Report | Why the port matters", "Trending: Ports | Rivers"),  # a link to a video
    ("Explore more on these topics", "Uruguay | Paraguay | Rivers", "Share"),  # the topic box
    ("Chancellery of the President of the Republic of Freedonia", "© 2025"),  # the issuing office's name
    ("Office of the President of the Republic of Freedonia",),
    ("(Pictures)", ">> Ministers visit the river port at Nueva Palmira, May 13"),  # links opened by arrows
    ("» Other ministers meet in Asuncion",),
    ("[Share] [Print] [Close]", "Office of the President of the Republic of Freedonia"),  # buttons in brackets
])
def test_what_stands_under_the_last_paragraph_goes(tail):
    article = page(*tail)
    assert article.paragraphs[-1] == LAST
    assert not any("Freedonia" in p or "Pictures" in p for p in article.paragraphs)


def test_buttons_in_brackets_are_a_bar_of_buttons():
    assert ln.is_clutter(ln.norm("[Share] [Print] [Close]"))
    assert not ln.is_clutter(ln.norm("[Share] the plan with the ministry"))


def test_a_sentence_about_an_office_stays():
    line = "The office of the president at the port will stay open through the whole of the works."
    assert page(line).paragraphs[-1] == line


def test_an_arrow_opening_a_sentence_is_a_quotation_mark():
    quoted = "»We will finish the works before the harvest«, the minister told the press in Montevideo."
    assert not ln.is_arrow_link(quoted)
    assert page(quoted).paragraphs[-1] == quoted


def test_a_caption_label_in_round_brackets_needs_its_colon():
    assert ln.is_caption("(Photo: The ministers at the port.)", before_body=False)
    assert not ln.is_caption("(Photography was not allowed at the port.)", before_body=False)
