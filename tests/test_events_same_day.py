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


def test_a_meeting_dated_months_before_the_report_is_not_the_leads_undated_one():
    found = extract_events(Article(id="t", origin="t.txt", title="T", published=datetime(2024, 2, 14, 18), paragraphs=[
        "Turkish President Recep Tayyip Erdogan and his Egyptian counterpart Abdel Fattah al-Sisi on Wednesday "
        "signed a joint declaration during Erdogan's first visit to Egypt in 12 years.",
        "Sisi personally welcomed Erdogan and first lady Emine Erdogan at Cairo International Airport before an "
        "official ceremony at the Ittihadiya Presidential Palace, where the two leaders held a one-on-one meeting "
        "followed by talks between delegations.",
        "Relations soured in 2013.",
        "Ankara and Cairo appointed ambassadors in July 2023, and the two presidents met on the sidelines of the G20 "
        "Summit in New Delhi in September."]))
    meetings = sorted(m.date for m in found if m.kind == "meeting")
    assert meetings == ["2023-09", "2024-02-14"]


def test_meeting_again_is_the_next_meeting_not_the_one_just_told():
    found = extract_events(Article(id="t", origin="t.txt", title="T", published=datetime(2024, 8, 14, 9), paragraphs=[
        "Turkish Foreign Minister Hakan Fidan said on Tuesday that the second round of talks between Ethiopia and "
        "Somalia held in the Turkish capital had made progress and that the two sides would meet again in Ankara "
        "on Sept. 17."]))
    meetings = [m for m in found if m.kind == "meeting"]
    assert len(meetings) == 2 and [(m.date, m.status) for m in meetings].count(("2024-09-17", "scheduled")) == 1
