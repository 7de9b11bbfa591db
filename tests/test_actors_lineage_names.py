"""Names of the Arabic pattern run long: a given name, the line of fathers ("bin ..."), the
family ("Al ..."). The whole run after a title is the name, and it is the known person whose
name begins it. A famous town keeps its own name before a big city's translation of it.
Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from summitry.actors import analyze_actors
from summitry.actors.gazetteer import place
from summitry.events.article import article_sentences
from summitry.model import Article


def people(text: str) -> list[tuple[str, str]]:
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2025, 2, 3, 9), paragraphs=[text])
    _, sentences = article_sentences(article)
    actors = analyze_actors(sentences, None, when=article.published)
    return [(m.text, m.person.name) for s in sentences for m in actors.mentions(s.index) if m.kind == "person" and m.person]


def test_a_full_lineage_after_a_title_is_one_name_and_the_known_person():
    found = people("Prince Khalid bin Salman bin Abdulaziz Al Saud, the defence minister, received the delegation.")
    assert found[0] == ("Khalid bin Salman bin Abdulaziz Al Saud", "Khalid bin Salman")


def test_the_known_person_at_the_head_of_a_lineage_without_a_title():
    found = people("Mohammed bin Salman bin Abdulaziz Al Saud spoke by phone with the Egyptian president.")
    assert found[0][1] == "Mohammed bin Salman"


def test_bethlehem_is_the_west_bank_town():
    assert place("Bethlehem").country == "PSE"


def test_the_mongolian_capital_goes_by_its_current_english_name():
    assert place("Ulan Bator").name == place("Ulaanbaatar").name == "Ulaanbaatar"


def test_a_second_family_name_after_a_known_name_is_that_person():
    from summitry.actors.known import known_person
    assert known_person("Nicolas Maduro Moros").name == "Nicolás Maduro"
    assert known_person("Daniel Ortega Saavedra").name == "Daniel Ortega"
