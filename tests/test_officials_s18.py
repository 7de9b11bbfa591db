"""Tests of the smaller states added to officials.yaml (Caribbean, Pacific and African states,
Andorra, Liechtenstein, Monaco, San Marino, and the self-governing Cook Islands and Niue): their
leaders named in an article resolve to the state they led on the article's date, and family
names that are words or names borne by many name nobody alone. Example sentences are written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from summitry.actors.known import known_person, office_holder
from test_officials_s6 import _people


def test_a_president_named_in_full_with_accents_resolves_to_his_state():
    got = _people("President Umaro Sissoco Embaló received the visiting delegation in the capital "
                  "on Tuesday.", date(2023, 5, 2))
    assert got == {"Umaro Sissoco Embaló": "GNB"}


def test_a_president_called_by_the_one_name_the_press_uses():
    got = _people("President Obiang arrived in Malabo after the summit.", date(2024, 3, 1))
    assert got == {"Teodoro Obiang Nguema Mbasogo": "GNQ"}


def test_a_portuguese_double_family_name_joined_by_e_is_one_known_name():
    h = known_person("Ulisses Correia e Silva", date(2022, 6, 1))
    assert (h.name, h.country, h.office) == ("Ulisses Correia e Silva", "CPV", "Prime Minister")
    assert known_person("Correia e Silva", date(2019, 1, 1)).country == "CPV"


def test_a_prime_minister_with_the_particle_e_in_running_text():
    got = _people("Prime Minister Ulisses Correia e Silva opened the investment forum on Monday.",
                  date(2022, 6, 1))
    assert got == {"Ulisses Correia e Silva": "CPV"}


def test_leaders_of_two_small_states_in_one_sentence():
    got = _people("Liberian President George Weah met Julius Maada Bio, who leads the neighbouring "
                  "republic, at the border.", date(2019, 6, 1))
    assert got == {"George Weah": "LBR", "Julius Maada Bio": "SLE"}


def test_the_premier_of_niue_and_the_prime_minister_of_the_cook_islands():
    assert _people("Premier Dalton Tagelagi welcomed the delegation.", date(2022, 6, 1)) == {"Dalton Tagelagi": "NIU"}
    assert known_person("Henry Puna", date(2018, 1, 1)).country == "COK"


def test_monarchs_with_a_regnal_number_and_a_courtesy_title():
    got = _people("Prince Albert II and King Letsie III attended the opening.", date(2023, 6, 1))
    assert got == {"Albert II": "MCO", "Letsie III": "LSO"}


@pytest.mark.parametrize("written,when,name,country", [
    ("Embalo", date(2022, 1, 1), "Umaro Sissoco Embaló", "GNB"),               # accent dropped
    ("Touadera", date(2021, 1, 1), "Faustin-Archange Touadéra", "CAF"),
    ("Ghazouani", date(2022, 6, 1), "Mohamed Ould Ghazouani", "MRT"),
    ("Mohamed Ould Cheikh El Ghazouani", date(2024, 7, 1), "Mohamed Ould Ghazouani", "MRT"),
    ("Gnassingbe", date(2020, 6, 1), "Faure Gnassingbé", "TGO"),
    ("Tuilaepa", date(2019, 6, 1), "Tuilaepa Sailele Malielegaoi", "WSM"),      # the name used alone
    ("Azali", date(2022, 1, 1), "Azali Assoumani", "COM"),
    ("Espot", date(2022, 1, 1), "Xavier Espot Zamora", "AND"),
    ("Mottley", date(2023, 6, 1), "Mia Mottley", "BRB"),
    ("Skerrit", date(2017, 9, 1), "Roosevelt Skerrit", "DMA"),
    ("Persad-Bissessar", date(2025, 6, 1), "Kamla Persad-Bissessar", "TTO"),
    ("Sogavare", date(2022, 4, 1), "Manasseh Sogavare", "SLB"),
    ("Johnny Briceno", date(2021, 3, 1), "Johnny Briceño", "BLZ"),
])
def test_leaders_of_the_added_states_by_name_at_a_date(written, when, name, country):
    h = known_person(written, when)
    assert h is not None and (h.name, h.country) == (name, country)


def test_a_family_name_shared_by_successive_prime_ministers_names_the_one_in_office():
    assert known_person("Jugnauth", date(2016, 3, 1)).name == "Anerood Jugnauth"
    assert known_person("Jugnauth", date(2020, 3, 1)).name == "Pravind Jugnauth"


@pytest.mark.parametrize("owner,office,when,name", [
    ("TTO", "Prime Minister", date(2025, 4, 1), "Stuart Young"),              # between two terms of another
    ("TTO", "Prime Minister", date(2025, 6, 1), "Kamla Persad-Bissessar"),
    ("VUT", "Prime Minister", date(2023, 9, 20), "Sato Kilman"),
    ("MHL", "President", date(2022, 1, 1), "David Kabua"),
    ("MHL", "President", date(2024, 6, 1), "Hilda Heine"),
    ("LSO", "Prime Minister", date(2016, 1, 1), "Pakalitha Mosisili"),
    ("TGO", "President", date(2025, 6, 1), "Jean-Lucien Savi de Tové"),      # the constitution of 2024
    ("TGO", "President of the Council of Ministers", date(2025, 6, 1), "Faure Gnassingbé"),
    ("LIE", "Prince", date(2020, 1, 1), "Hans-Adam II"),
    ("NRU", "President", date(2023, 1, 1), "Russ Kun"),
])
def test_office_holders_of_the_added_states_by_date(owner, office, when, name):
    assert office_holder(owner, office, when).name == name


def test_a_commonwealth_realm_lists_no_second_holder_of_the_british_crown():
    assert known_person("King Charles III", date(2024, 1, 1)).country == "GBR"
    assert office_holder("ATG", "King", date(2024, 1, 1)) is None


@pytest.mark.parametrize("word,owner,office,when", [
    ("Drew", "KNA", "Prime Minister", date(2023, 1, 1)),      # a verb
    ("Young", "TTO", "Prime Minister", date(2025, 4, 1)),
    ("Brown", "COK", "Prime Minister", date(2022, 1, 1)),
    ("Jesus", "STP", "Prime Minister", date(2020, 1, 1)),
    ("Bio", "SLE", "President", date(2020, 1, 1)),
    ("Nova", "STP", "President", date(2022, 1, 1)),
    ("Barrow", "GMB", "President", date(2022, 1, 1)),         # a word and a town
    ("Mitchell", "GRD", "Prime Minister", date(2023, 1, 1)),
    ("Phillips", "GUY", "Prime Minister", date(2022, 1, 1)),
    ("III", "LSO", "King", date(2024, 1, 1)),                 # a regnal number kings of three states bear
])
def test_family_names_of_added_leaders_that_are_words_or_common_name_nobody(word, owner, office, when):
    assert office_holder(owner, office, when).name.split()[-1] == word  # the leader's family name
    assert known_person(word, when) is None
