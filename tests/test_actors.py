"""Tests of the actors stage. Example sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from summitry.actors import analyze_actors, country_code, find_countries, find_places, organization
from summitry.actors.places import find_locations, home_location
from summitry.language import split_sentences
from summitry.model import Location

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def run(text: str, home: str | None = None):
    sents = split_sentences(text)
    return sents, analyze_actors(sents, home=home)


def kinds(actors, i, kind):
    return [m for m in actors.mentions(i) if m.kind == kind]


# --- countries --------------------------------------------------------------------------

@pytest.mark.parametrize("name,code", [
    ("S. Korea", "KOR"), ("South Korea", "KOR"), ("ROK", "KOR"), ("Republic of Korea", "KOR"),
    ("Korea", "KOR"), ("N. Korea", "PRK"), ("North Korea", "PRK"), ("DPRK", "PRK"),
    ("U.S.", "USA"), ("US", "USA"), ("USA", "USA"), ("America", "USA"), ("United States", "USA"),
    ("UK", "GBR"), ("Britain", "GBR"), ("Russia", "RUS"), ("China", "CHN"), ("Taiwan", "TWN"),
    ("Japanese", "JPN"), ("South Korean", "KOR"), ("North Korean", "PRK"), ("American", "USA"),
    ("Chinese", "CHN"), ("Canadian", "CAN"), ("Mexican", "MEX"), ("British", "GBR"), ("Korean", "KOR"),
    ("Seoul", "KOR"), ("Washington", "USA"), ("Tokyo", "JPN"), ("Beijing", "CHN"), ("Pyongyang", "PRK"),
    ("Moscow", "RUS"), ("Ottawa", "CAN"), ("the State Department", "USA"), ("the Pentagon", "USA"),
    ("the White House", "USA"), ("Cheong Wa Dae", "KOR"), ("the Blue House", "KOR"), ("the Kremlin", "RUS"),
    ("France", "FRA"), ("germany", "DEU"), ("Viet Nam", "VNM"),
])
def test_country_code(name, code):
    assert country_code(name) == code


def test_country_code_unknown():
    assert country_code("Atlantis") is None
    assert country_code("us") is None


def codes(text, home=None):
    return [m.codes[0] for m in find_countries(text, home)]


def test_us_is_case_sensitive():
    assert codes("Let us talk to the US envoy.") == ["USA"]


def test_compounds_yield_both():
    assert codes("They praised the Korea-US alliance.") == ["KOR", "USA"]
    assert codes("A US-ROK drill began.") == ["USA", "KOR"]
    assert codes("The South Korea-U.S. talks ended.") == ["KOR", "USA"]


def test_korean_peninsula_is_not_a_country():
    assert codes("Peace on the Korean Peninsula matters to North Korean officials.") == ["PRK"]


def test_ambiguous_names_as_people():
    assert codes("Michael Jordan spoke.") == []
    assert codes("Officials from Jordan spoke.") == ["JOR"]
    assert codes("We ate turkey in Turkey.") == ["TUR"]


def test_seoul_foreign_ministry_and_home_institutions():
    assert codes("Seoul's foreign ministry said so.") == ["KOR"]
    assert codes("The foreign ministry said so.", home="KOR") == ["KOR"]
    assert codes("The foreign ministry said so.") == []


def test_the_north_needs_korean_context():
    _, a = run("North Korea fired a missile. The North said it was a test.")
    assert [m.code for m in a.mentions(1)] == ["PRK"]
    _, b = run("The North lost the game.")
    assert b.mentions(0) == []


# --- organizations ----------------------------------------------------------------------

def test_organizations_with_members():
    assert set(organization("the Quad").members) == {"USA", "JPN", "AUS", "IND"}
    assert organization("G-7").code == "G7" and "CAN" in organization("G7").members
    assert organization("NATO").code == "NATO"
    assert organization("Shangri-La Dialogue").host == "SGP"
    _, a = run("Leaders of the Quad and ASEAN met on the sidelines of the ADMM-Plus.")
    orgs = kinds(a, 0, "organization")
    assert [m.code for m in orgs] == ["QUAD", "ASEAN", "ADMM-Plus"]
    assert "JPN" in orgs[0].members


# --- people -----------------------------------------------------------------------------

def person(a, name):
    return a.people[name]


def test_titles_before_names():
    _, a = run(
        "US Secretary of State Jane Holloway and Defense Secretary Mark Dunmore arrived. "
        "Japanese Prime Minister Taro Yamane met Canadian Foreign Minister Claire Fortin.",
        home="KOR",
    )
    assert person(a, "Jane Holloway").country == "USA"
    assert person(a, "Jane Holloway").role == "Secretary of State"
    assert person(a, "Mark Dunmore").country == "USA"
    assert person(a, "Mark Dunmore").role == "Secretary of Defense"
    assert person(a, "Taro Yamane").country == "JPN"
    assert person(a, "Claire Fortin").country == "CAN"


def test_unqualified_minister_is_home_country():
    _, a = run("Foreign Minister Baek Seung-ho and Deputy Defense Minister Ahn Ji-tae met the envoy.", home="KOR")
    assert person(a, "Baek Seung-ho") == person(a, "Baek Seung-ho").__class__("Baek Seung-ho", "Foreign Minister", "KOR")
    assert person(a, "Ahn Ji-tae").role == "Deputy Defense Minister"


def test_unqualified_minister_without_home_is_not_the_most_frequent_country():
    # the article's most named state is no evidence of an official's nationality (issue 7)
    _, a = run("Japan and China met. Japan wants more talks. Foreign Minister Kenji Morita said so.")
    assert person(a, "Kenji Morita").country is None


def test_appositives():
    _, a = run(
        "The talks were attended by Ahn Ji-tae, deputy defense minister, and Paul Grady, "
        "U.S. assistant secretary of defense for Indo-Pacific affairs. "
        "Rhee Min-seo, the younger brother of North Korean leader Pak Chol-su, issued a statement. "
        "Russia's top diplomat, Ivan Sorokin, and State Councillor Zhao Lin met.",
        home="KOR",
    )
    assert person(a, "Paul Grady").country == "USA"
    assert "assistant secretary of defense" in person(a, "Paul Grady").role.lower()
    assert person(a, "Ahn Ji-tae").country == "KOR"
    assert person(a, "Rhee Min-seo").country == "PRK"
    assert person(a, "Pak Chol-su").country == "PRK"
    assert person(a, "Ivan Sorokin").country == "RUS"
    assert person(a, "Zhao Lin").country == "CHN"


def test_possessive_name_is_not_cut():
    _, a = run("President Hwang Dae-jin's plan was praised.", home="KOR")
    assert "Hwang Dae-jin" in a.people
    assert a.people["Hwang Dae-jin"].role == "President"


def test_administration_leader():
    _, a = run("US officials spoke before the launch of the Tom Reddick administration in Washington.", home="KOR")
    assert a.people["Tom Reddick"].country == "USA"
    assert a.people["Tom Reddick"].role == "President"


def test_surname_coreference():
    sents, a = run(
        "Foreign Minister Baek Seung-ho met US Secretary of State Jane Holloway. "
        "Holloway thanked Baek. Defense Minister Kim Dong-ha and Deputy Minister Kim Yu-ri attended. "
        "Kim spoke last.",
        home="KOR",
    )
    people = [m.person.name for m in kinds(a, 1, "person")]
    assert people == ["Jane Holloway", "Baek Seung-ho"]
    assert [m.person.name for m in kinds(a, 3, "person")] == ["Kim Yu-ri"]
    assert a.resolve_name("Holloway").country == "USA"
    assert a.resolve_name("Baek's").name == "Baek Seung-ho"
    assert a.resolve_name("Nobody") is None


def test_surname_before_introduction_resolves():
    _, a = run("Yamane heads to Seoul. Japanese Prime Minister Taro Yamane will meet officials.", home="KOR")
    assert [m.person.name for m in kinds(a, 0, "person")] == ["Taro Yamane"]


def test_known_person_is_not_a_place():
    # a surname that is also a gazetteer place is a person once introduced
    _, a = run("Canadian envoy Luke Halifax arrived. Halifax then met officials in Seoul.")
    assert [m.kind for m in a.mentions(1)][:1] == ["person"]
    assert all(p[2] != "Halifax" for p in a.places(1))
    assert [p[2] for p in a.places(1)] == ["Seoul"]


def test_family_name_order():
    from summitry.actors.people import name_key

    assert name_key("Cho Tae-yul") == "Cho"
    assert name_key("Wang Yi") == "Wang"
    assert name_key("Yoshihide Suga") == "Suga"
    assert name_key("Sung Kim") == "Kim"
    assert name_key("Lloyd Austin") == "Austin"


# --- collective references --------------------------------------------------------------

def test_collective_two_sides_from_context():
    _, a = run(
        "South Korea and the United States held talks in Seoul. The two sides agreed to meet again.",
        home="KOR",
    )
    group = kinds(a, 1, "group")[0]
    assert set(group.members) == {"KOR", "USA"}


def test_collective_in_sentence_and_counterparts():
    _, a = run(
        "Officials reaffirmed ties among South Korea, the U.S. and Japan, and the three countries will meet. "
        "The ministers will talk with their US counterparts and with Canadian and Mexican counterparts. "
        "The top officials of Seoul, Washington and Tokyo met.",
        home="KOR",
    )
    assert set(kinds(a, 0, "group")[0].members) == {"KOR", "USA", "JPN"}
    groups = kinds(a, 1, "group")
    assert [g.members for g in groups] == [("USA",), ("CAN", "MEX")]
    assert kinds(a, 2, "group")[0].members == ("KOR", "USA", "JPN")


def test_main_countries():
    _, a = run("South Korea and Japan met. South Korea sent an envoy to Japan. China watched.", home="KOR")
    assert a.main_countries[:2] == ["KOR", "JPN"]


# --- places -----------------------------------------------------------------------------

def test_find_places():
    places = find_places("They met in Anchorage, then flew to Geneva and Camp David.")
    assert [(p[2], p[3]) for p in places] == [("Anchorage", "USA"), ("Geneva", "CHE"), ("Camp David", "USA")]
    assert find_places("The summit at Panmunjom")[0][3] == "KOR"


def test_capitals_cover_un_members():
    from summitry.actors.lexicon import lexicon

    assert len(lexicon().capitals) >= 190
    assert lexicon().capitals["CAN"] == "Ottawa"


def test_country_names_as_places():
    places = find_places("The ministers will travel to Canada and visit South Korea.", countries=True)
    assert [(p[2], p[3]) for p in places] == [(None, "CAN"), (None, "KOR")]
    assert find_places("Canada's envoy spoke.", countries=True) == []


def test_here_and_home_ministry():
    home = home_location("KOR")
    assert home == Location("Seoul", "KOR")
    assert home_location(dateline="BUSAN") == Location("Busan", "KOR")
    locs = find_locations("He came here and met officials at the foreign ministry.", home_place=home)
    assert [loc for _, _, loc in locs] == [home, home]


# --- seeds ------------------------------------------------------------------------------

@pytest.mark.skipif(not (SHARED / "gold" / "seeds.yaml").exists(), reason="shared data absent")
def test_seed_people_found_with_countries():
    gold = yaml.safe_load((SHARED / "gold" / "seeds.yaml").read_text("utf-8"))
    found: dict[str, set] = {}
    for f in sorted((SHARED / "corpus" / "seeds").glob("*.txt")):
        text = f.read_text("utf-8")
        actors = analyze_actors(split_sentences(text), home="KOR")  # Korean outlets
        for name, p in actors.people.items():
            found.setdefault(name, set()).add(p.country)
    missed = [g["name"] for g in gold["people"] if g["name"] not in found]
    wrong = [g["name"] for g in gold["people"] if g["name"] in found and found[g["name"]] != {g["country"]}]
    assert not missed and not wrong, (missed, wrong)


def test_ambiguous_country_word_as_surname():
    _, a = run("British envoy Sam Jordan arrived in Amman. Jordan then met officials.")
    assert a.people["Sam Jordan"].country == "GBR"
    assert [m.kind for m in a.mentions(1)] == ["person"]


def test_two_leaders_are_the_people_just_named():
    _, a = run(
        "Prime Minister Emi Sato will meet French President Paul Roux in Paris. "
        "The two leaders will discuss Ukraine.",
        home="JPN",
    )
    assert set(kinds(a, 1, "group")[0].members) == {"JPN", "FRA"}
