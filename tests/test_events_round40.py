"""Rules found on the stand-in sets of session 19 (Pacific Island states, Mongolia and Central
Asia, the Nordic and Baltic states, the Western Balkans). Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_events_round31 import mentions

from summitry.events import extract_events
from summitry.events.facts import same_person, same_series
from summitry.model import Article


def test_landing_at_an_airport_is_an_arrival_told_as_done():
    found = mentions("The Chilean president landed at the capital's international airport on Sunday, making a brief "
                     "working visit to Paraguay.", published=datetime(2024, 6, 10, 9))
    assert [(m.kind, m.status, m.date) for m in found if m.kind == "visit"] == [("visit", "held", "2024-06-09")]


def test_talks_with_the_host_on_a_one_day_visit_are_of_that_day():
    found = mentions("Chilean President Gabriel Boric arrived in Asuncion on Sunday for a brief working visit.",
                     "Paraguayan President Santiago Pena and Boric held talks at the presidential palace that lasted more "
                     "than an hour.", published=datetime(2024, 6, 10, 9))
    assert [(m.date, m.status) for m in found if m.kind == "meeting"] == [("2024-06-09", "held")]


def test_his_trip_months_back_is_not_the_visit_of_the_day():
    found = mentions("Canadian Prime Minister Mark Carney has arrived in Warsaw and is holding talks with Polish Prime "
                     "Minister Donald Tusk, the first visit by a Canadian head of government to Poland since the war began.",
                     "Their previous meeting took place in Ottawa on March 3, when Tusk made his first trip abroad since "
                     "taking office.", published=datetime(2025, 8, 20, 12))
    assert [m.date for m in found if m.kind == "visit" and "Mark Carney" in [p.name for p in m.participants]] == ["2025-08-20"]


def test_a_wire_stamped_after_midnight_tells_the_news_of_its_dateline_day():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2024, 12, 12, 2, 17), dateline="ANKARA",
                      dateline_day="XXXX-12-11", paragraphs=[
                          "The Kenyan president announced the accord at a late-night joint news conference with the "
                          "Tanzanian president, following talks at the state house."])
    assert [(m.kind, m.date) for m in extract_events(article) if m.kind == "meeting"] == [("meeting", "2024-12-11")]


def test_the_day_a_call_was_told_of_dates_it_rather_than_the_page_s_timestamp():
    found = mentions("Prime Minister Narendra Modi on Friday said he had received a phone call from his Canadian "
                     "counterpart Mark Carney.", published=datetime(2025, 6, 7, 0, 14))
    assert [(m.kind, m.date) for m in found if m.kind == "call"] == [("call", "2025-06-06")]


def test_a_cambodian_honorific_is_no_part_of_the_name_and_a_short_somali_name_is_known():
    found = mentions("Samdech Thipadei Hun Manet met Chinese President Xi Jinping in Beijing on Monday.",
                     "Hassan Sheikh, Egyptian President Abdel Fattah al-Sisi and Eritrean President Isaias Afwerki held a "
                     "summit in Asmara on Thursday.", published=datetime(2024, 10, 12, 10))
    people = {p.name: p.country for m in found for p in m.participants}
    assert "Hun Manet" in people and people.get("Hassan Sheikh Mohamud") == "SOM"


def test_a_gathering_suspended_is_put_off_on_the_day_and_in_the_town_its_relative_clause_gives():
    found = mentions("The summit of the Andean Community that was due to take place in Quito next Wednesday has been "
                     "suspended, the foreign ministry said on Friday.", published=datetime(2022, 12, 9, 18))
    assert [(m.kind, m.status, m.date, m.location.place if m.location else None) for m in found] == \
        [("summit", "postponed", "2022-12-14", "Quito")]


def test_a_grouping_s_summit_named_by_the_first_word_of_its_name_is_its_summit():
    assert same_series("Arab summit", "ARAB_LEAGUE summit") and same_series("Gulf summit", "GCC summit")
    assert not same_series("Arab summit", "GCC summit")


def test_a_reuters_spelling_of_iran_s_foreign_minister_is_the_same_person():
    assert same_person("Abbas Araqchi", "Abbas Araghchi")
