"""Page layouts and phrasings of outlets other than the development set's."""

from __future__ import annotations

from datetime import datetime

from summitry.actors import analyze_actors
from summitry.cleaning import clean_scraped
from summitry.events import extract_events
from summitry.language import split_sentences
from summitry.model import Article, RawDocument, content_id

PAGE = """Home | World | Asia

Japan, Vietnam hold security talks in Hanoi

Updated: Jun 3, 2025 11:20 ICT

By Staff Reporter

HANOI: Japanese Defense Minister Kenji Tanaka held talks with his Vietnamese counterpart in Hanoi on Monday, the ministry said.

Tanaka is also scheduled to call on Prime Minister Le Van Minh on Tuesday before flying home.

Also Read
Vietnam, Laos sign trade pact
"""


def people(text: str, home: str | None = None) -> dict[str, str | None]:
    sentences = split_sentences(text)
    actors = analyze_actors(sentences, home)
    return {m.person.name: m.person.country for s in sentences for m in actors.mentions(s.index) if m.person}


def test_a_breadcrumb_line_is_not_the_headline_and_also_read_ends_the_article():
    a = clean_scraped(RawDocument("page.txt", PAGE))
    assert a.title == "Japan, Vietnam hold security talks in Hanoi"
    assert a.text.endswith("before flying home.")
    assert "Laos" not in a.text


def test_a_colon_dateline_is_read():
    a = clean_scraped(RawDocument("page.txt", PAGE))
    assert a.dateline == "HANOI"
    assert a.text.startswith("Japanese Defense Minister Kenji Tanaka")


def test_names_with_initials_are_whole_and_a_lone_capital_is_no_name():
    found = people("Foreign Minister R. K. Varma met U.S. President John Q. Adams in Delhi on Monday.")
    assert "R. K. Varma" in found and "John Q. Adams" in found
    assert not any(len(name) <= 2 for name in found)


def test_people_named_after_a_one_state_reference_take_that_state():
    found = people("Two ministers hosted their Norwegian counterparts Ola Dahl and Kari Berg in Rome on Friday.")
    assert found["Ola Dahl"] == "NOR" and found["Kari Berg"] == "NOR"


def test_call_on_a_person_is_a_meeting_but_calling_on_a_state_is_not():
    a = clean_scraped(RawDocument("page.txt", PAGE))
    kinds = {(m.kind, tuple(sorted(p.name for p in m.participants))) for m in extract_events(a)}
    assert ("meeting", ("Kenji Tanaka", "Le Van Minh")) in kinds
    text = "Japanese Foreign Minister Ken Mori called on China to release the detained crew, officials said."
    art = Article(content_id(None, text), "x", None, [text], published=datetime(2025, 6, 3, 9), source="Kyodo")
    assert extract_events(art) == []


def test_the_dateline_gives_the_home_state_when_the_outlet_is_unknown():
    a = clean_scraped(RawDocument("page.txt", PAGE))
    assert a.source is None
    call = next(m for m in extract_events(a) if "Le Van Minh" in {p.name for p in m.participants})
    assert set(call.countries) == {"JPN", "VNM"}  # the bare "Prime Minister" is the dateline's state's


def test_present_tense_schedules_point_forward():
    from summitry.time import tag

    dct = datetime(2025, 6, 5)  # a Thursday
    text = "Leaders flew in on Thursday for a summit that opens on Friday; the premier travels on to Oslo on Monday."
    values = {t.text: t.value for t in tag(text, dct)}
    assert values["Friday"] == "2025-06-06" and values["Monday"] == "2025-06-09"
