"""What the sentence stage passes around: a draft event mention, and one sentence's view
of what the other stages found in it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import ActorMention, Location, Person, Timex
from .lexicon import Sense


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
    length: int | None = None  # days of an event the sentence tells the first day of
    perfect: bool = False  # told in the present perfect ("have agreed"): recent news
    past_plan: bool = False  # "was to hold talks": a plan told from the past, which may not have come about
    ongoing: bool = False  # "being held": under way on its day
    follows_on: bool = False  # "Then he ...": on the day the narrative last named
    days_from_narrative: int = 0  # "spoke a day after holding talks": the talks, a day before the narrative's day
    relation: str | None = None  # "after"/"before": dated by the main clause's event
    told_on: str | None = None  # "X on Friday said ...": the day the sentence's news was told
    during_visit: bool = False
    while_in: str | None = None
    past: bool = False  # a past reference made inside another mention
    previous: bool = False  # "the last BRICS summit": an earlier instance, not the one in the news
    separate: bool = False  # "a separate meeting": another event than those told before
    joins: bool = False  # "X and Y also took part in the talks": the people join the event told before
    indefinite: bool = False  # "chairs an emergency meeting": a new one, the same as one told before only on its dates
    former_slot: bool = False  # "the visit was originally planned for July": the slot put off, apart from the event
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
    last_pair: list[Person] = field(default_factory=list)  # the last two people named together, for "the pair"
