"""Rules found on the stand-in sets of session 17 (France with Africa and Asia, the Caribbean,
Germany with the South, Southern Africa, Canada, the Holy See, Saudi Arabia, Indonesia, Mongolia and
Kazakhstan, Qatar and the UAE, Turkey, Iraq, New Zealand). Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_events_round31 import mentions

from summitry.actors.countries import find_countries
from summitry.actors.places import find_places


def test_a_welcome_in_a_when_clause_takes_the_time_the_clause_hangs_on():
    found = mentions("Officials in Lusaka said the mood was far from March 2023, when Joe Biden welcomed "
                     "Hakainde Hichilema at the White House to talk about debt relief.",
                     published=datetime(2025, 6, 2, 9))
    assert [(m.kind, m.date) for m in found] == [("meeting", "2023-03")]


def test_someone_who_has_yet_to_visit_a_country_makes_no_visit():
    found = mentions("Lamola hopes to keep talking with Secretary of State Marco Rubio, who has yet to visit South Africa.",
                     published=datetime(2025, 5, 22, 9))
    assert [m for m in found if m.kind == "visit"] == []


def test_a_trip_in_a_since_clause_goes_to_the_states_it_names_not_the_story_place():
    found = mentions("LUANDA - The stop in Luanda will be the first by a sitting US president to the region "
                     "since Barack Obama travelled to Kenya and Ethiopia in 2015.",
                     published=datetime(2024, 12, 1, 9))
    obama = sorted((m.location.country if m.location else None, m.date) for m in found
                   if any(p.name == "Barack Obama" for p in m.participants))
    assert obama == [("ETH", "2015"), ("KEN", "2015")]


def test_a_conference_centre_is_a_building_not_a_conference():
    found = mentions("Indian Prime Minister Narendra Modi spoke to Caribbean leaders at the Arthur Chung Conference Centre on Wednesday.",
                     published=datetime(2024, 11, 21, 9))
    assert [m for m in found if m.kind == "forum"] == []
    held = mentions("The Arthur Chung Conference opened in Georgetown on Wednesday.", published=datetime(2024, 11, 21, 9))
    assert [m.kind for m in held] == ["forum"]


def test_a_town_whose_name_runs_on_is_that_town_not_a_namesake_capital():
    assert [(p, c) for _, _, p, c in find_places("The leaders met at Victoria Falls on Saturday.")] == \
        [("Victoria Falls", "ZWE")]


def test_a_state_that_built_a_thing_is_no_party():
    text = "The summit was held at the new Chinese-built parliament outside the capital."
    assert [c.codes for c in find_countries(text)] == []
    assert [c.codes for c in find_countries("The Chinese delegation arrived on Friday.")] == [("CHN",)]


def test_capitals_at_the_ends_of_a_route_are_no_governments():
    assert find_countries("The two sides signed documents on the Budapest-Belgrade railway.") == []
    assert [c.codes for c in find_countries("Budapest and Belgrade signed a railway deal.")] == [("HUN",), ("SRB",)]


def test_people_at_large_travelling_make_no_state_visit():
    found = mentions("Scholz and Modi agreed to make it easier for skilled Indian workers to come to Germany.",
                     published=datetime(2024, 10, 26, 9))
    assert [m for m in found if m.kind == "visit"] == []


def test_during_his_stay_is_the_trip_of_the_one_who_stays():
    found = mentions("French President Emmanuel Macron will pay a state visit to Vietnam from May 25 to 27.",
                     "It comes seven months after Party General Secretary To Lam paid an official visit to France in October 2024.",
                     "During his stay, the French President is scheduled to meet Prime Minister Pham Minh Chinh.",
                     published=datetime(2025, 5, 23, 9))
    meeting = next(m for m in found if m.kind == "meeting")
    assert (meeting.date, meeting.location.country) == ("2025-05-25/2025-05-27", "VNM")


def test_a_list_of_leaders_each_met_in_his_own_state_is_one_meeting_each():
    found = mentions("Rubio will meet President Nayib Bukele in El Salvador, President Rodrigo Chaves in San José "
                     "and President Bernardo Arévalo in Guatemala, the department said.",
                     published=datetime(2025, 1, 30, 9))
    meetings = sorted((m.location.country, [p.name for p in m.participants][-1]) for m in found if m.kind == "meeting")
    assert meetings == [("CRI", "Rodrigo Chaves"), ("GTM", "Bernardo Arévalo"), ("SLV", "Nayib Bukele")]


def test_the_day_of_departure_is_the_first_stop_s_only():
    found = mentions("Prime Minister Narendra Modi will leave on Saturday for a visit to Nigeria, Brazil and Guyana.",
                     published=datetime(2024, 11, 15, 9))
    days = dict((m.location.country, m.date) for m in found if m.kind == "visit")
    assert days["NGA"] == "2024-11-16" and days["BRA"] != "2024-11-16" and days["GUY"] != "2024-11-16"
    both = mentions("Scholz will head to the United Arab Emirates and Qatar on Sunday.", published=datetime(2022, 9, 22, 9))
    assert sorted((m.location.country, m.date) for m in both if m.kind == "visit") == \
        [("ARE", "2022-09-25"), ("QAT", "2022-09-25")]


def test_what_was_done_where_the_traveller_came_from_is_not_dated_by_the_arrival():
    found = mentions("Macron arrived in Jakarta late on Tuesday from Vietnam, where he met Communist Party chief To Lam.",
                     published=datetime(2025, 5, 28, 9))
    meeting = next(m for m in found if m.kind == "meeting")
    visit = next(m for m in found if m.kind == "visit")
    assert meeting.date != "2025-05-27"
    assert "VNM" not in visit.countries and visit.location.country == "IDN"


def test_to_be_in_a_place_is_a_visit_and_to_be_in_place_is_none():
    found = mentions("Trudeau is scheduled to be in Tokyo on Monday and Tuesday.", published=datetime(2022, 9, 22, 9))
    assert [(m.kind, m.date, m.location.place) for m in found] == [("visit", "2022-09-26/2022-09-27", "Tokyo")]
    assert mentions("The deal is expected to be in place by March.", published=datetime(2022, 9, 22, 9)) == []


def test_a_tour_from_a_day_starts_on_that_day_at_its_first_stop():
    found = mentions("Prime Minister Fumio Kishida will visit France, Italy, Britain and Canada from Monday, the government said.",
                     published=datetime(2023, 1, 6, 9))
    days = dict((m.location.country, m.date) for m in found if m.kind == "visit")
    assert days["FRA"] == "2023-01-09" and "2023-01-09" not in (days["ITA"], days["GBR"], days["CAN"])


def test_talks_with_leaders_each_in_his_capital_are_one_meeting_each():
    found = mentions("Kishida is to hold talks with French President Emmanuel Macron in Paris, Italian Prime Minister "
                     "Giorgia Meloni in Rome and British Prime Minister Rishi Sunak in London.",
                     published=datetime(2023, 1, 6, 9))
    assert sorted(m.location.place for m in found if m.kind == "meeting") == ["London", "Paris", "Rome"]


def test_a_private_visit_is_no_state_visit():
    found = mentions("Prime Minister Shehbaz Sharif wrapped up his visit to the kingdom on Thursday and left for London "
                     "on a private visit.",
                     published=datetime(2025, 9, 19, 9))
    assert [m.location.place for m in found if m.kind == "visit" and m.location] != ["London"]
    assert not any(m.location and m.location.country == "GBR" for m in found)


def test_the_day_an_agreement_was_described_is_not_its_day():
    found = mentions("Defence Minister Khawaja Asif on Thursday described the defence agreement signed with Saudi Arabia "
                     "as purely defensive.", published=datetime(2025, 9, 19, 9))
    assert [m.date for m in found if m.kind == "agreement"] in ([], [None])


def test_a_hijri_month_is_no_person():
    found = mentions("President Xi Jinping will pay a state visit to Saudi Arabia from Wednesday to Friday, "
                     "14-16 Jumada Al-Awwal 1444.", published=datetime(2022, 12, 6, 9))
    assert [p.name for m in found for p in m.participants] == ["Xi Jinping"]


def test_during_the_visit_is_the_trip_to_come_not_one_long_past():
    found = mentions("Prime Minister Narendra Modi will travel to Saudi Arabia on Tuesday for a two-day visit.",
                     "Modi last visited Riyadh in April 2016, when he met King Salman.",
                     "During the visit, the two leaders will co-chair a meeting of the Strategic Partnership Council.",
                     published=datetime(2025, 4, 20, 9))
    assert sorted(m.date for m in found if m.kind == "meeting") == ["2016-04", "2025-04-22"]


def test_where_a_traveller_leaving_on_a_day_will_meet_someone_is_not_that_day():
    found = mentions("Prabowo, who arrived on Friday, is scheduled to leave China on Sunday for Washington, where he is "
                     "expected to meet President Joe Biden before heading to the APEC summit in Peru.",
                     published=datetime(2024, 11, 9, 9))
    assert [m.date for m in found if m.kind == "meeting"] != ["2024-11-10"]


def test_holy_saturday_is_the_day_before_easter():
    found = mentions("Vance met Secretary of State Cardinal Pietro Parolin on Holy Saturday at the Vatican.",
                     published=datetime(2025, 4, 22, 9))
    meeting = next(m for m in found if m.kind == "meeting")
    assert meeting.date == "2025-04-19"
    assert meeting.location.country == "VAT"
    assert "Pietro Parolin" in [p.name for p in meeting.participants]


def test_an_adjective_of_birthplace_is_no_part_of_a_name():
    found = mentions("The Chicago-born Robert Prevost spoke with Zelensky by phone on Monday.", published=datetime(2025, 5, 20, 9))
    assert "Chicago-born Robert Prevost" not in [p.name for m in found for p in m.participants]


def test_another_name_of_a_known_person_is_recorded_under_the_known_name():
    found = mentions("Robert Prevost spoke with Ukrainian President Volodymyr Zelensky by phone on Monday.",
                     published=datetime(2025, 5, 20, 9))
    assert [p.name for m in found for p in m.participants][:1] == ["Leo XIV"]


def test_talks_named_as_the_purpose_of_meeting_two_leaders_are_those_meetings():
    found = mentions("Kishida is expected to meet Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat "
                     "Mirziyoyev for bilateral talks.", published=datetime(2024, 8, 5, 9))
    meetings = [sorted(p.name for p in m.participants) for m in found if m.kind == "meeting"]
    assert sorted(meetings) == [["Fumio Kishida", "Kassym-Jomart Tokayev"], ["Fumio Kishida", "Shavkat Mirziyoyev"]]


def test_a_sitting_president_spoken_of_in_general_is_no_one_in_office():
    found = mentions("Ramaphosa last met a sitting US president at the White House in September 2022, when Joe Biden "
                     "hosted him for talks.", published=datetime(2025, 5, 16, 9))
    assert "Donald Trump" not in [p.name for m in found for p in m.participants]


def test_the_most_senior_visitor_in_seven_years_is_no_date_seven_years_ahead():
    from summitry.time import tag
    found = tag("Wang Yi will arrive on Sunday, the most senior Chinese official to come here in seven years.",
                datetime(2024, 3, 14).date())
    assert [(t.text, t.type) for t in found if "years" in t.text] == [("seven years", "DURATION")]


def test_a_call_that_could_take_place_is_proposed():
    found = mentions("A Brazilian official said Lula's call with Chinese President Xi Jinping could take place in the "
                     "coming days, but no date had been set.", published=datetime(2025, 8, 8, 9))
    assert [(m.kind, m.status) for m in found] == [("call", "proposed")]


def test_a_meeting_coordinated_with_an_arrival_is_where_the_traveller_arrived():
    found = mentions("ERBIL - Turkish President Recep Tayyip Erdogan arrived in Erbil on Monday evening after concluding "
                     "talks in Baghdad, and met Iraqi President Abdul Latif Rashid.",
                     published=datetime(2024, 4, 23, 9))
    meeting = next(m for m in found if m.kind == "meeting" and any(p.name == "Abdul Latif Rashid" for p in m.participants))
    assert meeting.location.place == "Erbil"


def test_meeting_business_executives_is_no_talks_between_states():
    from test_events_round29 import drafts
    text = ("President William Ruto arrived in the US on Monday, starting his state visit in Atlanta, where he "
            "toured Emory University and met executives of Coca-Cola and Delta.")
    assert [d for d in drafts(text, datetime(2024, 5, 21).date()) if d.kind == "meeting"] == []
