"""Status and negation of an event mention, from the cue words around its trigger."""

from __future__ import annotations

import re

from .lexicon import lexicon


_ASIDE = re.compile(r"(?<=\s)(?:also|still|then|further|likewise)\s+", re.I)


def status(window: str, after: str) -> tuple[str | None, bool]:
    """Status from cue words, and whether the trigger is negated."""
    st = lexicon().status
    window = _ASIDE.sub("", window)  # "is also to visit": "is to visit"
    window = lexicon().invited_by.sub(" ", window)  # "At the invitation of X, Y will travel": no proposal
    near = " ".join(window.split()[-4:])
    negated = bool(st["negated"].search(near))
    if negated and re.search(rf"(?:{st['given_up'].pattern})\s+\S+$", near, re.I):
        return "cancelled", False  # "A will not meet B in New York": the meeting told before is off
    if st["called_off"].search(after):
        return "cancelled", False  # "the summit will not take place"
    if st["tentative"].search(after) and not negated:
        return "proposed", False  # "the call could take place in the coming days"
    for name in ("cancelled", "postponed"):
        if st[name].search(window) or st[name].search(after):
            return name, negated
    if st["proposed"].search(window):
        return "proposed", negated
    if st["scheduled"].search(window) or re.match(r"^\s*(?:slated|scheduled|set)\b", after, re.I) \
            or (come := st["to_come"].search(after)) and not after[: come.start()].strip():
        return "scheduled", negated
    if st["held"].search(window) or re.match(r"^\s*(?:[\w'’-]+\s+){0,1}(?:held|was held|were held|took place|took|happened|occurred|went ahead|was attended|ended|concluded)\b", after, re.I):
        return "held", negated
    return None, negated


_STAGE = {"proposed": 0, "scheduled": 1, "postponed": 2, "held": 3, "cancelled": 3}


def later_stage(status: str, than: str) -> bool:
    """Is the status a later stage in an event's life (a plan is held, postponed or cancelled)?"""
    return _STAGE.get(status, 0) > _STAGE.get(than, 0)


_ON_THOSE_DATES = re.compile(r"\s+(?:on\s+(?:those|these|that|this|the\s+(?:planned|proposed|scheduled|agreed))\s+dates?"
                             r"|as\s+(?:planned|scheduled|originally\s+planned)|on\s+schedule)\b", re.I)


def only_put_off(text: str, start: int) -> bool:
    """Whether the event called off in the text after `start` is only put off: "will not go ahead
    on those dates", "will not take place as planned" (a new date is still to come)."""
    off = lexicon().status["called_off"].search(text, start)
    return bool(off) and bool(_ON_THOSE_DATES.match(text, off.end()))
