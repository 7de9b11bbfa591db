"""Score extracted events against a gold file (the format of shared/gold/README.md).

A system event can match a gold event when the types agree, its countries hold the gold
`match_countries` (default: all gold countries) with at most one more, and, where both are
dated, the dates overlap. Matching is one-to-one by best agreement, required events first.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .actors.people import name_key
from .config import settings
from .events.facts import dates_overlap, interval
from .model import Event
from .pipeline import ingest
from .sources import plan
from .store import Store


@dataclass
class Score:
    """Event-level precision/recall/F1, field accuracy on matched pairs, fragmentation."""

    required: int = 0
    system: int = 0
    matched: int = 0
    optional_matched: int = 0
    fields: dict[str, list[float]] = field(default_factory=lambda: {"date": [], "location": [], "status": [], "participants": []})
    fragmentation: float = 1.0
    missed: list[dict] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)
    pairs: list[tuple[dict, Event]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        counted = self.system - self.optional_matched
        return self.matched / counted if counted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def errors(self) -> list[tuple[dict, Event, str]]:
        """Matched pairs with a field the system got wrong: (gold, event, field)."""
        out = []
        for k, (g, e) in enumerate(self.pairs):
            out.extend((g, e, name) for name, values in self.fields.items() if values[k] < 1.0)
        return out

    @staticmethod
    def system_value(e: Event, name: str) -> object:
        if name == "location":
            return (e.location.place, e.location.country) if e.location else None
        if name == "participants":
            return [p.name for p in e.participants]
        return getattr(e, name)

    def accuracy(self, name: str) -> float:
        values = self.fields[name]
        return sum(values) / len(values) if values else 0.0


def _can_match(gold: dict, e: Event) -> bool:
    if gold.get("type") != e.type:
        return False
    need = set(gold.get("match_countries") or gold.get("countries") or [])
    have = set(e.countries)
    if not need <= have or len(have - need) > 1:
        return False
    return dates_overlap(gold.get("date"), e.date)


def _canonical(name: str, people: list[str]) -> str:
    """A system name as the gold writes it: same name, or the one person with its family name."""
    if name in people:
        return name
    hits = [p for p in people if name_key(p) == name_key(name) and (len(name.split()) == 1 or p.split()[0] == name.split()[0])]
    return hits[0] if len(hits) == 1 else name


def _date_right(gold: dict, e: Event) -> bool:
    """Exact at the gold value's granularity: a day inside a gold month is right, a month for a gold day is not."""
    for value in [gold.get("date")] + list(gold.get("accept_dates") or []):
        if value is None or e.date is None:
            if value is None and e.date is None:
                return True
            continue
        g, s = interval(value), interval(e.date)
        if g is None or s is None:
            continue
        coarse_gold = "/" not in value and not value.count("-") == 2
        if g == s or coarse_gold and g[0] <= s[0] and s[1] <= g[1]:
            return True
    return False


def _location_right(gold: dict, e: Event) -> bool:
    options = [gold.get("location")] + list(gold.get("accept_location") or [])
    for loc in options:
        if loc is None:
            if e.location is None:
                return True
            continue
        if e.location is None or e.location.country != loc.get("country"):
            continue
        if loc.get("place") and e.location.place != loc["place"]:
            continue
        return True
    return False


def _participants_f1(gold: dict, e: Event, people: list[str]) -> float:
    g = set(gold.get("participants") or [])
    s = {_canonical(p.name, people) for p in e.participants}
    if not g and not s:
        return 1.0
    hit = len(g & s)
    if not hit:
        return 0.0
    p, r = hit / len(s), hit / len(g)
    return 2 * p * r / (p + r)


def _agreement(gold: dict, e: Event, people: list[str]) -> float:
    need = set(gold.get("countries") or [])
    countries = len(need & set(e.countries)) / max(1, len(need | set(e.countries)))
    return countries + (1.0 if _date_right(gold, e) else 0.0) + _participants_f1(gold, e, people)


def score(gold: dict, events: list[Event]) -> Score:
    """Score system events against a parsed gold file."""
    people = [p["name"] for p in gold.get("people") or []]
    golds = gold.get("events") or []
    result = Score(required=sum(1 for g in golds if not g.get("optional")), system=len(events))
    taken: set[str] = set()
    for optional in (False, True):
        group = [g for g in golds if bool(g.get("optional")) == optional]
        pairs = sorted(
            ((_agreement(g, e, people), i, e) for i, g in enumerate(group) for e in events if _can_match(g, e)),
            key=lambda t: -t[0],
        )
        done: set[int] = set()
        for _, i, e in pairs:
            if i in done or e.id in taken:
                continue
            done.add(i)
            taken.add(e.id)
            g = group[i]
            if optional:
                result.optional_matched += 1
                continue
            result.matched += 1
            result.pairs.append((g, e))
            result.fields["date"].append(float(_date_right(g, e)))
            result.fields["location"].append(float(_location_right(g, e)))
            result.fields["status"].append(float(e.status in [g.get("status")] + list(g.get("accept_status") or [])))
            result.fields["participants"].append(_participants_f1(g, e, people))
        if not optional:
            result.missed = [g for i, g in enumerate(group) if i not in done]
    result.spurious = [e for e in events if e.id not in taken]
    if result.pairs:
        extra = [sum(1 for e in result.spurious if _can_match(g, e)) for g, _ in result.pairs]
        result.fragmentation = 1 + sum(extra) / len(result.pairs)
    return result


def evaluate(gold_path: str | Path, corpus: str | Path) -> Score:
    """Ingest a corpus into a temporary store and score its events against the gold file."""
    gold = yaml.safe_load(Path(gold_path).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        ingest(store, plan([str(corpus)]), settings())
        events = list(store.events())
    return score(gold, events)
