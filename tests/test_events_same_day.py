""""Earlier in the day" and "later that day" in a report whose first event gives no date of
its own: the lead's event is the news of the publication day, and so is what was done
earlier or later that day. Sentences written for these tests; publication Wednesday 10 May 2023."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article

PUB = datetime(2023, 5, 10, 9, 0)
LEAD = "President Andrzej Duda of Poland, who is on a working visit to Norway, met Prime Minister Jonas Gahr Store in Oslo."


def dates(*paragraphs: str) -> dict[str, str | None]:
    found = extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=PUB))
    return {"+".join(sorted(p.name for p in m.participants)): m.date for m in found if m.kind == "meeting"}


def test_what_was_done_earlier_in_the_day_is_of_the_leads_day():
    found = dates(LEAD, "The two leaders discussed energy security.",
                  "Earlier in the day, President Duda held talks with Foreign Minister Anniken Huitfeldt of Norway.")
    assert found == {"Andrzej Duda+Jonas Gahr Støre": "2023-05-10", "Andrzej Duda+Anniken Huitfeldt": "2023-05-10"}


def test_a_later_day_named_before_dates_what_follows_later_that_day():
    found = dates(LEAD, "On Tuesday he travelled to Bergen, where he met the mayor.",
                  "Later that day, President Duda held talks with Foreign Minister Anniken Huitfeldt of Norway.")
    assert found["Andrzej Duda+Anniken Huitfeldt"] == "2023-05-09"
