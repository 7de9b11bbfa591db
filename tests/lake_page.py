"""A short scraped page written for the cleaning tests (a water-data agreement on Lake Titicaca),
and helpers that clean it with lines added above or under the article."""

from __future__ import annotations

from conftest import clean_page

HEADLINE = "Peru and Bolivia agree to share data on the level of Lake Titicaca"
LEAD = ("Peruvian and Bolivian water officials agreed on Thursday to share daily readings of the level "
        "of Lake Titicaca, the two governments said after a meeting in Puno.")
SECOND = ("The lake has fallen to one of its lowest levels in decades after a dry season that left "
          "fishing villages on both shores stranded far from the water.")
LAST = "The officials will meet again in La Paz before the rains return."
URL = "https://water.example.org/news/peru-and-bolivia-agree-to-share-data-on-lake-titicaca/"


def clean(*lines: str, url: str | None = URL):
    return clean_page(lines, url)


def body(*tail: str, url: str | None = URL) -> list[str]:
    return clean(HEADLINE, LEAD, SECOND, LAST, *tail, url=url).paragraphs
