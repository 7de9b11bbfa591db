"""Clauses and attribution: the parts of a sentence an event takes its arguments from."""

from __future__ import annotations

import re

from .lexicon import lexicon

LEAD = re.compile(r"^(?:following|after|before|during|while|ahead of|prior to|on the sidelines of|amid)\b[^,]{0,80},", re.I)


def clause_spans(text: str) -> list[tuple[int, int]]:
    lex = lexicon()
    lowered = text.lower()
    cuts = [0] + [m.start() for m in lex.clause_breaks.finditer(text)
                  if not lowered.startswith(lex.clause_break_exceptions, m.start())] + [len(text)]
    if lead := LEAD.match(text):
        cuts.append(lead.end())
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def attribution_spans(text: str) -> list[tuple[int, int]]:
    """Comma segments that only say who said something ("sources said Friday"), and phrases
    that name who invited a traveller ("at the invitation of President X")."""
    spans, pos = [], 0
    for part in re.split(r"([,;][\"”’]?\s+|\s+--\s+|\.\s*$)", text):
        seg_start, pos = pos, pos + len(part)
        if not part or part.startswith((",", " ")) and not part.strip(", .-"):
            continue
        words = part.split()
        if 0 < len(words) <= 12 and lexicon().attribution.search(part) and not lexicon().triggers.search(part):
            spans.append((seg_start, pos))
    for m in re.finditer(r"\baccording to\b[^,.;]*", text, re.I):
        spans.append((m.start(), m.end()))
    for m in lexicon().invited_by.finditer(text):  # "At the invitation of X, Y will travel": X hosts, Y travels
        spans.append((m.start(), m.end()))
    return spans


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
