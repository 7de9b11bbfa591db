"""Rules found in session 24 on the stand-in sets (Turkey's and Japan's leaders abroad, ECOWAS, the
Belgrade-Pristina dialogue, the Nile, Canada's prime minister, ...). Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_events_round31 import mentions

from summitry.actors import analyze_actors
from summitry.model import Sentence


def actors_of(text: str, when: datetime = datetime(2023, 8, 28)):
    """The actor mentions of one sentence read alone."""
    return analyze_actors([Sentence(0, 0, len(text), text)], None, model_sentences={0}, when=when).mentions(0)


def test_a_where_clause_keeps_the_day_and_place_before_it_not_the_next_stop_after_it():
    found = mentions("Russian Foreign Minister Sergei Lavrov was in Gabon on Monday, where he met President Ali Bongo, and "
                     "in Angola on Tuesday.", published=datetime(2023, 3, 8, 12))
    met = [m for m in found if m.kind == "meeting"]
    assert met and all(m.date == "2023-03-06" for m in met)
    assert all(m.location and m.location.country == "GAB" for m in met)
    assert all("AGO" not in m.countries for m in met)


def test_a_minister_of_an_uncommon_portfolio_list_is_named_without_the_portfolio():
    sentence = "Egypt's Minister of Water Resources and Irrigation Hani Sewilam held talks with Abiy Ahmed."
    people = [m.person for m in actors_of(sentence) if m.kind == "person"]
    assert [p.name for p in people] == ["Hani Sewilam", "Abiy Ahmed"]
    assert people[0].role == "Water Minister" and people[0].country == "EGY"
