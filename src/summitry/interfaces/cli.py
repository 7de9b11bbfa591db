"""summitry: turn news articles into one clean record per real diplomatic event."""

from __future__ import annotations

import sys
import tempfile
from contextlib import nullcontext
from importlib import resources
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from ..config import settings
from ..events.facts import interval
from ..export import article_record, event_record, plover_record, write_records
from ..model import Event
from ..pipeline import IngestReport, ingest
from ..sources import plan
from ..store import Store
from . import timex_commands

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__, rich_markup_mode=None)
export_app = typer.Typer(no_args_is_help=True, help="Export stored records.")
app.add_typer(export_app, name="export")

out = Console() if Console().is_terminal else Console(width=160)
err = Console(stderr=True, soft_wrap=True)  # one report line per input, never wrapped
timex_commands.register(app)

DbOption = Annotated[
    str, typer.Option("--db", envvar="SUMMITRY_DB", help="SQLite store file (env SUMMITRY_DB).")
]


def _run_ingest(store: Store, names: list[str], max_bytes: int | None = None) -> IngestReport:
    conf = settings()
    if max_bytes is not None:
        conf = type(conf)(**{**conf.__dict__, "max_bytes": max_bytes})
    inputs = plan(names)
    progress = Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        TextColumn("{task.description}"), console=err, transient=True,
        disable=not err.is_terminal,
    )
    with progress:
        task = progress.add_task("", total=len(inputs))
        report = ingest(
            store, inputs, conf,
            on_input=lambda name: progress.update(task, advance=1, description=Path(name).name),
        )
        progress.update(task, completed=len(inputs))
    return report


def _print_report(report: IngestReport) -> None:
    err.print(
        f"stored {report.stored} new article(s), {report.unchanged} already stored, "
        f"{len(report.failures)} failed; {report.events} event report(s) linked", highlight=False,
    )
    for origin, warning in report.warnings:
        err.print(f"  warning: {origin}: {warning}", highlight=False, markup=False)
    for failure in report.failures:
        err.print(f"  failed: {failure.origin}: {failure.reason}", style="red", highlight=False, markup=False)


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, URLs, or - for standard input.")],
    db: DbOption = settings().db,
    max_bytes: Annotated[Optional[int], typer.Option(help="Largest input accepted, in bytes.")] = None,
) -> None:
    """Read, clean and store articles. Exit code 1 if any input failed."""
    with Store(db) as store:
        report = _run_ingest(store, paths, max_bytes)
    _print_report(report)
    if report.failures:
        raise typer.Exit(1)


def _articles_table(store: Store, limit: int) -> Table:
    table = Table(title=f"{store.count_articles()} article(s)", show_lines=False)
    table.add_column("id", no_wrap=True)
    table.add_column("published", no_wrap=True)
    for column in ("source", "title", "file"):
        table.add_column(column, overflow="fold")
    for i, a in enumerate(store.articles()):
        if i >= limit:
            break
        table.add_row(a.id, a.published_iso or "", a.source or "", a.title or "", a.file or a.url or "")
    return table


@app.command("articles")
def articles_cmd(
    db: DbOption = settings().db,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 100,
) -> None:
    """List stored articles."""
    with Store(db) as store:
        out.print(_articles_table(store, limit))


@export_app.command("articles")
def export_articles(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl or csv.")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    db: DbOption = settings().db,
) -> None:
    """Export stored articles as JSON Lines or CSV."""
    if fmt not in ("jsonl", "csv"):
        raise typer.BadParameter("choose jsonl or csv", param_hint="--format")
    with Store(db) as store, (open(output, "w", encoding="utf-8", newline="") if output else nullcontext(sys.stdout)) as fh:
        count = write_records((article_record(a) for a in store.articles()), fh, fmt)
    if output:
        err.print(f"wrote {count} article(s) to {output}", highlight=False)


def _filtered(store: Store, country: list[str] | None, type_: str | None, status: str | None,
              since: str | None, until: str | None, series: str | None) -> list[Event]:
    chosen = []
    for e in store.events():
        if country and not set(c.upper() for c in country) <= set(e.countries):
            continue
        if type_ and e.type != type_.upper() or status and e.status != status.lower():
            continue
        if series and (not e.series or series.lower() not in e.series.lower()):
            continue
        span = interval(e.date)
        if since and (span is None or interval(since) is None or span[1] < interval(since)[0]):
            continue
        if until and (span is None or interval(until) is None or span[0] > interval(until)[1]):
            continue
        chosen.append(e)
    return chosen


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
        table.add_row(e.id, e.date or "?", e.status, e.type, e.title, ",".join(e.countries), place or "",
                      str(e.reports))
    return table


@app.command("events")
def events_cmd(
    db: DbOption = settings().db, country: CountryOpt = None, type_: TypeOpt = None, status: StatusOpt = None,
    since: SinceOpt = None, until: UntilOpt = None, series: SeriesOpt = None,
) -> None:
    """List stored events, one per real-world event."""
    with Store(db) as store:
        events = _filtered(store, country, type_, status, since, until, series)
    out.print(_events_table(events, f"{len(events)} event(s)"))


def _print_timeline(events: list[Event]) -> None:
    groups: dict[str, list[Event]] = {}
    for e in events:
        groups.setdefault(e.series or "", []).append(e)
    for name in sorted(groups, key=lambda n: (n == "", n.lower())):
        count = f" ({len(groups[name])} events)" if name and len(groups[name]) > 1 else ""
        out.print(f"\n[bold]{name or 'Other events'}[/bold]{count}", highlight=False)
        for e in groups[name]:
            where = f" - {e.location.place or e.location.country}" if e.location else ""
            number = f" #{e.ordinal}" if e.ordinal else ""
            out.print(f"  {e.date or '(undated)':23} {e.status:10} {e.title}{number}{where}", highlight=False, markup=False)


@app.command("timeline")
def timeline_cmd(
    db: DbOption = settings().db, country: CountryOpt = None, type_: TypeOpt = None, status: StatusOpt = None,
    since: SinceOpt = None, until: UntilOpt = None, series: SeriesOpt = None,
) -> None:
    """Events in date order, grouped by the series they belong to."""
    with Store(db) as store:
        _print_timeline(_filtered(store, country, type_, status, since, until, series))


@app.command("show")
def show_cmd(event_id: Annotated[str, typer.Argument(help="An event id (see 'summitry events').")], db: DbOption = settings().db) -> None:
    """Every fact of one event, with the sentences that support it."""
    with Store(db) as store:
        e = store.event(event_id)
        if e is None:
            err.print(f"no event {event_id!r} in {db}", style="red")
            raise typer.Exit(1)
        files = {m.article: (store.article(m.article).file or m.article) for m in e.mentions}
    out.print(f"[bold]{e.title}[/bold]  ({e.id})")
    facts = [("type", f"{e.type} / {e.kind}" + (f" / {e.mode}" if e.mode else "")), ("status", e.status),
             ("date", e.date or "not stated"), ("place", f"{e.location.place or '-'}, {e.location.country}" if e.location else "not stated"),
             ("countries", ", ".join(e.countries)), ("format", e.format or "-"), ("series", e.series or "-"),
             ("participants", "; ".join(f"{p.name} ({p.role or '?'}, {p.country or '?'})" for p in e.participants) or "-")]
    for key, value in facts:
        out.print(f"  {key:13} {value}", highlight=False, markup=False)
    out.print("\n[bold]Reports[/bold]")
    for m in e.mentions:
        when = m.published.strftime("%Y-%m-%d %H:%M") if m.published else "?"
        out.print(f"  {files[m.article]} ({when}): {m.status or '-'}, date {m.date or '-'}", highlight=False, markup=False)
        for x in m.evidence:
            out.print(f"    [{x.start}:{x.end}] {x.sentence}", highlight=False, markup=False)


@export_app.command("events")
def export_events(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or plover (PLOVER records as JSON Lines).")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    db: DbOption = settings().db,
) -> None:
    """Export stored events."""
    if fmt not in ("jsonl", "csv", "plover"):
        raise typer.BadParameter("choose jsonl, csv or plover", param_hint="--format")
    with Store(db) as store:
        events = [store.event(e.id) for e in store.events()]
    record = plover_record if fmt == "plover" else event_record
    with open(output, "w", encoding="utf-8", newline="") if output else nullcontext(sys.stdout) as fh:
        count = write_records((record(e) for e in events), fh, "csv" if fmt == "csv" else "jsonl")
    if output:
        err.print(f"wrote {count} event(s) to {output}", highlight=False)


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
    samples = resources.files("summitry").joinpath("samples")
    with tempfile.TemporaryDirectory() as tmp, resources.as_file(samples) as folder:
        path = db or str(Path(tmp) / "demo.db")
        if db and Path(db).exists():
            raise typer.BadParameter(f"{db} exists; the demo wants a fresh store", param_hint="--db")
        with Store(path) as store:
            report = _run_ingest(store, [str(folder)])
            _print_report(report)
            out.print(_articles_table(store, 100))
            out.print("\n[bold]Timeline of the events these articles report[/bold]")
            _print_timeline(list(store.events()))
    if report.failures:
        raise typer.Exit(1)


def main() -> None:
    """Console-script entry point."""
    app()
