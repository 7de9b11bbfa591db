"""Arguments of an event mention from its clause: participants, countries, place and date."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from datetime import date, timedelta

from ..actors import capital, organization
from ..actors.lexicon import lexicon as actors_lexicon
from ..actors.offices import is_leader
from ..actors.places import town_of
from ..model import Location, Person, Timex
from ..time.lexicon import lexicon as time_lexicon
from .clauses import inside
from .draft import Draft, SentenceView
from .facts import as_days
from .lexicon import lexicon, states_named
from .triggers import shared_triggers
from .syntax import (DESCRIBING_CLAUSES, agent_beside_event, attached, clause_subject, coordinated_names, event_heads, fronted_clause_subject, in_other_clause,
                     in_others_relative_clause, main_subjects,
                     modifies_noun, own_subject_start,
                     object_of_coordinated_verb, other_side, outside_topic, parse, planning_clause, qualifies_thing,
                     related_by_other_noun,
                     reports_event, subject_after_fronted_event, tells_day, time_order_clauses,
                     topic_of_verb, verb_at_root)

POSSESSIVE_AFTER = re.compile(r"^['’]s?\s+(?!(?:top|foreign|defense|defence|prime|deputy|vice|chief|intelligence|president|minister|leader|ambassador|envoy|senior)\b)\w", re.I)
_ADMIN_AFTER = re.compile(r"^\s+(?:administration|government|cabinet|era|presidency)\b", re.I)
_PRONOUN = re.compile(r"\b(?:he|she|his|her)\b(?!\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency|Holiness)\s+(?:the\s+)?(?-i:[A-Z]))", re.I)
# ("His Highness the Amir Sheikh Tamim": a style before a name, no pronoun; "His Highness held talks" refers back)
_WITH_HIM = re.compile(r"\s+(?:(?:with|to)\s+)?(?:him|her)\b", re.I)  # "a meeting with him", "spoke to him", "met her"
_WHO = re.compile(r"\bwho\b", re.I)  # "met Y, who said he would ...": he may be Y
_WHERE_BEFORE = re.compile(r",\s+where\s+$", re.I)
_HE_FIRST = re.compile(r"^\W*(?:he|she)\b", re.I)  # a sentence about "he": each "he" in it is that person
_THEIR_EVENT = re.compile(r"\btheir\s+(?:[\w-]+\s+){0,2}$", re.I)  # "their" owns the event noun
_PLACE_PREP = re.compile(r"(?:\b(?:in|at|to|for|inside|near|into)\s+(?:the\s+(?:city|capital)\s+(?:of\s+)?|(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:capital|city|port|town|resort)\s+(?:of\s+)?)?(?:the\s+)?)$", re.I)
_COMPANION = re.compile(r"\b(?:accompanied|joined)\s+by\s+[^,;]*$", re.I)
_OUTSIDE = re.compile(r"\boutside\s+$", re.I)  # "at a residence outside Moscow": by a town, not "outside Russia"
_NEXT_LEG_IN = re.compile(r",?\s+and\s+(?:then\s+)?in\s+", re.I)
_HERE = re.compile(r"\b(?:here|came here|come here)\b", re.I)
_MINISTRY = re.compile(r"\bat\s+(?:the\s+)?(?:(?P<owner>[A-Z][\w.]+)['’]s\s+)?(?:foreign|defense|defence|unification)\s+ministry\b|\bat\s+the\s+(?:presidential\s+office|foreign\s+office)\b")
_OWNS_EVENT = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}")
_CAPITAL_AFTER = re.compile(r"(?:['’]s)?\s+capital\b", re.I)  # "the Russian capital", "Peru's capital"
_OF_STATES = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")  # "the leaders of Ethiopia and Somalia"
_MEDIATED_BY = re.compile(r"\b(?:co-)?(?:mediated|brokered|facilitated)\s+by\b", re.I)  # mediators are no parties
_CLAUSE_END = re.compile(r"[,;.]")
_LATER_BEFORE = re.compile(r"\blater\s+$", re.I)  # "He later flew to X": a trip told later on the day


def date_value(t: Timex) -> str | None:
    if t.type not in ("DATE", "TIME") or t.value.endswith("_REF") or t.value.startswith("P"):
        return None
    value = t.value.split("T")[0] if "T" in t.value else t.value
    if value == "XXXX-XX-XX":
        return None  # "at noon": a time of day says nothing of the day
    end = t.end_value.split("T")[0] if t.end_value and "T" in t.end_value else t.end_value
    if not end and t.mod in ("START", "END") and _WEEK.fullmatch(value) and (days := as_days(value)) != value:
        # "at the end of the week": its last three days; "early next week": its first three
        first = date.fromisoformat(days.split("/")[0]) + timedelta(days=4 if t.mod == "END" else 0)
        return f"{first.isoformat()}/{(first + timedelta(days=2)).isoformat()}"
    return f"{value}/{end}" if end and end != value else value


# "The leaders then co-chaired the 8th meeting": "then" before the verb whose object is the event
_THEN_VERB_OBJECT = re.compile(r"(?<!\bwill )(?<!\bwould )\bthen\s+(?:[a-z-]+ed|held|met|had|led|signed)\s+(?:[\w-]+\s+){0,3}$")
_THEN_AFTER = re.compile(r"\s+then\s+(?:[a-z]+ed|held|met|brought|began|opened)\b")  # "The summit then brought together"
_WEEK = re.compile(r"\d{4}-W\d{2}")


def days_off(day: str | None, days: int) -> str | None:
    """The day a number of days off a day ("a day after holding talks": the day before)."""
    if day is None or not days:
        return day
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def is_since_date(text: str, t: Timex, trigger: int = -1) -> bool:
    """A date that belongs to a past reference ("since October 2016", "first held in 2010"),
    not to the event whose trigger starts at `trigger` unless that event is the reference
    itself ("since talks in Bali in November 2022")."""
    before = text[max(0, t.start - 60) : t.start]
    since = re.search(r"\bsince\b(?:[^,;.—–()]|(?<=\b[A-Z])\.)*$", before, re.I)  # "since October 2016", "since Chirac's
    # in 2000", "since George W. Bush in 2008" (an initial's full stop)
    if since and max(0, t.start - 60) + since.start() < trigger:
        return False
    return bool(since
                or re.search(rf"(?:{lexicon().first_held.pattern})\s*$", before, re.I))


def persons_in(view: SentenceView, start: int, end: int, attribution: list[tuple[int, int]]) -> list[Person]:
    people: list[Person] = []
    for a in view.actors:
        if a.kind != "person" or a.person is None or not (start <= a.start < end) or inside(a.start, attribution):
            continue
        after = view.text[a.end : a.end + 20]
        if POSSESSIVE_AFTER.match(after) or _ADMIN_AFTER.match(after):
            continue
        if a.person not in people:
            people.append(a.person)
    return people


_ENVOY_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,3}(?:special\s+)?(?:envoys?|emissar(?:y|ies))\b")  # "his (Middle East) envoy"
# people named after these are the principals who sent them, not the ones who go ("envoys of X and Y")
_SENT_BY = re.compile(r"\b(?:envoys?|emissar(?:y|ies)|representatives?|delegations?|negotiators?)\s+(?:of|from|sent\s+by|representing)"
                      r"\s+(?:(?:[\w'’.-]+|and|,)\s+){0,14}$", re.I)


def parties(view: SentenceView, d: Draft, c_start: int, obj_end: int,
               attribution: list[tuple[int, int]], subj_topic: list[int], leaders: list[Person]) -> None:
    text = view.text
    agent = None
    doc = parse(text)
    heads = event_heads(doc, d.start, d.end)
    elsewhere = [(a.start, a.end) for a in view.actors if a.kind == "organization" and c_start <= a.start < obj_end
                 and in_other_clause(doc, (d.start, d.end), a.start, a.end, DESCRIBING_CLAUSES)]
    # (a grouping in a clause describing a thing is no party; "X and the EU concluded a deal, leaders said at
    # a summit": the deal's parties are at the summit)
    elsewhere += [(a.start, a.end) for a in view.actors if a.kind in ("person", "country", "group")
                  and c_start <= a.start < obj_end and (in_other_clause(doc, (d.start, d.end), a.start, a.end)
                                                        or reports_event(doc, (d.start, d.end), a.start, a.end)
                                                        or object_of_coordinated_verb(doc, heads, a.start, a.end)
                                                        or outside_topic(doc, (d.start, d.end), a.start, a.end)
                                                        or topic_of_verb(doc, (d.start, d.end), a.start, a.end)
                                                        or related_by_other_noun(doc, (d.start, d.end), a.start, a.end)
                                                        or agent_beside_event(doc, (d.start, d.end), a.start, a.end))]
    attribution = attribution + elsewhere  # who stands in a clause of their own is no party
    attribution += [(m.end(), (end.start() if (end := _CLAUSE_END.search(text, m.end())) else len(text)))
                    for m in _MEDIATED_BY.finditer(text, d.end)]  # "talks in Doha mediated by Qatar and Turkey"
    if (subject := own_subject_start(doc, d.start, d.end)) is not None and c_start < subject < d.start:
        c_start = subject  # "A met B, the Home Secretary met C": C's meeting is not A's
    d.participants = persons_in(view, c_start, obj_end, attribution)
    for a in view.actors:  # "Envoys of army chief X arrived": X sent them, his state takes part, he does not
        if a.kind == "person" and a.person in d.participants and _SENT_BY.search(text, max(0, a.start - 140), a.start):
            d.participants.remove(a.person)
            if a.person.country and a.person.country not in d.own_countries:
                d.own_countries.append(a.person.country)
    if d.sense.pos == "verb" and obj_end < len(text) and (names := coordinated_names(doc, d.start, d.end)):
        d.participants += [a.person for a in view.actors if a.kind == "person" and a.person and a.start >= obj_end
                           and any(s <= a.start < e for s, e in names) and a.person not in d.participants]
    for a in view.actors:  # "Sisi's arrival", "the prime minister's state visit": the possessor takes part
        if a.kind == "person" and a.person and a.end <= d.start and _OWNS_EVENT.fullmatch(text[a.end : d.start]) \
                and a.person not in d.participants:
            d.participants.insert(0, a.person)
    person_spans = [(a.start, a.end) for a in view.actors if a.kind == "person"]
    pronouns = [p for p in _PRONOUN.finditer(text[c_start : d.start])
                if not any(test(doc, (d.start, d.end), c_start + p.start(), c_start + p.end())
                           for test in (reports_event, outside_topic))]
    pronoun = pronouns[0] if pronouns else None  # not "He said the summit was cancelled", "he gave details on the
    # visit" (no party), but "He rated the meeting and said he would travel to China": the second "he"
    sender = _ENVOY_AFTER.match(text, c_start + pronoun.end()) if pronoun else None
    if pronoun and _relational_after().match(text, c_start + pronoun.end()):
        pronoun = None  # "noted that his guest will travel to Kyiv": the guest travels, not the host
    if pronoun:  # "after he and Austin visited Japan", "his talks with Chung"
        named = [a for a in view.actors if a.kind == "person" and a.person and a.end <= c_start + pronoun.start()
                 and not _COMPANION.search(text, max(0, a.start - 60), a.start)]  # "who is accompanied by X": not "he"
        earlier = [a.person for a in named]
        antecedent = earlier[-1] if earlier else view.last_person
        if named and other_side(doc, named[-1].start, named[-1].end) \
                and not _WHO.search(text, named[-1].end, c_start + pronoun.start()) \
                and (subjects := [a.person for a in named if clause_subject(doc, a.start, a.end)]):
            antecedent = subjects[-1]  # "X arrived after talks with Y, and after visiting Z, where he ...": X
        ahead = None if earlier else fronted_clause_subject(doc, c_start + pronoun.start(), c_start + pronoun.end())
        if ahead:  # "Speaking on his way back from Berlin, where he held talks, Erdogan said": Erdogan
            antecedent = next((a.person for a in view.actors if a.kind == "person" and a.person
                               and ahead[0] <= a.start < ahead[1]), antecedent)
        if view.last_person and _HE_FIRST.match(text):
            antecedent = view.last_person  # "He is due in X to meet A before going on to Y, where he will ...": the same he
        elif view.last_person and _WHERE_BEFORE.search(text, 0, c_start + pronoun.start()) \
                and pronoun.group().lower() in main_subjects(doc):
            antecedent = view.last_person  # "On Sunday he will travel to Chile to see X, and on Monday he will end his
            # tour in Brazil, where he will meet Y": the he of the sentence, not X
        if sender and antecedent:  # "His Middle East envoy, X, travelled to Israel": he sent X, his state takes part
            d.own_countries += [antecedent.country] if antecedent.country and antecedent.country not in d.own_countries else []
            envoy_end = sender.end()  # and X, of no state the text names, is of his
            d.participants = [replace(p, country=antecedent.country, role=p.role or "envoy") if p.country is None and any(
                a.person == p and 0 <= a.start - envoy_end <= 3 for a in view.actors if a.kind == "person") else p
                for p in d.participants]
        elif antecedent and antecedent not in d.participants:
            d.participants.insert(0, antecedent)
    if _WITH_HIM.match(text, d.end) and (earlier := [a.person for a in view.actors if a.kind == "person" and a.person
                                                      and a.end <= d.start and a.person not in d.participants]):
        d.participants.insert(0, earlier[-1])  # "Anwar said Trump would hold a meeting with him": Anwar
    if view.last_people and (re.search(r"\bthey\b", text[c_start : d.start], re.I)  # "In Tokyo, they will meet X"
                             or (their := _THEIR_EVENT.search(text, c_start, d.start))  # "Their last meeting was in May"
                             and not any(a.kind == "person" and a.start < d.start for a in view.actors)
                             and not set(their.group().lower().split()) & actors_lexicon().plural_titles
                             and not _group_subject_before(view, their.start())
                             and not subject_after_fronted_event(doc, d.start, d.end)):
        # (not "their foreign ministers met": the ministers, not they)
        d.participants[:0] = [p for p in view.last_people if p not in d.participants]
    if pair := lexicon().pair_refs.search(text, c_start, d.start):  # "On Monday, the pair held talks"
        named = list(dict.fromkeys(a.person for a in view.actors if a.kind == "person" and a.person
                                   and a.end <= pair.start()))
        pair_people = named if len(named) == 2 else view.last_pair  # "X said as he received Y, where the two men"
        d.participants[:0] = [p for p in pair_people if p not in d.participants]
    ref = lexicon().leader_refs.search(text, c_start, obj_end) if leaders and len(d.participants) < 2 else None
    if ref and not _OF_STATES.match(text, ref.end()):  # "the leaders of Ethiopia and Somalia": not the story's; not "the
        # two leaders" beside the people the event names ("the declaration signed by Roosevelt and Churchill")
        two = len(view.last_pair) == 2 and re.search(r"\b(?:two|both)\b", ref.group(), re.I) \
            and all(is_leader(p.role) for p in view.last_pair)
        d.participants.extend(p for p in (view.last_pair if two else leaders) if p not in d.participants)
        # "A and B met in New York. The two leaders had earlier talked by phone": A and B
    for a in view.actors:
        if not (c_start <= a.start < obj_end) or inside(a.start, attribution) or inside(a.start, person_spans):
            continue
        if a.start < d.start and any(t <= a.start and len(text[t : a.start].split()) <= 3 and "," not in text[t : a.start] for t in subj_topic):
            continue  # "tensions over North Korea ... talks": a topic, not a party
        if a.kind == "group":
            d.groups.extend(c for c in a.members if c not in d.groups)
            continue
        if a.kind in ("organization", "country") and _names_other_event(text, a, d):
            continue  # "called off his Port Moresby stop, and the Quad summit": each names its own event
        party = a.kind == "organization" and (org := organization(a.code)) and org.party
        if (a.kind == "country" or party) and qualifies_thing(doc, a.start, a.end):
            continue  # "to mediate in the Ukraine war", "the partnership at the heart of the EU": a topic
        if a.kind == "country" and leaves(d) and 0 < a.start - d.end <= 5:
            continue  # "left China for the UAE": the state left behind
        if a.kind == "country" and _origin(text, a, d):
            continue  # "From Poland, he will travel to Ukraine (for talks)": the state he comes from
        if a.kind == "country" and _titles_another_states_person(view, a):
            continue  # "Congolese President Denis Sassou Nguesso": his state, not the word's first sense
        if a.kind == "country" and any(p[0] == a.start for p in view.places) and re.search(r"\b(?:in|at)\s+$", text[max(0, a.start - 4) : a.start]):
            continue  # "met in Bangkok": a place, not a party
        if a.kind == "country" and any(p[0] == a.start for p in view.places) and a.end <= d.start \
                and re.fullmatch(r"\s+", text[a.end : d.start]) and re.search(r"\b(?:the|a|an|this|last|their)\s+$", text[max(0, a.start - 8) : a.start], re.I):
            continue  # "the Brussels meeting", "the Ohrid talks": where it was held, not a party
        if a.kind == "country" and any(0 <= a.start - p[1] <= 2 for p in view.places) and text[a.start - 2 : a.start] == ", ":
            continue  # "in Bali, Indonesia": the country of a place
        if a.kind == "country" and _CAPITAL_AFTER.match(text, a.end) and _PLACE_PREP.search(text[max(0, a.start - 30) : a.start]):
            continue  # "met in the Peruvian capital", "in Peru's capital": a place, not a party
        after = text[a.end : a.end + 20]
        if POSSESSIVE_AFTER.match(after) and a.start < d.start:
            if a.kind == "country" and a.code and re.fullmatch(r"['’]s?\s+", text[a.end : d.start]) and d.sense.type != "CONSULT":
                agent = a.code  # "North Korea's deployment": the possessor acts
            continue  # "Seoul's foreign ministry said": not a party
        speaks_of_members = a.kind == "organization" and (bool(lexicon().member_nouns.match(text, a.end))
                                                         or states_named(a)
                                                         or d.kind == "summit" and 0 <= d.start - a.end <= 2)
        # "GCC countries", "the Nordic countries", "a GCC summit": the grouping's members, where it has few enough to list
        party = None if speaks_of_members or _opens(text, a, d) else party  # "the EU summit": its members meet
        codes = [a.code] if a.kind == "country" and a.code else [party] if party else \
            list(a.members) if len(a.members) <= 4 or speaks_of_members and len(a.members) <= lexicon().listed_members \
            else []  # "leaders of BRICS countries"; "the European Union and Tunisia signed": the EU a party of its own
        d.own_countries.extend(c for c in codes if c and c not in d.own_countries)
    if agent:  # the agent and what follows the trigger; the subject only reports it
        after_trigger = [a.code for a in view.actors if a.kind == "country" and d.end <= a.start < obj_end and a.code]
        d.own_countries = [agent] + [c for c in after_trigger if c != agent]


def _group_subject_before(view: SentenceView, end: int) -> bool:
    """Whether the sentence names a body's or state's people before "their" ("EU leaders are set to
    discuss the deal at their summit"): theirs, not the people of the sentences before."""
    titles = actors_lexicon().plural_titles
    return any(a.kind in ("organization", "country") and a.end <= end
               and (w := re.match(r"\s+(\w+)", view.text[a.end : end])) and w.group(1).lower() in titles
               for a in view.actors)


def _opens(text: str, a, d: Draft) -> bool:
    """Whether a grouping's name opens the event's own words on its own ("the EU summit"), not
    joined to another party's ("the EU-China summit")."""
    return d.start <= a.start and a.end < d.end and text[a.end] == " " and not text[d.start : a.start].strip()


def _names_other_event(text: str, a, d: Draft) -> bool:
    """Whether a state, capital or grouping stands in or right before the word of another
    event coordinated with d, or of the event a trip is for, as its modifier ("called off
    his Port Moresby stop, and the Quad summit"; "will fly to Sydney for the Quad summit"):
    that event's party, not d's."""
    for t in shared_triggers(text):
        if t.start == d.start or not (a.start < t.end and t.start < a.end or 0 < t.start - a.end <= 2
                                      and text[a.end].isspace() and not text[a.end : t.start].strip()):
            continue
        between = text[t.end : d.start] if t.end <= d.start else text[d.end : t.start]
        if _COORDINATED.search(between) or d.kind == "visit" and t.start > d.end:
            return True
    return False


_COORDINATED = re.compile(r",|\band\b|\bor\b")


_FRONTED_FROM = re.compile(r"(?:^|[,;]\s*)from\s+$", re.I)


def _origin(text: str, a, d: Draft) -> bool:
    """Whether a state is where a trip sets out from: "From Poland, the prime minister will
    travel to Ukraine", "will fly from Poland to Ukraine", "arrived in Jakarta from Vietnam". "A
    delegation from Japan" is Japan's."""
    fronted = a.end <= d.start and _FRONTED_FROM.search(text, 0, a.start) and text.startswith(",", a.end)
    after_verb = d.kind == "visit" and d.end <= a.start and re.fullmatch(r"\s+from\s+", text[d.end : a.start]) and re.match(r"\s+to\b", text[a.end :])
    arrived_from = d.kind == "visit" and d.sense.pos == "verb" and d.end <= a.start \
        and re.fullmatch(r"[^,;]*\s+from\s+(?:the\s+)?", text[d.end : a.start])  # "arrived in Jakarta on Tuesday from Vietnam"
    return bool(fronted or after_verb or arrived_from)


@lru_cache(maxsize=1)
def _relational_after() -> re.Pattern:
    """A noun for another person right after a possessive ("his guest", "her counterpart")."""
    return re.compile(r"\s+(?:" + "|".join(lexicon().syntax["relational_nouns"]) + r")\b", re.I)


def leaves(d: Draft) -> bool:
    """A trip told by leaving ("left Beijing for Moscow"): the place right after the verb is
    left behind, neither destination nor party."""
    return d.sense is lexicon().senses["depart for"]


def _titles_another_states_person(view: SentenceView, a) -> bool:
    """Whether a state's adjective stands in the title of a person known to be of another
    state (a demonym several states share)."""
    nxt = next((p for p in view.actors if p.kind == "person" and p.start >= a.end), None)
    return bool(nxt and nxt.person and nxt.person.country and nxt.person.country != a.code
                and re.fullmatch(r"(?:\s+[A-Z][\w.'’-]*){1,4}\s+", view.text[a.end : nxt.start]))


def belongs(view: SentenceView, d: Draft, surely: bool = False):
    """A test of whether the words at start..end belong to d by the dependency parse
    (an expression the parse attaches to another noun or verb does not). `surely`: only
    what the parse attaches to d (never true of a sentence without a verb at its root)."""
    doc = parse(view.text)
    if not verb_at_root(doc):
        return lambda start, end: not surely  # a caption or a misparse: the words around decide
    heads = event_heads(doc, d.start, d.end)
    if surely:
        return lambda start, end: attached(doc, heads, start, end) is True
    return lambda start, end: attached(doc, heads, start, end) is not False


def locate(view: SentenceView, d: Draft, c_start: int, next_start: int, attribution: list[tuple[int, int]]) -> None:
    text = view.text
    own = belongs(view, d)
    since = re.search(r"\bsince\b", text[d.end : next_start])
    limit = d.end + since.start() if since else next_start
    if d.sense.pos == "noun" and (plan := planning_clause(parse(text), d.start, d.end)) and plan[0] >= d.end:
        limit = max(limit, plan[1])  # "The meeting, which X will host in Kingston, ...": the plan's place
    if d.sideline and (leg := _NEXT_LEG_IN.search(text, d.end, limit)):
        limit = leg.start()  # "in Vilnius on the sidelines of the NATO summit in July and in New York in September"
    best: tuple[int, Location] | None = None
    for start, end, place, country in view.places:
        if not (c_start <= start < limit) or inside(start, attribution) or not own(start, end) \
                or lexicon().name_goes_on.match(text, end):
            continue  # "Marka International Airport", "the Paris Agreement": part of a longer name
        if d.sideline and start < d.start:
            continue  # "met at the Filoli estate on the sidelines of the APEC summit": the side meeting's place
        if _namesake_venue(view, place, end):
            continue  # "at the Shangri-La Hotel in Beijing": a hotel of that name in the town named after it
        prenominal = 0 < d.start - end <= 1 and d.sense.pos == "noun"  # "the Washington visit"
        object_of_visit = d.kind == "visit" and 0 < start - d.end <= 1 and not leaves(d)  # "visit Seoul"
        if not (_PLACE_PREP.search(text[max(0, start - 50) : start]) or _OUTSIDE.search(text[max(0, start - 20) : start])
                or prenominal or object_of_visit):
            continue
        distance = start - d.end if start >= d.end else (d.start - end) * 2
        if prenominal:
            distance = len(text)  # a town naming the event ("the Summer Davos forum in Tianjin"): the one told after first
        if best is None or distance < best[0]:
            best = (distance, Location(_named_town(view, place, end, limit), country))
    if best is None:
        for a in view.actors:  # "visit South Korea", "travel to Canada", "a summit in the UK"
            if a.kind != "country" or not a.code or not (d.end <= a.start < limit) or inside(a.start, attribution):
                continue
            visited = d.kind == "visit" and not leaves(d) and re.fullmatch(r"\s*(?:the\s+)?", text[d.end : a.start])
            if not own(a.start, a.end) and not (visited and d.trigger.lower().endswith((" to", " for", " in"))):
                continue  # (the state right after "leave for", whatever the parse makes of "for Spain to take part")
            prep = re.search(r"\b(?:in|to|into)\s+(?:the\s+)?$" if d.kind != "visit" else _PLACE_PREP.pattern, text[max(0, a.start - 12) : a.start], re.I)
            if modifies_noun(parse(text), a.start, a.end):
                continue  # "the Ukraine war", "North Korean threats": the country qualifies a noun
            if (prep or visited) and not POSSESSIVE_AFTER.match(text[a.end : a.end + 20]):
                best = (0, Location(None, a.code))
                break
    if best is None:  # "arrived in the Russian capital": the capital of the state named
        for a in view.actors:
            if a.kind == "country" and a.code and c_start <= a.start < limit and not inside(a.start, attribution) \
                    and _CAPITAL_AFTER.match(text, a.end) and _PLACE_PREP.search(text[max(0, a.start - 30) : a.start]) \
                    and own(a.start, a.end) and (city := capital(a.code)):
                best = (0, Location(city, a.code))
                break
    if best is None and d.kind != "visit":
        best = _hosting_place(view, d, c_start, attribution)
    if best is None and view.home_place and (
        (d.kind == "visit" and _HERE.search(text[d.start : d.end + 8])) or re.search(r"\bhere\b", text[d.end : d.end + 8])
    ):
        best = (0, view.home_place)
    if best is None and d.kind == "visit" and _TO_THE_COUNTRY.match(text, d.end) and (host := _host_state(view, d)):
        best = (0, Location(None, host))  # "X will receive Y, who will pay a state visit to the country"
    if best is None and (m := _MINISTRY.search(text, c_start, limit)) and not inside(m.start(), attribution):
        owner = m.group("owner")  # not "..., Hasan told reporters at the foreign ministry": where it was said
        loc = next((Location(p, c) for _, _, p, c in view.places if p == owner), None) if owner else view.home_place
        if loc:
            best = (0, loc)
    if best:
        d.location = best[1]


# a place hosting the event named after it ("Luanda will host on Sunday the summit", "the Angolan capital hosted the talks")
_HOSTS_IT = re.compile(r"(?P<capital>(?:['’]s)?\s+capital)?(?:\s+(?:will|would|is|was|to|set|due|scheduled|has|had|also|again))*"
                       r"\s+(?:host|hosts|hosted|hosting)\b[^.;:]{0,60}$", re.I)


def _hosting_place(view: SentenceView, d: Draft, c_start: int, attribution) -> tuple[int, Location] | None:
    """The town, state or state's capital that hosts the event in the clause's subject."""
    for start, end, place, country in view.places:
        if c_start <= start and end <= d.start and not inside(start, attribution) \
                and (m := _HOSTS_IT.match(view.text[end : d.start])) and not m["capital"]:
            return (0, Location(place, country))
    for a in view.actors:
        if a.kind == "country" and a.code and c_start <= a.start and a.end <= d.start and not inside(a.start, attribution) \
                and (m := _HOSTS_IT.match(view.text[a.end : d.start])):
            return (0, Location(capital(a.code) if m["capital"] else None, a.code))
    return None


_TO_THE_COUNTRY = re.compile(r"\s+to\s+the\s+(?:country|kingdom|emirate|sultanate|republic|island\s+nation)\b", re.I)


def _host_state(view: SentenceView, d: Draft) -> str | None:
    """The state "the country" a visit goes to stands for: the one state of the people the
    sentence names besides the travellers ("The Emir will receive Y, who will pay a state
    visit to the country")."""
    travellers = {p.country for p in d.participants}
    others = {a.person.country for a in view.actors if a.kind == "person" and a.person and a.person.country
              and a.person.country not in travellers}
    return next(iter(others)) if len(others) == 1 else None


def _namesake_venue(view: SentenceView, place: str, end: int) -> bool:
    """A venue the text places in another town than the one it is known in ("the Shangri-La
    Hotel in Beijing", not Singapore's): a namesake, which the town after it places."""
    town = town_of(place)
    if not town or town == place:
        return False
    return any(s - end <= 4 and s >= end and p != town and view.text[end:s].strip() == "in"
               for s, _, p, _ in view.places)


def _named_town(view: SentenceView, place: str | None, end: int, limit: int) -> str | None:
    """A venue followed by the town it stands in ("at the Union Buildings in Pretoria"): the
    town, the place a report of the event is filed under; a venue named alone stays."""
    town = town_of(place) if place else None
    if town and town != place and any(p == town and end <= s < limit for s, _, p, _ in view.places):
        return town
    return place


def _alternative(text: str, chosen: Timex, timexes: list[Timex], c_end: int) -> bool:
    """Whether the text offers another date as an alternative to the chosen one ("X, or Y")."""
    return any(t is not chosen and date_value(t) and t.start < c_end and re.search(
        r"\bor\b", text[min(chosen.end, t.end) : max(chosen.start, t.start)]) for t in timexes)


def event_length(view: SentenceView, d: Draft) -> int | None:
    """The days of an event whose first day the sentence tells ("arrived on Monday on a
    three-day visit", "a three-day summit that opens on Friday"): from the length right
    before the noun."""
    if d.kind not in ("visit", "summit", "forum", "meeting") or not (
            lexicon().begins.search(view.text, 0, d.start) or lexicon().begins.search(view.text, d.end, d.end + 20)):
        return None
    return length_before(view, d)


def length_before(view: SentenceView, d: Draft) -> int | None:
    """The days a length right before the event's noun gives it ("a two-day state visit"), if any."""
    for t in view.timexes:
        if t.type == "DURATION" and 0 <= d.start - t.end <= 20 and (m := re.fullmatch(r"P(\d+)D", t.value)) \
                and re.fullmatch(r"[\s\w-]*", view.text[t.end : d.start]):
            return int(m[1])
    return None


# "on Friday before holding a meeting": a gerund clause of the same day's programme
_THEN_GERUND = re.compile(r"(?:\s+(?:morning|afternoon|evening))?,?\s+(?:before|after)\s+(?:[a-z]+ing)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}", re.I)
# "a day after holding talks with", "two days before the summit": the event a counted number of days off the main verb's day
_DAYS_APART = re.compile(r"\b(?P<n>a|one|two|three)\s+days?\s+(?P<rel>after|before)\s+(?:(?:holding|attending|signing|his|her|their|the)\s+)?"
                         r"(?:[\w'’-]+\s+){0,2}$", re.I)
_AFTER_THE_DAY = re.compile(r"\s(?:after|following)\s+(?:[^,;.]*?)$", re.I)  # the clause the event opens


_YEAR = re.compile(r"\d{4}")
_MONTH_DAY = re.compile(r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}")  # "the Jan. 8 riot", "the October 7 attack"
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.I)


def dates_another_thing(text: str, t: Timex, d: Draft) -> bool:
    """A year or a day naming another thing ("a session under the 2017 Treaty of Friendship",
    "parallels with the Jan. 8 riot"): not the event's time, unless it names the event itself
    ("the 2024 summit", "the 2022 APEC summit", "the May 15 meeting")."""
    if not (_YEAR.fullmatch(t.text) or _MONTH_DAY.fullmatch(t.text)) or not _DETERMINER_BEFORE.search(text, max(0, t.start - 8), t.start):
        return False
    phrase = re.match(r"(?:\s+[(A-Za-z][\w'’.()-]*){1,5}", text[t.end:])  # "the 2022 APEC Leaders' summit": its own
    return bool(phrase) and not t.end < d.start < t.end + phrase.end()


def told_on(view: SentenceView, said: list[tuple[int, int]]) -> str | None:
    """The day the sentence's news was told: one in its attribution ("..., the ministry said on
    Tuesday") or one dating a verb that reports ("Modi on Friday said he had received a call")."""
    return next((v for t in view.timexes if len(v := date_value(t) or "") == 10
                 and (inside(t.start, said) or tells_day(parse(view.text), t.start, t.end))), None)


def attach_date(view: SentenceView, d: Draft, i: int, drafts: list[Draft], c_start: int, c_end: int,
          attribution: list[tuple[int, int]], first_segment_end: int) -> None:
    text = view.text
    d.length = event_length(view, d)
    next_start = min([o.start for o in drafts[i + 1 :]] or [c_end])
    prev_end = max([o.end for o in drafts[:i]] or [c_start])
    own = belongs(view, d)
    others = [(a, b) for a, b in time_order_clauses(parse(text)) if not a <= d.start < b]  # "after X withdrew in July"
    usable = [
        t for t in view.timexes
        if c_start <= t.start < c_end and not inside(t.start, attribution) and not is_since_date(text, t, d.start)
        and own(t.start, t.end) and not inside(t.start, others) and not dates_another_thing(text, t, d)
        and not in_others_relative_clause(parse(text), (d.start, d.end), t.start, t.end)
    ]
    same_day = [t for t in view.timexes if lexicon().same_day.search(t.text) or lexicon().same_day.fullmatch(t.text.strip())]
    after = [t for t in usable if d.end <= t.start < max(next_start, d.end + 1) and date_value(t)]
    before = [t for t in usable if max(prev_end, c_start) <= t.end <= d.start and date_value(t)]
    chosen = after[0] if after else before[-1] if before else None
    if chosen is None:  # beyond the next event's words: "reached agreements when they met Wednesday"
        sure = belongs(view, d, surely=True)
        chosen = next((t for t in view.timexes if date_value(t) and not is_since_date(text, t, d.start)
                       and not inside(t.start, others) and not dates_another_thing(text, t, d) and sure(t.start, t.end)
                       and not in_others_relative_clause(parse(text), (d.start, d.end), t.start, t.end)), None)  # the parse vouches, beyond the clause ("said on Tuesday, during a meeting")
    if chosen is None and d.kind in ("meeting", "call", "agreement") \
            and (lead := _AFTER_THE_DAY.search(text, prev_end, d.start)) \
            and (day := next((t for t in view.timexes if prev_end <= t.start and t.end <= lead.start()
                              and lead.start() - t.end <= 2 and len(date_value(t) or "") == 10), None)):
        chosen = day  # "the deal, announced a day earlier after A met B": the talks were that day (not a
        # summit or a trip, which lasts days: "returned on Sunday after attending the summit")
    if chosen is None and d.kind in ("meeting", "call", "agreement") \
            and (day := next((t for t in view.timexes if t.end <= d.start and len(date_value(t) or "") == 10
                              and not any(t.end <= o.start < d.start for o in drafts[:i])
                              and _THEN_GERUND.fullmatch(text, t.end, d.start)), None)):
        chosen = day  # "will be welcomed on Friday before holding talks with X": the talks that day
    if chosen is None and first_segment_end > 0 and i == 0:
        lead = [t for t in view.timexes if t.end <= first_segment_end and date_value(t) and own(t.start, t.end)]
        chosen = lead[0] if lead else None
    if chosen is None and (apart := _DAYS_APART.search(text, max(0, d.start - 60), d.start)):
        n = time_lexicon().number(apart["n"]) * (-1 if apart["rel"].lower() == "after" else 1)
        main = [v for t in view.timexes if t.end <= apart.start() and (v := date_value(t)) and len(v) == 10]
        if main:  # "X spoke on Thursday, a day after holding talks with Y": the talks on Wednesday
            d.date = days_off(main[-1], n)
        else:  # "Mr. Modi spoke a day after holding talks": a day before the day the text last named
            d.follows_on, d.days_from_narrative = True, n
        return
    if chosen is None and lexicon().same_day.search(text, c_start, c_end):
        d.same_day = True
        return
    if chosen is None and d.kind in ("meeting", "call", "agreement") and d.status == "held" \
            and (part := lexicon().part_of_day.search(text, c_start, c_end)) \
            and not re.search(r"\bearlier\s+$", text[max(0, part.start() - 10) : part.start()], re.I):
        # ("Earlier in the morning, X hosted talks": the morning of the news)
        d.follows_on = True  # "landed on Monday ... held talks in the evening": of the day the text last named (a
        # plan's "in the evening" may be of a day still to come)
        return
    if chosen is None and (lexicon().follows_on.match(text) or (d.kind != "visit" or d.status == "held"
                                                               and _LATER_BEFORE.search(text, 0, d.start))
                           and (lexicon().follows_on_before.search(text, 0, d.start)
                                or d.sense.pos == "noun" and (_THEN_VERB_OBJECT.search(text, c_start, d.start)
                                                              or _THEN_AFTER.match(text, d.end)))):
        # "After this, he went to X to hold talks", "The two sides then signed", "He later flew to X": the
        # narrative's day ("He will then travel to Niger": the trip's next leg, another day)
        if _LATER_BEFORE.search(text, 0, d.start) and (told := [v for t in view.timexes if t.end <= d.start
                                                                and (v := date_value(t))]):
            d.date = told[-1]  # "visited Beijing in April, and later travelled to Tokyo": after April's, not the news day
            return
        d.follows_on = True
        return
    if chosen is not None and _alternative(text, chosen, view.timexes, c_end):
        return  # "on November 15-16, or at the forum on November 18-19": the day is not settled
    if chosen is not None:
        if lexicon().same_day.fullmatch(chosen.text.strip()) or chosen in same_day:
            d.same_day = True
        else:
            d.date = _through(view, chosen) or date_value(chosen)


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_TO_BETWEEN = re.compile(r"\s+(?:until|till|to|through)\s+", re.I)


def _through(view: SentenceView, first: Timex) -> str | None:
    """The span of "from tomorrow until Friday": two days the tagger reads apart, one stay."""
    if not _FROM_BEFORE.search(view.text, max(0, first.start - 6), first.start):
        return None
    gap = _TO_BETWEEN.match(view.text, first.end)
    second = gap and next((t for t in view.timexes if t.start == gap.end()), None)
    a, b = date_value(first) or "", (date_value(second) or "") if second else ""
    if len(a) == 10 and len(b) == 10 and a < b:
        return f"{a}/{b}"
    return None
