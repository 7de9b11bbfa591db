"""The event lexicon (lexicon.yaml), loaded once and compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ..actors.lexicon import trie_pattern


@dataclass(frozen=True)
class Sense:
    """What a trigger word means: kind, PLOVER type and mode, and words it needs nearby."""

    kind: str
    type: str = "CONSULT"
    mode: str | None = None
    needs: tuple[str, ...] = ()  # one of these words must stand near the trigger
    pos: str = "noun"
    before: tuple[str, ...] = ()  # the trigger must be followed by one of these (intransitive use)
    takes_object: bool = False  # an actor must follow the trigger ("warned Washington")
    not_objects: tuple[str, ...] = ()  # "meeting the needs of": another sense of the word
    person_object: bool = False  # the actor after it must be a person ("received the minister")
    not_after: tuple[str, ...] = ()  # words earlier in its clause that make it no event ("allow troops to deploy")


def words_regex(words: list[str] | tuple[str, ...], flags: int = re.I) -> re.Pattern:
    """One regex matching any of the phrases as whole words, longest first. Written as a
    character trie (several times faster in Python's re, the same matches: one branch per
    letter, each word's end optional, longest first) when no letter has two cases that
    would make two branches (ASCII phrases, lower-cased when case is ignored)."""
    forms = set(words)
    if flags & re.I and all(w.isascii() for w in forms):
        forms = {w.lower() for w in forms}
    if forms and all(forms) and (not flags & re.I or all(w.isascii() for w in forms)):
        return re.compile(rf"(?<![\w-])(?:{trie_pattern(sorted(forms))})(?![\w-])", flags)
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", flags)


@dataclass(frozen=True)
class EventLexicon:
    senses: dict[str, Sense]  # lower-cased form -> sense
    triggers: re.Pattern
    not_events: re.Pattern
    private_trip: re.Pattern  # after a verb of travel: the trip is private ("left for London on a private visit")
    staying_away: re.Pattern  # right before a gathering: someone will not be there
    invited_by: re.Pattern  # a phrase naming the hosts who invited a traveller, to its comma
    together: re.Pattern  # guests met together, not one after another
    formats: dict[str, re.Pattern]
    anaphoric: re.Pattern  # a determiner right before the event phrase
    joining: re.Pattern  # a verb of joining right before a determiner and the event phrase
    series_next: re.Pattern
    status: dict[str, re.Pattern]
    attribution: re.Pattern
    host_clause: re.Pattern  # ", with X hosting" / ", hosted by X": group "who" holds the host's words
    reporting_verbs: re.Pattern  # lemmas of verbs that report an event: they never govern it
    status_verbs: re.Pattern  # lemmas of verbs that change an event's status: their date is not its date
    syntax: dict[str, frozenset[str]]  # word sets for the dependency walk
    member_nouns: re.Pattern  # right after a grouping's name: its member states are meant
    listed_members: int  # a grouping of at most this many states stands for all of them
    stay_days: int  # visits of one person to one state this close in days are one stay
    call_cues: re.Pattern  # words without which no call is looked for in the parse
    name_goes_on: re.Pattern  # after a place: the place begins a longer name ("Marka International Airport")
    clause_breaks: re.Pattern
    clause_break_exceptions: tuple[str, ...]  # "A, as well as B": no break there
    topic_words: re.Pattern
    generic: re.Pattern
    standing_forms: frozenset[str]  # "accuses": a position held, not a statement made
    stayed_away: frozenset[str]  # "skipped the summit": absent from a past gathering, no trip called off
    recalling: re.Pattern  # "Recalling their meeting": the event is a past one
    leader_roles: tuple[str, ...]
    leader_refs: re.Pattern
    pair_refs: re.Pattern
    leaders_spoken_of: re.Pattern  # "the two presidents" in a sentence of no event of theirs
    time_order_lead: re.Pattern  # a sentence opening on "After ...", "Ahead of ..."
    format_roles: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # format -> (roles, not)
    since: re.Pattern
    first_held: re.Pattern
    same_day: re.Pattern
    part_of_day: re.Pattern  # "in the evening": the day told last, for talks and signings
    follows_on: re.Pattern  # opens a sentence that goes on from the one before
    follows_on_before: re.Pattern  # right before the event's verb: the same ("then signed")
    ongoing: re.Pattern
    ongoing_before: re.Pattern  # right before an event noun: under way on the report's day
    past_plan: re.Pattern  # "was to hold talks": a plan told from the past
    iterative: re.Pattern
    question: re.Pattern  # "Asked whether she would travel to X": a question put, no event
    remote_part: re.Pattern  # "join by video link": taking part in another event from afar
    done_when_past: frozenset[str]
    begins: re.Pattern  # an event's first day is told ("arrived", "opens")
    named_event: re.Pattern
    named_kinds: dict[str, str]  # lower-cased head word -> kind, longest head first
    neutral_modifiers: frozenset[str]
    ordinals: dict[str, int]
    group_people: re.Pattern  # "a delegation of African leaders": people of a group, no names given
    previous: re.Pattern  # "the last BRICS summit": an earlier instance of a series, right before the event noun
    group_including: re.Pattern  # "The seven leaders, including": a group about to be named
    resident_roles: tuple[str, ...]  # offices held in the host state: no trip there


@lru_cache(maxsize=1)
def lexicon() -> EventLexicon:
    """The event lexicon shipped with the package."""
    data = yaml.safe_load(resources.files(__package__).joinpath("lexicon.yaml").read_text("utf-8"))
    senses: dict[str, Sense] = {}
    for pos in ("nouns", "verbs"):
        for entry in data[pos].values():
            sense = Sense(entry["kind"], entry.get("type", "CONSULT"), entry.get("mode"),
                          tuple(entry.get("needs", ())), pos[:-1], tuple(entry.get("before", ())),
                          bool(entry.get("object")), tuple(entry.get("not_objects", ())),
                          bool(entry.get("person_object")), tuple(entry.get("not_after", ())))
            for form in entry["forms"]:
                senses.setdefault(form.lower(), sense)
    status = {name: words_regex(words) for name, words in data["status"].items()}
    named = data["named_events"]
    return EventLexicon(
        senses=senses,
        triggers=words_regex(list(senses)),
        not_events=words_regex(data["not_events"]),
        private_trip=re.compile(rf"[^,;.]{{0,40}}?\b(?:on|for)\s+(?:a\s+)?(?:{'|'.join(data['private_trips'])})\b", re.I),
        together=words_regex(data["together"]),
        invited_by=re.compile(rf"(?:{words_regex(data['invited_by']).pattern})[^,;.]*", re.I),
        staying_away=re.compile(rf"(?:{words_regex(data['staying_away']).pattern})\s+(?:the\s+|this\s+year['’]s\s+|next\s+week['’]s\s+)?(?:[\w'’.-]+\s+){{0,3}}$", re.I),
        formats={name: words_regex(words) for name, words in data["formats"].items()},
        anaphoric=re.compile(
            rf"(?:^|[\s\"“‘'])(?:{'|'.join(re.escape(w) for w in data['anaphoric_determiners'])})\s+"
            r"(?:(?!(?:of|a|an|to|for|with|in|on|at|and|by|from|between)\b)[\w'’\"“”.+-]+\s+){0,4}$", re.I
        ),
        joining=re.compile(
            rf"\b(?:{'|'.join(re.escape(w) for w in data['joining_verbs'])})\s+"
            rf"(?:{'|'.join(re.escape(w) for w in data['anaphoric_determiners'])})\s+"
            rf"(?:(?!(?:{'|'.join(data['not_joined'])})\b)[a-z][\w'’-]*\s+){{0,3}}$"  # "the official talks", not "the
        ),  # second India-CARICOM summit": another event
        series_next=words_regex(data["series_next"]),
        status=status,
        attribution=words_regex(data["attribution"]),
        host_clause=re.compile(rf",\s+(?:with\s+(?P<who>[^,;.]{{3,80}}?)\s+(?:{words_regex(data['host_clause']['after_person']).pattern})"
                               rf"|(?:to\s+be\s+|being\s+)?(?:{words_regex(data['host_clause']['before_person']).pattern})\s+(?P<by>[^,;.]{{3,80}}(?:,\s+(?-i:[A-Z])[^,;.]{{2,40}})?))", re.I),
        reporting_verbs=words_regex(data["governors"]["reporting"]),
        status_verbs=words_regex(data["governors"]["status"]),
        syntax={k: frozenset(w.lower() for w in v) for k, v in data["syntax"].items() if k != "call_cues"},
        call_cues=words_regex(data["syntax"]["call_cues"]),
        name_goes_on=re.compile(rf" (?!(?:{'|'.join(data['not_name_words'])})\b)[A-Z][a-z]+\b(?! (?:on|in|at)\b)"),
        listed_members=int(data["listed_members"]),
        stay_days=int(data["stay_days"]),
        member_nouns=re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in data['member_nouns'])})\b", re.I),
        clause_breaks=re.compile("|".join(re.escape(b) for b in data["clause_breaks"]), re.I),
        clause_break_exceptions=tuple(x.lower() for x in data["clause_break_exceptions"]),
        topic_words=words_regex(data["topic_words"]),
        standing_forms=frozenset(data["standing_forms"]),
        stayed_away=frozenset(data["stayed_away"]),
        recalling=re.compile(rf"\b(?:{'|'.join(data['recalling'])})\s+(?:(?:the|their|his|her|its|a|an)\s+)?(?:[\w-]+\s+){{0,2}}$", re.I),
        generic=re.compile(rf"\b(?:{'|'.join(data['generic_before'])})\s+(?:[\w-]+\s+){{0,3}}$", re.I),
        leader_roles=tuple(r.lower() for r in data["leader_roles"]),
        leader_refs=words_regex(data["leader_refs"]),
        pair_refs=words_regex(data["pair_refs"]),
        leaders_spoken_of=words_regex(data["leader_refs"] + data["leaders_spoken_of"]),
        time_order_lead=re.compile(r"\W*(?:" + "|".join(map(re.escape, data["syntax"]["time_order_prepositions"]))
                                   + r")\b", re.I),
        format_roles={k: (tuple(v["roles"]), tuple(v.get("not", ()))) for k, v in data["format_roles"].items()},
        since=re.compile(r"\b(?:first\b[^.;]{0,60}?\bsince|for the first time\b[^.;]{0,30}?\bsince)\s+(?:(?:the\s+)?last\s+(?:one|meeting|time|session|gathering)\b)?", re.I),
        first_held=words_regex(data["past_reference"]["first_held"]),
        same_day=words_regex(data["same_day"]),
        part_of_day=words_regex(data["part_of_day"]),
        ongoing=words_regex(data["ongoing"]),
        past_plan=words_regex(data["past_plan"]),
        ongoing_before=re.compile(r"\b(?:" + "|".join(map(re.escape, data["ongoing_before"])) + r")\s+(?:[\w-]+\s+){0,2}$", re.I),
        iterative=words_regex(data["iterative"]),
        question=re.compile(rf"(?:{words_regex(data['question_openers']).pattern})[^,;.]*$", re.I),
        remote_part=re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(data["remote_part"], key=len, reverse=True)))
                               + r")\b(?:\s+(?:the|a|an|its|this)\s+[\w-]+)?,?\s+(?:by|via|through)\s+$", re.I),  # "attended, via video link,"
        done_when_past=frozenset(data["done_when_past"]),
        begins=words_regex(data["syntax"]["begin_words"]),
        follows_on=re.compile(rf"^\W*(?:{'|'.join(data['follows_on'])})(?=[\s,])", re.I),
        follows_on_before=re.compile(rf"(?<!\bwill )(?<!\bwould )(?<!\bto )(?:{words_regex(data['follows_on_before']).pattern})\s+$", re.I),
        named_event=re.compile(rf"(?:{named['pattern']})(?!\s+(?:{'|'.join(named['venue_words'])})\b)"),
        named_kinds={k.lower(): v for k, v in sorted(named["kinds"].items(), key=lambda kv: -len(kv[0]))},
        neutral_modifiers=frozenset(w.lower() for w in data["neutral_modifiers"]),
        ordinals={k.lower(): v for k, v in data["ordinals"].items()},
        group_people=words_regex(data["group_people"]),
        previous=re.compile(r"\b(?:" + "|".join(map(re.escape, data["syntax"]["previous_words"]))
                            + r")\s+(?:[\w'’-]+\s+){0,3}$", re.I),
        group_including=re.compile(
            r"^\W*(?:the|these|those|all|both)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(map(re.escape, data["group_people"]))
            + r")\b[^.;]{0,40}?\bincluding\b", re.I),
        resident_roles=tuple(r.lower() for r in data["resident_roles"]),
    )


def states_named(mention) -> bool:
    """Whether a grouping's name is its states in so many words ("the Nordic countries", "Baltic
    states"), not a body's proper name ("the Organization of Turkic States")."""
    last = mention.text.split()[-1]
    return last.islower() and bool(lexicon().member_nouns.fullmatch(" " + last))
