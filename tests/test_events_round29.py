"""Rules found on the stand-in sets of session 15's first round. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date, datetime

from summitry.actors import analyze_actors
from summitry.actors.places import find_places
from summitry.events import extract_events
from summitry.events.draft import SentenceView
from summitry.events.sentence import analyze_sentence
from summitry.language import split_sentences
from summitry.model import Article
from summitry.time import tag


def mentions(*paragraphs: str, published: datetime):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=published))


def test_a_venue_before_its_town_is_recorded_as_the_town():
    text = "The guests were received at Lodge House, Accra, on Monday."
    assert [p for _, _, p, _ in find_places(text)] == ["Accra", "Accra"]


def test_a_town_before_its_region_stays_the_town():
    text = "The leaders met in Woodside, California, on Monday."
    assert [p for _, _, p, _ in find_places(text)][:1] == ["Woodside"]


def test_a_where_clause_after_a_place_and_a_day_is_there_and_then():
    found = mentions("Ghanaian President Nana Akufo-Addo will visit Kenya from Tuesday, his office said.",
                     "He will be received by President William Ruto at Lodge House, Nairobi, on Tuesday morning, "
                     "where the two leaders will hold talks.",
                     published=datetime(2023, 10, 30, 9))
    talks = [m for m in found if m.kind == "meeting"]
    assert [(m.date, m.location.place if m.location else None) for m in talks] == [("2023-10-31", "Nairobi")]


def test_a_known_name_written_family_name_first_is_the_same_person():
    found = mentions("Prime Minister Ishiba Shigeru held talks with Malaysian Prime Minister Anwar Ibrahim in Putrajaya on Friday.",
                     published=datetime(2025, 1, 10, 18))
    assert [sorted(p.name for p in m.participants) for m in found if m.kind == "meeting"] == [["Anwar Ibrahim", "Shigeru Ishiba"]]


def test_is_due_in_a_year_is_no_trip():
    found = mentions("President Ruto said he will travel to Uganda next week for talks with President Museveni.",
                     "He also said he expected to hold talks with Museveni, whose term is due in 2026.",
                     published=None)
    assert [m.date for m in found] == [None] * len(found)


def test_a_leader_who_will_not_meet_another_calls_the_meeting_off():
    found = mentions("Hungarian Prime Minister Viktor Orban will not meet Slovak Prime Minister Robert Fico in Vienna, "
                     "his office said on Monday.", published=datetime(2024, 3, 4, 18))
    assert [(m.kind, m.status) for m in found] == [("meeting", "cancelled")]


def test_a_stay_from_one_day_until_another_spans_both():
    found = mentions("Thai Prime Minister Paetongtarn Shinawatra will make an official visit to Laos from tomorrow until Friday.",
                     published=datetime(2025, 1, 8, 9))
    assert [m.date for m in found if m.kind == "visit"] == ["2025-01-09/2025-01-10"]


def test_talks_held_before_or_after_a_days_ceremony_are_that_day():
    found = mentions("Thai Prime Minister Paetongtarn Shinawatra will be welcomed at the presidential palace in Vientiane on Friday "
                     "before holding a bilateral meeting with Lao Prime Minister Sonexay Siphandone.",
                     published=datetime(2025, 1, 8, 9))
    assert [m.date for m in found if m.kind == "meeting"] == ["2025-01-10"]


def test_a_deployment_only_allowed_or_agreed_is_no_deployment():
    found = mentions("Australia and Fiji signed a pact on Monday that will allow their troops to be deployed on each other's soil.",
                     "Chile and Peru agreed to deploy a joint mission to the border.",
                     "The bloc, which has troops deployed in the north, met on Tuesday.",
                     published=datetime(2024, 7, 9, 9))
    assert [m.kind for m in found if m.kind == "deployment"] == []


def test_a_deployment_made_is_still_one():
    found = mentions("Russia deployed troops to Belarus on Monday.", published=datetime(2024, 7, 9, 9))
    assert [m.kind for m in found] == ["deployment"]


def drafts(text: str, published: date):
    """The drafts of a one-sentence text, as the events stage makes them."""
    sentences = split_sentences(text)
    actors = analyze_actors(sentences, when=published)
    view = SentenceView(text, actors.mentions(0), tag(text, published), actors.places(0))
    return analyze_sentence(view, [])


def test_a_day_naming_another_thing_dates_no_talks():
    text = ("\"Democracy won,\" Boric told reporters at the start of the talks, drawing parallels between the "
            "March 3 riot in Valparaiso and the attack on the U.S. Capitol two years earlier.")
    assert [(d.date, d.location) for d in drafts(text, date(2024, 4, 12)) if d.kind == "meeting"] == [(None, None)]


def test_a_trip_after_since_and_a_possessive_name_is_an_earlier_one():
    text = "It is the first state visit by a German chancellor to Chile since Angela Merkel's trip in March 2013."
    trips = [d for d in drafts(text, date(2024, 3, 26)) if d.trigger == "trip"]
    assert [(d.past, d.date) for d in trips] == [(True, "2013-03")]


def test_a_town_before_an_appositive_title_is_no_person():
    text = "In Sao Paulo, Secretary Rubio will meet President Javier Milei."
    people = [m.person.name for m in analyze_actors(split_sentences(text), when=date(2025, 4, 10)).mentions(0) if m.kind == "person"]
    assert "Sao Paulo" not in people and "Javier Milei" in people


def test_an_official_of_chinas_parliament_is_chinas():
    found = mentions("Thai Prime Minister Paetongtarn Shinawatra will travel to Beijing tomorrow.",
                     "She will also meet Zhao Leji, Chairman of the Standing Committee of the National People's Congress.",
                     published=datetime(2025, 2, 4, 9))
    assert [sorted(m.countries) for m in found if m.kind == "meeting"] == [["CHN", "THA"]]


def test_both_sides_are_the_pair_just_named_when_the_sentence_names_one_of_them():
    found = mentions("Brazilian President Luiz Inácio Lula da Silva said Brazil would back the border talks, and Brazil's "
                     "foreign minister Mauro Vieira flew to Lima for them on Monday.",
                     "Peruvian Foreign Minister Elmer Schialer and his Ecuadorian counterpart Gabriela Sommerfeld signed a border accord there.",
                     "Both sides would hold a technical meeting hosted by Ecuador on Aug 4, officials said.",
                     published=datetime(2025, 7, 28, 9))
    assert [sorted(m.countries) for m in found if m.kind == "meeting" and m.date == "2025-08-04"] == [["ECU", "PER"]]


def test_a_venue_the_model_reads_as_a_name_is_no_person():
    for text in ("King Abdullah II received Egyptian President Abdel Fattah al-Sisi at Beit Al Urdun in Amman today.",
                 "The king, who hosted the talks at his official residence, Dar Al Salam, said they were useful."):
        people = [m.person.name for m in analyze_actors(split_sentences(text), when=date(2024, 5, 2)).mentions(0) if m.kind == "person"]
        assert not any(name in ("Beit Al Urdun", "Dar Al Salam", "Al Salam") for name in people), people


def test_the_same_day_as_an_event_told_by_its_month_is_that_month():
    found = mentions("Kazakh President Kassym-Jomart Tokayev arrived in Rome on Wednesday.",
                     "He last went abroad for the Astana forum last October, where he held talks with Li Qiang and, on the same day, "
                     "with Turkish President Recep Tayyip Erdogan.",
                     published=datetime(2024, 5, 9, 9))
    assert [m.date for m in found if "TUR" in m.countries] == ["2023-10"]


def test_leaders_who_have_met_only_in_multilateral_settings_tell_no_one_meeting():
    found = mentions("Chilean President Gabriel Boric and Canadian Prime Minister Justin Trudeau have met only in "
                     "multilateral settings so far.", published=datetime(2023, 3, 28, 9))
    assert [m.kind for m in found] == []


def test_a_trip_named_in_a_question_put_to_a_leader_is_no_event():
    found = mentions("Asked whether he would travel to Caracas, the Colombian president said no visit was planned for now.",
                     published=datetime(2025, 6, 10, 9))
    assert [m.kind for m in found] == []


def test_a_town_set_before_the_first_comma_places_each_event_of_the_sentence():
    found = mentions("In Hanoi, Indonesian President Prabowo Subianto is scheduled to call on President Luong Cuong and to hold "
                     "talks with Prime Minister Pham Minh Chinh, followed by the signing of several agreements.",
                     published=datetime(2025, 3, 9, 9))
    assert {m.location.place if m.location else None for m in found if m.kind in ("meeting", "agreement")} == {"Hanoi"}
