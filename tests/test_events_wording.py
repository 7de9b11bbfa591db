"""Wordings of events and their parties that newspapers of record use: plural titles with
"of <state>" after each name, signed documents of many names, talks named by their subject,
and large groupings. Sentences written for these tests; publication is Wednesday 10 May 2023."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article, EventMention

PUB = datetime(2023, 5, 10, 9, 0)


def events(*paragraphs: str) -> list[EventMention]:
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=PUB))


def test_a_plural_title_gives_each_name_its_own_state():
    [signing] = events("Presidents Gustavo Petro of Colombia and Daniel Noboa of Ecuador signed a border "
                       "cooperation plan on Monday.")
    assert signing.kind == "agreement"
    assert {(p.name, p.country) for p in signing.participants} == {("Gustavo Petro", "COL"), ("Daniel Noboa", "ECU")}
    assert {p.role for p in signing.participants} == {"President"}


def test_a_state_after_the_name_is_the_persons():
    [meeting] = events("Prime Minister Petteri Orpo of Finland met Prime Minister Ulf Kristersson of Sweden "
                       "in Stockholm on Tuesday.")
    assert {(p.name, p.country) for p in meeting.participants} == {("Petteri Orpo", "FIN"), ("Ulf Kristersson", "SWE")}


def test_signed_memoranda_and_protocols_are_agreements():
    for sentence in ("Vietnam and Laos signed three memoranda on transport on Tuesday.",
                     "Kazakhstan and Uzbekistan signed a protocol on water sharing on Tuesday.",
                     "Ghana and Togo signed a roadmap for border security on Tuesday."):
        [signing] = events(sentence)
        assert (signing.kind, signing.status, signing.date) == ("agreement", "held", "2023-05-09"), sentence


def test_talks_named_by_their_subject_are_talks_between_the_states():
    for sentence in ("Ethiopia and Eritrea held peace talks in Nairobi on Tuesday.",
                     "India and the United Kingdom will resume trade talks in London next week."):
        [talks] = events(sentence)
        assert talks.kind == "meeting" and len(talks.countries) == 2, sentence


def test_a_large_grouping_does_not_stand_for_every_member_by_name():
    [summit] = events("NATO leaders will meet in Vilnius in July for the alliance's annual summit.")
    assert summit.countries == ["LTU"]
    assert summit.series == "NATO summit"


def test_a_small_grouping_stands_for_every_member():
    [summit] = events("GCC leaders will gather in Riyadh for a summit in June.")
    assert set(summit.countries) == {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"}


def test_two_leaders_meeting_a_third_separately_are_two_meetings():
    found = events("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev will meet "
                   "separately on Monday with French President Emmanuel Macron.")
    pairs = sorted(sorted(p.name for p in m.participants) for m in found)
    assert pairs == [["Emmanuel Macron", "Ilham Aliyev"], ["Emmanuel Macron", "Nikol Pashinyan"]]


def test_one_leader_meeting_two_others_separately_is_two_meetings():
    found = events("Chinese Foreign Minister Qin Gang met separately with Saudi Foreign Minister Faisal bin Farhan "
                   "and Iranian Foreign Minister Hossein Amir-Abdollahian on Thursday.")
    assert sorted(sorted(m.countries) for m in found) == [["CHN", "IRN"], ["CHN", "SAU"]]


def test_talks_with_two_hosts_in_two_capitals_on_two_days_are_two_meetings():
    found = events("Australian Foreign Minister Penny Wong held talks with Indonesian Foreign Minister Retno Marsudi "
                   "in Jakarta on Monday, and with Malaysian Foreign Minister Zambry Abdul Kadir in Kuala Lumpur "
                   "on Tuesday.")
    legs = sorted((m.date, m.location.place, sorted(m.countries)) for m in found)
    assert legs == [("2023-05-08", "Jakarta", ["AUS", "IDN"]), ("2023-05-09", "Kuala Lumpur", ["AUS", "MYS"])]


def test_a_tour_of_two_capitals_on_two_days_is_two_visits():
    found = events("Kenyan President William Ruto visited Kigali on Monday and Kampala on Tuesday.")
    legs = sorted((m.date, m.location.place, sorted(m.countries)) for m in found)
    assert legs == [("2023-05-08", "Kigali", ["KEN", "RWA"]), ("2023-05-09", "Kampala", ["KEN", "UGA"])]


def datelined(place: str, *paragraphs: str) -> list[EventMention]:
    return extract_events(Article(id="t", origin="t.txt", title="T", published=PUB, dateline=place,
                                  paragraphs=list(paragraphs)))


def test_a_signing_in_the_lead_is_where_the_dateline_is():
    found = datelined("HANOI", "Presidents Vo Van Thuong of Vietnam and Thongloun Sisoulith of Laos signed a "
                      "border cooperation plan Wednesday.")
    [signing] = [m for m in found if m.kind == "agreement"]
    assert signing.location.place == "Hanoi"


def test_a_visit_with_no_place_of_its_own_is_where_the_dateline_is():
    found = datelined("ACCRA", "Nigerian President Bola Tinubu, ending a two-day visit, said trade between the two "
                      "neighbours would double.")
    [visit] = [m for m in found if m.kind == "visit"]
    assert (visit.location.place, visit.status) == ("Accra", "held")
    assert set(visit.countries) == {"NGA", "GHA"}


def test_a_visit_by_the_datelines_own_people_is_not_placed_there():
    found = datelined("ACCRA", "Ghanaian President Nana Akufo-Addo said his state visit had been a success.")
    assert not [m for m in found if m.kind == "visit" and m.location and m.location.place == "Accra"]


def test_he_and_another_meeting_a_third_separately():
    found = events("Thai Prime Minister Srettha Thavisin arrived in Tokyo on Monday.",
                   "He and Philippine President Ferdinand Marcos Jr. meet separately on Friday with Japanese Prime "
                   "Minister Fumio Kishida.")
    pairs = sorted(sorted(m.countries) for m in found if m.kind == "meeting")
    assert pairs == [["JPN", "PHL"], ["JPN", "THA"]]


def test_discussing_a_state_with_a_leader_is_talks_with_the_leader_not_the_state():
    [talks] = events("Spanish Prime Minister Pedro Sanchez discussed the crisis in Sudan with Egyptian President "
                     "Abdel Fattah el-Sisi in Cairo on Tuesday.")
    assert (talks.kind, sorted(talks.countries)) == ("meeting", ["EGY", "ESP"])
    assert talks.location.place == "Cairo"


def test_discussing_by_phone_is_a_call():
    [call] = events("Brazilian President Luiz Inacio Lula da Silva discussed Venezuela with Colombian President "
                    "Gustavo Petro by phone on Tuesday.")
    assert (call.kind, sorted(call.countries)) == ("call", ["BRA", "COL"])


def test_a_current_visit_is_under_way_on_the_reports_day():
    found = events("Reporters followed Mr. Ramaphosa's current visit to Nairobi closely.")
    [visit] = [m for m in found if m.kind == "visit"]
    assert (visit.status, visit.date) == ("held", "2023-05-10")


def test_visits_to_a_list_of_states_are_one_visit_each():
    found = events("Japanese Prime Minister Fumio Kishida will visit Egypt, Ghana, Kenya and Mozambique next month.")
    visits = sorted((m.location.country, sorted(m.countries)) for m in found if m.kind == "visit")
    assert visits == [("EGY", ["EGY", "JPN"]), ("GHA", ["GHA", "JPN"]), ("KEN", ["JPN", "KEN"]), ("MOZ", ["JPN", "MOZ"])]


def test_a_town_and_its_state_are_one_destination():
    found = events("Indian Prime Minister Narendra Modi visited Hiroshima, Japan on Saturday.")
    [visit] = [m for m in found if m.kind == "visit"]
    assert visit.location.place == "Hiroshima"


def test_courtesy_titles_of_the_gulf_are_no_part_of_a_name():
    found = datelined("DOHA", "Emir His Highness Sheikh Tamim bin Hamad Al Thani today received His Excellency "
                      "Recep Tayyip Erdogan, President of the Republic of Turkiye, who is on a working visit to the "
                      "country.")
    [meeting] = [m for m in found if m.kind == "meeting"]
    assert {p.name for p in meeting.participants} == {"Tamim bin Hamad Al Thani", "Recep Tayyip Erdogan"}
    assert (meeting.status, meeting.date, meeting.location.place) == ("held", "2023-05-10", "Doha")


def test_a_stop_in_a_town_is_a_visit_and_a_meeting_where_it_was_is_there():
    found = events("Indian Prime Minister Narendra Modi flew to Paris on Tuesday after a stop in Athens, where he met "
                   "Greek Prime Minister Kyriakos Mitsotakis.")
    [athens] = [m for m in found if m.kind == "visit" and m.location.place == "Athens"]
    [meeting] = [m for m in found if m.kind == "meeting"]
    assert meeting.location.place == "Athens" and meeting.date != "2023-05-10"
    assert set(athens.countries) == {"IND", "GRC"}


def test_a_separate_meeting_is_not_the_one_told_before_and_they_are_its_own_pair():
    found = events("The leaders of Japan, India, Australia and the United States met in Hiroshima on Saturday.",
                   "Australian Prime Minister Anthony Albanese and US President Joe Biden held a separate meeting at "
                   "which they signed a compact on clean energy.")
    pairs = [m for m in found if m.kind == "meeting" and set(m.countries) == {"AUS", "USA"}]
    assert len(pairs) == 1
    [deal] = [m for m in found if m.kind == "agreement"]
    assert set(deal.countries) == {"AUS", "USA"}


def test_sat_down_with_is_a_meeting():
    [talks] = events("Turkish President Recep Tayyip Erdogan sat down with Greek Prime Minister Kyriakos Mitsotakis "
                     "in Athens on Thursday.")
    assert (talks.kind, talks.status, talks.location.place) == ("meeting", "held", "Athens")


def test_going_to_a_state_on_someones_behalf_is_a_visit():
    found = events("US Secretary of State Antony Blinken will go to Papua New Guinea on Monday.")
    [visit] = [m for m in found if m.kind == "visit"]
    assert (visit.location.country, visit.status) == ("PNG", "scheduled")


def test_every_he_of_a_sentence_about_him_is_the_same_man():
    found = events("Chinese Premier Li Qiang arrived in Berlin on Monday.",
                   "He is then due in Paris to meet French President Emmanuel Macron before travelling to Rome, where "
                   "he will be received by Italian Prime Minister Giorgia Meloni on Friday.")
    rome = [m for m in found if m.kind == "meeting" and "ITA" in m.countries]
    assert rome and all({p.name for p in m.participants} == {"Li Qiang", "Giorgia Meloni"} for m in rome)


def test_a_decision_to_stay_in_a_country_is_no_visit():
    found = events("German President Frank-Walter Steinmeier said he understood the French president's decision to "
                   "stay in France.")
    assert not [m for m in found if m.kind == "visit"]


def test_landing_in_a_town_is_a_visit_and_a_stopover_on_the_way_is_none():
    found = events("Brazilian President Luiz Inacio Lula da Silva landed in Shanghai on Tuesday night after a long "
                   "flight with a stopover in Lisbon.")
    visits = [m for m in found if m.kind == "visit"]
    assert [(v.location.place, v.date) for v in visits] == [("Shanghai", "2023-05-09")]


def test_a_meeting_where_a_flight_goes_takes_its_day_and_state():
    found = events("Brazilian President Luiz Inacio Lula da Silva will fly to the United Arab Emirates on Saturday, "
                   "where he will meet President Mohamed bin Zayed Al Nahyan.")
    [meeting] = [m for m in found if m.kind == "meeting"]
    assert (meeting.date, meeting.location.country) == ("2023-05-13", "ARE")


def test_talks_where_a_traveller_arrived_are_on_the_day_of_arrival():
    found = events("Chilean President Gabriel Boric arrived in Lima on Monday, where he held talks with Peruvian "
                   "President Dina Boluarte.")
    [talks] = [m for m in found if m.kind == "meeting"]
    assert (talks.date, talks.location.place) == ("2023-05-08", "Lima")


def test_conferring_with_a_counterpart_is_a_meeting_and_conferring_a_degree_is_none():
    [talks] = events("US Secretary of State Antony Blinken conferred with Chinese Foreign Minister Qin Gang in Beijing "
                     "on Tuesday.")
    assert (talks.kind, talks.location.place, talks.date) == ("meeting", "Beijing", "2023-05-09")
    assert events("The university conferred an honorary degree on Indian Prime Minister Narendra Modi.") == []


def test_a_joint_news_conference_with_a_foreign_official_tells_their_meeting():
    [talks] = events("Tanzanian Foreign Minister January Makamba, speaking at a joint news conference with US Secretary "
                     "of State Antony Blinken in Dar es Salaam on Tuesday, said the two countries would cooperate.")
    assert (talks.kind, sorted(talks.countries), talks.date) == ("meeting", ["TZA", "USA"], "2023-05-09")
    assert events("The minister told a news conference in Nairobi on Tuesday that talks would resume.") == []


def test_what_was_said_at_a_joint_press_conference_makes_it_held_whatever_the_plan_said():
    [talks] = events("Kenya will build a rail link to Uganda, Kenyan President William Ruto said at a joint press "
                     "conference with Ugandan President Yoweri Museveni.")
    assert talks.status == "held"


def test_talks_of_foreign_ministers_are_not_the_leaders_meeting_told_beside_them():
    found = events("Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan will meet in Sochi on "
                   "Monday.", "The summit comes days after Russian-Turkish negotiations in the framework of the "
                   "foreign ministers.")
    meetings = [m for m in found if m.kind in ("meeting", "summit") and set(m.countries) == {"RUS", "TUR"}]
    assert len(meetings) == 2
    assert any(m.format == "ministerial" and not m.participants for m in meetings)


def test_leaving_one_state_for_another_is_a_trip_to_the_second():
    found = events("Chinese President Xi Jinping left Beijing on Monday for Moscow.",
                   "Brazilian President Lula will leave China on Saturday for the United Arab Emirates, where he will "
                   "meet President Mohamed bin Zayed Al Nahyan.")
    visits = sorted((m.location.country, tuple(sorted(m.countries))) for m in found if m.kind == "visit")
    assert visits == [("ARE", ("ARE", "BRA")), ("RUS", ("CHN", "RUS"))]
    assert events("The ministers left the meeting room for lunch.") == []


def test_a_grouping_named_in_full_and_by_its_initials_is_one_summit():
    found = events("Leaders will gather for the third summit of the European Political Community (EPC) in Granada "
                   "on Thursday.", "Armenian Prime Minister Nikol Pashinyan will attend the EPC summit.")
    [summit] = [m for m in found if m.kind == "summit"]
    assert summit.series == "EPC summit" and summit.location.place == "Granada"


def test_touching_down_in_a_capital_is_a_visit():
    [visit] = events("Kenyan President William Ruto will touch down in Lusaka on Friday for a two-day stay.")
    assert (visit.kind, visit.status, visit.date) == ("visit", "scheduled", "2023-05-12")
    assert visit.location.place == "Lusaka"


def test_a_clause_saying_the_visit_takes_place_dates_the_visit_not_the_summit_on_its_route():
    found = events("Chilean President Gabriel Boric will travel to Montevideo later this month.",
                   "His office confirmed the visit, which will take place on May 22 on the way from the "
                   "Mercosur summit in Argentina to Brazil.")
    [visit] = [e for e in found if e.kind == "visit"]
    assert (visit.date, visit.status) == ("2023-05-22", "scheduled")
    assert all(e.date != "2023-05-22" for e in found if e.kind == "summit")


def test_a_day_fronted_in_a_reported_clause_takes_the_tense_of_the_clause_after_it():
    [meeting] = events("A Kremlin spokesman added that on Friday Putin would receive the Iranian president, "
                       "Ebrahim Raisi, in Moscow.")
    assert (meeting.date, meeting.status) == ("2023-05-12", "scheduled")


def test_it_should_be_recalled_frames_a_past_meeting_it_does_not_make_it_a_proposal():
    [meeting] = events("It should be recalled that President Kassym-Jomart Tokayev met President "
                       "Shavkat Mirziyoyev in Samarkand.")
    assert meeting.status == "held"


def test_a_when_clause_on_a_month_dates_each_trip_it_tells():
    found = events("The president arrived in Nairobi on Tuesday for talks with William Ruto.",
                   "Talks with African partners are frequent for the French leader, and his aides say he has "
                   "travelled widely on the continent.",
                   "Emmanuel Macron last visited the continent in July, when he travelled to Cameroon, Benin and "
                   "Guinea-Bissau.")
    trips = {e.location.country: e.date for e in found if e.kind == "visit" and e.location}
    assert trips["CMR"] == trips["BEN"] == trips["GNB"] == "2022-07"


def test_a_relative_pronoun_subject_names_who_met():
    [meeting] = events("The border deal was drafted by Kenyan President William Ruto, who met Ugandan President "
                       "Yoweri Museveni in Kampala on Monday.")
    assert {p.name for p in meeting.participants} == {"William Ruto", "Yoweri Museveni"}
    assert set(meeting.countries) == {"KEN", "UGA"}


def test_a_relative_clause_on_two_coordinated_ministers_makes_both_parties():
    [meeting] = events("The text was negotiated by Indian Foreign Minister Subrahmanyam Jaishankar and his "
                       "Chinese counterpart Wang Yi, who met in Beijing in April.")
    assert {p.name for p in meeting.participants} >= {"Wang Yi"}
    assert set(meeting.countries) == {"IND", "CHN"}


def test_a_coordinated_predicate_after_the_meeting_names_no_party_of_it():
    found = events("Australian Foreign Minister Penny Wong met Fiji's prime minister in Suva on Monday and "
                   "is due in Samoa and Tonga later this week.")
    meeting = next(e for e in found if e.kind == "meeting")
    assert set(meeting.countries) == {"AUS", "FJI"}


def test_a_subject_before_a_clause_set_in_the_middle_still_travels():
    found = events("A foreign ministry spokesperson said on Tuesday that Kenyan President William Ruto, who is also "
                   "the chair of the regional bloc, will visit Rwanda, Burundi and Tanzania next week.")
    visits = [e for e in found if e.kind == "visit"]
    assert {e.location.country for e in visits} == {"RWA", "BDI", "TZA"}
    assert all([p.name for p in e.participants] == ["William Ruto"] for e in visits)


def test_a_family_name_alone_beside_a_namesake_named_in_full_is_the_other_person():
    found = events("Chinese Foreign Minister Wang Yi will tour the Pacific from Thursday.",
                   "Foreign ministry spokesperson Wang Wenbin told reporters on Tuesday that Wang, who is also a "
                   "state councillor, will visit Fiji and Samoa.")
    visits = [e for e in found if e.kind == "visit" and e.location]
    assert {e.location.country for e in visits} == {"FJI", "WSM"}
    assert all([p.name for p in e.participants] == ["Wang Yi"] for e in visits)


def test_a_leader_who_is_on_a_visit_is_its_traveller_and_it_is_under_way():
    found = events("President of the Republic of Kenya William Ruto, who is on a working visit to Ethiopia, met "
                   "with Prime Minister Abiy Ahmed in Addis Ababa.")
    visit = next(e for e in found if e.kind == "visit")
    assert [p.name for p in visit.participants] == ["William Ruto"]
    assert (visit.location.country, visit.status, visit.date) == ("ETH", "held", "2023-05-10")
    meeting = next(e for e in found if e.kind == "meeting")
    assert {p.name for p in meeting.participants} == {"William Ruto", "Abiy Ahmed"}


def test_who_hosted_a_meeting_of_two_others_is_not_its_party():
    found = events("President Ilham Aliyev met Prime Minister Nikol Pashinyan in Abu Dhabi on Tuesday.",
                   "The leaders thanked the President of the United Arab Emirates, Sheikh Mohamed bin Zayed Al "
                   "Nahyan, for hosting the meeting.")
    [meeting] = [e for e in found if e.kind == "meeting"]
    assert set(meeting.countries) == {"AZE", "ARM"}


def test_welcoming_a_foreign_leader_in_a_city_is_a_meeting_there():
    found = events("Kenyan President William Ruto welcomed his Ugandan counterpart Yoweri Museveni in the "
                   "capital Nairobi with an official ceremony on Tuesday.")
    [meeting] = [e for e in found if e.kind == "meeting"]
    assert set(meeting.countries) == {"KEN", "UGA"}
    assert (meeting.date, meeting.location.place) == ("2023-05-09", "Nairobi")


def test_welcoming_a_decision_is_no_meeting():
    assert not [e for e in events("Kenya welcomed the decision by Uganda to reopen the border on Tuesday.")
                if e.kind == "meeting"]


def test_a_place_named_as_a_resort_or_city_of_a_region_is_the_events_place():
    [meeting] = events("Vladimir Putin met Recep Tayyip Erdogan in the Black Sea resort of Sochi on Monday.")
    assert meeting.location.place == "Sochi"


def test_a_day_a_plan_had_been_set_for_is_still_ahead_when_it_has_just_been_put_off():
    [visit] = [e for e in events("The visit of President William Ruto to Uganda, which had been scheduled for "
                                 "Thursday, has been postponed, an official said on Wednesday.") if e.kind == "visit"]
    assert (visit.date, visit.status) == ("2023-05-11", "postponed")


def test_seyyed_is_an_honorific_not_part_of_the_name():
    [visit] = [e for e in events("President Seyyed Ebrahim Raisi will travel to Ankara on Thursday.") if e.kind == "visit"]
    assert [p.name for p in visit.participants] == ["Ebrahim Raisi"]


def test_a_pronoun_in_a_fronted_clause_looks_ahead_to_the_main_subject():
    found = events("Ebrahim Raisi will visit Ankara on May 28.",
                   "Speaking to reporters on his way back from Berlin, where he held talks with German Chancellor "
                   "Olaf Scholz on Friday, Turkish President Recep Tayyip Erdogan confirmed the date.")
    talks = next(e for e in found if e.kind == "meeting")
    assert {p.name for p in talks.participants} == {"Olaf Scholz", "Recep Tayyip Erdogan"}


def test_the_two_neighbours_are_two_states_that_share_a_border():
    found = events("Iranian President Ebrahim Raisi will visit Ankara on May 28.",
                   "Speaking on his way back from Berlin, where he held talks with German Chancellor Olaf Scholz "
                   "on Friday, Turkish President Recep Tayyip Erdogan said the two neighbours would hold a meeting "
                   "of their cooperation council during the visit.")
    council = next(e for e in found if e.kind == "meeting" and "Olaf Scholz" not in {p.name for p in e.participants})
    assert set(council.countries) == {"TUR", "IRN"}


def test_an_indefinite_meeting_on_another_day_is_not_the_one_told_before():
    found = events("Recep Tayyip Erdogan and Ebrahim Raisi held talks on trade and energy.",
                   "Raisi chaired an emergency meeting of ministers in Tehran on Tuesday.")
    talks = next(e for e in found if "TUR" in e.countries)
    assert talks.location is None and talks.date != "2023-05-09"


def test_who_overshadows_a_visit_is_neither_its_party_nor_its_time():
    from summitry.events.syntax import agent_beside_event, attached, event_heads, parse
    text = ("His visit has been shadowed by Australia's new Foreign Minister Penny Wong, who met Bainimarama in "
            "Suva on Thursday and is due in Samoa and Tonga later this week.")
    doc, visit = parse(text), (text.index("visit"), text.index("visit") + 5)
    wong = (text.index("Penny"), text.index("Wong") + 4)
    assert agent_beside_event(doc, visit, *wong)
    week = (text.index("later"), len(text) - 1)
    assert attached(doc, event_heads(doc, *visit), *week) is not True
    hosted = "The summit was attended by Australian Prime Minister Anthony Albanese."
    doc, summit = parse(hosted), (hosted.index("summit"), hosted.index("summit") + 6)
    assert not agent_beside_event(doc, summit, hosted.index("Anthony"), hosted.index("Albanese") + 8)


def test_a_plan_told_in_the_past_perfect_after_it_was_called_off_is_on_the_nearest_such_days():
    found = events("Kenyan President William Ruto on Wednesday called off a trip to Ethiopia.",
                   "Ruto had been due to leave Nairobi on Wednesday night for talks with Abiy Ahmed in Addis Ababa "
                   "on Friday and Saturday.")
    talks = next(e for e in found if e.kind == "meeting")
    assert talks.date == "2023-05-12/2023-05-13"


def test_the_day_a_trip_was_agreed_is_not_the_trips():
    found = events("Kenyan President William Ruto on Tuesday called off a trip to Ethiopia.",
                   "The trip had been agreed by Ruto and Abiy Ahmed when they met in Nairobi in November.")
    assert all(e.date != "2022-11" for e in found if e.kind == "visit")


def test_two_meetings_told_as_coordinated_place_and_month_pairs_are_two():
    found = events("Kenyan President William Ruto and Ugandan President Yoweri Museveni have met twice since the "
                   "spring, in Nairobi on the sidelines of the regional summit in March and in Kampala in April, "
                   "where they agreed to reopen the border.")
    meetings = sorted((e.date, e.location.place) for e in found if e.kind == "meeting")
    assert meetings == [("2023-03", "Nairobi"), ("2023-04", "Kampala")]
    summit = next(e for e in found if e.kind == "summit")
    assert summit.location is None or summit.location.place != "Kampala"


def test_a_visit_named_without_a_place_goes_where_the_headline_says():
    article = Article(id="t", origin="t.txt", title="All set for Ruto's visit to Kampala", published=PUB,
                      paragraphs=["Ruto's visit, which is expected to last less than a day, will be the occasion "
                                  "for the first meeting of the joint border commission.",
                                  "Ruto last visited Kampala in December 2019."])
    visits = sorted((e.date or "", e.status) for e in extract_events(article) if e.kind == "visit")
    assert visits == [("", "scheduled"), ("2019-12", "held")]


def test_a_dinner_hosted_by_a_king_is_no_meeting_but_a_guest_hosted_by_a_president_is(monkeypatch):
    from summitry.events import article as reading
    drafts = []
    analyze = reading.analyze_sentence
    monkeypatch.setattr(reading, "analyze_sentence", lambda view, leaders: drafts.extend(found := analyze(view, leaders)) or found)
    events("The summit opens with a dinner hosted by Spain's King Felipe VI on Tuesday evening.")
    assert [d.kind for d in drafts] == ["summit"]
    found = events("Kenyan President William Ruto will be hosted by President Joe Biden at the White House on Friday.")
    [meeting] = [e for e in found if e.kind == "meeting"]
    assert {p.name for p in meeting.participants} == {"William Ruto", "Joe Biden"}


def test_states_in_a_clause_after_a_colon_are_not_parties_of_what_precedes_it():
    found = events("Leaders also agreed on the next venues for the forum: Ghana will host in the spring of 2024, "
                   "followed by Kenya and then Senegal.")
    assert not [e for e in found if {"GHA", "KEN", "SEN"} & set(e.countries)]


def test_two_event_nouns_each_with_its_own_guest_keep_them_apart():
    found = events("Kenyan President William Ruto will begin in Mombasa, where he will open a trade fair, before "
                   "travelling to Addis Ababa for talks with Prime Minister Abiy Ahmed and an annual meeting with "
                   "President Sahle-Work Zewde.")
    meetings = [{p.name for p in e.participants} for e in found if e.kind == "meeting"]
    assert not any({"Abiy Ahmed", "Sahle-Work Zewde"} <= people for people in meetings)


def test_calling_off_his_planned_trip_stays_the_news_when_the_plan_is_told_after():
    found = events("Kenyan President William Ruto on Tuesday called off his planned trip to Ethiopia.",
                   "Ruto had been scheduled to leave Nairobi later on Tuesday for Addis Ababa, where he was to "
                   "hold talks with Prime Minister Abiy Ahmed.")
    [visit] = [e for e in found if e.kind == "visit"]
    assert visit.status == "cancelled"


def test_holding_a_meeting_at_a_later_date_is_a_new_slot_not_the_one_put_off():
    found = events("Kenyan President William Ruto on Tuesday called off his summit with Ethiopian Prime Minister "
                   "Abiy Ahmed.",
                   "Officials said Kenya would explore holding the summit at a later date, possibly in Nairobi.")
    called_off = next(e for e in found if e.status == "cancelled")
    assert called_off.location is None


def test_joining_a_gathering_by_video_link_is_no_call():
    found = events("Ukraine will be represented by its prime minister, with President Volodymyr Zelensky expected "
                   "to join by video link, as well as Norway, Switzerland and Serbia.")
    assert not [e for e in found if e.kind == "call"]
    [call] = [e for e in events("Volodymyr Zelensky spoke with Olaf Scholz by video link on Monday.") if e.kind == "call"]
    assert set(call.countries) == {"UKR", "DEU"}


def test_what_comes_after_the_talks_in_a_fronted_clause_is_another_event():
    found = events("South African President Cyril Ramaphosa and German Chancellor Olaf Scholz held bilateral talks "
                   "on trade and energy.",
                   "After the talks, the chancellor was scheduled to meet South African Foreign Minister Naledi Pandor "
                   "in Johannesburg.")
    assert sorted(e.status for e in found if e.kind == "meeting") == ["held", "scheduled"]


def test_welcoming_a_leader_named_after_a_long_title_is_a_meeting():
    found = events("President Cyril Ramaphosa on Tuesday welcomed the Chancellor of the Federal Republic of Germany, "
                   "Olaf Scholz, at the Union Buildings in Pretoria.")
    [meeting] = [e for e in found if e.kind == "meeting"]
    assert {p.name for p in meeting.participants} == {"Cyril Ramaphosa", "Olaf Scholz"}
    assert meeting.date == "2023-05-09"


def test_the_place_of_the_document_signed_is_the_signings():
    [signing] = events("Kenya, Uganda and Tanzania signed a trilateral memorandum in Arusha on Tuesday, opening the "
                       "way for a joint railway.")
    assert (signing.kind, signing.location.place, signing.date) == ("agreement", "Arusha", "2023-05-09")


def test_a_venue_followed_by_its_town_gives_the_town():
    found = events("President Cyril Ramaphosa on Tuesday welcomed German Chancellor Olaf Scholz at the Union "
                   "Buildings in Pretoria.")
    [meeting] = [e for e in found if e.kind == "meeting"]
    assert meeting.location.place == "Pretoria"


def test_a_meeting_with_him_takes_the_speaker_and_would_also_hold_is_a_reported_plan():
    [meeting] = [e for e in events("Prime Minister Anwar Ibrahim said Donald Trump would also hold a bilateral "
                                   "meeting with him on Sunday.") if e.kind == "meeting"]
    assert {p.name for p in meeting.participants} == {"Anwar Ibrahim", "Donald Trump"}
    assert (meeting.date, meeting.status) == ("2023-05-14", "scheduled")


def test_the_undated_stops_of_a_planned_tour_take_its_month():
    found = events("Kenyan President William Ruto will leave on Friday for Addis Ababa, where he will hold talks "
                   "with Prime Minister Abiy Ahmed.",
                   "He will also visit Djibouti and Eritrea before returning on Monday.")
    stops = {e.location.country: e.date for e in found if e.kind == "visit" and e.location}
    assert stops["DJI"] == stops["ERI"] == "2023-05"


def test_an_institution_word_before_a_name_is_not_part_of_it():
    [talks] = events("Director of the Office of the Central Foreign Affairs Commission Wang Yi held talks with Indian "
                     "National Security Advisor Ajit Doval in Beijing on Tuesday.")
    assert {p.name for p in talks.participants} == {"Wang Yi", "Ajit Doval"}


def test_a_tour_of_several_states_is_a_visit_to_each():
    found = events("Indian Prime Minister Narendra Modi will embark on a three-nation tour of Cyprus, Canada and "
                   "Croatia next month.")
    assert {e.location.country for e in found if e.kind == "visit"} == {"CYP", "CAN", "HRV"}
