"""Required checks of the temporal tagger on the seed articles (read from ../shared, skipped if absent)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from summitry.time import tag

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
DCT = {"000": date(2021, 3, 5), "001": date(2024, 10, 28), "002": date(2021, 3, 11),
       "003": date(2021, 3, 17), "004": date(2021, 5, 14)}


def seed(number: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}")
    paths = sorted(SEEDS.glob(f"{number}_*.txt"))
    if not paths:
        pytest.skip(f"seed {number} not found")
    with open(paths[0], encoding="utf-8", newline="") as handle:
        return handle.read()


def at(number: str, phrase: str, core: str | None = None) -> str:
    """The interval of the expression overlapping `core` (default: phrase) where phrase occurs."""
    text = seed(number)
    start = text.index(phrase) + phrase.index(core or phrase)
    end = start + len(core or phrase)
    found = [t for t in tag(text, DCT[number]) if t.start < end and start < t.end]
    assert len(found) == 1, found
    assert text[found[0].start:found[0].end] == found[0].text
    return found[0].interval


@pytest.mark.parametrize("number, phrase, core, expected", [
    ("001", "in Washington on Thursday", "Thursday", "2024-10-31"),
    ("000", "March 17-18", None, "2021-03-17/2021-03-18"),
    ("000", "later this month", None, "2021-03"),
    ("000", "earlier this month", None, "2021-03"),
    ("000", "October 2016", None, "2016-10"),
    ("003", "in Tokyo, Japan, Tuesday.", "Tuesday", "2021-03-16"),
    ("004", "on Wednesday and Thursday", "Wednesday and Thursday", "2021-05-12/2021-05-13"),
    ("004", "as early as next month", "next month", "2021-06"),
    ("004", "the second half of the year", None, "2021-H2"),
    ("001", "in this March 18", "March 18", "2024-03-18"),
    ("003", "at 6:30 p.m.", "6:30 p.m.", "2021-03-17T18:30"),
])
def test_seed_checks(number, phrase, core, expected):
    assert at(number, phrase, core) == expected
