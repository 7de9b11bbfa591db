"""summitry: turn news articles into one clean record per real diplomatic event."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional, TextIO

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..config import ConfigError, Settings, settings
from ..export.write import write_records
from . import cluster_command, timex_commands, watch_command
from .report import print_report
from .web import command as web_command
from .terminal import plain, text

if TYPE_CHECKING:  # imported where a command needs them, so that --help answers at once
    from ..model import Event
    from ..pipeline import IngestReport
    from ..store import EventFilter, Store

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__, rich_markup_mode=None)
export_app = typer.Typer(no_args_is_help=True, help="Export stored records.")
app.add_typer(export_app, name="export")

out = Console() if Console().is_terminal else Console(width=160)
err = Console(stderr=True, soft_wrap=True)  # one report line per input, never wrapped
timex_commands.register(app)
cluster_command.register(app)
watch_command.register(app)
web_command.register(app)

DbOption = Annotated[
    str, typer.Option("--db", envvar="SUMMITRY_DB", help="SQLite store file (env SUMMITRY_DB).")
]
LimitOpt = Annotated[Optional[int], typer.Option(min=0, help="Show at most this many.")]
OffsetOpt = Annotated[int, typer.Option(min=0, help="Skip this many first.")]
PROGRESS_EVERY = 10.0  # seconds between progress lines when stderr is not a terminal
LONG_TEXT = 200_000  # characters: an article this long gets its own progress line


@app.callback()
def _check_environment() -> None:
    """Refuse a bad SUMMITRY_* setting with one line, before any command runs."""
    try:
        settings()
    except ConfigError as exc:
        _fail(str(exc), code=2)


def _fail(message: str, code: int = 1) -> NoReturn:
    err.print(f"error: {plain(message)}", style="red", markup=False, highlight=False)
    raise typer.Exit(code)


@contextmanager
def _open(db: str, create: bool = False) -> Iterator[Store]:
    """The store at db; a store problem (missing, not a store, read-only, full) is one line."""
    import sqlite3

    from ..store import Store, StoreError
    from ..store.sqlite import explain

    try:
        with Store(db, create=create) as store:
            yield store
    except StoreError as exc:
        _fail(str(exc))
    except sqlite3.Error as exc:
        _fail(explain(db, exc))


def _filter(country: list[str] | None, type_: str | None, status: str | None, since: str | None,
            until: str | None, series: str | None) -> EventFilter:
    from ..store import EventFilter, FilterError

    try:
        return EventFilter(tuple(country or ()), type_, status, since, until, series)
    except FilterError as exc:
        _fail(str(exc), code=2)


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """Standard output, or the file at path. A file is written beside it under a temporary
    name and renamed when complete, so a failure (a full disk) never leaves a partial or
    half-overwritten file; a place that cannot be written is one line."""
    if path is None:
        yield sys.stdout
        return
    if path.is_dir():
        _fail(f"cannot write {path}: it is a directory; give a file name")
    if not path.parent.is_dir():
        _fail(f"cannot write {path}: folder {path.parent} does not exist")
    direct = path.exists() and not path.is_file()  # a device such as /dev/null or /dev/full
    target = path if direct else path.with_name(f".{path.name}.partial")
    try:
        fh = open(target, "w", encoding="utf-8", newline="")
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror or exc}")
    try:
        with fh:
            yield fh
        if not direct:
            target.replace(path)
    except OSError as exc:
        if not direct:
            target.unlink(missing_ok=True)
        _fail(f"cannot write {path}: {exc.strerror or exc}")
    except BaseException:
        if not direct:
            target.unlink(missing_ok=True)
        raise


class _PlainProgress:
    """Progress as plain lines for a stderr that is not a terminal (a log, CI, a pipe)."""

    def __init__(self, total: int, every: float):
        self.total, self.every, self.inputs, self.documents = total, every, 0, 0
        self.start = self.last = time.monotonic()

    def document(self, origin: str, characters: int) -> None:
        self.documents += 1
        if characters >= LONG_TEXT:
            self._line(f"reading events in {origin} ({characters:,} characters)", force=True)
        else:
            self._line(origin)

    def input(self, name: str) -> None:
        self.inputs += 1
        self._line(name)

    def _line(self, what: str, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self.last >= self.every:
            self.last = now
            err.print(f"ingest: {self.inputs}/{self.total} input(s), {self.documents} article(s) read, "
                      f"{now - self.start:.0f} s: {plain(what)}", markup=False, highlight=False)


def _waiting(seconds: float) -> None:
    err.print(f"ingest: another process holds the store's write lock; waiting ({seconds:.0f} s so far)",
              markup=False, highlight=False)


class _RichProgress:
    """A Rich progress bar on a terminal: inputs done, articles read and their rate, ETA."""

    def __init__(self, total: int):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.documents, self.start = 0, time.monotonic()
        self.progress = Progress(
            TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(), TextColumn("{task.description}", markup=False), console=err, transient=True,
        )
        self.task = self.progress.add_task("", total=total, rate="")

    def _rate(self) -> str:
        return f"{self.documents} article(s), {articles_per_second(self.documents, self.start):.1f}/s"

    def document(self, origin: str, characters: int) -> None:
        self.documents += 1
        self.progress.update(self.task, description=plain(Path(origin).name), rate=self._rate())

    def input(self, name: str) -> None:
        self.progress.update(self.task, advance=1, description=plain(Path(name).name), rate=self._rate())


def articles_per_second(count: int, start: float) -> float:
    return count / max(time.monotonic() - start, 1e-6)


def _run_ingest(store: Store, names: list[str], max_bytes: int | None = None,
                log: Path | None = None, workers: int = 1) -> IngestReport:
    from ..pipeline import ingest
    from ..sources import plan

    conf = settings()
    if max_bytes is not None:
        conf = type(conf)(**{**conf.__dict__, "max_bytes": max_bytes})
    inputs = plan(names)
    start = time.monotonic()
    if not err.is_terminal:
        view = _PlainProgress(len(inputs), PROGRESS_EVERY)
        report = ingest(store, inputs, conf, on_input=view.input, on_document=view.document, on_wait=_waiting,
                        workers=workers)
    else:
        view = _RichProgress(len(inputs))
        with view.progress:
            report = ingest(store, inputs, conf, on_input=view.input, on_document=view.document, on_wait=_waiting,
                            workers=workers)
    print_report(err, report, time.monotonic() - start, log)
    return report


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, URLs, or - for standard input.")],
    db: DbOption = Settings.db,
    max_bytes: Annotated[Optional[int], typer.Option(min=1, help="Largest input accepted, in bytes.")] = None,
    log: Annotated[Optional[Path], typer.Option(
        "--log", dir_okay=False, help="Write every per-article warning and failure to this file; "
        "the terminal then shows them counted by kind.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes that clean and read articles (default: the "
                                         "number of cores); one process links and stores.")] = os.cpu_count() or 1,
) -> None:
    """Read, clean and store articles. Exit code 1 if any input failed."""
    if log is not None and not log.parent.is_dir():
        _fail(f"cannot write {log}: folder {log.parent} does not exist")
    with _open(db, create=True) as store:
        report = _run_ingest(store, paths, max_bytes, log, workers)
    if report.failures:
        raise typer.Exit(1)


def _articles_table(store: Store, limit: int | None, offset: int = 0) -> Table:
    total = store.count_articles()
    shown = list(store.articles(limit, offset))
    title = f"{total} article(s)" + (f", showing {offset + 1}-{offset + len(shown)}" if len(shown) < total else "")
    table = Table(title=title, show_lines=False)
    table.add_column("id", no_wrap=True)
    table.add_column("published", no_wrap=True)
    for column in ("source", "title", "file"):
        table.add_column(column, overflow="fold")
    for a in shown:
        table.add_row(text(a.id), text(a.published_iso), text(a.source), text(a.title), text(a.file or a.url))
    return table


@app.command("articles")
def articles_cmd(db: DbOption = Settings.db, limit: LimitOpt = 100, offset: OffsetOpt = 0) -> None:
    """List stored articles."""
    with _open(db) as store:
        out.print(_articles_table(store, limit, offset))


@export_app.command("articles")
def export_articles(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl or csv.")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    db: DbOption = Settings.db, limit: LimitOpt = None, offset: OffsetOpt = 0,
) -> None:
    """Export stored articles as JSON Lines or CSV."""
    if fmt not in ("jsonl", "csv"):
        raise typer.BadParameter("choose jsonl or csv", param_hint="--format")
    from ..export import article_record

    with _open(db) as store, _output(output) as fh:
        count = write_records((article_record(a) for a in store.articles(limit, offset)), fh, fmt)
    if output:
        err.print(f"wrote {count} article(s) to {output}", highlight=False, markup=False)


CountryOpt = Annotated[Optional[list[str]], typer.Option("--country", "-c", help="ISO3 code; repeat to require several.")]
TypeOpt = Annotated[Optional[str], typer.Option("--type", "-t", help="PLOVER type (CONSULT, AGREE, ...).")]
StatusOpt = Annotated[Optional[str], typer.Option("--status", "-s", help="proposed, scheduled, held, postponed, cancelled.")]
SinceOpt = Annotated[Optional[str], typer.Option(help="Only events on or after this date (YYYY[-MM[-DD]]).")]
UntilOpt = Annotated[Optional[str], typer.Option(help="Only events on or before this date.")]
SeriesOpt = Annotated[Optional[str], typer.Option(help="Only events of a series (substring).")]


def _events_table(events: list[Event], title: str) -> Table:
    table = Table(title=title)
    table.add_column("id", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("status")
    table.add_column("type")
    for column in ("event", "countries", "place"):
        table.add_column(column, overflow="fold")
    table.add_column("reports", justify="right")
    for e in events:
        place = (e.location.place or e.location.country) if e.location else ""
        table.add_row(text(e.id), text(e.date or "?"), text(e.status), text(e.type), text(e.title),
                      text(",".join(e.countries)), text(place), str(e.reports))
    return table


@app.command("events")
def events_cmd(
    db: DbOption = Settings.db, country: CountryOpt = None, type_: TypeOpt = None, status: StatusOpt = None,
    since: SinceOpt = None, until: UntilOpt = None, series: SeriesOpt = None, limit: LimitOpt = 100,
    offset: OffsetOpt = 0,
) -> None:
    """List stored events, one per real-world event (the first 100 unless --limit says)."""
    where = _filter(country, type_, status, since, until, series)
    with _open(db) as store:
        total = store.count_events(where)
        events = list(store.events(where, limit, offset))
    shown = f", showing {offset + 1}-{offset + len(events)}" if len(events) < total else ""
    out.print(_events_table(events, f"{total} event(s){shown}"))


def _print_timeline(store: Store, where: EventFilter | None = None, limit: int | None = None, offset: int = 0) -> None:
    """Events grouped by series (events of no series last), streamed from the store."""
    sizes = store.series_sizes(where)
    current = None
    for e in store.events(where, limit, offset, by_series=True):
        name = e.series or ""
        if name != current:
            current = name
            count = f" ({sizes.get(name, 0)} events)" if name and sizes.get(name, 0) > 1 else ""
            out.print(Text("\n") + text(name or "Other events", "bold") + Text(count))
        where_ = f" - {e.location.place or e.location.country}" if e.location else ""
        number = f" #{e.ordinal}" if e.ordinal else ""
        out.print(plain(f"  {e.date or '(undated)':23} {e.status:10} {e.title}{number}{where_}"),
                  highlight=False, markup=False, soft_wrap=True)  # one line per event, also in a pipe


@app.command("timeline")
def timeline_cmd(
    db: DbOption = Settings.db, country: CountryOpt = None, type_: TypeOpt = None, status: StatusOpt = None,
    since: SinceOpt = None, until: UntilOpt = None, series: SeriesOpt = None, limit: LimitOpt = None,
    offset: OffsetOpt = 0,
) -> None:
    """Events in date order, grouped by the series they belong to."""
    where = _filter(country, type_, status, since, until, series)
    with _open(db) as store:
        _print_timeline(store, where, limit, offset)


@app.command("show")
def show_cmd(event_id: Annotated[str, typer.Argument(help="An event id (see 'summitry events').")], db: DbOption = Settings.db) -> None:
    """Every fact of one event, with the sentences that support it."""
    with _open(db) as store:
        e = store.event(event_id)
        if e is None:
            _fail(f"no event {event_id!r} in {db}")
        files = store.article_files([m.article for m in e.mentions])
    out.print(text(e.title, "bold") + Text(f"  ({plain(e.id)})"))
    facts = [("type", f"{e.type} / {e.kind}" + (f" / {e.mode}" if e.mode else "")), ("status", e.status),
             ("date", e.date or "not stated"), ("place", f"{e.location.place or '-'}, {e.location.country}" if e.location else "not stated"),
             ("countries", ", ".join(e.countries)), ("format", e.format or "-"), ("series", e.series or "-"),
             ("participants", "; ".join(f"{p.name} ({p.role or '?'}, {p.country or p.org or '?'})" for p in e.participants) or "-")]
    for key, value in facts:
        out.print(plain(f"  {key:13} {value}"), highlight=False, markup=False)
    out.print("\n[bold]Reports[/bold]")
    for m in e.mentions:
        when = m.published.strftime("%Y-%m-%d %H:%M") if m.published else "?"
        out.print(plain(f"  {files[m.article]} ({when}): {m.status or '-'}, date {m.date or '-'}"), highlight=False, markup=False)
        for x in m.evidence:
            out.print(plain(f"    [{x.start}:{x.end}] {x.sentence}"), highlight=False, markup=False)


EVENT_FORMATS = ("jsonl", "csv", "plover", "parquet", "polecat")


def _article_lookup(store: Store):
    from ..export.tables import cached

    return cached(store.article)


@export_app.command("events")
def export_events(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv, plover (PLOVER records as JSON Lines), "
                                     "parquet (the events table; needs -o) or polecat (POLECAT-style TSV).")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    db: DbOption = Settings.db, country: CountryOpt = None, type_: TypeOpt = None, status: StatusOpt = None,
    since: SinceOpt = None, until: UntilOpt = None, series: SeriesOpt = None, limit: LimitOpt = None,
    offset: OffsetOpt = 0,
) -> None:
    """Export stored events, streamed from the store (memory stays flat however many)."""
    if fmt not in EVENT_FORMATS:
        raise typer.BadParameter(f"choose {', '.join(EVENT_FORMATS)}", param_hint="--format")
    if fmt == "parquet" and output is None:
        raise typer.BadParameter("Parquet is binary: give a file with -o", param_hint="--output")
    where = _filter(country, type_, status, since, until, series)
    from ..export import event_record, plover_record
    from ..export.tables import write_parquet, write_polecat

    with _open(db) as store:
        events = store.events_with_evidence(where, limit, offset)
        if fmt == "parquet":
            count = _write_file(output, lambda path: write_parquet(events, path))
        else:
            with _output(output) as fh:
                if fmt == "polecat":
                    count = write_polecat(events, fh, _article_lookup(store))
                elif fmt == "plover":
                    cite = _article_lookup(store)
                    count = write_records((plover_record(e, cite) for e in events), fh, "jsonl")
                else:
                    count = write_records((event_record(e) for e in events), fh, fmt)
    if output:
        err.print(f"wrote {count} event(s) to {output}", highlight=False, markup=False)


def _write_file(path: Path, write) -> int:
    """write(temporary path) beside path, then renamed to it: never a partial file."""
    if path.is_dir() or not path.parent.is_dir():
        _fail(f"cannot write {path}: give a file in an existing folder")
    partial = path.with_name(f".{path.name}.partial")
    try:
        count = write(partial)
        partial.replace(path)
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror or exc}")
    finally:
        partial.unlink(missing_ok=True)
    return count


@export_app.command("tables")
def export_tables(
    output: Annotated[Path, typer.Option("--output", "-o", file_okay=False,
                                         help="Folder to write events, participants and evidence tables into.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="parquet or csv.")] = "parquet",
    db: DbOption = Settings.db, country: CountryOpt = None, type_: TypeOpt = None, status: StatusOpt = None,
    since: SinceOpt = None, until: UntilOpt = None, series: SeriesOpt = None,
) -> None:
    """Export flat tables for analysis: one row per event, per participant and per evidence
    sentence (events.*, participants.*, evidence.*), joined by event_id."""
    if fmt not in ("parquet", "csv"):
        raise typer.BadParameter("choose parquet or csv", param_hint="--format")
    where = _filter(country, type_, status, since, until, series)
    from ..export.tables import write_tables

    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")
    with _open(db) as store:
        try:
            counts = write_tables(store.events_with_evidence(where), output, fmt)
        except OSError as exc:
            _fail(f"cannot write {output}: {exc.strerror or exc}")
    err.print("wrote " + ", ".join(f"{n} row(s) to {output / f'{t}.{fmt}'}" for t, n in counts.items()),
              highlight=False, markup=False)


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Gold YAML file.")],
    corpus: Annotated[Path, typer.Argument(exists=True, help="Folder holding the articles the gold file lists.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
) -> None:
    """Score the records of the articles a gold file lists: findings per article, then the figures."""
    import json

    from ..evaluate import evaluate, json_report, text_lines

    report = evaluate(gold, corpus)
    text = json.dumps(json_report(report), ensure_ascii=False, indent=1) if as_json else "\n".join(text_lines(report))
    sys.stdout.write(text + "\n")  # as written: no markup, emoji codes or wrapping


@app.command("demo")
def demo_cmd(
    db: Annotated[Optional[str], typer.Option("--db", help="Keep the demo store in this file (default: a temporary one).")] = None,
) -> None:
    """Ingest the bundled sample articles into a fresh store and show the result."""
    import tempfile
    from importlib import resources

    samples = resources.files("summitry").joinpath("samples")
    with tempfile.TemporaryDirectory() as tmp, resources.as_file(samples) as folder:
        path = db or str(Path(tmp) / "demo.db")
        if db and Path(db).exists():
            raise typer.BadParameter(f"{db} exists; the demo wants a fresh store", param_hint="--db")
        with _open(path, create=True) as store:
            report = _run_ingest(store, [str(folder)])
            out.print(_articles_table(store, 100))
            out.print("\n[bold]Timeline of the events these articles report[/bold]")
            _print_timeline(store)
    if report.failures:
        raise typer.Exit(1)


def main() -> None:
    """Console-script entry point."""
    app()
