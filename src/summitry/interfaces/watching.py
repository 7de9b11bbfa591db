"""What `summitry watch` does: passes over feeds and sitemaps, each new article ingested once."""

from __future__ import annotations

import logging
import signal
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import typer

from ..config import Settings, settings
from ..linking import link
from ..model import Failure
from ..pipeline import to_article, to_mentions
from ..sources import Input, read_input
from ..sources.feeds import Fetcher, Listed, Pace, feed_urls, poll
from ..store import Store
from ..store import feeds as memory

log = logging.getLogger("summitry.watch")


@dataclass
class PassReport:
    """What one pass over the feeds did."""

    feeds: int = 0
    unchanged: int = 0  # feeds or sitemaps that answered 304 Not Modified
    pages: int = 0  # new pages fetched
    stored: int = 0
    duplicates: int = 0  # pages whose article was stored already (same content, other URL)
    events: int = 0  # event mentions linked
    failures: list[Failure] = field(default_factory=list)
    stopped: bool = False

    def summary(self, number: int) -> str:
        """One line for the log."""
        end = ", stopped by a signal" if self.stopped else ""
        return (f"pass {number}: {self.feeds} feed(s) checked, {self.unchanged} not modified; {self.pages} new "
                f"page(s): {self.stored} stored, {self.duplicates} already stored, {len(self.failures)} failure(s); "
                f"{self.events} event report(s) linked{end}")


def printable(text: str) -> str:
    """Text from the web as a log shows it: without control or format characters (escape
    sequences, bidirectional overrides), which a remote page could use to forge log lines."""
    return "".join(c if c.isprintable() else " " for c in text)


def _failed(report: PassReport, failure: Failure) -> None:
    report.failures.append(failure)
    log.warning("failed: %s: %s", printable(failure.origin), printable(failure.reason))


def _remember(store: Store, url: str, article_id: str | None, outcome: str) -> None:
    with store.transaction():
        memory.mark_seen(store, url, article_id, outcome)


def read_page(store: Store, url: str, conf: Settings, report: PassReport) -> bool:
    """Fetch one new page, extract its article and store it with its events, in one transaction
    with the record that the page was read. False when the page could not be fetched: it is
    tried again next pass. A page without an article is remembered, and not fetched again."""
    report.pages += 1
    fetched = True
    for raw in read_input(Input(url, "url"), conf.max_bytes, conf.url_timeout):
        if isinstance(raw, Failure):  # HTTP error, timeout, unreadable bytes
            _failed(report, raw)
            fetched = False
            continue
        article = to_article(raw)
        if isinstance(article, Failure):
            _failed(report, article)
            _remember(store, url, None, "no-article")
            continue
        if store.has_article(article.id):
            report.duplicates += 1
            _remember(store, url, article.id, "duplicate")
            continue
        mentions = to_mentions(article)
        if isinstance(mentions, Failure):
            _failed(report, mentions)
            _remember(store, url, article.id, "failed")
            continue
        with store.transaction():
            new = store.add_article(article)
            linked = len(link(store, mentions)) if new else 0
            memory.mark_seen(store, url, article.id, "stored" if new else "duplicate")
        report.stored += int(new)
        report.duplicates += int(not new)
        report.events += linked
        log.info("stored %s: %s (%d event report(s))", printable(url), printable(article.title or "untitled"), linked)
    return fetched


def _read_listed(store: Store, listed: Listed, conf: Settings, pace: Pace, stop: threading.Event,
                 report: PassReport) -> None:
    complete = True
    for url in listed.pages:
        if stop.is_set():
            report.stopped = True
            return  # the feed's validators are not kept: its remaining pages come next time
        if memory.is_seen(store, url):
            continue
        pace.wait(url)
        try:
            complete = read_page(store, url, conf, report) and complete
        except sqlite3.OperationalError as exc:
            _busy(exc, url, report)
            complete = False
        except Exception as exc:  # noqa: BLE001 - a bug on one page must not stop the others
            _failed(report, Failure(url, f"internal error while reading the page: {exc!r}"))
            complete = False
    if complete:  # a page that failed to load keeps the feed unvalidated, so it is retried
        try:
            with store.transaction():
                memory.save_validators(store, listed.url, listed.etag, listed.last_modified)
        except sqlite3.OperationalError as exc:
            _busy(exc, listed.url, report)


def _busy(exc: sqlite3.OperationalError, url: str, report: PassReport) -> None:
    """Another process kept the store locked past the busy timeout: the page (or the feed's
    validators) waits for the next pass. Any other store error is raised."""
    if "locked" not in str(exc) and "busy" not in str(exc):
        raise exc
    _failed(report, Failure(url, f"store busy ({exc}): left for the next pass"))


def run_pass(store: Store, feeds: list[str], conf: Settings, pace: Pace,
             stop: threading.Event | None = None) -> PassReport:
    """Check every feed once (conditional GET) and ingest the pages not seen before; stops
    between two pages once `stop` is set. Each failure is logged with its URL and skipped."""
    stop = stop or threading.Event()
    fetcher, report = Fetcher(conf.url_timeout, conf.max_bytes, pace), PassReport()
    for url in feeds:
        if stop.is_set():
            report.stopped = True
            break
        report.feeds += 1
        try:
            checked = poll(url, fetcher, lambda u: memory.validators(store, u))
        except Exception as exc:  # noqa: BLE001 - a bug on one feed must not stop the others
            _failed(report, Failure(url, f"internal error while reading the feed: {exc!r}"))
            continue
        report.unchanged += checked.unchanged
        for failure in checked.failures:
            _failed(report, failure)
        for listed in checked.listed:
            _read_listed(store, listed, conf, pace, stop, report)
    return report


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT and SIGTERM set `stop` (the current article is finished first); a second one
    acts as it would have without this."""
    previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}

    def handle(signum: int, _frame: object) -> None:
        log.info("stopping after the current article (signal %d)", signum)
        stop.set()
        signal.signal(signum, previous[signum])

    for s in previous:
        signal.signal(s, handle)
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def watch(store: Store, feeds: list[str], conf: Settings, pace: Pace, once: bool, interval: float,
          stop: threading.Event) -> list[PassReport]:
    """Run passes until `stop` is set (or once), waiting `interval` seconds between two."""
    reports: list[PassReport] = []
    while not stop.is_set():
        reports.append(run_pass(store, feeds, conf, pace, stop))
        log.info(reports[-1].summary(len(reports)))
        if once:
            break
        stop.wait(interval)
    return reports


@contextmanager
def logging_to_stderr() -> Iterator[None]:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        yield
    finally:
        log.removeHandler(handler)


def run_watch(sources: list[str], db: str, once: bool, interval: float, delay: float, timeout: float | None) -> bool:
    """Run the command; True when a single pass (--once) ran to its end with failures."""
    feeds, failures = feed_urls(sources)
    for failure in failures:
        log.warning("failed: %s: %s", failure.origin, failure.reason)
    if not feeds:
        raise typer.BadParameter("no feed URL found in the sources given", param_hint="SOURCES")
    conf = settings()
    if timeout is not None:
        conf = Settings(**{**conf.__dict__, "url_timeout": timeout})
    stop = threading.Event()
    with Store(db) as store, stop_on_signals(stop):
        reports = watch(store, feeds, conf, Pace(delay), once, interval, stop)
    return once and bool(reports) and not reports[-1].stopped and bool(failures or reports[-1].failures)
