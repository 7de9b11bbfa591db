"""Datelines in the older wire style, where an underscore stands for the dash (AP copy of
the 1990s), alone on their line or before the lead. Lines written for these tests."""

from summitry.cleaning.dateline import split_dateline


def test_an_underscore_after_the_credit_ends_the_dateline():
    found = split_dateline("ACCRA, Ghana (AP) _ Ghana and Togo agreed on Monday to reopen their border.")
    assert (found.place, found.agency, found.rest) == ("ACCRA", "AP", "Ghana and Togo agreed on Monday to reopen their border.")


def test_an_underscore_right_after_the_credit():
    found = split_dateline("LIMA (AP)_ Peru's president met his Chilean counterpart on Friday.")
    assert (found.place, found.rest) == ("LIMA", "Peru's president met his Chilean counterpart on Friday.")


def test_a_dateline_alone_on_its_line_ending_in_an_underscore():
    found = split_dateline("HANOI, Vietnam (AP) _")
    assert (found.place, found.region, found.rest) == ("HANOI", "Vietnam", "")
