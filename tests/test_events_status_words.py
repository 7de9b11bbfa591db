"""Status told by the words around an event: a summit that "will not take place" is
called off; "would" in reported speech is a plan fixed for a day. Sentences written for
these tests; publication is Wednesday 10 May 2023."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.model import Article, EventMention

PUB = datetime(2023, 5, 10, 9, 0)


def events(*paragraphs: str) -> list[EventMention]:
    return extract_events(Article(id="t", origin="t.txt", title="T", paragraphs=list(paragraphs), published=PUB))


def test_a_summit_that_will_not_take_place_is_cancelled():
    [summit] = events("The summit between Senegal and Mauritania will not take place next week, officials said.")
    assert summit.status == "cancelled"


def test_a_visit_that_will_not_go_ahead_is_cancelled():
    [visit] = events("The visit of Chilean President Gabriel Boric to Bolivia will no longer go ahead.")
    assert visit.status == "cancelled"


def test_would_in_reported_speech_with_a_day_is_scheduled():
    [visit] = events("A spokeswoman said Colombian President Gustavo Petro would visit Caracas next week.")
    assert visit.status == "scheduled"


def test_would_with_a_condition_stays_proposed():
    [visit] = events("Colombian President Gustavo Petro would visit Caracas if invited, a spokeswoman said.")
    assert visit.status == "proposed"


def test_a_postponed_visits_planned_days_in_a_clause_on_its_destination():
    [visit] = events("Ghana's President Nana Akufo-Addo has postponed his state visit to Nigeria, which had been "
                     "planned for May 18-19, his office said on Tuesday.")
    assert (visit.status, visit.date) == ("postponed", "2023-05-18/2023-05-19")


def test_documents_signed_after_the_talks_are_signed_where_and_when_the_talks_were():
    found = events("Vietnamese President Vo Van Thuong held talks with Lao President Thongloun Sisoulith in Hanoi on "
                   "Monday.", "After the talks, the two heads of state witnessed the signing of 12 cooperation documents.")
    [deal] = [m for m in found if m.kind == "agreement"]
    assert (deal.status, deal.date, deal.location.place) == ("held", "2023-05-08", "Hanoi")
    assert {p.name for p in deal.participants} == {"Vo Van Thuong", "Thongloun Sisoulith"}


def test_talks_a_postponed_trip_was_to_bring_are_postponed_on_the_trips_own_weekday():
    found = events("Chilean President Gabriel Boric has postponed his trip to Peru, which was scheduled to start "
                   "Saturday.", "He was to hold talks with Peruvian President Dina Boluarte in Lima on Tuesday.")
    [trip] = [m for m in found if m.kind == "visit"]
    [talks] = [m for m in found if m.kind == "meeting"]
    assert (trip.status, trip.date) == ("postponed", "2023-05-13")
    assert (talks.status, talks.date) == ("postponed", "2023-05-16")


def test_a_plan_told_with_was_to_is_not_held_because_its_day_has_passed():
    found = events("Chilean President Gabriel Boric was to hold talks with Peruvian President Dina Boluarte in Lima "
                   "on Monday, officials said.")
    [talks] = [m for m in found if m.kind == "meeting"]
    assert talks.status != "held"


def test_a_word_before_the_next_event_tells_that_events_status_not_the_one_before():
    found = events("Indian Prime Minister Narendra Modi will cut short his trip to Africa this week and return to New "
                   "Delhi on Sunday after attending the Group of Seven summit in Japan, postponing planned visits to "
                   "Kenya and Ghana to focus on the budget.")
    [summit] = [m for m in found if m.kind == "summit"]
    assert summit.status != "postponed"
    assert summit.date == "2023-05"  # the month of this week, not a broken week value
    assert {m.location.country for m in found if m.kind == "visit" and m.status == "postponed"} >= {"KEN", "GHA"}


def test_the_day_a_summit_was_called_off_is_not_its_day():
    found = events("The Quad leaders' summit planned for Sydney was called off on Monday.")
    [summit] = [m for m in found if m.kind == "summit"]
    assert summit.status == "cancelled" and summit.date != "2023-05-08"


def test_the_slot_a_visit_was_originally_planned_for_is_an_event_of_its_own():
    found = events("Chilean President Gabriel Boric arrived in Lima on Monday for a two-day state visit.",
                   "The state visit was originally planned for last October but was called off because of protests.")
    slots = sorted((m.date, m.status) for m in found if m.kind == "visit")
    assert slots == [("2022-10", "cancelled"), ("2023-05-08/2023-05-09", "held")]
    [old] = [m for m in found if m.date == "2022-10"]
    assert [p.name for p in old.participants] == ["Gabriel Boric"] and old.location.country == "PER"


def test_a_plan_is_not_made_on_a_trip_that_ended_before_the_report():
    found = events("Indian Prime Minister Narendra Modi will travel to Kathmandu on May 21.",
                   "Nepalese Prime Minister Pushpa Kamal Dahal visited India from May 4 to May 8.",
                   "Modi is scheduled to hold talks with Dahal.")
    [talks] = [m for m in found if m.kind == "meeting"]
    assert (talks.date, talks.location.country) == ("2023-05-21", "NPL")


def test_a_trip_someone_refused_to_make_is_no_visit():
    found = events("Azerbaijani President Ilham Aliyev refused to come to Spain a day before the summit.")
    assert not [m for m in found if m.kind == "visit"]


def test_a_letter_inviting_a_leader_to_visit_and_looking_forward_to_a_visit_are_proposals():
    for sentence in ("Officials said the emir had sent a letter inviting President William Ruto to visit Doha.",
                     "Kenyan President William Ruto said he looked forward to visiting Doha soon."):
        article = Article(id="t", origin="t.txt", title="T", paragraphs=[sentence], published=datetime(2023, 5, 10))
        [visit] = [e for e in extract_events(article) if e.kind == "visit"]
        assert visit.status == "proposed", sentence


def test_an_adverb_inside_a_plan_does_not_hide_it():
    found = events("Kenyan President William Ruto will leave on Friday for Addis Ababa.",
                   "He is also to visit Djibouti before returning on Monday.")
    [djibouti] = [e for e in found if e.kind == "visit" and e.location.country == "DJI"]
    assert djibouti.status == "scheduled"
