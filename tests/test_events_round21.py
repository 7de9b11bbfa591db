"""Wordings met in news of US diplomacy in Asia, the war in Ukraine, North Africa and the
big summits: a day told before "is set to" or "is due to" dates the event those words
complete. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from summitry.events import extract_events
from summitry.model import Article


def mentions(*paragraphs: str, published=datetime(2024, 4, 7, 9)):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=published))


@pytest.mark.parametrize("words", ["is set to meet", "is due to meet", "is expected to meet", "is scheduled to meet"])
def test_a_fronted_day_before_words_of_plan_is_the_events_day(words):
    found = mentions(f"On Tuesday, the Malaysian prime minister {words} Thai Prime Minister Srettha Thavisin.")
    assert [(m.kind, m.date) for m in found] == [("meeting", "2024-04-09")]


def test_a_fronted_day_of_a_decision_is_not_the_events_day():
    found = mentions("On Friday, Malaysia and Thailand agreed to meet in Bangkok next year.")
    assert all(m.date != "2024-04-05" for m in found if m.kind == "meeting")
