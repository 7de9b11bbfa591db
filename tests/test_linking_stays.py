"""One person's visit to one state, reported on different days of the stay: the arrival in
one report, the last day in another. A reader sees one visit, under way (so held) when the
later report speaks of its end still to come. Reports written for these tests (a Kenyan
president's state visit to South Korea, June 2024)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from summitry.events import extract_events
from summitry.linking import link
from summitry.model import Article
from summitry.store import Store

ARRIVAL = Article(id="arrival", origin="arrival.txt", title="arrival", published=datetime(2024, 6, 3, 18), paragraphs=[
    "Kenyan President William Ruto arrived in Seoul on Monday for a state visit to South Korea."])
LAST_DAY = Article(id="last", origin="last.txt", title="last", published=datetime(2024, 6, 5, 9), paragraphs=[
    "The state visit of Kenyan President William Ruto to South Korea concludes on Thursday."])
NEXT_MONTH = Article(id="later", origin="later.txt", title="later", published=datetime(2024, 6, 5, 9), paragraphs=[
    "Kenyan President William Ruto will pay another visit to South Korea on June 20."])


def visits(tmp_path: Path, articles: list[Article]) -> list[tuple[str, str]]:
    with Store(tmp_path / "s.db") as store:
        for a in articles:
            with store.transaction():
                assert store.add_article(a)
                link(store, extract_events(a))
        return store.db.execute("SELECT status, date FROM events WHERE kind='visit' ORDER BY date").fetchall()


@pytest.mark.parametrize("order", [(ARRIVAL, LAST_DAY), (LAST_DAY, ARRIVAL)])
def test_reports_of_one_stay_days_apart_are_one_visit(tmp_path: Path, order):
    found = visits(tmp_path, list(order))
    assert len(found) == 1


def test_a_visit_weeks_later_is_another(tmp_path: Path):
    assert len(visits(tmp_path, [ARRIVAL, NEXT_MONTH])) == 2


@pytest.mark.parametrize("order", [(ARRIVAL, LAST_DAY), (LAST_DAY, ARRIVAL)])
def test_a_stay_whose_last_day_is_still_to_come_is_under_way(tmp_path: Path, order):
    assert [status for status, _ in visits(tmp_path, list(order))] == ["held"]


PLANNED = Article(id="planned", origin="planned.txt", title="planned", published=datetime(2024, 3, 19, 18), paragraphs=[
    "Indian Prime Minister Narendra Modi will pay a state visit to Bhutan on March 21 and 22."])
PUT_OFF = Article(id="putoff", origin="putoff.txt", title="putoff", published=datetime(2024, 3, 20, 18), paragraphs=[
    "Indian Prime Minister Narendra Modi's state visit to Bhutan, due to begin on Thursday, has been postponed "
    "because of bad weather."])
HELD_LATER = Article(id="held", origin="held.txt", title="held", published=datetime(2024, 3, 23, 18), paragraphs=[
    "Indian Prime Minister Narendra Modi ended a state visit to Bhutan on Saturday that began on Friday."])


@pytest.mark.parametrize("order", [(PLANNED, PUT_OFF, HELD_LATER), (HELD_LATER, PUT_OFF, PLANNED)])
def test_a_visit_put_off_and_held_days_later_is_a_new_slot(tmp_path: Path, order):
    assert sorted(status for status, _ in visits(tmp_path, list(order))) == ["held", "postponed"]
