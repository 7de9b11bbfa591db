"""The European Union signs, visits and negotiates as a party of its own: the body named
as a side ("the EU and Tunisia signed"), its officials (the Commission's president, a
commissioner with the Commission in his title) count among an event's parties with the
code EUU. Its own gathering ("the EU summit") is a meeting of its members, not a party.
Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article


def mentions(*paragraphs: str, published=datetime(2024, 3, 18, 9)):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=published))


def test_the_union_named_as_a_side_is_a_party():
    found = mentions("The European Union and Jordan signed a memorandum of understanding in Amman on Sunday.")
    assert [(m.kind, sorted(m.countries)) for m in found] == [("agreement", ["EUU", "JOR"])]


def test_a_commission_official_is_of_the_union():
    found = mentions("Irish Foreign Minister Micheal Martin and European Commission Vice-President Maros Sefcovic "
                     "met in Dublin on Friday.")
    assert [(m.kind, sorted(m.countries)) for m in found] == [("meeting", ["EUU", "IRL"])]


def test_a_known_union_office_holder_is_of_the_union():
    found = mentions("Ursula von der Leyen and Canadian Prime Minister Justin Trudeau spoke by phone on Saturday.")
    assert [(m.kind, sorted(m.countries)) for m in found] == [("call", ["CAN", "EUU"])]


def test_the_unions_own_summit_is_its_members_gathering():
    found = mentions("Scholz met Macron on Thursday before the EU summit in Brussels.",
                     published=datetime(2022, 10, 24, 9))
    assert "EUU" not in {c for m in found for c in m.countries}
    found = mentions("The EU-Japan summit was held in Tokyo on Thursday.", published=datetime(2023, 7, 15, 9))
    assert [sorted(m.countries) for m in found if m.kind == "summit"] == [["EUU", "JPN"]]


def test_signing_a_partnership_is_an_agreement():
    found = mentions("Egypt and Jordan signed a strategic partnership in Cairo on Sunday.")
    assert [(m.kind, sorted(m.countries)) for m in found] == [("agreement", ["EGY", "JOR"])]
