"""Courtesy titles of Southeast Asia stand before a name and are not part of it: Malaysia's
"Datuk Seri" and "Tan Sri", Cambodia's "Samdech". Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from summitry.events import extract_events
from summitry.model import Article


def people(sentence: str) -> list[tuple[list[str], list[str]]]:
    found = extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=[sentence],
                                   published=datetime(2023, 3, 31, 9)))
    return [(sorted(m.countries), sorted(p.name for p in m.participants)) for m in found]


@pytest.mark.parametrize("sentence, expected", [
    ("Prime Minister Datuk Seri Anwar Ibrahim held talks with Chinese President Xi Jinping in Beijing on Friday.",
     (["CHN", "MYS"], ["Anwar Ibrahim", "Xi Jinping"])),
    ("Samdech Moha Borvor Thipadei Hun Manet met Thai Prime Minister Srettha Thavisin in Phnom Penh on Friday.",
     (["KHM", "THA"], ["Hun Manet", "Srettha Thavisin"])),
])
def test_a_courtesy_title_is_not_part_of_the_name(sentence, expected):
    assert people(sentence) == [expected]
