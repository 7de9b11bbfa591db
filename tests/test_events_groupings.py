"""Regional groupings are known with their members (BIMSTEC, the Alliance of Sahel States,
FOCAC...), a gathering's long name with two capitalised heads is one name whose last head
says what it is, and two reports of one named summit a day or two apart are one summit.
Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from summitry.events import extract_events
from summitry.linking import link
from summitry.model import Article
from summitry.store import Store


def mentions(*paragraphs: str, published: datetime):
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=published))


def test_a_south_asian_grouping_holds_a_summit():
    found = mentions("Indian Prime Minister Narendra Modi will attend the summit of the BIMSTEC grouping in Bangkok "
                     "on Friday.", published=datetime(2025, 4, 3, 9))
    assert [(m.kind, m.series, m.date) for m in found] == [("summit", "BIMSTEC summit", "2025-04-04")]


def test_a_sahel_alliance_summit_is_of_its_three_members():
    found = mentions("The leaders of the Alliance of Sahel States held their first summit in Niamey on Saturday.",
                     published=datetime(2024, 7, 7, 9))
    assert [(m.kind, m.series, sorted(m.countries)) for m in found] == [("summit", "AES summit", ["BFA", "MLI", "NER"])]


def test_a_forums_summit_is_a_summit():
    found = mentions("President Cyril Ramaphosa will attend the Forum on China-Africa Cooperation (FOCAC) Summit "
                     "in Beijing next week.", published=datetime(2024, 8, 31, 9))
    assert [(m.kind, m.series) for m in found] == [("summit", "FOCAC summit")]


OPENS = Article(id="opens", origin="opens.txt", title="opens", published=datetime(2024, 11, 17, 9), paragraphs=[
    "The G20 summit in Rio de Janeiro will open on Monday."])
ENDED = Article(id="ended", origin="ended.txt", title="ended", published=datetime(2024, 11, 20, 9), paragraphs=[
    "The G20 summit in Rio de Janeiro ended on Tuesday."])


@pytest.mark.parametrize("order", [(OPENS, ENDED), (ENDED, OPENS)])
def test_two_days_of_one_named_summit_are_one_summit(tmp_path: Path, order):
    with Store(tmp_path / "s.db") as store:
        for a in order:
            with store.transaction():
                assert store.add_article(a)
                link(store, extract_events(a))
        rows = store.db.execute("SELECT status FROM events WHERE kind='summit'").fetchall()
    assert [tuple(r) for r in rows] == [("held",)]


def test_the_setting_of_a_side_meeting_is_its_hosts_gathering():
    found = mentions("Joe Biden and Xi Jinping met on the sidelines of the G20 summit in Bali on Monday.",
                     published=datetime(2022, 11, 15, 9))
    summit = [m for m in found if m.kind == "summit"]
    assert [(sorted(m.countries), sorted(p.name for p in m.participants)) for m in summit] == [
        (["IDN"], ["Joe Biden", "Xi Jinping"])]
    assert [sorted(m.countries) for m in found if m.kind == "meeting"] == [["CHN", "USA"]]
