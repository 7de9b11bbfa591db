"""General reading rules of the events stage, on sentences written for these tests from
several regions. Publication is Wednesday 10 May 2023."""

from __future__ import annotations

from datetime import datetime

import pytest

from summitry.events import extract_events
from summitry.model import Article, EventMention, Location

PUB = datetime(2023, 5, 10, 9, 0)


def events(*paragraphs: str, published: datetime | None = PUB) -> list[EventMention]:
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=published))


def names(m: EventMention) -> list[str]:
    return [p.name for p in m.participants]


def of_kind(found: list[EventMention], kind: str) -> list[EventMention]:
    return [m for m in found if m.kind == kind]


def test_a_visits_participants_are_the_travellers_not_the_hosts():
    found = events("Ghanaian President Nana Akufo-Addo will pay a state visit to Nigeria next week at the "
                   "invitation of Nigerian President Bola Tinubu.")
    [visit] = of_kind(found, "visit")
    assert names(visit) == ["Nana Akufo-Addo"]
    assert set(visit.countries) == {"GHA", "NGA"}


def test_spoke_by_phone_with_two_leaders_is_two_calls():
    found = events("Kenyan President William Ruto spoke with Tanzanian President Samia Suluhu Hassan and "
                   "Ugandan President Yoweri Museveni by phone on Monday.")
    calls = of_kind(found, "call")
    assert sorted(sorted(c.countries) for c in calls) == [["KEN", "TZA"], ["KEN", "UGA"]]
    assert all(c.date == "2023-05-08" for c in calls)


def test_a_bare_call_with_someone_is_a_call():
    found = events("Chilean President Gabriel Boric said he had a long call with Argentine President "
                   "Alberto Fernandez on Monday.")
    [call] = of_kind(found, "call")
    assert set(call.countries) == {"CHL", "ARG"} and call.date == "2023-05-08"


def test_the_speaker_of_a_call_with_someone_took_part_in_it():
    found = events("Vietnamese Prime Minister Pham Minh Chinh says trade will grow after a phone call "
                   "with Japanese Prime Minister Fumio Kishida on Monday.")
    [call] = of_kind(found, "call")
    assert set(call.countries) == {"VNM", "JPN"}
    assert set(names(call)) == {"Pham Minh Chinh", "Fumio Kishida"}


def test_the_possessor_of_the_subject_took_part_in_the_talks():
    found = events("Lula's remarks came after a phone call with French President Emmanuel Macron on Monday.")
    [call] = of_kind(found, "call")
    assert set(call.countries) == {"BRA", "FRA"}


def test_states_that_agree_to_do_something_reach_an_agreement():
    found = events("Kenya and Ethiopia have agreed to reopen their border crossings next month.")
    [deal] = of_kind(found, "agreement")
    assert deal.type == "AGREE" and set(deal.countries) == {"KEN", "ETH"}


def test_agreeing_to_meet_is_no_agreement():
    found = events("Peru and Bolivia agreed to hold talks on the water dispute next month.",
                   "The two countries also agreed to \"carefully study\" the proposal.")
    assert of_kind(found, "agreement") == []


def test_an_agreement_reached_after_a_call_is_between_the_callers():
    found = events("Colombian President Gustavo Petro said that following a phone call with Venezuelan "
                   "President Nicolas Maduro on Monday, Venezuela has agreed to reopen the border.")
    [deal] = of_kind(found, "agreement")
    assert set(deal.countries) == {"COL", "VEN"} and deal.date == "2023-05-08"
    [call] = of_kind(found, "call")
    assert set(names(call)) == {"Gustavo Petro", "Nicolas Maduro"}


def test_signed_declarations_and_reached_agreements_are_agreements():
    found = events("Saudi Arabia and Qatar signed a joint declaration in Riyadh on Monday.",
                   "Japan and Vietnam reached agreements on maritime security when their leaders met on Tuesday.")
    deals = of_kind(found, "agreement")
    assert sorted(sorted(d.countries) for d in deals) == [["JPN", "VNM"], ["QAT", "SAU"]]


def test_a_summit_of_the_region_hosted_by_one_state_is_an_event():
    found = events("The Kenyan government said on Monday it will host the 5th Summit of the Great Lakes in October.")
    [summit] = of_kind(found, "summit")
    assert summit.series == "Summit of the Great Lakes"
    assert summit.countries == ["KEN"]


def test_a_council_of_ministers_is_a_meeting_and_its_postponement_a_status():
    found = events("Despite the postponement of the Spanish-Portuguese Council of Ministers, Spanish Prime "
                   "Minister Pedro Sanchez will travel to Lisbon on Friday.")
    council = [m for m in found if m.series and "Council of Ministers" in m.series]
    assert council and council[0].status == "postponed"


def test_the_capital_of_a_state_named_by_its_adjective_is_a_place():
    found = events("Indonesian President Joko Widodo arrived in the Malaysian capital on Monday for talks "
                   "with Malaysian Prime Minister Anwar Ibrahim.")
    [talks] = of_kind(found, "meeting")
    assert talks.location.country == "MYS" and talks.location.place == "Kuala Lumpur"


def test_he_refers_to_the_subject_of_the_sentence_before_not_to_its_last_name():
    found = events("Kenyan President William Ruto extended an invitation to Ugandan President Yoweri Museveni.",
                   "He arrived in Ethiopia on Monday for a state visit.")
    [visit] = of_kind(found, "visit")
    assert names(visit) == ["William Ruto"]


def test_a_quoted_speaker_is_the_subject_not_the_person_quoted():
    found = events("\"I invited President Museveni to Nairobi,\" Kenyan President William Ruto said.",
                   "He arrived in Ethiopia on Monday for a state visit.")
    [visit] = of_kind(found, "visit")
    assert names(visit) == ["William Ruto"]


def test_a_person_in_a_clause_of_their_own_is_no_party():
    found = events("Kenyan President William Ruto, who invited the Tanzanian leader to Nairobi last year, will "
                   "hold talks with Ugandan President Yoweri Museveni in Kampala next week.")
    [talks] = of_kind(found, "meeting")
    assert set(talks.countries) == {"KEN", "UGA"}


def test_a_summit_named_after_its_two_parties_is_no_series():
    found = events("Indian Prime Minister Narendra Modi will hold an India-Japan summit with Japanese Prime "
                   "Minister Fumio Kishida on Friday.")
    [summit] = of_kind(found, "summit")
    assert summit.series is None and set(summit.countries) == {"IND", "JPN"}


def test_a_summit_of_a_grouping_with_a_long_name_is_named_after_the_grouping():
    found = events("Brazilian President Lula will attend the 7th Summit of the Community of Latin American "
                   "and Caribbean States in Buenos Aires on Tuesday.")
    [summit] = of_kind(found, "summit")
    assert summit.series == "CELAC summit" and summit.location.place == "Buenos Aires"


def test_the_possessor_of_a_visit_or_an_arrival_is_the_traveller():
    found = events("Kenyan President William Ruto's state visit to Ghana ended on Monday.",
                   "Egyptian President Abdel Fattah al-Sisi's arrival in Amman was broadcast live.")
    visits = of_kind(found, "visit")
    assert sorted(names(v)[0] for v in visits) == ["Abdel Fattah al-Sisi", "William Ruto"]
    assert {v.location.country for v in visits} == {"GHA", "JOR"}


def test_a_visit_named_only_by_its_host_has_no_traveller_yet():
    found = events("The Brazilian president asked Argentina to postpone the state visit by the Chilean leader.")
    for visit in of_kind(found, "visit"):
        assert all(p.country != (visit.location.country if visit.location else None) for p in visit.participants)


def test_the_speaker_of_a_report_is_no_party_but_one_at_the_summit_is():
    found = events("Kuwaiti Foreign Minister Ahmad Nasser al-Sabah said that Kenyan President William Ruto "
                   "held a phone call with Ugandan President Yoweri Museveni on Monday.")
    [call] = of_kind(found, "call")
    assert set(call.countries) == {"KEN", "UGA"}
    found = events("At a summit in Nairobi in March, Ugandan President Yoweri Museveni acknowledged Kenya's concerns.")
    [summit] = of_kind(found, "summit")
    assert "Yoweri Museveni" in names(summit)


def test_an_undated_meeting_held_in_the_lead_is_the_news_of_the_day():
    found = events("Kenyan President William Ruto met Ugandan President Yoweri Museveni for talks in Kampala.",
                   "The two leaders discussed trade.",
                   "Ruto last visited Uganda on a trip that had been postponed twice.")
    [talks] = of_kind(found, "meeting")
    assert talks.date == "2023-05-10"
    assert all(v.date is None for v in of_kind(found, "visit"))  # later and undated: no day given


def test_a_city_that_begins_a_longer_name_is_no_venue():
    found = events("Ghanaian President Nana Akufo-Addo arrived at Kumasi International Airport in Accra on Monday "
                   "for a state visit.")
    locations = {m.location.place for m in found if m.location}
    assert "Kumasi" not in locations


def test_leaders_who_meet_at_a_summit_make_one_event_dated_by_the_main_clause():
    found = events("Vietnamese Prime Minister Pham Minh Chinh and Thai Prime Minister Srettha Thavisin pledged "
                   "closer ties on Monday as they met for the first time at a regional summit in Bangkok.")
    gatherings = [m for m in found if m.kind in ("meeting", "summit")]
    assert len(gatherings) == 1
    assert gatherings[0].date == "2023-05-08" and gatherings[0].location.place == "Bangkok"


def test_a_grouping_followed_by_countries_or_leaders_stands_for_its_members():
    found = events("The summit in Johannesburg on Tuesday brought together leaders of BRICS countries.")
    [summit] = of_kind(found, "summit")
    assert {"BRA", "RUS", "IND", "CHN", "ZAF"} <= set(summit.countries)


def test_what_happened_during_a_summit_dates_the_summit():
    found = events("Peru secured the bid to host the next summit during the fifth Andean Summit in Quito, Ecuador, "
                   "in March 2019.")
    past = [m for m in of_kind(found, "summit") if m.location and m.location.place == "Quito"]
    assert past and past[0].date == "2019-03" and past[0].status == "held"


def test_a_day_after_the_first_of_two_predicates_is_not_shared():
    found = events("The Chilean foreign minister met Bolivian Foreign Minister Rogelio Mayta on Monday and will "
                   "meet Peruvian Foreign Minister Ana Cecilia Gervasi in Lima.")
    later = [m for m in of_kind(found, "meeting") if "PER" in m.countries]
    assert later and later[0].date is None


def test_a_person_in_a_since_clause_is_no_party():
    found = events("Despite the postponement of the first joint cabinet session since Ugandan President Yoweri "
                   "Museveni stepped down as party chairman, Kenyan President William Ruto is set to travel to Kampala next week to meet "
                   "Ugandan Vice President Jessica Alupo.")
    assert found and all("Yoweri Museveni" not in names(m) for m in found)
    assert any("William Ruto" in names(m) for m in found)


def test_the_object_of_one_coordinated_verb_is_not_at_the_others_meeting():
    found = events("Mongolian President Ukhnaagiin Khurelsukh arrived in Seoul on Monday for a three-day visit.",
                   "He called on South Korean President Yoon Suk Yeol and met Prime Minister Han Duck-soo during "
                   "his visit.")
    meetings = of_kind(found, "meeting")
    assert sorted(sorted(names(m)) for m in meetings) == [["Han Duck-soo", "Ukhnaagiin Khurelsukh"],
                                                          ["Ukhnaagiin Khurelsukh", "Yoon Suk Yeol"]]


def test_a_subject_scheduled_to_take_place_on_a_day_takes_that_day():
    found = events("The summit of Mekong leaders was scheduled to take place on May 20, in the Lao capital of Vientiane.")
    [summit] = of_kind(found, "summit")
    assert summit.date == "2023-05-20" and summit.location.place == "Vientiane"


def test_the_speaker_named_by_a_pronoun_is_no_party():
    found = events("Malaysian Foreign Minister Zambry Abdul Kadir spoke to reporters on Monday.",
                   "He said the planned summit with Laos was cancelled.")
    assert all("Zambry Abdul Kadir" not in names(m) for m in found)


def test_people_a_later_reference_adds_bring_their_states():
    found = events("Kenyan President William Ruto will hold a summit in Nairobi on May 20.",
                   "The summit will bring together Ruto, Ethiopian Prime Minister Abiy Ahmed and Somali "
                   "President Hassan Sheikh Mohamud.")
    [summit] = of_kind(found, "summit")
    assert {"KEN", "ETH", "SOM"} <= set(summit.countries)


def test_a_landmark_is_no_person():
    found = events("Czech President Petr Pavel will welcome Slovak President Zuzana Caputova at Prague's "
                   "landmark Charles Bridge on Monday for a state visit.")
    assert all("Charles Bridge" not in names(m) for m in found)


def test_an_evaluative_adjective_does_not_name_a_summit():
    found = events("Pacific island leaders signed a declaration on Monday during a landmark summit in Fiji.",
                   "The leaders met for a high-stakes summit in Suva on Tuesday.")
    assert all(m.series is None for m in of_kind(found, "summit"))


def test_those_who_met_on_the_sidelines_of_a_summit_attended_it():
    found = events("Senegalese President Macky Sall met Gambian President Adama Barrow on the sidelines of the "
                   "ECOWAS summit in Abuja on Sunday.")
    [summit] = of_kind(found, "summit")
    assert set(names(summit)) == {"Macky Sall", "Adama Barrow"} and summit.date == "2023-05-07"


def test_a_side_meeting_that_may_take_place_says_nothing_of_who_attends_the_summit():
    found = events("Senegalese President Macky Sall may meet Gambian President Adama Barrow on the sidelines of "
                   "the ECOWAS summit in Abuja next month.")
    assert all(not names(m) for m in of_kind(found, "summit"))


def test_the_leads_meeting_in_an_undated_article_takes_the_datelines_day_and_place():
    art = Article(id="t", origin="t.txt", title="T", published=None, dateline="NAIROBI", dateline_day="XXXX-03-03",
                  paragraphs=["Kenya will build a rail link to Uganda, Kenyan President William Ruto said after "
                              "talks with Ugandan President Yoweri Museveni."])
    [talks] = of_kind(extract_events(art), "meeting")
    assert talks.date == "XXXX-03-03" and talks.location.place == "Nairobi" and talks.status == "held"


def test_a_meeting_that_was_the_purpose_of_a_past_journey_was_held():
    found = events("Chilean President Gabriel Boric went to the Palacio Quemado to hold a meeting with Bolivian "
                   "President Luis Arce.")
    [meeting] = of_kind(found, "meeting")
    assert meeting.status == "held"
    found = events("Chilean President Gabriel Boric will go to La Paz to hold a meeting with Bolivian President Luis Arce.")
    assert of_kind(found, "meeting")[0].status == "scheduled"


def test_states_named_in_a_forums_name_are_its_parties():
    found = events("The president will then open a Kenya-Uganda business forum at the Kampala Serena Hotel in "
                   "Kampala on Friday.")
    [forum] = of_kind(found, "forum")
    assert {"KEN", "UGA"} <= set(forum.countries)


def test_the_last_summit_of_a_series_is_not_the_one_just_postponed():
    found = events("Officials decided to postpone the BRICS summit.",
                   "The last BRICS summit was held in November in Brazil.")
    [last] = [m for m in of_kind(found, "summit") if m.location and m.location.country == "BRA"]
    assert last.status == "held" and last.date == "2022-11"


def test_a_meeting_offered_two_dates_has_none():
    found = events("Japanese Prime Minister Fumio Kishida and Chinese President Xi Jinping may hold a bilateral "
                   "meeting on the sidelines of the G20 summit on November 15-16, or at the APEC forum in Bangkok on "
                   "November 18-19.")
    meetings = of_kind(found, "meeting")
    assert meetings and all(m.date is None for m in meetings)


def test_leaders_who_meet_at_a_groupings_summit_hold_a_side_meeting_of_their_own():
    found = events("Indonesian President Joko Widodo met Philippine President Ferdinand Marcos Jr. at the ASEAN "
                   "summit in Jakarta on Tuesday.")
    assert len(of_kind(found, "meeting")) == 1 and len(of_kind(found, "summit")) == 1


def test_a_grouping_with_its_abbreviation_names_its_gathering():
    found = events("Japanese Prime Minister Fumio Kishida will hold talks with Chinese President Xi Jinping on "
                   "Thursday at the Asia-Pacific Economic Cooperation (APEC) meeting in Lima.")
    assert sorted(str(m.series) for m in found) == ["APEC meeting", "None"]  # the talks, and the gathering


def test_one_groupings_gathering_called_a_summit_or_a_forum_is_one_series():
    from summitry.events.facts import same_series
    assert same_series("APEC forum", "APEC summit") and same_series("ASEAN summit", "ASEAN Summit")
    assert not same_series("APEC summit", "ASEAN summit") and not same_series("G20 summit", "G20 finance meeting")


def test_a_group_named_in_the_next_sentence_is_the_events_travellers():
    found = events("A delegation of Caribbean leaders arrived in Caracas on Monday for talks with Venezuelan "
                   "President Nicolas Maduro.",
                   "The three leaders, including Guyanese President Irfaan Ali and Barbadian Prime Minister Mia "
                   "Mottley, will then travel to Bogota.")
    [visit] = [m for m in of_kind(found, "visit") if m.location and m.location.place == "Caracas"]
    assert {"Irfaan Ali", "Mia Mottley"} <= set(names(visit)) and {"GUY", "BRB"} <= set(visit.countries)


def test_the_original_date_of_a_postponed_summit_is_its_date():
    found = events("The Jamaican government announced Monday that it will postpone the 5th Summit of the Caribbean, "
                   "originally scheduled for this year, until 2024 after consultations with key partners.")
    [summit] = of_kind(found, "summit")
    assert summit.status == "postponed" and summit.date == "2023"


def test_a_meeting_the_speaker_was_in_when_he_spoke_was_held_that_day():
    found = events("“I invited the president to visit Kenya this year at a time convenient for him,” Ugandan "
                   "President Yoweri Museveni said on Tuesday, during a meeting with Kenyan Deputy President "
                   "Rigathi Gachagua.")
    [meeting] = of_kind(found, "meeting")
    assert meeting.date == "2023-05-09" and meeting.status == "held"
    assert meeting.location is None or meeting.location.country != "KEN"  # the visit's place is not the meeting's


def test_the_outlets_home_from_its_country_domain_gives_an_unqualified_minister_his_state():
    art = Article(id="t", origin="t.txt", title="T", published=PUB, url="https://news.example.co.ke/politics/talks",
                  paragraphs=["Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo in "
                              "Nairobi on Monday."])
    [meeting] = of_kind(extract_events(art), "meeting")
    assert set(meeting.countries) == {"KEN", "UGA"}


def test_the_outlet_credited_with_a_report_is_no_party():
    found = events("Kenyan President William Ruto was scheduled to meet Ugandan President Yoweri Museveni in Kampala "
                   "on Friday.",
                   "However, Kenyan Foreign Minister Musalia Mudavadi announced that the meetings are now canceled, "
                   "the Times of Israel reported.")
    assert found and all("ISR" not in m.countries for m in found)


def test_the_state_a_leader_is_visiting_is_the_visits_place():
    found = events("Indian Prime Minister Narendra Modi will be visiting the U.S. on June 20-23 to attend a state dinner.")
    [visit] = of_kind(found, "visit")
    assert visit.location.country == "USA" and visit.date == "2023-06-20/2023-06-23"


def test_the_speaker_of_a_statement_that_announces_a_meeting_is_no_party():
    found = events("Argentine President Javier Milei and Brazilian President Lula will meet next week.",
                   "Spokesman Manuel Adorni said in a statement that the meeting would take place on May 17 in "
                   "Buenos Aires.")
    [meeting] = of_kind(found, "meeting")
    assert "Manuel Adorni" not in names(meeting) and meeting.location.place == "Buenos Aires"


def test_a_visit_under_way_and_the_plan_postponed_before_are_two_events():
    found = events("Dutch Prime Minister Mark Rutte has arrived in Paris for a state visit to France.",
                   "The visit was postponed in March because of strikes.", published=datetime(2023, 9, 20))
    [visit] = of_kind(found, "visit")
    assert visit.status == "held" and visit.date == "2023-09-20"  # the news of the day, not the plan put off


def test_a_meeting_planned_on_a_postponed_trip_takes_its_days_and_is_postponed():
    found = events("Kenya and Uganda decided on Tuesday to postpone a state visit by Kenyan President William Ruto "
                   "to Kampala this week.",
                   "Ruto was scheduled to travel to Uganda on May 12-13.",
                   "Ruto was scheduled to meet Ugandan President Yoweri Museveni and hold talks with business leaders.")
    [meeting] = [m for m in of_kind(found, "meeting") if "Yoweri Museveni" in names(m)]
    assert meeting.date == "2023-05-12/2023-05-13" and meeting.status == "postponed"


def test_a_reference_with_a_date_of_its_own_outside_the_plan_is_another_meeting():
    found = events("Kenyan President William Ruto was scheduled to meet Ugandan President Yoweri Museveni and "
                   "Ethiopian Prime Minister Abiy Ahmed.",
                   "Ugandan President Yoweri Museveni (L) walking with Ruto during their meeting in Nairobi on "
                   "April 4, 2022.")
    meetings = of_kind(found, "meeting")
    assert sorted(str(m.date) for m in meetings) == ["2022-04-04", "None"]


def test_a_call_has_no_place():
    found = events("Russian President Vladimir Putin arrived in Ankara on Monday for a state visit to Turkey.",
                   "On Monday, Putin also held a phone call with French President Emmanuel Macron.")
    [call] = of_kind(found, "call")
    assert call.location is None  # Putin was in Ankara, Macron was not: a call is held from afar


def test_a_town_named_later_makes_a_regions_summit_more_precise():
    found = events("Chinese President Xi Jinping and US President Joe Biden met on Monday at a summit in California.",
                   "The summit between Biden and Xi in Woodside, California on Monday lasted four hours.")
    [summit] = of_kind(found, "summit")
    assert summit.location.place == "Woodside"


# One event, one fact: each case a general reading rule, named by its id.
@pytest.mark.parametrize(("paragraphs", "kind", "field", "value", "published"), [
    pytest.param(
        ("Kenyan President William Ruto, who invited the Tanzanian leader to Nairobi last year, "
         "will hold talks with Ugandan President Yoweri Museveni in Kampala next week.",),
        "meeting", "status", "scheduled", PUB, id="the_status_comes_from_the_words_governing_the_event_not_from_a_side_clause"),
    pytest.param(
        ("Indonesian President Joko Widodo and Malaysian Prime Minister Anwar Ibrahim reached "
         "agreements on border trade when they met Monday on the sidelines of a regional "
         "conference.",),
        "agreement", "date", "2023-05-08", PUB, id="an_agreement_reached_when_leaders_met_takes_the_day_they_met"),
    pytest.param(
        ("On Thursday, the Polish president will address the Lithuanian parliament, meet "
         "Lithuanian President Gitanas Nauseda and lay a wreath.",),
        "meeting", "date", "2023-05-11", PUB, id="a_fronted_day_is_shared_by_coordinated_predicates"),
    pytest.param(
        ("Cuban President Miguel Diaz-Canel paid a visit to Mexico from May 1 to May 4.",
         "He met Mexican President Andres Manuel Lopez Obrador during his visit.",),
        "meeting", "date", "2023-05-01/2023-05-04", PUB, id="a_meeting_during_a_visit_named_after_it_takes_the_visits_days"),
    pytest.param(
        ("Following a two-hour meeting, Kenyan President William Ruto and Ugandan President Yoweri "
         "Museveni announced a new rail link.",),
        "meeting", "status", "held", PUB, id="an_event_a_past_clause_followed_was_held"),
    pytest.param(
        ("Kenyan President William Ruto and Ugandan President Yoweri Museveni will meet in Kampala "
         "on Monday.",
         "The meeting between Ruto and Museveni will take place at noon, local time.",),
        "meeting", "date", "XXXX-WXX-1", None, id="a_time_of_day_does_not_replace_the_day"),
    pytest.param(
        ("On Friday, Chilean President Gabriel Boric will attend the 9th Summit Meeting of the Pacific "
         "Alliance in Lima.",),
        "summit", "location", Location("Lima", "PER"), PUB, id="a_summit_meeting_is_a_summit"),
    pytest.param(
        ("Indian Prime Minister Narendra Modi was scheduled to visit Colombo to meet Sri Lankan leaders.",
         "Modi was due to hold talks with Sri Lankan President Ranil Wickremesinghe on Friday.",),
        "visit", "date", "2023-05-12", PUB, id="an_undated_trip_takes_the_days_of_the_meetings_held_on_it"),
])
def test_one_event_one_fact(paragraphs, kind, field, value, published):
    [event] = of_kind(events(*paragraphs, published=published), kind)
    assert getattr(event, field) == value


def test_a_summit_scheduled_to_take_place_on_a_day_in_a_third_state():
    found = events("US President Donald Trump wrote to North Korean leader Kim Jong-un on Thursday to cancel the "
                   "summit scheduled to take place in Singapore on June 12.")
    [summit] = of_kind(found, "summit")
    assert summit.date == "2023-06-12" and summit.location.place == "Singapore" and summit.status == "cancelled"
    assert set(summit.countries) == {"USA", "PRK"}  # the host of two states' summit is not a party


def test_a_regional_or_international_summit_is_no_series():
    found = events("Peruvian President Dina Boluarte met Chilean President Gabriel Boric on the sidelines of a "
                   "regional summit in Brasilia on Monday.",
                   "Russia postponed two international summits set for Kazan in July.")
    assert all(m.series is None for m in found if m.kind in ("summit", "forum"))


def test_a_person_named_aside_in_a_sentence_about_she_does_not_become_he_or_she():
    found = events("Colombian President Gustavo Petro travels to Quito on Sunday.",
                   "He is also going to attend the summit of the Andean Community, which Colombia joined again "
                   "after leaving it under the government of Ivan Duque.",
                   "Then he goes to the Carondelet Palace, where he meets Ecuadorian President Guillermo Lasso.")
    with_lasso = [m for m in found if "Guillermo Lasso" in names(m)]
    assert with_lasso and all("Gustavo Petro" in names(m) and "Ivan Duque" not in names(m) for m in with_lasso)


def test_as_well_as_joins_two_subjects_and_breaks_no_clause():
    found = events("Kenyan President William Ruto and Ugandan President Yoweri Museveni, as well as their ministers, "
                   "are scheduled to meet in Kampala next Wednesday.")
    [meeting] = of_kind(found, "meeting")
    assert set(names(meeting)) == {"William Ruto", "Yoweri Museveni"}


def test_a_participle_before_a_summit_describes_it_and_names_no_series():
    found = events("President Lula on Thursday canceled the now-canceled summit with Argentine President Alberto "
                   "Fernandez in Brasilia.",
                   "Brazilian President Lula and Argentine President Alberto Fernandez will hold a long-delayed "
                   "summit in Brasilia.")
    assert all(m.series is None for m in of_kind(found, "summit"))


def test_a_summit_of_two_named_states_is_not_named_after_a_grouping_in_its_clause():
    found = events("Japanese Prime Minister Fumio Kishida will hold a Japan-China summit with Chinese President Xi "
                   "Jinping in Bangkok, APEC officials said.")
    assert [m.series for m in of_kind(found, "summit")] == [None]


def test_consultations_a_cancellation_followed_were_held_not_cancelled():
    found = events("Kenyan Foreign Minister Musalia Mudavadi said the summit was cancelled after consultations "
                   "with Uganda and Tanzania.")
    consultations = [m for m in found if m.trigger == "consultations"]
    assert consultations and consultations[0].status == "held"


def test_a_state_that_qualifies_a_topic_is_no_party():
    found = events("Caribbean leaders hoping to mediate in the Venezuela crisis met Guyanese President Irfaan Ali "
                   "in Georgetown on Saturday.")
    assert all("VEN" not in m.countries for m in found)


def test_separate_meetings_with_one_side_are_one_meeting_each():
    found = events("Kenyan President William Ruto says his Ethiopian and Eritrean counterparts have agreed to "
                   "separate meetings with a delegation of African heads of state.")
    meetings = of_kind(found, "meeting")
    assert sorted(sorted(m.countries) for m in meetings) == [["ERI", "KEN"], ["ETH", "KEN"]]


def test_what_was_done_during_a_summit_dates_it_through_a_gerund():
    found = events("Pacific leaders signed a declaration on Tuesday towards ending a dispute with Fiji during a "
                   "summit in Samoa.")
    [summit] = of_kind(found, "summit")
    assert summit.date == "2023-05-09"


def test_a_trip_before_a_dated_visit_does_not_take_its_date():
    found = events("Nigerian President Bola Tinubu will visit Ghana on May 20 after a two-day trip to Senegal.")
    dates = {m.location.country: m.date for m in of_kind(found, "visit")}
    assert dates["GHA"] == "2023-05-20" and dates["SEN"] != "2023-05-20"


def test_a_state_in_the_name_of_a_credited_newspaper_is_no_party():
    found = events("However, Kenya Foreign Minister Alfred Mutua announced that the meetings are now cancelled, the Times of "
                   "Uganda reported.")
    assert all("UGA" not in m.countries for m in found)


def test_talks_a_visitor_arrived_for_are_a_meeting_of_their_own_to_come():
    found = events("Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi on Monday for talks with Kenyan President "
                   "William Ruto.", published=datetime(2023, 5, 8, 9, 0))
    [visit] = of_kind(found, "visit")
    [talks] = of_kind(found, "meeting")
    assert visit.status == "held" and talks.status == "scheduled"
    assert talks.date == visit.date == "2023-05-08" and talks.location.place == "Nairobi"
    assert set(names(talks)) == {"Abiy Ahmed", "William Ruto"}


def test_a_summit_meeting_of_a_grouping_named_in_full_and_by_acronym_is_its_summit():
    found = events("Ghanaian President Nana Akufo-Addo will attend the summit meeting of the Economic Community of "
                   "West African States (ECOWAS) in Abuja on Friday.")
    [summit] = of_kind(found, "summit")
    assert summit.series == "ECOWAS summit"


def test_a_named_summit_with_a_long_name_keeps_it_whole():
    from summitry.events.triggers import find_triggers
    [d] = find_triggers("Leaders meet at the 5th Summit Meeting of the Organisation of Turkic States in Astana.")
    assert d.kind == "summit" and d.name.endswith("Organisation of Turkic States")


def test_a_groupings_named_summit_does_not_absorb_a_meeting_of_two_of_its_leaders():
    found = events("Brazilian President Luiz Inacio Lula da Silva will meet Argentine President Alberto Fernandez "
                   "in Buenos Aires on Monday.",
                   "The Mercosur Summit opens in Buenos Aires on Monday.")
    assert len(of_kind(found, "meeting")) == 1 and len(of_kind(found, "summit")) == 1


def test_an_event_among_a_class_of_events_is_no_event():
    found = events("Kenyan President William Ruto's state visit to Ghana, among the first leader visits at the "
                   "invitation of Ghanaian President Nana Akufo-Addo, will include talks on trade.",
                   "The visit takes place on 22 and 23 May.")
    [visit] = of_kind(found, "visit")
    assert names(visit) == ["William Ruto"] and visit.date == "2023-05-22/2023-05-23"


def test_who_gives_details_on_a_visit_is_not_its_party():
    found = events("Kenyan President William Ruto will pay a state visit to Ghana.",
                   "Canadian envoy to Ghana, Tom Smith, revealed this on Wednesday at a briefing, where he gave "
                   "further details on the visit to Ghana.",
                   "The visit takes place on 22 and 23 May.")
    [visit] = of_kind(found, "visit")  # "the visit" he spoke of is Ruto's, and so is its date
    assert names(visit) == ["William Ruto"] and visit.date == "2023-05-22/2023-05-23"


def test_a_plan_on_the_second_day_of_a_trip_takes_that_day():
    found = events("Kenyan President William Ruto will pay a state visit to Ghana on 22 and 23 May.",
                   "On the second day, Ruto will meet Ghanaian President Nana Akufo-Addo for talks.")
    [talks] = of_kind(found, "meeting")
    assert talks.date == "2023-05-23"


def test_a_session_of_a_groupings_council_set_to_take_place_is_its_gathering():
    found = events("Senegalese President Macky Sall will head Senegal's delegation attending the 63rd session of the "
                   "Authority of Heads of State of the Economic Community of West African States (ECOWAS), set to "
                   "take place on Sunday in Abuja, Nigeria.",
                   "Nigerian President Bola Tinubu and Ghanaian President Nana Akufo-Addo will also attend the summit.")
    [gathering] = [m for m in found if m.kind in ("meeting", "summit")]  # "the summit" is that session
    assert gathering.series == "ECOWAS meeting" and gathering.date == "2023-05-14"
    assert gathering.location.place == "Abuja" and "Macky Sall" in names(gathering)
    [alone] = events("Senegalese President Macky Sall will attend the 63rd session of the Authority of Heads of State "
                     "of the Economic Community of West African States (ECOWAS) in Abuja.")
    assert alone.series == "ECOWAS meeting"  # a named gathering with one state named is kept


def test_the_dateline_town_is_where_the_leads_news_of_the_day_was_made_in_the_region_named():
    art = Article(id="t", origin="t.txt", title="T", published=PUB, dateline="Kettleby, California",
                  paragraphs=["Chinese President Xi Jinping and US President Joe Biden met on Wednesday at a summit "
                              "in California."])
    [summit] = of_kind(extract_events(art), "summit")
    assert summit.location.place == "Kettleby" and summit.date == "2023-05-10"


def test_a_participle_on_a_noun_of_the_events_phrase_describes_the_event():
    found = events("Indonesian President Joko Widodo urged his Malaysian counterpart to engage in open discussion "
                   "ahead of a summit between the two countries being held on May 12 in Singapore.")
    [summit] = of_kind(found, "summit")
    assert summit.date == "2023-05-12" and summit.location.country == "SGP"


def test_talks_at_a_groupings_meeting_are_held_where_it_is_and_it_is_not_theirs():
    found = events("Indonesian President Joko Widodo will hold talks with Malaysian Prime Minister Anwar Ibrahim on "
                   "Friday at the 2023 Association of Southeast Asian Nations (ASEAN) meeting in Jakarta.")
    talks = next(m for m in found if not m.series)
    assert talks.location.place == "Jakarta" and talks.date == "2023-05-12"
    assert all(not m.participants for m in found if m.series)  # the talks' two are not the grouping's attendees


def test_talks_on_the_occasion_of_a_summit_are_not_named_after_it():
    found = events("Widodo is scheduled to hold an Indonesia-Malaysia summit with Anwar on the 12th, on the occasion "
                   "of the ASEAN summit, his spokesman said.")
    bilateral = [m for m in found if set(m.countries) == {"IDN", "MYS"}]
    assert bilateral and all(m.series is None for m in bilateral)


def test_the_day_a_visit_was_scaled_back_is_not_its_day():
    [visit] = events("Kenyan President William Ruto's state visit to Ghana was scaled back on Monday because of floods.")
    assert visit.date is None


def test_she_does_not_refer_to_a_man_named_with_mr():
    found = events("Kenyan President William Ruto paid tribute to the former Ugandan leader on Monday.",
                   "Mr Ruto spoke of her affection for Kenya when he attended her funeral.",
                   "Her last trip to Tanzania was in 2015 when she visited Dodoma.")
    assert all("William Ruto" not in names(m) for m in of_kind(found, "visit"))
    from summitry.actors.names import gender_before
    assert (gender_before("Mr "), gender_before("the Queen Consort "), gender_before("said ")) == ("m", "f", None)


def test_hosts_named_for_a_guest_the_text_does_not_name_do_not_meet_each_other():
    assert not events("The royal couple will be hosted by Kenyan President William Ruto and Ugandan President "
                      "Yoweri Museveni.")
    [hosted] = events("Ghanaian President Nana Akufo-Addo will be hosted by Kenyan President William Ruto in Nairobi.")
    assert set(hosted.countries) == {"GHA", "KEN"}


def test_a_gathering_named_in_full_is_not_the_meeting_said_before_it():
    found = events("During his three days in Lusaka, Kenyan President William Ruto will meet Zambian President "
                   "Hakainde Hichilema.",
                   "He is also going to take part in the summit meeting of the Southern African Development "
                   "Community (SADC).")
    assert len(of_kind(found, "meeting")) == 1
    [summit] = of_kind(found, "summit")
    assert summit.series == "SADC summit"
    # a gathering named by its place only is any meeting held there
    found = events("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Mombasa on Monday.",
                   "The Mombasa summit ended with a joint statement on trade.")
    assert len([m for m in found if m.kind in ("meeting", "summit")]) == 1


def test_many_meetings_are_no_event():
    found = events('"It will take much debate and many meetings," Ghanaian President Nana Akufo-Addo said of '
                   "the plan with Nigerian President Bola Tinubu.")
    assert of_kind(found, "meeting") == []


# A day told in a story: a Monday wreath, a trip with a day in a "since" clause, talks "after this".
_ABUJA_MONDAY = ("On Monday, Ghanaian President Nana Akufo-Addo laid a wreath at a memorial in Abuja.",
                 "As part of his first visit to Nigeria since he was sworn in on January 7, Akufo-Addo also toured a "
                 "market.",
                 "After this tribute, he went to the presidential villa to hold talks with Nigerian President Bola Tinubu.")


def test_then_and_after_this_go_on_from_the_day_the_story_last_named():
    found = events(*_ABUJA_MONDAY, "On Thursday he will attend a summit of West African leaders.")
    [talks] = of_kind(found, "meeting")
    assert talks.date == "2023-05-08"  # Monday, not the swearing-in day nor Thursday
    found = events("Ghanaian President Nana Akufo-Addo arrived in Eswatini on Monday.",
                   "The visit begins on Tuesday (9), when the president lays a wreath.",
                   "Then he goes to the palace, where he meets King Mswati III of Eswatini.",
                   published=None)
    [talks] = of_kind(found, "meeting")
    assert talks.date == "XXXX-WXX-2"
    found = events("On Monday, Ghanaian President Nana Akufo-Addo laid flowers at a memorial in Abuja.",
                   "Later, he will hold talks with Nigerian President Bola Tinubu.")
    assert [m.date for m in of_kind(found, "meeting")] == [None]  # "later": not said to be the same day


def test_a_visit_named_without_a_tense_spans_the_meetings_held_on_it():
    found = events("On Monday, Ghanaian President Nana Akufo-Addo held talks with Nigerian President Bola Tinubu "
                   "at the presidential villa in Abuja.",
                   "As part of his first visit to Nigeria, Akufo-Addo also laid a wreath.")
    [visit] = of_kind(found, "visit")
    assert visit.date == "2023-05-08"
    assert visit.location == Location("Abuja", "NGA")  # the only town of the host state the story names


def test_a_visit_the_lead_reports_under_way_is_the_news_of_the_day_and_lasts_its_days():
    found = events("Ghanaian President Nana Akufo-Addo has arrived at the State House as part of his three-day "
                   "state visit to Nigeria.",
                   "He laid a wreath in Lagos before flying to Abuja, the capital.")
    [visit] = of_kind(found, "visit")
    assert visit.date == "2023-05-10/2023-05-12"  # arrived today: the first of three days
    assert visit.location == Location("Abuja", "NGA")  # of the towns named, the capital
    found = events("Ghanaian President Nana Akufo-Addo arrived in Abuja on Monday on a two-day state visit.")
    [visit] = of_kind(found, "visit")
    assert visit.date == "2023-05-08/2023-05-09"
    # a visit told in an "after" clause of the lead came before the news of the day
    found = events("Kenyan President William Ruto came to Kampala after he visited Rwanda as part of his first tour "
                   "of the region.")
    rwanda = [v for v in of_kind(found, "visit") if v.location and v.location.country == "RWA"]
    assert all(v.date != "2023-05-10" for v in rwanda)  # at most the month of the news it came before


def test_the_pair_are_the_last_two_people_named_together():
    found = events("Kenyan President William Ruto and Ugandan President Yoweri Museveni opened a trade fair in "
                   "Kampala on Friday.",
                   "On Monday, the pair held three hours of talks on the rail link.")
    [talks] = of_kind(found, "meeting")
    assert names(talks) == ["William Ruto", "Yoweri Museveni"] and talks.date == "2023-05-08"


def test_the_one_state_that_puts_off_a_summit_is_its_host():
    found = events("The Ghanaian government announced on Monday that it will postpone the 5th Summit of the "
                   "Atlantic Coast States, originally planned for June, until next year.")
    [summit] = of_kind(found, "summit")
    assert summit.status == "postponed" and summit.location == Location(None, "GHA")


def test_the_king_is_the_one_king_the_article_named():
    found = events("Kenyan President William Ruto arrived in Amman on Monday at the invitation of King Abdullah II.",
                   "On Tuesday he will meet the king at the palace.")
    [talks] = of_kind(found, "meeting")
    assert names(talks) == ["William Ruto", "Abdullah II"] and set(talks.countries) == {"KEN", "JOR"}


def test_a_summit_named_in_an_ahead_of_phrase_takes_no_status_from_the_verb_and_is_held_on_its_day():
    text = ("Kenyan President William Ruto urged Tanzanian President Samia Suluhu Hassan to speak openly ahead "
            "of a summit between the two countries being held on Wednesday in Arusha.")
    [summit] = of_kind(events(text), "summit")
    assert summit.date == "2023-05-10" and summit.status == "held"  # Wednesday is the report's day: under way
    [summit] = of_kind(events(text, published=datetime(2023, 5, 8, 9, 0)), "summit")
    assert summit.status == "scheduled"  # not "proposed" by "urged": the summit only dates the urging


def test_a_side_meeting_and_a_declaration_the_summit_saw_are_where_the_summit_is():
    found = events("Saudi Crown Prince Mohammed bin Salman met Omani Sultan Haitham bin Tarik on the sidelines of "
                   "the GCC summit in AlUla on Tuesday.",
                   "The summit saw the six states sign a declaration on trade.")
    [side] = of_kind(found, "meeting")
    [deal] = of_kind(found, "agreement")
    assert side.location == deal.location == Location("Al-Ula", "SAU")  # a town of fewer than 100,000


def test_the_present_perfect_tells_recent_news_once_not_many_times():
    [deal] = of_kind(events("Kenya and Uganda have agreed to build a new rail link between Nairobi and Kampala."),
                     "agreement")
    assert deal.status == "held" and deal.date == "2023-05"  # done, in the days before the report
    assert of_kind(events("Kenyan President William Ruto has met Ugandan President Yoweri Museveni several times."),
                   "meeting") == []  # many meetings, none of them told
    [visit] = of_kind(events("The Kenyan government has confirmed President William Ruto's visit to Uganda."), "visit")
    assert visit.status != "held" and visit.date is None  # confirmed is not done


def test_plans_and_talks_on_a_trip_take_its_day_and_town_once_they_are_known():
    found = events(*_ABUJA_MONDAY, "They will sign agreements on trade and energy.")
    [talks] = of_kind(found, "meeting")
    [deal] = of_kind(found, "agreement")
    assert talks.location == deal.location == Location("Abuja", "NGA")
    assert deal.date == "2023-05-08"


def test_a_meeting_just_before_a_summit_is_where_the_summit_is():
    found = events("Kenyan President William Ruto had already met with Ugandan President Yoweri Museveni on Thursday "
                   "before the EAC summit in Arusha.")
    [talks] = of_kind(found, "meeting")
    assert talks.location == Location("Arusha", "TZA") and talks.date == "2023-05-04"


def test_a_ministerial_council_of_leaders_and_their_cabinets_is_the_meeting_they_hold():
    found = events("Ghanaian President Nana Akufo-Addo and Nigerian President Bola Tinubu, as well as their cabinets, "
                   "are scheduled to meet in Abuja next Wednesday for their yearly ministerial council.")
    [council] = of_kind(found, "meeting")
    assert council.date == "2023-05-17" and council.location == Location("Abuja", "NGA")


def test_a_group_no_one_is_named_in_meets_a_leader_at_a_place():
    [talks] = of_kind(events("Caribbean leaders hoping to mediate in the Venezuela crisis met Brazilian President Luiz "
                             "Inacio Lula da Silva in Brasilia on Saturday."), "meeting")
    assert talks.countries == ["BRA"] and talks.status == "held"  # kept: the other side is a group, not no one
    [talks] = of_kind(events("The leaders visited Caracas on Friday to meet Venezuelan President Nicolas Maduro."), "meeting")
    assert talks.location == Location("Caracas", "VEN")  # the purpose of the visit is held where the visit went


def test_an_arrival_told_in_the_past_happened_and_any_talks_are_none():
    [visit] = of_kind(events("A statement from the office of Guyanese President Irfaan Ali confirmed his arrival in "
                             "Brasilia."), "visit")
    assert visit.status == "held"
    assert events("Venezuelan President Nicolas Maduro ruled out any negotiations with Guyanese President Irfaan Ali "
                  "until the troops withdraw.") == []


def test_the_leads_meeting_referred_back_to_later_is_still_the_news_of_the_day():
    art = Article(id="t", origin="t.txt", title="T", published=None, dateline="NAIROBI", dateline_day="XXXX-03-03",
                  paragraphs=["Kenya will build a rail link to Uganda, Kenyan President William Ruto said at a joint "
                              "press conference with Ugandan President Yoweri Museveni.",
                              "Following a three-hour meeting between the two leaders, Ruto said the line would "
                              "open in 2027.",
                              "Here is what the two leaders said after the talks."])
    [talks] = of_kind(extract_events(art), "meeting")
    assert talks.date == "XXXX-03-03" and talks.location.place == "Nairobi"


def test_a_caption_dates_what_its_photo_shows():
    art = Article(id="t", origin="t.txt", title="T", published=PUB,
                  paragraphs=["Kenyan President William Ruto and Ugandan President Yoweri Museveni will hold talks in "
                              "Nairobi on Friday.",
                              "It will be their first meeting since they met in March 2022."],
                  captions=["Ruto and Museveni shake hands before their meeting in Kampala, in this file photo taken "
                            "on March 3, 2022."])
    talks = sorted(of_kind(extract_events(art), "meeting"), key=lambda m: m.date or "")
    assert [(m.date, m.location.place) for m in talks] == [("2022-03-03", "Kampala"), ("2023-05-12", "Nairobi")]


def test_the_host_gathering_of_a_side_meeting_keeps_its_own_place_and_the_meeting_is_the_meeting():
    found = events("Kenyan President William Ruto and Ugandan President Yoweri Museveni met at the State Lodge in "
                   "Naivasha on the sidelines of the East African Community summit on Monday.",
                   "Ruto told reporters after the meeting that the talks had been frank.",
                   "Both later joined the other leaders at the summit in Nairobi.")
    [talks] = of_kind(found, "meeting")
    [summit] = of_kind(found, "summit")
    assert talks.location.place == "State Lodge" or talks.location.place == "Naivasha"
    assert summit.location != talks.location
    assert any("after the meeting" in e.sentence for e in talks.evidence)


def test_during_a_stay_in_a_city_places_every_plan_of_the_sentence():
    found = events("During the two-day stay in Nairobi, Ugandan President Yoweri Museveni will meet Kenyan President "
                   "William Ruto and sign agreements on trade.")
    assert [m.location for m in found if m.kind in ("meeting", "agreement")] == [Location("Nairobi", "KEN")] * 2


def test_an_earlier_summit_in_a_since_clause_has_the_clauses_place_and_none_of_the_main_clauses_people():
    found = events("It was the first EAC summit held in person since the leaders met in Arusha, Tanzania, in August "
                   "2019, and the first attended by Kenyan President William Ruto.")
    [earlier] = [m for m in found if m.date == "2019-08"]
    assert earlier.location == Location("Arusha", "TZA") and "William Ruto" not in names(earlier)


def test_the_gathering_a_lead_meeting_was_held_beside_is_not_dated_by_the_report():
    art = Article(id="t", origin="t.txt", title="T", published=datetime(2023, 5, 11, 7, 0), dateline="NAIVASHA, Kenya",
                  paragraphs=["Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed on Wednesday "
                              "to reopen the border, after about four hours of talks at a lakeside lodge.",
                              "The two leaders met at the State Lodge in Naivasha on the sidelines of the East African "
                              "Community (EAC) summit, their first meeting since talks in Kampala in November 2022.",
                              "Museveni later joined the other leaders at the EAC meetings in Nairobi, which run "
                              "through Friday."])
    [summit] = of_kind(extract_events(art), "summit")
    assert summit.date != "2023-05-11" and summit.location == Location("Nairobi", "KEN")  # not the report's news


def test_a_summit_that_opens_on_a_day_lasts_the_days_it_is_said_to():
    [summit] = of_kind(events("Kenyan President William Ruto will attend a three-day EAC summit that opens on Friday "
                              "in Arusha."), "summit")
    assert summit.date == "2023-05-12/2023-05-14"


def test_a_meeting_of_every_member_of_a_grouping_is_its_summit():
    found = events("Leaders of the East African Community will gather in Arusha on Friday for the EAC summit.",
                   "Tanzanian President Samia Suluhu Hassan will host Kenyan President William Ruto, Ugandan President "
                   "Yoweri Museveni, Rwandan President Paul Kagame, Burundian President Evariste Ndayishimiye, South "
                   "Sudanese President Salva Kiir, Congolese President Felix Tshisekedi and Somali President Hassan "
                   "Sheikh Mohamud in Arusha on Friday.")
    assert [m.kind for m in found if m.kind in ("meeting", "summit")] == ["summit"]


def test_meeting_two_kings_and_holding_talks_with_a_premier_are_two_meetings():
    found = events("Indian Prime Minister Narendra Modi was to travel to Thimphu on Friday.",
                   "Modi was scheduled to meet Bhutan's King Jigme Khesar Namgyel Wangchuck and Jigme Singye "
                   "Wangchuck, the previous king, and hold talks with Bhutanese Prime Minister Tshering Tobgay.")
    talks = [names(m) for m in of_kind(found, "meeting")]
    assert ["Narendra Modi", "Tshering Tobgay"] in talks
    assert all("Tshering Tobgay" not in t or "Jigme Singye Wangchuck" not in t for t in talks)


def test_a_plan_is_not_made_on_a_trip_over_before_the_report_nor_on_one_only_proposed():
    found = events("Bhutanese Prime Minister Tshering Tobgay visited New Delhi last week.",
                   "Indian Prime Minister Narendra Modi is scheduled to hold talks with Tobgay.")
    [talks] = of_kind(found, "meeting")
    assert talks.date is None and talks.location is None
    found = events("Kenyan President William Ruto has invited Ugandan President Yoweri Museveni to visit Nairobi this year.",
                   "Ruto and Museveni held talks by the lake on Monday.")
    [talks] = of_kind(found, "meeting")
    assert talks.location is None  # not where a trip only proposed would go


def test_a_counterpart_named_after_the_word_is_a_person_of_the_state_before_it():
    found = events("Nepalese Prime Minister Pushpa Kamal Dahal held talks in Kathmandu on Monday with his Bhutanese "
                   "counterpart Tshering Tobgay.")
    [talks] = of_kind(found, "meeting")
    assert "Tshering Tobgay" in names(talks) and set(talks.countries) == {"NPL", "BTN"}


def test_agreed_a_deal_is_an_agreement():
    [deal] = of_kind(events("Ghana and Nigeria agreed a new trade deal on Monday."), "agreement")
    assert set(deal.countries) == {"GHA", "NGA"} and deal.date == "2023-05-08" and deal.status == "held"


def test_a_charter_agreed_today_is_not_the_old_declaration_it_is_modelled_on():
    found = events("Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday in Kisumu.",
                   "The two leaders agreed a new Lake Charter, a statement of shared goals modelled on the 1967 "
                   "declaration signed by Jomo Kenyatta and Milton Obote.")
    deals = {m.date: m for m in of_kind(found, "agreement")}
    assert set(deals) == {None, "1967"}
    assert names(deals[None]) == ["William Ruto", "Yoweri Museveni"] and deals[None].status == "held"
    assert names(deals["1967"]) == ["Jomo Kenyatta", "Milton Obote"]  # the signers, not "the two leaders"
