""""At the invitation of X, Y will travel to Z": X hosts and is no traveller, and the formula
of an official trip proposes nothing. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article


def test_the_hosts_who_invited_a_traveller_are_not_on_his_trips():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2024, 11, 8, 9), paragraphs=[
        "At the invitation of President Dina Boluarte of Peru and President Luiz Inacio Lula da Silva of Brazil, "
        "Chinese President Xi Jinping will travel to Lima to attend the APEC summit and pay a state visit to Peru, "
        "and travel to Rio de Janeiro to attend the G20 summit, the foreign ministry said on Friday."])
    visits = [m for m in extract_events(article) if m.kind == "visit"]
    assert visits and all([p.name for p in m.participants] == ["Xi Jinping"] for m in visits)
    assert ("CHN", "PER") in {tuple(sorted(m.countries)) for m in visits}
    assert {m.status for m in visits} == {"scheduled"}
