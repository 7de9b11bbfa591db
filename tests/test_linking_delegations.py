"""Reports of one delegation's visit that each list a different part of the delegation.

The reports are made up for these tests: a tour of Nordic leaders to Japan, told by a
dated preview and by an undated wire story that names only a weekday.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from summitry.events.facts import facts_compatible, same_delegation
from summitry.linking import link
from summitry.linking.keys import day_hints, keys
from summitry.model import Article, EventMention, Evidence, Location, Person
from summitry.store import Store

LEADER = Person("Ingrid Halvorsen", "Prime Minister", "NOR")
HOST = Person("Kenji Mori", "Prime Minister", "JPN")


def visit(article: str, published: datetime | None, countries: list[str], people=(LEADER,), place="Osaka",
          date: str | None = None, status: str = "", start: int = 0) -> EventMention:
    return EventMention(article=article, published=published, type="CONSULT", kind="visit", status=status,
                        countries=countries, participants=list(people), date=date, location=Location(place, "JPN"),
                        evidence=[Evidence(article, f"Sentence of {article}.", start, start + 20)])


PREVIEW = visit("preview", datetime(2024, 3, 7, 9), ["NOR", "DNK", "FIN", "JPN"], date="2024-03-09", status="scheduled")
WIRE = visit("wire", None, ["NOR", "SWE", "ISL", "JPN"], start=40)  # "her arrival in Osaka with the leaders of ..."


def test_two_lists_of_one_delegation_at_one_place_are_one_visit():
    assert facts_compatible(PREVIEW, WIRE, overlap=True)
    assert same_delegation(PREVIEW, WIRE) and same_delegation(WIRE, PREVIEW)
    assert not facts_compatible(PREVIEW, WIRE)  # within one article, lists are not merged this way


@pytest.mark.parametrize("change", [
    dict(place="Kyoto"),  # another city of the host: another stop of the tour
    dict(people=[Person("Lars Berg", "Prime Minister", "SWE")]),  # no traveller named in both
    dict(people=[LEADER], countries=["SWE", "ISL", "JPN"]),  # her state not in the other list
])
def test_without_place_and_a_shared_traveller_the_lists_stay_apart(change):
    other = visit("wire", None, **{"countries": ["NOR", "SWE", "ISL", "JPN"], **change})
    assert not facts_compatible(PREVIEW, other, overlap=True)


def test_the_host_alone_shared_does_not_make_one_visit():
    a = replace(PREVIEW, participants=[HOST])
    b = replace(WIRE, participants=[HOST])
    assert not same_delegation(a, b)  # a host receives many delegations


def test_meetings_are_not_merged_on_a_shared_traveller():
    a, b = replace(PREVIEW, kind="meeting"), replace(WIRE, kind="meeting")
    assert not facts_compatible(a, b, overlap=True)  # one may attend several meetings in a city on a day


def test_a_report_with_no_date_looks_at_the_days_its_undated_article_names():
    assert day_hints(["XXXX-WXX-5", None]) == [4, 5, 6]  # Friday: Thursday to Saturday
    assert day_hints(["XXXX-WXX-7"]) == [1, 6, 7]
    assert "JPN+NOR|uwd6" in keys(WIRE, [], [4, 5, 6])
    assert not any("uwd" in k for k in keys(replace(WIRE, date="XXXX-10"), [], [4, 5, 6]))  # a month says more
    assert not any("uwd" in k for k in keys(replace(WIRE, location=None), [], [4, 5, 6]))  # too little to go on


def _link(store: Store, reports: list[EventMention]) -> dict[str, str]:
    with store.transaction():
        for m in reports:
            store.add_article(Article(id=m.article, origin=f"{m.article}.txt", title=m.article, paragraphs=["x"],
                                      published=m.published))
            link(store, [m] if m.article != "wire" else [m, FRIDAY])
    return {m.article: store.db.execute("SELECT event_id FROM mentions WHERE article_id=? AND kind='visit'",
                                        (m.article,)).fetchone()[0] for m in reports}


# the wire story also says "the leaders were in Tokyo on Friday": it names a weekday, no month
FRIDAY = visit("wire", None, ["NOR", "JPN"], place="Tokyo", date="XXXX-WXX-5", status="held", start=90)


@pytest.mark.parametrize("order", [(PREVIEW, WIRE), (WIRE, PREVIEW)])
def test_an_undated_report_of_the_visit_joins_the_dated_one_in_any_order(tmp_path: Path, order):
    with Store(tmp_path / "d.db") as store:
        ids = _link(store, list(order))
        assert ids["preview"] == ids["wire"]
        e = store.event(ids["preview"])
        assert sorted(e.countries) == ["DNK", "FIN", "ISL", "JPN", "NOR", "SWE"]
        assert e.date == "2024-03-09" and store.count_events() == 2  # and the Friday stop in Tokyo


def test_a_meeting_or_visit_of_three_or_more_states_is_also_filed_under_its_host():
    talks = replace(PREVIEW, kind="meeting")
    assert "JPN|2024-03" in keys(talks) and "JPN|wd6" in keys(talks)
    assert "JPN|2024-03" not in keys(replace(talks, countries=["NOR", "JPN"]))  # a pair has its own key
    assert "JPN|2024-03" not in keys(replace(talks, location=Location("Oslo", "NOR")))  # not hosted by Japan


@pytest.mark.parametrize("first", ["preview", "wire"])
def test_a_report_naming_only_the_host_joins_the_delegations_meeting(tmp_path: Path, first):
    talks = replace(PREVIEW, kind="meeting", participants=[LEADER, HOST])
    # "The leaders were in Osaka on Saturday to meet Prime Minister Kenji Mori."
    met = visit("wire", None, ["JPN"], people=[HOST], place=None, date="XXXX-WXX-6", status="held")
    met = replace(met, kind="meeting", location=None)
    reports = [talks, met] if first == "preview" else [met, talks]
    with Store(tmp_path / "h.db") as store, store.transaction():
        for m in reports:
            store.add_article(Article(id=m.article, origin=f"{m.article}.txt", title=m.article, paragraphs=["x"],
                                      published=m.published))
            link(store, [m])
        (e,) = [store.event(x.id) for x in store.events()]
        assert e.status == "held" and e.date == "2024-03-09" and len(e.mentions) == 2


def test_a_large_delegation_keeps_the_pairs_of_its_host():
    travellers = ["AGO", "BEN", "BWA", "CMR", "COG", "GHA", "KEN", "NGA", "SEN", "ZAF"]
    tour = replace(PREVIEW, countries=[*travellers, "UKR"], location=Location("Kyiv", "UKR"))
    filed = keys(tour)
    assert "AGO+UKR|2024-03" in filed and "BEN+UKR|2024-03" in filed  # "Angola's leader arrived in Kyiv"
    assert len(filed) == 2 * (28 + 1)  # still pairs of eight states, and the host, by month and weekday
