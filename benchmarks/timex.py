"""Throughput of the temporal tagger: characters per second on one core (single process).

Tags the plain texts of the TimeML news in <repo>/../shared/timeml/aquaint when present,
else a generated corpus of news-like sentences.
"""

from __future__ import annotations

import random
import time
from datetime import date
from pathlib import Path

from summitry.time import tag
from summitry.time.evaluate import parse_timeml

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "timeml" / "aquaint"
_TEMPLATES = [
    "The foreign ministers met in Seoul on {wd} and agreed to hold talks again {rel}.",
    "Officials said the summit will take place on {month} {day}, after a {num}-day visit to Tokyo.",
    "Trade between the two countries grew by {count} percent in {year}, the ministry said.",
    "The delegation is expected to arrive {rel} for an annual security forum.",
    "Protesters gathered outside the embassy for {num} hours, police said, as talks dragged on.",
]


def _corpus() -> list[tuple[str, date | None]]:
    if SHARED.is_dir():
        docs = [parse_timeml(p.read_text(encoding="utf-8")) for p in sorted(SHARED.glob("*.tml"))]
        return [(d.text, d.dct) for d in docs]
    rng = random.Random(7)
    fill = {
        "wd": ["Monday", "Wednesday", "Friday"], "rel": ["next week", "later this month", "in the coming weeks"],
        "month": ["March", "June", "Oct."], "day": ["4", "17", "28"], "num": ["two", "three", "16"],
        "count": ["28,500", "3.5", "12"], "year": ["2019", "2020", "2021"],
    }
    texts = []
    for _ in range(100):
        sentences = [rng.choice(_TEMPLATES).format(**{k: rng.choice(v) for k, v in fill.items()}) for _ in range(30)]
        texts.append((" ".join(sentences), date(2021, 3, 5)))
    return texts


def main() -> None:
    corpus = _corpus()
    chars = sum(len(text) for text, _ in corpus)
    tag(*corpus[0])  # compile the patterns outside the timing
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for text, dct in corpus:
            tag(text, dct)
        best = min(best, time.perf_counter() - started)
    print(f"timex: {len(corpus)} documents, {chars} characters, {chars / best:,.0f} chars/s (one core)")


if __name__ == "__main__":
    main()
