"""Wordings met in news of South Asia, Central Asia and the Caucasus, South America,
Southern Africa and the Pacific: Portuguese family names joined by "e", initials spaced
or not, a meeting "where" a state named just before, a plan told in a relative clause on
the event ("which was due to start on Monday"), and "on the sidelines of the summit" told
after the summit itself. Sentences written for these tests."""

from __future__ import annotations

from datetime import date, datetime

from summitry.actors import analyze_actors
from summitry.actors.resolve import as_written
from summitry.actors.known import known_person
from summitry.events import extract_events
from summitry.language import split_sentences
from summitry.model import Article


def mentions(*paragraphs: str, published=datetime(2024, 1, 20, 9), url: str | None = None):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs),
                                  published=published, url=url))


def people(text: str, when=date(2024, 12, 3)):
    actors = analyze_actors(split_sentences(text), when=when, use_model=False)
    return list(actors.people)


def test_a_portuguese_e_joins_two_family_names():
    assert "Jorge Almeida e Sousa" in people("The minister received Prime Minister Jorge Almeida e Sousa on Monday.")


def test_initials_spaced_or_not_keep_the_articles_spelling():
    holder = known_person("K P Sharma Oli", date(2025, 4, 4))
    assert holder is not None
    assert as_written("K P Sharma Oli", holder) == "K P Sharma Oli"
    assert as_written("Joseph R. Biden Jr.", known_person("Joe Biden", date(2022, 1, 1))) == "Joe Biden"


def test_a_meeting_where_a_state_was_just_named_is_held_there():
    found = mentions("Kenyan President William Ruto reached Kinshasa on Tuesday after a stopover on the coast of "
                     "Tanzania, where he met President Samia Suluhu Hassan.", published=datetime(2024, 3, 6, 9))
    met = [m for m in found if m.kind == "meeting"]
    assert [(sorted(m.countries), m.location and m.location.country) for m in met] == [(["KEN", "TZA"], "TZA")]


def test_a_plan_told_in_a_relative_clause_dates_the_event():
    found = mentions("Chilean President Gabriel Boric has called off his state visit to Spain, which was due to "
                     "start on Monday, his office said on Friday.", published=datetime(2024, 5, 10, 9))
    assert [(m.kind, m.status, m.date) for m in found] == [("visit", "postponed", "2024-05-13")] \
        or [(m.kind, m.date) for m in found] == [("visit", "2024-05-13")]


def test_the_summit_on_whose_sidelines_leaders_met_is_the_one_told_before():
    found = mentions("Leaders of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan held a summit with Chinese "
                     "President Xi Jinping in Astana on Tuesday.",
                     "A second summit is planned in China in 2027.",
                     "On the sidelines of the summit, Xi held separate meetings with Kyrgyz President Sadyr Japarov "
                     "and Tajik President Emomali Rahmon.", published=datetime(2025, 6, 18, 9))
    summits = [m for m in found if m.kind == "summit"]
    assert len(summits) == 2
    held = next(m for m in summits if m.status == "held")
    assert {"Sadyr Japarov", "Emomali Rahmon"} <= {p.name for p in held.participants}
    assert [sorted(m.countries) for m in found if m.kind == "meeting"] == [["CHN", "KGZ"], ["CHN", "TJK"]]


def test_a_gathering_of_a_body_named_in_capitals_is_no_reference_back():
    found = mentions("US President Joe Biden called off the Quad summit in Sydney that was due to follow his trip.",
                     "On the same day in Port Moresby, Indian Prime Minister Narendra Modi and Papua New Guinea's "
                     "Prime Minister James Marape co-chaired the third summit of the Forum for India-Pacific Islands "
                     "Cooperation.", published=datetime(2023, 5, 23, 9))
    assert sorted(sorted(m.countries) for m in found if m.kind == "summit") == [
        ["AUS", "IND", "JPN", "USA"], ["IND", "PNG"]]


def test_a_grouping_named_in_another_events_word_is_that_events_party():
    found = mentions("US President Joe Biden called off his Port Moresby stop, and the Quad summit in Sydney that "
                     "was due to follow it.", published=datetime(2023, 5, 17, 9))
    got = {m.kind: sorted(m.countries) for m in found}
    assert got["visit"] == ["PNG", "USA"]
    assert got["summit"] == ["AUS", "IND", "JPN", "USA"]


def test_a_trip_is_not_a_meeting_of_the_grouping_it_is_for():
    found = mentions("From Port Moresby, US President Joe Biden will fly to Sydney for the Quad leaders' summit "
                     "on May 24.", published=datetime(2023, 5, 10, 9))
    got = {m.kind: sorted(m.countries) for m in found}
    assert got["visit"] == ["AUS", "USA"]
    assert got["summit"] == ["AUS", "IND", "JPN", "USA"]


def test_heads_of_state_is_no_verb_of_the_future():
    from summitry.time import tag
    text = "The president skipped the summit of the bloc's heads of state in Astana in July."
    assert [t.value for t in tag(text, date(2024, 10, 4))] == ["2024-07"]


def test_the_meeting_attended_by_leaders_is_the_groupings_session_told_before():
    found = mentions("The two-day meeting of the Shanghai Cooperation Organisation's Council of Heads of Government "
                     "ended in Islamabad on Wednesday.",
                     "The meeting was attended by Chinese Premier Li Qiang and Russian Prime Minister Mikhail "
                     "Mishustin.", published=datetime(2024, 10, 16, 18))
    assert len([m for m in found if m.kind in ("meeting", "summit")]) == 1
    assert {"Li Qiang", "Mikhail Mishustin"} <= {p.name for m in found for p in m.participants}


def test_a_meeting_of_presidents_is_an_event_of_its_own():
    found = mentions("Brazilian President Luiz Inacio Lula da Silva welcomed Venezuelan President Nicolas Maduro to "
                     "Brasilia. The two leaders held talks and then met with their delegations.",
                     "The remarks are expected to overshadow Tuesday's meeting of South American presidents in the "
                     "Brazilian capital.", published=datetime(2023, 5, 29, 20))
    bilateral = [m for m in found if sorted(m.countries) == ["BRA", "VEN"] and m.kind == "meeting"]
    assert len(bilateral) == 1 and bilateral[0].date in (None, "2023-05-29")  # not the presidents' Tuesday


def test_a_visit_in_a_sentence_naming_another_state_is_not_at_the_dateline():
    article = Article(id="t", origin="t.txt", title="T", dateline="SEOUL", published=datetime(2023, 9, 17, 9),
                      paragraphs=["SEOUL, Sept. 17 (Yonhap) -- North Korean leader Kim Jong-un left Russia's Far East "
                                  "on Sunday, ending a six-day visit."])
    visits = [m for m in extract_events(article) if m.kind == "visit"]
    assert all(m.location is None or m.location.country != "KOR" for m in visits)


def test_a_noun_phrase_after_the_clause_renames_its_event():
    found = mentions("North Korean leader Kim Jong-un entered Russia on Tuesday and held talks with Russian President "
                     "Vladimir Putin at the Vostochny Cosmodrome on Wednesday, their first summit in more than four "
                     "years.", published=datetime(2023, 9, 17, 9))
    gatherings = [m for m in found if m.kind in ("meeting", "summit")]
    assert [(m.date, m.location.place) for m in gatherings] == [("2023-09-13", "Vostochny Cosmodrome")]


def test_a_town_name_before_palace_names_the_palace():
    from summitry.actors.places import find_places
    found = find_places("The president was welcomed at the Alvorada Palace in Brasilia on Wednesday.")
    assert [p[2] for p in found] == ["Brasília"]


def test_mongolias_president_under_his_short_name():
    assert known_person("Ukhnaa Khurelsukh", date(2024, 9, 3)).country == "MNG"


def test_a_transliterations_closing_apostrophe_stays_in_the_name():
    assert "Mohammed Shia al-Sudani" in people("Iraqi Prime Minister Mohammed Shia' al-Sudani left Baghdad on "
                                               "Saturday.", when=date(2024, 4, 13))


def test_a_relative_clause_telling_the_plan_is_the_events():
    found = mentions("Jordan has called off the summit it was due to host in Amman on Wednesday with the leaders of "
                     "Egypt and Palestine, the foreign minister said.", published=datetime(2023, 10, 17, 20))
    summit = next(m for m in found if m.kind == "summit")
    assert (sorted(summit.countries), summit.date, summit.location.place) == (
        ["EGY", "JOR", "PSE"], "2023-10-18", "Amman")


def test_a_trips_next_stop_told_with_then_follows_on_its_day():
    found = mentions("TEL AVIV, Oct 17 (Reuters) - U.S. President Joe Biden will fly to Israel on Wednesday to show "
                     "Washington's backing for its ally, and will then go on to Jordan, Secretary of State Antony "
                     "Blinken told reporters on Tuesday.", published=datetime(2023, 10, 17, 3))
    visits = sorted((m.location.country, m.date) for m in found if m.kind == "visit")
    assert visits == [("ISR", "2023-10-18"), ("JOR", "2023-10-18")]


def test_a_fronted_origin_is_no_qualifier_of_the_title_after_it():
    text = ("U.S. President Joe Biden will fly to Israel on Wednesday. "
            "From Israel the president will travel to Amman.")
    actors = analyze_actors(split_sentences(text), when=date(2023, 10, 17), home="USA", use_model=False)
    assert "Isaac Herzog" not in actors.people


def test_a_standing_charge_in_the_present_is_no_statement():
    found = mentions("Kinshasa accuses Kigali of backing the rebels, which Rwanda denies.",
                     published=datetime(2025, 6, 19, 9))
    assert not [m for m in found if m.type == "ACCUSE"]
    said = mentions("On Tuesday, Kinshasa accused Kigali of backing the rebels.", published=datetime(2025, 6, 19, 9))
    assert [m.type for m in said] == ["ACCUSE"]


def test_the_end_of_the_week_is_its_last_days():
    found = mentions("French President Emmanuel Macron is due to meet Congolese President Felix Tshisekedi in "
                     "Kinshasa at the end of the week.", published=datetime(2023, 2, 27, 19))
    assert [m.date for m in found if m.kind == "meeting"] == ["2023-03-03/2023-03-05"]


def test_a_meeting_told_for_a_span_and_then_for_a_day_was_on_that_day():
    from summitry.events.facts import merge_date
    assert merge_date("2023-03-03/2023-03-05", "2023-03-04", keep_range=False) == "2023-03-04"
    assert merge_date("2023-03-03/2023-03-05", "2023-03-04") == "2023-03-03/2023-03-05"  # a visit's days stay


def test_a_recalled_meeting_is_an_earlier_one_not_the_days():
    found = mentions("Chinese President Xi Jinping met Australian Prime Minister Anthony Albanese, who is on an "
                     "official visit to China, at the Great Hall of the People on Monday.",
                     "Recalling their meeting in Bali, Indonesia, last year, Xi said ties had improved.",
                     published=datetime(2023, 11, 6, 19))
    today = next(m for m in found if m.kind == "meeting" and m.date == "2023-11-06")
    assert today.location is None or today.location.place != "Bali"


def test_a_meeting_during_a_summit_the_story_places_was_held_there():
    found = mentions("Turkish President Tayyip Erdogan, who met US President Joe Biden on Tuesday, said he was pleased.",
                     "Biden and NATO Secretary General Jens Stoltenberg closed the NATO summit in Vilnius on "
                     "Wednesday.", published=datetime(2023, 7, 12, 15))
    met = [m for m in found if m.kind == "meeting" and "TUR" in m.countries]
    assert [(m.date, m.location and m.location.place) for m in met] == [("2023-07-11", "Vilnius")]


def test_then_before_the_verb_of_an_event_noun_carries_the_narratives_day():
    found = mentions("Turkish President Recep Tayyip Erdogan and Iranian President Ebrahim Raisi held talks on "
                     "Wednesday in Ankara.",
                     "The leaders then co-chaired the eighth meeting of the High-Level Cooperation Council.",
                     published=datetime(2024, 1, 24, 18))
    council = [m for m in found if m.kind == "meeting" and "Council" in " ".join(e.sentence for e in m.evidence)]
    assert council and all(m.date == "2024-01-24" for m in council)


def test_signing_a_document_is_an_agreement():
    found = mentions("The presidents of Brazil and Argentina signed a brief document on energy on Tuesday.",
                     published=datetime(2023, 5, 31, 9))
    assert [(m.kind, m.date) for m in found if m.kind == "agreement"] == [("agreement", "2023-05-30")]


def test_someones_first_trip_since_a_date_follows_their_earlier_trip():
    found = mentions("Bangladeshi Prime Minister Sheikh Hasina will arrive in New Delhi on Monday. It will be "
                     "Hasina's first trip to India since October 2019.", published=datetime(2022, 9, 4, 9))
    earlier = [m for m in found if m.kind == "visit" and m.date == "2019-10"]
    assert [[p.name for p in m.participants] for m in earlier] == [["Sheikh Hasina"]]
    found = mentions("US Secretary of State Antony Blinken arrived in Seoul on Wednesday for the first two-plus-two "
                     "talks since October 2016.", published=datetime(2021, 3, 17, 9))
    assert all(m.participants == [] for m in found if m.date == "2016-10")  # the ministers of 2016 were others


def test_following_the_meeting_is_after_it_not_the_next_one():
    found = mentions("On August 8, Azerbaijani President Ilham Aliyev met US President Donald Trump at the White "
                     "House.", "Following the meeting, the two presidents signed a memorandum on a strategic "
                     "partnership charter.", published=datetime(2025, 8, 9, 2))
    assert len([m for m in found if m.kind == "meeting"]) == 1


def test_a_summit_where_a_town_was_just_named_was_held_there():
    found = mentions("US President Donald Trump arrived in Doha in the afternoon from Riyadh, where he attended the "
                     "Gulf-US summit earlier today.", published=datetime(2025, 5, 14, 18))
    summit = next(m for m in found if m.kind == "summit")
    assert summit.location.place == "Riyadh"


def test_a_title_opening_a_bodys_name_names_nobody():
    assert people("The General Border Committee will convene on Aug 4, to be hosted by Cambodia.") == []
    assert "Paul Kagame" in people("President Paul Kagame will attend.")


def test_chiefs_of_defence_staff_is_a_title_not_a_name():
    assert "Staff" not in people("The meeting of the ECOWAS Committee of Chiefs of Defence Staff in Accra was "
                                 "postponed.", when=date(2023, 8, 12))


def test_a_venue_in_a_town_is_recorded_as_the_town():
    found = mentions("French President Emmanuel Macron received Nigerian President Bola Tinubu at the Elysee Palace on "
                     "Thursday.", published=datetime(2024, 11, 29, 9))
    assert [(m.location.place, m.location.country) for m in found if m.kind == "meeting"] == [("Paris", "FRA")]



def test_a_nickname_in_quotes_inside_a_name_is_passed_over():
    assert "Ferdinand Marcos Jr." in people('President Ferdinand "Bongbong" Marcos Jr. will leave for China on '
                                            'Tuesday.', when=date(2023, 1, 2))


def test_a_towns_namesake_in_the_storys_own_state_is_the_one_meant():
    found = mentions("British Prime Minister Rishi Sunak will host European Commission President Ursula von der "
                     "Leyen in Windsor on Monday.", "Sunak said Britain wanted a deal.",
                     published=datetime(2023, 2, 26, 9))
    assert [(m.location.place, m.location.country) for m in found if m.kind == "meeting"] == [("Windsor", "GBR")]


def test_an_original_trip_scheduled_for_a_past_month_was_put_off():
    found = mentions("French President Emmanuel Macron arrived in Berlin on Sunday for a state visit.",
                     "Macron's original trip to Germany had been scheduled for July last year, but he called it off at the "
                     "last moment.", published=datetime(2024, 5, 26, 18))
    assert ("2023-07", "postponed") in [(m.date, m.status) for m in found if m.kind == "visit"]


def test_a_gathering_named_for_its_town_is_held_there():
    found = mentions("Saudi Crown Prince Mohammed bin Salman on Saturday chaired the Jeddah Security and Development "
                     "Summit, which brought together US President Joe Biden and Egyptian President Abdel Fattah "
                     "al-Sisi.", published=datetime(2022, 7, 16, 20))
    assert [m.location.place for m in found if m.kind == "summit"] == ["Jeddah"]


def test_the_gathering_a_traveller_leaves_after_is_not_at_his_destination():
    found = mentions("US President Joe Biden attended a summit of Gulf leaders in Jeddah on Saturday.",
                     "Biden left Jeddah for Washington after the summit.", published=datetime(2022, 7, 16, 20))
    assert all(m.location is None or m.location.place != "Washington" for m in found if m.kind == "summit")


def test_the_two_leaders_named_earlier_in_the_sentence_held_the_meeting():
    found = mentions("WASHINGTON, May 6 (Reuters) - Canadian Prime Minister Mark Carney told U.S. President Donald "
                     "Trump on Tuesday that Canada would never be for sale, as the two leaders held a cordial but "
                     "guarded first meeting at the White House.", published=datetime(2025, 5, 6, 20))
    assert [(sorted(m.countries), m.date) for m in found if m.kind == "meeting"] == [(["CAN", "USA"], "2025-05-06")]


def test_a_named_summit_that_then_brought_leaders_together_was_held_that_day():
    found = mentions("US President Joe Biden held talks with Finnish President Sauli Niinisto in Helsinki on Thursday.",
                     "The US-Nordic Leaders' Summit then brought together Biden, Niinisto and Swedish Prime Minister "
                     "Ulf Kristersson.", published=datetime(2023, 7, 13, 16))
    assert [(m.status, m.date) for m in found if m.kind == "summit"] == [("held", "2023-07-13")]


def test_a_named_summit_as_the_subject_of_a_past_verb_was_held():
    found = mentions("The US-Nordic Leaders' Summit brought together US President Joe Biden, Finnish President Sauli "
                     "Niinisto and Swedish Prime Minister Ulf Kristersson.", published=datetime(2023, 7, 13, 16))
    assert [m.status for m in found if m.kind == "summit"] == ["held"]


def test_an_event_that_then_did_something_follows_the_narrative():
    from summitry.events.draft import SentenceView
    from summitry.events.sentence import analyze_sentence
    text = "The US-Nordic Leaders' Summit then brought together the leaders of five states."
    drafts = analyze_sentence(SentenceView(text, [], [], []), [])
    assert [d.follows_on for d in drafts if d.kind == "summit"] == [True]


def test_a_capitalised_event_word_inside_a_hyphenated_name_is_no_event():
    found = mentions("Kenyan President William Ruto asked Chinese lenders to fund the Rironi-Mau Summit-Malaba highway "
                     "during his state visit to China.", published=datetime(2025, 4, 22, 9))
    assert [m.kind for m in found] == ["visit"]


def test_talks_hosted_before_a_past_statement_were_held():
    from summitry.events.draft import SentenceView
    from summitry.events.sentence import analyze_sentence
    text = ("NATO Secretary-General Jens Stoltenberg said on Monday after hosting talks with the Turkish president "
            "in Vilnius that Turkey would back Sweden's bid.")
    drafts = analyze_sentence(SentenceView(text, [], [], []), [])
    assert [d.status for d in drafts if d.kind == "meeting"] == ["held"]


def test_flying_into_a_state_is_a_trip_there():
    found = mentions("US President Joe Biden flew into Mexico on Sunday for talks with President Andres Manuel "
                     "Lopez Obrador.", published=datetime(2023, 1, 10, 9))
    assert [(m.location.country, m.date) for m in found if m.kind == "visit"] == [("MEX", "2023-01-08")]


def test_states_a_noun_is_about_are_no_parties():
    found = mentions("The last Summit of the Americas, in Los Angeles in June 2022, was overshadowed by the "
                     "exclusion of Cuba, Venezuela and Nicaragua.", published=datetime(2023, 1, 5, 9))
    assert all(not {"CUB", "VEN", "NIC"} & set(m.countries) for m in found)


def test_a_coordinated_predicate_shares_the_day_of_the_one_before():
    found = mentions("US President Donald Trump attended the Gulf-US summit in Riyadh on Wednesday and met Syrian "
                     "President Ahmed al-Sharaa, the White House said.", published=datetime(2025, 5, 16, 9))
    assert [m.date for m in found if m.kind == "meeting" and "SYR" in m.countries] == ["2025-05-14"]


def test_a_skipped_past_summit_is_no_cancelled_trip():
    found = mentions("Indian Prime Minister Narendra Modi skipped the summit of the bloc's heads of state in Astana in "
                     "July.", published=datetime(2024, 10, 4, 9))
    assert not [m for m in found if m.kind == "visit"]
    found = mentions("South Korean President Lee Jae-myung will skip the NATO summit in The Hague next week.",
                     published=datetime(2025, 6, 17, 9))
    assert [m.status for m in found if m.kind == "visit"] == ["cancelled"]


def test_a_coordinated_clause_with_a_subject_of_its_own_keeps_its_own_day():
    found = mentions("Chinese President Xi Jinping recalled that he paid a state visit to South Africa last year and "
                     "that the two sides had agreed on a series of measures.", published=datetime(2024, 9, 2, 20))
    assert all(m.date is None for m in found if m.kind == "agreement")


def test_a_plan_that_will_not_go_ahead_keeps_its_coming_day():
    from summitry.time import tag
    text = "The sixth round of talks, which had been set for Sunday in Muscat, will not go ahead."
    assert [t.value for t in tag(text, date(2025, 6, 14))] == ["2025-06-15"]


def test_talks_the_sides_agreed_to_continue_are_to_come():
    from summitry.events.draft import SentenceView
    from summitry.events.sentence import analyze_sentence
    text = "The talks were held in a calm atmosphere and the two sides agreed to continue the negotiations next week."
    drafts = analyze_sentence(SentenceView(text, [], [], []), [])
    assert [d.status for d in drafts if d.trigger == "negotiations"] == ["scheduled"]


def test_an_apostrophe_inside_a_polynesian_name_stays_in_it():
    assert "Fiame Naomi Mata'afa" in people("Samoan Prime Minister Fiame Naomi Mata'afa met Biden's envoy on "
                                            "Monday.", when=date(2023, 5, 2))
