"""HTML pages. The timeline and the map fetch /api/events in the browser; the event, series
and article pages are rendered here from the same records the API returns. Jinja2 escapes
every value (article text is untrusted)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from ...store import PLOVER_TYPES, STATUSES
from . import data
from .api import series_record

router = APIRouter(include_in_schema=False)
ARTICLES_PER_PAGE = 100
templates = Jinja2Templates(env=Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True))


def _page(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def _missing(request: Request, what: str) -> HTMLResponse:
    return _page(request, "missing.html", 404, what=what)


@router.get("/", response_class=HTMLResponse)
def timeline(request: Request) -> HTMLResponse:
    return _page(request, "timeline.html", types=PLOVER_TYPES, statuses=STATUSES, active="timeline")


@router.get("/map", response_class=HTMLResponse)
def world_map(request: Request) -> HTMLResponse:
    return _page(request, "map.html", types=PLOVER_TYPES, statuses=STATUSES, active="map")


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str) -> HTMLResponse:
    with data.reading(request.app.state.db_path) as store:
        found = store.event(event_id)
        if found is None:
            return _missing(request, f"event {event_id}")
        record = data.event_detail(store, found)
        texts = []  # each reporting article, its evidence for this event highlighted
        for article_id in dict.fromkeys(m["article"] for m in record["mentions"]):
            article = store.article(article_id)
            if article is None:
                continue
            text = data.analysed_text(article)
            spans = [data.evidence_span(text, x) for m in record["mentions"] for x in m["evidence"]
                     if x["article"] == article_id]
            texts.append({"article": data.article_summary(article), "pieces": data.highlight(text, spans)})
    return _page(request, "event.html", event=record, texts=texts)


@router.get("/series", response_class=HTMLResponse)
def series_list(request: Request) -> HTMLResponse:
    with data.reading(request.app.state.db_path) as store:
        found = [data.series_summary(r) for r in store.series()]
    return _page(request, "series_list.html", series=found, active="series")


@router.get("/series/{name:path}", response_class=HTMLResponse)
def series(request: Request, name: str) -> HTMLResponse:
    with data.reading(request.app.state.db_path) as store:
        try:
            record = series_record(store, name)
        except HTTPException:
            return _missing(request, f"series {name}")
    return _page(request, "series.html", series=record, active="series")


@router.get("/articles", response_class=HTMLResponse)
def article_list(request: Request, offset: int = Query(0, ge=0, le=10**9)) -> HTMLResponse:
    with data.reading(request.app.state.db_path) as store:
        found = [data.article_summary(a) for a in store.articles(ARTICLES_PER_PAGE, offset)]
        total = store.count_articles()
    return _page(request, "articles.html", articles=found, total=total, offset=offset, per_page=ARTICLES_PER_PAGE,
                 active="articles")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    with data.reading(request.app.state.db_path) as store:
        found = store.article(article_id)
        if found is None:
            return _missing(request, f"article {article_id}")
        record = data.article_detail(store, found)
    spans = [data.evidence_span(record["text"], x) for e in record["events"] for x in e["evidence"]]
    return _page(request, "article.html", article=record, pieces=data.highlight(record["text"], spans),
                 active="articles")
