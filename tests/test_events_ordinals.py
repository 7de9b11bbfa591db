""""The ninth summit of the three countries": an ordinal counts a series' meetings, it is no
name of one. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from summitry.events import extract_events
from summitry.events.triggers import modifier_name
from summitry.model import Article


def test_an_ordinal_word_is_no_name():
    assert modifier_name("It is the ninth") is None
    assert modifier_name("a climate change") == "climate change"


def test_the_ninth_summit_is_not_a_series_called_ninth_summit():
    found = extract_events(Article(id="t", origin="t.txt", title="T", published=datetime(2024, 11, 4, 17), paragraphs=[
        "The leaders of Chile, Peru and Colombia ended their trilateral summit in Lima on Monday.",
        "It was the ninth summit of the three countries, officials said."]))
    summits = [m for m in found if m.kind == "summit"]
    assert summits and all(m.series is None or "ninth" not in m.series.lower() for m in summits)
