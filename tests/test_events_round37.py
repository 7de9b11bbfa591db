"""Rules found on the stand-in sets of session 18 (Singapore, Vietnam, the Low Countries with Austria
and Switzerland, European monarchs' state visits). Sentences written for these tests."""

from __future__ import annotations

from datetime import date, datetime

from test_events_round31 import mentions

from summitry.time import tag


def test_calling_on_a_dignitary_is_a_meeting_not_a_phone_call():
    found = mentions("During the visit, the Thai premier also called on President Tharman Shanmugaratnam and met "
                     "Foreign Minister Vivian Balakrishnan.", published=datetime(2024, 5, 9, 10))
    assert "call" not in [m.kind for m in found]
    assert any(m.kind == "meeting" and "Tharman Shanmugaratnam" in [p.name for p in m.participants] for m in found)


def test_a_weekday_is_not_turned_by_the_verb_of_another_date_s_clause():
    # "traveled" tells March 2021, not Thursday: published on a Monday, the talks are three days ahead
    text = ("The high point comes on Thursday, when the two premiers hold their first summit since March 2021, "
            "when the previous premier traveled to Rome.")
    assert [t.value for t in tag(text, date(2025, 6, 2))] == ["2025-06-05", "2021-03"]


def test_calling_on_an_office_holder_named_after_a_long_title_is_a_meeting_with_him():
    found = mentions("Foreign Minister Ishaq Dar on Sunday called on Chief Adviser of Bangladesh's interim government "
                     "Professor Muhammad Yunus and handed over a letter from his prime minister.",
                     published=datetime(2025, 8, 24, 18))
    assert [(m.kind, m.date, sorted(p.name for p in m.participants)) for m in found] == \
        [("meeting", "2025-08-24", ["Ishaq Dar", "Muhammad Yunus"])]


def test_a_given_name_cut_short_after_a_title_is_no_person_of_its_own():
    found = mentions("Later, Ishaq Dar held talks with Foreign Affairs Adviser Md. Touhid Hossain in Dhaka.",
                     published=datetime(2025, 8, 24, 18))
    assert [sorted(p.name for p in m.participants) for m in found if m.kind == "meeting"] == \
        [["Ishaq Dar", "Touhid Hossain"]]
