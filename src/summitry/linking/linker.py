"""Linking against the store, the same whatever order the reports arrive in.

The records are defined by one canonical pass: mentions taken in canonical order
(publication, article, place; see keys.canonical_key), each joining the best compatible
event among those of its neighbours that come before it (mentions sharing a blocking key),
or starting a new one. Every event is folded from scratch from its mentions in that order
and takes its id from its first mention.

New mentions are placed in that pass incrementally: a new mention is decided against the
events of its earlier neighbours; every later mention that could see an event it changed
(it shares a key with one of its members) is decided again, in canonical order, and so on.
Reports usually arrive roughly in publication order, so little is decided again; the work
per mention stays bounded by the size of its neighbourhood, not of the store.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import replace

from ..events.facts import (dates_overlap, facts_compatible, interval, is_calendar, one_stay, plausible_window, same_gathering,
                            same_person, within_stay)
from ..model import Event, EventMention
from ..store import Store
from .aggregate import aggregate, event_id, placed, state
from .keys import (anchored, around, blocking_keys, canonical_key, day_hints, keys, looking_keys, month_hints,
                   month_patterns, reaches, undated_forms)


def lookup_keys(m: EventMention) -> list[str]:
    """Where a mention looks: where it is filed, but for a dated day's weekday."""
    return looking_keys(keys(m))


__all__ = ["blocking_keys", "link", "lookup_keys"]


def _as_mention(e: Event) -> EventMention:
    return EventMention(
        article="", published=None, type=e.type, kind=e.kind, status=e.status, mode=e.mode, format=e.format,
        countries=e.countries, participants=e.participants, date=e.date, location=e.location,
        series=e.named_series, ordinal=e.ordinal,
    )


def _fits_window(e: Event, m: EventMention) -> bool:
    """An undated mention joins only an event in its time frame (a plan is not a past event)."""
    if m.date or not e.date or not m.status:
        return dates_overlap(e.date, m.date) or one_stay(_as_mention(e), m) or same_gathering(_as_mention(e), m)
    window = plausible_window(m)
    iv = interval(e.date)
    return window is None or iv is None or (iv[0] <= window[1] and window[0] <= iv[1])


def _score(e: Event, m: EventMention) -> float:
    people = [p for p in m.participants if any(same_person(p.name, q.name) for q in e.participants)]
    same_series = 1.0 if m.series and m.series == e.named_series else 0.0
    same_format = 0.5 if m.format and m.format == e.format else 0.0
    dated = 1.0 if m.date and e.date and dates_overlap(m.date, e.date) else 0.0
    overlap = len(set(e.countries) & set(m.countries)) / max(1, len(set(e.countries) | set(m.countries)))
    return same_series + same_format + dated + overlap + 0.5 * len(people) + _recency(e, m)


def _recency(e: Event, m: EventMention) -> float:
    """A report that gives no date most likely speaks of the event nearest its publication."""
    iv = interval(e.date)
    if m.date or not iv or not m.published:
        return 0.0
    day = m.published.date()
    gap = max((iv[0] - day).days, (day - iv[1]).days, 0)
    return 0.5 / (1 + gap / 7)


def _new_slot(e: Event, m: EventMention) -> bool:
    """A plan put off, and a later report of it held on days that begin after its slot ("set for
    21 and 22 March ... stands postponed", then "held on 22 and 23 March"): the new slot is an
    event of its own, the postponed plan stays as it was."""
    old, new = interval(e.date), interval(m.date)
    return (e.status == "postponed" and m.status == "held" and old is not None and new is not None
            and new[0] > old[0] and (m.published is None or e.last_reported is None or m.published > e.last_reported))


_GATHERINGS = {"meeting", "summit", "forum"}  # what a visit is made for
_PLANNED = {"visit", "meeting", "summit"}  # plans a later report can show carried out
_HELD_BY = _GATHERINGS | {"agreement"}  # what shows them carried out


def _carried_out(plan: Event, done: Event) -> bool:
    """Whether a held event reported after a plan shows the plan carried out on its days: a
    planned visit's traveller at a held gathering, or signing, in the visited state ("Sunak will travel
    to Paris on Friday" ... "Sunak and Macron held talks in Paris on Friday"); every one of a
    planned meeting's people (two at least) meeting or signing together in its state ("Widodo
    will hold talks with Biden at the White House on Monday" ... "Widodo and Biden agreed on
    Monday to upgrade ties")."""
    if done.last_reported <= plan.last_reported or not (dates_overlap(done.date, plan.date)
                                                        or plan.kind == "visit" and within_stay(plan.date, done.date)):
        return False
    if plan.kind == "visit":
        return bool(done.kind in _HELD_BY and plan.location and done.location
                    and done.location.country == plan.location.country
                    and any(same_person(p.name, q.name) for p in plan.participants for q in done.participants))
    if plan.location and done.location and plan.location.country != done.location.country:
        return False
    return len(plan.participants) >= 2 and all(any(same_person(p.name, q.name) for q in done.participants)
                                               for p in plan.participants)


def _called_off_with(plan: Event, trip: Event) -> bool:
    """Whether a planned meeting fell with the trip it was to be held on: a visit reported called off
    (or put off) after the plan, on whose days, in whose state and between whose states the meeting
    was to be, with its traveller ("Biden is expected to hold talks with Marape in Port Moresby" ...
    "Biden has cancelled his visit to Papua New Guinea")."""
    if plan.kind != "meeting" or not trip.last_reported or trip.last_reported <= plan.last_reported:
        return False
    if not (dates_overlap(trip.date, plan.date) or within_stay(trip.date, plan.date)):
        return False
    travellers = [q for q in plan.participants if any(same_person(p.name, q.name) for p in trip.participants)]
    return bool(plan.location and trip.location and plan.location.country == trip.location.country
                and set(plan.countries) <= set(trip.countries)
                and travellers and len(travellers) < len(plan.participants))  # talks with someone there


class _Cluster:
    """The mentions (by canonical key) of one event; old_id: its id in the store, if stored."""

    def __init__(self, old_id: str | None = None, series: str | None = None) -> None:
        self.old_id, self.old_series = old_id, series
        self.members: set[tuple] = set()
        self.stored: set[tuple] = set()  # the members it has in the store


class _Region:
    """The part of the store a batch of new mentions can change, loaded as needed."""

    def __init__(self, store: Store, new: list[EventMention]) -> None:
        self.store = store
        self.mention: dict[tuple, EventMention] = {}
        self.keys: dict[tuple, list[str]] = {}
        self.cluster: dict[tuple, _Cluster] = {}
        self.index: dict[str, set[tuple]] = defaultdict(set)
        self.loaded: set[str] = set()
        self.asked: set[str] = set()
        self.states: dict[tuple, Event] = {}  # events as folded from a prefix of their mentions
        self.touched: dict[int, _Cluster] = {}
        self.batch_hints: dict[str, list[str | None]] = defaultdict(list)
        for m in new:
            self.batch_hints[m.article].append(m.date)
        self.hints: dict[str, tuple[list[int], list[int]]] = {}

    def _article_hints(self, m: EventMention) -> tuple[list[int], list[int]]:
        """The months, and weekdays, an undated mention's article names (see keys.keys)."""
        if anchored(m) or month_hints([m.date]):
            return [], []
        if m.article not in self.hints:
            values = self.batch_hints.get(m.article, []) + self.store.mention_dates(m.article)
            self.hints[m.article] = around(month_hints(values)), day_hints(values)
        return self.hints[m.article]

    def add(self, m: EventMention, cluster: _Cluster | None) -> tuple:
        ck = canonical_key(m)
        while ck in self.mention:  # a report given twice word for word: both are kept
            ck += (0,)
        self.mention[ck] = m
        self.keys[ck] = keys(m, *self._article_hints(m))
        for k in self.keys[ck]:
            self.index[k].add(ck)
        if cluster is not None:
            cluster.members.add(ck)
            self.cluster[ck] = cluster
        return ck

    def ask(self, keys_: list[str], patterns: list[str] = ()) -> None:
        """Load, whole, the stored events filed under these keys (each key asked once)."""
        keys_ = [k for k in keys_ if k not in self.asked]
        patterns = [p for p in patterns if p not in self.asked]
        self.asked.update(keys_ + patterns)
        self._load(self.store.candidate_ids(keys_, patterns))

    def _load(self, found: list[tuple[str, str | None]]) -> None:
        found = [(i, series) for i, series in found if i not in self.loaded]
        mentions = self.store.mentions_of_events([i for i, _ in found])
        for i, series in found:
            self.loaded.add(i)
            cluster = _Cluster(i, series)
            for m in mentions[i]:
                cluster.stored.add(self.add(m, cluster))

    def neighbours(self, looking: list[str], patterns: list[str] = (), also: list[str] = ()) -> set[tuple]:
        """Mentions filed under keys a mention looking under these keys reaches (the store is
        asked for the `also` keys too, in the same query)."""
        self.ask([*looking, *also], patterns)
        found: set[tuple] = set()
        for k in looking:
            found |= self.index.get(k, set())
        if patterns:  # an undated mention also sees the dated ones of its months
            found.update(y for y in self.mention if reaches(looking, self.keys[y]))
        return {y for y in found if reaches(looking, self.keys[y])}

    def choose(self, ck: tuple) -> _Cluster | None:
        """The event the mention joins in the canonical pass: the best compatible one among
        those its earlier neighbours belong to (as they stand before it)."""
        x = self.mention[ck]
        # the undated keys that see x's are asked now too, for when x changes an event (run)
        near = self.neighbours(looking_keys(self.keys[ck]), month_patterns(x, *self._article_hints(x)),
                               undated_forms(self.keys[ck]))
        options = {id(c): c for y in near if y < ck and (c := self.cluster.get(y)) is not None}
        best, best_score = None, 0.0
        for c in sorted(options.values(), key=lambda c: min(c.members)):
            order = tuple(sorted(k for k in c.members if k < ck))
            prefix = [self.mention[k] for k in order]
            if not prefix or not (anchored(x) or any(anchored(p) or p.article == x.article for p in prefix)):
                continue  # an undated report joins only an event a dated report (or its own article) places
            if order not in self.states:
                self.states[order] = state(prefix)
            e = self.states[order]
            mx = placed(x, e.date)
            if not (facts_compatible(_as_mention(e), mx, overlap=True) and _fits_window(e, mx)) or _new_slot(e, mx):
                continue
            score = _score(e, mx)
            if best is None or score > best_score:
                best, best_score = c, score
        return best

    def run(self, new: list[tuple]) -> None:
        """Decide the new mentions, and again every later mention a change could reach."""
        heap = sorted(new)
        decided: set[tuple] = set()
        while heap:
            ck = heapq.heappop(heap)
            if ck in decided:
                continue
            decided.add(ck)
            old = self.cluster.get(ck)
            if old is not None:
                old.members.discard(ck)
                self.touched[id(old)] = old
            target = self.choose(ck)
            if target is None:
                target = _Cluster()
            target.members.add(ck)
            self.cluster[ck] = target
            self.touched[id(target)] = target
            dirty = sorted({k for c in (old, target) if c for y in c.members for k in self.keys[y]})
            for y in self.neighbours(looking_keys(dirty) + undated_forms(dirty)):
                if y > ck and y not in decided and reaches(self.keys[y], dirty):
                    heapq.heappush(heap, y)

    def _touch_undated_articles(self) -> list[str]:
        """Load and touch every event of an undated article that a changed event reports: the
        article's time comes from the dated events its reports link to, so its other records
        may change with them. Returns those articles."""
        articles = sorted({self.mention[k].article for c in self.touched.values() for k in c.members
                           if self.mention[k].published is None})
        if articles:
            self._load(self.store.events_of_articles(articles))
            wanted = set(articles)
            for k, c in self.cluster.items():
                if self.mention[k].article in wanted:
                    self.touched[id(c)] = c
        return articles

    def _anchors(self, articles: list[str], events: dict[int, Event]) -> dict[str, tuple]:
        """The time of each undated article: the days its first report placed by a dated event
        names ("Wednesday" linked to a meeting on 15 November: that day), and whether a weekday
        named them (then the article's other weekdays are of that week)."""
        anchors: dict[str, tuple] = {}
        if not articles:
            return anchors
        wanted = set(articles)
        for k in sorted(k for k, m in self.mention.items() if m.article in wanted):
            m = self.mention[k]
            if m.article in anchors or not m.date or "XXXX" not in m.date:
                continue
            e = events.get(id(self.cluster[k]))
            if e is not None and is_calendar(e.date) and (iv := interval(placed(m, e.date).date)):
                anchors[m.article] = (*iv, "WXX" in m.date)
        return anchors

    def _plans_settled(self, events: dict[int, Event]) -> None:
        """A plan took place when a later report shows it carried out on its days (see
        _carried_out): its status is held; a planned meeting fell with its trip when a later report
        calls the trip off (see _called_off_with): its status is the trip's. Both sides are looked
        up in the store under their keys, so the record is the same in whatever order they came."""
        relevant = [c for c in self.touched.values() if (e := events.get(id(c))) is not None
                    and (e.kind in _PLANNED or e.kind in _HELD_BY and e.status == "held")]
        if not relevant:
            return  # no plan and no held event changed: no plan's status can
        for c in relevant:
            self.ask(looking_keys(sorted({k for y in c.members for k in self.keys[y]})))

        def fold(c: _Cluster) -> Event:
            order = sorted(c.members)
            return events.get(id(c)) or aggregate(c.old_id or event_id(self.mention[order[0]]), [self.mention[k] for k in order])

        clusters = [c for c in {id(c): c for c in self.cluster.values()}.values() if c.members]
        kinds = {id(c): {self.mention[k].kind for k in c.members} for c in clusters}
        held = [e for c in clusters if kinds[id(c)] & _HELD_BY and (e := fold(c)).kind in _HELD_BY
                and e.status == "held" and e.last_reported and is_calendar(e.date)]
        off = [e for c in clusters if "visit" in kinds[id(c)] and (e := fold(c)).kind == "visit"
               and e.status in ("cancelled", "postponed") and is_calendar(e.date)]
        if not held and not off:
            return
        for c in clusters:
            if not kinds[id(c)] & _PLANNED:
                continue
            plan = fold(c)
            if plan.kind not in _PLANNED or plan.status not in ("scheduled", "proposed") \
                    or not is_calendar(plan.date) or not plan.last_reported:
                continue
            if any(_carried_out(plan, done) for done in held):
                plan.status = "held"
            elif trip := next((trip for trip in off if _called_off_with(plan, trip)), None):
                plan.status = trip.status
            else:
                continue
            events[id(c)] = plan
            self.touched[id(c)] = c

    def save(self) -> None:
        """Write back every event whose mentions changed, folded from scratch."""
        undated = self._touch_undated_articles()
        touched = list(self.touched.values())
        series = {c.old_series for c in touched if c.old_series}
        events = {}
        for c in touched:
            if c.members:
                order = sorted(c.members)
                events[id(c)] = aggregate(event_id(self.mention[order[0]]), [self.mention[k] for k in order])
        anchors = self._anchors(undated, events)
        for c in touched:
            e = events.get(id(c))
            if anchors and e is not None and e.date is None and any(self.mention[k].article in anchors for k in c.members):
                order = sorted(c.members)
                events[id(c)] = aggregate(e.id, [self.mention[k] for k in order], anchors)
        self._plans_settled(events)
        touched = list(self.touched.values())
        appended = {id(c) for c in touched if c.old_id and id(c) in events and events[id(c)].id == c.old_id
                    and c.stored <= c.members and min(c.members - c.stored, default=()) > max(c.stored, default=())}
        for c in touched:
            if c.old_id and id(c) not in appended:
                self.store.delete_event(c.old_id)
        for c in touched:
            if id(c) not in events:
                continue
            e = events[id(c)]
            order = sorted(c.members)
            # the new mentions in canonical order, which the store's mention ids then follow, and
            # the event row after them: its search text is then indexed once, with all its evidence
            new = [self.mention[k] for k in order if id(c) not in appended or k not in c.stored]
            self.store.save_event(e, list(dict.fromkeys(k for y in order for k in self.keys[y])), new)
            c.old_id, c.old_series, c.stored = e.id, e.series, set(order)
            series.add(e.series)
        for name in sorted(filter(None, series)):
            self.store.refresh_series(name)


def _as_stored(m: EventMention) -> EventMention:
    """The mention as the store gives it back (minutes, no evidence field), so a new report
    and a stored one fold alike."""
    published = m.published.replace(second=0, microsecond=0, tzinfo=None) if m.published else None
    location = m.location if m.location and (m.location.place or m.location.country) else None
    return replace(m, published=published, location=location, evidence=[replace(x, field=None) for x in m.evidence])


def link(store: Store, mentions: list[EventMention]) -> list[str]:
    """Attach each mention to the event it reports, creating, re-forming and re-folding
    events as the canonical pass requires; returns each mention's event id."""
    if not mentions:
        return []
    region = _Region(store, mentions)
    new = [region.add(_as_stored(m), None) for m in mentions]
    region.run(new)
    region.save()
    return [region.cluster[ck].old_id for ck in new]
