"""A host who meets guests of several states one after another holds one meeting with each:
the preposition said again ("met with A and with B"), or side meetings at a gathering. Said
to be together ("a trilateral", "jointly"), or with neither cue, it stays one meeting.
Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article


def meetings(*paragraphs: str) -> list[tuple[str, ...]]:
    article = Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=datetime(2023, 10, 18, 9))
    return sorted(tuple(sorted(m.countries)) for m in extract_events(article) if m.kind == "meeting")


def test_met_with_one_and_with_another_is_two_meetings():
    assert meetings("Russian President Vladimir Putin met with President of Vietnam Vo Van Thuong and with "
                    "President of Laos Thongloun Sisoulith on Tuesday.") == [("LAO", "RUS"), ("RUS", "VNM")]


def test_side_meetings_with_leaders_of_two_states_are_two_meetings():
    assert meetings("On the sidelines of the forum, Russian President Vladimir Putin met Vietnamese President "
                    "Vo Van Thuong and Lao President Thongloun Sisoulith on Tuesday.") == [("LAO", "RUS"), ("RUS", "VNM")]


def test_guests_met_together_stay_one_meeting():
    assert meetings("US President Joe Biden met Japanese Prime Minister Fumio Kishida and South Korean President "
                    "Yoon Suk Yeol at Camp David on Friday.") == [("JPN", "KOR", "USA")]
    assert meetings("Russian President Vladimir Putin met Vietnamese President Vo Van Thuong and Lao President "
                    "Thongloun Sisoulith jointly on the sidelines of the forum on Tuesday.") == [("LAO", "RUS", "VNM")]


def test_a_side_meeting_told_by_its_verb_is_not_the_gathering():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2023, 10, 18, 9), paragraphs=[
        "On the sidelines of the summit, Russian President Vladimir Putin met Vietnamese President Vo Van Thuong "
        "on Tuesday."])
    assert sorted(m.kind for m in extract_events(article)) == ["meeting", "summit"]


def test_a_meeting_on_the_sidelines_takes_the_day_of_the_gathering_told_before():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2023, 11, 12, 9), paragraphs=[
        "Crown Prince Mohammed bin Salman received Iranian President Ebrahim Raisi in Riyadh on Saturday, on the "
        "sidelines of an extraordinary summit on Gaza.",
        "The crown prince chaired the summit, which brought together the leaders of the Arab League.",
        "The two leaders first spoke by phone on Oct. 11.",
        "On the sidelines of the summit, Raisi also met Egyptian President Abdel Fattah al-Sisi."])
    [meeting] = [m for m in extract_events(article) if m.kind == "meeting" and "EGY" in m.countries]
    assert meeting.date == "2023-11-11"


def test_guests_listed_around_a_relative_clause_are_each_met():
    assert meetings("Russian President Vladimir Putin also met Iranian President Ebrahim Raisi, who said Iran's entry "
                    "was on track, and Pakistani Prime Minister Shehbaz Sharif, as well as Kyrgyz President Sadyr "
                    "Japarov.") == [("IRN", "RUS"), ("KGZ", "RUS"), ("PAK", "RUS")]


def test_talks_with_one_and_with_another_of_the_same_state_are_two_meetings():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2023, 11, 26, 18), paragraphs=[
        "Prime Minister Kyriakos Mitsotakis of Greece arrived in London on Sunday for a visit during which he will "
        "hold talks with his British counterpart Rishi Sunak and with the leader of the opposition, Keir Starmer."])
    talks = [sorted(p.name for p in m.participants) for m in extract_events(article) if m.kind == "meeting"]
    assert sorted(talks) == [["Keir Starmer", "Kyriakos Mitsotakis"], ["Kyriakos Mitsotakis", "Rishi Sunak"]]


def test_westminster_is_in_london():
    article = Article(id="t", origin="t.txt", title="T", published=datetime(2023, 11, 27, 18), paragraphs=[
        "Greek Prime Minister Kyriakos Mitsotakis met Labour leader Keir Starmer of Britain at Westminster on Monday."])
    [meeting] = extract_events(article)
    assert meeting.location.country == "GBR"


def test_separate_talks_split_by_the_guests_people_even_when_a_guests_state_is_named_first():
    # the host's state is the one its person is first named for: Japan, named in an aside before
    # the talks, is the side of the Japanese leader met after them
    found = extract_events(Article(id="t", origin="t.txt", title="T", published=datetime(2023, 5, 21, 20), paragraphs=[
        "Lula, attending as a guest of Japan, held separate talks on Saturday with Indian Prime Minister Narendra "
        "Modi, French President Emmanuel Macron and Japanese Prime Minister Fumio Kishida."]))
    pairs = sorted(tuple(sorted(m.countries)) for m in found if m.kind == "meeting")
    assert pairs == [("BRA", "FRA"), ("BRA", "IND"), ("BRA", "JPN")]
