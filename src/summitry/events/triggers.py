"""Triggers: the words that report an event, joined where several name one event, and
what the words around them name (ordinal, topical or organisation name)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..time.lexicon import lexicon as time_lexicon
from .clauses import inside
from .draft import Draft, SentenceView
from .lexicon import Sense, lexicon, states_named
from .syntax import object_span, parsed

_ORDINAL_NUM = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:[\w.'’-]+\s+){0,6}$", re.I)


@lru_cache(maxsize=4096)  # asked of each sentence by prepare_articles, then by extract_events
def names_event(text: str) -> bool:
    """Whether a trigger word or an event's name occurs in the text (else find_triggers finds none)."""
    return bool(lexicon().triggers.search(text) or lexicon().named_event.search(text))


def find_triggers(text: str) -> list[Draft]:
    """The sentence's triggers, joined where several name one event: fresh drafts at each
    call, to be filled in (shared_triggers gives them as worked out, once per text)."""
    return [_fresh(d) for d in shared_triggers(text)]


def _fresh(d: Draft) -> Draft:
    new = object.__new__(Draft)  # a copy without dataclasses.replace's checks, lists of its own
    new.__dict__.update(d.__dict__)
    new.participants, new.own_countries, new.groups = list(d.participants), list(d.own_countries), list(d.groups)
    return new


_STATE_AFTER_IN = re.compile(r"\s+(?!the\b|a\b|an\b)[a-z]")  # "in place", "in talks", "in charge"
_BE_IN = re.compile(r"(?:was|were|will\s+be|would\s+be)\s+in$", re.I)
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")


@lru_cache(maxsize=1024)
def shared_triggers(text: str) -> tuple[Draft, ...]:
    """find_triggers' drafts, worked out once per text and shared: not to be changed."""
    if not names_event(text):
        return ()
    lex = lexicon()
    blocked = [(m.start(), m.end()) for m in lex.not_events.finditer(text)]
    named = [(m.start(), m.start() + len(m.group(0).rstrip(".")), m.group(0)) for m in lex.named_event.finditer(text)
             if text[m.end() : m.end() + 1] != "-"]  # not "the Rironi-Mau Summit-Malaba highway"
    drafts: list[Draft] = []
    for start, end, name in named:
        name = name.rstrip(".")
        bare = name.lower().rstrip(")").split("(")[0].split(" of the ")[0].strip()  # "Summit of the Americas": a summit
        kind = next((k for head, k in lex.named_kinds.items() if bare.endswith(head)), "meeting")
        drafts.append(Draft(start, end, name, Sense(kind), kind, name=re.sub(r"^(?:the|The)\s+", "", name)))
    for m in lex.triggers.finditer(text):
        if inside(m.start(), blocked) or any(a <= m.start() < b for a, b, _ in named):
            continue
        sense = lex.senses[m.group(0).lower()]
        if sense.needs and not re.search(rf"\b(?:{'|'.join(sense.needs)})\b", lex.not_events.sub(" ", _needs_window(text, m)), re.I):
            continue  # (not "signed a coalition agreement": a word of a phrase that names no event)
        if sense.not_objects and re.match(rf"^\s+(?:[\w'’-]+\s+){{0,4}}(?:{'|'.join(sense.not_objects)})\b",
                                          re.sub(r"[\"“”]", "", text[m.end() : m.end() + 80]), re.I):
            continue  # "meet the immediate needs": not a meeting
        if sense.not_after and re.search(rf"\b(?:{'|'.join(sense.not_after)})\b[^.;]*$", text[max(0, m.start() - 80) : m.start()], re.I):
            continue  # "a pact that will allow their troops to be deployed": not done, only allowed
        if sense.before and not text[m.end() :].lstrip().startswith(sense.before):
            continue  # "gathered evidence": not a gathering
        if m.group(0)[0].isupper() and m.start() > 0 and re.search(r"[A-Z][\w.-]*\s+$", text[max(0, m.start() - 30) : m.start()]):
            continue  # "North Atlantic Treaty Organization", "Warsaw Pact": part of a name
        if _BE_IN.match(m.group(0)) and (said := _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())) \
                and (prev := lex.senses.get(said.group(1).lower())) and prev.pos == "noun":
            continue  # "their last meeting was in Brasilia": where the meeting was, no trip of its own
        if sense.kind == "visit" and m.group(0).lower().endswith(" in") and _time_after().match(text, m.end()):
            continue  # "the review is due in 2026", "will be in March": when, not where
        if sense.kind == "visit" and m.group(0).lower().endswith(" in") and _STATE_AFTER_IN.match(text, m.end()):
            continue  # "to be in place", "will be in talks": a state of affairs, not a place
        drafts.append(Draft(m.start(), m.end(), m.group(0), sense, sense.kind))
    drafts.sort(key=lambda d: d.start)
    return tuple(_combine(text, drafts))


@lru_cache(maxsize=1)
def _time_after() -> re.Pattern:
    """A time, not a place, after "is due in", "will be in" ("whose review is due in 2026",
    "will be in March"): a year, a month or a weekday of the time lexicon."""
    names = sorted({*time_lexicon().months, *time_lexicon().weekdays}, key=len, reverse=True)
    return re.compile(r"\s+(?:\d|(?:early|late|mid)\b|(?:" + "|".join(map(re.escape, names)) + r")\b)", re.I)


_GATHERINGS = ("meeting", "summit", "forum")
# ", their first summit", ", the third such meeting": a noun phrase set after the clause renames its event
_APPOSITIVE_OPENS = re.compile(r"^[^,;.]*,\s+(?:their|the|his|her|its|a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)
_TAIL_ONLY = re.compile(r"(?:\s+(?:in|since|of|for|between|with|(?:brokered|mediated|hosted|arranged|facilitated|chaired|"
                        r"organi[sz]ed)\s+by)\b[^,;.]*)?\s*[.;]?\s*$")  # (", a meeting brokered by X": who made it happen)



_PUNCT = re.compile(r"[,;:.!?()\"“”]")
# what stands between two capitalised heads of one name: capitalised words, a few small words,
# an acronym in brackets ("Forum on China-Africa Cooperation (FOCAC) Summit")
_NAME_BETWEEN = re.compile(r"\s+(?:(?:on|of|for|and|the|in)\s+|[A-Z][\w'’.-]*\s+|\([A-Z][\w.+-]*\)\s+)+")


def _needs_window(text: str, m: re.Match) -> str:
    """Where a trigger's needed word may stand: 40 characters around it, and before it the whole
    stretch of its clause up to 80 ("signed a defence and economic cooperation framework agreement")."""
    before = text[max(0, m.start() - 80) : m.start()]
    if len(before) > 40:
        cut = max((p.end() for p in _PUNCT.finditer(before)), default=0)
        before = before[min(cut, len(before) - 40):]
    return before + text[m.start() : m.end() + 40]

def _combine(text: str, drafts: list[Draft]) -> list[Draft]:
    """Join triggers that name one event: "summit meeting", "meet during the G-7 summit",
    "session of the Quad forum", "arrived ... for talks"."""
    out: list[Draft] = []
    for d in drafts:
        if out:
            prev = out[-1]
            gap = text[prev.end : d.start]
            words = len(gap.split())
            joined = None
            if prev.kind in _GATHERINGS and d.kind in _GATHERINGS and d.sense.pos == "noun" \
                    and _APPOSITIVE_OPENS.search(gap) and _TAIL_ONLY.match(text, d.end):
                joined = prev  # "held talks with Putin on Wednesday, their first summit in four years": one event
            elif prev.kind == d.kind == "agreement" and prev.sense.pos != d.sense.pos and "," not in gap \
                    and words <= (1 if prev.sense.pos == "noun" else 3):
                joined = prev if prev.sense.pos == "noun" else d  # "signed a declaration", "the declaration signed by"
            elif prev.sense.pos == d.sense.pos == "noun" and prev.trigger[0].isupper() and d.trigger[0].isupper() \
                    and _NAME_BETWEEN.fullmatch(gap):
                joined = d  # "the Forum on China-Africa Cooperation (FOCAC) Summit": one name, its last head
            elif prev.sense.pos == "noun" and d.sense.pos == "noun" and words <= 1 and "," not in gap:
                joined = d  # "summit meeting", "Dialogue talks"
                if prev.kind == "summit" and d.kind == "meeting":
                    d.kind = "summit"  # a summit meeting is a summit
            elif prev.sense.pos == "verb" and prev.kind != "visit" and d.sense.pos == "noun" and re.match(r"^\s+(?:during|at|in|for|on the sidelines of)\s+(?:[\w'’.-]+\s+){0,5}$", gap, re.I) and "sidelines" not in gap:
                joined = d  # "meet during the G-7 summit"
            elif prev.sense.pos == "verb" and prev.kind == d.kind == "meeting" or prev.kind == "meeting" and d.kind in ("summit", "forum"):
                if prev.sense.pos == "verb" and d.sense.pos == "noun" and words <= 3 and "," not in gap:
                    joined = d  # "hosted a summit", "convened a meeting"
            elif prev.sense.pos == "noun" and d.sense.pos == "noun" and re.match(r"^\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}$", gap, re.I):
                joined = d if d.name else prev  # "session of the Quad forum", "forum of the X Dialogue"
                if joined is d and prev.kind == "forum":
                    d.kind = "forum"
            if joined is not None:
                other = prev if joined is d else d
                joined.name = joined.name or other.name
                out[-1] = joined
                continue
        out.append(d)
    return out


def _purpose_is_plain(text: str, d: Draft) -> bool:
    before = text[max(0, d.start - 60) : d.start].lower()
    return not any(p.search(before) for p in lexicon().formats.values()) and "inaugural" not in before


# "was received ... by (President) X", "was received on Wednesday, January 24, at the Kremlin by ...": not
# across another clause
_BY_LATER = re.compile(r"(?:(?!\b(?:and|but|which|who|while|where|after|before)\b)[^;.]){0,90}?\bby\s+")
_ARRIVAL = re.compile(r"\b(?:airport|airbase|air base|on (?:his|her|their) arrival)\b", re.I)  # a welcome on landing
# a preposition between a verb and a person: the person is not its object ("to receive the honour after Queen X")
_PAST_OBJECT = re.compile(r"\b(?:after|before|from|with|like|than)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){0,3}$", re.I)
_BE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:(?:also|then|later|first|\w+ly)\s+)?$", re.I)


def has_object(view: SentenceView, d: Draft) -> bool:
    """A trigger that needs an actor after it ("warned Washington") has one within three words."""
    if not d.sense.takes_object:
        return True
    reach = 5 if d.sense.person_object else 3  # "received South Korean Foreign Minister Park Jin"
    if d.sense.person_object and re.match(r"\s+by\b", view.text[d.end :]) \
            and not _BE_BEFORE.search(view.text[: d.start]):
        return False  # "a dinner hosted by the king": who hosts, not whom ("he will be hosted by Biden" is a guest)
    if any(d.end <= a.start and len(view.text[d.end : a.start].split()) <= reach
           and (a.kind in ("person", "group") or not d.sense.person_object)
           and not (d.sense.person_object and _PAST_OBJECT.search(view.text[d.end : a.start])) for a in view.actors):
        return True
    if not d.sense.person_object:
        return False
    if _BE_BEFORE.search(view.text[: d.start]) and (by := _BY_LATER.match(view.text, d.end)) \
            and not _ARRIVAL.search(view.text) \
            and any(a.kind == "person" and by.end() <= a.start <= by.end() + 60
                    and not re.search(r"\band\b", view.text[by.end() : a.start]) for a in view.actors):
        return True  # "was received yesterday at the Presidential Complex in Ankara by President X": the host
    doc = parsed(view.text)  # "welcomed the Chancellor of the Federal Republic of Germany, X": in a parsed sentence
    span = object_span(doc, d.start, d.end) if doc is not None else None
    return bool(span) and any(a.kind == "person" and span[0] <= a.start < span[1] for a in view.actors)


def may_have_object(view: SentenceView, d: Draft) -> bool:
    """Whether the trigger has its object, or may by the parse: a person named further on
    after a verb that needs one (so the sentence is worth parsing)."""
    return has_object(view, d) or d.sense.person_object and any(
        a.kind == "person" and a.start >= d.end for a in view.actors)


def ordinal(text: str, d: Draft, c_start: int) -> int | None:
    """"the 19th KIDD", "the inaugural meeting", "the second round of talks" (not "the first X since")."""
    before = text[max(c_start, d.start - 60) : d.start]
    if m := _ORDINAL_NUM.search(before):
        return int(m.group(1))
    if re.search(r"\bsince\b", text[d.end : d.end + 60], re.I):
        return None  # "the first G7 summit held in person since 2019" counts nothing
    if not (d.name or d.format):
        return None  # "his first overseas trip" counts his trips, not a series
    words = re.findall(r"[\w-]+", before)[-6:]
    return next((lexicon().ordinals[w.lower()] for w in reversed(words) if w.lower() in lexicon().ordinals), None)


def modifier_name(before: str) -> str | None:
    """Words naming an event before its noun ("climate change" summit), if any."""
    words: list[str] = []
    for word in reversed(before.split()):
        w = word.lower().strip("\"“”'’,")
        if not w or w in lexicon().neutral_modifiers or w in lexicon().ordinals or w.endswith(("'s", "’s")) \
                or word.endswith(","):
            break  # "the ninth summit": an ordinal counts, it does not name
        if w[0].isdigit() or (w.endswith("ed") and word[:1].islower()):
            break  # "the now-canceled summit", "a long-delayed summit": a participle describes, it does not name
        words.append(word.strip("\"“”"))
        if len(words) > 3:
            break
    words.reverse()
    rest = before.split()[: len(before.split()) - len(words)]
    if not words or not rest or rest[-1].lower().strip("\"“") not in lexicon().neutral_modifiers:
        return None  # "a climate change summit" is named; "are scheduled to ... summit" is not
    return " ".join(words)


_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|of|the|and)\s+){0,10}")


_TITLE_GAP = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){1,4}\s+")  # "'s foreign policy chief", " Secretary-General "


def _in_title(view: SentenceView, org) -> bool:
    """Whether an organisation is named in a person's title: a person follows it after a few
    title words ("NATO Secretary General Mark Rutte", "the EU's foreign policy chief Kaja Kallas")."""
    return any(a.kind == "person" and _TITLE_GAP.fullmatch(view.text[org.end : a.start]) for a in view.actors
               if a.start > org.end)


def name_by_organization(view: SentenceView, d: Draft, c_start: int, c_end: int) -> None:
    """"the APEC meetings", "a three-day summit" of the Group of Seven: named after the grouping."""
    if d.kind not in ("summit", "forum", "meeting"):
        return
    orgs = [a for a in view.actors if a.kind == "organization" and a.code and c_start <= a.start < c_end]
    adjacent = [a for a in orgs if 0 <= d.start - a.end <= 2 or a.start <= d.start < a.end or
                re.fullmatch(r"\s*\([^()]{1,15}\)\s*", view.text[a.end : d.start]) or  # "Cooperation (APEC) meeting"
                (d.name and a.start >= d.start - len(d.name) - 2 and a.end <= d.end) or
                _OF_BODY.fullmatch(view.text[d.end : a.start])]  # "session of the Supreme Council of the GCC"
    of_states = any(a.kind == "country" and 0 <= d.start - a.end <= 2 for a in view.actors)  # "a Japan-China summit"
    free = [a for a in orgs if not _in_title(view, a)  # "European Commission President von der Leyen": no setting
            and not states_named(a)]  # "a summit with the Nordic countries"
    unnamed_gathering = d.kind in ("summit", "forum") and not d.name and len({a.code for a in orgs}) == 1 \
        and not of_states and bool(free)
    org = adjacent[0] if adjacent else free[0] if unnamed_gathering else None
    if org is None:
        return
    if d.kind == "meeting" and re.search(r"\bleaders?['’]?|\bsummit|\bmeetings\b|\bheads\s+of\s+(?:state|government)\b",
                                         view.text[org.start : d.end + 12], re.I):
        d.kind = "summit"
    d.name = f"{org.code} {d.kind}"
