"""National news agencies credited bare in a dateline ("Accra, July 3, GNA -"): the dateline
is no part of the body, so its day dates no event. Lines written for these tests."""

from __future__ import annotations

import pytest

from summitry.cleaning.dateline import split_dateline


@pytest.mark.parametrize("line,place,credit", [
    ("Accra, July 3, GNA – Ghana and Togo on Wednesday signed three agreements.", "Accra", "GNA"),
    ("Abuja, March 4, NAN – Nigeria and Benin agreed to reopen the border.", "Abuja", "NAN"),
    ("Hanoi, May 9, VNA – Vietnam and Laos held talks on Thursday.", "Hanoi", "VNA"),
])
def test_a_national_agency_credited_bare_after_the_day(line, place, credit):
    found = split_dateline(line)
    assert found is not None and (found.place, found.agency) == (place, credit)
    assert found.rest.startswith(line.split("– ", 1)[1][:10])
