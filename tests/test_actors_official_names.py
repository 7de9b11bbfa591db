"""A state's full official name is one state, even when a shorter name begins inside it; a
forum named after the state it helps is no party. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from summitry.actors.countries import find_countries
from summitry.events import extract_events
from summitry.model import Article


def codes(text: str) -> list[tuple[str, ...]]:
    return [m.codes for m in find_countries(text)]


def test_the_full_name_of_the_united_kingdom_is_one_state():
    assert codes("The treaty binds the United Kingdom of Great Britain and Northern Ireland.") == [("GBR",)]


def test_northern_ireland_is_part_of_the_united_kingdom():
    assert codes("Police in Northern Ireland said the crossing was calm.") == [("GBR",)]


def test_a_contact_group_named_after_a_state_does_not_make_it_a_party():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2023, 1, 21, 9), paragraphs=[
        "Danish Defence Minister Jakob Ellemann-Jensen met his Polish counterpart Mariusz Blaszczak at the meeting "
        "of the Ukraine Defense Contact Group on Friday."])
    [meeting] = [m for m in extract_events(article) if m.kind == "meeting"]
    assert sorted(meeting.countries) == ["DNK", "POL"]
