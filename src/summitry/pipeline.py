"""Run the stages in order, from named inputs to stored records."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .cleaning import CleaningError, clean
from .config import Settings
from .events import extract_events
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
    """The events an article reports; a failure of the event stages names the article."""
    try:
        return extract_events(article)
    except Exception as exc:  # keep the batch going; the article is reported, not stored
        return Failure(article.origin, f"internal error while reading events: {describe(exc)}")


def describe(exc: BaseException) -> str:
    """An exception as one short line: its kind and message."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def _documents(item: Input, settings: Settings) -> Iterator[RawDocument | Failure]:
    """The raw documents of one input; an unexpected error while reading ends this input
    with a Failure naming it, and never the run."""
    docs = read_input(item, settings.max_bytes, settings.url_timeout)
    while True:
        try:
            raw = next(docs)
        except StopIteration:
            return
        except Exception as exc:  # noqa: BLE001 - one bad input must not sink the rest
            yield Failure(item.name, f"internal error while reading: {describe(exc)}")
            return
        yield raw


def ingest(
    store: Store,
    inputs: Iterable[Input | Failure],
    settings: Settings,
    on_input: Callable[[str], None] | None = None,
    batch_size: int = 50,
    on_document: Callable[[str, int], None] | None = None,
    on_wait: Callable[[float], None] | None = None,
) -> IngestReport:
    """Read, clean, extract and store every input, linking its events to those already
    stored. Extraction runs outside any transaction; each batch of articles is then linked
    and stored in one transaction (retried while another process holds the lock), so an
    interrupted run resumes and no batch is dropped. on_document(origin, characters) is
    called before an article's events are extracted; on_wait(seconds) while a batch waits
    for another process's write lock."""
    report = IngestReport()
    pending: dict[str, tuple[Article, list[EventMention]]] = {}

    def store_batch() -> tuple[int, int, int, list[Failure]]:
        stored = unchanged = linked = 0
        failed: list[Failure] = []
        for article, mentions in pending.values():
            try:
                with store.savepoint():
                    if not store.add_article(article):
                        unchanged += 1
                        continue
                    linked += len(link(store, mentions))
                    stored += 1
            except sqlite3.Error:
                raise  # the store itself (locked, full): the whole batch is retried or reported
            except Exception as exc:  # noqa: BLE001 - a bug on one article must not sink the batch
                failed.append(Failure(article.origin, f"internal error while linking events: {describe(exc)}"))
        return stored, unchanged, linked, failed

    def flush() -> None:
        stored, unchanged, linked, failed = store.write(store_batch, on_wait)
        report.stored += stored
        report.unchanged += unchanged
        report.events += linked
        report.failures.extend(failed)
        pending.clear()

    for item in inputs:
        if isinstance(item, Failure):
            report.failures.append(item)
            continue
        for raw in _documents(item, settings):
            result = raw if isinstance(raw, Failure) else to_article(raw)
            if isinstance(result, Failure):
                report.failures.append(result)
                continue
            report.warnings.extend((result.origin, w) for w in result.warnings)
            if result.id in pending or store.has_article(result.id):
                report.unchanged += 1
                continue
            if on_document:
                on_document(result.origin, len(result.text))
            mentions = to_mentions(result)
            if isinstance(mentions, Failure):
                report.failures.append(mentions)
                continue
            pending[result.id] = (result, mentions)
            if len(pending) >= batch_size:
                flush()
        if on_input:
            on_input(item.name)
    if pending:
        flush()
    return report
