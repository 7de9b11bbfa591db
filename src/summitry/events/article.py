"""The events one article reports: one EventMention per event, with all its evidence.

Sentences are read in order; each draft mention either refers back to an event already
named in the article ("the meeting", "the next meeting"), joins one it is compatible with,
or starts a new one. Facts the article states elsewhere fill the gaps: "later in the day",
"while in Washington", a visit that places the meetings held during it.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import islice

from ..actors import ArticleActors, analyze_actors, home_location
from ..actors.article import prepare_actors
from ..actors.lexicon import load_yaml
from ..actors.names import gender_before
from ..actors.places import capital, find_places, is_region, place_country, town_of
from ..cleaning.lexicon import lexicon as page_lexicon
from ..language import split_sentences
from ..actors.countries import domain_country, find_countries, url_country
from ..model import Article, EventMention, Evidence, Location, Person, Sentence, Timex
from ..time import tag
from ..time.lexicon import lexicon as time_lexicon
from .facts import (KIND_GROUPS, absorb, add_people, countries_compatible, dates_near, dates_overlap, facts_compatible, interval,
                    is_leader, kinds_compatible)
from .lexicon import lexicon
from .arguments import date_value, days_off, is_since_date
from .clauses import inside
from .draft import Draft, SentenceView
from .sentence import analyze_sentence, may_report_call, named_in
from .syntax import parse, prepare, pronoun_subject
from .triggers import may_have_object, names_event, shared_triggers

_MODES = {"visit": "visit", "call": "phone"}
_PARSE_BATCH = 128  # sentences parsed at once (the parse cache holds 512)
_WINDOW = 40  # how many of the most recently reported events a new mention is compared with
_LEAD = 1  # sentences of the lead: an undated past event there is the news of the day


@dataclass
class _Event:
    """An event being assembled from the drafts of one article."""

    mention: EventMention
    drafts: list[Draft] = field(default_factory=list)
    touched: int = 0  # sentence index of the latest mention, for recency
    status_set: bool = False
    order: int = 0  # position in the article's list of events
    first_sentence: int = 0  # index of the sentence that first reports it
    group: bool = False  # met by a group no one is named in ("African leaders met Putin in St Petersburg")
    last_start: int = 0  # where in its sentence the latest mention's trigger stands


def article_sentences(article: Article) -> tuple[str, list[Sentence]]:
    """The analysed text (body, then captions) and its sentences with offsets into it."""
    body = article.text
    sentences = split_sentences(body)
    text = body
    for caption in article.captions:
        offset = len(text) + 2
        text = f"{text}\n\n{caption}"
        for s in split_sentences(caption, section="caption", first_index=len(sentences)):
            sentences.append(replace(s, start=s.start + offset, end=s.end + offset))
    return text, sentences


def outlet_country(source: str | None) -> str | None:
    """The home country of a credited outlet or agency, if the page lexicon knows it."""
    if not source:
        return None
    hit = page_lexicon().outlets.get(source.lower())
    return hit[1] if hit else None


def _actor_inputs(article: Article, sentences: list[Sentence]) -> tuple[Location | None, str | None, set[int]]:
    """The dateline's place, the outlet's home and the sentences that name an event."""
    dateline_place = home_location(None, article.dateline)
    # the outlet's home: the URL's country domain (the site's home, whatever outlet of another land
    # shares its name: ABC News on abc.net.au), else a known outlet, else a national edition's
    # section or the dateline's state
    home = domain_country(article.url) or outlet_country(article.source) or url_country(article.url) \
        or (dateline_place.country if dateline_place else None)
    return dateline_place, home, {s.index for s in sentences if names_event(s.text)}


def prepare_articles(articles: list[Article], limit: int = 2 * _PARSE_BATCH) -> None:
    """Work out ahead, for several articles at once, what extract_events asks the models:
    their actors, with one NER pass for all (actors/article.py prepare_actors), and the
    sentences it will parse, in one batch (the first `limit` of them). One pass for
    several articles costs less than one for each, and gives the same results."""
    calls = []
    for article in articles:
        sentences = article_sentences(article)[1]
        _, home, reporting = _actor_inputs(article, sentences)
        calls.append((sentences, home, True, reporting, article.published))
    texts = [s.text for call, actors in zip(calls, prepare_actors(calls)) for s in call[0]
             if _asks_parse(s, call[3], actors)]
    prepare(texts[:limit])


_HE_OR_SHE = re.compile(r"(?<![^\W\d_])s?he(?:s|d|dve|llve)?(?![^\W\d_])", re.I)  # whatever the tokenizer
# may make a "he" or "she" token of ("he's", "hes": "he" + "s")


def _asks_parse(s: Sentence, reporting: set[int], actors: ArticleActors) -> bool:
    """Whether reading the sentence asks for its parse: a call cue, or a trigger with its
    object (analyze_sentence), or "he" or "she" in a sentence naming an event and someone
    (extract_events); the others are not parsed at all."""
    if may_report_call(s.text):
        return True
    if s.index not in reporting:
        return False  # no trigger either
    mentions = actors.mentions(s.index)
    if _HE_OR_SHE.search(s.text) and any(m.kind == "person" and m.person for m in mentions):
        return True
    view = SentenceView(s.text, mentions, [], [])
    return any(may_have_object(view, d) for d in shared_triggers(s.text))


def extract_events(article: Article) -> list[EventMention]:
    """Every event the article reports, one mention each, in order of first report."""
    text, sentences = article_sentences(article)
    # A month-precise publication date is no anchor for weekdays and "next week"; a dateline's
    # day just before the timestamp is the day the text was written on.
    news_day = _news_day(article.published, article.dateline_day)
    anchor = date.fromisoformat(news_day) if article.published else None
    dct = article.published if anchor and article.published_precision == "minute" and article.published.date() == anchor \
        else anchor  # the hour too: "on Friday" ahead, posted on a Friday night, is next week's
    timexes = tag(text, dct if article.published_precision != "month" else None)
    dateline_place, home, reporting = _actor_inputs(article, sentences)
    actors = analyze_actors(sentences, home, model_sentences=reporting, when=article.published)
    to_parse = [s for s in sentences if _asks_parse(s, reporting, actors)]
    next_batch = 0  # position in to_parse of the first sentence not parsed yet
    home_place = dateline_place or home_location(home)
    events = _Events()
    leaders: list[Person] = []
    last_person: Person | None = None
    gender: dict[str, str] = {}
    last_people: list[Person] = []
    last_pair: list[Person] = []
    group_events: list[_Event] = []  # events of the sentence before whose subject is a group named by no one
    narrative_day: str | None = None  # the day the text last named, for "Then he ..."
    k = 0
    for s in sentences:
        if next_batch < len(to_parse) and to_parse[next_batch].index <= s.index:
            # parsed in batches just ahead of the reading: the parse cache is bounded
            prepare([t.text for t in to_parse[next_batch : next_batch + _PARSE_BATCH]])
            next_batch += _PARSE_BATCH
        while k < len(timexes) and timexes[k].start < s.start:
            k += 1
        first = k
        while k < len(timexes) and timexes[k].start < s.end:
            k += 1
        local = [replace(t, start=t.start - s.start, end=t.end - s.start) for t in timexes[first:k]]
        glosses = _local_time_glosses(s.text, local)
        local = [t for t in local if not inside(t.start, glosses)]
        places = [p for p in actors.places(s.index) if not inside(p[0], glosses)]
        mentions = actors.mentions(s.index)
        for a in mentions:  # "Mr Macron", "Queen X": whom "he" and "she" can refer to
            if a.kind == "person" and a.person and a.text.split():
                last_word = a.end - len(a.text.split()[-1])
                if g := gender_before(s.text[max(0, a.start - 40) : last_word]):
                    gender[a.person.name] = g
        antecedent = last_person if _pronoun_fits(s.text, last_person, gender) else None
        view = SentenceView(s.text, mentions, local, places, home_place, antecedent, last_people, last_pair)
        drafts = analyze_sentence(view, leaders)
        for d in drafts:
            if d.follows_on:
                d.date = d.date or days_off(narrative_day, d.days_from_narrative)  # (a day another event lent it stands)
        if anchor is not None:
            _plans_ahead(drafts, local, anchor)
        if s.section == "caption":  # "... before their meeting in Bali, in this file photo taken on Nov. 14, 2022"
            pictured = next((v for t in local if (v := date_value(t))), None)
            for d in drafts:
                d.date = d.date or pictured
        if s.section != "caption":
            narrative_day = _last_day(s.text, local) or narrative_day
        last_people = next((d.participants for d in drafts if len(d.participants) >= 2), last_people)
        if not any(len(d.participants) >= 2 for d in drafts) and len(leaders) >= 2 \
                and (spoken := lexicon().leaders_spoken_of.search(s.text)):
            last_people = list(leaders)  # "The first contact between the two presidents ... On October 6 they held"
            if len(leaders) > 2 and re.search(r"\b(?:two|both)\b", spoken.group(0), re.I) and len(last_pair) == 2:
                last_people = list(last_pair)  # "the two leaders" after a summit of three: the pair named last
        named = list({m.person.name: m.person for m in mentions if m.kind == "person" and m.person}.values())
        last_pair = named if len(named) == 2 else last_pair
        hosts: dict[int, _Event] = {}
        for i, d in enumerate(drafts):
            if d.past and d.host in hosts:
                _inherit_from_host(d, hosts[d.host].mention, _owned(s.text, drafts[d.host]))
            ev = _place_draft(article, s, d, events, actors)
            if ev is not None and not d.past:
                hosts[i] = ev
        if not drafts and (joined := _COMPANIONS_TOLD.match(s.text)):
            _companions_told_after(events, s, mentions, joined.end("subject"))
        if group_events and (named := _group_named(s.text, mentions, drafts)):
            for ev in group_events:  # "A delegation of African leaders arrived ... The seven leaders, including A, B"
                add_people(ev.mention.participants, named)
                ev.mention.countries.extend(c for c in dict.fromkeys(p.country for p in named if p.country)
                                            if c not in ev.mention.countries)
        group_events = [hosts[i] for i, d in enumerate(drafts) if i in hosts and _group_subject(s.text, d, mentions)]
        for ev in group_events:
            ev.group = True
        people = [m.person for m in mentions if m.kind == "person" and m.person]
        if people and not (s.index in reporting and _HE_OR_SHE.search(s.text) and pronoun_subject(parse(s.text))):
            quoted = _quoted_spans(s.text)
            subject = _subject(mentions, quoted) or (people[0] if not quoted else None)
            # ("She ... under Bolsonaro": still about "she"; a name only inside a quotation is not whom "she" is)
            last_person = (_reported_holder(s.text, mentions, subject, last_person) or subject) if subject else last_person
        leaders = _leaders(people, drafts) or leaders
    for e in events:
        _visit_at_dateline(e, dateline_place)
    news_day = _lead_day(events, news_day)
    finished = [_finish(e, events, news_day, dateline_place) for e in events
                if _keep(e.mention) or e.group and e.mention.kind == "meeting" and e.mention.location is not None
                and e.mention.countries or _earlier_visit(e)]
    _fill_from_trips(finished, sentences, actors)
    return finished


def _fill_from_trips(finished: list[EventMention], sentences: list[Sentence], actors: ArticleActors) -> None:
    """What the article's trips say of its other events, once all are read: a trip's days
    (from the meetings held or planned on it) and town; then the days and town of the plans
    made on a trip ("They will sign agreements"), and the town of meetings beside one."""
    unplaced = any(m.kind == "visit" and m.location and not m.location.place for m in finished)
    towns = _towns(sentences, actors) if unplaced else {}
    for m in finished:
        if m.kind == "visit" and m.date is None:
            m.date = _trip_days(m, finished) or _month_of_tour(m, finished)
        if m.kind == "visit" and m.location and not m.location.place and (town := _visited_town(towns, m.location.country)):
            m.location = Location(town, m.location.country)
    for i, m in enumerate(finished):
        if m.date is None and m.kind in ("meeting", "agreement") and m.status in ("scheduled", "proposed", ""):
            trip = next((v for v in reversed(finished[:i]) if v.date and _part_of_trip(v, m)), None)
            if trip:
                m.date = trip.date
                m.location = m.location or trip.location
        if m.location is None and m.kind not in ("visit", "call"):
            names = {p.name for p in m.participants}
            trip = next((v for v in reversed(finished[:i]) if v.kind == "visit" and v.location and v.date
                         and v.status != "proposed" and names & {p.name for p in v.participants}
                         and dates_near(v.date, m.date, 2) and not _over_before(v, m)
                         and (v.location.country in m.countries or len(set(m.countries)) < 2)), None)
            # (not talks with a third state's leader: "flew in from Doha ... On Wednesday he held talks with Qatar's Amir")
            m.location = trip.location if trip else _where_met_that_day(m, finished[:i])
        if m.location is None and m.kind in ("meeting", "agreement") and m.status == "held" and m.date:
            m.location = _gathering_place(m, finished)


def _gathering_place(m: EventMention, events: list[EventMention]) -> Location | None:
    """Where a held meeting the story does not place took place: at the summit of those days in
    the story that one of its people attended ("Erdogan, who met Biden on Tuesday" in a story
    of the NATO summit in Vilnius)."""
    names = {p.name for p in m.participants}
    for g in events:
        if g.kind in ("summit", "forum") and g.status == "held" and g.location and g.location.place \
                and g.date and dates_near(g.date, m.date, 1) and names & {p.name for p in g.participants}:
            return g.location
    return None


def _where_met_that_day(m: EventMention, before: list[EventMention]) -> Location | None:
    """The place of an event told without one, from an earlier event of that day: an agreement
    the states signed the day their leaders met was signed where they met; a leader's other
    talks that day ("Ishiba also met Li on Thursday") were held in the town of the first."""
    if m.kind not in ("agreement", "meeting") or not m.date or "/" in m.date or len(m.date) != 10:
        return None
    if m.kind == "agreement":
        met = next((e for e in reversed(before) if e.kind == "meeting" and e.location and e.date == m.date
                    and e.status == m.status and set(m.countries) <= set(e.countries)), None)
        return met.location if met else None
    names = {p.name for p in m.participants}
    if m.status != "held" or not names:
        return None
    met = next((e for e in reversed(before) if e.kind in ("meeting", "summit") and e.location and e.location.place
                and e.date == m.date and e.status == "held" and names & {p.name for p in e.participants}), None)
    return met.location if met else None


def _visited_town(towns: dict[str, set[str]], iso3: str) -> str | None:
    """The town a visit to a state went to: the only one of the state the story names, else
    its capital if named among them."""
    named = towns.get(iso3, set())
    if len(named) == 1:
        return next(iter(named))
    return seat if (seat := capital(iso3)) in named else None


def _towns(sentences: list[Sentence], actors: ArticleActors) -> dict[str, set[str]]:
    """The towns the article's body names, by state: a visit to a state whose only town in
    the story is its capital was a visit to the capital."""
    towns: dict[str, set[str]] = {}
    for s in sentences:
        if s.section != "caption":
            for _, _, name, iso3 in actors.places(s.index):
                if (town := town_of(name)) and place_country(town) == iso3:
                    towns.setdefault(iso3, set()).add(town)
    return towns


_PRONOUNS = re.compile(r"\b(?:(?P<m>he|his|him)|(?P<f>she|her|hers))\b", re.I)


def _pronoun_fits(text: str, person: Person | None, gender: dict[str, str]) -> bool:
    """Whether the sentence's first "he" or "she" can refer to the person ("Mr Macron ...
    Her last trip": not to Macron)."""
    m = _PRONOUNS.search(text)
    known = gender.get(person.name) if person else None
    return not (m and known) or (m.lastgroup == known)


_DAY = re.compile(r"^(?:\d{4}|XXXX)-(?:\d\d-\d\d|XX-\d\d|W(?:XX|\d\d)-\d)$")


def _near_the_news(m: EventMention) -> bool:
    """Whether an event's day is within a week of its report (or the report has no date): the
    narrative's day, not a background one."""
    iv = interval(m.date)
    return iv is None or m.published is None or abs((m.published.date() - iv[1]).days) <= 7


def _last_day(text: str, timexes) -> str | None:
    """The last single day a sentence names, outside a "since" clause ("since he took office
    on January 1" is background, not the day the story is at)."""
    days = [v for t in timexes if (v := date_value(t)) and _DAY.match(v) and not is_since_date(text, t)]
    return days[-1] if days else None


_PLANNED = {"proposed", "scheduled", "postponed", "cancelled"}
_BACKWARD = re.compile(r"\b(?:last|past|previous|ago|earlier)\b|\d", re.I)


def _plans_ahead(drafts: list[Draft], timexes, published: date) -> None:
    """A plan still to come is not dated before its report: a bare weekday the tagger read as
    the one gone ("media reported that she could arrive late on Tuesday") is the one ahead.
    Only for a verb that tells the plan: a noun may take the day of another verb ("arrived on
    Sunday for the summit")."""
    days = time_lexicon().weekdays
    for d in drafts:
        if d.status not in ("proposed", "scheduled") or d.sense.pos != "verb" or d.past or d.past_plan or d.former_slot \
                or not d.date or not _DAY.match(d.date) or d.date >= published.isoformat():
            continue
        bare = next((t for t in timexes if date_value(t) == d.date and not _BACKWARD.search(t.text)
                     and any(w.lower().strip(",") in days for w in t.text.split())), None)
        if bare is not None and (ahead := date.fromisoformat(d.date) + timedelta(days=7)) >= published:
            d.date = ahead.isoformat()


def _month_of_tour(visit: EventMention, mentions: list[EventMention]) -> str | None:
    """The month of an undated stop of a planned tour ("He was also to visit Uzbekistan and
    Mongolia before returning on Monday"): that of a dated planned visit of the same traveller
    to another state, when the article tells no other."""
    if visit.status not in _PLANNED or not visit.participants:
        return None
    travellers = {p.name for p in visit.participants}
    host = visit.location.country if visit.location else None
    months = {month for o in mentions if o is not visit and o.kind == "visit" and o.date and o.status == visit.status
              and travellers & {p.name for p in o.participants} and (o.location is None or o.location.country != host)
              and (month := _month_of(o.date))}
    return months.pop() if len(months) == 1 else None


def _trip_days(visit: EventMention, mentions: list[EventMention]) -> str | None:
    """The days of an undated trip: those of the dated meetings and agreements planned on it
    ("was to visit Amman to meet regional leaders ... the meetings with them on Wednesday"),
    or, for a trip the text names without a tense of its own ("as part of his visit ... went
    on to meet the president"), held there in the fortnight before the report; "last visited"
    is an earlier trip. The days must lie within a fortnight."""
    if visit.location is None:
        return None
    planned = visit.status in _PLANNED
    stages = _PLANNED if planned else {"held"}
    travellers = {p.name for p in visit.participants}
    host = visit.location.country
    days = [iv for m in mentions if m is not visit and m.kind in ("meeting", "summit", "agreement")
            and travellers & {p.name for p in m.participants} and host in m.countries
            and (m.location is None or m.location.country == host)
            and m.status in stages and (iv := interval(m.date)) is not None]
    if not days:
        return None
    first, last = min(iv[0] for iv in days), max(iv[1] for iv in days)
    if (last - first).days > 14:
        return None
    if not planned and (visit.status != "" or visit.published is None
                        or not 0 <= (visit.published.date() - last).days <= 14):
        return None
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


_COMPANIONS_TOLD = re.compile(r"\s*(?P<subject>(?:[\w'’.-]+\s+){1,5}?)(?:is|was|will\s+be|are|were|has\s+been|had\s+been)\s+"
                             r"(?:being\s+)?(?:accompanied|joined)\s+by\b", re.I)


@lru_cache(maxsize=1)
def _traveller_subject() -> re.Pattern:
    """"he", "she", "the (Iranian) president": a subject that names a trip's traveller (events lexicon)."""
    titles = sorted(lexicon().syntax["traveller_titles"], key=len, reverse=True)
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in titles)
    return re.compile(rf"(?:he|she|the\s+(?:[\w-]+\s+){{0,2}}(?:{words}))", re.I)


def _companions_told_after(events: _Events, s: Sentence, mentions, subject_end: int) -> None:
    """"He is accompanied by Foreign Minister X": those named go with the traveller of the visit told
    in the sentence just before, whom the subject names ("he", "the president", his name)."""
    trip = next((e for e in events.latest()[:2] if e.mention.kind == "visit" and s.index - e.touched == 1), None)
    if trip is None or not trip.mention.participants:
        return
    subject = s.text[:subject_end].strip()
    named = [a.person for a in mentions if a.kind == "person" and a.person and a.start < subject_end]
    if not (named and named[0].name == trip.mention.participants[0].name or not named and _traveller_subject().fullmatch(subject)):
        return
    add_people(trip.mention.participants, [a.person for a in mentions if a.kind == "person" and a.person
                                           and a.start >= subject_end and named_in(a)])


def _group_subject(text: str, d: Draft, mentions) -> bool:
    """"A delegation of African leaders arrived in Kyiv": the event's subject is a group of
    people no name is given for (yet)."""
    before = text[: d.start]
    return bool(lexicon().group_people.search(before)) and not any(
        m.kind == "person" and m.start < d.start for m in mentions)


def _group_named(text: str, mentions, drafts: list[Draft]) -> list[Person]:
    """"The seven leaders, including A, B and C, will ...": the people who make up a group
    the sentence before spoke of (those named before this sentence's own event)."""
    m = lexicon().group_including.match(text)
    if not m:
        return []
    first = min((d.start for d in drafts), default=len(text))
    return [x.person for x in mentions if x.kind == "person" and x.person and m.end() <= x.start < first]


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """The quoted parts of a sentence, with a quotation the sentence opens and the next closes
    (or one it closes that the sentence before opened) running to its end (from its start)."""
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    rest = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    if (i := next((i for i, ch in enumerate(rest) if ch in "“”\""), None)) is not None:
        closing = rest[i] == "”" or rest[i] == '"' and rest[:i].strip() and not rest[i + 1 : i + 2].isalnum()
        spans.append((0, i + 1) if closing else (i, len(text)))
    return spans


def _subject(mentions, quoted: list[tuple[int, int]]) -> Person | None:
    """The person a sentence is about, for "he" in the next one: the first named outside its
    quotations (_quoted_spans: "'I invited him,' Mr Xi said" is about Xi)."""
    return next((m.person for m in mentions if m.kind == "person" and m.person
                 and not any(a <= m.start < b for a, b in quoted)), None)


_REPORTED_TITLE = re.compile(r"\s*(?:,[^,.]{0,80},\s*)?(?P<verb>[a-z]+)\s+(?:that\s+)?the\s+(?P<title>[a-z]+(?:\s+[a-z]+)?)\b")


def _reported_holder(text: str, mentions, subject: Person, before: Person | None) -> Person | None:
    """The person named before, when the sentence only has a speaker report what the holder of
    that person's office will do ("Press Secretary X said the president would travel to the
    region from July 13": "He will start the tour in Israel" is the president, not X)."""
    if before is None or not before.role or before is subject:
        return None
    said = next((m for m in mentions if m.kind == "person" and m.person is subject), None)
    m = _REPORTED_TITLE.match(text, said.end) if said else None
    if not m or not lexicon().attribution.fullmatch(m["verb"]):
        return None
    role = before.role.lower()
    title = next((t for t in (m["title"], m["title"].split()[0]) if t in load_yaml("titles.yaml")["home_offices"]), None)
    return before if title and (role == title or role.startswith(title + " ")) and (subject.role or "").lower() != role \
        else None


def _leaders(people: list[Person], drafts: list[Draft]) -> list[Person]:
    """Heads of state or government of two or more states named together, for "the leaders"."""
    for group in [people] + [d.participants for d in drafts]:
        heads = [p for p in group if p.role and p.role.lower().endswith(lexicon().leader_roles)]
        if len({p.country for p in heads}) < 2:
            heads = [p for p in group if is_leader(p)] if group is not people else []
        if len({p.country for p in heads}) >= 2:
            return heads
    return []


_OWNED = re.compile(r"(?:['’]s?|\b(?:his|her|their))\s+(?:first\s+|last\s+|previous\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _owned(text: str, host: Draft) -> bool:
    """Whether the host event is told as someone's ("Hasina's first trip", "his first visit")."""
    return bool(_OWNED.search(text, max(0, host.start - 40), host.start))


def _inherit_from_host(d: Draft, host: EventMention, owned: bool = False) -> None:
    """A past reference is an earlier event of the same kind between the same states, unless it
    names its own ("the first visit since Nehammer met Putin in April 2022"); of the same
    people when the host is told as theirs ("Hasina's first trip to India since October 2019")."""
    if len({p.country for p in d.participants if p.country}) < 2:
        d.own_countries = d.own_countries or list(host.countries)
    if owned and not d.participants and d.kind == host.kind and d.kind in ("visit", "meeting", "call"):
        d.participants = list(host.participants)
    d.format = d.format or host.format
    d.name = d.name or host.series
    if host.kind in ("summit", "forum") and d.kind == "meeting":
        d.kind = host.kind
    if d.kind == "visit" and d.location is None and host.kind == "visit" and host.location:
        d.location = Location(None, host.location.country)  # "the first state visit since Chirac's in 2000": to that state


def _town_in_name(name: str) -> Location | None:
    """The town a gathering's name opens with ("Jeddah Security and Development Summit")."""
    found = find_places(name)
    if found and found[0][0] == 0 and found[0][2] and not is_region(found[0][2]):
        return Location(found[0][2], found[0][3])
    return None


def _in_town(loc: Location | None) -> Location | None:
    """A venue the gazetteer places in a town is recorded as that town ("the Elysee Palace":
    Paris); the sentence beside the record still names the venue."""
    if loc is None or not loc.place or (town := town_of(loc.place)) in (None, loc.place):
        return loc
    return Location(town, loc.country)


def _mention(article: Article, s: Sentence, d: Draft) -> EventMention:
    countries = list(d.own_countries)
    hosted_setting = d.sideline and d.kind in ("summit", "forum") and d.location and d.location.country
    for c in d.groups + [p.country for p in d.participants if p.country and not hosted_setting]:
        if c and c not in countries and not (d.kind == "forum" and c in d.groups):
            countries.append(c)
    if d.location and d.location.country and d.location.country not in countries \
            and (d.kind == "visit" or (d.kind in ("summit", "forum") or d.kind == "meeting" and d.name) and len(countries) < 2
                 or d.kind == "summit" and len(countries) >= 3 and d.format != "trilateral" and not d.past):
        countries.append(d.location.country)  # the host; a summit of two states in a third is not the third's,
        # a summit of many is ("Leaders of Japan, China, South Korea, India and Australia are due in Kuala Lumpur for the
        # East Asia Summit": Malaysia hosts it)
    if d.kind == "forum":  # a forum's parties are its host and the people named at it
        keep = {d.location.country} if d.location else set(d.own_countries[:1])
        keep |= {p.country for p in d.participants if p.country}
        keep |= {code for c in find_countries(d.name or "") for code in c.codes}  # "a UK-South Africa business forum"
        countries = [c for c in countries if c in keep]
    evidence = Evidence(article.id, s.text, s.start + d.start if d.past else s.start, s.end if not d.past else s.start + d.end)
    return EventMention(
        article=article.id,
        published=article.published,
        published_precision="month" if article.published_precision == "month" else None,
        type=d.sense.type,
        kind=d.kind,
        status=d.status or "",
        mode=d.sense.mode or _MODES.get(d.kind),
        format=d.format,
        countries=countries,
        participants=list(d.participants),
        date=d.date,
        location=_in_town(d.location),
        series=d.name,
        ordinal=d.ordinal,
        trigger=d.trigger,
        evidence=[Evidence(article.id, s.text, s.start, s.end)] if not d.past else [evidence],
    )


_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")


def _place_draft(article: Article, s: Sentence, d: Draft, events: _Events, actors: ArticleActors) -> _Event | None:
    """Attach a draft to an event of the article, or start a new one."""
    m = _mention(article, s, d)
    _visit_in_headline(m, d, article.title)
    if d.same_day:  # "on the same day": the day of the event told last (in this sentence, its month if it gives only that)
        here = next((e for e in reversed(events) if e.touched == s.index and e.mention.date
                     and _MONTH_VALUE.fullmatch(e.mention.date)), None)
        prev = here or next((e for e in reversed(events) if e.mention.date and interval(e.mention.date) and
                             interval(e.mention.date)[0] == interval(e.mention.date)[1] and _near_the_news(e.mention)), None)
        # ("Earlier in the day, X was received by Y" after "first received him on 8 February 2020": not that day)
        m.date = prev.mention.date if prev else None
    if d.next_in_series:  # "the next round", "the last such meeting": another of the same kind
        same_kind = lambda e: KIND_GROUPS.get(e.mention.kind) == KIND_GROUPS.get(m.kind)  # noqa: E731
        antecedent = _recent(events, lambda e: same_kind(e) and bool(e.mention.series or e.mention.format))
        if antecedent:
            m.series, m.format = antecedent.mention.series, antecedent.mention.format
            m.countries = m.countries or list(antecedent.mention.countries)
        elif len(set(m.countries)) < 2 and (antecedent := _recent(events, lambda e: kinds_compatible(e.mention, m, anaphoric=True)
                                                                    and len(set(e.mention.countries)) >= 2)):
            m.countries = list(dict.fromkeys(antecedent.mention.countries + m.countries))  # between the same states
        return _new(events, m, d, s)
    if d.sideline:  # a gathering named as the setting of a side meeting stands on its own
        same = _recent(events, lambda e: bool(e.mention.series) and e.mention.series == m.series
                       and not (e.mention.ordinal and m.ordinal and e.mention.ordinal != m.ordinal)) or (  # not "the second"
            d.anaphoric and not m.series  # "on the sidelines of the summit": the one told before
            and _recent(events, lambda e: e.mention.kind == m.kind and e.mention.status == m.status and not all(x.past for x in e.drafts)
                        and (countries_compatible(e.mention.countries, m.countries) or m.kind in ("summit", "forum"))))
        # (a summit's side meetings are between some of the many states at it)
        return _join(events, same, m, d, s) if same else _new(events, m, d, s)
    if d.past and not d.date:
        return None  # "since the gathering was suspended": an earlier event the text does not place
    if d.separate:
        return _new(events, m, d, s)  # "held a separate meeting": not the one told before
    if d.former_slot:  # "The state visit was originally planned for July": the same parties, in a slot of its own
        if d.anaphoric and (target := _recent(events, lambda e: e.mention.kind == m.kind
                                              and (not m.countries or bool(set(m.countries) & set(e.mention.countries))))):
            add_people(m.participants, target.mention.participants)
            m.countries = list(dict.fromkeys(m.countries + target.mention.countries))
            m.location = m.location or (Location(None, target.mention.location.country) if target.mention.location else None)
        return _new(events, m, d, s)
    if d.joins and (target := _recent(events, lambda e: kinds_compatible(e.mention, m, anaphoric=True)
                                      and countries_compatible(e.mention.countries, m.countries))):
        return _join(events, target, m, d, s)  # "Foreign Ministers A and B also took part in the talks"
    if d.anaphoric and not d.past:
        target = _antecedent(events, m, s)
        if target:
            return _join(events, target, m, d, s)
    strict = d.past or d.indefinite and m.date is not None  # "chairs an emergency meeting on Wednesday": another one
    # "After the talks, he was to meet business leaders": two events
    fronted_end = s.text.find(",") if lexicon().time_order_lead.match(s.text) else -1
    target = _recent(events, lambda e: facts_compatible(e.mention, m) and _same_time_frame(e.mention, m, strict=strict)
                     and not (e.touched == s.index and e.last_start < fronted_end < d.start)
                     and not _rescheduled(e.mention, m) and not _older_than_the_news(e, m)
                     and not _side_meeting(e.mention, m, d) and not _bilateral_for_trilateral(e.mention, m)
                     and not (e.touched == s.index and any(x.sideline for x in e.drafts))  # its setting, told just now
                     and not (e.touched == s.index and not d.past and any((x.start, x.end) == (d.start, d.end) for x in e.drafts))
                     # (a part the sentence split from the same words: "will meet A in X and B in Y")
                     and not (e.touched == s.index and _another_verb(e.drafts[-1], d))
                     and not (d.previous and e.mention.status not in ("held", ""))  # the last one is not the next
                     and not (d.indefinite and m.status in ("proposed", "scheduled") and e.mention.status == "held"))
    # ("signed a peace agreement on Friday ... would come to sign a broader accord": another, still to come)
    if target:
        return _join(events, target, m, d, s)
    return _new(events, m, d, s)


def _local_time_glosses(text: str, timexes: list[Timex]) -> list[tuple[int, int]]:
    """Parentheses right after a time that give it in another time zone ("on Thursday (Friday in
    Manila)", "at 9 pm (0100 GMT Friday)"): no time or place of the event's own."""
    spans = []
    for t in timexes:
        m = re.match(r"\s*\(([^()]{1,40})\)", text[t.end :])
        if m and any(t.end + m.start(1) <= o.start < t.end + m.end(1) for o in timexes if o is not t):
            spans.append((t.end + m.start(1), t.end + m.end(1)))
    return spans


def _bilateral_for_trilateral(e: EventMention, m: EventMention) -> bool:
    """Whether m, told as trilateral, would join e, an event of two states that m does not keep
    to ("the first trilateral summit of A, B and C" is not A and B's meeting)."""
    theirs, mine = set(e.countries), set(m.countries)
    return m.format == "trilateral" and len(theirs) == 2 and not (mine and mine <= theirs)


def _side_meeting(gathering: EventMention, m: EventMention, d: Draft) -> bool:
    """Whether m is a meeting of two states told by its verb ("Putin met Vo Van Thuong")
    beside a summit or forum: a side meeting, not the gathering, whoever attended both."""
    return d.sense.pos == "verb" and m.kind in ("meeting", "call") and gathering.kind in ("summit", "forum") \
        and len(set(m.countries)) <= 2


def _older_than_the_news(e: _Event, m: EventMention) -> bool:
    """Whether m, dated weeks before the report, is another event than e, the lead's undated
    past event (the news of the day): "Sisi welcomed Erdogan at the airport ... The two
    presidents met in New Delhi in September" are two meetings."""
    iv = interval(m.date)
    return bool(e.mention.date is None and e.first_sentence <= _LEAD and e.mention.status == "held" and iv
                and m.published and (m.published.date() - iv[1]).days > 7)


def _same_time_frame(a: EventMention, b: EventMention, strict: bool = False) -> bool:
    """Within one article, an undated mention joins only an event in its own time frame;
    strict (a past reference): only a dated event on the same dates."""
    if a.date and b.date:
        return dates_overlap(a.date, b.date)
    if strict:
        return False
    dated, undated = (a, b) if a.date else (b, a)
    if not dated.date or not undated.status:
        return True
    iv = interval(dated.date)
    pub = undated.published.date() if undated.published else None
    if iv is None or pub is None:
        return True
    future = undated.status in ("scheduled", "proposed")
    return iv[1] >= pub if future else iv[0] <= pub


def _antecedent(events: _Events, m: EventMention, s: Sentence) -> _Event | None:
    """The event "the meeting" refers to: compatible, sharing its parties, current, recent."""
    parties = set(m.countries)
    leaders_met = len(m.participants) >= 2 and all(p.role and is_leader(p) for p in m.participants)
    best, best_score = None, 0.0
    for e in events.latest():
        if not facts_compatible(e.mention, m, anaphoric=True) or _rescheduled(e.mention, m) or _older_than_the_news(e, m):
            continue  # ("his first trip abroad", dated months back, is not the lead's visit of the day)
        if m.date and not _same_time_frame(e.mention, m):
            continue  # "their meeting in New Delhi on April 4, 2023" is not the one planned for next week
        if _bilateral_for_trilateral(e.mention, m):
            continue  # "the three-way meeting" is not the bilateral of the day before
        theirs = set(e.mention.countries)
        overlap = len(parties & theirs) / len(parties | theirs) if parties and theirs else 0.0
        current = 1.0 if _same_time_frame(e.mention, replace(m, status=m.status or "scheduled")) or e.mention.date is None else 0.0
        if e.mention.date and m.published and e.mention.status == "held" and not _recent_enough(e.mention):
            current = 0.0  # background events ("last met in 2019") are rarely referred back to
        names = {p.name for p in m.participants}
        shared = len(names & {p.name for p in e.mention.participants}) / len(names) if names else 0.0
        named = (5.0 if e.mention.series == m.series else 0.0) if m.series else (0.5 if e.mention.series else 0.0)
        officials_only = not any(p.role and is_leader(p) for p in e.mention.participants)
        same_kind = 1.0 if e.mention.kind == m.kind and not (leaders_met and officials_only) \
            or leaders_met and e.mention.kind == "summit" else 0.0
        # "the meeting": a meeting before a summit it was held at; but the meeting heads of state attended is
        # rather a summit than a meeting of no leader
        score = 2 * overlap + 2 * shared + current + 1 / (1 + s.index - e.touched) + named + same_kind
        if score > best_score:
            best, best_score = e, score
    return best


def _rescheduled(a: EventMention, b: EventMention) -> bool:
    """An event held and one postponed or cancelled are two events of one article: the plan
    that was put off, and the one that took its place ("have arrived for their state visit
    ... The tour was shelved in March")."""
    return {a.status, b.status} in ({"held", "postponed"}, {"held", "cancelled"})


def _another_verb(told: Draft, d: Draft) -> bool:
    """Two verbs of one kind in one sentence, each with its own object ("will call on the prime
    minister and meet business leaders in Auckland"): two events."""
    return told.sense.pos == d.sense.pos == "verb" and told.kind == d.kind == "meeting" and told.end <= d.start \
        and not told.past and not d.past and told.trigger.lower() != d.trigger.lower()


def _recent_enough(m: EventMention) -> bool:
    iv = interval(m.date)
    return iv is None or m.published is None or (m.published.date() - iv[1]).days <= 14


class _Events(list):
    """The article's events in order of first report, with a recency order beside it, so a
    new mention is compared only with the _WINDOW events reported most recently."""

    def __init__(self) -> None:
        super().__init__()
        self.by_recency: OrderedDict[int, _Event] = OrderedDict()

    def touch(self, ev: _Event) -> None:
        self.by_recency[ev.order] = ev
        self.by_recency.move_to_end(ev.order)

    def latest(self) -> list[_Event]:
        """The most recently reported events, latest first."""
        return list(islice(reversed(self.by_recency.values()), _WINDOW))


def _recent(events: _Events, test) -> _Event | None:
    return next((e for e in events.latest() if test(e)), None)


_PUT_OFF = ("postponed", "cancelled")
# a plan told from after it was given up: "had planned to hold talks", "was to have included the summit"
_PLAN_GIVEN_UP = re.compile(r"\bhad\s+(?:also\s+)?(?:planned|been\s+(?:scheduled|due|expected|set))\b|\b(?:was|were)\s+to\s+have\b", re.I)


def _new(events: _Events, m: EventMention, d: Draft, s: Sentence) -> _Event:
    # "called off his planned trip": a reference back that tells the plan's end still sets its status
    ev = _Event(m, [d], s.index, bool(d.status) and (not d.anaphoric or d.status in _PUT_OFF), len(events), s.index,
                last_start=d.start)
    events.append(ev)
    events.touch(ev)
    return ev


def _join(events: _Events, ev: _Event, m: EventMention, d: Draft, s: Sentence) -> _Event:
    if d.anaphoric:
        # a reference back adds people, dates and places, and the states of those people only
        m.countries = list(dict.fromkeys(p.country for p in m.participants if p.country))
    absorb(ev.mention, m)
    if not ev.status_set and d.status and not d.anaphoric:
        ev.mention.status = d.status
        ev.status_set = True
    elif d.status == "postponed" and ev.mention.status == "cancelled":
        ev.mention.status = "postponed"  # "called off a state visit ... the visit would be rescheduled at a later date"
    elif d.status in _PUT_OFF and ev.mention.status in ("scheduled", "proposed", ""):
        ev.mention.status = d.status  # "X had been due to visit France, a trip that now appears off the agenda";
        # a reference back that tells the plan's end too ("X will visit Turkey ... The trip was put off")
    elif d.status == "held" and ev.mention.status == "scheduled" and _today(ev.mention):
        ev.mention.status = "held"  # a live page: "will hold talks later this evening", then "have begun their talks"
    ev.drafts.append(d)
    ev.touched, ev.last_start = s.index, d.start
    events.touch(ev)
    return ev


def _today(m: EventMention) -> bool:
    """Whether the event is dated the day its article was published."""
    return m.published is not None and m.date == m.published.date().isoformat()


def _told_with(ev: _Event, events: _Events, test) -> _Event | None:
    """Another event of the article, not an earlier one referred to, told in a sentence of
    ev's and passing test (on its mention)."""
    said = {e.sentence for e in ev.mention.evidence}
    return next((o for o in events if o is not ev and test(o.mention) and not any(d.past for d in o.drafts)
                 and said & {e.sentence for e in o.mention.evidence}), None)


def _month_of(value: str) -> str | None:
    """The month a date value starts in ("2023-W19" -> "2023-05", "XXXX-10-13" -> "XXXX-10")."""
    iv = interval(value)
    if iv is None:
        return value[:7] if re.match(r"XXXX-\d\d", value) else None  # a year-less day: its year-less month
    return f"{iv[0].year}-{iv[0].month:02d}"


def _earlier_visit(ev: _Event) -> bool:
    """An earlier visit named inside a later one ("the first state visit since Chirac's in 2000"):
    between the same states, kept though the text names no official making it."""
    m = ev.mention
    return m.kind == "visit" and all(d.past for d in ev.drafts) and len(set(m.countries)) >= 2 and m.location is not None


_HEADLINE_TRIP = re.compile(r"\b(?:visit|visits|trip|tour|travel|travels|heads|arrives|arrive|lands)\s+(?:to\s+|in\s+)?$", re.I)


def _visit_in_headline(m: EventMention, d: Draft, title: str | None) -> None:
    """A visit the story names with no place of its own ("Erdogan's visit, which is expected to
    last less than a day"), by a traveller the headline names going somewhere ("All set for
    Erdogan's visit to Athens"): that place."""
    if m.kind != "visit" or m.location is not None or not m.participants or not title or d.past or d.previous:
        return
    if not any(p.name.split()[-1] in title for p in m.participants):
        return
    own = {p.country for p in m.participants}
    for start, _, place, iso3 in find_places(title, countries=True):
        if _HEADLINE_TRIP.search(title, 0, start) and iso3 not in own:
            m.location = Location(place, iso3)
            if iso3 not in m.countries:
                m.countries.append(iso3)
            return


def _visit_at_dateline(ev: _Event, dateline_place: Location | None) -> None:
    """A visit the story names with no place of its own, by people of another state than the
    dateline's, under way or done, is where the news was made: "MOSCOW (AP) -- ... Kuchma's
    four-day state visit"."""
    m = ev.mention
    if m.kind != "visit" or m.location is not None or not (dateline_place and dateline_place.place) \
            or not m.participants or m.status not in ("held", "") or any(d.past or d.previous for d in ev.drafts):
        return
    travellers = {p.country for p in m.participants}
    elsewhere = {c for match in find_countries(m.evidence[0].sentence) if match.kind != "context" for c in match.codes} \
        - travellers - {dateline_place.country}
    if dateline_place.country not in travellers and _recent_enough(m) and not elsewhere:
        # not "SEOUL -- Kim left Russia's Far East, ending a six-day visit": the state the sentence names
        m.location = dateline_place
        m.countries.append(dateline_place.country)


def _finish(ev: _Event, events: _Events, article_day: str | None = None,
            dateline_place: Location | None = None) -> EventMention:
    """Fill what the article says elsewhere: dates by relation, places from a visit, status.
    article_day: the day the report's news was made (see _news_day)."""
    m = ev.mention
    drafts = ev.drafts
    if m.date is None and any(d.relation for d in drafts):
        anchor = _recent_other(events, ev, lambda o: o.mention.date is not None and o.mention.evidence[0].start == m.evidence[0].start)
        if anchor:
            m.date = _month_of(anchor.mention.date)
            if not any(d.status for d in drafts) and anchor.mention.status not in ("postponed", "cancelled"):
                m.status = anchor.mention.status  # what comes before a postponed plan is not put off with it
    place = next((d.while_in for d in drafts if d.while_in), None)
    if m.date is None and place:  # "While in Washington, ...": during the stay there
        host = _recent_other(events, ev, lambda o: o.mention.date is not None and o.mention.location is not None
                             and bool(o.mention.location.place) and place.startswith(o.mention.location.place))
        if host:
            m.date = host.mention.date
    if any(d.during_visit for d in drafts):  # "During the trip, ...": when and where the trip is
        first = m.participants[0].name if m.participants else None  # "During his stay, X will meet Y": X's trip
        planned = m.status in ("scheduled", "proposed")  # "During the visit, they will ...": the trip to come
        trip = _recent_other(events, ev, lambda o: o.mention.kind == "visit" and any(p.name == first for p in o.mention.participants)
                             and not (planned and _before_publication(o.mention))) \
            or _recent_other(events, ev, lambda o: o.mention.kind == "visit" and not (planned and _before_publication(o.mention))) \
            or _recent_other(events, ev, lambda o: o.mention.kind == "visit")
        if trip:
            m.date = m.date or trip.mention.date
            m.location = m.location or trip.mention.location
    if m.date is None and m.kind in ("meeting", "agreement") and m.status in ("scheduled", "proposed", ""):
        trip = _recent_other(events, ev, lambda o: _part_of_trip(o.mention, m) and o.mention.date is not None)
        if trip:  # "Modi was to travel to Bhutan on March 21-22 ... was scheduled to meet the king": on that trip
            m.date = _day_of_trip(m.evidence[0].sentence[: drafts[0].start], trip.mention.date)
            m.location = m.location or trip.mention.location
            put_off = _recent_other(events, ev, lambda o: _part_of_trip(o.mention, m)
                                    and o.mention.status in ("postponed", "cancelled"))
            if put_off:  # the trip was postponed: so is what was planned on it
                m.status = put_off.mention.status
    if m.kind in ("meeting", "summit") and m.status in ("scheduled", "proposed") \
            and (any(d.past_plan for d in drafts) or _PLAN_GIVEN_UP.search(m.evidence[0].sentence)):
        put_off = _recent_other(events, ev, lambda o: o.mention.status in _PUT_OFF and (
            _part_of_trip(o.mention, m) or m.kind == "summit" and _trip_to_gathering(o.mention, m)))
        if put_off:  # "has cancelled a planned trip to A and B ... had planned to hold talks with X in A": off with it
            m.status = put_off.mention.status
    if any(d.past_plan for d in drafts) and (day := interval(m.date)) and day[0] == day[1]:
        trip = _recent_other(events, ev, lambda o: _part_of_trip(o.mention, m) and interval(o.mention.date) is not None)
        start = interval(trip.mention.date)[0] if trip else None
        if start and 0 < (start - day[0]).days <= 7:  # "(the trip was to start Saturday) He was to hold talks on
            m.date = (day[0] + timedelta(days=7)).isoformat()  # Tuesday": the Tuesday of the trip, not the one before
        if trip and trip.mention.status in ("postponed", "cancelled"):
            m.status = trip.mention.status
    if m.kind in ("summit", "forum") and m.location is None and m.series and (town := _town_in_name(m.series)):
        m.location = town  # "the Jeddah Security and Development Summit": in Jeddah
    if m.kind == "agreement" and m.location is None:  # "the summit saw the leaders sign a declaration"
        at = _told_with(ev, events, lambda o: o.kind in ("summit", "forum") and o.location is not None)
        if at:
            m.location = at.mention.location
    if m.kind == "agreement" and m.status in ("held", "") and (m.date is None or m.location is None):
        talks = _told_with(ev, events, lambda o: o.kind == "meeting" and o.status == "held" and o.date is not None
                           and set(m.countries) <= set(o.countries))  # "After the talks, they witnessed the signing"
        if talks:
            m.date, m.location = m.date or talks.mention.date, m.location or talks.mention.location
            m.status = "held"
    if m.date is None and m.kind == "meeting" and m.status == "held" and not any(d.past or d.previous for d in drafts):
        trip = _recent_other(events, ev, lambda o: _one_day_stay(o.mention, m))
        if trip:  # "Macron landed on Sunday for a short visit ... the two leaders held talks": that day
            m.date = trip.mention.date
    news_day = next((d.told_on for d in drafts if d.told_on), None) or article_day
    lead_news = m.status == "held" and m.type == "CONSULT" and news_day and ev.first_sentence <= _LEAD
    in_dateline = bool(dateline_place and dateline_place.place and dateline_place.country in m.countries)
    lead = drafts[0]  # the lead's own mention: not a reference back, a visit before the news ("after visiting X"),
    # nor the gathering a side meeting was held at (its days are its own)
    if m.date is None and lead_news and not any(d.past or d.previous for d in drafts) \
            and not (lead.relation == "after" if m.kind == "visit" else lead.anaphoric) and not lead.sideline:
        m.date = news_day  # news of the day: the lead's undated past event (placed in a year by linking)
        if in_dateline and _vaguer(m.location, dateline_place):
            m.location = dateline_place  # "SOCHI, Sept. 4 -- ... after their talks": where the news was made
    elif lead_news and m.date == news_day and in_dateline and m.location and _vaguer(m.location, dateline_place) \
            and not (drafts[0].past or drafts[0].anaphoric):
        m.location = dateline_place  # "Woodside, California - ... met at a summit in California"
    elif m.location is None and m.kind in ("meeting", "summit", "agreement") and m.status == "held" and in_dateline \
            and m.date == news_day and ev.first_sentence <= _LEAD and not (lead.past or lead.anaphoric):
        m.location = dateline_place  # "MOSCOW (AP) -- A and B signed a plan Friday": signed where the news was made
    if m.date is None and m.status == "held" and m.published and any(d.perfect for d in drafts) \
            and not any(d.past or d.anaphoric for d in drafts):
        m.date = m.published.strftime("%Y-%m")  # "have agreed": in the days before the report
    if m.date is None and news_day and any(d.ongoing for d in drafts) and not any(d.past or d.previous for d in drafts):
        m.date = news_day  # "Mr. Blair's current visit": under way on the report's day
    if m.kind in ("meeting", "call") and m.status in ("held", "scheduled", "proposed") and (m.date is None or m.location is None) \
            and _ON_THE_SIDELINES.search(m.evidence[0].sentence) and not any(d.past for d in drafts):
        planned = m.status != "held"  # "On the sidelines of the summit, he is also expected to meet X": at the one ahead
        gathering = _recent_other(events, ev, lambda o: o.mention.kind in ("summit", "forum") and o.mention.date is not None
                                  and (o.mention.status == "held" or planned and o.mention.status == "scheduled")
                                  and _recent_enough(o.mention))  # not a background one
        if gathering:  # "Also on the sidelines, the crown prince met X": at the gathering told before, on its days
            m.date = m.date or gathering.mention.date
            m.location = m.location or (gathering.mention.location if m.kind == "meeting" else None)
    if m.date is None and any(d.same_day for d in drafts):  # "Earlier in the day, ...": the day of the news
        day = _recent_other(events, ev, lambda o: (iv := interval(o.mention.date)) is not None and iv[0] == iv[1])
        m.date = day.mention.date if day else None  # told before it (already finished)
    if m.status == "held" and any(d.status == "held" and not d.ongoing for d in drafts) and m.date and len(m.date) == 10 \
            and m.published and (iv := interval(m.date)) and (iv[0] - m.published.date()).days > 7:
        m.date = f"{iv[0].year - 1}{m.date[4:]}"  # "They met on October 13", told in September: last year's
        # (a day in the coming week is not: "a state visit that runs until Thursday" is under way)
    if not m.status and m.date:
        m.status = _status_from_date(m)
    elif m.status in ("proposed", "scheduled") and not any(d.past_plan for d in drafts) \
            and (_before_publication(m) or m.date == news_day and any(d.ongoing for d in drafts)):
        m.status = "held"  # "a summit being held on Thursday", on Thursday: under way
    if m.kind == "visit":
        m.participants = _travellers(m)
    days = next((d.length for d in drafts if d.length), None)
    if days and days > 1 and (iv := interval(m.date)) and iv[0] == iv[1]:  # "arrived ... on a three-day visit"
        m.date = f"{iv[0].isoformat()}/{(iv[0] + timedelta(days=days - 1)).isoformat()}"
    if m.kind == "call":
        m.location = None  # a call is held from afar: a place in its sentence is another event's
    if m.location is None and m.kind in ("summit", "forum") and m.status in ("postponed", "cancelled") \
            and len(m.countries) == 1 and not m.participants:
        m.location = Location(None, m.countries[0])  # "the Dominican government will postpone the summit": its host
    if len(m.countries) >= 3 and m.kind in ("meeting", "summit") and not m.format:
        m.format = "multilateral" if m.kind == "summit" else None
    return m


_ON_THE_SIDELINES = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines?|margins?)\b(?!\s+of\s+(?:an?\s+|its\s+|the\s+)?(?-i:[A-Z\d]))",
                               re.I)  # "on the sidelines (of the summit)": of a gathering named before
_NTH_DAY = re.compile(r"\bthe\s+([a-z]+)\s+day\b", re.I)


def _day_of_trip(before: str, days: str) -> str:
    """The day of a trip a plan names before its trigger ("on the second day, he will meet
    ..."), else the trip's days."""
    iv = interval(days)
    found = [m for m in _NTH_DAY.finditer(before) if m[1].lower() in lexicon().ordinals
             or m[1].lower() in ("last", "final")] if iv else []
    if not found:
        return days
    word = found[-1][1].lower()
    day = iv[1] if word in ("last", "final") else iv[0] + timedelta(days=lexicon().ordinals[word] - 1)
    return day.isoformat() if day <= iv[1] else days


def _vaguer(here: Location | None, there: Location) -> bool:
    """Whether a place says less than another: none, or a region of the other's country."""
    return here is None or here.country == there.country and (not here.place or is_region(here.place))


def _travellers(m: EventMention) -> list[Person]:
    """A visit's participants are those who travel: people of the host state receive them."""
    host = m.location.country if m.location else None
    return [p for p in m.participants if not (host and p.country == host)]


def _trip_to_gathering(visit: EventMention, m: EventMention) -> bool:
    """Whether a trip was to a gathering: one of its travellers at it, in the state visited."""
    if visit.kind != "visit" or visit.location is None or m.location is None or visit.location.country != m.location.country:
        return False
    home = {c for c in visit.countries if c != visit.location.country}
    return bool({p.name for p in visit.participants} & {p.name for p in m.participants}) \
        or not m.participants and bool(home & set(m.countries))  # (a summit the text names no one at, of his state)


def _part_of_trip(visit: EventMention, m: EventMention) -> bool:
    """Whether an undated plan (a meeting, an agreement) belongs to a trip the article reports:
    the traveller takes part in it, and it is between the traveller's state and the host's."""
    if visit.kind != "visit" or visit.location is None or visit.status == "proposed":
        return False
    if _over_before(visit, m):
        return False
    travellers = {p.name for p in visit.participants}
    return bool(travellers & {p.name for p in m.participants}) and visit.location.country in m.countries \
        and set(m.countries) <= set(visit.countries)


def _lead_day(events: _Events, news_day: str | None) -> str | None:
    """The day the lead tells its news happened, when it names one a day or two before the page's
    day ("The EU on Friday pledged ...", posted on Saturday): the day of the lead's other events."""
    if news_day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", news_day):
        return news_day
    told = date.fromisoformat(news_day)
    for e in events:
        iv = interval(e.drafts[0].date) if e.first_sentence == 0 and e.mention.status == "held" \
            and e.mention.kind != "visit" else None  # its own day (not an arrival's: what came before it is older)
        if iv and iv[0] == iv[1] and 0 < (told - iv[0]).days <= 2 and not any(d.past for d in e.drafts):
            return iv[0].isoformat()
    return news_day


def _news_day(published: datetime | None, dateline_day: str | None) -> str | None:
    """The day a report's news was made: its dateline's day when that is a day or two before
    the page's timestamp ("ANKARA, Dec 11 (Reuters)", stamped 02:17 on the 12th), else the
    timestamp's day; the dateline's day alone (XXXX-12-11) when the report is undated."""
    if published is None:
        return dateline_day
    day = published.date()
    if dateline_day and (m := re.fullmatch(r"XXXX-(\d\d)-(\d\d)", dateline_day)):
        month, dom = int(m.group(1)), int(m.group(2))
        try:
            told = date(day.year - (month > day.month), month, dom)
        except ValueError:
            told = None
        if told and 0 < (day - told).days <= 2:
            return told.isoformat()
    return day.isoformat()


def _one_day_stay(visit: EventMention, m: EventMention) -> bool:
    """Whether a held meeting with no day of its own took place on a one-day trip the article
    reports: the traveller's talks with someone of the host state, there, that day."""
    iv = interval(visit.date)
    return visit.status == "held" and _part_of_trip(visit, m) and bool(iv) and iv[0] == iv[1] \
        and (m.location is None or m.location.country == visit.location.country) \
        and any(p.country == visit.location.country for p in m.participants)


def _over_before(visit: EventMention, m: EventMention) -> bool:
    """Whether a plan comes after a trip that was over before the report ("visited
    India last week ... was scheduled to hold talks with him"): not made on that trip."""
    iv = interval(visit.date)
    return m.status in ("scheduled", "proposed") and visit.status == "held" and bool(iv and m.published) \
        and (m.published.date() - iv[1]).days >= 1  # a plan lies ahead: not on a trip over before the report


def _recent_other(events: _Events, ev: _Event, test) -> _Event | None:
    """The latest event reported before ev that passes test and stands as an event."""
    for o in reversed(events[max(0, ev.order - _WINDOW) : ev.order]):
        if test(o) and _keep(o.mention):
            return o
    return None


def _before_publication(m: EventMention) -> bool:
    iv = interval(m.date)
    return bool(iv and m.published and iv[1] < m.published.date())


def _status_from_date(m: EventMention) -> str:
    iv = interval(m.date)
    if iv and m.published and iv[0] > m.published.date():
        return "scheduled"
    return "held"


def _keep(m: EventMention) -> bool:
    """An event needs its parties: two states, a state and an organisation whose official
    takes part ("NATO's secretary-general met the Danish prime minister"), or one state with
    a host or a name for a forum, a summit or a named meeting ("the session of the GCC's
    Supreme Council")."""
    if m.kind in ("forum", "summit") or m.kind == "meeting" and m.series:  # a gathering, or a named meeting
        return len(m.countries) >= 1 and (m.location is not None or len(m.countries) >= 2 or bool(m.series))
    parties = len(set(m.countries)) + len({p.org for p in m.participants if p.org})
    if m.kind == "visit":  # an official's visit, or a delegation's: not a private trip
        return len(m.countries) >= 1 and parties >= 2 and m.location is not None and any(p.role for p in m.participants)
    return len(m.countries) >= 1 and parties >= 2

