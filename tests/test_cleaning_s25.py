"""Scraped-page cleaning on more habits of news pages, with pages written for these tests: a headline
closing on a short phrase in quotation marks, a wire's dateline on a line of its own (the day in another
calendar before the Western one), a date line followed by a relative time in another language
("Atualizado há 3 horas"), and a call to read another story ("READ: ...") under the last paragraph."""

from __future__ import annotations

from conftest import clean_page

from summitry.cleaning import scraped
from summitry.cleaning.lexicon import lexicon

LEAD = ("The foreign ministers of Ghana and Togo met in Lome on Wednesday to settle the terms of a new "
        "customs post on their shared coastal highway, officials from both sides said.")
SECOND = ("The two delegations agreed that traders would clear goods once, on whichever side of the "
          "border they enter, and that the post would open before the end of the year.")
THIRD = "Truck drivers' unions welcomed the plan, saying queues at the crossing often last two days."
LAST = "The ministers will meet again in Accra next month to sign the agreement."
NO_SLUG = "https://www.gulfguinea.example/view?item=40412"


def clean(*lines: str, url: str | None = NO_SLUG):
    return clean_page(lines, url)


# --- the headline ------------------------------------------------------------------------------------

def test_a_headline_closing_on_a_quoted_phrase_is_the_headline():
    headline = 'Ghana and Togo ministers meet in Lome to end the "two-day queue"'
    url = "https://ggd.example/english/2024/05/15/ghana-togo-ministers-lome-two-day-queue"
    article = clean("ggd  English", "Politics | Economy | World", "Support GGD!", headline, "GGD English",
                    "2024.05.15. – 09:40", LEAD, SECOND, THIRD, LAST, url=url)
    assert article.title == headline
    assert article.paragraphs[0] == LEAD


def test_only_a_line_without_a_stop_closing_on_a_short_quoted_phrase_reads_as_a_headline():
    assert scraped._closes_on_quoted_phrase('Ministers meet in Lome to end the "two-day queue"')
    assert scraped._closes_on_quoted_phrase("Ministers meet in Lome to end the “two-day queue”")
    assert not scraped._closes_on_quoted_phrase('The minister said the plan would end "the two-day queue."')
    assert not scraped._closes_on_quoted_phrase('Talks went on. The minister promised to end the "queue"')
    assert not scraped._closes_on_quoted_phrase("Queues at the border of the two neighbours' roads")
    assert not scraped._closes_on_quoted_phrase('"The queues will end soon, and traders will be glad of it"')


# --- the publication date ----------------------------------------------------------------------------

def test_a_wire_dateline_on_a_line_of_its_own_dates_the_story_and_opens_its_lead():
    headline = "Ghana and Togo agree on a shared customs post"
    article = clean("Gulf Guinea Press Agency", headline, "Lome, Shawwal 7, 1445, April 16, 2024, SPA --",
                    LEAD, SECOND, THIRD, LAST)
    assert article.title == headline
    assert article.published is not None and article.published.date().isoformat() == "2024-04-16"
    assert article.paragraphs[0] == LEAD
    assert article.dateline == "Lome"


def test_a_bare_dateline_without_dash_or_day_does_not_join_the_next_line():
    assert scraped._bare_dateline("Lome, April 16, 2024, SPA --")
    assert scraped._bare_dateline("Lome, Shawwal 7, 1445, April 16, 2024, SPA --")
    assert not scraped._bare_dateline("Lome, April 16, 2024, SPA -- The ministers met.")
    assert not scraped._bare_dateline("Ghana and Togo agree on a shared customs post")


def test_a_date_line_with_a_relative_time_in_another_language_keeps_its_time():
    headline = "Ghana and Togo agree on a shared customs post"
    article = clean("Gulf Guinea Daily | Região", headline, "16/04/2024 08h35  Atualizado há 3 horas",
                    LEAD, SECOND, THIRD, LAST)
    assert article.published is not None
    assert article.published.isoformat(timespec="minutes").startswith("2024-04-16T08:35")


def test_relative_times_in_other_languages_put_the_word_for_ago_first():
    pattern = lexicon().relative_time_any
    for text in ("Atualizado há 3 horas", "hace 5 minutos", "il y a 2 heures", "vor 4 Stunden", "há uma hora"):
        assert pattern.search(text), text
    assert not pattern.search("vor dem Gipfel")
    assert lexicon().relative_time.match("hace 10 minutos")


# --- where the body ends -----------------------------------------------------------------------------

def test_read_calls_under_the_last_paragraph_are_links_not_text():
    headline = "Ghana and Togo agree on a shared customs post"
    article = clean(headline, "By Ama Mensah", "April 16, 2024", LEAD, SECOND, THIRD, LAST,
                    "READ: How the coastal highway changed border towns",
                    "READ: Togo port traffic hits a record, says authority",
                    "Tags: Ghana, Togo, trade", "© Gulf Guinea Daily. All rights reserved.")
    assert article.paragraphs[-1] == LAST
