"""Free-text search over stored events and articles: SQLite FTS5 (migration 4), or a plain
substring match on a store made before that migration and opened read-only."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from .query import EventFilter

_WORD = re.compile(r"\w+")
SNIPPET_WORDS = 16


def has_index(db: sqlite3.Connection) -> bool:
    """True if the store has the FTS5 tables (a store at schema version 4 or later)."""
    row = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'event_text'").fetchone()
    return row is not None


def words(text: str | None) -> list[str]:
    """The words of a free-text query, lower-cased (punctuation and FTS syntax dropped)."""
    return [w.lower() for w in _WORD.findall(text or "")]


def match_expression(text: str | None) -> str | None:
    """An FTS5 query holding every word of text (the last one also as a prefix), or None.

    Each word is quoted, so no user input is read as FTS5 syntax (AND, NEAR, quotes, *)."""
    found = words(text)
    if not found:
        return None
    return " ".join(f'"{w}"' for w in found[:-1]) + (" " if len(found) > 1 else "") + f'"{found[-1]}"*'


def _like_terms(columns: list[str], found: list[str]) -> tuple[str, list]:
    """Every word in one of the columns (case-blind substring), as SQL and parameters."""
    terms, params = [], []
    for w in found:
        terms.append("(" + " OR ".join(f"instr(py_lower({c}), ?) > 0" for c in columns) + ")")
        params.extend([w] * len(columns))
    return " AND ".join(terms), params


_EVIDENCE = ("coalesce((SELECT group_concat(x.sentence, char(10)) FROM mentions m "
             "JOIN evidence x ON x.mention_id = m.id WHERE m.event_id = events.id), '')")


@dataclass(frozen=True)
class TextFilter(EventFilter):
    """An EventFilter that also wants every word of `text` in the event's title or evidence
    (FTS5 when `indexed`, else a substring match)."""

    text: str | None = None
    indexed: bool = True

    def where(self) -> tuple[str, list]:
        clause, params = super().where()
        found = words(self.text)
        if not found:
            return clause, params
        if self.indexed:
            term = "events.rowid IN (SELECT rowid FROM event_text WHERE event_text MATCH ?)"
            extra = [match_expression(self.text)]
        else:
            term, extra = _like_terms(["events.title", _EVIDENCE], found)
        return (f"{clause} AND {term}" if clause else f" WHERE {term}"), params + extra


def search(db: sqlite3.Connection, text: str, limit: int = 20) -> dict[str, list[dict]]:
    """Events and articles matching every word of text, best first, each with a snippet."""
    found = words(text)
    if not found:
        return {"events": [], "articles": []}
    if has_index(db):
        q = match_expression(text)
        events = db.execute(
            "SELECT e.id, e.title, e.date, snippet(event_text, -1, '', '', '…', ?) AS snippet "
            "FROM event_text JOIN events e ON e.rowid = event_text.rowid WHERE event_text MATCH ? "
            "ORDER BY bm25(event_text) LIMIT ?", (SNIPPET_WORDS, q, int(limit)),
        ).fetchall()
        articles = db.execute(
            "SELECT a.id, a.title, a.published, snippet(article_text, -1, '', '', '…', ?) AS snippet "
            "FROM article_text JOIN articles a ON a.rowid = article_text.rowid WHERE article_text MATCH ? "
            "ORDER BY bm25(article_text) LIMIT ?", (SNIPPET_WORDS, q, int(limit)),
        ).fetchall()
    else:
        cond, params = _like_terms(["title", _EVIDENCE], found)
        events = db.execute(f"SELECT id, title, date, title AS snippet FROM events WHERE {cond} "
                            "ORDER BY date_start LIMIT ?", params + [int(limit)]).fetchall()
        cond, params = _like_terms(["coalesce(title, '')", "paragraphs", "captions"], found)
        articles = db.execute(f"SELECT id, title, published, coalesce(title, '') AS snippet FROM articles "
                              f"WHERE {cond} ORDER BY published LIMIT ?", params + [int(limit)]).fetchall()
    return {"events": [dict(r) for r in events], "articles": [dict(r) for r in articles]}
