"""A known person is recorded as the text spells the full name where that is a listed spelling
("Sergei Lavrov", "Sergey Lavrov"), and the two spellings are one person when reports are linked;
a longer form ("Joseph R. Biden Jr.") is recorded under the listed name. Sentences written for
these tests."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.events.facts import same_person
from summitry.model import Article


def names(text: str) -> set[str]:
    found = extract_events(Article(id="t", origin="t.txt", title="T", published=datetime(2022, 6, 3, 9),
                                   paragraphs=[text]))
    return {p.name for m in found for p in m.participants}


def test_the_texts_spelling_of_a_listed_name_is_kept():
    assert "Sergei Lavrov" in names("Russian Foreign Minister Sergei Lavrov will visit Belgrade on Monday.")
    assert "Sergey Lavrov" in names("Russian Foreign Minister Sergey Lavrov will visit Belgrade on Monday.")


def test_two_spellings_of_one_known_person_are_one_person():
    assert same_person("Sergei Lavrov", "Sergey Lavrov")
    assert not same_person("Sergei Lavrov", "Sergei Shoigu")


def test_a_longer_form_is_recorded_under_the_listed_name():
    assert "Joe Biden" in names("Joseph R. Biden Jr. will meet Spanish Prime Minister Pedro Sanchez in Madrid on Monday.")


def test_a_spelling_without_diacritics_keeps_the_listed_name():
    found = names("Polish President Andrzej Duda met Norwegian Prime Minister Jonas Gahr Store in Oslo on Monday.")
    assert "Jonas Gahr Støre" in found
