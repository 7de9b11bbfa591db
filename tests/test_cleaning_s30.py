"""Scraped-page cleaning, round 30, on pages written for these tests: a standfirst with the writer's name
alone under it."""

from __future__ import annotations

from conftest import clean_page

HEADLINE = "Norway and Finland agree to build a second power line across the Tana valley"
STANDFIRST = "The two prime ministers want the line ready before the winter of 2027 to ease shortages in the far north."
LEAD = ("The prime ministers of Norway and Finland agreed in Helsinki on Tuesday to build a second power line "
        "across the Tana valley, their offices said in a joint statement.")
SECOND = ("The line would double the power that can flow between the two grids, energy minister Aino Korpela "
          "told reporters after the talks at the Kesäranta residence.")
LAST = "The two leaders will meet again in Tromsø in the autumn."
URL = "https://www.northernpost.example/politics/norway-finland-tana-power-line"


def clean(*lines: str, url: str | None = URL):
    return clean_page(lines, url)


# --- above the article -------------------------------------------------------------------------------------

def test_a_sentence_under_the_headline_with_the_writers_name_alone_under_it_is_the_standfirst():
    article = clean(HEADLINE, STANDFIRST, "Ingrid Solberg", "Politics", LEAD, SECOND, LAST)
    assert article.paragraphs[0] == LEAD
    assert article.byline == "Ingrid Solberg"
    assert article.title == HEADLINE
