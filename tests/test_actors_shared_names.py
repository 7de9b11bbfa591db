"""Names two states share: "Congo" alone is the Democratic Republic, as wire style writes it;
its western neighbour is named in full. Sentences written for these tests."""

from __future__ import annotations

from summitry.actors.countries import find_countries


def codes(text: str) -> list[tuple[str, ...]]:
    return [m.codes for m in find_countries(text)]


def test_congo_alone_is_the_democratic_republic():
    assert codes("The foreign ministers of Congo and Rwanda signed a declaration on Friday.") == [("COD",), ("RWA",)]
    assert codes("Fighting in eastern Congo has displaced thousands.") == [("COD",)]


def test_the_republic_of_the_congo_is_named_in_full():
    for text in ("Lavrov arrived from the Republic of the Congo.", "Lavrov arrived from Congo-Brazzaville.",
                 "Lavrov arrived from the Congo Republic."):
        assert codes(text) == [("COG",)], text
