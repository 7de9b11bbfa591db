"""Sentence bounds and tense cues of a text: which way an underspecified date points.

The tense of an expression is read from the nearest cue before it in its sentence (the
nearest after it if there is none before): "said ... on Monday" is past, "will meet on
Thursday" is future.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from summitry.time.lexicon import alternation, lexicon

PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"
DIRECTION = {PAST: -1, PRESENT: 0, FUTURE: 1, None: 0}


# A past form right after these is a participle or an infinitive ("to be held", "will have met"),
# or, after a determiner, an adjective ("a still unspecified date", "the revised plan").
_NOT_FINITE = re.compile(
    r"\b(?:be|being|is|are|am|will|would|shall|should|might|must|can|could|to)\s+"
    r"(?:(?:\w+ly|have|has|been|being|not|also|still|already|now|then|soon|just|later|first|again)\s+)?$"
    r"|\b(?:a|an|the|its|their|his|her|our)\s+(?:[a-z]+ly\s+|still\s+|newly\s+)?$", re.I)


# A date fronted in a reported clause belongs to the verb after it: "added that on Thursday Putin would".
_OPENS_CLAUSE = re.compile(r"\s+that\s+(?:on\s+(?:the\s+)?)?", re.I)


# A plan made in the past, told by a past verb: a date before it is the day it was made.
_DONE_TO = re.compile(r"(?:agreed|decided|voted|pledged|promised|vowed|offered)\s+to\b", re.I)


_BY_AFTER = re.compile(r"\s+by\b")
# "was to fly on Sunday": a plan told in the past, ahead of its report; "was to China": a place
_WAS_TO = re.compile(r"(?:was|were)\s+to", re.I)
_VERB_AFTER = re.compile(r"\s+(?:have\s+)?(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|our\b)[a-z]+\b")

# A participle after "being" is a progressive passive: "the summit being held on Friday".
_BEING = re.compile(r"\bbeing\s+$", re.I)


_OF_AFTER = re.compile(r"\s+of\b", re.I)
_ORIGINALLY = re.compile(r"\b(?:originally|initially|previously)\s+$", re.I)
# A plan or expectation in the past perfect ("had been scheduled to", "had planned to") is past.
_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:\w+ly|been|already|not)\s+)*$", re.I)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    lex = lexicon()
    cues = re.compile(
        rf"(?<![\w'-])(?:(?P<FUTURE>{alternation(lex.future_cues)})|(?P<PAST>{alternation(lex.past_cues)})"
        rf"|(?P<PRESENT>{alternation(lex.present_cues)})|(?P<ED>[a-z]+ed))(?![\w'-])",  # not "closed-door", "long-awaited"
        re.I,
    )
    boundary = re.compile(r"[.!?][\"'”’)\]]*[ \t]+(?=[\"“'‘(\[]?[A-Z0-9])|\n\s*")
    signals = re.compile(rf"(?<!\w)(?:{alternation(lex.future_signals)})\s+$", re.I)
    extension = re.compile(rf"\b(?:{alternation(lex.extension_verbs)})\b[^.;]*?\s(?:{alternation(lex.extension_signals)})\s+$",
                           re.I)
    off = alternation(lex.called_off)  # "has been postponed", "called off his trip"
    gone = alternation(lex.not_happening)  # "will not go ahead", "would not now take place"
    given_up = alternation(lex.giving_up)  # "has decided not to take part", "pulled out of"
    called_off = re.compile(rf"\b(?:(?:has|have)\s+been\s+(?:{off})|(?:was|were|is|are)\s+(?:also\s+|now\s+)?(?:{off})"
                            rf"|(?:{off})\s+(?:a|an|the|his|her|their)"
                            rf"|(?:will|would)\s+not\s+(?:now\s+)?(?:{gone})|(?:{given_up}))\b", re.I)
    return cues, boundary, signals, extension, called_off


@lru_cache(maxsize=1)
def _invited_to() -> re.Pattern:
    """An invitation verb with its "to" after it: "invited Trump to the summit in ..."."""
    return re.compile(rf"(?:{alternation(lexicon().invitation_verbs)})\s[^.;,]*?\bto\s", re.I)


@lru_cache(maxsize=1)
def _failed_plan() -> re.Pattern:
    """A plan told in the past ("was expected", "were due") and a sentence saying it did not come about."""
    return re.compile(rf"\b(?:{alternation(lexicon().did_not_happen)})\b", re.I)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_PAST_PLAN = re.compile(r"^(?:was|were)\s", re.I)


class TenseMap:
    """Sentence bounds of one text, and the tense cues of each sentence (found when first asked)."""

    def __init__(self, text: str) -> None:
        _, boundary, self._signals, self._extension, self._called_off = _patterns()
        lex = lexicon()
        self._text = text
        starts = [0]
        for m in boundary.finditer(text):
            if m.group().startswith(".") and _abbreviation_before(text, m.start(), lex.abbreviations):
                continue
            starts.append(m.end())
        self._starts = starts
        self._cues: dict[int, tuple[list[int], list[int], list[str | None]]] = {}

    def sentence(self, pos: int) -> tuple[int, int]:
        """Start of the sentence holding pos and start of the next one (or a large number)."""
        i = bisect_right(self._starts, pos) - 1
        end = self._starts[i + 1] if i + 1 < len(self._starts) else 1 << 60
        return self._starts[i], end

    def _previous_start(self, s_start: int, back: int) -> int:
        """Start of the sentence `back` sentences before the one starting at s_start (the first
        sentence if there are fewer)."""
        i = bisect_left(self._starts, s_start)
        return self._starts[max(0, i - back)] if i > 0 else s_start

    def _sentence_cues(self, s_start: int, s_end: int) -> tuple[list[int], list[int], list[str | None]]:
        """Positions, ends and tenses of the cues of the sentence starting at s_start."""
        if (cached := self._cues.get(s_start)) is not None:
            return cached
        cues = _patterns()[0]
        not_past = lexicon().not_past
        text = self._text
        found: tuple[list[int], list[int], list[str | None]] = ([], [], [])
        for m in cues.finditer(text, s_start, min(s_end, len(text))):
            tense = m.lastgroup
            if tense == "ED":
                if m.group().lower() in not_past or (m.group()[0].isupper() and text[s_start:m.start()].strip()):
                    continue  # "the ASEAN Summit and Related Summits": a capitalised word inside a sentence names
                tense = PAST
            if tense == FUTURE and _OF_AFTER.match(text, m.end()):
                continue  # "the summit of heads of state": a noun, not "heads to"
            if tense == FUTURE and _WAS_TO.fullmatch(m.group()) and not _VERB_AFTER.match(text, m.end()):
                tense = PAST  # "his first visit was to China": where it went, no plan
            if tense == PAST and _BEING.search(text, max(0, m.start() - 12), m.start()):
                tense = PRESENT  # "a summit being held on Friday": under way or at hand, not past
            elif tense == PAST and _NOT_FINITE.search(text, max(0, m.start() - 25), m.start()):
                continue
            elif m.lastgroup == "ED" and _BY_AFTER.match(text, m.end()):
                continue  # "a reception hosted by the community": a participle, not a past verb
            if tense == FUTURE and _ORIGINALLY.search(text, max(0, m.start() - 16), m.start()):
                tense = None  # "was originally scheduled for October": the slot given up, the nearest such month
            elif tense == FUTURE and _PAST_PLAN.match(m.group()) and _failed_plan().search(text, s_start, min(s_end, len(text))):
                tense = PAST  # "A meeting was expected in May, but did not happen"
            elif tense == FUTURE and _PAST_PERFECT.search(text, max(0, m.start() - 25), m.start()):
                # "had been due to expire Friday": a plan of the past; one called off before its day ("the
                # visit, which had been scheduled for Thursday, has been postponed") is on the nearest such day
                tense = None if self._called_off.search(text, self._previous_start(s_start, 2), min(s_end, len(text))) else PAST
            found[0].append(m.start())
            found[1].append(m.end())
            found[2].append(tense)
        self._cues[s_start] = found
        return found

    def tense(self, start: int, end: int) -> str | None:
        """PAST, PRESENT, FUTURE or None for the expression at text[start:end]."""
        s_start, s_end = self.sentence(start)
        signal = self._signals.search(self._text, max(s_start, start - 16), start)
        if signal and self._text[s_start:signal.start()].strip():  # "Until Thursday, they had..." is no deadline
            return FUTURE
        if self._extension.search(self._text, s_start, start):  # "extended the loans through January"
            return FUTURE
        positions, ends, tenses = self._sentence_cues(s_start, s_end)
        i = bisect_right(ends, start) - 1
        j = bisect_left(positions, end)
        if i >= 0 and j < len(positions) and _OPENS_CLAUSE.fullmatch(self._text, ends[i], start):
            return tenses[j]  # "said that on Thursday he would visit": the clause's own verb comes after
        if i >= 0:
            if tenses[i] == PAST and _invited_to().match(self._text, positions[i], start):
                return FUTURE  # "invited him to the summit in November": the gathering is ahead
            return tenses[i]
        if j < len(positions):
            if _YEAR.search(self._text, end, positions[j]):
                return None  # "comes on Thursday, when they hold the first summit since March 2023, when Sunak
                # traveled": a cue past another date's year tells that date's clause
            if tenses[j] == FUTURE and _DONE_TO.match(self._text, positions[j], ends[j]):
                return PAST  # "X on Thursday agreed to expand trade": the day of the agreeing, gone
            return tenses[j]
        return None


def _abbreviation_before(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """True if the period at dot closes an abbreviation or an initial rather than a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot]
    return word in abbreviations or (len(word) == 1 and word.isupper())
