"""Collective references ("the two sides", "their US counterparts") resolved to states."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .countries import CountryMatch
from .lexicon import lexicon


@dataclass(frozen=True)
class Collective:
    start: int
    end: int
    text: str
    count: int | None  # how many states, when the phrase says or implies it
    members: tuple[str, ...]  # already known from the phrase itself, else ()


def find_collectives(text: str, countries: list[CountryMatch]) -> list[Collective]:
    lex = lexicon()
    out: list[Collective] = []
    for rx, count in lex.collective:
        for m in rx.finditer(text):
            n = lex.numbers.get(m.group("n").lower()) if count == "n" else int(count)
            out.append(Collective(m.start(), m.end(), m.group(), n, ()))
    # "their US counterparts", "his Canadian and Mexican counterparts"
    for m in lex.counterpart_regex.finditer(text):
        members: list[str] = []
        pos = m.start()
        start = None
        for c in sorted(countries, key=lambda c: -c.end):
            if c.end > pos:
                continue
            if re.fullmatch(r"(?:['’]s)?\s+|\s*(?:,|and|,\s*and)\s*|\s+(?:and|or)\s+", text[c.end:pos]):
                members.insert(0, c.codes[0])
                pos = start = c.start
            else:
                break
        if members:
            out.append(Collective(start, m.end(), text[start:m.end()], len(members), tuple(members)))
    # "the top officials of Seoul, Washington and Tokyo"
    for m in lex.list_heads.finditer(text):
        members, pos, end = [], m.end(), None
        for c in sorted(countries, key=lambda c: c.start):
            if c.start < pos:
                continue
            if re.fullmatch(r"\s*(?:the\s+)?|\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", text[pos:c.start]):
                if c.codes[0] not in members:
                    members.append(c.codes[0])
                pos = end = c.end
            else:
                break
        if len(members) >= 2:
            out.append(Collective(m.start(), end, text[m.start():end], len(members), tuple(members)))
    out.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Collective] = []
    for c in out:  # drop a generic match inside a more specific one
        if any(k.start <= c.start and c.end <= k.end for k in kept):
            continue
        kept = [k for k in kept if not (c.start <= k.start and k.end <= c.end)]
        kept.append(c)
    return kept
