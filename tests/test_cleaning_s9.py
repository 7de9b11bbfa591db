"""Scraped-page cleaning, written for these tests: headlines under a slug in another language or
a banner naming an office."""

from __future__ import annotations

from summitry.cleaning import clean_scraped
from summitry.model import RawDocument

HEADLINE = "Chile and Argentina agree to reopen a mountain pass to lorries"
LEAD = ("Chilean and Argentine transport officials agreed on Tuesday to reopen a mountain pass to "
        "lorries before the winter, the two governments said in a joint note.")
SECOND = ("The pass has been closed to heavy traffic since a landslide damaged its northern approach, "
          "forcing hauliers onto a longer route through the south.")
LAST = "Engineers from both countries will inspect the road again before the first snow."
URL = "https://roads.example.org/chile-and-argentina-agree-to-reopen-mountain-pass/"


def clean(*lines: str, url: str | None = URL):
    text = "\n".join(([f"URL: {url}", ""] if url else []) + list(lines)) + "\n"
    return clean_scraped(RawDocument("page.txt", text))


# --- headlines --------------------------------------------------------------------------------

def test_headline_under_a_slug_in_the_sites_own_language():
    headline = "Presidents of Chile and USA strengthen strategic partnership"
    a = clean("Home / Politics", headline, f"Santiago - {LEAD}", SECOND, LAST,
              url="https://news.example.br/en/politica/presidentes-do-chile-e-dos-eua-reforcam-parceria-estrategica/")
    assert a.title == headline


def test_slug_in_another_language_matches_no_unrelated_line():
    a = clean("Weather warning for the southern valleys", LEAD, SECOND, LAST,
              url="https://news.example.br/en/politica/presidentes-do-chile-e-dos-eua-reforcam-parceria-estrategica/")
    assert a.title is None


def test_banner_naming_an_office_is_no_headline():
    headline = "Talks with the Transport Minister of Argentina"
    a = clean("President of Chile", "Events / News", headline, LEAD, "March 14, 2023", SECOND, LAST,
              url="https://president.example.cl/events/news/48213")
    assert a.title == headline
