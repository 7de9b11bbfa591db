"""A plan a later report shows carried out on its days took place, whatever order the two
reports come in: a planned visit whose traveller is at a held meeting in the visited state,
a planned meeting whose people sign an agreement together; talks planned on a trip a later
report calls off fell with it. The reports are written for these tests (a UK prime minister's
trip to Paris, March 2023; an Indonesian president's White House talks, November 2023; a US
president's stop in Port Moresby, May 2023)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from summitry.events import extract_events
from summitry.linking import link
from summitry.model import Article
from summitry.store import Store

PREVIEW = Article(id="preview", origin="preview.txt", title="preview", published=datetime(2023, 3, 8, 9), paragraphs=[
    "British Prime Minister Rishi Sunak will travel to Paris on Friday for talks with French President "
    "Emmanuel Macron."])
HELD = Article(id="held", origin="held.txt", title="held", published=datetime(2023, 3, 10, 18), paragraphs=[
    "French President Emmanuel Macron and British Prime Minister Rishi Sunak held talks in Paris on Friday."])
OTHER = Article(id="other", origin="other.txt", title="other", published=datetime(2023, 3, 10, 18), paragraphs=[
    "French President Emmanuel Macron and German Chancellor Olaf Scholz held talks in Paris on Friday."])


def status_of(kind: str, tmp_path: Path, articles: list[Article]) -> str:
    """The status of the one record of this kind once the articles are linked in this order."""
    with Store(tmp_path / "s.db") as store:
        for a in articles:
            with store.transaction():
                assert store.add_article(a)
                link(store, extract_events(a))
        return store.db.execute("SELECT status FROM events WHERE kind=?", (kind,)).fetchone()[0]


@pytest.mark.parametrize("order", [(PREVIEW, HELD), (HELD, PREVIEW)])
def test_a_visit_planned_for_talks_reported_held_later_took_place(tmp_path: Path, order):
    assert status_of("visit", tmp_path, list(order)) == "held"


def test_talks_of_others_in_the_visited_town_say_nothing_of_the_visit(tmp_path: Path):
    assert status_of("visit", tmp_path, [PREVIEW, OTHER]) == "scheduled"


TALKS_PLANNED = Article(id="talks", origin="talks.txt", title="talks", published=datetime(2023, 11, 12, 9), paragraphs=[
    "Indonesian President Joko Widodo will hold talks with US President Joe Biden at the White House on Monday."])
SIGNED = Article(id="signed", origin="signed.txt", title="signed", published=datetime(2023, 11, 14, 8), paragraphs=[
    "Indonesian President Joko Widodo and US President Joe Biden agreed on Monday to upgrade relations "
    "between the two countries to a comprehensive strategic partnership."])
SIGNED_ALONE = Article(id="alone", origin="alone.txt", title="alone", published=datetime(2023, 11, 14, 8), paragraphs=[
    "Indonesian President Joko Widodo and Canadian Prime Minister Justin Trudeau agreed on Monday to deepen "
    "trade ties between the two countries."])


@pytest.mark.parametrize("order", [(TALKS_PLANNED, SIGNED), (SIGNED, TALKS_PLANNED)])
def test_planned_talks_whose_leaders_agree_together_that_day_took_place(tmp_path: Path, order):
    assert status_of("meeting", tmp_path, list(order)) == "held"


def test_one_of_the_leaders_agreeing_with_someone_else_says_nothing_of_the_talks(tmp_path: Path):
    assert status_of("meeting", tmp_path, [TALKS_PLANNED, SIGNED_ALONE]) == "scheduled"


ARRIVAL = Article(id="arrival", origin="arrival.txt", title="arrival", published=datetime(2023, 3, 24, 9), paragraphs=[
    "US Vice President Kamala Harris will arrive in Accra on Sunday for a visit that will also take her to Tanzania."])
MET = Article(id="met", origin="met.txt", title="met", published=datetime(2023, 3, 27, 18), paragraphs=[
    "US Vice President Kamala Harris met Ghanaian President Nana Akufo-Addo in Accra on Monday."])


@pytest.mark.parametrize("order", [(ARRIVAL, MET), (MET, ARRIVAL)])
def test_a_visit_planned_by_its_arrival_day_is_held_when_its_traveller_meets_there_the_day_after(tmp_path: Path, order):
    assert status_of("visit", tmp_path, list(order)) == "held"


VISIT_PLANNED = Article(id="vplan", origin="vplan.txt", title="vplan", published=datetime(2025, 1, 14, 9), paragraphs=[
    "Iranian President Masoud Pezeshkian will pay a state visit to Moscow on Friday."])
TREATY_SIGNED = Article(id="treaty", origin="treaty.txt", title="treaty", published=datetime(2025, 1, 17, 19), paragraphs=[
    "Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a partnership treaty in "
    "Moscow on Friday."])


@pytest.mark.parametrize("order", [(VISIT_PLANNED, TREATY_SIGNED), (TREATY_SIGNED, VISIT_PLANNED)])
def test_a_visit_whose_traveller_signs_a_treaty_there_that_day_took_place(tmp_path: Path, order):
    assert status_of("visit", tmp_path, list(order)) == "held"


TRIP_PLANNED = Article(id="trip", origin="trip.txt", title="trip", published=datetime(2023, 5, 3, 9), paragraphs=[
    "US President Joe Biden will visit Port Moresby on May 22, Papua New Guinea's prime minister said.",
    "Biden is expected to hold talks with Prime Minister James Marape in Port Moresby that day."])
TRIP_OFF = Article(id="off", origin="off.txt", title="off", published=datetime(2023, 5, 17, 5), paragraphs=[
    "US President Joe Biden has cancelled his planned visit to Papua New Guinea to return to Washington."])


@pytest.mark.parametrize("order", [(TRIP_PLANNED, TRIP_OFF), (TRIP_OFF, TRIP_PLANNED)])
def test_talks_planned_on_a_trip_reported_called_off_later_fall_with_it(tmp_path: Path, order):
    assert status_of("meeting", tmp_path, list(order)) == "cancelled"


def test_talks_planned_on_a_trip_stand_where_no_later_report_calls_it_off(tmp_path: Path):
    assert status_of("meeting", tmp_path, [TRIP_PLANNED]) == "scheduled"
