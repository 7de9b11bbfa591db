"""Page dates written twice on one line: a numeric day that reads both ways takes the reading
the spelled-out date beside it gives. Page text written for these tests."""

from __future__ import annotations

from datetime import datetime

from summitry.cleaning.dates import find_dates


def test_a_numeric_date_beside_its_spelled_form_reads_as_the_spelled_one():
    assert [f.value for f in find_dates("04/09/2024 April 9, 2024")] == [datetime(2024, 4, 9)] * 2
    assert [f.value for f in find_dates("04/09/2024 4 September 2024")] == [datetime(2024, 9, 4)] * 2


def test_a_numeric_date_alone_keeps_its_first_reading():
    [found] = find_dates("04/09/2024")
    assert found.value == datetime(2024, 9, 4) and found.swapped == datetime(2024, 4, 9)
