"""Rules found on the stand-in sets of session 20 (the Maghreb, Central America and the Caribbean,
maritime Southeast Asia, the East African Community). Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_events_round31 import mentions

from summitry.actors import analyze_actors
from summitry.language import split_sentences


def _people(text: str, when: datetime) -> dict[str, str | None]:
    sentences = split_sentences(text)
    actors = analyze_actors(sentences, when=when.date())
    return {m.person.name: m.person.country for s in sentences for m in actors.mentions(s.index) if m.person}


def test_the_further_stops_of_a_tour_expected_to_take_him_there_are_visits_of_their_own():
    found = mentions("Russian Foreign Minister Sergei Lavrov arrived in Bamako on Tuesday at the start of a tour that is "
                     "also expected to take him to Niger, Chad and Togo.", published=datetime(2024, 5, 21, 12))
    visits = sorted((m.location.country, m.status) for m in found if m.kind == "visit")
    assert visits == [("MLI", "held"), ("NER", "scheduled"), ("TCD", "scheduled"), ("TGO", "scheduled")]


def test_who_received_the_guest_is_not_at_the_talks_of_the_next_verb():
    found = mentions("Lavrov was received by Mali's interim president, Colonel Assimi Goita, and held talks with Foreign "
                     "Minister Abdoulaye Diop.", published=datetime(2024, 5, 21, 12))
    talks = [m for m in found if m.kind == "meeting" and "Abdoulaye Diop" in [p.name for p in m.participants]]
    assert talks and all("Assimi Goita" not in [p.name for p in m.participants] for m in talks)


def test_a_meeting_to_be_held_on_its_own_day_is_not_dated_by_the_journey_to_it():
    found = mentions("Italian Prime Minister Giorgia Meloni will travel to Algiers on Sunday to co-chair with her Algerian "
                     "counterpart Aymen Benabderrahmane the fourth Intergovernmental Meeting between the two countries, to be "
                     "held on Monday, 23 January, at the government palace.", published=datetime(2023, 1, 20, 9))
    assert [m.date for m in found if m.kind == "meeting"] == ["2023-01-23"]


def test_the_three_way_meeting_is_not_the_bilateral_told_before_it():
    found = mentions("On Monday the US president will hold a bilateral meeting with the Mexican president, and on Tuesday "
                     "the two will be joined by the Canadian prime minister for the North American Leaders' Summit.",
                     "Security and trade will top the agenda of the three-way meeting, the first held in Mexico since 2014.",
                     published=datetime(2023, 1, 6, 12))
    earlier = [m for m in found if m.date == "2014"]
    assert earlier and set(earlier[0].countries) == {"USA", "MEX", "CAN"}


def test_further_portfolios_of_a_minister_s_title_are_no_part_of_his_name():
    people = _people("Minister for Trade and Industry Gan Kim Yong signed for Singapore. Foreign Minister and Defence "
                     "Minister Ng Eng Hen also attended.", datetime(2025, 1, 7, 9))
    assert "Gan Kim Yong" in people and "Ng Eng Hen" in people
    assert not any(name.startswith(("Industry", "Minister")) for name in people)


def test_haji_is_an_honorific_and_yang_di_pertuan_an_office():
    people = _people("His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah, Sultan and Yang Di-Pertuan of "
                     "Brunei Darussalam, will attend the meeting in Washington.", datetime(2022, 5, 10, 9))
    assert people == {"Hassanal Bolkiah": "BRN"}


def test_a_grouping_in_a_clause_describing_a_building_toured_is_no_party_of_the_visit():
    found = mentions("In Shanghai the Honduran president is expected to tour the headquarters of the New Development Bank, "
                     "the lender set up by the BRICS nations that Honduras hopes to join.",
                     published=datetime(2023, 6, 8, 9))
    assert all(not {"BRA", "RUS", "IND", "ZAF"} & set(m.countries) for m in found)


def test_their_in_a_phrase_fronted_before_the_subject_looks_ahead_to_it():
    found = mentions("Haitian Prime Minister Ariel Henry signed an agreement with Kenyan President William Ruto in Nairobi "
                     "on March 1.",
                     "At their summit in Georgetown last month, Caribbean Community leaders said Henry had committed to "
                     "holding elections.", published=datetime(2024, 3, 10, 9))
    summits = [m for m in found if m.kind == "summit"]
    assert summits and all("William Ruto" not in [p.name for p in m.participants] for m in summits)
    assert all("KEN" not in m.countries for m in summits)


def test_an_arrival_to_attend_a_summit_still_to_be_held_leaves_it_scheduled():
    found = mentions("The Japanese prime minister arrived in Seoul on Sunday afternoon to attend the trilateral summit "
                     "with China and South Korea, to be held on Monday.", published=datetime(2024, 5, 26, 18))
    assert [(m.date, m.status) for m in found if m.kind == "summit"] == [("2024-05-27", "scheduled")]


def test_a_leaders_retreat_is_a_meeting_in_the_capital_set_after_its_state():
    found = mentions("Singapore Prime Minister Lawrence Wong will travel to Malaysia's administrative capital Putrajaya on "
                     "Tuesday for the 11th Malaysia-Singapore Leaders' Retreat.",
                     "The previous leaders' retreat was held in Singapore in October 2023.",
                     published=datetime(2025, 1, 6, 9))
    meetings = sorted((m.date, m.location.place if m.location else None) for m in found if m.kind == "meeting")
    assert meetings == [("2023-10", "Singapore"), ("2025-01-07", "Putrajaya")]


def test_talks_in_the_evening_of_an_arrival_day_and_the_signing_after_them_are_of_that_day():
    found = mentions("The Spanish prime minister landed in Rabat on Monday at the start of a three-day visit to Morocco.",
                     "He and his Moroccan counterpart held talks in the evening at the government's seat, before overseeing "
                     "the signing of a dozen agreements on water and transport.",
                     "He is due to address business leaders on Tuesday.", published=datetime(2023, 2, 6, 21))
    assert sorted((m.kind, m.date, m.status) for m in found if m.kind in ("meeting", "agreement")) == \
        [("agreement", "2023-02-06", "held"), ("meeting", "2023-02-06", "held")]


def test_guests_met_each_on_a_day_of_his_own_are_meetings_of_their_own():
    found = mentions("Guatemala was the fourth stop on Secretary of State Marco Rubio's first trip abroad.",
                     "He met Panama's President Jose Raul Mulino on Sunday and El Salvador's Nayib Bukele on Monday at the "
                     "Salvadoran leader's lakeside residence.", published=datetime(2025, 2, 5, 18))
    assert sorted((m.date, tuple(sorted(m.countries))) for m in found if m.kind == "meeting") == \
        [("2025-02-02", ("PAN", "USA")), ("2025-02-03", ("SLV", "USA"))]


def test_a_broader_accord_still_to_be_signed_is_not_the_agreement_signed_that_day():
    found = mentions("The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday, in a "
                     "ceremony hosted by Secretary of State Marco Rubio.",
                     "Trump said Congolese President Felix Tshisekedi and Rwandan President Paul Kagame would come to "
                     "Washington in the coming weeks to sign a broader accord with him.",
                     published=datetime(2025, 6, 27, 17))
    agreements = sorted((m.status, m.date or "") for m in found if m.kind == "agreement")
    assert agreements == [("held", "2025-06-27"), ("proposed", "")]


def test_the_day_an_event_was_preceded_by_another_is_the_other_s():
    found = mentions("The fifth joint cabinet meeting of Chile and Argentina was held on Thursday in Santiago.",
                     "The meeting was preceded on Wednesday by a business forum in Santiago, attended by members of the "
                     "two governments.", published=datetime(2024, 8, 1, 18))
    assert [m.date for m in found if m.kind == "meeting"] == ["2024-08-01"]


def test_a_summit_that_will_not_go_ahead_on_those_dates_is_put_off_not_called_off():
    found = mentions("The summit between Japanese Prime Minister Fumio Kishida and Kenyan President William Ruto, which "
                     "Tokyo had offered to host late this month, will not go ahead on those dates.",
                     published=datetime(2023, 3, 4, 9))
    assert [m.status for m in found if m.kind == "summit"] == ["postponed"]


def test_the_place_of_a_relative_clause_that_plans_the_meeting_is_its_place():
    found = mentions("US Secretary of State Antony Blinken will fly to Jamaica on Monday for an emergency meeting on Haiti.",
                     "The meeting, which Prime Minister Andrew Holness will host in Kingston, is expected to bring together "
                     "the bloc's heads of government.", published=datetime(2024, 3, 10, 9))
    assert [(m.location.place if m.location else None) for m in found if m.kind == "meeting"] == ["Kingston"]


def test_one_who_did_not_take_part_in_a_summit_is_no_party_to_it():
    found = mentions("Congolese President Felix Tshisekedi did not take part in an extraordinary summit of the East African "
                     "Community held virtually last Wednesday, where Kenyan President William Ruto and Ugandan President "
                     "Yoweri Museveni called for talks.", published=datetime(2025, 2, 3, 9))
    assert not any("Felix Tshisekedi" in [p.name for p in m.participants] or "COD" in m.countries
                   for m in found if m.kind == "summit")


def test_the_host_set_before_a_relative_clause_is_at_the_meeting_he_hosted():
    found = mentions("President João Lourenço, who is the African Union's champion for peace and reconciliation in the "
                     "region, hosted Presidents Tshisekedi and Kagame in Luanda in July 2022.",
                     published=datetime(2024, 12, 14, 9))
    assert any("João Lourenço" in [p.name for p in m.participants] for m in found if m.kind == "meeting")


def test_a_single_name_before_a_palace_is_the_palace_s_not_a_person_s():
    people = _people("At Al-Salam royal palace, the US president was received by King Salman.", datetime(2022, 7, 15, 20))
    assert "Tammam Salam" not in people and "Salman bin Abdulaziz" in people


def test_his_highness_is_a_style_and_the_guest_of_talks_is_no_traveller_of_the_trip():
    found = mentions("US President Donald Trump will start his Gulf tour in Riyadh on May 13 with talks with Crown Prince "
                     "Mohammed bin Salman, before moving on to Doha for talks with His Highness the Amir Sheikh Tamim bin "
                     "Hamad Al Thani, and ending the trip in Abu Dhabi.", published=datetime(2025, 5, 6, 9))
    trips = [m for m in found if m.kind == "visit" and m.location and m.location.country == "ARE"]
    assert trips and all({p.name for p in m.participants} <= {"Donald Trump"} for m in trips)


def test_an_event_the_parse_set_beside_the_town_is_still_the_object_attended_there_that_day():
    found = mentions("President Klaus Iohannis attended on Wednesday, in Warsaw, the summit of the Bucharest Nine format, "
                     "which he co-hosted with Polish President Andrzej Duda.", published=datetime(2023, 2, 22, 15))
    assert [(m.date, m.location.place if m.location else None) for m in found if m.kind == "summit"] == \
        [("2023-02-22", "Warsaw")]


def test_talks_a_day_before_the_day_told_and_the_signing_at_them_and_no_session_of_parliament():
    found = mentions("Prime Minister Narendra Modi on Thursday addressed a special session of Ghana's Parliament, the first "
                     "Indian leader to do so.",
                     "Mr. Modi spoke a day after holding talks with President John Dramani Mahama, at which the two sides "
                     "elevated their relations and signed four memoranda of understanding.", published=datetime(2025, 7, 4, 9))
    assert sorted((m.kind, m.date) for m in found) == [("agreement", "2025-07-02"), ("meeting", "2025-07-02")]


def test_a_meeting_a_day_before_the_main_verb_s_day():
    found = mentions("The Kenyan president returned to Nairobi on Friday, two days after holding talks with the Ugandan "
                     "president in Kampala.", published=datetime(2024, 5, 11, 9))
    assert [m.date for m in found if m.kind == "meeting"] == ["2024-05-08"]


def test_the_town_before_where_without_a_comma_and_a_town_told_after_a_name_that_holds_another():
    found = mentions("The American president landed in Hanoi in the early afternoon, having flown in from New Delhi where "
                     "he attended the G20 summit earlier in the day.",
                     "The Vietnamese prime minister attended the Summer Davos forum in Tianjin in June.",
                     published=datetime(2023, 9, 10, 20))
    places = {m.kind: m.location.place for m in found if m.kind in ("summit", "forum") and m.location}
    assert places == {"summit": "New Delhi", "forum": "Tianjin"}


def test_the_state_whose_invasion_a_trip_marks_is_no_party_to_it():
    found = mentions("US President Joe Biden will travel to Poland from February 20 to 22, the White House announced on "
                     "Tuesday, in a trip timed to coincide with the first anniversary of Russia's full-scale invasion.",
                     published=datetime(2023, 2, 14, 18))
    assert all("RUS" not in m.countries for m in found)


def test_his_highness_standing_alone_refers_back_to_the_royal_named_before():
    found = mentions("Sheikh Abdullah bin Zayed Al Nahyan, the UAE's foreign minister, took part in the summit in Sde Boker.",
                     "On the sidelines of the summit, His Highness held a bilateral meeting with Yair Lapid.",
                     published=datetime(2022, 3, 28, 18))
    assert any({"Abdullah bin Zayed Al Nahyan", "Yair Lapid"} <= {p.name for p in m.participants}
               for m in found if m.kind == "meeting")


def test_the_foreign_ministers_of_two_states_are_each_state_s_minister_at_the_date():
    found = mentions("The foreign ministers of Saudi Arabia and Iran spoke by telephone on Thursday.",
                     published=datetime(2023, 3, 24, 9))
    assert [sorted(p.name for p in m.participants) for m in found if m.kind == "call"] == \
        [["Faisal bin Farhan", "Hossein Amir-Abdollahian"]]


def test_a_summit_held_in_a_town_when_the_tagger_takes_held_for_a_past_verb():
    found = mentions("The decision was announced at the end of an extraordinary summit of the ECOWAS Authority of Heads of "
                     "State and Government held at the State House in Abuja and presided over by the chairman of the "
                     "Authority, President Bola Tinubu.", published=datetime(2023, 8, 10, 18))
    assert [m.location.place for m in found if m.kind == "summit" and m.location] == ["Abuja"]


def test_the_meeting_heads_of_state_attended_is_the_summit_not_the_officials_meeting_told_after_it():
    found = mentions("Leaders of the regional bloc held an extraordinary summit on Thursday.",
                     "The regional defence chiefs, who met in Abuja last week, are expected to meet in Accra, Ghana, on "
                     "Saturday to work out the next steps.",
                     "Heads of state at Thursday's meeting included Ivory Coast's Alassane Ouattara, Senegal's Macky Sall "
                     "and Liberia's George Weah.", published=datetime(2023, 8, 10, 18))
    assert not any(m.location and m.location.place == "Accra" and "George Weah" in [p.name for p in m.participants]
                   for m in found)
    assert any(m.kind == "summit" and "George Weah" in [p.name for p in m.participants] for m in found)


def test_a_known_name_with_its_article_prefix_spelt_otherwise_or_with_a_middle_name_is_that_person():
    people = _people("Syria's new leader Ahmad al-Sharaa met Saudi officials, and Foreign Minister Asaad Hassan al-Shaibani "
                     "joined him.", datetime(2025, 2, 3, 9))
    assert "Ahmed al-Sharaa" in people and "Asaad al-Shaibani" in people


def test_a_meeting_brokered_by_a_third_is_the_meeting_just_told_and_he_no_party():
    found = mentions("US President Donald Trump toured Saudi Arabia, Qatar and the United Arab Emirates this week, and met "
                     "Syria's president Ahmed al-Sharaa in Riyadh on Wednesday, a meeting brokered by Saudi Crown Prince "
                     "Mohammed bin Salman.", published=datetime(2025, 5, 17, 9))
    meetings = [m for m in found if m.kind == "meeting"]
    assert len(meetings) == 1 and "Mohammed bin Salman" not in [p.name for p in meetings[0].participants]


def test_received_there_by_the_host_far_after_the_verb_and_the_visit_the_host_paid_months_ago():
    found = mentions("Prime Minister Kyriakos Mitsotakis was received yesterday at the Presidential Complex in Ankara by "
                     "President Recep Tayyip Erdogan, returning the visit that the Turkish leader paid to Athens five "
                     "months ago.", published=datetime(2024, 5, 14, 9))
    got = sorted((m.kind, m.date, m.location.place if m.location else None) for m in found)
    assert ("meeting", "2024-05-13", "Ankara") in got and ("visit", "2023-12", "Athens") in got


def test_a_town_before_a_landmark_word_in_lower_case_is_the_landmark_s_name():
    found = mentions("Colombian President Gustavo Petro was received by Nicolas Maduro at the Miraflores palace in Caracas "
                     "on Tuesday.", published=datetime(2022, 11, 1, 20))
    assert [m.location.country for m in found if m.kind == "meeting" and m.location] == ["VEN"]


def test_earlier_in_the_day_is_the_news_day_not_a_background_day_told_just_before():
    found = mentions("Pope Francis welcomed Ukrainian President Volodymyr Zelensky at the Vatican on Saturday.",
                     "It was their second meeting: the Pope first received President Zelensky on 8 February 2020.",
                     "Earlier in the day, the Ukrainian leader was received at the Quirinale by Italian President Sergio "
                     "Mattarella.", published=datetime(2023, 5, 13, 20))
    assert [m.date for m in found if "Sergio Mattarella" in [p.name for p in m.participants]] == ["2023-05-13"]
