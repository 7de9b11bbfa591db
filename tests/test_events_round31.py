"""Rules found on the stand-in sets of session 16's first round. Sentences written for these
tests."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article


def mentions(*paragraphs: str, published: datetime | None):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=published))


def test_a_clause_saying_who_confirmed_the_plan_is_no_leg_of_it():
    found = mentions("Portugal and Brazil will hold their long-delayed Joint Commission Meeting (JCM) in Lisbon on April 22 "
                     "and 23, Portuguese government sources confirmed on Monday.",
                     published=datetime(2024, 4, 10, 10))
    assert [(m.kind, m.date, m.location.place if m.location else None) for m in found] == \
        [("meeting", "2024-04-22/2024-04-23", "Lisbon")]
