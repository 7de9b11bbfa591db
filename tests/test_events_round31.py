"""Rules found on the stand-in sets of session 16's first round. Sentences written for these
tests."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article


def mentions(*paragraphs: str, published: datetime | None):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=published))


def test_a_clause_saying_who_confirmed_the_plan_is_no_leg_of_it():
    found = mentions("Portugal and Brazil will hold their long-delayed Joint Commission Meeting (JCM) in Lisbon on April 22 "
                     "and 23, Portuguese government sources confirmed on Monday.",
                     published=datetime(2024, 4, 10, 10))
    assert [(m.kind, m.date, m.location.place if m.location else None) for m in found] == \
        [("meeting", "2024-04-22/2024-04-23", "Lisbon")]


def test_a_slot_first_pencilled_in_is_the_former_slot_put_off():
    found = mentions("Peru and Chile will hold their binational cabinet meeting in Lima on March 3 and 4.",
                     "The meeting had initially been pencilled in for the end of 2023, before officials settled on the new dates.",
                     published=datetime(2024, 2, 20, 10))
    assert sorted((m.date, m.status) for m in found if m.kind == "meeting") == \
        [("2023", "postponed"), ("2024-03-03/2024-03-04", "scheduled")]


def test_a_king_named_without_his_regnal_number_is_known():
    found = mentions("King Mohammed received the Portuguese prime minister in Rabat on Monday.",
                     published=datetime(2023, 5, 10, 10))
    assert "Mohammed VI" in [p.name for m in found if m.kind == "meeting" for p in m.participants]


def test_the_host_named_in_a_clause_after_the_meeting_takes_part():
    found = mentions("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Brussels on Monday "
                     "on the sidelines of an EU gathering, with EU foreign policy chief Josep Borrell hosting the meeting.",
                     published=datetime(2023, 2, 28, 10))
    meeting = next(m for m in found if m.kind == "meeting")
    assert "Josep Borrell" in [p.name for p in meeting.participants]


def test_a_meeting_hosted_by_someone_has_the_host_among_its_participants():
    found = mentions("Greek Foreign Minister Giorgos Gerapetritis and Turkish Foreign Minister Hakan Fidan met in Athens "
                     "on Friday, hosted by Greek Prime Minister Kyriakos Mitsotakis.",
                     published=datetime(2023, 12, 8, 18))
    meeting = next(m for m in found if m.kind == "meeting")
    assert "Kyriakos Mitsotakis" in [p.name for p in meeting.participants]


def test_a_plan_followed_by_but_cancelled_it_is_cancelled():
    found = mentions("Chinese Premier Li Qiang had been due to make a stop in Wellington the same week, "
                     "but cancelled it because of floods at home.", published=datetime(2024, 6, 20, 8))
    assert [(m.kind, m.status) for m in found if m.kind == "visit"] == [("visit", "cancelled")]


def test_the_sites_country_domain_outweighs_an_outlet_name_shared_abroad():
    article = Article(id="t", origin="t.txt", title="T", url="https://www.abc.net.au/news/2023-10-22/trade-talks/1",
                      source="ABC News", published=datetime(2023, 10, 22, 9),
                      paragraphs=["Trade Minister Don Farrell travelled to Beijing on Friday for talks with Chinese "
                                  "Commerce Minister Wang Wentao."])
    assert [sorted(m.countries) for m in extract_events(article) if m.kind == "meeting"] == [["AUS", "CHN"]]


def test_a_gathering_to_be_held_somewhere_after_a_comma_is_held_there_then():
    found = mentions("Erdogan will take part in the fifth summit of the Organization of Turkic States, "
                     "to be held in Astana on November 3.", published=datetime(2023, 10, 30, 9))
    assert [(m.date, m.location.place if m.location else None) for m in found if m.kind == "summit"] == [("2023-11-03", "Astana")]


def test_the_state_right_after_leave_for_is_the_trip_destination():
    found = mentions("Prime Minister Pedro Sanchez will leave for Morocco to take part in the talks.",
                     published=datetime(2023, 1, 30, 9))
    assert [m.location.country if m.location else None for m in found if m.kind == "visit"] == ["MAR"]


def test_a_long_event_phrase_that_is_planned_is_scheduled():
    found = mentions("On the sidelines of the forum, a meeting of the President of Kenya William Ruto, the President of "
                     "Rwanda Paul Kagame and the President of Uganda Yoweri Museveni is planned, the office added.",
                     published=datetime(2024, 3, 4, 9))
    assert [m.status for m in found if m.kind == "meeting"] == ["scheduled"]


def test_what_would_have_been_held_takes_no_status_from_it():
    from summitry.events.syntax import parse, passive_status
    text = "The summit would have been held in Punta Cana in December."
    assert passive_status(parse(text), 4, 10) is None
    text = "The summit will be held in Punta Cana in December."
    assert passive_status(parse(text), 4, 10) == "scheduled"


def test_the_setting_of_a_past_side_meeting_with_another_ordinal_is_another_gathering():
    found = mentions("Prime Minister Nikol Pashinyan will take part in the third summit of the European Political Community, "
                     "to be held in Granada on October 5.",
                     "The five leaders last met on June 1 on the margins of the second EPC summit near Chisinau.",
                     published=datetime(2023, 10, 3, 9))
    summits = sorted((m.ordinal, m.location.place if m.location else None) for m in found if m.kind == "summit")
    assert summits == [(2, "Chisinau"), (3, "Granada")]


def test_a_trip_said_to_be_off_the_agenda_in_a_relative_clause_is_called_off():
    found = mentions("Tunisian President Kais Saied had been due to visit Italy in late September, "
                     "a trip that now appears off the agenda.", published=datetime(2024, 10, 6, 9))
    assert [m.status for m in found if m.kind == "visit"] == ["cancelled"]


def test_a_foreign_secretary_in_a_south_asian_paper_is_of_its_state():
    article = Article(id="t", origin="t.txt", title="T", url="https://www.dawn.com.pk/news/1/talks",
                      published=datetime(2025, 4, 20, 9),
                      paragraphs=["Foreign Secretary Sadia Khan met her Sri Lankan counterpart Aruni Wijewardane "
                                  "in Colombo on Thursday."])
    assert [sorted(m.countries) for m in extract_events(article) if m.kind == "meeting"] == [["LKA", "PAK"]]


def test_him_after_a_call_verb_is_the_person_named_before():
    found = mentions("Orban had criticised the plan earlier in the day, and German Chancellor Olaf Scholz "
                     "spoke to him by telephone on Sunday.", published=datetime(2023, 7, 10, 9))
    assert [sorted(p.name for p in m.participants) for m in found if m.kind == "call"] == [["Olaf Scholz", "Viktor Orbán"]]


def test_the_first_two_names_of_a_three_word_name_named_before_are_that_person():
    found = mentions("Kenyan President William Ruto received Somali President Hassan Sheikh Mohamud in Nairobi on Wednesday.",
                     "Hassan Sheikh arrived in Nairobi late on Tuesday.", published=datetime(2024, 12, 11, 15))
    assert [[p.name for p in m.participants] for m in found if m.kind == "visit"] == [["Hassan Sheikh Mohamud"]]


def test_attending_a_ceremony_via_video_link_after_a_comma_is_no_call():
    found = mentions("On Thursday, Xi held talks with Brazilian President Lula at the Alvorada Palace, after which the two "
                     "leaders attended, via video link, the opening of a new port.", published=datetime(2024, 11, 22, 9))
    assert [m.kind for m in found if m.kind == "call"] == []
