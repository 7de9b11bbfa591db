"""The JSON API under /api/: events, one event, series, articles, one article, search."""

from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, HTTPException, Query, Request

from ...store import PLOVER_TYPES, STATUSES
from ...store.search import search as text_search
from . import data

router = APIRouter(prefix="/api", tags=["api"])
MAX_LIMIT = 500
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="At most this many.")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="Skip this many first.")]


def _db(request: Request) -> str:
    return request.app.state.db_path


@router.get("/events", summary="Events, filtered and paged")
def events(
    request: Request,
    country: Annotated[Optional[list[str]], Query(description="ISO3 code; repeat: every one must take part.")] = None,
    status: Annotated[Optional[str], Query(description=f"One of {', '.join(STATUSES)}.")] = None,
    type: Annotated[Optional[str], Query(description=f"PLOVER type: {', '.join(PLOVER_TYPES)}.")] = None,
    series: Annotated[Optional[str], Query(description="Part of a series name (case-blind).")] = None,
    since: Annotated[Optional[str], Query(description="Events ending on or after: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], Query(description="Events starting on or before: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    q: Annotated[Optional[str], Query(description="Free text: every word in the title or evidence.")] = None,
    by_series: Annotated[bool, Query(description="Group by series (events of no series last).")] = False,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict:
    """Events by date (or grouped by series), with the total matching the filters."""
    with data.reading(_db(request)) as store:
        where = data.text_filter(store, country, type, status, since, until, series, q)
        found = [data.event_summary(e) for e in store.events(where, limit, offset, by_series=by_series)]
        return {"total": store.count_events(where), "limit": limit, "offset": offset, "events": found}


@router.get("/events/{event_id}", summary="One event with every report and its evidence")
def event(request: Request, event_id: str) -> dict:
    with data.reading(_db(request)) as store:
        found = store.event(event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return data.event_detail(store, found)


@router.get("/series", summary="Every series of events")
def series(request: Request) -> dict:
    with data.reading(_db(request)) as store:
        return {"series": [data.series_summary(r) for r in store.series()]}


def series_record(store, name: str) -> dict:
    """A series with its instances (ordinals where known), in date order; 404 if unknown."""
    row = store.db.execute("SELECT * FROM series WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise HTTPException(404, f"no series {name!r}")
    out = data.series_summary(row)
    rows = store.db.execute("SELECT id FROM events WHERE series = ? ORDER BY date_start IS NULL, date_start, id",
                            (name,)).fetchall()
    out["instances"] = [data.event_summary(store.event(r[0])) for r in rows]
    return out


@router.get("/series/{name:path}", summary="One series with its instances and ordinals")
def one_series(request: Request, name: str) -> dict:
    with data.reading(_db(request)) as store:
        return series_record(store, name)


@router.get("/articles", summary="Stored articles by publication time, paged")
def articles(request: Request, limit: Limit = 100, offset: Offset = 0) -> dict:
    with data.reading(_db(request)) as store:
        found = [data.article_summary(a) for a in store.articles(limit, offset)]
        return {"total": store.count_articles(), "limit": limit, "offset": offset, "articles": found}


@router.get("/articles/{article_id}", summary="One article: text, captions and the events it reports")
def article(request: Request, article_id: str) -> dict:
    with data.reading(_db(request)) as store:
        found = store.article(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return data.article_detail(store, found)


@router.get("/search", summary="Free-text search over events and articles")
def search(request: Request, q: Annotated[str, Query(description="Words to find (all of them).")],
           limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict:
    """Events (title, evidence) and articles (title, text) holding every word, best first."""
    with data.reading(_db(request)) as store:
        return {"q": q, **text_search(store.db, q, limit)}
