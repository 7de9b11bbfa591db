"""A meeting of two states held in one of them tells of the guest's trip there, as an analyst
records it, even when the article never says "visit". Sentences written for these tests;
publication Thursday 19 October 2023."""

from __future__ import annotations

from datetime import datetime

from summitry.model import Article
from summitry.pipeline import to_mentions

PUB = datetime(2023, 10, 19, 8, 0)


def events(*paragraphs: str):
    return to_mentions(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=PUB))


def visits(*paragraphs: str):
    return [m for m in events(*paragraphs) if m.kind == "visit"]


def test_a_held_meeting_in_the_hosts_capital_implies_the_guests_trip():
    found = visits("Hungarian Prime Minister Viktor Orban held talks with Chinese President Xi Jinping in Beijing "
                   "on Tuesday, the two governments said.")
    assert len(found) == 1
    trip = found[0]
    assert trip.countries == ["HUN", "CHN"]
    assert [p.name for p in trip.participants] == ["Viktor Orban"]
    assert trip.date == "2023-10-17" and trip.status == "held"
    assert trip.location is not None and trip.location.place == "Beijing"


def test_a_trip_the_article_tells_is_not_told_twice():
    found = visits("Hungarian Prime Minister Viktor Orban arrived in Beijing on Monday for a three-day visit.",
                   "Orban held talks with Chinese President Xi Jinping in Beijing on Tuesday.")
    assert len(found) == 1


def test_a_meeting_on_the_sidelines_of_a_gathering_implies_no_trip_of_its_own():
    found = visits("Hungarian Prime Minister Viktor Orban held talks with Chinese President Xi Jinping in Beijing "
                   "on Tuesday on the sidelines of the Belt and Road Forum.")
    assert found == []


def test_an_ambassador_met_where_he_is_posted_makes_no_trip():
    found = visits("Hungarian Foreign Minister Peter Szijjarto met Chinese Ambassador Gong Tao in Budapest on Tuesday.")
    assert found == []


def test_a_planned_meeting_implies_no_trip_the_text_does_not_tell():
    found = visits("Hungarian Prime Minister Viktor Orban will hold talks with Chinese President Xi Jinping in Beijing "
                   "next Tuesday, the two governments said.")
    assert found == []
