""""The Secretary", "the President", "the minister": the one person of the story whose role
that is ("Secretary of State X"); none when the story names two holders of it. A "he" after
talks with someone goes on about the clause's subject. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from summitry.actors import analyze_actors
from summitry.events import extract_events
from summitry.language import split_sentences
from summitry.model import Article

PUB = datetime(2025, 3, 20, 9, 0)


def events(*paragraphs: str):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=PUB))


def named_in_last_sentence(text: str) -> set[str]:
    sentences = split_sentences(text)
    actors = analyze_actors(sentences, None)
    return {m.person.name for m in actors.mentions(len(sentences) - 1) if m.kind == "person" and m.person}


def test_the_secretary_is_the_secretary_of_state_named_before():
    found = events("Secretary of State Marco Rubio will travel to Jamaica next week.",
                   "In Kingston, the Secretary will meet with Prime Minister Andrew Holness.")
    talks = next(m for m in found if m.kind == "meeting")
    assert {p.name for p in talks.participants} == {"Marco Rubio", "Andrew Holness"}
    assert sorted(talks.countries) == ["JAM", "USA"]


def test_the_minister_is_the_one_minister_named():
    assert "Penny Wong" in named_in_last_sentence(
        "Foreign Minister Penny Wong arrived in Suva on Monday. The minister will leave for Tonga on Tuesday.")


def test_the_prime_minister_of_a_story_of_several_prime_ministers_is_none_of_them():
    sentences = split_sentences("Talks on the deal began under Prime Minister Boris Johnson in 2022. "
                                "On Thursday the Prime Minister called the deal historic. "
                                "Prime Minister Narendra Modi of India and Prime Minister Keir Starmer met at Chequers.")
    actors = analyze_actors(sentences, None)
    assert not [m for m in actors.mentions(1) if m.kind == "person"]


def test_he_after_talks_with_someone_is_the_subject_who_travels_on():
    found = events("Antony Blinken arrived in Ramallah after talks in Jerusalem with Israeli Prime Minister "
                   "Benjamin Netanyahu, and after visiting Cairo, where he was received by President Abdel Fattah "
                   "al-Sisi.")
    cairo = next(m for m in found if m.kind == "meeting" and "EGY" in m.countries)
    assert sorted(cairo.countries) == ["EGY", "USA"]
