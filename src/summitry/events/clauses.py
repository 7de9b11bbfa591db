"""Clauses and attribution: the parts of a sentence an event takes its arguments from."""

from __future__ import annotations

import re

from .lexicon import lexicon
from .syntax import parse

LEAD = re.compile(r"^(?:following|after|before|during|while|ahead of|prior to|on the sidelines of|amid)\b[^,]{0,80},", re.I)


def lead(text: str) -> re.Match | None:
    """A fronted phrase of time ("Following their talks, ..."), up to its comma; none where the
    sentence's main verb stands before that comma ("Before the ceremony Sisi held a summit with
    A, B and C": the comma left out after "ceremony" is no reason to cut the list)."""
    m = LEAD.match(text)
    if m and any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and t.idx < m.end() for t in parse(text)):
        return None
    return m


# "a cordial but guarded first meeting": two adjectives of one event noun, no second clause
_ADJECTIVES_JOINED = re.compile(r" but (?!(?:the|a|an|their|his|her|its|this|that|no|not)\b)[a-z-]+ (?:first |second |third |last |new )?"
                                r"([a-z]+)\b")


def _adjectives_joined(text: str, pos: int) -> bool:
    m = _ADJECTIVES_JOINED.match(text, pos)
    return bool(m) and (sense := lexicon().senses.get(m.group(1))) is not None and sense.pos == "noun"


def clause_spans(text: str) -> list[tuple[int, int]]:
    lex = lexicon()
    lowered = text.lower()
    cuts = [0] + [m.start() for m in lex.clause_breaks.finditer(text)
                  if not lowered.startswith(lex.clause_break_exceptions, m.start())
                  and not _adjectives_joined(text, m.start())] + [len(text)]
    if fronted := lead(text):
        cuts.append(fronted.end())
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


# who said it, and the name in apposition to a title that said it
_ACCORDING = re.compile(r"\b[Aa]ccording to\b(?P<who>[^,.;]*)(?:,\s+(?P<name>(?:[A-Z][\w'’.-]*\s*){2,4}),)?")


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
    for m in _ACCORDING.finditer(text):  # "According to the Minister of External Relations, X, the presidents ..."
        spans.append((m.start(), m.end() if m["name"] and m["who"].startswith(" the ") else m.end("who")))
    for m in lexicon().invited_by.finditer(text):  # "At the invitation of X, Y will travel": X hosts, Y travels
        spans.append((m.start(), _list_end(text, m.end())))
    return spans


_NEXT_ITEM = re.compile(r",\s+[^,;.]*")


def _list_end(text: str, end: int) -> int:
    """The end of a list of inviters: "at the invitation of A, B, C and D, X will visit" runs
    to D (the item after "and"), not to X; a phrase with no such item, or one whose "and" item
    is the subject's apposition ("..., X, member of A and B, will visit"), ends at its comma."""
    pos = end
    for _ in range(8):
        item = _NEXT_ITEM.match(text, pos)
        if not item or lexicon().triggers.search(item.group()):
            break
        if re.search(r"\band\s", item.group()):  # the last inviter, if a subject of its own follows, or the
            rest = text[item.end():]  # sentence ends, or only who said it follows ("..., a spokesperson said.")
            closes = re.match(r",\s+[A-Z]|\s*(?:[.;]|$)", rest) or (
                (tail := re.match(r",\s+([^,;.]*)", rest)) and lexicon().attribution.search(tail.group(1))
                and not lexicon().triggers.search(tail.group(1)))
            return item.end() if closes else end
        pos = item.end()
    return end


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
