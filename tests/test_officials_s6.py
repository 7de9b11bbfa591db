"""Tests of the foreign and defence ministers added to officials.yaml: a minister named
without a nationality resolves to the state whose office they held on the article's date.
Example sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from summitry.actors import analyze_actors
from summitry.actors.known import known_person, office_holder
from summitry.language import split_sentences


def _people(text: str, when: date) -> dict[str, str | None]:
    a = analyze_actors(split_sentences(text), when=when, use_model=False)
    return {p.name: p.country for p in a.people.values()}


def test_a_foreign_minister_named_without_a_state_resolves_by_the_article_date():
    got = _people("Foreign Minister Giorgos Gerapetritis met the visiting delegation on Monday "
                  "to prepare the council of the two governments.", date(2023, 12, 4))
    assert got == {"Giorgos Gerapetritis": "GRC"}


def test_a_minister_and_his_counterpart_both_resolve():
    got = _people("Foreign Minister Giorgos Gerapetritis and his Turkish counterpart Hakan Fidan "
                  "talked for two hours in Ankara.", date(2023, 9, 5))
    assert got == {"Giorgos Gerapetritis": "GRC", "Hakan Fidan": "TUR"}


def test_ministers_of_two_added_states_in_one_sentence():
    got = _people("Defence Minister Pal Jonson hosted Antti Hakkanen, who holds the same post "
                  "in Helsinki, at a base near Stockholm.", date(2024, 3, 12))
    assert got == {"Pal Jonson": "SWE", "Antti Hakkanen": "FIN"}


@pytest.mark.parametrize("owner,office,when,name", [
    ("GRC", "Foreign Minister", date(2016, 5, 1), "Nikos Kotzias"),
    ("GRC", "Foreign Minister", date(2020, 1, 1), "Nikos Dendias"),
    ("GRC", "Foreign Minister", date(2023, 12, 1), "Giorgos Gerapetritis"),
    ("GRC", "Defense Minister", date(2024, 1, 1), "Nikos Dendias"),
    ("NLD", "Foreign Minister", date(2022, 6, 1), "Wopke Hoekstra"),
    ("PRT", "Defense Minister", date(2020, 6, 1), "João Gomes Cravinho"),
    ("ROU", "Foreign Minister", date(2024, 2, 1), "Luminița Odobescu"),
    ("SRB", "Foreign Minister", date(2023, 3, 1), "Ivica Dačić"),
    ("IRN", "Defense Minister", date(2022, 3, 1), "Mohammad-Reza Ashtiani"),
    ("TWN", "Foreign Minister", date(2020, 3, 1), "Joseph Wu"),
    ("CUB", "Foreign Minister", date(2019, 3, 1), "Bruno Rodríguez Parrilla"),
])
def test_added_ministers_hold_office_by_date(owner, office, when, name):
    assert office_holder(owner, office, when).name == name


def test_a_gap_is_left_where_the_holder_is_not_listed():
    assert office_holder("GRC", "Foreign Minister", date(2023, 6, 1)) is None  # caretaker cabinet


@pytest.mark.parametrize("written,when,country", [
    ("Kotzias", date(2017, 4, 1), "GRC"),
    ("Lajcak", date(2018, 6, 1), "SVK"),               # accents dropped
    ("Landsbergis", date(2022, 6, 1), "LTU"),
    ("Gerapetritis", date(2024, 5, 1), "GRC"),
    ("Grlic Radman", date(2021, 3, 1), "HRV"),           # a double family name
    ("Mahathir", date(2019, 1, 1), "MYS"),               # the name the press uses alone
    ("Bashir", date(2016, 1, 1), "SDN"),                 # still his, beside Bashir Magashi
])
def test_added_ministers_by_name_at_a_date(written, when, country):
    assert known_person(written, when).country == country


@pytest.mark.parametrize("word,when", [
    ("Slot", date(2024, 1, 1)),        # a word, not the Dutch minister
    ("Tax", date(2023, 1, 1)),
    ("Wagner", date(2025, 1, 1)),      # the mercenary group, not Congo's minister
    ("Cienfuegos", date(2016, 1, 1)),  # a Cuban city
    ("Holguin", date(2016, 1, 1)),
])
def test_family_names_of_added_ministers_that_are_words_or_places_name_nobody(word, when):
    assert known_person(word, when) is None
