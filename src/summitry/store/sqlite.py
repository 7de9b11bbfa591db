"""The embedded SQLite store: the only stateful part of summitry."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from ..model import Article, Event, EventMention, Evidence
from . import articles, events
from .migrations import MIGRATIONS
from .query import EventFilter, page

T = TypeVar("T")
_SQLITE_HEADER = b"SQLite format 3\x00"
_BUSY = ("database is locked", "database table is locked", "database is busy")
_NO_EVENT = ""  # the event id of mentions stored ahead of their event's record (save_event)


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message is one line for the user."""


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's 'database is locked' family (another process holds the write lock)."""
    return isinstance(exc, sqlite3.OperationalError) and any(b in str(exc) for b in _BUSY)


def explain(path: str, exc: sqlite3.Error) -> str:
    """One line saying what is wrong with the store at path, from an SQLite error."""
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return f"{path}: the store is read-only (check the file's and its folder's permissions)"
    if "unable to open" in text:
        return f"{path}: cannot open the store (missing folder, or no permission to create files there)"
    if "disk is full" in text or "disk I/O" in text:
        return f"{path}: {text}; nothing of the current batch was stored, rerun when there is room"
    if "not a database" in text or "malformed" in text:
        return f"{path}: not a SQLite database (or a damaged one)"
    return f"{path}: {text}"


def _check_file(path: Path, create: bool) -> None:
    """Refuse, before SQLite touches it, a path that is not a usable store file."""
    if path.is_dir():
        raise StoreError(f"{path} is a directory; --db wants a store file, such as {path / 'summitry.db'}")
    if not path.exists():
        if not create:
            raise StoreError(f"no store at {path} (check --db / SUMMITRY_DB; 'summitry ingest' creates one)")
        if not path.parent.is_dir():
            raise StoreError(f"cannot create the store {path}: folder {path.parent} does not exist")
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"cannot read the store {path}: {exc.strerror or exc}") from None
    if head and head != _SQLITE_HEADER:
        raise StoreError(f"{path} is not a SQLite database; --db wants a summitry store file")


class Store:
    """A summitry database file (WAL mode, migrated to the current schema on open).

    create=False (read commands) refuses a path where no store exists rather than creating
    an empty one. A file that is not a summitry store (another application's database, a
    newer schema) is refused untouched; readonly=True opens it for reading only (SQLite's
    mode=ro), at whatever schema version it has. Writers that meet a lock held by another process
    wait (busy timeout) and retry for up to `patience` seconds (see write())."""

    def __init__(self, path: str | Path, create: bool = True, timeout: float = 30.0, patience: float = 600.0,
                 *, readonly: bool = False):
        self.path = str(path)
        self.patience = patience
        self._series_due: set[str] = set()  # series whose summary row is recounted at commit
        if self.path != ":memory:":
            _check_file(Path(self.path), create and not readonly)
        try:
            if readonly:
                self.db = sqlite3.connect(f"{Path(self.path).absolute().as_uri()}?mode=ro", isolation_level=None,
                                          timeout=timeout, uri=True)
            else:
                self.db = sqlite3.connect(self.path, isolation_level=None, timeout=timeout)
        except sqlite3.Error as exc:
            raise StoreError(explain(self.path, exc)) from None
        self.db.row_factory = sqlite3.Row
        self.db.create_function("py_lower", 1, lambda s: s.lower() if isinstance(s, str) else s, deterministic=True)
        try:
            if readonly:  # an older schema is read as it is; a newer one or another database is refused
                self._check_ours(self.schema_version)
            else:
                self.db.execute("PRAGMA foreign_keys=ON")
                self._migrate()
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._use_wal()
        except BaseException as exc:
            self.db.close()
            if isinstance(exc, sqlite3.Error):
                raise StoreError(explain(self.path, exc)) from None
            raise

    def _tables(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}

    def _check_ours(self, version: int) -> None:
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path} has schema version {version}, newer than this summitry knows "
                             f"({len(MIGRATIONS)}); upgrade summitry to read it")
        tables = self._tables()
        if (version == 0 and tables) or (version > 0 and "articles" not in tables):
            raise StoreError(f"{self.path} is another application's SQLite database, not a summitry store; "
                             "left unchanged")

    def _migrate(self) -> None:
        """Bring the schema up to date. The version is read again under the write lock, so two
        processes opening a new store at once create it once."""
        self.db.execute("BEGIN")  # one snapshot: the version and the tables seen together
        try:
            version = self.schema_version
            self._check_ours(version)
        finally:
            self.db.execute("COMMIT")
        if version == len(MIGRATIONS):
            return
        with self.transaction():
            version = self.schema_version
            self._check_ours(version)
            for script in MIGRATIONS[version:]:
                for statement in filter(str.strip, script.split(";\n")):
                    self.db.execute(statement)
            self.db.execute(f"PRAGMA user_version={len(MIGRATIONS)}")

    def _use_wal(self) -> None:
        if self.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            return
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:
            pass  # another process is switching it, or the store is read-only: it works either way

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: an interrupted block leaves the store as it was before it."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            self._recount_series()
            self.db.execute("COMMIT")
        except BaseException:
            self._series_due.clear()
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Inside a transaction: a block undone on its own if it raises, the rest kept."""
        self.db.execute("SAVEPOINT block")
        try:
            yield
        except BaseException:
            try:
                self.db.execute("ROLLBACK TO block")
                self.db.execute("RELEASE block")
            except sqlite3.Error:
                pass  # SQLite has undone the whole transaction already (it does on a full disk)
            raise
        self.db.execute("RELEASE block")

    def write(self, work: Callable[[], T], on_wait: Callable[[float], None] | None = None) -> T:
        """Run work() in one transaction; while another process holds the write lock, wait and
        retry (work must be repeatable) for up to `patience` seconds, then raise StoreError.
        on_wait(seconds waited) is called after each attempt that met the lock."""
        start, pause = time.monotonic(), 0.05
        while True:
            try:
                with self.transaction():
                    return work()
            except sqlite3.OperationalError as exc:
                waited = time.monotonic() - start
                if not is_busy(exc):
                    raise
                if waited >= self.patience:
                    raise StoreError(f"{self.path}: another process kept the store locked for {waited:.0f} s; "
                                     "nothing of the current batch was stored, rerun to finish") from None
                if on_wait:
                    on_wait(waited)
                time.sleep(pause)
                pause = min(pause * 2, 2.0)

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

    def articles(self, limit: int | None = None, offset: int = 0) -> Iterator[Article]:
        """Stored articles by publication time, streamed (paging done by SQLite)."""
        for row in self.db.execute("SELECT * FROM articles ORDER BY published, id" + page(limit, offset)):
            yield articles.from_row(row)

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        return articles.from_row(row) if row else None

    def article_files(self, article_ids: list[str]) -> dict[str, str]:
        """Each article's file name (else its id), in one query."""
        marks = ",".join("?" * len(article_ids))
        rows = self.db.execute(f"SELECT id, origin FROM articles WHERE id IN ({marks})", article_ids)
        found = {r["id"]: Article(id=r["id"], origin=r["origin"], title=None, paragraphs=[]).file for r in rows}
        return {a: found.get(a) or a for a in article_ids}

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

    def save_event(self, e: Event, keys: list[str], mentions: Sequence[EventMention] = ()) -> None:
        """Insert or replace an event's record and file it under its blocking keys; mentions:
        new mentions of the event, stored first (as add_mention would, in order). They wait
        under no event while their evidence is stored, so that the event's search text is
        indexed once, with the record, and not again for each piece of evidence."""
        if mentions:
            marks = ",".join("?" * len(events.MENTION_COLUMNS))
            sql = f"INSERT INTO mentions ({','.join(events.MENTION_COLUMNS)}) VALUES ({marks})"
            ids = [self.db.execute(sql, events.mention_row(_NO_EVENT, m)).lastrowid for m in mentions]
            self.db.executemany(
                "INSERT INTO evidence (mention_id, article_id, sentence, start, end) VALUES (?,?,?,?,?)",
                [(i, x.article, x.sentence, x.start, x.end) for i, m in zip(ids, mentions) for x in m.evidence],
            )
            self.db.execute("UPDATE mentions SET event_id=? WHERE event_id=?", (e.id, _NO_EVENT))
        marks = ",".join("?" * len(events.EVENT_COLUMNS))
        self.db.execute(
            f"INSERT OR REPLACE INTO events ({','.join(events.EVENT_COLUMNS)}) VALUES ({marks})",
            events.event_row(e),
        )
        self.db.execute("DELETE FROM event_keys WHERE event_id=?", (e.id,))
        self.db.executemany("INSERT OR IGNORE INTO event_keys (key, event_id) VALUES (?,?)", [(k, e.id) for k in keys])

    def refresh_series(self, name: str) -> None:
        """Recount a series from its events (countries of its first event, date range, size):
        at the commit of the transaction under way, once however many of its events changed
        (a recount reads every event of the series), or at once outside a transaction."""
        self._series_due.add(name)
        if not self.db.in_transaction:
            self._recount_series()

    def _recount_series(self) -> None:
        for name in sorted(self._series_due):
            self._recount(name)
        self._series_due.clear()

    def _recount(self, name: str) -> None:
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

    def events_of_articles(self, article_ids: list[str]) -> list[tuple[str, str | None]]:
        """(id, series) of the events the articles report."""
        marks = ",".join("?" * len(article_ids))
        sql = f"SELECT id, series FROM events WHERE id IN (SELECT event_id FROM mentions WHERE article_id IN ({marks})) ORDER BY id"
        return [(r[0], r[1]) for r in self.db.execute(sql, article_ids)]

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

    def events(self, where: EventFilter | None = None, limit: int | None = None, offset: int = 0,
               by_series: bool = False) -> Iterator[Event]:
        """Events by date (undated last), filtered and paged by SQLite, streamed; by_series:
        grouped by series first (case-blind, events of no series last)."""
        clause, params = (where or EventFilter()).where()
        order = "date_start IS NULL, date_start, date_end, id"
        if by_series:
            order = f"coalesce(series, '') = '', py_lower(series), series, {order}"
        for row in self.db.execute(f"SELECT * FROM events{clause} ORDER BY {order}" + page(limit, offset), params):
            yield events.event_from(row)

    def series_sizes(self, where: EventFilter | None = None) -> dict[str, int]:
        """How many of the chosen events each series holds ("" for events of no series)."""
        clause, params = (where or EventFilter()).where()
        sql = f"SELECT coalesce(series, ''), count(*) FROM events{clause} GROUP BY coalesce(series, '')"
        return dict(self.db.execute(sql, params).fetchall())

    def events_with_evidence(self, where: EventFilter | None = None, limit: int | None = None, offset: int = 0,
                             chunk: int = 500) -> Iterator[Event]:
        """Like events(), each with its evidence (in report order): one evidence query per
        chunk of events, so memory holds one chunk however large the store."""
        batch: list[Event] = []
        for event in self.events(where, limit, offset):
            batch.append(event)
            if len(batch) >= chunk:
                yield from self._attach_evidence(batch)
                batch = []
        yield from self._attach_evidence(batch)

    def _attach_evidence(self, batch: list[Event]) -> list[Event]:
        if not batch:
            return batch
        by_id = {e.id: e for e in batch}
        marks = ",".join("?" * len(by_id))
        for r in self.db.execute(
            "SELECT m.event_id, x.article_id, x.sentence, x.start, x.end FROM mentions m "
            f"JOIN evidence x ON x.mention_id = m.id WHERE m.event_id IN ({marks}) "
            "ORDER BY m.event_id, m.published, m.id, x.rowid", list(by_id),
        ):
            by_id[r[0]].evidence.append(Evidence(r[1], r[2], r[3], r[4]))
        return batch

    def event(self, event_id: str) -> Event | None:
        """One event with its mentions and their evidence."""
        row = self.db.execute("SELECT * FROM events WHERE id=?", (event_id,)).fetchone()
        if row is None:
            return None
        event = events.event_from(row)
        event.mentions = self.mentions_of(event_id)
        event.evidence = [e for m in event.mentions for e in m.evidence]
        return event

    def count_events(self, where: EventFilter | None = None) -> int:
        clause, params = (where or EventFilter()).where()
        return self.db.execute(f"SELECT count(*) FROM events{clause}", params).fetchone()[0]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
