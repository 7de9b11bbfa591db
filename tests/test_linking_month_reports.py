"""Reports dated to their month only (a page whose only date is "/2024/01/" in its address):
their status is weighed as of any day of that month, they round-trip through the store, and
an undated past event they tell can lie up to the month's end. Records written for these tests."""

from __future__ import annotations

from datetime import date, datetime

from summitry.events import extract_events
from summitry.events.facts import plausible_window
from summitry.linking import aggregate, link
from summitry.model import Article, EventMention, Evidence, content_id
from summitry.store import Store


def _visit(status: str, published: datetime, month_only: bool = False, date_: str | None = "2024-01-21/2024-01-26"):
    art = f"a{published:%m%d}{'m' if month_only else ''}"
    return EventMention(article=art, published=published, type="CONSULT", kind="visit", status=status,
                        countries=["USA", "CPV"], date=date_, evidence=[Evidence(art, "s", 0, 1)],
                        published_precision="month" if month_only else None)


def test_a_month_only_report_that_the_visit_was_held_outranks_a_plan_told_that_month():
    plan = _visit("scheduled", datetime(2024, 1, 19))
    held = _visit("held", datetime(2024, 1, 1), month_only=True, date_=None)
    assert aggregate("x", [plan, held]).status == "held"
    assert aggregate("x", [held, plan]).status == "held"


def test_a_month_only_report_of_a_plan_does_not_undo_a_dated_report_that_it_was_held():
    held = _visit("held", datetime(2024, 1, 27))
    plan = _visit("scheduled", datetime(2024, 1, 1), month_only=True)
    assert aggregate("x", [plan, held]).status == "held"


def test_an_undated_past_event_of_a_month_only_report_can_lie_up_to_the_months_end():
    m = _visit("held", datetime(2024, 1, 1), month_only=True, date_=None)
    assert plausible_window(m)[1] == date(2024, 2, 1)


def test_a_month_only_report_keeps_its_precision_in_the_store(tmp_path):
    art = Article(id=content_id("T", "a"), origin="a.txt", title="T", published=datetime(2024, 1, 1), published_precision="month",
                  paragraphs=["US Secretary of State Antony Blinken held talks with Nigerian President Bola Tinubu "
                              "in Lagos."])
    [m] = [m for m in extract_events(art) if m.kind == "meeting"]
    assert m.published_precision == "month"
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.add_article(art)
            link(store, [m])
        [(event_id, _)] = store.events_of_articles([art.id])
        [back] = store.mentions_of(event_id)
        assert (back.published, back.published_precision) == (datetime(2024, 1, 1), "month")
