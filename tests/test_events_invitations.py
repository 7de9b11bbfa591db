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


def test_a_state_visit_to_the_country_goes_to_the_hosts_state():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2025, 5, 12, 9), paragraphs=[
        "The Emir Sheikh Tamim bin Hamad Al Thani will receive US President Donald Trump, who will pay a state visit "
        "to the country on Wednesday and Thursday, the Amiri Diwan announced."])
    [visit] = [m for m in extract_events(article) if m.kind == "visit"]
    assert (visit.location.country, visit.date, visit.status) == ("QAT", "2025-05-14/2025-05-15", "scheduled")


def test_a_states_capital_is_the_place_not_a_party():
    for sentence in ("U.S. President Joe Biden met China's Xi Jinping in Peru's capital on Saturday.",
                     "U.S. President Joe Biden met China's Xi Jinping in the Peruvian capital on Saturday."):
        [meeting] = extract_events(Article(id="t", origin="t.txt", title="T", published=datetime(2024, 11, 16, 20),
                                           paragraphs=[sentence]))
        assert (sorted(meeting.countries), meeting.location.place) == (["CHN", "USA"], "Lima"), sentence
