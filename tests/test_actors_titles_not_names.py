"""A title or a courtesy title is never a person of its own: "Prime Minister Dr. X" names X,
and "Crown Prince and Prime Minister Prince X" names X alone. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article


def people(*paragraphs: str) -> list[list[str]]:
    article = Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=datetime(2025, 4, 6, 9))
    return [[p.name for p in m.participants] for m in extract_events(article)]


def test_a_dotted_courtesy_title_between_office_and_name_is_skipped():
    found = people("Prime Minister Narendra Modi of India met Prime Minister Dr. Harini Amarasuriya of Sri Lanka "
                   "in Colombo on Saturday.")
    assert found == [["Narendra Modi", "Harini Amarasuriya"]]


def test_a_title_opening_the_sentence_is_no_person():
    found = people("Crown Prince and Prime Minister Prince Mohammed bin Salman received Iranian President "
                   "Ebrahim Raisi in Riyadh on Saturday, on the sidelines of the Joint Arab-Islamic Extraordinary "
                   "Summit convened to discuss the war on Gaza.")
    assert found and all(names == ["Mohammed bin Salman", "Ebrahim Raisi"] for names in found)


def test_an_interim_cabinets_advisers_are_its_head_and_ministers():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2025, 4, 5, 9), paragraphs=[
        "Chief Adviser Prof Muhammad Yunus met Prime Minister Narendra Modi of India in Bangkok on Friday.",
        "Foreign Affairs Adviser Touhid Hossain met External Affairs Minister S. Jaishankar in Bangkok on Thursday."])
    found = [[(p.name, p.role, p.country) for p in m.participants] for m in extract_events(article)]
    assert found == [[("Muhammad Yunus", "Chief Adviser", "BGD"), ("Narendra Modi", "Prime Minister", "IND")],
                     [("Touhid Hossain", "Foreign Adviser", "BGD"), ("S. Jaishankar", "Foreign Minister", "IND")]]


def test_a_storm_or_a_building_named_like_a_person_is_no_person():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2024, 10, 9, 9), paragraphs=[
        "U.S. President Joe Biden on Tuesday called off a trip to Germany that was to begin this week, saying he "
        "needed to stay in the United States to oversee the federal response to Hurricane Milton, a powerful storm.",
        "Chinese President Xi Jinping met Hungarian President Tamas Sulyok, before Xi crossed over to the Carmelite "
        "Monastery, the seat of the Prime Minister, for talks with Viktor Orban."])
    names = {p.name for m in extract_events(article) for p in m.participants}
    assert not names & {"Hurricane Milton", "Carmelite Monastery"} and "Joe Biden" in names


def test_a_list_of_portfolios_after_a_title_is_no_part_of_the_name():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2025, 1, 13, 9), paragraphs=[
        "Kenya's Cabinet Secretary for Investments, Trade and Industry Lee Kinyanjui met UAE Minister of State for "
        "Foreign Trade Thani bin Ahmed Al Zeyoudi in Abu Dhabi on Monday."])
    [meeting] = extract_events(article)
    assert [(p.name, p.country) for p in meeting.participants] == [("Lee Kinyanjui", "KEN"),
                                                                   ("Thani bin Ahmed Al Zeyoudi", "ARE")]


def test_a_family_name_in_capitals_before_the_given_name_is_read_in_full():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2024, 7, 8, 18), paragraphs=[
        "Foreign Minister KAMIKAWA Yoko and Defense Minister KIHARA Minoru of Japan met Philippine Foreign Secretary "
        "Enrique Manalo in Manila on Monday."])
    [meeting] = extract_events(article)
    assert [p.name for p in meeting.participants] == ["Yoko Kamikawa", "Minoru Kihara", "Enrique Manalo"]
