"""Event mentions in one sentence: triggers, and the arguments their clause gives them.

A sentence is cut into clauses (at "while", "after", "; " ...) and comma segments; short
segments that only say who said something are attribution and give no arguments. Each
trigger takes its participants, countries, place and date from its own clause, its status
from the words before it, and can carry past references ("the first since October 2016").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..actors.lexicon import lexicon as actors_lexicon
from ..actors.offices import is_leader
from ..actors.places import place as gazetteer_place
from ..model import Location, Person
from ..time.lexicon import lexicon as time_lexicon
from .arguments import (POSSESSIVE_AFTER, attach_date, date_value, dates_another_thing, is_since_date, leaves,
                        length_before, locate, parties, persons_in, told_on)
from .clauses import attribution_spans, clause_spans, inside, lead
from .facts import roles_fit
from .draft import Draft, SentenceView
from .lexicon import lexicon
from .status import only_put_off, status
from .syntax import (after_in_past, call_triggers, coordinated_after, coordinated_predicate_start, departures,
                     fronted_clause_subject, held_at, hosted, other_party, parse, plans_noun, present_perfect,
                     purpose_of_past_movement, related_by_other_noun, relative_subject, simple_past, since_clauses, subject_is_public, object_is_public,
                     passive_status, relative_clause, status_words, subject_end, subject_of_past_verb, subject_predicate_start, told_in_past,
                     qualifies_thing, topic_of_verb, verb_subject)
from .triggers import find_triggers, has_object, modifier_name, name_by_organization, ordinal

_DEFINITE_POSSESSIVE = re.compile(r"(?:\b\w+day['’]s|\bthis\s+week['’]s|\bthe\s+\w+['’]s?)\s+(?:[\w'’\".+-]+\s+){0,3}$", re.I)
_DURING_VISIT = re.compile(r"^\s*(?:during|on)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:trip|visit|tour|stay)\b", re.I)
_WHILE_IN = re.compile(r"^\s*while\s+in\s+", re.I)
_ENDS_DATE = re.compile(r"\s*(?:$|[,.;:)]|--|—|–|\b(?:and|in|at|when|as|to|with|under)\b)", re.I)
_SUBORDINATE = re.compile(r"^\W*(?:after|before|following|ahead of|as part of)\b", re.I)


def analyze_sentence(view: SentenceView, leader_names: list[Person]) -> list[Draft]:
    """The event mentions of one sentence, with arguments from their clauses."""
    text = view.text
    drafts = [d for d in find_triggers(text) if has_object(view, d)]
    drafts = _add_calls(text, drafts)
    drafts = _add_departures(text, drafts)
    if not drafts:
        return []
    drafts = _one_gathering(view, drafts)
    drafts = [d for i, d in enumerate(drafts) if not _restated(text, d, drafts[:i])]
    lex = lexicon()
    clauses = clause_spans(text)
    since = since_clauses(parse(text))
    said = attribution_spans(text)
    attribution = said + list(since)
    day_told = told_on(view, said)
    first_segment_end = text.find(",") if "," in text[:40] else -1
    past: list[Draft] = []
    hosting: list[int] = []  # gatherings where the talks named just before them are held
    trips: list[Draft] = []  # trips to a gathering called off by those who stay away from it
    for i, d in enumerate(drafts):
        c_start, c_end = next(((a, b) for a, b in clauses if a <= d.start < b), (0, len(text)))
        prev_end = max([o.end for o in drafts[:i] if o.end <= d.start and o.end > c_start] or [c_start])
        next_start = min([o.start for o in drafts[i + 1 :] if o.start < c_end] or [c_end])
        before = text[c_start : d.start]
        if re.search(r"\bsince\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w'’.-]+\s+){0,4}$", text[max(0, d.start - 40) : d.start], re.I) \
                or d.sense.pos == "verb" and any(a < d.start < b for a, b in since):
            hosts = [k for k in range(i) if not drafts[k].sideline]  # an earlier event: "their first meeting since
            d.past, d.host = True, hosts[-1] if hosts else None  # talks in Bali", "since Nehammer met Putin in April 2022"
        if d.sense.pos == "noun" and not d.past and lex.recalling.search(text, max(0, d.start - 40), d.start):
            d.past, d.host = True, None  # "Recalling their meeting in Bali, Indonesia, last year": an earlier one
            d.date = next((v for t in view.timexes if d.end <= t.start <= d.end + 40
                           and _PLACE_GAP.fullmatch(text, d.end, t.start) and (v := date_value(t))), None)
        frame = re.search(r"\bon\s+the\s+(?:sidelines?|margins?|occasion|eve)\s+of\s+(?:the\s+|a\s+)?(?:[\w()'’.—–-]+\s+){0,6}$", text[max(0, d.start - 90) : d.start], re.I)
        sideline = bool(frame) and not any(max(0, d.start - 90) + frame.start() < o.start < d.start for o in drafts[:i])
        # (not "on the sidelines of the summit Biden held talks": the summit is the gathering)
        verb = f" {d.trigger}" if d.sense.pos == "verb" else ""  # "met", "arrived in" carry their tense
        words = status_words(parse(text), d.start, d.end)  # the heads above the trigger say its status
        d.status, d.negated = status(words[0] + verb, words[1]) if words else (None, False)
        if d.status == "cancelled" and only_put_off(text, d.end):
            d.status = "postponed"  # "will not go ahead on those dates"
        if d.sense.pos == "noun" and (rel := relative_clause(parse(text), d.start, d.end)):
            d.status = next((n for n in ("cancelled", "postponed") if lex.status[n].search(rel)), d.status)
            # "a trip that now appears off the agenda", "talks that were later postponed"
        d.perfect = present_perfect(parse(text), d.start, d.end)
        d.past_plan = bool(lex.past_plan.search(text[max(c_start, prev_end, d.start - 50) : d.start]))
        if d.past_plan and _WOULD_HAVE.search(text, d.end):
            d.status = "cancelled"  # "had planned to fly to Tunis, which would have been his first trip": it did not happen
        if d.status is None and d.perfect:
            d.status = "held"  # "have agreed to": done by the report
        if d.status is None and d.kind == "agreement" and d.sense.pos == "verb" and simple_past(parse(text), d.start, d.end):
            d.status = "held"  # "agreed a new charter": an agreement told in the simple past was reached
        if d.status is None and d.trigger.lower() in lex.done_when_past and told_in_past(parse(text), d.start, d.end):
            d.status = "held"  # "confirmed his arrival in St. Petersburg": he has arrived
        if d.status is None and d.sense.pos == "noun" and d.name and subject_of_past_verb(parse(text), d.start, d.end):
            d.status = "held"  # "The US-Nordic Leaders' Summit then brought together Biden and ..."
        if d.status is None and words and re.match(r"(?:will|shall)\b", words[1]) and d.sense.pos == "noun" \
                and (will := re.search(r"\b(?:will|shall)\b(?!\s+(?:not|no\s+longer|never)\b)", text[d.end :])) \
                and not (lex.status["postponed"].search(text, d.end, d.end + will.start())
                         or lex.status["cancelled"].search(text, d.end, d.end + will.start())):
            d.status = "scheduled"  # "Erdogan's visit, which is expected to last a day, will be the occasion for"
        if d.status is None and d.sense.pos == "noun" and (passive := passive_status(parse(text), d.start, d.end)):
            d.status = passive  # "A meeting of A, B, C, D and E is planned, the office added"
        if d.status is None and after_in_past(parse(text), d.start, d.end):
            d.status = "held"  # "said on Tuesday, during a meeting with ...", "Following the talks, they signed"
        if d.status is None:  # the parse found no cue: the words around the trigger
            after = text[d.end : max(d.end + 40, next_start)]
            if next_start <= d.end + 40 and (comma := text.rfind(",", d.end, next_start)) >= 0:
                after = text[d.end : comma]  # "the summit in Japan, postponing planned visits": the next event's word
            elif _FRAME_OPENS.search(text, 0, d.start) and (comma := text.find(",", d.end)) >= 0:
                after = text[d.end : comma]  # "following a phone call with X, the tariffs would be delayed": not the call
            d.status, d.negated = status(text[prev_end : d.start] + verb, after)
            if d.status is None and prev_end > c_start:  # the clause's governing verb: "will travel to X for the meeting"
                d.status = status(text[c_start : d.start], "")[0]
        d.ongoing = bool(lex.ongoing.search(text, d.end, min(next_start, d.end + 60)))
        if d.sense.pos == "noun" and lex.ongoing_before.search(before[-40:]):  # "Mr. Blair's current visit"
            d.ongoing, d.status = True, d.status or "held"
        if d.past or d.status == "scheduled" and not d.past_plan and purpose_of_past_movement(parse(text), d.start, d.end) \
                and not _STILL_TO_BE_HELD.match(text, d.end):
            d.status = "held"  # ("arrived on Sunday to attend the summit, to be held on Monday": not yet)
        if d.kind in ("summit", "forum", "meeting") and d.sense.pos == "noun" and not d.name \
                and (named := _OF_NAME.match(text, d.end)) and not _titles(named.group(1)) \
                and not any(a.kind == "country" and a.start < named.end(1) <= a.end for a in view.actors):
            d.name = f"{named.group(1)} {d.kind}"  # "the third summit of the Forum for India-Pacific Islands Cooperation"
        own = text[max(prev_end, d.start - 60) : d.start]  # not "the" of the event named before ("the summit Biden held talks")
        d.anaphoric = d.sense.pos == "noun" and not d.name and bool(
            lex.anaphoric.search(own) or _DEFINITE_POSSESSIVE.search(own)
        ) and not _of_people(text, d.end)  # "Tuesday's meeting of South American presidents": one of its own
        d.next_in_series = d.anaphoric and bool(lex.series_next.search(" ".join(before.split()[-2:]))) \
            and not _PREPOSITION_FOLLOWING.search(before)  # "Following the meeting, they signed": after it
        d.joins = d.anaphoric and bool(lex.joining.search(own))
        d.previous = bool(lex.previous.search(before[-60:]))  # "the last BRICS summit"
        d.separate = d.sense.pos == "noun" and bool(_SEPARATE_BEFORE.search(before[-30:]) or _NEW_SLOT.match(text, d.end)
                                                    or _CONTINUE_BEFORE.search(before[-40:]) or _of_people(text, d.end)) \
            or d.sense.pos == "verb" and bool(_AGAIN.match(text, d.end))  # "would meet again in Ankara": the next one
        # "a separate meeting"; "holding the meeting at a later date": the slot that replaces the one put off
        d.indefinite = d.sense.pos == "noun" and not d.name and bool(_INDEFINITE_BEFORE.search(before[-40:]))
        if d.sense.pos == "noun" and (slot := _FORMER_SLOT.match(text, d.end) or (
                _ORIGINAL_BEFORE.search(before[-30:]) and _PLANNED_AFTER.match(text, d.end))):  # "The visit ... was originally
            d.former_slot = True  # planned for last July": that slot, put off
            d.status = "cancelled" if lex.status["cancelled"].search(text, slot.end()) else "postponed"
        if d.sense.pos == "noun" and lex.generic.search(before[-50:]):
            d.negated = True  # "KIDD is a regular defense meeting": a definition, not an event
        if d.sense.pos == "verb" and d.trigger.lower() in lex.standing_forms \
                and not re.search(r"\b(?:will|would|to)\s+$", text[max(0, d.start - 10) : d.start]):
            d.negated = True  # "Kinshasa accuses Kigali of backing the rebels": a standing charge, no statement
        if d.kind == "call" and lex.remote_part.search(text[max(0, d.start - 60) : d.start]):
            d.negated = True  # "expected to join by video link": taking part in the gathering from afar
        if lex.question.search(text, c_start, d.start):
            d.negated = True  # "Asked whether she would travel to Washington, ...": a question put to her
        if d.sense.pos == "verb" and _NO_SUBJECT.match(text[c_start : d.start]):
            d.negated = True  # "No Greenlandic or Danish officials met the delegation": nobody did
        if d.sense.pos == "verb" and lex.iterative.search(text, d.end, min(next_start, d.end + 60)):
            d.negated = True  # "has met him several times": many events, none of them told
        if d.kind == "visit" and lex.private_trip.match(text, d.end):
            d.negated = True  # "left for London on a private visit": no state's business
        if d.sense.pos == "verb" and d.kind == "meeting" and object_is_public(parse(text), d.start, d.end):
            d.negated = True  # "toured Emory University and met executives of Coca-Cola": no state's talks
        if d.sense.pos == "verb" and d.kind == "visit" and subject_is_public(parse(text), d.start, d.end):
            d.negated = True  # "easier for skilled workers to come to Germany": people at large, no state visit
        if re.search(r"\b(?:one-on-one|bilateral)\s+(?:[\w-]+\s+)?$", text[max(c_start, d.start - 30) : d.start], re.I):
            d.format = "bilateral"
        if d.kind in ("summit", "forum") and not d.name:
            words = modifier_name(before)
            if words and _only_states(view, d.start - len(before) + before.rfind(words), d.start):
                words = None  # "a Japan-China summit" names its parties, not a series
            d.name = f"{words} {d.trigger.lower()}" if words else None
        # Object region: from the trigger to the next trigger, cut at the first topic word.
        timex_starts = {t.start for t in view.timexes}
        topics = [m for m in lex.topic_words.finditer(text, c_start, next_start)
                  if not any(0 < ts - m.end() <= 5 for ts in timex_starts)
                  and not (m.start() - d.end <= 1 and d.trigger.lower().endswith("call"))]  # "call on the president"
        obj_end = next((m.start() for m in topics if m.start() >= d.end), next_start)
        if (colon := _COLON_CLAUSE.search(text, d.end, obj_end)) is not None:
            obj_end = colon.start()  # "agreed on the next venues: Moldova will host in 2023": a clause of its own
        if (stop := _AND_THEN_PLACE.search(text, d.end, obj_end)) is not None:
            obj_end = stop.start()  # "where he met X, and in Uganda on Tuesday": the next stop, no party
        if (coordinated := coordinated_predicate_start(parse(text), d.start, d.end)) is not None and d.end < coordinated:
            obj_end = min(obj_end, coordinated)  # "met X in Suva and is due in Samoa": Samoa is no party of the meeting
        if d.sense.pos == "noun" and (predicate := subject_predicate_start(parse(text), d.start, d.end)) is not None:
            obj_end = min(obj_end, predicate)  # "Talks are expected to cover Libya and Sudan": topics, not parties
        subj_topic = [m.end() for m in topics if m.end() <= d.start]
        window = text[max(c_start, prev_end, d.start - 60) : min(obj_end, d.end + 50)]
        for fmt, pattern in lex.formats.items():
            if pattern.search(window) and d.kind in ("meeting", "summit", "forum"):
                d.format = d.format or fmt
        d.ordinal = ordinal(text, d, c_start)
        parties(view, d, c_start, obj_end, attribution, subj_topic, leader_names)
        if len(d.participants) >= 2 and not d.past:
            view.last_people = list(d.participants)  # "A and B held a meeting at which they signed ...": A and B
        if not roles_fit(d.format, d.participants):
            d.format = None  # "Macron and Scholz, with their cabinets, ... ministerial council": not ministers only
        if d.format == "leaders'" and d.status in ("scheduled", "proposed") and d.participants \
                and not any(p.role is None or is_leader(p.role) for p in d.participants):
            d.participants = []  # "The foreign ministers agreed to speed up preparations for a leaders' meeting"
        _drop_others_guests(view, d, drafts[:i], c_start)
        if d.kind == "visit" and d.sense.pos == "verb" and any(
                a.kind == "person" and a.person and a.start > d.end and _VISITED_PERSON.fullmatch(text, d.end, a.start)
                for a in view.actors):
            d.kind, d.sense = "meeting", lexicon().senses["met"]  # "visited Trump at Mar-a-Lago": met him there
        _add_relative_subject(view, d)  # the parse tells whether the trigger is a verb
        _add_companions(view, d)
        _add_cut_off_subject(view, d, c_start)
        if d.kind in ("call", "meeting") and not d.past:
            _add_unsaid_party(view, d)
        if d.anaphoric and d.kind == "meeting" and hosted(parse(text), d.start, d.end):
            d.participants, d.own_countries, d.groups = [], [], []  # "thanked X for hosting the meeting": X is no party
        if sideline:  # the host gathering of a side meeting: its parties are not the meeting's
            d.participants, d.own_countries, d.groups, d.sideline = [], [], [], True
        name_by_organization(view, d, c_start, c_end)
        if not sideline and _hosts_talks(text, drafts[:i], d):  # "talks with Xi at the APEC meeting in Bangkok"
            d.participants, d.own_countries, d.groups, d.sideline = [], [], [], True
            hosting.append(i)
        locate(view, d, c_start, next_start, attribution)
        if d.kind == "visit" and d.sense.pos == "verb" and d.location is None \
                and (which := _WHICH_BEFORE.search(text, max(0, d.start - 40), d.start)):
            d.location = _place_ending(view, which.start())  # "rapprochement with Algeria, which he visited in 2022"
        _host_of_the_place(d)
        attach_date(view, d, i, drafts, c_start, c_end, attribution, first_segment_end)
        d.told_on = day_told
        if (trip := _stays_away(view, d, c_start, attribution)) is not None:
            trips.append(trip)
        if d.status == "proposed" and d.date and _reported_will(text, d, c_start):
            d.status = "scheduled"  # "said Petro would visit Caracas next week": "will", reported
        if d.past and (span := next(((a, b) for a, b in since if a <= d.start < b), None)):
            _within_since(view, d, span)
        if _SUBORDINATE.match(text[c_start : c_start + 20]) and c_start > 0:
            d.relation = "after" if re.match(r"^\W*(?:after|following)", text[c_start:], re.I) else "before"
            if not d.participants:
                first = next((o for o in drafts if o.start < clauses[0][1] and o is not d), None)
                d.participants = list(first.participants) if first else persons_in(view, 0, clauses[0][1], attribution)
        elif c_start == 0 and len(clauses) > 1 and lead(text) and d.end <= clauses[0][1] and not d.participants:
            # "Following their talks, A and B announced ...": the main clause's subject met
            d.participants = persons_in(view, clauses[0][1], subject_end(parse(text), clauses[0][1]), attribution)
        d.during_visit = d.kind != "visit" and bool(_DURING_VISIT.match(text) or _DURING_VISIT.match(text, next_start) or re.match(
            r"[^,;]*?\b(?:during|on)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:trip|visit|tour|stay)\b", text[d.end : c_end], re.I))
        if _DURING_VISIT.match(text) and (comma := text.find(",")) > 0 and d.start > comma:
            # "During the two-day stay in Buenos Aires, Lula will meet X and sign agreements": there
            d.location = d.location or next((Location(p, c) for a, _, p, c in view.places if a < comma), None)
        if m := _WHILE_IN.match(text):
            d.while_in = text[m.end() : m.end() + 30]
            d.location = next((Location(p, c) for a, _, p, c in view.places if a < text.find(",")), d.location)
        past.extend(_past_references(view, d, i, c_end))
    moves = [_goes_to_venue(view, d) for d in drafts]
    for a, b, move in zip(drafts, drafts[1:], moves):
        if move:  # "Then he went to the Pink House to hold a meeting": the meeting goes on from there
            b.follows_on = b.follows_on or a.follows_on
            b.date = b.date or a.date
    drafts = [d for d, move in zip(drafts, moves) if not move]
    _share_dates(text, drafts, clauses, view)
    _share_coordinated_day(text, drafts)
    _share_parties(drafts, clauses, view, attribution)
    for a, b in zip(drafts, drafts[1:]):  # "..., where he held talks with Lula after attending the summit": he
        if not b.participants and a.participants and b.kind in ("summit", "forum", "meeting") \
                and _AFTER_ATTENDING.search(text, a.end, b.start):
            b.participants = a.participants[:1]
    for i in hosting:  # talks held at a gathering are held where it is
        drafts[i - 1].location = drafts[i - 1].location or drafts[i].location
    for d in drafts:  # those who met on the sidelines of a gathering attended it
        if d.sideline:
            for o in drafts:
                if not o.sideline and o.kind in ("meeting", "call") and o.status == "held" and not o.past:
                    d.participants.extend(p for p in o.participants if p not in d.participants)
    for a, b in zip(drafts, drafts[1:]):  # "visit Japan next week for a 2+2 meeting": held where the visit goes
        if a.kind == "visit" and b.kind != "visit" \
                and re.search(r"\bfor\s+(?:[\w'’-]+\s+){0,4}$", text[a.end : b.start]) and not re.search(r"[,;“”\"]", text[a.end : b.start]) \
                and not re.search(r"\b(?:after|before|following|ahead\s+of)\s+(?:[\w'’-]+\s+){0,3}$", text[a.end : b.start], re.I):
            b.location = b.location or a.location
            b.date = b.date or a.date
            if a.status == "held" and b.status == "held" and not b.past:
                b.status = "scheduled"  # "arrived in Kyiv on Friday for talks": the purpose comes after the arrival
    drafts = sorted(drafts + trips, key=lambda d: d.start)
    drafts = [part for d in drafts for part in _split_call(view, d)]
    drafts = [part for d in drafts for part in _split_separate(view, d)]
    drafts = [part for d in drafts for part in _split_hosts(view, d)]
    drafts = [part for d in drafts for part in _split_itinerary(view, d, drafts, attribution)]
    drafts = [part for d in drafts for part in _split_hosts_at_home(view, d)]
    drafts = [part for d in drafts for part in _split_guests(view, d)]  # the legs of an itinerary first
    drafts = [part for d in drafts for part in _split_destinations(view, d)]
    drafts = _meet_at_stops(view, drafts)
    drafts = [d for d in drafts if not _purpose_of_meeting(view.text, d, drafts)]
    drafts = [d for d in drafts if not _hosts_without_guest(view, d)]
    drafts = [d for d in drafts if not _whole_tour(d, drafts)]
    _next_leg_day(view, drafts)
    _agreements_in_talks(drafts)
    _fronted_place(view, drafts)
    _hosts_take_part(view, drafts)
    _called_off_after(view, drafts)
    if any(_DENIED.search(view.text, max(0, d.start - 30), d.start) for d in drafts if d.negated and d.kind == "meeting"):
        # "received X at the entrance ...; there was no bilateral meeting between the two": a greeting, no talks
        drafts = [d for d in drafts if d.negated or d.kind not in ("meeting", "call")]
    return [d for d in drafts if not d.negated] + past


_THEN_LEG = re.compile(r"[^.;]*?\bthen\s+$", re.I)


def _next_leg_day(view: SentenceView, drafts: list[Draft]) -> None:
    """"will fly to Israel on Wednesday, and will then go on to Jordan": a leg told with "then" and
    no day of its own follows on the day of the leg before (unless that leg lasts days: "a two-day
    visit to A starting on Tuesday and then go on to B")."""
    for a, b in zip(drafts, drafts[1:]):
        if a.kind == b.kind == "visit" and b.date is None and a.date and len(a.date) == 10 and not b.past \
                and _THEN_LEG.fullmatch(view.text, a.end, b.start) and not _lasts_days(view, a):
            b.date = a.date


def _lasts_days(view: SentenceView, d: Draft) -> bool:
    """Whether a length of two days or more stands right before the event's noun ("a two-day visit")."""
    return (length_before(view, d) or 0) >= 2


def _whole_tour(d: Draft, drafts: list[Draft]) -> bool:
    """A trip noun after the legs the sentence has told ("will visit A and then go on to B, a trip
    that sends him to two old partners"): the tour they make, no visit of its own."""
    legs = {o.location.country for o in drafts if o.kind == "visit" and o.location and o.start < d.start and not o.past}
    return d.kind == "visit" and d.sense.pos == "noun" and d.location is None and not d.past and len(legs) >= 2


_WOULD_HAVE = re.compile(r"\bwould\s+have\s+(?:been|marked|made|become|seen)\b", re.I)


_FRONTED_IN = re.compile(r"\s*(?:In|At)\s+$")


def _fronted_place(view: SentenceView, drafts: list[Draft]) -> None:
    """"In Beijing, she will call on Xi and hold talks with Li, followed by the signing of ...": a
    town set before the sentence's first comma is where each of its events without a place is."""
    first = next(((st, en, p, c) for st, en, p, c in view.places if p and _FRONTED_IN.fullmatch(view.text, 0, st)), None)
    if first is None or not view.text.startswith(",", first[1]) or any(d.start < first[1] for d in drafts):
        return
    for d in drafts:
        if d.location is None and not d.past and not d.sideline and d.kind in ("meeting", "agreement", "call"):
            d.location = Location(first[2], first[3])


_BUT_IT = re.compile(r",?\s+but\s+(?:(?:later|then|eventually|ultimately|has|had|have)\s+){0,2}(?P<verb>[\w ]+?)\s+(?:it|them)(?P<off>\s+off)?\b", re.I)


def _called_off_after(view: SentenceView, drafts: list[Draft]) -> None:
    """"Biden had been due to make a stop in Port Moresby, but cancelled it": the plan told
    before "but" is called off (or put off)."""
    st = lexicon().status
    for k, d in enumerate(drafts):
        if d.past or d.status not in ("scheduled", "proposed", None):
            continue
        nxt = drafts[k + 1] if k + 1 < len(drafts) else None
        if not (m := _BUT_IT.search(view.text, d.end, nxt.start if nxt else len(view.text))):
            continue
        verb = m.group("verb") + (" off" if m.group("off") else "")  # "called it off", "put it off"
        name = next((n for n in ("cancelled", "postponed") if st[n].fullmatch(verb)), None)
        if name is None:
            continue
        d.status = name


def _hosts_take_part(view: SentenceView, drafts: list[Draft]) -> None:
    """"A and B met in Munich, with Chancellor X hosting the meeting", "a meeting of the two
    ministers in Berlin, hosted by Foreign Minister X": the host takes part in the meeting
    told last before the clause."""
    for m in lexicon().host_clause.finditer(view.text):
        span = m.span("who") if m.group("who") else m.span("by")
        hosts = [a.person for a in view.actors if a.kind == "person" and a.person and span[0] <= a.start < span[1]]
        target = next((d for d in reversed(drafts) if d.end <= m.start() and not d.sideline), None)
        if not hosts or target is None or target.kind != "meeting" or target.past:
            continue
        for p in hosts:
            if p not in target.participants:
                target.participants.append(p)
            if p.country and p.country not in target.own_countries and target.own_countries:
                target.own_countries.append(p.country)


def _host_of_the_place(d: Draft) -> None:
    """"In Georgetown, the Secretary will meet with President Mohamed Irfaan Ali": a leader whose
    state nothing tells, met in a foreign town by a visitor of a state the text does give, is
    the leader of the state the town is in."""
    where = d.location.country if d.kind == "meeting" and d.location and not d.past else None
    unknown = [p for p in d.participants if p.country is None and is_leader(p.role)]
    if not where or len(unknown) != 1 or any(p.country == where for p in d.participants) \
            or not any(p.country for p in d.participants):
        return
    d.participants = [replace(p, country=where) if p is unknown[0] else p for p in d.participants]


def _stays_away(view: SentenceView, d: Draft, c_start: int, attribution: list[tuple[int, int]]) -> Draft | None:
    """"Lee has decided not to attend the NATO summit in The Hague": the gathering goes on
    without him (its draft loses the negation and him), and his trip there is called off
    (returned, when the gathering has a place)."""
    if d.kind not in ("summit", "forum", "meeting") or d.sense.pos != "noun" and not d.name:
        return None
    cue = lexicon().staying_away.search(view.text, c_start, d.start)
    if cue is None:
        return None
    absent = persons_in(view, c_start, cue.start(), attribution)
    if not absent:
        return None
    past = cue.group().lower().startswith(tuple(lexicon().stayed_away))
    d.negated, d.status = False, "held" if past else None  # ("skipped the summit": it went on without him)
    d.participants = [p for p in d.participants if p not in absent]
    d.own_countries = [c for c in d.own_countries if c not in {p.country for p in absent}]
    if d.location is None or not d.location.country or past:
        return None  # "Modi skipped the summit in July": he was not there, no trip was called off
    states = list(dict.fromkeys([p.country for p in absent if p.country] + [d.location.country]))
    return replace(d, start=d.start + 1, kind="visit", sense=lexicon().senses["visit"], name=None, format=None,
                   participants=list(absent), own_countries=states, groups=[], status="cancelled", sideline=False)


def _agreements_in_talks(drafts: list[Draft]) -> None:
    """"After a call with Sheinbaum, the U.S. agreed to pause tariffs": an agreement short of
    parties was reached between the parties of the talks the sentence names, on their day."""
    talks = [d for d in drafts if d.kind in ("call", "meeting", "summit") and not d.past and not d.negated]
    for d in drafts:
        mine = _states(d)
        if d.kind != "agreement" or len(mine) >= 2:
            continue
        host = next((t for t in talks if mine <= _states(t) and len(_states(t)) >= 2), None)
        if host:
            d.participants = [p for p in host.participants if p not in d.participants] + d.participants
            d.own_countries = list(dict.fromkeys(host.own_countries + d.own_countries))
            d.date = d.date or host.date


def _states(d: Draft) -> set[str]:
    """The states a draft names: its own and its participants'."""
    return set(d.own_countries) | {p.country for p in d.participants if p.country}


_OF_PEOPLE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?([a-z]+(?:\s+(?:of\s+state|of\s+government|ministers))?)\b")


def _of_people(text: str, end: int) -> bool:
    """Whether an event noun is followed by the people it gathers ("meeting of South American
    presidents", "a summit of the bloc's leaders"): it names its own participants."""
    m = _OF_PEOPLE.match(text, end)
    return bool(m) and (m.group(1) in actors_lexicon().plural_titles or m.group(1).startswith("heads of"))


def _titles(words: str) -> bool:
    """Whether capitalised words hold a title ("of the Foreign Ministers"): people, not a body."""
    titles = actors_lexicon().titles
    return any(w.lower() in titles or w.lower().rstrip("s") in titles for w in words.split())


def _only_states(view: SentenceView, start: int, end: int) -> bool:
    """Whether the words at start..end name nothing but states ("Japan-China", "US-Russia")."""
    rest = view.text[start:end]
    for a in sorted((a for a in view.actors if a.kind == "country" and start <= a.start < end), key=lambda a: -a.start):
        rest = rest[: a.start - start] + rest[a.end - start :]
    return not re.sub(r"[\s\-–/]+", "", rest)


def _one_gathering(view: SentenceView, drafts: list[Draft]) -> list[Draft]:
    """"They met ... at a high-stakes summit", "the summit that X was to host": the meeting is the summit (one event). Not
    a gathering named after a grouping ("held talks at the APEC meeting"): talks there are
    a side meeting of their own."""
    text = view.text
    orgs = [a for a in view.actors if a.kind == "organization"]
    verbs = [d for d in drafts if d.sense.pos == "verb" and d.kind == "meeting"]
    nouns = [d for d in drafts if d.sense.pos == "noun" and d.kind in ("meeting", "summit", "forum")
             and not any(a.end <= d.start and len(text[a.end : d.start].split()) <= 2 or d.start <= a.start < d.end
                         for a in orgs if a.start >= d.start - 40)]
    if not (verbs and nouns):
        return drafts
    doc = parse(text)
    merged = {id(v) for v in verbs if any(held_at(doc, (v.start, v.end), (n.start, n.end))
                                          or plans_noun(doc, (v.start, v.end), (n.start, n.end)) for n in nouns)}
    return [d for d in drafts if id(d) not in merged]


def may_report_call(text: str) -> bool:
    """Whether the parse may find a call no trigger word names."""
    return bool(lexicon().call_cues.search(text))


def _add_calls(text: str, drafts: list[Draft]) -> list[Draft]:
    """Calls read from the parse where no trigger word names them ("spoke with A by phone")."""
    if not may_report_call(text):
        return drafts
    sense = lexicon().senses["spoke by phone"]
    spans = call_triggers(parse(text))
    for d in drafts:  # "discussed Ukraine with Erdogan by phone": talks held by phone are a call
        if d.kind == "meeting" and d.sense.pos == "verb" and any(a <= d.start < b for a, b in spans):
            d.kind, d.sense = "call", sense
    added = [Draft(a, b, text[a:b], sense, "call") for a, b in spans
             if not any(d.start <= a < d.end or a <= d.start < b for d in drafts)]
    return sorted(drafts + added, key=lambda d: d.start) if added else drafts


def _add_departures(text: str, drafts: list[Draft]) -> list[Draft]:
    """Trips the trigger words miss, read from the tree: "will leave China on Saturday for the
    United Arab Emirates" (a verb of leaving with a "for" that names where to)."""
    if not _LEAVE_FOR.search(text):
        return drafts
    sense = lexicon().senses["depart for"]
    added = [Draft(a, b, text[a:b], sense, "visit") for a, b in departures(parse(text))
             if not any(d.start <= a < d.end or a <= d.start < b for d in drafts)]
    return sorted(drafts + added, key=lambda d: d.start) if added else drafts


_LEAVE_FOR = re.compile(r"\b(?:leav|left|depart)\w*\b[^.;]*\bfor\s+(?:the\s+)?[A-Z]")


def _actor_at(view: SentenceView, start: int, end: int):
    """The actor a phrase names, a person before the country of a title ("Vietnamese Prime Minister X")."""
    found = [a for a in view.actors if a.kind in ("person", "country", "group") and a.start < end and start < a.end]
    return next((a for a in found if a.kind == "person"), found[0] if found else None)


_NEW_SLOT = re.compile(r"\s+(?:at|on|for)\s+(?:a\s+)?(?:later|new|another|different|future)\s+(?:date|time)\b", re.I)
_COLON_CLAUSE = re.compile(r":\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:will|would|shall|is|are|was|were|has|have|had)\b")
_AND_THEN_PLACE = re.compile(r",\s+and\s+(?:then\s+|later\s+)?(?:in|at)\s+(?=[A-Z])")
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _drop_others_guests(view: SentenceView, d: Draft, before: list[Draft], c_start: int) -> None:
    """"talks with Xi and an annual meeting with Li": who is named "with" an event noun told just
    before, in the same clause, met at that event, not at this one; nor is he a traveller of
    the trip the clause goes on to ("for talks with the Amir, and ending the trip in Abu Dhabi")."""
    if d.sense.pos != "noun" or not (_WITH_AFTER.match(view.text, d.end) or d.kind == "visit"):
        return
    spans = [(o.end, d.start) for o in before
             if o.sense.pos == "noun" and c_start <= o.start and _WITH_AFTER.match(view.text, o.end)]
    guests = {x.person.name for x in view.actors if x.kind == "person" and x.person
              and any(lo <= x.start < hi for lo, hi in spans)}
    if d.kind == "visit":  # (not the one the trip's own words name: "talks with visiting X ..., the first visit by X")
        guests -= {x.person.name for x in view.actors if x.kind == "person" and x.person and x.start >= d.start}
    d.participants = [p for p in d.participants if p.name not in guests]


_WITH_AFTER = re.compile(r"\s+with\b", re.I)


def _add_companions(view: SentenceView, d: Draft) -> None:
    """Those a traveller goes with take part in the visit ("arrived in London on Tuesday, accompanied
    by his wife Sheikha Jawaher and Foreign Minister X")."""
    if d.kind != "visit" or d.past:
        return
    for m in _COMPANIONS.finditer(view.text, d.end):
        end = _COMPANIONS_END.search(view.text, m.end())
        stop = end.start() if end else len(view.text)
        d.participants += [a.person for a in view.actors if a.kind == "person" and a.person and named_in(a)
                           and m.end() <= a.start < stop and a.person not in d.participants]


def named_in(a) -> bool:
    """Whether an actor mention names its person ("Kemi Badenoch"), not only an office ("the secretary of state")."""
    return a.person.name.split()[-1].lower() in a.text.lower()


_COMPANIONS = re.compile(r"\b(?:accompanied|joined)\s+by\b", re.I)
_COMPANIONS_END = re.compile(r"[;.]|,\s+(?:who|which|where|when|as|before|after|and\s+(?:will|would|is|was|has|had))\b")


def _add_cut_off_subject(view: SentenceView, d: Draft, c_start: int) -> None:
    """"Wang, who is also a state councillor, would visit Samoa": the subject before a
    clause set in the middle is still the verb's (even inside what reads as a speaker's
    clause, "said on Tuesday that Ruto, ...": the parse tells whose verb it is)."""
    for start, end in verb_subject(parse(view.text), d.start, d.end):
        person = next((a.person for a in view.actors if a.kind == "person" and a.person and start <= a.start < end), None)
        if start < c_start and person is not None and person not in d.participants:
            d.participants.insert(0, person)
        state = next((a.code for a in view.actors if a.kind == "country" and a.code and start <= a.start < end), None)
        if start < c_start and person is None and state and d.kind == "agreement" and state not in d.own_countries:
            d.own_countries.insert(0, state)  # "Turkey, which has deep ties with both, signed an agreement with Somalia"


def _add_relative_subject(view: SentenceView, d: Draft) -> None:
    """"Gerapetritis and his Turkish counterpart Fidan, who met in Ankara": the names the
    relative pronoun stands for are the ones who met."""
    for start, end in reversed(relative_subject(parse(view.text), d.start, d.end)):
        actor = _actor_at(view, start, end)
        if actor is None:
            continue
        if actor.kind == "person" and actor.person and actor.person not in d.participants:
            d.participants.insert(0, actor.person)
        elif actor.kind == "country" and actor.code and actor.code not in d.own_countries:
            d.own_countries.insert(0, actor.code)


def _add_unsaid_party(view: SentenceView, d: Draft) -> None:
    """"Trudeau says tariffs are paused after a call with Trump": the one who speaks of a call
    or talks with someone took part in them (the subject, or the possessor of the subject)."""
    credits = attribution_spans(view.text)
    for start, end in other_party(parse(view.text), d.start, d.end):
        if re.fullmatch(r"(?:he|she)", view.text[start:end], re.I):
            earlier = [a.person for a in view.actors if a.kind == "person" and a.person and a.end <= start]
            person = earlier[-1] if earlier else view.last_person
            if not earlier and (ahead := fronted_clause_subject(parse(view.text), start, end)):
                person = next((a.person for a in view.actors if a.kind == "person" and a.person
                               and ahead[0] <= a.start < ahead[1]), person)  # "Speaking ..., where he held talks, Erdogan said"
            if person and person not in d.participants:
                d.participants.insert(0, person)
            return
        actor = _actor_at(view, start, end)
        if actor is None:
            continue
        if actor.kind != "person" and inside(start, credits):
            return  # "..., the Times of Israel reported": the outlet that reports it is no party
        if actor.person in d.participants or actor.code in d.own_countries:
            if (actor.person.country if actor.person else actor.code) in _with_side(view, d):
                continue  # "the U.S. agreed after a call with Trump": the other side; look further up
            return  # the clause names its own party
        if actor.kind == "person" and actor.person:
            if actor.person not in d.participants:
                d.participants.insert(0, actor.person)
        elif actor.kind == "country" and actor.code and actor.code not in d.own_countries:
            d.own_countries.insert(0, actor.code)
        return


_HOSTED = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+hosted$", re.I)


_WITH_WHOM = re.compile(r"\bwith\s+whom\s+(?:[\w-]+\s+){0,3}$", re.I)


def _restated(text: str, d: Draft, before: list[Draft]) -> bool:
    """"talks with Sisi, with whom he discussed human rights": the talks told before, not new ones."""
    return bool(_WITH_WHOM.search(text, max(0, d.start - 40), d.start)) \
        and any(o.kind in ("meeting", "call") for o in before)


def _hosts_without_guest(view: SentenceView, d: Draft) -> bool:
    """"The King will be hosted by President A and President B": hosts named after "by" with
    no guest the text names before them make no meeting (A and B do not meet each other)."""
    if not (_HOSTED.search(view.text[: d.end]) and re.match(r"\s+by\s", view.text[d.end :])):
        return False
    return not any(a.kind in ("person", "country", "group") and a.start < d.start for a in view.actors)


def _hosts_talks(text: str, before: list[Draft], d: Draft) -> bool:
    """Whether a grouping's named gathering is where talks just named are held ("will hold
    talks with Xi on Thursday at the APEC meeting"): its attendees are not those of the talks."""
    if not (d.name and before and d.kind in ("meeting", "summit", "forum")):
        return False
    talks = before[-1]
    return talks.kind in ("meeting", "call") and not talks.name and bool(
        re.search(r"\b(?:at|during)\s+(?:the\s+|a\s+)?(?:[\w()'’.-]+\s+){0,7}$", text[talks.end : d.start])) \
        and not re.search(r"[,;]", text[talks.end : d.start])


def _with_side(view: SentenceView, d: Draft) -> set[str]:
    """The countries of the people named after "with" the trigger."""
    m = re.match(r"\s+with\s+", view.text[d.end :])
    if not m:
        return set()
    start = d.end + m.end()
    first = next((a for a in sorted(view.actors, key=lambda a: a.start) if a.start >= start), None)
    if first is None or first.start - start > 40:
        return set()
    return {first.person.country if first.person else first.code} - {None}


def _split_call(view: SentenceView, d: Draft) -> list[Draft]:
    """A call is between two parties: "spoke with A and B by phone" is two calls."""
    if d.kind != "call" or d.past:
        return [d]
    by_country: dict[str, list[Person]] = {}
    for p in d.participants:
        if p.country:
            by_country.setdefault(p.country, []).append(p)
    if len(by_country) < 3:
        return [d]
    caller = list(by_country)[0]
    parts = [replace(d, participants=by_country[caller] + people, own_countries=[caller, country], groups=[])
             for country, people in list(by_country.items())[1:]]
    for part, day in zip(parts, _days_of_callees(view, d, [people for people in list(by_country.values())[1:]])):
        part.date = day or part.date
    return parts


def _days_of_callees(view: SentenceView, d: Draft, callees: list[list[Person]]) -> list[str | None]:
    """"held phone talks with A on June 9 and with B the following day": each callee's own day,
    the one named between it and the next callee (or the clause's end), when every callee
    after the trigger has one."""
    firsts = [min((a.start for a in view.actors if a.kind == "person" and a.person in people and a.start > d.end),
                  default=None) for people in callees]
    if None in firsts or firsts != sorted(firsts):
        return [None] * len(callees)
    bounds = firsts + [len(view.text)]
    days = []
    for a, b in zip(bounds, bounds[1:]):
        b = min(b, *(k for k in (view.text.find(",", a), view.text.find(";", a)) if k >= 0), len(view.text))
        found = {v for t in view.timexes if a <= t.start < b and (v := date_value(t)) and not is_since_date(view.text, t)}
        days.append(next(iter(found)) if len(found) == 1 else None)
    return days if all(days) and len(set(days)) == len(days) else [None] * len(callees)


_FORMER_SLOT = re.compile(r"[^.;]*?\b(?:(?:was|were|had\s+been)\s+(?:originally|initially|first)|had\s+(?:originally|initially|first)\s+been)\s+"
                          r"(?:planned|scheduled|set|slated|due|pencill?ed\s+in|earmarked)\b", re.I)  # "had initially been pencilled in for"
# "Macron's original trip had been scheduled for July": the slot given up
_ORIGINAL_BEFORE = re.compile(r"\b(?:original|initial|originally\s+planned|initially\s+planned)\s+(?:[\w-]+\s+)?$", re.I)
_PLANNED_AFTER = re.compile(r"[^.;]*?\b(?:was|were|had\s+been)\s+(?:planned|scheduled|set|slated|due|pencill?ed\s+in|earmarked)\b", re.I)
_AGAIN = re.compile(r"\s+(?:\w+\s+)?again\b", re.I)
_PREPOSITION_FOLLOWING = re.compile(r"\bfollowing\s+(?:the|a|an|their|his|her|its|this|that)\s+$", re.I)
# "... in Bali, Indonesia, last year": only a place between an event word and its time
_PLACE_GAP = re.compile(r"(?:\s*,?\s*(?:in|at|the|[A-Z][\w.'’-]*))*\s*,?\s*")
# "summit of the Forum for India-Pacific Islands Cooperation": a gathering of a body named in capitals
_OF_NAME = re.compile(r"\s+of\s+the\s+([A-Z][\w'’-]*(?:\s+(?:(?:for|of|and|on|the|&)\s+)?[A-Z][\w'’-]*)+)")
_DENIED = re.compile(r"\b(?:there\s+(?:was|were|will\s+be|would\s+be)\s+no|held\s+no|had\s+no)\s+(?:[\w-]+\s+){0,2}$", re.I)
_NO_SUBJECT = re.compile(r"\s*(?:[\"“]\s*)?(?:No|Neither|None\s+of)\s+(?:[\w'’-]+\s+){0,6}$")  # the clause opens with it
_SEPARATE_BEFORE = re.compile(r"\bseparate\s+(?:[\w-]+\s+)?$", re.I)
_A_SEPARATE = re.compile(r"\ba\s+separate\s+(?:[\w-]+\s+)?$", re.I)  # "a separate meeting": one, apart from another
# "invited him to continue the talks in Copenhagen later this month": another round, not the talks just told
_CONTINUE_BEFORE = re.compile(r"\b(?:to|will|would|shall)\s+continue\s+(?:the|their|these|those|our)\s+(?:[\w-]+\s+)?$", re.I)
_SEPARATELY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,8}?separately\b", re.I)


def _goes_to_venue(view: SentenceView, d: Draft) -> bool:
    """"Then he went to the Casa Rosada": a move to a building within a town, no visit."""
    senses = lexicon().senses
    if d.sense is senses["went to"] and not d.location:
        return True  # "went to the presidential villa": somewhere in town
    if not (d.sense is senses["travel to"] or d.sense is senses["went to"]) or not d.location:
        return False  # a verb of movement ("went to", "headed to"), not "visit"
    named = next((view.text[a:b] for a, b, p, _ in view.places if a >= d.end and p == d.location.place), None)
    venue = gazetteer_place(named) if named else None
    return bool(venue and venue.within)


def _split_separate(view: SentenceView, d: Draft) -> list[Draft]:
    """"A and B will meet separately with C", "C met separately with A and B", "separate
    meetings with the delegation": one meeting of the side named once with each state of the
    side named several times."""
    text = view.text
    before = text[max(0, d.start - 30) : d.start]
    if d.kind not in ("meeting", "call") or not (_SEPARATE_BEFORE.search(before) and not _A_SEPARATE.search(before)
                                                 or _SEPARATELY_AFTER.match(text, d.end)):
        return [d]
    first: dict[str, int] = {}  # each state's first mention in the sentence: by its person who takes part, else by name
    named: dict[str, int] = {}  # ("Lula, a guest of Japan, held separate talks with Modi and Kishida": Japan is Kishida's side)
    for a in view.actors:
        if a.kind == "person" and a.person and a.person.country and a.person in d.participants:
            first.setdefault(a.person.country, a.start)
        elif a.kind == "country" and a.code and not any(p[0] == a.start for p in view.places):
            named.setdefault(a.code, a.start)
    for code, start in named.items():
        first.setdefault(code, start)
    states = list(dict.fromkeys(d.own_countries + [p.country for p in d.participants if p.country]))
    before = [c for c in states if first.get(c, 0) < d.start]  # one not named here is "he", "she" or "they"
    after = [c for c in states if c not in before]
    common, others = (before, after) if len(before) == 1 else (after, before)
    if len(common) != 1 or len(others) < 2:  # "separate meetings with the delegation": its people are the common side
        common = list(dict.fromkeys(p.country for p in d.participants if p.country))
        others = [c for c in d.own_countries if c not in common]
    if not common or len(others) < 2:
        return _split_separate_people(view, d)
    return [replace(d, own_countries=[*common, c], participants=[p for p in d.participants if p.country in (*common, c)],
                    groups=[]) for c in others]


def _split_separate_people(view: SentenceView, d: Draft) -> list[Draft]:
    """"Premier A and B met with C separately": one meeting of C with each of the people named
    together on the other side, where they are of one state."""
    at = {}
    for a in view.actors:
        if a.kind == "person" and a.person in d.participants:
            at.setdefault(a.person.name, a.start)
    before = [p for p in d.participants if at.get(p.name, 0) < d.start]
    after = [p for p in d.participants if p not in before]
    many, one = (before, after) if len(before) >= 2 and len(after) == 1 else (after, before)
    if len(many) < 2 or len(one) != 1 or len({p.country for p in many} - {None}) > 1:
        return [d]
    return [replace(d, participants=[one[0], p], groups=[]) for p in many]


def _split_hosts(view: SentenceView, d: Draft) -> list[Draft]:
    """"Biden is set to meet President A, Prime Minister B and Chairman C": a visitor received
    by several leaders of one state, named one by one after the verb, has a meeting with each.
    Not "talks with Xi and Wang Yi" (one leader and his minister at one table)."""
    if d.kind != "meeting" or d.sense.pos != "verb" or d.past:
        return [d]
    after = [a.person for a in view.actors if a.kind == "person" and a.person and a.start >= d.end
             and a.person in d.participants]
    hosts = list(dict.fromkeys(after))
    states = {p.country for p in hosts} - {None}
    guests = [p for p in d.participants if p not in hosts]
    if len(hosts) < 2 or len(states) != 1 or not guests or any(p.country in states for p in guests) \
            or sum(is_leader(p.role) for p in hosts) < 2:
        return [d]
    return [replace(d, participants=[*guests, h], own_countries=list(dict.fromkeys([*d.own_countries, *states])), groups=[])
            for h in hosts]


_VISITED_PERSON = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}")  # "visited (US President) Donald Trump"
_WITH = re.compile(r"\bwith\b", re.I)
_SIDELINES = re.compile(r"\b(?:sidelines?|margins?|on\s+the\s+eve\s+of)\b", re.I)
_IN_TOWN_FOR = re.compile(r",\s+who\s+(?:were|are|was|is|had\s+been)\s+(?:also\s+)?in\s+[A-Z][\w-]*\s+for\s+(?:the|a|an)\s+", re.I)


def _split_guests(view: SentenceView, d: Draft) -> list[Draft]:
    """One host meeting several guests of different states, one after another: "met with
    President A of X and with President B of Y" (the preposition said again), "met A, who
    said ..., and B" (a guest given a clause of his own), or "on the sidelines (on the eve) of the
    summit, the crown prince met A and B" (side meetings are bilateral), or talks with A and B "who were in
    Beijing for the forum" (guests in town for a gathering). One meeting each, unless the sentence
    says they met together ("a trilateral", "jointly")."""
    if d.kind not in ("meeting", "call") or d.past or lexicon().together.search(view.text):
        return [d]
    guests = [a for a in view.actors if a.kind == "person" and a.person in d.participants and a.start > d.end]
    hosts = [p for p in d.participants if p not in {a.person for a in guests}]
    states = [a.person.country for a in guests]
    if len(hosts) != 1 or len(guests) < 2 or None in states or hosts[0].country in states:
        return [d]
    gaps = [view.text[a.end : b.start] for a, b in zip(guests, guests[1:])]
    again = all(_WITH.search(g) for g in gaps) and _WITH.search(view.text, d.end, guests[0].start)
    aside = any(_RELATIVE_AFTER.match(g) for g in gaps)  # "met A, who said ..., and B": one by one
    in_town = _IN_TOWN_FOR.search(view.text, guests[-1].end)  # "..., who were in Beijing for the forum": side meetings
    bilateral = _FOR_BILATERAL.match(view.text, guests[-1].end)  # "meet A and B for bilateral talks": each apart
    one_by_one = len(set(states)) == len(states) and (
        d.sense.pos == "verb" and (aside or _SIDELINES.search(view.text) or bilateral) or bool(in_town))
    once = _each_once(guests)  # ("B ... the Salvadoran leader's residence": B once)
    days = _day_after_each(view, once)  # "met A on Sunday and B on Monday": each on his own day
    if not (again or one_by_one or days):  # "talks with Sunak and with Starmer": two meetings, even of one state
        return [d]
    if days:
        guests = once
    return [replace(d, participants=[hosts[0], a.person], own_countries=[c for c in (hosts[0].country, a.person.country) if c],
                    groups=[], date=days[k] if days else d.date) for k, a in enumerate(guests)]


def _each_once(guests: list) -> list:
    """Each guest's first mention, in the order named."""
    seen: set[str] = set()
    return [a for a in guests if a.person.name not in seen and not seen.add(a.person.name)]


def _day_after_each(view: SentenceView, guests: list) -> list[str]:
    """The day told right after each guest (each named once), before the next ("met A on Sunday
    and B on Monday"), when every guest has one and no two are the same; else none."""
    days = []
    for k, a in enumerate(guests):
        stop = guests[k + 1].start if k + 1 < len(guests) else a.end + 30
        day = next((v for t in view.timexes if a.end <= t.start < stop and re.fullmatch(r"\s+(?:on\s+|last\s+)?", view.text[a.end : t.start])
                    and (v := date_value(t)) and len(v) == 10), None)
        if day is None:
            return []
        days.append(day)
    return days if len(set(days)) == len(days) else []


_FOR_BILATERAL = re.compile(r"\s+for\s+(?:separate\s+)?bilateral\s+(?:talks|meetings)\b", re.I)
_FRAME_OPENS = re.compile(r"(?:^|,\s+)(?:following|after)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_FRAME_BEFORE = re.compile(r"\bon\s+the\s+(?:sidelines?|margins?)\s+of\s+(?:the\s+|a\s+)?(?:[\w()'’.—–-]+\s+){0,6}$", re.I)
_RELATIVE_AFTER = re.compile(r",\s+(?:where|when|which|who)\b", re.I)
_NEXT_LEG = re.compile(r",?\s+and\s+(?:then\s+)?(?:with\s+|to\s+|in\s+)?|;\s+(?:and\s+)?|,\s+then\s+|,\s+in\s+(?=[A-Z])")


def _split_itinerary(view: SentenceView, d: Draft, drafts: list[Draft], attribution: list[tuple[int, int]]) -> list[Draft]:
    """"held talks with A in Jakarta on Monday, and with B in Kuala Lumpur on Tuesday",
    "visited Hanoi on Monday and Vientiane on Tuesday": one event per leg when each leg names
    its own place and day, with the side named before the trigger taking part in each. A
    trip's leg told with "then" and no day of its own follows on the day before ("will fly to
    Israel on Wednesday, and will then go on to Jordan"). Days of the attribution ("..., X told
    reporters on Tuesday") and possessives ("Washington's backing") are no leg's."""
    if d.kind not in ("meeting", "visit", "call") or d.past or d.sideline:
        return [d]
    text = view.text
    stop = min([o.start for o in drafts if o.start > d.end and not _FRAME_BEFORE.search(text, 0, o.start)] + [len(text)])
    if clause := _RELATIVE_AFTER.search(text, d.end, stop):
        stop = clause.start()  # "..., and in New York in September, where they agreed ...": the legs end there
    cuts = [m for m in _NEXT_LEG.finditer(text, d.end, stop)]
    if not cuts:
        return [d]
    bounds = [d.end] + [m.end() for m in cuts] + [stop]
    legs = []
    followed = 0  # legs that take the day of the leg before
    for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
        days = [v for t in view.timexes if a <= t.start < b and (v := date_value(t)) and not is_since_date(text, t)
                and not inside(t.start, attribution) and not dates_another_thing(text, t, d)]
        if not days and d.kind == "visit" and legs and len(legs[-1][0]) == 1 and not _lasts_days(view, d) \
                and re.search(r"\bthen\b", text[bounds[k - 1] if k else a : b]) \
                and k and re.search(r"\bthen\b", text[cuts[k - 1].start() : min(b, cuts[k - 1].end() + 20)]):
            days = list(legs[-1][0])  # "and will then go on to Jordan": the same day's next stop
            followed += 1
        places = [(p, c) for st, en, p, c in view.places if a <= st < b and not POSSESSIVE_AFTER.match(text[en : en + 20])
                  and not _WITH_BEFORE.search(text, max(0, st - 12), st) and not inside(st, attribution)] or [
            (None, x.code) for x in view.actors if x.kind == "country" and x.code and a <= x.start < b
            and not POSSESSIVE_AFTER.match(text[x.end : x.end + 20]) and not inside(x.start, attribution)
            and not _WITH_BEFORE.search(text, max(0, x.start - 12), x.start)]  # "in Malaysia from ..."
        # (not "then to Cuba, another state at odds with Washington": a government, no stop)
        people = [x.person for x in view.actors if x.kind == "person" and x.person in d.participants and a <= x.start < b]
        legs.append((days, places, people))
    if len(legs) > 2 and not legs[0][0] and not legs[0][1]:
        legs = legs[1:]  # "have met twice since the summer, in A in July and in B in September"
    if len(legs) < 2 or any(len(days) != 1 or len(places) != 1 for days, places, _ in legs) \
            or len({days[0] for days, _, _ in legs}) < len(legs) - followed:
        return [d]
    if d.kind == "visit" and len({places[0][1] for _, places, _ in legs}) == 1:
        first, last = legs[0][0][0], legs[-1][0][0]
        if not followed and "/" not in first + last and len(first) == len(last) and first < last:
            d.date = f"{first}/{last}"
        return [d]  # "a visit to China in late October and early November, ... received in Beijing": one stay
    if d.kind != "visit" and any(not people for _, _, people in legs) and any(people for _, _, people in legs):
        return [d]  # a meeting's legs each name whom it was with, or none does ("met in A in July and in B in May")
    leg_people = [p for _, _, people in legs for p in people]
    side = [p for p in d.participants if p not in leg_people]
    named_before = {x.code for x in view.actors if x.code and x.start < d.start}
    side_states = [c for c in d.own_countries if c not in {p.country for p in leg_people}
                   and c not in {c2 for _, places, _ in legs for _, c2 in places}
                   and (c in named_before or c in {p.country for p in d.participants})]  # (not "at odds with Washington")
    out = []
    for days, places, people in legs:
        place, country = places[0]
        states = list(dict.fromkeys(side_states + [p.country for p in side + people if p.country]
                                    + ([country] if d.kind == "visit" else [])))
        out.append(replace(d, participants=side + people, own_countries=states, groups=[],
                           location=Location(place, country), date=days[0]))
    return out


_WITH_BEFORE = re.compile(r"\b(?:with|against)\s+(?:the\s+)?$", re.I)
_FOR_TALKS = re.compile(r"[^,;.]*?\bfor\s+(?:(?:bilateral|separate|one-on-one|official|formal|closed-door|private)\s+)?$")


def _purpose_of_meeting(text: str, d: Draft, drafts: list[Draft]) -> bool:
    """Talks named as the purpose of a meeting told just before ("will meet A and B for bilateral
    talks"): the meeting itself, already a draft (or one per person met)."""
    return d.kind == "meeting" and d.sense.pos == "noun" and not d.name and any(
        o.kind == "meeting" and o.sense.pos == "verb" and o.end <= d.start and _FOR_TALKS.fullmatch(text, o.end, d.start)
        for o in drafts)


_PAIR_GAP = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")
_NEXT_PAIR = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,4}")


def _split_hosts_at_home(view: SentenceView, d: Draft) -> list[Draft]:
    """"will meet President A in El Salvador, President B in San José and President C in
    Guatemala", "talks with A in Paris, B in Rome and C in London": one meeting with each leader,
    in his own state, when the list pairs every leader of another state with a place of that state."""
    text = view.text
    if d.kind != "meeting" or d.past or d.sideline or d.sense.pos != "verb" and not text.startswith(" with ", d.end):
        return [d]  # (a verb, or "talks with")
    people = sorted((a for a in view.actors if a.kind == "person" and a.person and a.person.country and a.start >= d.end),
                    key=lambda a: a.start)
    spots = {a.start: (None, a.code, a.end) for a in view.actors if a.kind == "country" and a.code}
    spots.update({st: (p, c, en) for st, en, p, c in view.places})
    pairs, pos = [], d.end
    for a in people:
        gap = text[pos : a.start]
        if not (re.fullmatch(r"\s+(?:with\s+)?(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,4}", gap) if not pairs
                else _NEXT_PAIR.fullmatch(gap)):
            break
        at = _PAIR_GAP.match(text, a.end)
        spot = spots.get(at.end()) if at else None
        if spot is None or spot[1] != a.person.country:
            break
        pairs.append((a.person, spot[0], spot[1]))
        pos = spot[2]
    if len(pairs) < 2 or len({c for *_, c in pairs}) < len(pairs):
        return [d]
    listed = {p.name for p, *_ in pairs}
    side = [p for p in d.participants if p.name not in listed]
    side_states = [c for c in d.own_countries if c not in {c2 for *_, c2 in pairs}]
    day = d.date if d.date and len(d.date) < 10 else None  # a month or a trip's days cover every stop
    return [replace(d, participants=side + [person], own_countries=list(dict.fromkeys(side_states + [country])),
                    groups=[], location=Location(place, country), date=day) for person, place, country in pairs]


_WOULD = re.compile(r"\bwould\s+(?:(?:[a-z]+ly|also|still|then|now|soon)\s+)?"
                    r"(?:(?:hold|have|pay|make)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?)?$")  # "would also hold a bilateral"


def _reported_will(text: str, d: Draft, c_start: int) -> bool:
    """Whether "would" before the trigger is "will" in reported speech: a dated plan someone
    said, announced or confirmed, with no other word of doubt before it."""
    before = text[c_start : d.start]
    if not _WOULD.search(before) or lexicon().status["proposed"].search(_WOULD.sub("", before)):
        return False
    return bool(lexicon().attribution.search(text))


_LIST_GAP = re.compile(r"\s*[,;]\s*(?:and\s+|then\s+)?|\s+(?:and|then|as\s+well\s+as)\s+")
_TO = re.compile(r"\s+(?:(?:of\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:tour|trip|swing|journey)\s+)?(?:of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,?\s+)?(?:that|which)\s+(?:(?:will|is|are|has|have)\s+)?"
                 r"(?:also\s+)?(?:(?:expected|due|set|scheduled|slated|planned)\s+to\s+)?(?:takes?|taken|took)\s+(?:him|her|them)\s+(?:also\s+)?to\s+|to\s+|in\s+|of\s+)?(?:the\s+)?")  # "visits to", "a tour of", "(the stop of a tour of Africa) that will take him to"


def _split_destinations(view: SentenceView, d: Draft) -> list[Draft]:
    """"visits to Papua New Guinea and Australia", "has visited Argentina, Uruguay and the
    United States": one visit to each state of the list right after the trigger."""
    if d.kind != "visit" or d.past and d.sense.pos != "verb":  # (a trip of a "since" clause is told whole)
        return [d]
    text = view.text
    named = sorted((a.start, a.end, a.code, None) for a in view.actors if a.kind == "country" and a.code)
    named += [(st, en, c, p) for st, en, p, c in view.places]
    by_start = {}
    for st, en, code, place in sorted(named, key=lambda x: (x[0], x[3] is None)):
        by_start.setdefault(st, (en, code, place))  # a place before the country its name makes
    m = _TO.match(text, d.end)
    pos, legs = (m.end() if m else d.end), []
    while pos in by_start:
        end, code, place = by_start[pos]
        legs.append((code, place))
        gap = _LIST_GAP.match(text, end)
        nxt = gap and next((p for p in (gap.end(), gap.end() + 4) if p in by_start and text[gap.end():p] in ("", "the ")), None)
        if nxt is None:
            break
        pos = nxt
    home = {p.country for p in d.participants if p.country}
    group = next((a for a in view.actors if a.kind == "group" and a.start >= d.end
                  and re.fullmatch(r"\s+(?:to\s+)?", text[d.end:a.start])), None)
    if not legs and group:
        legs = [(code, None) for code in group.members]  # "will visit the five countries" named before
    states = list(dict.fromkeys(code for code, _ in legs if code not in home))
    if len(states) < 2:
        return [d]
    taking = m.group() if m and _TAKES.search(m.group()) else ""  # "a tour that will also take him to A and B"
    planned = bool(_PLANNED.search(taking))  # "will take him", "is expected to take him"
    earlier = bool(taking) and not planned  # "a tour that has taken him to A and B": stops before the news
    status = "scheduled" if planned else "held" if taking else d.status
    at_home = {c for *_, c in view.places}  # "talks with Tinubu in Lagos, on a tour that took him to A and B"
    travellers = [p for p in d.participants if p.country not in at_home] or d.participants
    departure_day = bool(d.date) and len(d.date) == 10 and any(
        date_value(t) == d.date and (t.end <= d.start or _FROM_DAY.search(text, 0, t.start)) for t in view.timexes)
    # ("leaves on Saturday for A, B and C", "will visit A, B and C from Monday"; not "head to A and B on Sunday")
    out = []
    for i, code in enumerate(states):
        place = next((p for c, p in legs if c == code and p), None)
        # "a visit that will take him to A and B": A is the stop of the day; "took him to A and B": neither
        later = i > 0 or "also" in taking or earlier
        out.append(replace(d, participants=travellers,
                           own_countries=[c for c in d.own_countries if c in home or c == code] or [code],
                           location=Location(place, code), groups=[], status=status if later else d.status,
                           date=None if taking and later or i > 0 and departure_day else d.date,
                           # the other stops: days not told ("leaves on Saturday for a visit to A, B and C": A's day)
                           previous=d.previous or earlier))
    return out


# the signing at a meeting, told in a clause of the same subject after it: one occasion
_SIGNING_AFTER = re.compile(r"[^;.]*?,?\s+(?:before|after|then)\s+(?:overseeing|witnessing|presiding\s+over|attending)\s+the\s+"
                            r"signing\s+of\s+(?:[\w'’-]+\s+){0,4}", re.I)
_STILL_TO_BE_HELD = re.compile(r"[^.;]{0,120}?,\s+to\s+be\s+(?:held|hosted|convened|staged)\b")
_TAKES = re.compile(r"\b(?:takes?|taken|took)\b")
_PLANNED = re.compile(r"\b(?:will|expected|due|set|scheduled|slated|planned)\b")


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _meet_at_stops(view: SentenceView, drafts: list[Draft]) -> list[Draft]:
    """"will travel to Berlin, Paris and Brussels to meet Scholz, Macron and Rutte", "went to Kyiv
    and Moscow, where he met Zelensky and Putin respectively": one meeting at each stop, with the
    person named in the same place of the list (said "respectively", or each of a known state
    named where his state's stop stands)."""
    for m in drafts:
        if m.kind != "meeting" or m.past:
            continue
        stops = [d for d in drafts if d.kind == "visit" and d.end <= m.start and d.location and not d.past]
        stops = [d for d in stops if d.start == stops[-1].start] if stops else []
        travellers = stops[0].participants if stops else []
        guests = [a.person for a in sorted(view.actors, key=lambda a: a.start)
                  if a.kind == "person" and a.person in m.participants and a.start > m.end and a.person not in travellers]
        guests = list(dict.fromkeys(guests))
        if len(stops) < 2 or len(guests) != len(stops) or not travellers:
            continue
        in_order = all(g.country in (None, v.location.country) for g, v in zip(guests, stops)) \
            and any(g.country for g in guests)
        if not (in_order or _RESPECTIVELY.search(view.text, m.end)):
            continue
        home = [c for c in dict.fromkeys(p.country for p in travellers) if c]
        parts = [replace(m, participants=[*travellers, g], own_countries=home + ([g.country] if g.country else []),
                         location=v.location, date=m.date or v.date, groups=[] if g.country else m.groups)
                 for g, v in zip(guests, stops)]
        i = drafts.index(m)
        return drafts[:i] + parts + drafts[i + 1:]
    return drafts


_DAYS_OWN = re.compile(r"\W*(?:[A-Z]\w+['’]s\s+)?")  # "", "Tomorrow's ", "Friday's "


def _share_parties(drafts: list[Draft], clauses: list[tuple[int, int]], view: SentenceView,
                   attribution: list[tuple[int, int]]) -> None:
    """"Iran and Saudi Arabia agreed ... after talks in Beijing, and their ministers will meet":
    an event with no parties of its own takes the states the sentence opens with (not those
    of a source credited with it: "..., the Times of Israel reported")."""
    main_start, main_end = clauses[0]
    if colon := _COLON_CLAUSE.search(view.text, main_start, main_end):
        main_end = colon.start()  # "agreed on the next venues: Moldova will host ...": not the agreeing states
    first = next((d for d in drafts if d.start >= main_end), None)
    earliest = min((d.start for d in drafts), default=-1)
    # "Talks are expected to cover Libya and Sudan", "Tomorrow's talks will cover ...": a sentence that
    # opens with its event word has no opening states; the states after it are topics
    leads = earliest >= main_start and bool(_DAYS_OWN.fullmatch(view.text, main_start, earliest))
    opening = [a for a in view.actors if a.kind == "country" and a.code and main_start <= a.start < min(
        main_end, first.start if first else main_end) and not any(p[0] == a.start for p in view.places)
        and not inside(a.start, attribution) and not (leads and a.start > earliest)]
    if len({a.code for a in opening}) < 2:
        return
    for d in drafts:
        if not (d.participants or d.own_countries or d.groups or d.sideline or d.past):
            # "The meeting is expected to cover Ukraine and Moldova": what the event is said to be about
            own = list(dict.fromkeys(a.code for a in opening
                                     if not topic_of_verb(parse(view.text), (d.start, d.end), a.start, a.end)
                                     and not related_by_other_noun(parse(view.text), (d.start, d.end), a.start, a.end)
                                     and not qualifies_thing(parse(view.text), a.start, a.end)))  # (not "Russia's invasion")
            if len(own) >= 2:
                d.own_countries = own


def _share_coordinated_day(text: str, drafts: list[Draft]) -> None:
    """A predicate coordinated with the one before it, with no day of its own, happened on
    that one's day ("attended the summit earlier today and met X": met today too); a meeting
    coordinated with an arrival, at its place ("arrived in Erbil ..., and met X": in Erbil)."""
    doc = parse(text)
    for b in drafts:
        if b.date or b.sense.pos != "verb" or b.past:
            continue
        a = next((o for o in drafts if o is not b and o.date and not o.past and o.end <= b.start
                  and coordinated_after(doc, (o.start, o.end), (b.start, b.end))), None)
        if a is not None and not re.search(r"\b(?:then|later|afterwards|next|will|would)\b", text[a.end : b.start], re.I):
            b.date = a.date
    for b in drafts:  # "arrived in Erbil after talks in Baghdad, and met X": in Erbil
        if b.location or b.kind not in ("meeting", "agreement") or b.sense.pos != "verb" or b.past:
            continue
        a = next((o for o in drafts if o is not b and o.kind == "visit" and o.sense.pos == "verb" and o.location
                  and not o.past and o.end <= b.start and coordinated_after(doc, (o.start, o.end), (b.start, b.end))), None)
        if a is not None and not leaves(a) and not _RELATIVE_AFTER.search(text, a.end, b.start):
            b.location = a.location  # (not "arrived on Monday, starting in Atlanta, where he toured X and met Y")


def _within_since(view: SentenceView, d: Draft, span: tuple[int, int]) -> None:
    """An earlier event told in a "since" clause ("since the leaders met in Biarritz, ...,
    and the first attended by Biden"): its people and place are those of the clause."""
    inside_span = persons_in(view, span[0], span[1], [])  # not "Dong's predecessor": only whom the clause names
    names = {p.name for p in inside_span}
    # "since Francois Hollande came to Astana in 2014": the clause's own people, subject first
    own = [p for p in d.participants if p.name in names]
    if not own and d.sense.pos == "verb" and span[0] <= d.start:  # the subject, and whom he met or called
        own = inside_span if d.kind in ("meeting", "call") else inside_span[:1]
    d.participants = own
    if d.location is None:
        d.location = next((Location(p, c) for a, _, p, c in view.places if d.end <= a < span[1]), None)
    if d.location is None and d.kind == "visit":  # "since Obama travelled to Kenya in 2015": the state it names
        d.location = next((Location(None, a.code) for a in view.actors
                           if a.kind == "country" and a.code and d.end <= a.start < span[1]), None)


_AFTER_ATTENDING = re.compile(r"\b(?:after|before|while|on\s+his\s+way\s+to)\s+attending\s+(?:the\s+|a\s+)?(?:[\w()'’-]+\s+){0,5}$", re.I)
_FROM_DAY = re.compile(r"\b(?:from|starting|beginning)\s+(?:on\s+)?$", re.I)  # the first day of a tour
_FROM_WHERE = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+where\b")  # the origin of a trip
_WHERE_BEFORE = re.compile(r"(?:,\s+|\s+)where\s+[^,;.]*$")  # "flying in from Beijing(,) where he met Xi": in Beijing


def _lend_narrative_day(a: Draft, b: Draft) -> None:
    """b, undated, of the same occasion as a, takes the day the text last named where a does
    (and as many days off it)."""
    if not b.date and a.follows_on:
        b.follows_on, b.days_from_narrative = True, a.days_from_narrative


def _dated_gap(text: str, start: int, end: int, view: SentenceView) -> bool:
    """Whether text[start:end] is just a phrase of time ("State House, Nairobi, on Tuesday morning,
    where ..."): the place before it is still the one the "where" clause refers to."""
    gap = re.fullmatch(r",?\s+(?:on|in|at|from)\s+([^,;.]+)", text[start:end])
    parts = time_lexicon().day_parts
    return bool(gap) and any(t.start <= start + gap.start(1) and ((rest := text[t.end : end].strip()) == "" or rest in parts)
                             for t in view.timexes)


@lru_cache(maxsize=1)
def _venue_word() -> re.Pattern:
    return re.compile(r"\s+(?:" + "|".join(lexicon().syntax["place_venues"]) + r")", re.I)


_WHICH_BEFORE = re.compile(r",\s+which\s+(?:[\w-]+\s+){1,3}$", re.I)


def _place_ending(view: SentenceView, end: int) -> Location | None:
    """The town or state named right before a position ("Algeria" in "Algeria, which he visited")."""
    return next((Location(p, c) for _, e, p, c in view.places if e == end), None) or next(
        (Location(None, a.code) for a in view.actors if a.kind == "country" and a.code and a.end == end), None)


def _places_after_own(view: SentenceView, a: Draft, where: int) -> list[tuple[int, Location]]:
    """Places named after a's own place and before a "where" at that position ("in Vilnius in July and
    again in New York in September, where": New York; "left Dakar for Paris, where": none after Paris)."""
    if a.location is None:
        return []
    own = (a.location.place, a.location.country)
    last_own = max((st for st, _, p, c in view.places if (p, c) == own and a.end <= st < where), default=a.end)
    return [(st, Location(p, c)) for st, _, p, c in view.places if last_own < st < where and (p, c) != own]


_CLAUSE_BREAK = re.compile(r"[,;]")


def _drop_beyond_where(view: SentenceView, b: Draft, where: int) -> None:
    """b, told in a "..., where ..." clause, keeps no day or place named only after that clause
    ends ("in Congo on Monday, where he met X, and in Uganda on Tuesday": Monday, Congo)."""
    end = m.start() if (m := _CLAUSE_BREAK.search(view.text, b.end)) else len(view.text)
    inside_days = {v for t in view.timexes if where < t.start < end and (v := date_value(t))}
    later_days = {v for t in view.timexes if t.start >= end and (v := date_value(t))}
    if b.date and b.date not in inside_days and b.date in later_days:
        b.date = None
    if b.location:
        own = (b.location.place, b.location.country)
        later = [st for st, _, p, c in view.places if st >= end and (p, c) == own] + [
            a.start for a in view.actors if a.kind == "country" and a.start >= end and (None, a.code) == own]
        if later and not any(where < st < end and (p, c) == own for st, _, p, c in view.places):
            b.location = None


def _venue_gap(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is just a venue word after a place's name ("the Quirinale palace, where")."""
    return bool(_venue_word().fullmatch(text, start, end))


def _fronted_day(text: str, view: SentenceView) -> str | None:
    """The date of a time phrase opening the sentence before a comma ("On Tuesday, ..."): the whole
    sentence's time."""
    first = next((t for t in view.timexes if re.fullmatch(r"\W*(?:on|in|at|early|late)?\s*", text[: t.start], re.I)), None)
    return date_value(first) if first and re.match(r"\s*,", text[first.end :]) else None


def _share_dates(text: str, drafts: list[Draft], clauses: list[tuple[int, int]], view: SentenceView) -> None:
    """Dates and places one event lends another: a side meeting and its host gathering; a
    meeting just before or after a gathering, at its place; an event in an "after ..."
    clause and a main clause that names no event of its own."""
    for a, b in zip(drafts, drafts[1:]):
        if (frame := re.search(r"\bon\s+the\s+(?:sidelines?|margins?|occasion)\s+of\b", text[a.end : b.start], re.I)) \
                and not re.search(r"[,;]", text[a.end + frame.end() : b.start]) \
                and not re.match(r"[^.;]*?,?\s+or\s+(?:at|on|in|during)\b", text[b.end :]):  # "..., or at the forum"
            # (not "on the margins of the UN General Assembly, where they agreed": that gathering is told as no event)
            a.date, b.date = a.date or b.date, b.date or a.date
            a.location = a.location or b.location  # "on the sidelines of the summit in P": in P
        elif a.kind in ("meeting", "summit") and b.kind == "agreement" and _SIGNING_AFTER.fullmatch(text, a.end, b.start):
            b.date, b.same_day = b.date or a.date, b.same_day or a.same_day
            _lend_narrative_day(a, b)  # "held talks in the evening, before overseeing the signing of twenty agreements"
            b.status = b.status or ("held" if a.status == "held" else None)
        elif a.kind == "visit" and b.kind in ("meeting", "agreement") and re.fullmatch(
                r"[^,;.]*?\bto\s+(?:hold\s+|have\s+|sign\s+)?", text[a.end : b.start], re.I):
            b.location = b.location or a.location  # "visited Kyiv on Friday to meet Zelensky": in Kyiv
        elif a.kind == "meeting" and b.kind in ("summit", "forum") and not b.past and re.fullmatch(
                r"[^,;]*?\b(?:before|after|ahead\s+of|on\s+the\s+eve\s+of)\s+(?:the|a|this\s+week['’]s)\s+(?:[\w'’-]+\s+){0,4}",
                text[a.end : b.start], re.I):
            a.location = a.location or b.location  # "met on Thursday before the EU summit in Brussels": there
        elif (a.sense.pos == "noun" and a.kind in ("summit", "forum", "meeting") or a.kind == "visit") and not a.past \
                and re.fullmatch(r"[^;.]*?,\s+(?:where|during\s+which|at\s+which)\b[^,;.]*", text[a.end : b.start], re.I) \
                and not (_FROM_WHERE.search(text, a.end, b.start) and b.kind in ("meeting", "agreement")):
            # (not "arrived in A from B, where he met X": in B, before)
            where = text.rfind(",", a.end, b.start)
            if nearer := _places_after_own(view, a, where):  # "... and again in New York in September, where they
                st = nearer[-1][0]  # agreed": in New York, then
                b.location = b.location or nearer[-1][1]
                days = {v for t in view.timexes if st <= t.start < where and (v := date_value(t))}
                b.date = b.date or (days.pop() if len(days) == 1 else None)
                continue
            departing = leaves(a)  # "leave on Sunday for Washington, where ...": later
            _drop_beyond_where(view, b, where)
            b.date, b.location = b.date or (None if departing else a.date), b.location or a.location  # "the G20 summit ..., where X will meet Y"
            if not departing:
                _lend_narrative_day(a, b)  # "a day after holding talks with X, at which they signed ..."
            b.relation = b.relation or a.relation  # "after a stop in Abu Dhabi, where he met ...": before the main clause
    for i, d in enumerate(drafts):
        w = _WHERE_BEFORE.search(text, 0, d.start) if d.kind in ("meeting", "agreement", "summit", "forum") else None
        own = w and d.location and any(st > w.start() and p == d.location.place for st, _, p, _ in view.places)
        if w and not own:  # a place of its own clause stands ("..., where he met X in P")
            place = next(((st, Location(p, c)) for st, e, p, c in view.places if e == w.start() or _dated_gap(text, e, w.start(), view)
                          or _venue_gap(text, e, w.start())), None) \
                or next(((a.start, Location(None, a.code)) for a in view.actors  # "..., in Cabo Verde, where he met"
                         if a.kind == "country" and a.code and a.end == w.start()), None)
            if place is None or any(o.location and o.location.country == place[1].country for o in drafts[:i]):
                continue  # "received X at State House, Nairobi, where the two held talks": the place told first
            d.location = place[1]
            opening = max(text.rfind(",", 0, place[0]), text.rfind(";", 0, place[0])) + 1
            days = [v for t in view.timexes if opening <= t.start < w.start() and (v := date_value(t))]
            if _FROM_WHERE.search(text, opening, w.end()) and d.kind in ("meeting", "agreement") \
                    or any(leaves(o) and opening <= o.start < w.start() for o in drafts[:i]):
                days = []  # "arrived on Tuesday from Vietnam, where he met X": before the arrival (a summit
                # left that day may have lasted until then); "leaves on Sunday for Washington, where ...": after
            elif not days and (lead := _fronted_day(text, view)):
                days = [lead]  # "On Tuesday, X welcomed Y at the palace, where the two held talks": that day
            d.date = d.date or (days[0] if len(days) == 1 else None)  # "travelled on Saturday to Jeddah, where ...": then
    main_start, main_end = clauses[0]
    if any(main_start <= d.start < main_end and d.kind != "agreement" for d in drafts):
        return  # the main clause has talks of its own (an agreement was reached after the talks)
    lead = [t for t in view.timexes if main_start <= t.start < main_end and date_value(t)]
    for d in drafts:
        if d.date is None and d.relation == "after" and lead and not d.past and d.status not in ("scheduled", "proposed") \
                and not dates_another_thing(text, lead[0], d):
            d.date = date_value(lead[0])


# Between an event word and "first held in": only what says it of that event ("the summit, which was")
_SAID_OF_IT = re.compile(r"[\s,]*(?:(?:which|that|was|were|is|are|has|have|had|been|itself)\s+)*", re.I)


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
        if pattern is lex.first_held and m.start() >= host.end and not _SAID_OF_IT.fullmatch(text, host.end, m.start()):
            continue  # "a milestone in a process that started in 1999": another thing's start
        dates = [t for t in view.timexes if m.end() <= t.start <= m.end() + 40 and date_value(t)]
        if not dates or any(r.date == date_value(dates[0]) for r in out):
            continue
        gap = text[m.end() : dates[0].start]
        if not re.fullmatch(r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}(?:in\s+[A-Z][\w.'’ -]{1,30}?\s+)?(?:in\s+)?", gap) \
                or not _ENDS_DATE.match(text[dates[0].end :]):  # "since Chirac's in 2000"
            continue  # "since the Jan. 20 launch of ...": a date of something else
        ref = Draft(m.start(), m.end(), text[m.start() : m.end()], host.sense, host.kind, status="held",
                    name=host.name, format=host.format, past=True, host=index)
        ref.date = date_value(dates[0])
        ref.participants = [a.person for a in view.actors if a.kind == "person" and a.person
                            and m.end() <= a.start < dates[0].start]  # "since George W. Bush in 2008": his visit
        span_end = dates[0].end
        for start, end, place, country in view.places:
            if m.end() <= start < span_end + 20 and re.search(r"\bin\s+$", text[max(0, start - 5) : start]):
                ref.location = Location(place, country)
                break
        out.append(ref)
    return out
