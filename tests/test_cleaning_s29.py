"""Scraped-page cleaning, round 29, on pages written for these tests: date lines as Spanish and Portuguese
pages print them ("09:30 p. m.", "4 AGO 2024"), a byline naming the reporter's role "of" the outlet, the
Spanish calls and buttons under an article ("Lea también:", "Compartir  Imprimir"), and a headline over its
standfirst, credited by the byline and date line under both."""

from __future__ import annotations

from conftest import clean_page

HEADLINE = "Peru and Ecuador agree to reopen the Huaquillas border crossing to lorries"
LEAD = ("The foreign ministers of Peru and Ecuador agreed on Monday to reopen the Huaquillas border crossing "
        "to lorries from next month, their ministries said in a joint statement.")
SECOND = ("The crossing has been closed to freight since March, when floods damaged the bridge over the "
          "Zarumilla river, minister Rosa Quispe told reporters in Lima.")
LAST = "The two ministers will meet again in Quito in October."
URL = "https://www.example-diario.example/mundo/peru-ecuador-huaquillas-crossing"


def clean(*lines: str, url: str | None = URL):
    return clean_page(lines, url)


# --- date lines --------------------------------------------------------------------------------------------

def test_a_spanish_date_line_with_the_half_of_the_day_spaced_out():
    article = clean(HEADLINE, "12 de mayo 2024, 08:15 p. m.", LEAD, SECOND, LAST)
    assert article.published.isoformat() == "2024-05-12T20:15:00"


def test_a_spanish_or_portuguese_month_abbreviation_between_day_and_year():
    article = clean(HEADLINE, "12 DIC 2024 07:40 PM", LEAD, SECOND, LAST)
    assert article.published.isoformat() == "2024-12-12T19:40:00"
    article = clean(HEADLINE, "3 out. 2023", LEAD, SECOND, LAST)
    assert article.published.isoformat() == "2023-10-03T00:00:00"


def test_a_date_line_with_a_byline_naming_the_reporters_role_of_the_outlet():
    article = clean(HEADLINE, "Published on 12/05/2024 - 20:15 By Rosa Elena Huamán - Reporter of Example Diario - Lima",
                    LEAD, SECOND, LAST)
    assert article.published.isoformat() == "2024-05-12T20:15:00"
    assert article.byline == "Rosa Elena Huamán"


# --- under the article -------------------------------------------------------------------------------------

def test_a_spanish_call_to_read_other_stories_heads_links_no_body():
    article = clean(HEADLINE, "May 12, 2024", LEAD, SECOND, LAST, "Lea también:",
                    "- Quito y Lima, una frontera abierta", "- ¿Qué pasa en Huaquillas?", "© 2024 Example Diario")
    assert article.paragraphs[-1] == LAST


def test_spanish_share_and_print_buttons_under_the_agencys_initials_are_no_body():
    article = clean(HEADLINE, "May 12, 2024", LEAD, SECOND, LAST, "EDA", "Compartir  Imprimir",
                    "Noticias relacionadas", "- Quito y Lima, una frontera abierta",
                    url="https://www.eda.example/noticias/peru-ecuador-huaquillas-crossing")
    assert article.paragraphs[-1] == LAST


# --- above the article -------------------------------------------------------------------------------------

def test_a_headline_over_its_standfirst_is_credited_by_the_byline_and_date_under_both():
    standfirst = "The two governments had planned to sign the deal at the border post on Monday."
    article = clean("Example Radio International", HEADLINE, standfirst, "Rosa Quispe", "Monday, May 13, 2024",
                    LEAD, SECOND, LAST, url="https://www.example-radio.example/ministers-freight-floods-bridge-8812345")
    assert article.title == HEADLINE
    assert article.paragraphs[0] == LEAD
