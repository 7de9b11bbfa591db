"""Background history and references back: earlier meetings told with "such", "their",
or a leader's short name. Sentences written for these tests; publication is Wednesday
10 May 2023."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article, EventMention

PUB = datetime(2023, 5, 10, 9, 0)


def events(*paragraphs: str) -> list[EventMention]:
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=PUB))


def held_in(found: list[EventMention], date: str) -> EventMention:
    [m] = [m for m in found if m.date == date]
    return m


def test_the_last_such_meeting_is_between_the_same_states():
    found = events("Estonian Prime Minister Kaja Kallas will host the leaders of Finland and Sweden in Tallinn "
                   "next month.", "The last such meeting was held in 2019.")
    earlier = held_in(found, "2019")
    assert set(earlier.countries) == {"EST", "FIN", "SWE"}
    assert earlier.status == "held"
    assert earlier.participants == []  # other people may have met then


def test_the_previous_such_summit_keeps_its_own_place():
    found = events("Kenyan President William Ruto will host the presidents of Uganda and Tanzania in Nairobi "
                   "next month.", "The previous such summit took place in Arusha in March 2021.")
    earlier = held_in(found, "2021-03")
    assert set(earlier.countries) == {"KEN", "UGA", "TZA"}
    assert earlier.location.place == "Arusha"


def test_their_last_meeting_is_the_pair_named_before():
    found = events("Brazilian Foreign Minister Mauro Vieira will meet his Argentine counterpart Santiago Cafiero "
                   "in Buenos Aires next week.", "Their last meeting was in Brasilia in January.")
    earlier = held_in(found, "2023-01")
    assert {p.name for p in earlier.participants} == {"Mauro Vieira", "Santiago Cafiero"}
    assert earlier.location.country == "BRA"


def test_their_names_the_people_of_its_own_sentence_first():
    found = events("Indian Prime Minister Narendra Modi met Nepalese Prime Minister Pushpa Kamal Dahal on Monday.",
                   "Modi stood beside Bhutanese King Jigme Khesar Namgyel Wangchuck during their talks in Thimphu "
                   "in April.")
    earlier = held_in(found, "2023-04")
    assert "Pushpa Kamal Dahal" not in {p.name for p in earlier.participants}


def test_a_leader_known_by_a_two_letter_name_alone():
    found = events("Biden and Xi met in Bali in November 2022.")
    meeting = held_in(found, "2022-11")
    assert set(meeting.countries) == {"USA", "CHN"}
    assert {p.name for p in meeting.participants} == {"Joe Biden", "Xi Jinping"}


def test_a_place_after_a_counterparts_name_is_the_meetings():
    [meeting] = events("Brazilian Foreign Minister Mauro Vieira will meet his Argentine counterpart Santiago Cafiero "
                       "in Buenos Aires next week.")
    assert meeting.location.place == "Buenos Aires"


def test_a_meeting_where_a_summit_is_held_takes_its_month_and_place():
    found = events("Both leaders will attend the ASEAN summit in Jakarta in September, where Japanese Prime "
                   "Minister Fumio Kishida is expected to meet Philippine President Ferdinand Marcos Jr.")
    [meeting] = [m for m in found if m.kind == "meeting"]
    assert (meeting.date, meeting.location.place) == ("2023-09", "Jakarta")


def test_talks_at_a_seat_of_government_are_in_its_city():
    [meeting] = events("US President Joe Biden hosted Kenyan President William Ruto at the White House on Monday.")
    assert meeting.location.place == "Washington"
    [meeting] = events("Russian President Vladimir Putin received Iranian President Ebrahim Raisi at the Kremlin on "
                       "Monday.")
    assert meeting.location.place == "Moscow"


def test_a_seat_of_government_that_speaks_is_no_place():
    found = events("Chinese President Xi Jinping will visit Hanoi next week, the White House said.")
    assert all(m.location is None or m.location.place != "Washington" for m in found)


def test_came_to_and_went_to_a_town_are_visits():
    found = events("Emirati President Mohamed bin Zayed came to St. Petersburg in October 2022.",
                   "In October, Russian President Vladimir Putin went to China for a forum.")
    visits = sorted((m.location.country, m.date) for m in found if m.kind == "visit")
    assert visits == [("CHN", "2022-10"), ("RUS", "2022-10")]


def test_going_to_a_palace_in_the_town_visited_is_no_new_visit():
    found = events("Brazilian President Luiz Inacio Lula da Silva arrived in Buenos Aires on Monday.",
                   "Then Lula went to the Casa Rosada to hold a meeting with President Alberto Fernandez.")
    assert len([m for m in found if m.kind == "visit"]) == 1
    [meeting] = [m for m in found if m.kind == "meeting"]
    assert meeting.date == "2023-05-08"


def test_the_first_visit_since_a_predecessors_is_an_earlier_visit_between_the_same_states():
    found = events("Spanish King Felipe VI arrived in Lisbon on Monday for a state visit, the first by a Spanish "
                   "monarch since Juan Carlos's in 2009.")
    earlier = held_in(found, "2009")
    assert earlier.kind == "visit" and set(earlier.countries) == {"ESP", "PRT"}
    assert earlier.location.country == "PRT"
    [now] = [m for m in found if m.kind == "visit" and m.date == "2023-05-08"]
    assert now.location.place == "Lisbon"


def test_the_first_visit_in_so_many_years_is_not_dated_that_far_ahead():
    found = events("The trip would have been the first state visit to Japan by a Chinese president in 15 years.")
    assert all(m.date is None or m.date < "2030" for m in found)


def test_a_year_in_a_since_phrase_is_not_the_events_own():
    found = events("The state visit of Spanish King Felipe VI to Portugal, the first by a Spanish monarch since Juan "
                   "Carlos's in 2009, was originally planned for last July.")
    [visit] = [m for m in found if m.kind == "visit" and "Felipe VI" in {p.name for p in m.participants}]
    assert visit.date == "2022-07"


def test_the_previous_meeting_of_two_presidents_named_by_their_states():
    found = events("Kenyan President William Ruto will meet Ugandan President Yoweri Museveni in Entebbe on Friday.",
                   "The previous meeting between the Kenyan and Ugandan presidents took place on October 13 in "
                   "Nairobi.")
    [earlier] = [m for m in found if m.location and m.location.place == "Nairobi"]
    assert {p.name for p in earlier.participants} == {"William Ruto", "Yoweri Museveni"}
    assert (earlier.status, earlier.date) == ("held", "2022-10-13")  # told in the past: last year's


def test_the_angolan_president_is_the_one_the_story_introduced():
    found = events("Angolan President Joao Lourenco received French President Emmanuel Macron in Luanda on Friday.",
                   "The Angolan President made a state visit to France in May 2018.")
    [earlier] = [m for m in found if m.kind == "visit"]
    assert [p.name for p in earlier.participants] == ["Joao Lourenco"]
    assert earlier.date == "2018-05"


def test_a_meeting_that_took_place_on_a_day_still_ahead_this_year_was_last_years():
    art = Article(id="t", origin="t.txt", title="T", published=datetime(2023, 9, 1, 9, 0), paragraphs=[
        "Kenyan President William Ruto will meet Ugandan President Yoweri Museveni in Entebbe on Friday.",
        "The previous meeting between the Kenyan and Ugandan presidents took place on October 13 in Nairobi."])
    [earlier] = [m for m in extract_events(art) if m.location and m.location.place == "Nairobi"]
    assert (earlier.status, earlier.date) == ("held", "2022-10-13")


def test_the_first_visit_since_her_visit_of_a_named_month():
    found = events("Bangladeshi Prime Minister Sheikh Hasina arrived in New Delhi on Monday.",
                   "It is her first visit to India since her October 2019 visit.")
    earlier = held_in(found, "2019-10")
    assert earlier.kind == "visit" and set(earlier.countries) == {"BGD", "IND"}


def test_the_subject_of_a_since_clause_is_the_earlier_visits_traveller():
    found = events("French President Emmanuel Macron arrived in Astana on Wednesday.",
                   "It is the first visit by a French head of state to Kazakhstan since Francois Hollande came to "
                   "Astana in December 2014.")
    earlier = next(e for e in found if e.date == "2014-12")
    assert [p.name.split()[-1] for p in earlier.participants] == ["Hollande"]


def test_they_after_a_sentence_about_the_two_presidents_are_the_presidents():
    found = events("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday.",
                   "Foreign ministers Musalia Mudavadi and Jeje Odongo had met in Nairobi in April to prepare it.",
                   "The first contact between the two presidents took place at a regional summit in March.",
                   "On April 20 they held a video call of about 30 minutes.")
    [call] = [e for e in found if e.kind == "call"]
    assert {p.name for p in call.participants} == {"William Ruto", "Yoweri Museveni"}


def test_a_meeting_told_in_a_since_clause_is_between_its_own_people():
    found = events("Hungarian Prime Minister Viktor Orban arrived in Moscow on Tuesday to meet Russian President "
                   "Vladimir Putin.",
                   "It is the first such visit by an EU leader since Austrian Chancellor Karl Nehammer met Putin in "
                   "April 2022.")
    earlier = held_in(found, "2022-04")
    assert earlier.kind == "meeting"
    assert sorted(earlier.countries) == ["AUT", "RUS"]
    assert {p.name for p in earlier.participants} == {"Karl Nehammer", "Vladimir Putin"}


def test_a_predecessor_named_by_possession_in_a_since_clause_takes_no_part():
    found = events("US Defense Secretary Lloyd Austin spoke with Chinese Defense Minister Dong Jun by video on Tuesday.",
                   "It was their first talk since Austin met Dong's predecessor Wei Fenghe in Cambodia in November 2022.")
    earlier = held_in(found, "2022-11")
    assert {p.name for p in earlier.participants} == {"Lloyd Austin", "Wei Fenghe"}


def test_the_two_before_a_verb_are_the_pair_named_before():
    found = events("Turkish President Recep Tayyip Erdogan's visit to the White House has been postponed.",
                   "It would have been Erdogan's first visit there under President Joe Biden.",
                   "The two last met on the sidelines of the NATO summit in Vilnius in July 2022.")
    met = next(m for m in found if m.kind == "meeting" and m.date == "2022-07")
    assert {"Recep Tayyip Erdogan", "Joe Biden"} <= {p.name for p in met.participants}
