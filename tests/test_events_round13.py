"""Wordings met in news of East Asia, South-East Asia, Western Europe and East Africa:
a call told in the perfect ("had spoken by phone"), "a brief talk", a trip's starting state,
and "the President" in a national paper's story of two presidents. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date, datetime

from summitry.actors import analyze_actors
from summitry.events import extract_events
from summitry.language import split_sentences
from summitry.model import Article


def mentions(*paragraphs: str, published=datetime(2024, 1, 20, 9), url: str | None = None):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs),
                                  published=published, url=url))


def test_a_call_told_in_the_perfect_is_a_call():
    found = mentions("Egyptian President Abdel Fattah al-Sisi and Somali President Hassan Sheikh Mohamud had also "
                     "spoken by phone on 2 January.")
    assert [(m.kind, sorted(m.countries), m.date) for m in found] == [("call", ["EGY", "SOM"], "2024-01-02")]


def test_a_brief_talk_is_a_meeting():
    found = mentions("On Thursday, Philippine President Ferdinand Marcos Jr. had a brief talk with US President "
                     "Joe Biden.", published=datetime(2023, 11, 18, 9))
    assert [(m.kind, sorted(m.countries), m.date) for m in found] == [("meeting", ["PHL", "USA"], "2023-11-16")]


def test_the_state_a_trip_sets_out_from_is_no_party():
    found = mentions("From Poland, Indian Prime Minister Narendra Modi will travel to Ukraine on August 23.",
                     published=datetime(2024, 8, 19, 9))
    assert [(m.kind, sorted(m.countries)) for m in found] == [("visit", ["IND", "UKR"])]


def test_the_president_in_a_national_papers_story_of_two_presidents_is_its_own():
    text = ("Kenyan President William Ruto held talks with Chinese President Xi Jinping in Beijing on Thursday. "
            "The President also met Premier Li Qiang on Friday.")

    def named(home):
        actors = analyze_actors(split_sentences(text), home=home, when=date(2025, 4, 26), use_model=False)
        return [m.person.name for m in actors.mentions(1) if m.kind == "person"]

    assert named("KEN") == ["William Ruto", "Li Qiang"]
    assert named(None) == ["Li Qiang"]  # no outlet to go by: neither president


def test_the_presidents_second_meeting_in_a_national_paper_is_a_meeting():
    found = mentions("Kenyan President William Ruto held talks with Chinese President Xi Jinping in Beijing on "
                     "Thursday.", "The President also met Premier Li Qiang on Friday.",
                     published=datetime(2025, 4, 26, 9), url="https://www.example.co.ke/news/ruto-china")
    assert ("meeting", ["CHN", "KEN"], "2025-04-25") in [(m.kind, sorted(m.countries), m.date) for m in found]


LEAD = "British Prime Minister Keir Starmer will travel to Dublin tomorrow for talks with Taoiseach Simon Harris."


def test_states_a_sentence_opening_with_its_event_names_after_it_are_topics():
    found = mentions(LEAD, "Tomorrow's talks will touch on Northern Ireland, Ukraine and the Middle East.",
                     published=datetime(2024, 9, 6, 18))
    assert sorted(tuple(sorted(m.countries)) for m in found) == [("GBR", "IRL"), ("GBR", "IRL")]


def test_states_an_event_is_to_cover_or_focus_on_are_topics():
    found = mentions(LEAD, "The meeting at Farmleigh is expected to cover Ukraine and Moldova.",
                     "The meeting will also focus on Syria and Lebanon.", published=datetime(2024, 9, 6, 18))
    assert sorted(tuple(sorted(m.countries)) for m in found) == [("GBR", "IRL"), ("GBR", "IRL")]


def test_a_landmark_named_after_a_town_is_not_the_town():
    from summitry.actors import find_places

    assert find_places("The two leaders will meet at Farmleigh House in the Phoenix Park around midday.") == []
    assert [p[2] for p in find_places("They met at Lancaster House in London.")] == ["Lancaster House", "London"]


def test_a_regional_sites_state_section_is_the_outlets_home():
    from summitry.actors.countries import url_country

    assert url_country("https://news.example.africa/kenya/politics/ruto-returns-1234") == "KEN"
    assert url_country("https://www.example.com/america/politics/2023/11/27/story") is None  # a continent's section
    assert url_country("https://www.example.net/english/region/12345") is None  # a language, not a state
    assert url_country("https://www.example.com/kenya") is None  # a page, not a section


def test_the_ministry_where_something_was_said_is_not_where_the_meeting_is():
    found = mentions("Bangladeshi Prime Minister Sheikh Hasina will visit China from July 8 to 11.",
                     '"The prime minister will meet President Xi Jinping on July 10," Foreign Minister Hasan Mahmud told reporters '
                     "at the foreign ministry on Thursday.",
                     published=datetime(2024, 7, 4, 12), url="https://news.example.com/bangladesh/hasina-china")
    meetings = [m for m in found if m.kind == "meeting"]
    assert meetings and all(m.location is None or m.location.country == "CHN" for m in meetings)


def test_people_who_also_took_part_in_the_talks_join_them():
    found = mentions("Mexican President Andres Manuel Lopez Obrador held talks with Cuban President Miguel Diaz-Canel "
                     "in Havana on Sunday.", "Foreign Ministers Bruno Rodriguez and Marcelo Ebrard also took part in "
                     "the official talks.", published=datetime(2022, 5, 8, 20))
    assert len(found) == 1
    assert {p.name.split()[-1] for p in found[0].participants} >= {"Ebrard", "Diaz-Canel"}


def test_taking_part_in_another_named_or_counted_gathering_joins_nothing():
    from summitry.events.lexicon import lexicon

    joining = lexicon().joining
    assert joining.search("Foreign Ministers A and B also took part in the official ")
    assert not joining.search("He will take part in the second India-CARICOM ")
    assert not joining.search("He will attend the next ")


def test_talks_with_leaders_in_town_for_a_gathering_are_one_meeting_each():
    found = mentions("Chinese President Xi Jinping has also held talks this week with Egyptian President Abdel Fattah "
                     "al-Sisi, Bahraini King Hamad bin Isa Al Khalifa and UAE President Mohamed bin Zayed Al Nahyan, "
                     "who were also in Beijing for the forum.", published=datetime(2024, 6, 1, 9))
    assert sorted(tuple(sorted(m.countries)) for m in found if m.kind == "meeting") == [
        ("ARE", "CHN"), ("BHR", "CHN"), ("CHN", "EGY")]


def test_a_summit_named_for_a_small_grouping_is_its_members_and_alula_is_a_place():
    found = mentions("The boycott was lifted at a GCC summit in the Saudi desert town of AlUla in January 2021.",
                     published=datetime(2023, 4, 12, 9))
    assert [(m.kind, sorted(m.countries), m.location.place) for m in found] == [
        ("summit", ["ARE", "BHR", "KWT", "OMN", "QAT", "SAU"], "Al-Ula")]


def test_states_another_noun_relates_are_not_the_events_parties():
    found = mentions("In a joint statement issued after the meeting, the ministers reaffirmed their commitment to "
                     "regional security and welcomed the resumption of diplomatic relations between Saudi Arabia "
                     "and Iran.", published=datetime(2023, 6, 8, 9))
    assert found == []
    found = mentions("The two leaders attended the signing of a memorandum of understanding for cooperation in the Development Road "
                     "project between Iraq, Turkey, Qatar and the United Arab Emirates.", published=datetime(2024, 4, 23, 9))
    assert [sorted(m.countries) for m in found] == [["ARE", "IRQ", "QAT", "TUR"]]


def test_a_leader_who_was_in_a_state_visited_it():
    found = mentions("On Friday, Mexican President Andres Manuel Lopez Obrador was in El Salvador, where he met "
                     "President Nayib Bukele.", "The president was in talks with the unions.",
                     published=datetime(2022, 5, 8, 12))
    assert [(m.kind, sorted(m.countries), m.status) for m in found] == [
        ("visit", ["MEX", "SLV"], "held"), ("meeting", ["MEX", "SLV"], "held")]


def test_a_gathering_named_in_several_words_after_since_is_an_earlier_one():
    found = mentions("Saudi Crown Prince Mohammed bin Salman will visit Japan from Monday, in what would be his first "
                     "trip to the country since the Group of 20 summit in Osaka.", published=datetime(2024, 5, 15, 9))
    assert not [m for m in found if m.kind == "summit" and m.status in ("proposed", "scheduled")]


def test_a_verb_after_a_names_comma_is_no_office():
    text = ("The Head of State, Bassirou Diomaye Faye, took part on Wednesday in a working lunch offered by the "
            "President of the United States of America, Donald Trump.")
    actors = analyze_actors(split_sentences(text), home="SEN", when=date(2025, 7, 10), use_model=False)
    assert (actors.people["Bassirou Diomaye Faye"].role, actors.people["Bassirou Diomaye Faye"].country) != (
        "took part on Wednesday in a working lunch offered by the President of the United States of America", "USA")
    assert actors.people["Bassirou Diomaye Faye"].country == "SEN"


def test_the_states_leader_is_the_leader_the_article_named():
    text = ("Spanish Prime Minister Pedro Sanchez arrived in Hanoi on Wednesday. The Spanish leader met Vietnamese "
            "Prime Minister Pham Minh Chinh.")
    actors = analyze_actors(split_sentences(text), when=date(2025, 4, 9), use_model=False)
    assert [m.person.name for m in actors.mentions(1) if m.kind == "person"] == ["Pedro Sanchez", "Pham Minh Chinh"]


def test_a_guest_also_received_by_a_host_met_him():
    found = mentions("Earlier this year, Marcos was also received by Biden at the White House in May.",
                     "Philippine President Ferdinand Marcos Jr. flew home on Sunday.", published=datetime(2023, 11, 20, 9))
    assert ("meeting", ["PHL", "USA"], "2023-05") in [(m.kind, sorted(m.countries), m.date) for m in found]
