"""A call read from "called X", with a phrase set off after it; "stop" used as a verb is no
visit. Sentences written for these tests; publication Wednesday 27 November 2024."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article


def events(*paragraphs: str):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs),
                                  published=datetime(2024, 11, 27, 20)))


def test_called_a_leader_with_a_phrase_set_off_after_it_is_a_call():
    [call] = events("Mexican President Claudia Sheinbaum called Donald Trump on Nov. 7 to congratulate him, "
                    "a conversation she described as cordial.")
    assert (call.kind, call.date, call.status) == ("call", "2024-11-07", "held")
    assert {p.name for p in call.participants} == {"Claudia Sheinbaum", "Donald Trump"}


def test_calling_someone_a_name_is_no_call():
    assert events("Mexican President Claudia Sheinbaum called Donald Trump a friend of Mexico on Monday.") == []


def test_stop_as_a_verb_is_no_visit():
    found = events("President-elect Donald Trump said Wednesday that he spoke with Mexican President Claudia Sheinbaum.",
                   "\"She has agreed to stop migration through Mexico, and into the United States,\" Trump wrote.")
    assert not any(m.kind == "visit" for m in found)
    [visit] = events("Chinese Foreign Minister Wang Yi made a stop in Tonga on Tuesday.")
    assert (visit.kind, visit.location.country) == ("visit", "TON")


def test_each_callee_takes_the_day_named_with_it():
    found = extract_events(Article(id="t", origin="t.txt", title="T", published=datetime(2025, 6, 22, 9), paragraphs=[
        "President Lee Jae-myung of South Korea spoke with Trump by phone on June 6.",
        "He also held phone talks with Japanese Prime Minister Shigeru Ishiba on June 9 and with Chinese President "
        "Xi Jinping the following day, during which he invited Xi to visit in the fall."]))
    days = {tuple(sorted(m.countries)): m.date for m in found if m.kind == "call"}
    assert days == {("KOR", "USA"): "2025-06-06", ("JPN", "KOR"): "2025-06-09", ("CHN", "KOR"): "2025-06-10"}


def test_will_be_in_a_place_is_a_trip_there():
    found = events("Chinese President Xi Jinping will be in Astana on Wednesday for talks with President "
                   "Kassym-Jomart Tokayev.", "The decision will be in the interest of both countries, Russian Foreign "
                   "Minister Sergei Lavrov said.")
    [visit] = [m for m in found if m.kind == "visit"]
    assert (visit.location.place, visit.status, [p.name for p in visit.participants]) == (
        "Astana", "scheduled", ["Xi Jinping"])


def test_visiting_a_person_is_meeting_him():
    found = events("Argentine President Javier Milei, who visited Donald Trump at Mar-a-Lago on Thursday, will attend "
                   "the G20 summit in Rio de Janeiro.")
    [meeting] = [m for m in found if m.kind == "meeting"]
    assert ([p.name for p in meeting.participants], meeting.location.place) == (
        ["Javier Milei", "Donald Trump"], "Mar-a-Lago")
    assert not any(m.kind == "visit" for m in found)


def test_due_in_a_town_is_a_plan_even_after_a_clause_in_the_past():
    found = extract_events(Article(id="t", origin="t.txt", title="T", published=datetime(2023, 9, 20, 23), paragraphs=[
        "Kenyan President William Ruto, who spoke at the assembly on Sept. 19, is due in Ottawa on Sept. 22 for talks with "
        "Prime Minister Justin Trudeau."]))
    trip = next(m for m in found if m.kind == "visit")
    assert (trip.status, trip.date) == ("scheduled", "2023-09-22")


def test_called_a_titled_leader_to_offer_help_is_a_call():
    found = events("Greek Prime Minister Kyriakos Mitsotakis called Turkish President Recep Tayyip Erdogan on Monday "
                   "to offer help after the earthquake.")
    assert [(m.kind, sorted(m.countries)) for m in found] == [("call", ["GRC", "TUR"])]


def test_called_his_counterpart_is_a_call():
    found = events("Greek Foreign Minister Nikos Dendias also called his Turkish counterpart Mevlut Cavusoglu on Monday.")
    assert [(m.kind, sorted(m.countries)) for m in found] == [("call", ["GRC", "TUR"])]


def test_a_document_called_by_a_name_is_no_call():
    found = events("Japanese Prime Minister Fumio Kishida and President Yoon Suk Yeol issued a statement called "
                   "\"The Spirit of Friendship\" after their summit.")
    assert not [m for m in found if m.kind == "call"]


def test_a_tour_that_will_also_take_him_to_states_plans_a_visit_to_each():
    found = events("French President Emmanuel Macron arrived in Gabon on Wednesday, the first leg of a tour that will "
                   "also take him to Angola and the Republic of Congo.")
    legs = {m.location.country: m for m in found if m.kind == "visit" and m.location}
    assert {"AGO", "COG"} <= set(legs)
    assert legs["AGO"].status == "scheduled" and legs["AGO"].date is None


def test_a_visit_that_will_take_him_to_two_states_is_under_way_in_the_first():
    found = events("Indian Prime Minister Narendra Modi left for Bangkok on Wednesday on the first leg of a two-nation "
                   "visit that will take him to Thailand and Sri Lanka.")
    legs = {m.location.country: m for m in found if m.kind == "visit" and m.location}
    assert legs["LKA"].status == "scheduled"
    assert legs["THA"].status != "scheduled"


def test_a_tour_of_a_region_that_has_taken_him_to_states_made_earlier_visits_to_each():
    # the stops named after "a tour of <region> that has also taken him to" came before the report:
    # held, not dated to the report's day, and not made by the host met at today's stop
    found = events("Japanese Foreign Minister Yoko Kamikawa on Monday held talks with President Cyril Ramaphosa "
                   "in Pretoria, the third stop of a tour of Africa that has also taken her to Nigeria and Ghana.")
    legs = {m.location.country: m for m in found if m.kind == "visit" and m.location}
    assert {"NGA", "GHA"} <= set(legs)
    for leg in (legs["NGA"], legs["GHA"]):
        assert leg.status == "held" and leg.date is None
        assert [p.name for p in leg.participants] == ["Yoko Kamikawa"]


def test_talks_in_a_where_clause_after_a_place_are_held_there_on_the_day_of_the_travel():
    found = events("Omani Foreign Minister Badr Albusaidi travelled on Sunday to Tunis, where he held talks with "
                   "President Kais Saied on regional security.")
    talks = next(m for m in found if m.kind == "meeting")
    assert talks.location.place == "Tunis"
    assert talks.date == "2024-11-24"
    found = events("Chilean President Gabriel Boric is due in Ottawa on Thursday, flying in from Mexico City, where "
                   "he met Mexican President Claudia Sheinbaum on Monday.")
    met = next(m for m in found if m.kind == "meeting" and "MEX" in m.countries)
    assert met.location.place == "Mexico City"


def test_a_list_of_inviters_hosts_a_visit_to_the_states_counted_after_it():
    # the inviters, up to the one after "and", are hosts, not travellers; "the three countries"
    # are the three states named, not the traveller's; one visit to each
    found = events("China and Egypt marked ties on Monday, China's foreign ministry said of Egypt.",
                   "At the invitation of Foreign Minister of Kenya Musalia Mudavadi, Minister of External Relations "
                   "of Angola Tete Antonio and Foreign Minister of Ghana Samuel Okudzeto Ablakwa, Foreign Minister "
                   "Wang Yi will visit the three countries from December 2 to 8.")
    visits = {m.location.country: m for m in found if m.kind == "visit" and m.location}
    assert set(visits) == {"KEN", "AGO", "GHA"}
    assert all([p.name for p in v.participants] == ["Wang Yi"] for v in visits.values())


def test_an_apposition_with_and_after_the_traveller_is_no_inviter():
    found = events("At the invitation of the host countries, Wang Yi, member of the Political Bureau and Chinese "
                   "foreign minister, will pay official visits to Kenya and Ghana from December 2 to 8.")
    visits = [m for m in found if m.kind == "visit"]
    assert visits and all("Wang Yi" in [p.name for p in v.participants] for v in visits)


def test_an_itinerary_of_states_each_with_its_days_is_a_visit_to_each():
    found = events("Xi will be in Kazakhstan from December 2 to 3, in Uzbekistan from December 3 to 5 and in "
                   "Turkmenistan from December 5 to 6, the spokesperson said.")
    legs = {m.location.country: m.date for m in found if m.kind == "visit" and m.location}
    assert legs == {"KAZ": "2024-12-02/2024-12-03", "UZB": "2024-12-03/2024-12-05", "TKM": "2024-12-05/2024-12-06"}


def test_the_leaders_of_named_states_are_not_the_storys_leaders():
    found = events("Kenyan President William Ruto on Monday held a phone call with Tanzanian President Samia Suluhu Hassan.",
                   "The call came two days after Ruto hosted the leaders of Ethiopia and Somalia in Nairobi.")
    hosted = next(m for m in found if m.kind == "meeting")
    assert [p.name for p in hosted.participants] == ["William Ruto"]
    assert set(hosted.countries) == {"KEN", "ETH", "SOM"}


def test_a_delay_told_after_a_fronted_following_phrase_is_not_the_calls():
    [call] = events("Trump said on Monday that, following a phone call with Canadian Prime Minister Justin Trudeau, "
                    "the new duties on Canada would be delayed for a month.")
    assert call.kind == "call" and call.status != "postponed"


def test_the_two_leaders_are_the_pair_of_leaders_just_named():
    found = events("Bangladesh's Chief Adviser Muhammad Yunus and Pakistani Prime Minister Shehbaz Sharif flew in.",
                   "Egyptian President Abdel Fattah al-Sisi hosted Turkish President Recep Tayyip Erdogan at the "
                   "summit in Cairo on Thursday.",
                   "Yunus and Shehbaz Sharif had met in New York in September.",
                   "The two leaders had earlier talked over the telephone in late August.")
    calls = [m for m in found if m.kind == "call"]
    assert len(calls) == 1
    assert {p.name for p in calls[0].participants} == {"Muhammad Yunus", "Shehbaz Sharif"}
    assert set(calls[0].countries) == {"BGD", "PAK"}


def test_a_year_naming_another_thing_does_not_date_the_event():
    from summitry.events.arguments import dates_another_thing
    from summitry.events.triggers import find_triggers
    from summitry.model import Timex
    text = ("Greek Foreign Minister Giorgos Gerapetritis and Albanian Foreign Minister Igli Hasani signed on Monday "
            "in Athens the protocol from the third session of the Joint Commission under the 2019 Treaty of Friendship.")
    session = next(d for d in find_triggers(text) if d.trigger == "session")
    year = text.index("2019")
    assert dates_another_thing(text, Timex(year, year + 4, "2019", "DATE", "2019"), session)
    text = "Leaders of Peru and Chile met at the 2023 Asia-Pacific Economic Cooperation (APEC) summit in San Francisco."
    summit = next(d for d in find_triggers(text) if d.kind == "summit")
    year = text.index("2023")
    assert not dates_another_thing(text, Timex(year, year + 4, "2023", "DATE", "2023"), summit)


def test_a_summit_attended_after_talks_is_attended_by_the_one_who_held_them():
    found = events("Japanese Prime Minister Shigeru Ishiba arrived in Canberra on Wednesday.",
                   "He flew in from Wellington, where he held talks with New Zealand Prime Minister Christopher Luxon "
                   "on Tuesday after attending the Pacific Islands Forum summit in Apia.")
    summit = next(m for m in found if m.kind == "summit")
    assert [p.name for p in summit.participants][:1] == ["Shigeru Ishiba"]
