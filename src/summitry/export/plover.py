"""An event as a PLOVER record, under the field names of the PLOVER manual's "Data Fields".

Follows PLOVER's rules: future meetings and pledges are AGREE; a visit's visitor is the
actor and its host the recipient; a directed event (a threat, an accusation) goes from its
first party to the others. summitry's own facts (status, series, ordinal, participants,
kind, format) are extensions under their own names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from ..actors.countries import state_name
from ..model import Article, Event, Person
from .dates import calendar_span
from .geo import located

FUTURE = ("proposed", "scheduled", "postponed")


@lru_cache(maxsize=1)
def rules() -> dict:
    """plover.yaml, with its word lists compiled to case-blind whole-word patterns."""
    import yaml

    data = yaml.safe_load(resources.files(__package__).joinpath("plover.yaml").read_text(encoding="utf-8"))
    data["topic_patterns"] = {k: _words(v) for k, v in data["topics"].items()}
    data["sector_patterns"] = {k: _words(v) for k, v in data["sectors"].items()}
    return data


def _words(words: list[str]) -> re.Pattern:
    return re.compile(r"(?<![\w+-])(?:" + "|".join(map(re.escape, map(str, words))) + r")(?![\w+-])", re.I)


def plover_type(e: Event) -> str:
    """PLOVER's type for the event: a future CONSULT, SUPPORT, COOPERATE or AID is AGREE."""
    return "AGREE" if e.status in FUTURE and e.type in rules()["future_agree"] else e.type


def contexts(e: Event, event_type: str) -> list[str]:
    """Contexts from the type, and the topics named by the trigger, format, series or evidence."""
    r = rules()
    found = [r["type_context"][event_type]] if event_type in r["type_context"] else []
    texts = [m.trigger for m in getattr(e, "mentions", ())] + [e.format or "", e.series or ""] + [x.sentence for x in e.evidence]
    for label, pattern in r["topic_patterns"].items():
        if label not in found and any(pattern.search(t) for t in texts if t):
            found.append(label)
    return found


def _country_name(code: str) -> str:
    return state_name(code) or code


def _sector(code: str | None, person: Person | None) -> str:
    if code and not _is_state(code):
        return "IGO"
    for sector, pattern in rules()["sector_patterns"].items():
        if person and person.role and pattern.search(person.role):
            return sector
    return "GOV"


@lru_cache(maxsize=512)
def _is_state(code: str) -> bool:
    return state_name(code) is not None


def entities(codes: list[str], people: list[Person]) -> list[dict]:
    """Entity objects for parties: one per person where known, else one for the state."""
    out: list[dict] = []
    for code in codes:
        present = [p for p in people if p.country == code]
        for p in present:
            entity = {"code": code, "sector": _sector(code, p), "entity_text": p.name, "person": p.name}
            if p.role:
                entity["office"] = p.role
            out.append(entity)
        if not present:
            out.append({"code": code, "sector": _sector(code, None), "entity_text": _country_name(code)})
    return out


def _sides(e: Event, event_type: str) -> tuple[list[str], list[str]]:
    """Actor and recipient parties (codes), in the direction PLOVER gives them."""
    host = e.location.country if e.location else None
    if e.mode == "visit" and host in e.countries and len(e.countries) > 1:
        return [c for c in e.countries if c != host], [host]
    if e.type in rules()["directed"] and len(e.countries) > 1:
        return _direction(e) or (e.countries[:1], e.countries[1:])
    return list(e.countries), []


def _direction(e: Event) -> tuple[list[str], list[str]] | None:
    """For a directed event: the parties named before a trigger of its type (events
    lexicon) in the first evidence sentence that holds one act on the others; when none is named before it, the parties
    the sentence does not name act ("the four states accused Qatar"); None when that
    sentence does not split them."""
    from ..actors.countries import find_countries
    from ..events.lexicon import lexicon

    lex = lexicon()
    for x in e.evidence:
        at = next((t.start() for t in lex.triggers.finditer(x.sentence)
                   if (sense := lex.senses.get(t.group().lower())) and sense.type == e.type), -1)
        if at < 0:
            continue
        first: dict[str, int] = {}
        for c in find_countries(x.sentence):
            for code in c.codes:
                first.setdefault(code, c.start)
        for p in e.participants:
            i = x.sentence.find(p.name.split()[-1])
            if p.country and i >= 0:
                first[p.country] = min(first.get(p.country, i), i)
        before = [c for c in e.countries if first.get(c, at) < at]
        unnamed = [c for c in e.countries if c not in first]
        if not before and len(unnamed) < len(e.countries):
            before = unnamed  # "the four countries accused Qatar": a description as subject
        after = [c for c in e.countries if c not in before]
        return (before, after) if before and after else None
    return None


def _location(e: Event) -> dict | None:
    loc = located(e.location)
    if loc is None:
        return None
    return {"place": loc.place, "country_code": loc.country, "geonameid": loc.geonameid,
            "lat": loc.lat, "lon": loc.lon}


def _scale(event_type: str, mode: str | None) -> float:
    scale = rules()["scale"]
    return float(scale.get(f"{event_type}/{mode}", scale[event_type]))


def _cites(e: Event, article: Callable[[str], Article | None] | None) -> list[dict]:
    cites: list[dict] = []
    for article_id in dict.fromkeys(x.article for x in e.evidence):
        a = article(article_id) if article else None
        cite = {"article": article_id}
        if a:
            cite.update(url=a.url, title=a.title, outlet=a.source, published=a.published_iso)
        cites.append(cite)
    return cites


def plover_record(e: Event, article: Callable[[str], Article | None] | None = None) -> dict:
    """One event as a PLOVER record; article(id) gives the cited articles' metadata."""
    event_type = plover_type(e)
    mode = None if event_type == "AGREE" else e.mode
    actors, recipients = _sides(e, event_type)
    unplaced = [p for p in e.participants if p.country not in e.countries]
    date, enddate, precision = calendar_span(e.date)
    record: dict = {"id": e.id}
    if date:
        record.update(date=date, date_precision=precision)
        if enddate:
            record["enddate"] = enddate
    record.update({
        "actor": entities(actors, e.participants) + [
            {"code": p.country or p.org, "sector": _sector(p.country or p.org, p), "entity_text": p.name, "person": p.name,
             **({"office": p.role} if p.role else {})} for p in unplaced],
        "recipient": entities(recipients, e.participants),
        "event": [event_type],
        "mode": [mode] if mode else [],
        "context": contexts(e, event_type),
        "event_loc": _location(e),
        "event_text": list(dict.fromkeys(x.sentence for x in e.evidence)),
        "text_info": [{"article": x.article, "start": x.start, "end": x.end} for x in e.evidence],
        "cite_info": _cites(e, article),
        "quad_code": rules()["quad"][event_type],
        "event_scale": _scale(event_type, mode),
        "link": e.series,
        "aux_mode": "future" if e.status in FUTURE else ("negated" if e.status == "cancelled" else None),
        "status": e.status,
        "series": e.series,
        "ordinal": e.ordinal,
        "kind": e.kind,
        "format": e.format,
        "title": e.title,
        "participants": [{"name": p.name, "role": p.role, "country": p.country, "org": p.org} for p in e.participants],
    })
    return record


def plover_schema() -> dict:
    """The JSON Schema every PLOVER record of the export validates against."""
    import json

    return json.loads(resources.files(__package__).joinpath("plover.schema.json").read_text(encoding="utf-8"))
