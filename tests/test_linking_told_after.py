"""A planned meeting that a report published after its day tells of with no word of a plan
("The meeting lasted more than an hour") took place: the record's status is held. Articles
written for these tests."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.linking import aggregate
from summitry.model import Article


def mentions(published: datetime, *paragraphs: str):
    return extract_events(Article(id=f"a{published:%d}", origin=f"a{published:%d}.txt", title="T",
                                  paragraphs=list(paragraphs), published=published))


PLAN = mentions(datetime(2025, 5, 18, 9), "Kenyan President William Ruto will meet Tanzanian President Samia "
                "Suluhu Hassan in Arusha on Wednesday, 21 May 2025, his office said.")


def test_a_later_report_with_no_word_of_a_plan_makes_the_meeting_held():
    later = mentions(datetime(2025, 5, 22, 7), "Kenyan President William Ruto and Tanzanian President Samia Suluhu "
                     "Hassan spent more than two hours together.",
                     "Officials said the talks between Ruto and Hassan focused on the border crossing.")
    meeting = [m for m in PLAN + later if m.kind == "meeting"]
    assert aggregate("e", meeting).status == "held"


def test_a_report_before_the_day_leaves_it_scheduled():
    earlier = mentions(datetime(2025, 5, 20, 7), "Officials said the talks between Kenyan President William Ruto and "
                       "Tanzanian President Samia Suluhu Hassan focused on the border crossing.")
    meeting = [m for m in PLAN + earlier if m.kind == "meeting"]
    assert aggregate("e", meeting).status == "scheduled"
