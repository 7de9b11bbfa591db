"""The embedded SQLite store: the only stateful part of summitry."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..model import Article, Event, EventMention, Evidence
from . import articles, events
from .migrations import MIGRATIONS


class Store:
    """A summitry database file (WAL mode, migrated to the current schema on open)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise RuntimeError(f"{self.path} has schema version {version}, newer than this summitry knows")
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                for statement in filter(str.strip, script.split(";\n")):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={number}")

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: an interrupted block leaves the store as it was before it."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def add_article(self, article: Article) -> bool:
        """Store an article; False (and no change) if an article with its id is stored already."""
        marks = ",".join("?" * len(articles.COLUMNS))
        cur = self.db.execute(
            f"INSERT OR IGNORE INTO articles ({','.join(articles.COLUMNS)}) VALUES ({marks})",
            articles.to_row(article),
        )
        return cur.rowcount == 1

    def articles(self) -> Iterator[Article]:
        """Every stored article, by publication time."""
        for row in self.db.execute("SELECT * FROM articles ORDER BY published, id"):
            yield articles.from_row(row)

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        return articles.from_row(row) if row else None

    def count_articles(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    # events ---------------------------------------------------------------------------

    def add_mention(self, event_id: str, m: EventMention) -> int:
        """Store a mention of an event with its evidence; returns the mention's row id."""
        marks = ",".join("?" * len(events.MENTION_COLUMNS))
        cur = self.db.execute(
            f"INSERT INTO mentions ({','.join(events.MENTION_COLUMNS)}) VALUES ({marks})",
            events.mention_row(event_id, m),
        )
        self.db.executemany(
            "INSERT INTO evidence (mention_id, article_id, sentence, start, end) VALUES (?,?,?,?,?)",
            [(cur.lastrowid, e.article, e.sentence, e.start, e.end) for e in m.evidence],
        )
        return cur.lastrowid

    def mentions_of(self, event_id: str) -> list[EventMention]:
        """The mentions that report an event, in order of publication."""
        return self.mentions_of_events([event_id])[event_id]

    def mentions_of_events(self, event_ids: list[str]) -> dict[str, list[EventMention]]:
        """The mentions of each of several events (two queries), in order of publication."""
        out: dict[str, list[EventMention]] = {e: [] for e in event_ids}
        if not event_ids:
            return out
        rows = self.db.execute(
            f"SELECT * FROM mentions WHERE event_id IN ({','.join('?' * len(event_ids))}) ORDER BY published, id",
            event_ids,
        ).fetchall()
        found: dict[int, list[Evidence]] = {r["id"]: [] for r in rows}
        if found:
            marks = ",".join("?" * len(found))
            for ev in self.db.execute(
                f"SELECT * FROM evidence WHERE mention_id IN ({marks}) ORDER BY rowid", list(found)
            ):
                found[ev["mention_id"]].append(Evidence(ev["article_id"], ev["sentence"], ev["start"], ev["end"]))
        for r in rows:
            out[r["event_id"]].append(events.mention_from(r, found[r["id"]]))
        return out

    def save_event(self, e: Event, keys: list[str]) -> None:
        """Insert or replace an event's record and file it under its blocking keys."""
        marks = ",".join("?" * len(events.EVENT_COLUMNS))
        self.db.execute(
            f"INSERT OR REPLACE INTO events ({','.join(events.EVENT_COLUMNS)}) VALUES ({marks})",
            events.event_row(e),
        )
        self.db.execute("DELETE FROM event_keys WHERE event_id=?", (e.id,))
        self.db.executemany("INSERT OR IGNORE INTO event_keys (key, event_id) VALUES (?,?)", [(k, e.id) for k in keys])

    def refresh_series(self, name: str) -> None:
        """Recount a series from its events (countries of its first event, date range, size)."""
        row = self.db.execute(
            "SELECT (SELECT countries FROM events WHERE series=?1 ORDER BY date_start IS NULL, date_start, id LIMIT 1),"
            " min(date_start), max(date_end), count(*) FROM events WHERE series=?1", (name,),
        ).fetchone()
        if row and row[3]:
            self.db.execute("INSERT OR REPLACE INTO series (name, countries, first_date, last_date, events) VALUES (?,?,?,?,?)",
                            (name, row[0], row[1], row[2], row[3]))
        else:
            self.db.execute("DELETE FROM series WHERE name=?", (name,))

    def delete_event(self, event_id: str) -> None:
        """Remove an event with its mentions, their evidence and its keys (linking re-forms it)."""
        self.db.execute("DELETE FROM evidence WHERE mention_id IN (SELECT id FROM mentions WHERE event_id=?)", (event_id,))
        self.db.execute("DELETE FROM mentions WHERE event_id=?", (event_id,))
        self.db.execute("DELETE FROM event_keys WHERE event_id=?", (event_id,))
        self.db.execute("DELETE FROM events WHERE id=?", (event_id,))

    def candidate_ids(self, keys: list[str], patterns: list[str] = ()) -> list[tuple[str, str | None]]:
        """(id, series) of the events filed under any of the keys, or under a key matching any
        of the GLOB patterns (each with a fixed prefix, so the key index serves it)."""
        if not keys and not patterns:
            return []
        where = " OR ".join([f"key IN ({','.join('?' * len(keys))})"] * bool(keys) + ["key GLOB ?"] * len(patterns))
        sql = f"SELECT id, series FROM events WHERE id IN (SELECT event_id FROM event_keys WHERE {where}) ORDER BY id"
        return [(r[0], r[1]) for r in self.db.execute(sql, [*keys, *patterns])]

    def mention_dates(self, article_id: str) -> list[str | None]:
        """The date values of an article's stored mentions."""
        return [r[0] for r in self.db.execute("SELECT date FROM mentions WHERE article_id=? ORDER BY id", (article_id,))]

    def series(self) -> list[sqlite3.Row]:
        """Every known series: name, countries (JSON), first_date, last_date, events."""
        return self.db.execute("SELECT * FROM series ORDER BY name").fetchall()

    def candidates(self, keys: list[str]) -> list[Event]:
        """Events filed under any of the blocking keys."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        sql = f"SELECT * FROM events WHERE id IN (SELECT event_id FROM event_keys WHERE key IN ({marks}))"
        return [events.event_from(r) for r in self.db.execute(sql, keys)]


    def events(self) -> Iterator[Event]:
        """Every event, by date (undated last)."""
        for row in self.db.execute(
            "SELECT * FROM events ORDER BY date_start IS NULL, date_start, date_end, id"
        ):
            yield events.event_from(row)

    def event(self, event_id: str) -> Event | None:
        """One event with its mentions and their evidence."""
        row = self.db.execute("SELECT * FROM events WHERE id=?", (event_id,)).fetchone()
        if row is None:
            return None
        event = events.event_from(row)
        event.mentions = self.mentions_of(event_id)
        event.evidence = [e for m in event.mentions for e in m.evidence]
        return event

    def count_events(self) -> int:
        return self.db.execute("SELECT count(*) FROM events").fetchone()[0]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
