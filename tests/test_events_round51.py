"""Rules found in session 22 on the stand-in sets of rounds 51-52 (Japan and South Korea, the Gulf,
Central America and the Caribbean, Southern Europe, East Africa, maritime Southeast Asia, ...).
Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_events_round31 import mentions


def test_he_after_a_spokesman_reporting_the_presidents_plans_is_the_president():
    found = mentions("President Luca Ferrante of Italy will pay a state visit to Chile in May, the palace said.",
                     "Spokeswoman Marta Ruiz said the president would travel to South America from May 3 to 9. "
                     "He will start the tour in Argentina, where he will meet President Javier Milei.",
                     published=datetime(2024, 4, 2, 9))
    legs = [m for m in found if "ARG" in m.countries]
    assert legs and all([p.name for p in m.participants][0] == "Luca Ferrante" for m in legs)
    assert not any(p.name == "Marta Ruiz" for m in found for p in m.participants)


def test_a_format_word_before_summit_names_no_series():
    found = mentions("The tripartite summit of the presidents of Angola, Zambia and Namibia will open in Luanda on "
                     "Sunday.", published=datetime(2024, 12, 13, 9))
    summits = [m for m in found if m.kind == "summit"]
    assert summits and all(m.series is None for m in summits)


def test_the_town_or_capital_that_hosts_an_event_is_its_place():
    found = mentions("The Zambian capital will host on Sunday, 15 December, the summit of the heads of state of Zambia, "
                     "Malawi and Mozambique.", published=datetime(2024, 12, 13, 9))
    assert [(m.location.place, m.location.country) for m in found if m.kind == "summit"] == [("Lusaka", "ZMB")]
    found = mentions("Maputo will host the talks between the foreign ministers of Malawi and Zambia on Friday.",
                     published=datetime(2024, 12, 10, 9))
    assert [(m.location.place, m.location.country) for m in found if m.kind == "meeting"] == [("Maputo", "MOZ")]


def test_the_minister_quoted_with_according_to_is_no_party_and_the_chair_named_after_his_title_is():
    found = mentions("Lusaka - The summit of Zambia, Malawi and Mozambique will open on Sunday.",
                     "According to the Minister of Foreign Affairs, Mulambo Haimbe, Presidents Lazarus Chakwera and "
                     "Daniel Chapo are expected at the summit, to be chaired by the Zambian Head of State, Hakainde "
                     "Hichilema, in his role as the region's mediator.", published=datetime(2024, 12, 13, 9))
    summits = [m for m in found if m.kind == "summit"]
    assert summits
    names = {p.name for m in summits for p in m.participants}
    assert "Mulambo Haimbe" not in names and "Hakainde Hichilema" in names


def test_an_honour_conferred_on_someone_is_no_meeting():
    found = mentions("Kenyan President Daniel Moi was conferred with the order in 1996 by Indian Prime Minister Deve Gowda.",
                     published=datetime(2024, 11, 17, 9))
    assert not found


def test_a_person_after_a_preposition_is_not_the_object_of_receive():
    found = mentions("President Bola Tinubu on Sunday conferred the national honour on the Prime Minister of India, "
                     "Narendra Modi.", "Modi becomes only the second foreign dignitary to receive the honour after "
                     "Queen Elizabeth II.", "The investiture followed talks between the two leaders.",
                     published=datetime(2024, 11, 17, 9))
    assert not [m for m in found if m.trigger == "receive"]


def test_people_in_a_phrase_of_the_first_of_two_coordinated_verbs_are_not_at_the_second_verbs_meeting():
    found = mentions("Canadian Prime Minister Mark Carney arrived in Oslo on Monday evening after talks with Danish "
                     "Prime Minister Mette Frederiksen in Copenhagen, and will meet Norwegian Prime Minister Jonas Gahr "
                     "Store on Tuesday morning.", published=datetime(2025, 6, 2, 20))
    oslo = [m for m in found if m.kind == "meeting" and m.location and m.location.place == "Oslo"]
    assert oslo and all("Mette Frederiksen" not in [p.name for p in m.participants] for m in oslo)


def test_a_name_inside_a_quotation_running_over_two_sentences_is_not_whom_she_is():
    found = mentions("Chilean President Michelle Bachelet said on Thursday that she would travel to Lima next week.",
                     '"There is a chance of a meeting with President Javier Milei. We are working on it," she said, '
                     "adding that she would also hold talks with Peruvian President Dina Boluarte.",
                     published=datetime(2025, 6, 12, 9))
    talks = [m for m in found if "PER" in m.countries and m.kind == "meeting"]
    assert talks and all("Michelle Bachelet" in [p.name for p in m.participants] for m in talks)
    assert all("Javier Milei" not in [p.name for p in m.participants] for m in talks)


def test_two_people_of_one_state_meeting_a_guest_separately_are_two_meetings():
    found = mentions("On Friday, Indian Prime Minister Narendra Modi and Vice President Jagdeep Dhankhar met with "
                     "Brazilian President Luiz Inacio Lula da Silva separately in New Delhi.",
                     published=datetime(2023, 9, 8, 18))
    meetings = sorted(sorted(p.name for p in m.participants) for m in found if m.kind == "meeting")
    assert meetings == [["Jagdeep Dhankhar", "Luiz Inacio Lula da Silva"], ["Luiz Inacio Lula da Silva", "Narendra Modi"]]


def test_the_crown_prince_unintroduced_is_the_heir_of_the_one_named_state_that_has_one():
    found = mentions("Chinese President Xi Jinping arrived in Riyadh on Wednesday for a state visit.",
                     "The crown prince visited China in February 2019.", published=datetime(2022, 12, 7, 18))
    assert [(m.date, [p.name for p in m.participants]) for m in found if m.date == "2019-02"] == \
        [("2019-02", ["Mohammed bin Salman"])]


def test_a_cabinet_meeting_is_no_meeting_between_states():
    found = mentions("Prime Minister Anwar Ibrahim held a cabinet meeting in Putrajaya on Wednesday, a day after talks "
                     "with Chinese President Xi Jinping.", published=datetime(2024, 11, 9, 9))
    assert [(m.kind, m.date, sorted(p.name for p in m.participants)) for m in found] == \
        [("meeting", "2024-11-05", ["Anwar Ibrahim", "Xi Jinping"])]


def test_he_after_someone_spoken_to_is_the_subject_who_spoke():
    found = mentions("Spanish Prime Minister Pedro Sanchez met Chinese President Xi Jinping in Beijing on Friday.",
                     "The Chinese leader has yet to speak to Zelenskyy since the war began, although he made a "
                     "three-day state visit to Moscow last week.", published=datetime(2023, 3, 31, 18))
    visits = [m for m in found if m.kind == "visit" and "RUS" in m.countries]
    assert visits and all([p.name for p in m.participants] == ["Xi Jinping"] for m in visits)


def test_a_spokesperson_who_informed_that_the_head_of_state_postponed_a_trip_is_no_traveller():
    found = mentions("US President Joe Biden has postponed his visit to Angola because of the storm, the White House said.",
                     "In a note released on Tuesday, the spokesperson of the White House, Karine Jean-Pierre, informed "
                     "that the head of State also postponed the trip to Germany.", published=datetime(2024, 10, 8, 18))
    assert all("Karine Jean-Pierre" not in [p.name for p in m.participants] for m in found)


def test_a_meeting_planned_on_the_sidelines_of_a_summit_takes_its_place_and_days():
    found = mentions("Chief Adviser Muhammad Yunus arrived in Bangkok on Thursday to attend the sixth BIMSTEC summit, "
                     "which opens on Friday.",
                     "On the sidelines of the summit, he is also expected to meet Nepal's prime minister KP Sharma Oli.",
                     published=datetime(2025, 4, 3, 14))
    side = [m for m in found if "NPL" in m.countries and m.kind == "meeting"]
    assert side and all(m.location and m.location.place == "Bangkok" and m.date for m in side)


def test_a_visit_promised_is_not_one_held():
    found = mentions("President Joe Biden, who leaves office in January, had long promised to visit Angola.",
                     published=datetime(2024, 10, 8, 13))
    assert all(m.status != "held" for m in found)


def test_a_mongolian_patronymic_spelt_without_its_genitive_n_is_kept_as_written():
    found = mentions("Japanese Prime Minister Fumio Kishida will meet Mongolian Prime Minister Luvsannamsrai Oyun-Erdene "
                     "in Ulaanbaatar on Monday.", published=datetime(2024, 8, 6, 9))
    assert ["Fumio Kishida", "Luvsannamsrai Oyun-Erdene"] in [[p.name for p in m.participants] for m in found]


def test_talks_and_a_summit_planned_on_a_trip_called_off_are_called_off_with_it():
    found = mentions("Japanese Prime Minister Fumio Kishida has cancelled a planned trip to Kazakhstan, which was to have "
                     "included the first summit of the Central Asia + Japan dialogue in Astana.",
                     "Kishida had planned to hold bilateral talks with President Kassym-Jomart Tokayev in Astana.",
                     published=datetime(2024, 8, 9, 9))
    planned = [m for m in found if m.kind in ("meeting", "summit")]
    assert {m.kind for m in planned} == {"meeting", "summit"} and all(m.status == "cancelled" for m in planned)


def test_a_visit_that_did_not_take_place_was_called_off():
    found = mentions("A state visit to France by Algerian President Abdelmadjid Tebboune, which had been expected this "
                     "autumn after repeated delays, did not take place.", published=datetime(2024, 10, 28, 9))
    assert [m.status for m in found if m.kind == "visit"] == ["cancelled"]


def test_a_separate_meeting_is_apart_from_another_not_one_per_state():
    found = mentions("Iranian Foreign Minister Abbas Araghchi had been due to travel to Europe for a separate meeting with "
                     "diplomats from France, Germany and the United Kingdom on Friday, but that meeting was also put off.",
                     published=datetime(2025, 5, 1, 9))
    meetings = [m for m in found if m.kind == "meeting"]
    assert len(meetings) == 1 and {"FRA", "DEU", "GBR"} <= set(meetings[0].countries)


def test_the_argentine_pope_is_the_pope_not_argentina_s_president():
    found = mentions("Pope Francis arrived in Kinshasa on Tuesday.",
                     "The Argentine pope met President Felix Tshisekedi at the presidential palace.",
                     published=datetime(2023, 1, 31, 18))
    meetings = [m for m in found if m.kind == "meeting"]
    assert meetings and all("ARG" not in m.countries and "Francis" in [p.name for p in m.participants] for m in meetings)


def test_talks_the_traveller_had_also_planned_on_a_trip_called_off_are_called_off():
    found = mentions("President Joe Biden on Thursday cancelled his trip to Italy.",
                     "He had also planned to meet in Rome with Italian Prime Minister Giorgia Meloni.",
                     published=datetime(2025, 1, 9, 12))
    assert [m.status for m in found if m.kind == "meeting"] == ["cancelled"]


def test_the_leaders_who_sent_envoys_do_not_travel():
    found = mentions("Envoys of Sudanese army chief Abdel Fattah al-Burhan and paramilitary commander Mohamed Hamdan "
                     "Dagalo arrived in Jeddah on Saturday for talks.", published=datetime(2023, 5, 6, 12))
    assert not [p.name for m in found for p in m.participants]


def test_a_meeting_no_one_held_is_no_meeting():
    found = mentions("The US vice president arrived at the air base in Greenland on Friday.",
                     "No Greenlandic or Danish officials met the delegation.", published=datetime(2025, 3, 28, 18))
    assert not [m for m in found if m.kind == "meeting"]


def test_a_coalition_agreement_is_domestic_politics():
    found = mentions("Hours earlier in Nuuk, four of Greenland's five parliamentary parties signed a coalition agreement, "
                     "forming a broad government in the face of US pressure.", published=datetime(2025, 3, 28, 18))
    assert not found
