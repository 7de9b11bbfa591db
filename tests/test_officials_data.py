"""Tests of the officials data (officials.yaml) as data: well-formed tenures that never
overlap within one office, and lookups of the heads of state and government it lists.
Example sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from summitry.actors import analyze_actors
from summitry.actors.known import known_person, office_holder
from summitry.actors.lexicon import load_yaml
from summitry.language import split_sentences


def _tenures():
    """(owner, office, row) for every row of the file, countries and organisations."""
    data = load_yaml("officials.yaml")
    for group in ("countries", "organizations"):
        for owner, offices in data[group].items():
            for office, rows in offices.items():
                for row in rows:
                    yield owner, office, row


def _day(value) -> date | None:
    return value if value is None or isinstance(value, date) else date.fromisoformat(str(value))


def test_every_tenure_is_well_formed():
    for owner, office, row in _tenures():
        assert set(row) <= {"name", "aka", "valid_from", "valid_to"}, (owner, office, row)
        assert row["name"] and "valid_to" in row, (owner, office, row)
        start, end = _day(row["valid_from"]), _day(row["valid_to"])
        assert start is not None and (end is None or start < end), (owner, office, row)
        assert end is None or end <= date(2026, 12, 31), (owner, office, row)


def test_no_two_holders_of_one_office_overlap():
    by_office: dict[tuple[str, str], list[tuple[date, date, str]]] = {}
    for owner, office, row in _tenures():
        end = _day(row["valid_to"]) or date.max
        by_office.setdefault((owner, office), []).append((_day(row["valid_from"]), end, row["name"]))
    for key, rows in by_office.items():
        rows.sort()
        for (_, end, name), (start, _, other) in zip(rows, rows[1:]):
            assert end <= start, f"{key}: {name} until {end} overlaps {other} from {start}"


def test_the_iso3_codes_are_three_capitals():
    for owner in load_yaml("officials.yaml")["countries"]:
        assert len(owner) == 3 and owner.isupper() and owner.isalpha(), owner


@pytest.mark.parametrize("written,when,name,country", [
    ("Denis Sassou Nguesso", date(2023, 3, 1), "Denis Sassou Nguesso", "COG"),
    ("Felix Tshisekedi", date(2021, 7, 1), "Félix Tshisekedi", "COD"),         # accents dropped
    ("Tshisekedi", date(2024, 2, 1), "Félix Tshisekedi", "COD"),               # family name alone
    ("Sassou", date(2019, 5, 1), "Denis Sassou Nguesso", "COG"),               # the short form the press uses
    ("Mitsotakis", date(2020, 1, 1), "Kyriakos Mitsotakis", "GRC"),
    ("Frederiksen", date(2022, 9, 1), "Mette Frederiksen", "DNK"),
    ("Zourabichvili", date(2021, 4, 1), "Salome Zourabichvili", "GEO"),
    ("Bukele", date(2020, 2, 1), "Nayib Bukele", "SLV"),
    ("Mirziyoyev", date(2019, 6, 1), "Shavkat Mirziyoyev", "UZB"),
    ("Kais Saied", date(2022, 7, 1), "Kais Saied", "TUN"),
    ("Goita", date(2022, 1, 1), "Assimi Goïta", "MLI"),
    ("Van der Bellen", date(2023, 5, 1), "Alexander Van der Bellen", "AUT"),
    ("Djukanovic", date(2019, 1, 1), "Milo Đukanović", "MNE"),                # a letter no accent folding undoes
    ("Petro", date(2023, 1, 1), "Gustavo Petro", "COL"),                      # also a given name (Petro Poroshenko)
    ("Michel", date(2018, 1, 1), "Charles Michel", "BEL"),                    # also a given name (Michel Aoun)
    ("Pavel", date(2024, 1, 1), "Petr Pavel", "CZE"),                         # also a given name (Pavel Filip)
])
def test_heads_of_state_and_government_by_name_at_a_date(written, when, name, country):
    h = known_person(written, when)
    assert h is not None and (h.name, h.country) == (name, country)


def test_a_family_name_shared_by_successive_holders_names_the_one_in_office():
    assert known_person("Aoun", date(2019, 1, 1)).name == "Michel Aoun"
    assert known_person("Aoun", date(2025, 6, 1)).name == "Joseph Aoun"
    assert known_person("Deby", date(2023, 1, 1)).name == "Mahamat Idriss Déby"
    assert known_person("Rajapaksa", date(2021, 1, 1)) is None  # a president and a prime minister at once


def test_office_holders_of_the_added_states_by_date():
    assert office_holder("IRL", "Prime Minister", date(2024, 6, 1)).name == "Simon Harris"
    assert office_holder("AUT", "Chancellor", date(2022, 3, 1)).name == "Karl Nehammer"
    assert office_holder("CHE", "President", date(2023, 7, 1)).name == "Alain Berset"
    assert office_holder("LUX", "Grand Duke", date(2020, 1, 1)).name == "Henri"
    assert office_holder("HTI", "President", date(2023, 1, 1)) is None  # the office stood vacant


@pytest.mark.parametrize("word,when", [
    ("Muscat", date(2018, 3, 1)),      # Oman's capital, not Malta's prime minister
    ("Meta", date(2020, 3, 1)),        # the company, not Albania's president
    ("Montenegro", date(2025, 3, 1)),  # the state, not Portugal's prime minister
    ("Paz", date(2026, 1, 1)),         # La Paz, or a word, not Bolivia's president
    ("Martin", date(2021, 3, 1)),      # a given name first of all
    ("Medina", date(2016, 3, 1)),
])
def test_family_names_that_are_places_or_words_name_nobody_alone(word, when):
    assert known_person(word, when) is None


def test_a_namesake_among_the_added_holders_keeps_the_better_known_person():
    assert known_person("Orban", date(2020, 3, 1)).country == "HUN"  # not Romania's Ludovic Orban
    assert known_person("Harris", date(2024, 6, 1)).country == "USA"  # not Ireland's Simon Harris
    assert known_person("Philippe", date(2018, 6, 1)).country == "FRA"  # not the Belgian king


def test_running_text_names_leaders_of_smaller_states():
    a = analyze_actors(split_sentences(
        "Sassou Nguesso welcomed Tshisekedi in Oyo. Later Mitsotakis flew to Nicosia to see Christodoulides."),
        when=date(2023, 6, 1), use_model=False)
    got = {p.name: p.country for p in a.people.values()}
    assert got == {"Denis Sassou Nguesso": "COG", "Félix Tshisekedi": "COD",
                   "Kyriakos Mitsotakis": "GRC", "Nikos Christodoulides": "CYP"}


def test_foreign_ministers_of_some_added_states_by_date():
    assert office_holder("MAR", "Foreign Minister", date(2022, 1, 1)).name == "Nasser Bourita"
    assert office_holder("ARM", "Foreign Minister", date(2023, 1, 1)).name == "Ararat Mirzoyan"
    assert office_holder("DNK", "Foreign Minister", date(2023, 6, 1)).name == "Lars Løkke Rasmussen"
    assert known_person("Bayramov", date(2023, 9, 1)).country == "AZE"


@pytest.mark.parametrize("word", ["Linde", "Hussein"])  # a company; a name borne by many
def test_surnames_of_added_ministers_that_name_many_others_stay_unresolved(word):
    assert known_person(word, date(2021, 6, 1)) is None
