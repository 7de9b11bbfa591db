"""A season word that opens a proper name is no time expression; a delay "later than planned" is no day (written for these tests)."""

from __future__ import annotations

from datetime import date

from summitry.time import tag


def test_a_capitalised_season_before_a_name_is_part_of_the_name():
    text = ("The premier will speak at the Summer Davos forum in Tianjin, days after the Winter Olympics closed. "
            "Talks resume in the summer.")
    found = [(t.text, t.value) for t in tag(text, date(2023, 6, 1))]
    assert found == [("the summer", "2023-SU")]


def test_so_long_later_than_planned_is_a_delay_not_a_day():
    text = "The prime minister arrived this morning, a day later than planned. He met the king a day later."
    found = [(t.text, t.type, t.value) for t in tag(text, date(2024, 3, 22))]
    assert ("a day later", "DURATION", "P1D") in found
    assert ("a day later", "DATE", "2024-03-23") in found
