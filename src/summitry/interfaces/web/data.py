"""What the web app reads from the store, as plain JSON-ready dicts (the API returns them,
the pages render them)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime

from ...model import Article, Event, Evidence
from ...store import Store
from ...store.search import TextFilter, has_index


@contextmanager
def reading(db_path: str) -> Iterator[Store]:
    """The store opened read-only (SQLite mode=ro) for one request."""
    with Store(db_path, create=False, readonly=True) as store:
        yield store


def text_filter(store: Store, country: list[str] | None = None, type: str | None = None,
                status: str | None = None, since: str | None = None, until: str | None = None,
                series: str | None = None, q: str | None = None) -> TextFilter:
    """An event filter (raises FilterError for a value the store cannot match)."""
    return TextFilter(tuple(c for c in country or () if c), type or None, status or None, since or None,
                      until or None, series or None, text=q or None, indexed=has_index(store.db))


def _time(value: datetime | None) -> str | None:
    return value.isoformat(timespec="minutes") if value else None


def place(event: Event) -> dict | None:
    """The event's place with GeoNames id and coordinates where the gazetteer knows it."""
    loc = event.location
    if loc is None or not (loc.place or loc.country):
        return None
    out = {"name": loc.place, "country": loc.country, "geonameid": None, "lat": None, "lon": None}
    if loc.place:
        from ...actors.gazetteer import place as gazetteer_place

        hit = gazetteer_place(loc.place)
        if hit and (loc.country is None or hit.country == loc.country) and hit.latitude is not None:
            out.update(geonameid=hit.geonameid, lat=hit.latitude, lon=hit.longitude)
    return out


def event_summary(e: Event) -> dict:
    """An event's facts, without its reports."""
    return {
        "id": e.id, "title": e.title, "type": e.type, "kind": e.kind, "status": e.status, "mode": e.mode,
        "format": e.format, "series": e.series, "ordinal": e.ordinal, "countries": list(e.countries),
        "participants": [asdict(p) for p in e.participants], "date": e.date, "place": place(e),
        "reports": e.reports, "first_reported": _time(e.first_reported), "last_reported": _time(e.last_reported),
    }


def _evidence(x: Evidence) -> dict:
    return {"article": x.article, "sentence": x.sentence, "start": x.start, "end": x.end}


def event_detail(store: Store, e: Event) -> dict:
    """An event with every report (mention) and its evidence, and the titles of the articles."""
    titles = dict(store.db.execute(
        f"SELECT id, title FROM articles WHERE id IN ({','.join('?' * len(e.mentions))})",
        [m.article for m in e.mentions]).fetchall()) if e.mentions else {}
    out = event_summary(e)
    out["mentions"] = [{
        "article": m.article, "article_title": titles.get(m.article), "published": _time(m.published),
        "type": m.type, "kind": m.kind, "status": m.status, "date": m.date, "trigger": m.trigger,
        "place": m.location.place if m.location else None, "series": m.series, "ordinal": m.ordinal,
        "evidence": [_evidence(x) for x in m.evidence],
    } for m in e.mentions]
    return out


def analysed_text(a: Article) -> str:
    """The text evidence offsets point into: body paragraphs joined by blank lines, then captions."""
    return "\n\n".join([a.text, *a.captions]) if a.captions else a.text


def article_summary(a: Article) -> dict:
    return {"id": a.id, "title": a.title, "url": a.url, "published": a.published_iso, "source": a.source,
            "byline": a.byline, "dateline": a.dateline, "file": a.file}


def article_detail(store: Store, a: Article) -> dict:
    """An article with its text and the events it reports, each with its evidence in it."""
    out = article_summary(a)
    out.update(paragraphs=a.paragraphs, captions=a.captions, warnings=a.warnings, text=analysed_text(a))
    rows = store.db.execute(
        "SELECT m.event_id, e.title, x.sentence, x.start, x.end FROM mentions m JOIN events e ON e.id = m.event_id "
        "LEFT JOIN evidence x ON x.mention_id = m.id AND x.article_id = m.article_id "
        "WHERE m.article_id = ? ORDER BY m.id, x.rowid", (a.id,)).fetchall()
    events: dict[str, dict] = {}
    for r in rows:
        entry = events.setdefault(r[0], {"id": r[0], "title": r[1], "evidence": []})
        if r[2] is not None:
            entry["evidence"].append({"article": a.id, "sentence": r[2], "start": r[3], "end": r[4]})
    out["events"] = list(events.values())
    return out


def series_summary(row) -> dict:
    return {"name": row["name"], "countries": json.loads(row["countries"]), "first_date": row["first_date"],
            "last_date": row["last_date"], "events": row["events"]}


def evidence_span(text: str, x: dict) -> tuple[int, int]:
    """Where an evidence sentence is in the text: its offsets, or, where they do not point at
    the sentence (some stored offsets mark a clause of it), the occurrence nearest them."""
    start, end = x["start"], x["end"]
    if text[start:end] == x["sentence"] or not x["sentence"]:
        return start, end
    found, at = [], text.find(x["sentence"])
    while at != -1:
        found.append(at)
        at = text.find(x["sentence"], at + 1)
    if not found:
        return start, end
    best = min(found, key=lambda i: abs(i - start))
    return best, best + len(x["sentence"])


def highlight(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """text cut into (piece, highlighted) at the spans (merged where they overlap, clipped)."""
    merged: list[list[int]] = []
    for s, e in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if s >= e:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, at = [], 0
    for s, e in merged:
        if s > at:
            out.append((text[at:s], False))
        out.append((text[s:e], True))
        at = e
    if at < len(text):
        out.append((text[at:], False))
    return out
