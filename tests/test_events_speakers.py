"""Whoever tells of an event is no party to it, even where the parser hangs the "that" clause
they say on the noun before it ("told a briefing that the meeting was agreed"). Sentences
written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from summitry.events import extract_events
from summitry.model import Article


def parties(*paragraphs: str) -> list[list[str]]:
    found = extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs),
                                   published=datetime(2024, 5, 9, 9)))
    return [sorted(p.name for p in m.participants) for m in found]


@pytest.mark.parametrize("said", ["told a briefing that", "told reporters that", "said that"])
def test_the_speaker_of_a_that_clause_is_no_party(said):
    found = parties("Armenian Foreign Minister Ararat Mirzoyan will hold talks with his Azerbaijani counterpart in "
                    "Almaty on Friday.",
                    f"Foreign Ministry spokesman Aibek Tulegenov {said} the meeting was agreed with both sides.")
    assert found == [["Ararat Mirzoyan"]]
