"""Rules found on the stand-in sets of session 18 (Singapore, Vietnam, the Low Countries with Austria
and Switzerland, European monarchs' state visits). Sentences written for these tests."""

from __future__ import annotations

from datetime import date, datetime

from test_events_round29 import drafts
from test_events_round31 import mentions

from summitry.time import tag


def test_calling_on_a_dignitary_is_a_meeting_not_a_phone_call():
    found = mentions("During the visit, the Thai premier also called on President Tharman Shanmugaratnam and met "
                     "Foreign Minister Vivian Balakrishnan.", published=datetime(2024, 5, 9, 10))
    assert "call" not in [m.kind for m in found]
    assert any(m.kind == "meeting" and "Tharman Shanmugaratnam" in [p.name for p in m.participants] for m in found)


def test_a_weekday_is_not_turned_by_the_verb_of_another_date_s_clause():
    # "traveled" tells March 2021, not Thursday: published on a Monday, the talks are three days ahead
    text = ("The high point comes on Thursday, when the two premiers hold their first summit since March 2021, "
            "when the previous premier traveled to Rome.")
    assert [t.value for t in tag(text, date(2025, 6, 2))] == ["2025-06-05", "2021-03"]


def test_calling_on_an_office_holder_named_after_a_long_title_is_a_meeting_with_him():
    found = mentions("Foreign Minister Ishaq Dar on Sunday called on Chief Adviser of Bangladesh's interim government "
                     "Professor Muhammad Yunus and handed over a letter from his prime minister.",
                     published=datetime(2025, 8, 24, 18))
    assert [(m.kind, m.date, sorted(p.name for p in m.participants)) for m in found] == \
        [("meeting", "2025-08-24", ["Ishaq Dar", "Muhammad Yunus"])]


def test_a_given_name_cut_short_after_a_title_is_no_person_of_its_own():
    found = mentions("Later, Ishaq Dar held talks with Foreign Affairs Adviser Md. Touhid Hossain in Dhaka.",
                     published=datetime(2025, 8, 24, 18))
    assert [sorted(p.name for p in m.participants) for m in found if m.kind == "meeting"] == \
        [["Ishaq Dar", "Touhid Hossain"]]


def _kinds(found):
    return [(m.kind, m.date, m.location.place if m.location else None, sorted(m.countries)) for m in found]


def test_talks_at_a_residence_outside_a_capital_are_placed_at_that_capital():
    found = mentions("Austrian Chancellor Karl Nehammer met Vladimir Putin on Monday at a residence outside Moscow for talks he "
                     "later called blunt.", published=datetime(2022, 4, 12, 9))
    assert [(m.kind, m.location.place) for m in found if m.kind == "meeting"] == [("meeting", "Moscow")]


def test_a_where_clause_after_a_palace_takes_its_town_and_the_sentence_s_opening_day():
    found = mentions("On Wednesday, President Sergio Mattarella received the Dutch king at the Quirinale palace, where "
                     "the two heads of state held talks before a state lunch.", published=datetime(2024, 5, 24, 9))
    talks = [m for m in found if m.kind == "meeting"]
    assert [(m.date, m.location.place) for m in talks] == [("2024-05-22", "Rome")]


def test_a_visit_starting_on_a_weekday_begins_that_day_and_the_next_leg_is_a_visit_of_its_own():
    found = mentions("Russian President Vladimir Putin will pay a two-day visit to North Korea starting on Tuesday and "
                     "then go on to Vietnam, the Kremlin said on Monday, a trip that takes him to two old partners as "
                     "the war in Ukraine keeps him away from Europe.", published=datetime(2024, 6, 17, 9))
    visits = [(m.date, sorted(m.countries)) for m in found if m.kind == "visit"]
    assert ("2024-06-18", ["PRK", "RUS"]) in visits
    assert any(countries == ["RUS", "VNM"] for _, countries in visits)
    assert not any("UKR" in countries for _, countries in visits)


def test_a_day_hung_on_the_length_of_a_meeting_dates_it():
    text = "Wang Yi later met Prime Minister Christopher Luxon at the Beehive for about 40 minutes this afternoon."
    assert [d.date for d in drafts(text, date(2024, 3, 18)) if d.kind == "meeting"] == ["2024-03-18"]


def test_a_call_on_a_leader_and_a_meeting_with_business_people_are_two_events():
    found = mentions("Wang Yi is also expected to call on Prime Minister Christopher Luxon and meet business leaders "
                     "in Auckland before flying to Australia.", published=datetime(2024, 3, 15, 9))
    with_luxon = [m for m in found if m.kind == "meeting" and "Christopher Luxon" in [p.name for p in m.participants]]
    assert len(with_luxon) == 1 and with_luxon[0].location is None


def test_a_state_named_as_what_the_stops_are_at_odds_with_is_no_stop():
    found = mentions("Raisi is due to travel on to Nicaragua on Tuesday and then to Cuba, two other countries at odds "
                     "with Washington, according to Iranian state media.", published=datetime(2023, 6, 12, 9))
    assert sorted(tuple(sorted(m.countries)) for m in found if m.kind == "visit") == [("CUB", "IRN"), ("IRN", "NIC")]


def test_a_palazzo_is_no_person_and_puglia_is_apulia():
    from summitry.actors import analyze_actors
    from summitry.actors.places import find_places
    from summitry.language import split_sentences
    text = "The leaders gathered at Palazzo Madama before the summit in Puglia."
    actors = analyze_actors(split_sentences(text), when=date(2024, 1, 29))
    assert [m.text for m in actors.mentions(0) if m.kind == "person"] == []
    assert [(p, c) for _, _, p, c in find_places(text)] == [("Apulia", "ITA")]


def test_a_plan_of_the_past_that_would_have_been_a_first_did_not_happen():
    text = ("The premier had planned to fly to Nairobi for the forum, which would have been his first trip to "
            "the continent.")
    assert [d.status for d in drafts(text, date(2022, 8, 27)) if d.kind == "visit"][0] == "cancelled"


def test_he_after_a_companion_named_in_a_who_clause_is_the_visitor():
    text = ("The visitor, who is accompanied by Foreign Minister Hossein Amir-Abdollahian, came to Cuba from "
            "Nicaragua, where on Tuesday he was received by President Daniel Ortega in Managua.")
    met = [d for d in drafts(text, date(2023, 6, 15)) if d.kind == "meeting"]
    assert [[p.name for p in d.participants] for d in met] == [["Daniel Ortega"]]


def test_a_summit_of_the_forum_on_a_cooperation_is_named_in_full():
    text = ("Xi Jinping held talks with Bola Tinubu, who is in Beijing for the 2024 Summit of the Forum on "
            "China-Africa Cooperation.")
    summits = [d for d in drafts(text, date(2024, 9, 3)) if d.kind == "summit"]
    assert [d.trigger for d in summits] == ["Summit of the Forum on China-Africa Cooperation"]


def test_boats_that_arrive_somewhere_make_no_visit():
    text = ("Pedro Sánchez will visit Mauritania and Senegal, the main countries of departure of the cayucos that "
            "arrive in the Canary Islands.")
    assert [d.trigger for d in drafts(text, date(2024, 8, 26)) if d.kind == "visit"] == ["visit", "visit"]


def test_a_spokesman_who_confirms_a_meeting_is_not_in_it():
    text = "Kremlin spokesman Dmitry Peskov confirmed the meeting with Choe Son Hui, without giving details."
    met = [d for d in drafts(text, date(2024, 1, 16)) if d.kind == "meeting"]
    assert [[p.name for p in d.participants] for d in met] == [["Choe Son-hui"]]


def test_a_host_who_notes_that_his_guest_will_travel_is_no_traveller():
    text = ("Prime Minister Tusk welcomed India's readiness to help end the war, and noted that his guest will travel "
            "to Kyiv on the following day.")
    trips = [d for d in drafts(text, date(2024, 8, 22)) if d.kind == "visit"]
    assert [[p.name for p in d.participants] for d in trips] == [[]]


def test_he_who_said_he_would_travel_is_the_traveller():
    text = "Donald Trump praised the meeting and said he would travel to China in April."
    trips = [d for d in drafts(text, date(2025, 10, 30)) if d.kind == "visit"]
    assert [[p.name for p in d.participants] for d in trips] == [["Donald Trump"]]
