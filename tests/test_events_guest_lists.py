"""Lists of people met: each guest named with a title of his own is a guest, not the office of
the name before ("met Xi Jinping, Turkish President ..."); side meetings on the eve of a summit are
bilateral; a trip to several towns "to meet A, B and C" meets each at his own stop. A Lusophone
"Vila" in a name is no capital. Sentences written for these tests; publication Thursday 4 July 2024."""

from __future__ import annotations

from datetime import datetime

from summitry.actors import analyze_actors
from summitry.events import extract_events
from summitry.language import split_sentences
from summitry.model import Article

PUB = datetime(2024, 7, 4, 9, 0)


def events(*paragraphs: str):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=PUB))


def people(text: str):
    actors = analyze_actors(split_sentences(text), None)
    return {m.person.name: m.person for m in actors.mentions(0) if m.kind == "person" and m.person}


def test_a_titled_name_after_a_comma_is_the_next_guest_not_an_office():
    found = people("Putin met Xi Jinping, Turkish President Recep Tayyip Erdogan and Pakistani Prime Minister "
                   "Shehbaz Sharif in Astana.")
    assert found["Xi Jinping"].country == "CHN"
    assert "Turkish" not in (found["Xi Jinping"].role or "")


def test_meetings_on_the_eve_of_a_summit_are_bilateral():
    found = events("On the eve of the summit, Russian President Vladimir Putin met Chinese President Xi Jinping, "
                   "Turkish President Recep Tayyip Erdogan and Pakistani Prime Minister Shehbaz Sharif in Astana.")
    meetings = {tuple(sorted(m.countries)) for m in found if m.kind == "meeting"}
    assert {("CHN", "RUS"), ("RUS", "TUR"), ("PAK", "RUS")} <= meetings
    assert not any(len(m.countries) > 2 for m in found if m.kind == "meeting")


def test_a_trip_to_several_towns_to_meet_several_leaders_meets_each_at_his_stop():
    found = events("Danish Prime Minister Mette Frederiksen will travel to Berlin and Paris on Friday to meet "
                   "German Chancellor Olaf Scholz and French President Emmanuel Macron, her office said.")
    where = {tuple(sorted(m.countries)): m.location.place for m in found if m.kind == "meeting" and m.location}
    assert where == {("DEU", "DNK"): "Berlin", ("DNK", "FRA"): "Paris"}


def test_respectively_pairs_each_guest_with_his_stop():
    found = events("Hungarian Prime Minister Viktor Orban travelled to Kyiv and Moscow, where he met Ukrainian "
                   "President Volodymyr Zelensky and Russian President Vladimir Putin respectively.")
    where = {tuple(sorted(m.countries)): m.location.place for m in found if m.kind == "meeting" and m.location}
    assert where == {("HUN", "UKR"): "Kyiv", ("HUN", "RUS"): "Moscow"}


def test_vila_in_a_persons_name_is_no_capital():
    found = events("President Carlos Vila Nova of Sao Tome and Principe received Brazilian President Luiz Inacio "
                   "Lula da Silva in Sao Tome on Sunday.")
    assert all("VUT" not in m.countries for m in found)


def test_a_verb_after_a_names_comma_opens_its_predicate_not_an_office():
    found = people("Prime Minister Abiy Ahmed and the President of Somalia, Hassan Sheikh Mohamud, have agreed on a "
                   "declaration after talks hosted by Turkish President Recep Tayyip Erdogan in Ankara.")
    assert found["Hassan Sheikh Mohamud"].country == "SOM"
    assert found["Hassan Sheikh Mohamud"].role == "President"


def test_a_relative_clause_after_a_name_still_tells_his_office():
    found = people("Li Wei, who served as China's ambassador to Moscow for ten years, will also travel to Poland.")
    assert found["Li Wei"].country == "CHN"


def test_talks_after_a_sidelines_phrase_without_a_comma_keep_their_subject():
    found = events("US President Joe Biden arrived in Jeddah on Friday.",
                   "On the sidelines of the summit Biden held talks with Egyptian President Abdel Fattah al-Sisi.")
    talks = next(m for m in found if m.kind == "meeting")
    assert {"Joe Biden", "Abdel Fattah al-Sisi"} <= {p.name for p in talks.participants}


def test_with_whom_he_discussed_restates_the_talks():
    found = events("US President Joe Biden held talks with Egyptian President Abdel Fattah al-Sisi, with whom he "
                   "discussed food security and the war in Ukraine.")
    meetings = [m for m in found if m.kind == "meeting"]
    assert len(meetings) == 1 and sorted(meetings[0].countries) == ["EGY", "USA"]


def test_a_side_meeting_is_not_the_gathering_it_was_held_at():
    found = events("US President Joe Biden arrived in Jeddah on Friday.",
                   "On the sidelines of the summit, Biden held talks with Egyptian President Abdel Fattah al-Sisi.")
    assert any(m.kind == "meeting" and sorted(m.countries) == ["EGY", "USA"] for m in found)


def test_stops_written_town_comma_state_and_parted_by_semicolons_are_each_a_visit():
    found = events("Secretary of State Marco Rubio will travel to Kingston, Jamaica; Georgetown, Guyana; and "
                   "Paramaribo, Suriname, next week.")
    towns = {m.location.place for m in found if m.kind == "visit" and m.location}
    assert towns == {"Kingston", "Georgetown", "Paramaribo"}


def test_a_leader_of_no_stated_state_met_in_a_foreign_town_leads_that_towns_state():
    found = events("Secretary of State Marco Rubio will travel to Guyana next week.",
                   "In Georgetown, Rubio will meet with President Mohamed Irfaan Ali to discuss energy.")
    talks = next(m for m in found if m.kind == "meeting")
    assert sorted(talks.countries) == ["GUY", "USA"]
