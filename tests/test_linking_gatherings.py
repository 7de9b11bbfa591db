"""Reports of one named gathering: each names some of the states there, and the side
meetings it hosted. Sentences written for these tests about the Rio de Janeiro G20 summit
of November 2024."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from summitry.events import extract_events
from summitry.events.facts import facts_compatible, same_series
from summitry.linking import link
from summitry.model import Article, EventMention, Location, Person
from summitry.store import Store


def article(name: str, day: int, *paragraphs: str) -> Article:
    return Article(id=name, origin=f"{name}.txt", title=name, paragraphs=list(paragraphs),
                   published=datetime(2024, 11, day, 9))


SIDELINES = article("sidelines", 18, "Prime Minister Narendra Modi of India met President Luiz Inacio Lula da Silva "
                    "of Brazil on Monday on the sidelines of the G20 summit in Rio de Janeiro.")
ATTENDED = article("attended", 19, "Chancellor Olaf Scholz of Germany and President Cyril Ramaphosa of South Africa "
                   "attended the G20 summit in Rio de Janeiro on Monday and Tuesday.")


def summit(countries: list[str], date: str, series: str | None = "G20 summit") -> EventMention:
    return EventMention(article="a", published=datetime(2024, 11, 19), type="CONSULT", kind="summit", status="held",
                        countries=countries, date=date, location=Location("Rio de Janeiro", "BRA"), series=series)


def test_two_reports_of_one_named_summit_are_compatible_whichever_states_each_names():
    assert facts_compatible(summit(["IND", "BRA"], "2024-11-18"), summit(["DEU", "ZAF"], "2024-11-18/2024-11-19"))
    assert not facts_compatible(summit(["IND", "BRA"], "2024-11-18"), summit(["DEU", "ZAF"], "2024-11-18", "BRICS summit"))
    assert not facts_compatible(summit(["IND", "BRA"], "2024-11-18", None), summit(["DEU", "ZAF"], "2024-11-18", None))


def test_an_undated_report_of_a_named_summit_joins_it_at_the_same_place():
    undated = summit(["CHN", "BRA"], None)
    assert facts_compatible(undated, summit(["USA", "BRA"], "2024-11-18/2024-11-19"))
    unplaced = EventMention(**{**undated.__dict__, "location": None})
    assert not facts_compatible(unplaced, summit(["USA", "BRA"], "2024-11-18/2024-11-19"))


def test_the_summit_a_side_meeting_was_held_at_and_a_report_of_its_attendees_make_one_record(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        for a in (SIDELINES, ATTENDED):
            with store.transaction():
                assert store.add_article(a)
                link(store, extract_events(a))
        summits = store.db.execute("SELECT series, date FROM events WHERE kind='summit'").fetchall()
    assert [tuple(r) for r in summits] == [("G20 summit", "2024-11-18/2024-11-19")]


def test_a_series_named_with_its_pair_of_states_in_either_order_is_one_series():
    assert same_series("UK-France Summit", "France-UK summit")
    assert not same_series("UK-France Summit", "UK-Germany summit")


def _meeting(series: str | None, status: str = "held", day: str = "2022-12-21", place: str = "Beijing") -> EventMention:
    return EventMention(article="a", published=datetime(2022, 12, 21, 18), type="CONSULT", kind="meeting", status=status,
                        countries=["AUS", "CHN"], date=day, location=Location(place, "CHN"), series=series,
                        participants=[Person("Penny Wong", "Foreign Minister", "AUS"), Person("Wang Yi", "Foreign Minister", "CHN")])


def test_a_named_dialogue_and_talks_of_its_people_on_its_day_and_in_its_town_are_one_meeting():
    named = _meeting("China-Australia Diplomatic and Strategic Dialogue")
    assert facts_compatible(named, _meeting(None), overlap=True)
    assert not facts_compatible(named, _meeting(None, status="scheduled"), overlap=True)
    assert not facts_compatible(named, _meeting(None, day="2022-12-20"), overlap=True)
