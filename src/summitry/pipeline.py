"""Run the stages in order, from named inputs to stored records.

Reading happens in the calling process; cleaning and event extraction, the costly per-article
stages, run there too or in worker processes (ingest(workers=N)); linking and storing always
run in the calling process, in input order, so SQLite keeps one writer and the records do not
depend on N or on the batch size.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from multiprocessing import get_context

from .cleaning import CleaningError, clean
from .config import Settings
from .events import extract_events
from .events.article import prepare_articles
from .events.implied import implied_visits
from .linking import link
from .model import Article, EventMention, Failure, RawDocument
from .sources import Input, read_input
from .store import Store


@dataclass
class IngestReport:
    """What an ingest run did."""

    stored: int = 0
    unchanged: int = 0
    events: int = 0  # event mentions linked
    failures: list[Failure] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (origin, warning)


def to_article(raw: RawDocument) -> Article | Failure:
    """Clean one raw document; any problem becomes a Failure that names it."""
    try:
        return clean(raw)
    except CleaningError as exc:
        return Failure(raw.origin, str(exc))
    except Exception as exc:  # a bug on one page must not sink the batch
        return Failure(raw.origin, f"internal error while cleaning: {describe(exc)}")


def to_mentions(article: Article) -> list[EventMention] | Failure:
    """The events an article reports, and the trips its meetings imply; a failure of the
    event stages names the article."""
    try:
        told = extract_events(article)
        return told + implied_visits(told)
    except Exception as exc:  # keep the batch going; the article is reported, not stored
        return Failure(article.origin, f"internal error while reading events: {describe(exc)}")


def describe(exc: BaseException) -> str:
    """An exception as one short line: its kind and message."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


@dataclass
class Read:
    """An article cleaned, with its event mentions (or the failure reading them); mentions is
    None when the article was found stored already and so not read again."""

    article: Article
    mentions: list[EventMention] | Failure | None


@dataclass(frozen=True)
class _InputDone:
    name: str


Item = RawDocument | Failure | _InputDone


def read_article(raw: RawDocument, known: Callable[[str], bool] = lambda _: False,
                 on_document: Callable[[str, int], None] | None = None) -> Read | Failure:
    """Clean one raw document and read its events, unless known(article id) says it is stored."""
    return read_articles([raw], known, on_document)[0]


def read_articles(raws: list[RawDocument], known: Callable[[str], bool] = lambda _: False,
                  on_document: Callable[[str, int], None] | None = None) -> list[Read | Failure]:
    """read_article for several raw documents, in order; the sentences to parse of all the
    articles are parsed in one batch first (cheaper than a batch for each, the same parses)."""
    reads = [a if isinstance(a, Failure) else Read(a, None) for a in map(to_article, raws)]
    todo = [r for r in reads if isinstance(r, Read) and not known(r.article.id)]
    if len(todo) > 1:
        try:
            prepare_articles([r.article for r in todo])
        except Exception:  # noqa: BLE001 - met again, and reported, when the article is read
            pass
    for r in todo:
        if on_document:
            on_document(r.article.origin, len(r.article.text))
        r.mentions = to_mentions(r.article)
    return reads


def _documents(item: Input, settings: Settings) -> Iterator[RawDocument | Failure]:
    return guarded(item.name, read_input(item, settings.max_bytes, settings.url_timeout))


def guarded(name: str, docs: Iterator[RawDocument | Failure]) -> Iterator[RawDocument | Failure]:
    """The raw documents of one input; an unexpected error while reading ends this input
    with a Failure naming it, and never the run."""
    while True:
        try:
            raw = next(docs)
        except StopIteration:
            return
        except Exception as exc:  # noqa: BLE001 - one bad input must not sink the rest
            yield Failure(name, f"internal error while reading: {describe(exc)}")
            return
        yield raw


def _items(inputs: Iterable[Input | Failure], settings: Settings) -> Iterator[Item]:
    """Every raw document of every input, in order, each input followed by its end mark."""
    for item in inputs:
        if isinstance(item, Failure):
            yield item
            continue
        yield from _documents(item, settings)
        yield _InputDone(item.name)


# --- worker processes -------------------------------------------------------------------

MIN_PARALLEL = 8  # fewer documents than this are read in-process: a worker's start-up
# (loading the language model) costs about as much as reading a handful of articles
CHUNK = 16  # documents read at a time (their models' passes made in one batch), in a worker or here
_AHEAD = 2  # chunks in flight per worker: a long article holds back the results after it,
# not the other workers, until this many chunks wait behind it
_worker_store: sqlite3.Connection | None = None


def _start_worker(db: str, parent: int) -> None:
    """Worker set-up: the language model loaded once, Ctrl-C left to the parent, a read-only
    view of the store (to skip articles stored already), and an exit when the parent dies."""
    global _worker_store
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .language import nlp

    nlp()
    if db != ":memory:":
        _worker_store = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)  # orphaned (the parent was killed): nothing to return results to

    threading.Thread(target=watch, daemon=True).start()


def _stored(article_id: str) -> bool:
    if _worker_store is None:
        return False
    try:
        return _worker_store.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None
    except sqlite3.Error:
        return False  # read anyway; the writer decides


def _read_chunk(chunk: list[Item], known: Callable[[str], bool] = _stored,
                on_document: Callable[[str, int], None] | None = None) -> list[Item | Read]:
    reads = iter(read_articles([x for x in chunk if isinstance(x, RawDocument)], known, on_document))
    return [next(reads) if isinstance(x, RawDocument) else x for x in chunk]


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _in_workers(items: Iterator[Item], store: Store, workers: int) -> Iterator[Item | Read]:
    """Items read by a pool of worker processes, yielded in input order; at most a few chunks
    per worker are in flight, so memory stays bounded however long the input."""
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_start_worker,
                               initargs=(store.path, os.getpid()))
    in_flight: deque[Future] = deque()
    try:
        for chunk in _chunks(items, CHUNK):
            in_flight.append(pool.submit(_read_chunk, chunk))
            if len(in_flight) >= _AHEAD * workers:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _read_all(items: Iterator[Item], store: Store, workers: int, known: Callable[[str], bool],
              on_document: Callable[[str, int], None] | None) -> Iterator[Item | Read]:
    """Items read in this process, or by workers when there are enough documents to share."""
    if workers > 1:
        head: list[Item] = []
        documents = 0
        for item in items:
            head.append(item)
            documents += isinstance(item, RawDocument)
            if documents >= MIN_PARALLEL:
                for result in _in_workers(chain(head, items), store, workers):
                    if on_document and isinstance(result, Read) and result.mentions is not None:
                        on_document(result.article.origin, len(result.article.text))  # read, not linked yet
                    yield result
                return
        items = iter(head)
    for chunk in _chunks(items, CHUNK):
        yield from _read_chunk(chunk, known, on_document)


class Writer:
    """The one writer: takes read articles in order and links and stores them in batches, one
    transaction each (retried while another process holds the lock); an error while linking
    one article undoes that article only (savepoint) and is a failure naming it."""

    def __init__(self, store: Store, batch_size: int = 50, on_wait: Callable[[float], None] | None = None,
                 on_input: Callable[[str], None] | None = None):
        self.store, self.batch_size, self.on_wait, self.on_input = store, batch_size, on_wait, on_input
        self.report = IngestReport()
        self.pending: dict[str, tuple[Article, list[EventMention]]] = {}

    def known(self, article_id: str) -> bool:
        """Stored already, or waiting in the current batch."""
        return article_id in self.pending or self.store.has_article(article_id)

    def take(self, item: Item | Read) -> None:
        """One item in input order: an article read, a failure, or the end of an input."""
        report = self.report
        if isinstance(item, _InputDone):
            if self.on_input:
                self.on_input(item.name)
            return
        if isinstance(item, Failure):
            report.failures.append(item)
            return
        article, mentions = item.article, item.mentions
        report.warnings.extend((article.origin, w) for w in article.warnings)
        if self.known(article.id):
            report.unchanged += 1
            return
        if mentions is None:  # a worker saw it stored, yet it is not: read it here
            mentions = to_mentions(article)
        if isinstance(mentions, Failure):
            report.failures.append(mentions)
            return
        self.pending[article.id] = (article, mentions)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def _store_batch(self) -> tuple[int, int, int, list[Failure]]:
        stored = unchanged = linked = 0
        failed: list[Failure] = []
        for article, mentions in self.pending.values():
            try:
                with self.store.savepoint():
                    if not self.store.add_article(article):
                        unchanged += 1
                        continue
                    linked += len(link(self.store, mentions))
                    stored += 1
            except sqlite3.Error:
                raise  # the store itself (locked, full): the whole batch is retried or reported
            except Exception as exc:  # noqa: BLE001 - a bug on one article must not sink the batch
                failed.append(Failure(article.origin, f"internal error while linking events: {describe(exc)}"))
        return stored, unchanged, linked, failed

    def flush(self) -> IngestReport:
        """Store the pending batch; returns the report so far."""
        if self.pending:
            stored, unchanged, linked, failed = self.store.write(self._store_batch, self.on_wait)
            self.report.stored += stored
            self.report.unchanged += unchanged
            self.report.events += linked
            self.report.failures.extend(failed)
            self.pending.clear()
        return self.report


def ingest(
    store: Store,
    inputs: Iterable[Input | Failure],
    settings: Settings,
    on_input: Callable[[str], None] | None = None,
    batch_size: int = 50,
    on_document: Callable[[str, int], None] | None = None,
    on_wait: Callable[[float], None] | None = None,
    workers: int = 1,
) -> IngestReport:
    """Read, clean, extract and store every input, linking its events to those already
    stored. Extraction runs outside any transaction, in this process or in `workers` worker
    processes; each batch of articles is then linked and stored, in input order, in one
    transaction (retried while another process holds the lock), so an interrupted run
    resumes and no batch is dropped. on_document(origin, characters) is called before an
    article's events are extracted (with workers: before they are linked); on_wait(seconds)
    while a batch waits for another process's write lock."""
    writer = Writer(store, batch_size, on_wait, on_input)
    for item in _read_all(_items(inputs, settings), store, workers, writer.known, on_document):
        writer.take(item)
    return writer.flush()
