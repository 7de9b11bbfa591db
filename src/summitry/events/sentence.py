"""Event mentions in one sentence: triggers, and the arguments their clause gives them.

A sentence is cut into clauses (at "while", "after", "; " ...) and comma segments; short
segments that only say who said something are attribution and give no arguments. Each
trigger takes its participants, countries, place and date from its own clause, its status
from the words before it, and can carry past references ("the first since October 2016").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import ActorMention, Location, Person, Timex
from .lexicon import Sense, lexicon

_DEFINITE_POSSESSIVE = re.compile(r"(?:\b\w+day['’]s|\bthis\s+week['’]s|\bthe\s+\w+['’]s?)\s+(?:[\w'’\".+-]+\s+){0,3}$", re.I)
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\s+(?!(?:top|foreign|defense|defence|prime|deputy|vice|chief|intelligence|president|minister|leader|ambassador|envoy|senior)\b)\w", re.I)
_ADMIN_AFTER = re.compile(r"^\s+(?:administration|government|cabinet|era|presidency)\b", re.I)
_PRONOUN = re.compile(r"\b(?:he|she|his|her)\b", re.I)
_WORD = re.compile(r"[\w'’.+-]+")
_PLACE_PREP = re.compile(r"(?:\b(?:in|at|to|for|inside|near|into)\s+(?:the\s+(?:city|capital)\s+of\s+)?(?:the\s+)?)$", re.I)
_HERE = re.compile(r"\b(?:here|came here|come here)\b", re.I)
_MINISTRY = re.compile(r"\bat\s+(?:the\s+)?(?:(?P<owner>[A-Z][\w.]+)['’]s\s+)?(?:foreign|defense|defence|unification)\s+ministry\b|\bat\s+the\s+(?:presidential\s+office|foreign\s+office)\b")
_ORDINAL_NUM = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:[\w.'’-]+\s+){0,6}$", re.I)
_DURING_VISIT = re.compile(r"^\s*(?:during|on)\s+(?:the|his|her|their)\s+(?:trip|visit|tour|stay)\b", re.I)
_WHILE_IN = re.compile(r"^\s*while\s+in\s+", re.I)
_ENDS_DATE = re.compile(r"\s*(?:$|[,.;:)]|--|—|–|\b(?:and|in|at|when|as|to|with|under)\b)", re.I)
_MODIFIER_AFTER = re.compile(r"^\s+(?!(?:and|or|in|on|at|to|for|with|from|by|of|as|after|before|during|since|until|amid|over|the|a|an|this|that|last|next|early|late|later|on)\b)[a-z]")
_SUBORDINATE = re.compile(r"^\W*(?:after|before|following|ahead of|as part of)\b", re.I)


@dataclass
class Draft:
    """An event mention as read from one sentence, before the article is taken as a whole."""

    start: int  # trigger offsets in the sentence
    end: int
    trigger: str
    sense: Sense
    kind: str
    status: str | None = None  # from cues; None when the clause says nothing
    negated: bool = False
    anaphoric: bool = False
    next_in_series: bool = False
    name: str | None = None  # a named event or mechanism ("Shangri-La Dialogue")
    format: str | None = None
    ordinal: int | None = None
    participants: list[Person] = field(default_factory=list)
    own_countries: list[str] = field(default_factory=list)  # from the text, before inference
    groups: list[str] = field(default_factory=list)  # members of collective references
    location: Location | None = None
    date: str | None = None
    same_day: bool = False
    relation: str | None = None  # "after"/"before": dated by the main clause's event
    during_visit: bool = False
    while_in: str | None = None
    past: bool = False  # a past reference made inside another mention
    sideline: bool = False  # the gathering a side meeting is held at
    host: int | None = None  # index of the draft a past reference was made in


@dataclass
class SentenceView:
    """What the other stages found in one sentence (offsets relative to the sentence)."""

    text: str
    actors: list[ActorMention]
    timexes: list[Timex]
    places: list[tuple[int, int, str, str]]  # start, end, place, ISO3
    home_place: Location | None = None  # "here": the outlet's city
    last_person: Person | None = None  # antecedent for he/she in this sentence
    last_people: list[Person] = field(default_factory=list)  # antecedent for "they"


_LEAD = re.compile(r"^(?:following|after|before|during|while|ahead of|prior to|on the sidelines of|amid)\b[^,]{0,80},", re.I)


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.start() for m in lexicon().clause_breaks.finditer(text)] + [len(text)]
    if lead := _LEAD.match(text):
        cuts.append(lead.end())
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _attribution_spans(text: str) -> list[tuple[int, int]]:
    """Comma segments that only say who said something ("sources said Friday")."""
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
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _find_triggers(text: str) -> list[Draft]:
    lex = lexicon()
    blocked = [(m.start(), m.end()) for m in lex.not_events.finditer(text)]
    named = [(m.start(), m.end(), m.group(0)) for m in lex.named_event.finditer(text)]
    drafts: list[Draft] = []
    for start, end, name in named:
        head = next((k for k in sorted(lex.named_kinds, key=len, reverse=True) if name.lower().rstrip(")").split("(")[0].strip().endswith(k)), "meeting")
        kind = lex.named_kinds.get(head, "meeting")
        drafts.append(Draft(start, end, name, Sense(kind), kind, name=re.sub(r"^(?:the|The)\s+", "", name)))
    for m in lex.triggers.finditer(text):
        if _inside(m.start(), blocked) or any(a <= m.start() < b for a, b, _ in named):
            continue
        sense = lex.senses[m.group(0).lower()]
        if sense.needs and not re.search(rf"\b(?:{'|'.join(sense.needs)})\b", text[max(0, m.start() - 40) : m.end() + 40], re.I):
            continue
        if sense.not_objects and re.match(rf"^\s+(?:[\w'’-]+\s+){{0,4}}(?:{'|'.join(sense.not_objects)})\b", text[m.end() :], re.I):
            continue  # "meet the immediate needs": not a meeting
        if sense.before and not text[m.end() :].lstrip().startswith(sense.before):
            continue  # "gathered evidence": not a gathering
        if m.group(0)[0].isupper() and m.start() > 0 and re.search(r"[A-Z][\w.-]*\s+$", text[max(0, m.start() - 30) : m.start()]):
            continue  # "North Atlantic Treaty Organization", "Warsaw Pact": part of a name
        drafts.append(Draft(m.start(), m.end(), m.group(0), sense, sense.kind))
    drafts.sort(key=lambda d: d.start)
    return _combine(text, drafts)


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
            if prev.sense.pos == "noun" and d.sense.pos == "noun" and words <= 1 and "," not in gap:
                joined = d  # "summit meeting", "Dialogue talks"
            elif prev.sense.pos == "verb" and prev.kind != "visit" and d.sense.pos == "noun" and re.match(r"^\s+(?:during|at|in|for|on the sidelines of)\s+(?:[\w'’.-]+\s+){0,5}$", gap, re.I) and "sidelines" not in gap:
                joined = d  # "meet during the G-7 summit"
            elif prev.sense.pos == "verb" and prev.kind == d.kind == "meeting" or prev.kind == "meeting" and d.kind in ("summit", "forum"):
                if prev.sense.pos == "verb" and d.sense.pos == "noun" and words <= 3 and "," not in gap:
                    joined = d  # "hosted a summit", "convened a meeting"
            elif prev.sense.pos == "noun" and d.sense.pos == "noun" and re.match(r"^\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}$", gap, re.I):
                joined = d if d.name else prev  # "session of the Quad forum", "forum of the X Dialogue"
                if joined is d and prev.kind == "forum":
                    d.kind = "forum"
            elif (prev.kind == "visit" and d.kind == "meeting" and not d.name and _purpose_is_plain(text, d)
                  and re.match(r"^\s+(?:[\w'’.-]+\s+){0,4}for\s+(?:[\w'’-]+\s+){0,2}$", gap, re.I)):
                joined = prev  # "arrived in Seoul for talks": the talks are the visit's purpose
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


def _status(window: str, after: str) -> tuple[str | None, bool]:
    """Status from cue words, and whether the trigger is negated."""
    st = lexicon().status
    near = " ".join(window.split()[-4:])
    negated = bool(st["negated"].search(near))
    for name in ("cancelled", "postponed"):
        if st[name].search(window) or st[name].search(after):
            return name, negated
    if st["proposed"].search(window):
        return "proposed", negated
    if st["scheduled"].search(window) or re.match(r"^\s*(?:slated|scheduled|set)\b", after, re.I):
        return "scheduled", negated
    if st["held"].search(window) or re.match(r"^\s*(?:[\w'’-]+\s+){0,1}(?:held|was held|were held|took place|was attended|ended|concluded)\b", after, re.I):
        return "held", negated
    return None, negated


def _date_value(t: Timex) -> str | None:
    if t.type not in ("DATE", "TIME") or t.value.endswith("_REF") or t.value.startswith("P"):
        return None
    value = t.value.split("T")[0] if "T" in t.value else t.value
    end = t.end_value.split("T")[0] if t.end_value and "T" in t.end_value else t.end_value
    return f"{value}/{end}" if end and end != value else value


def _is_since_date(text: str, t: Timex) -> bool:
    """A date that belongs to a past reference ("since October 2016", "first held in 2010")."""
    before = text[max(0, t.start - 60) : t.start]
    return bool(re.search(r"\bsince\s+(?:the\s+)?(?:last\s+one\s+)?(?:in\s+[A-Z][\w.]+\s+)?(?:in\s+)?$", before, re.I)
                or re.search(rf"(?:{lexicon().first_held.pattern})\s*$", before, re.I))


def analyze_sentence(view: SentenceView, leader_names: list[Person]) -> list[Draft]:
    """The event mentions of one sentence, with arguments from their clauses."""
    text = view.text
    drafts = [d for d in _find_triggers(text) if _has_object(view, d)]
    if not drafts:
        return []
    lex = lexicon()
    clauses = _clauses(text)
    attribution = _attribution_spans(text)
    first_segment_end = text.find(",") if "," in text[:40] else -1
    past: list[Draft] = []
    for i, d in enumerate(drafts):
        c_start, c_end = next(((a, b) for a, b in clauses if a <= d.start < b), (0, len(text)))
        prev_end = max([o.end for o in drafts[:i] if o.end <= d.start and o.end > c_start] or [c_start])
        next_start = min([o.start for o in drafts[i + 1 :] if o.start < c_end] or [c_end])
        before = text[c_start : d.start]
        if re.search(r"\bsince\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+)?$", text[max(0, d.start - 30) : d.start], re.I):
            hosts = [k for k in range(i) if not drafts[k].sideline]
            d.past, d.host = True, hosts[-1] if hosts else None  # "their first meeting since talks in Bali": an earlier event
        sideline = bool(re.search(r"\bon\s+the\s+(?:sidelines?|margins?)\s+of\s+(?:the\s+|a\s+)?(?:[\w()'’.-]+\s+){0,6}$", text[max(0, d.start - 90) : d.start], re.I))
        verb = f" {d.trigger}" if d.sense.pos == "verb" else ""  # "met", "arrived in" carry their tense
        d.status, d.negated = _status(text[prev_end : d.start] + verb, text[d.end : max(d.end + 40, next_start)])
        if d.past:
            d.status = "held"
        if d.status is None and prev_end > c_start:  # the clause's governing verb: "will travel to X for the meeting"
            d.status = _status(text[c_start : d.start], "")[0]
        d.anaphoric = d.sense.pos == "noun" and not d.name and bool(
            lex.anaphoric.search(before[-60:]) or _DEFINITE_POSSESSIVE.search(before[-60:])
        )
        d.next_in_series = d.anaphoric and bool(lex.series_next.search(" ".join(before.split()[-2:])))
        if d.sense.pos == "noun" and lex.generic.search(before[-50:]):
            d.negated = True  # "KIDD is a regular defense meeting": a definition, not an event
        if re.search(r"\b(?:one-on-one|bilateral)\s+(?:[\w-]+\s+)?$", text[max(c_start, d.start - 30) : d.start], re.I):
            d.format = "bilateral"
        if d.kind in ("summit", "forum") and not d.name:
            words = _modifier_name(before)
            d.name = f"{words} {d.trigger.lower()}" if words else None
        # Object region: from the trigger to the next trigger, cut at the first topic word.
        timex_starts = {t.start for t in view.timexes}
        topics = [m for m in lex.topic_words.finditer(text, c_start, next_start)
                  if not any(0 < ts - m.end() <= 5 for ts in timex_starts)
                  and not (m.start() - d.end <= 1 and d.trigger.lower().endswith("call"))]  # "call on the president"
        obj_end = next((m.start() for m in topics if m.start() >= d.end), next_start)
        subj_topic = [m.end() for m in topics if m.end() <= d.start]
        window = text[max(c_start, prev_end, d.start - 60) : min(obj_end, d.end + 50)]
        for fmt, pattern in lex.formats.items():
            if pattern.search(window) and fmt != "virtual" and d.kind in ("meeting", "summit", "forum"):
                d.format = d.format or fmt
        d.ordinal = _ordinal(text, d, c_start)
        _arguments(view, d, c_start, obj_end, attribution, subj_topic, leader_names)
        if sideline:  # the host gathering of a side meeting: its parties are not the meeting's
            d.participants, d.own_countries, d.groups, d.sideline = [], [], [], True
        _name_by_organization(view, d, c_start, c_end)
        _place(view, d, c_start, next_start, attribution)
        _date(view, d, i, drafts, c_start, c_end, attribution, first_segment_end)
        if _SUBORDINATE.match(text[c_start : c_start + 20]) and c_start > 0:
            d.relation = "after" if re.match(r"^\W*(?:after|following)", text[c_start:], re.I) else "before"
            if not d.participants:
                first = next((o for o in drafts if o.start < clauses[0][1] and o is not d), None)
                d.participants = list(first.participants) if first else _persons_in(view, 0, clauses[0][1], attribution)
        d.during_visit = bool(_DURING_VISIT.match(text)) and d.kind != "visit"
        if m := _WHILE_IN.match(text):
            d.while_in = text[m.end() : m.end() + 30]
            d.location = next((Location(p, c) for a, _, p, c in view.places if a < text.find(",")), d.location)
        past.extend(_past_references(view, d, i, c_end))
    _share_dates(text, drafts, clauses, view)
    _share_parties(text, drafts, clauses, view)
    for a, b in zip(drafts, drafts[1:]):  # "visit Japan next week for a 2+2 meeting": held where the visit goes
        if a.kind == "visit" and b.kind != "visit" and b.location is None and re.search(r"\bfor\b", text[a.end : b.start]):
            b.location = a.location
    return [d for d in drafts if not d.negated] + past


def _share_parties(text: str, drafts: list[Draft], clauses: list[tuple[int, int]], view: SentenceView) -> None:
    """"Iran and Saudi Arabia agreed ... after talks in Beijing, and their ministers will meet":
    an event with no parties of its own takes the states the sentence opens with."""
    main_start, main_end = clauses[0]
    first = next((d for d in drafts if d.start >= main_end), None)
    opening = [a.code for a in view.actors if a.kind == "country" and a.code and main_start <= a.start < min(
        main_end, first.start if first else main_end) and not any(p[0] == a.start for p in view.places)]
    opening = list(dict.fromkeys(opening))
    if len(opening) < 2:
        return
    for d in drafts:
        if not (d.participants or d.own_countries or d.groups or d.sideline or d.past):
            d.own_countries = list(opening)


def _share_dates(text: str, drafts: list[Draft], clauses: list[tuple[int, int]], view: SentenceView) -> None:
    """Dates one event lends another: a side meeting and its host gathering; an event in
    an "after ..." clause and a main clause that names no event of its own."""
    for a, b in zip(drafts, drafts[1:]):
        if re.search(r"\bon\s+the\s+(?:sidelines?|margins?)\s+of\b", text[a.end : b.start], re.I):
            a.date, b.date = a.date or b.date, b.date or a.date
    main_start, main_end = clauses[0]
    if any(main_start <= d.start < main_end for d in drafts):
        return
    lead = [t for t in view.timexes if main_start <= t.start < main_end and _date_value(t)]
    for d in drafts:
        if d.date is None and d.relation == "after" and lead and not d.past and d.status not in ("scheduled", "proposed"):
            d.date = _date_value(lead[0])


def _name_by_organization(view: SentenceView, d: Draft, c_start: int, c_end: int) -> None:
    """"the APEC meetings", "a three-day summit" of the Group of Seven: named after the grouping."""
    if d.kind not in ("summit", "forum", "meeting"):
        return
    orgs = [a for a in view.actors if a.kind == "organization" and a.code and c_start <= a.start < c_end]
    adjacent = [a for a in orgs if 0 <= d.start - a.end <= 2 or a.start <= d.start < a.end or
                (d.name and a.start >= d.start - len(d.name) - 2 and a.end <= d.end)]
    unnamed_gathering = d.kind in ("summit", "forum") and not d.name and len(orgs) == 1
    org = adjacent[0] if adjacent else orgs[0] if unnamed_gathering else None
    if org is None:
        return
    if d.kind == "meeting" and re.search(r"\bleaders?['’]?|\bsummit|\bmeetings\b", view.text[org.start : d.end + 12], re.I):
        d.kind = "summit"
    d.name = f"{org.code} {d.kind}"


def _ordinal(text: str, d: Draft, c_start: int) -> int | None:
    """"the 19th KIDD", "the inaugural meeting", "the second round of talks" (not "the first X since")."""
    before = text[max(c_start, d.start - 60) : d.start]
    if m := _ORDINAL_NUM.search(before):
        return int(m.group(1))
    if re.match(r"\s+since\b", text[d.end : d.end + 10], re.I):
        return None
    if not (d.name or d.format):
        return None  # "his first overseas trip" counts his trips, not a series
    words = re.findall(r"[\w-]+", before)[-6:]
    return next((lexicon().ordinals[w.lower()] for w in reversed(words) if w.lower() in lexicon().ordinals), None)


def _has_object(view: SentenceView, d: Draft) -> bool:
    """A trigger that needs an actor after it ("warned Washington") has one within three words."""
    if not d.sense.takes_object:
        return True
    reach = 5 if d.sense.person_object else 3  # "received South Korean Foreign Minister Park Jin"
    return any(d.end <= a.start and len(view.text[d.end : a.start].split()) <= reach
               and (a.kind in ("person", "group") or not d.sense.person_object) for a in view.actors)


def _modifier_name(before: str) -> str | None:
    """Words naming an event before its noun ("climate change" summit), if any."""
    words: list[str] = []
    for word in reversed(before.split()):
        w = word.lower().strip("\"“”'’,")
        if not w or w in lexicon().neutral_modifiers or w.endswith(("'s", "’s")) or word.endswith(","):
            break
        if w[0].isdigit():
            break
        words.append(word.strip("\"“”"))
        if len(words) > 3:
            break
    words.reverse()
    rest = before.split()[: len(before.split()) - len(words)]
    if not words or not rest or rest[-1].lower().strip("\"“") not in lexicon().neutral_modifiers:
        return None  # "a climate change summit" is named; "are scheduled to ... summit" is not
    return " ".join(words)


def _persons_in(view: SentenceView, start: int, end: int, attribution: list[tuple[int, int]]) -> list[Person]:
    people: list[Person] = []
    for a in view.actors:
        if a.kind != "person" or a.person is None or not (start <= a.start < end) or _inside(a.start, attribution):
            continue
        after = view.text[a.end : a.end + 20]
        if _POSSESSIVE_AFTER.match(after) or _ADMIN_AFTER.match(after):
            continue
        if a.person not in people:
            people.append(a.person)
    return people


def _arguments(view: SentenceView, d: Draft, c_start: int, obj_end: int,
               attribution: list[tuple[int, int]], subj_topic: list[int], leaders: list[Person]) -> None:
    text = view.text
    agent = None
    d.participants = _persons_in(view, c_start, obj_end, attribution)
    person_spans = [(a.start, a.end) for a in view.actors if a.kind == "person"]
    pronoun = _PRONOUN.search(text[c_start : d.start])
    if pronoun:  # "after he and Austin visited Japan", "his talks with Chung"
        earlier = [a.person for a in view.actors if a.kind == "person" and a.person and a.end <= c_start + pronoun.start()]
        antecedent = earlier[-1] if earlier else view.last_person
        if antecedent and antecedent not in d.participants:
            d.participants.insert(0, antecedent)
    if view.last_people and re.search(r"\bthey\b", text[c_start : d.start], re.I):  # "In Tokyo, they will meet X"
        d.participants[:0] = [p for p in view.last_people if p not in d.participants]
    if leaders and lexicon().leader_refs.search(text, c_start, obj_end):
        d.participants.extend(p for p in leaders if p not in d.participants)
    for a in view.actors:
        if not (c_start <= a.start < obj_end) or _inside(a.start, attribution) or _inside(a.start, person_spans):
            continue
        if a.start < d.start and any(t <= a.start and len(text[t : a.start].split()) <= 3 and "," not in text[t : a.start] for t in subj_topic):
            continue  # "tensions over North Korea ... talks": a topic, not a party
        if a.kind == "group":
            d.groups.extend(c for c in a.members if c not in d.groups)
            continue
        if a.kind == "country" and any(p[0] == a.start for p in view.places) and re.search(r"\b(?:in|at)\s+$", text[max(0, a.start - 4) : a.start]):
            continue  # "met in Bangkok": a place, not a party
        if a.kind == "country" and any(0 <= a.start - p[1] <= 2 for p in view.places) and text[a.start - 2 : a.start] == ", ":
            continue  # "in Bali, Indonesia": the country of a place
        after = text[a.end : a.end + 20]
        if _POSSESSIVE_AFTER.match(after) and a.start < d.start:
            if a.kind == "country" and a.code and re.fullmatch(r"['’]s?\s+", text[a.end : d.start]) and d.sense.type != "CONSULT":
                agent = a.code  # "North Korea's deployment": the possessor acts
            continue  # "Seoul's foreign ministry said": not a party
        codes = [a.code] if a.kind == "country" and a.code else list(a.members) if len(a.members) <= 4 else []
        d.own_countries.extend(c for c in codes if c and c not in d.own_countries)
    if agent:  # the agent and what follows the trigger; the subject only reports it
        after_trigger = [a.code for a in view.actors if a.kind == "country" and d.end <= a.start < obj_end and a.code]
        d.own_countries = [agent] + [c for c in after_trigger if c != agent]


def _place(view: SentenceView, d: Draft, c_start: int, next_start: int, attribution: list[tuple[int, int]]) -> None:
    text = view.text
    since = re.search(r"\bsince\b", text[d.end : next_start])
    limit = d.end + since.start() if since else next_start
    best: tuple[int, Location] | None = None
    for start, end, place, country in view.places:
        if not (c_start <= start < limit) or _inside(start, attribution):
            continue
        prenominal = 0 < d.start - end <= 1 and d.sense.pos == "noun"  # "the Washington visit"
        object_of_visit = d.kind == "visit" and 0 < start - d.end <= 1  # "visit Seoul"
        if not (_PLACE_PREP.search(text[max(0, start - 30) : start]) or prenominal or object_of_visit):
            continue
        distance = start - d.end if start >= d.end else (d.start - end) * 2
        if best is None or distance < best[0]:
            best = (distance, Location(place, country))
    if best is None:
        for a in view.actors:  # "visit South Korea", "travel to Canada", "a summit in the UK"
            if a.kind != "country" or not a.code or not (d.end <= a.start < limit) or _inside(a.start, attribution):
                continue
            prep = re.search(r"\b(?:in|to|into)\s+(?:the\s+)?$" if d.kind != "visit" else _PLACE_PREP.pattern, text[max(0, a.start - 12) : a.start], re.I)
            if _MODIFIER_AFTER.match(text[a.end : a.end + 20]):
                continue  # "the Ukraine war", "North Korean threats": the country qualifies a noun
            if (prep or (d.kind == "visit" and 0 <= a.start - d.end <= 2)) and not _POSSESSIVE_AFTER.match(text[a.end : a.end + 20]):
                best = (0, Location(None, a.code))
                break
    if best is None and view.home_place and (
        (d.kind == "visit" and _HERE.search(text[d.start : d.end + 8])) or re.search(r"\bhere\b", text[d.end : d.end + 8])
    ):
        best = (0, view.home_place)
    if best is None and (m := _MINISTRY.search(text, c_start, limit)):
        owner = m.group("owner")
        loc = next((Location(p, c) for _, _, p, c in view.places if p == owner), None) if owner else view.home_place
        if loc:
            best = (0, loc)
    if best:
        d.location = best[1]


def _date(view: SentenceView, d: Draft, i: int, drafts: list[Draft], c_start: int, c_end: int,
          attribution: list[tuple[int, int]], first_segment_end: int) -> None:
    text = view.text
    next_start = min([o.start for o in drafts[i + 1 :]] or [c_end])
    prev_end = max([o.end for o in drafts[:i]] or [c_start])
    usable = [
        t for t in view.timexes
        if c_start <= t.start < c_end and not _inside(t.start, attribution) and not _is_since_date(text, t)
    ]
    same_day = [t for t in view.timexes if lexicon().same_day.search(t.text) or lexicon().same_day.fullmatch(t.text.strip())]
    after = [t for t in usable if d.end <= t.start < max(next_start, d.end + 1) and _date_value(t)]
    before = [t for t in usable if max(prev_end, c_start) <= t.end <= d.start and _date_value(t)]
    chosen = after[0] if after else before[-1] if before else None
    if chosen is None and first_segment_end > 0 and i == 0:
        lead = [t for t in view.timexes if t.end <= first_segment_end and _date_value(t)]
        chosen = lead[0] if lead else None
    if chosen is None and lexicon().same_day.search(text, c_start, c_end):
        d.same_day = True
        return
    if chosen is not None:
        if lexicon().same_day.fullmatch(chosen.text.strip()) or chosen in same_day:
            d.same_day = True
        else:
            d.date = _date_value(chosen)


def _past_references(view: SentenceView, host: Draft, index: int, c_end: int) -> list[Draft]:
    """Events of the same kind held before, named inside this mention:
    "the first such gathering since the last one in Washington in October 2016",
    "first instituted in 2010"."""
    lex = lexicon()
    text = view.text
    out: list[Draft] = []
    for pattern in (lex.since, lex.first_held):
        m = pattern.search(text, max(0, host.start - 40), min(len(text), host.end + 120))
        if not m or m.start() - host.end > 80:
            continue
        dates = [t for t in view.timexes if m.end() <= t.start <= m.end() + 40 and _date_value(t)]
        if not dates or any(r.date == _date_value(dates[0]) for r in out):
            continue
        gap = text[m.end() : dates[0].start]
        if not re.fullmatch(r"\s*(?:in\s+[A-Z][\w.'’ -]{1,30}?\s+)?(?:in\s+)?", gap) or not _ENDS_DATE.match(text[dates[0].end :]):
            continue  # "since the Jan. 20 launch of ...": a date of something else
        ref = Draft(m.start(), m.end(), text[m.start() : m.end()], host.sense, host.kind, status="held",
                    name=host.name, format=host.format, past=True, host=index)
        ref.date = _date_value(dates[0])
        span_end = dates[0].end
        for start, end, place, country in view.places:
            if m.end() <= start < span_end + 20 and re.search(r"\bin\s+$", text[max(0, start - 5) : start]):
                ref.location = Location(place, country)
                break
        out.append(ref)
    return out
