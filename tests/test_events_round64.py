"""Rules found in session 24 on the stand-in sets (Turkey's and Japan's leaders abroad, ECOWAS, the
Belgrade-Pristina dialogue, the Nile, Canada's prime minister, ...). Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_events_round31 import mentions


def test_a_where_clause_keeps_the_day_and_place_before_it_not_the_next_stop_after_it():
    found = mentions("Russian Foreign Minister Sergei Lavrov was in Gabon on Monday, where he met President Ali Bongo, and "
                     "in Angola on Tuesday.", published=datetime(2023, 3, 8, 12))
    met = [m for m in found if m.kind == "meeting"]
    assert met and all(m.date == "2023-03-06" for m in met)
    assert all(m.location and m.location.country == "GAB" for m in met)
    assert all("AGO" not in m.countries for m in met)
