"""A family name alone, when two people of the article bear it, names the one the text has
been calling by it: the president, not the spouse introduced in full beside him. Sentences
written for these tests."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article


def test_the_family_name_stays_with_the_person_named_by_it_most():
    article = Article(id="t", origin="t.txt", title="Erdogan visits Cairo", published=datetime(2024, 2, 15, 9),
                      paragraphs=[
                          "Turkish President Recep Tayyip Erdogan arrived in Cairo on Wednesday for talks with "
                          "Egyptian President Abdel Fattah al-Sisi.",
                          "Sisi welcomed Erdogan and first lady Emine Erdogan at the airport.",
                          "Erdogan told reporters that trade would grow.",
                          "A year earlier, Sisi phoned Erdogan on February 7, 2023 to offer condolences."])
    [call] = [m for m in extract_events(article) if m.kind == "call"]
    assert {p.name for p in call.participants} == {"Abdel Fattah al-Sisi", "Recep Tayyip Erdogan"}


def test_the_head_of_state_is_the_one_head_of_state_named_before():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2025, 1, 13, 9), paragraphs=[
        "Kenyan President William Ruto arrived in Abu Dhabi on Monday.",
        "State House Spokesperson Hussein Mohamed said the Head of State will hold talks with UAE President "
        "Sheikh Mohamed bin Zayed Al Nahyan on Tuesday."])
    [talks] = [m for m in extract_events(article) if m.kind == "meeting"]
    assert {p.name for p in talks.participants} == {"William Ruto", "Mohamed bin Zayed Al Nahyan"}


def test_an_office_of_one_state_named_alone_is_its_holder_at_the_date():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2023, 3, 10, 18), paragraphs=[
        "Ahead of the summit, the Foreign Secretary met his French counterpart Catherine Colonna in Paris."])
    [meeting] = extract_events(article)
    assert [(p.name, p.country) for p in meeting.participants] == [("James Cleverly", "GBR"), ("Catherine Colonna", "FRA")]


def test_a_coordinated_clause_with_its_own_subject_does_not_take_the_first_clauses_people():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2023, 3, 10, 18), paragraphs=[
        "On Friday, the Foreign Secretary met his French counterpart Catherine Colonna in Paris, and the Defence "
        "Secretary held talks with French Armed Forces Minister Sebastien Lecornu."])
    people = sorted(sorted(p.name for p in m.participants) for m in extract_events(article))
    assert people == [["Ben Wallace", "Sebastien Lecornu"], ["Catherine Colonna", "James Cleverly"]]
