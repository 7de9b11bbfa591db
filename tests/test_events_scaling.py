"""Extraction cost grows linearly with an article's length: a new mention is compared with
a bounded window of recent events, never with every earlier one (counted, not timed)."""

from __future__ import annotations

from datetime import datetime

from summitry.events import article as article_module
from summitry.events import extract_events
from summitry.model import Article

_PAIRS = [("France", "Brazil"), ("Kenya", "India"), ("Peru", "Japan"), ("Egypt", "Canada"),
          ("Chile", "Vietnam"), ("Ghana", "Norway"), ("Spain", "Mexico"), ("Qatar", "Poland")]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def _long_article(paragraphs: int) -> Article:
    lines = []
    for i in range(paragraphs):
        a, b = _PAIRS[i % len(_PAIRS)]
        month = _MONTHS[(i // len(_PAIRS)) % len(_MONTHS)]
        year = 2000 + i // (len(_PAIRS) * len(_MONTHS))
        lines.append(f"The foreign ministers of {a} and {b} met in Geneva on {month} {i % 27 + 1}, {year}, "
                     f"to discuss shipping. The meeting lasted two hours.")
    return Article(id="long", origin="long.txt", title="Long", paragraphs=lines, published=datetime(2030, 1, 1))


def _comparisons(paragraphs: int, monkeypatch) -> tuple[int, int]:
    calls = 0
    real = article_module.facts_compatible

    def counting(*args, **kw):
        nonlocal calls
        calls += 1
        return real(*args, **kw)

    monkeypatch.setattr(article_module, "facts_compatible", counting)
    found = extract_events(_long_article(paragraphs))
    return calls, len(found)


def test_comparisons_grow_linearly_with_article_length(monkeypatch):
    small, n_small = _comparisons(150, monkeypatch)
    large, n_large = _comparisons(600, monkeypatch)
    assert n_large >= 3 * n_small  # the long article really holds many more events
    assert large <= 5 * small  # quadratic growth would be about 16 times
