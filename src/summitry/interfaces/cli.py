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
from ..export import article_record, write_records
from ..pipeline import IngestReport, ingest
from ..sources import plan
from ..store import Store

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__, rich_markup_mode=None)
export_app = typer.Typer(no_args_is_help=True, help="Export stored records.")
app.add_typer(export_app, name="export")

out = Console()
err = Console(stderr=True)

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
        f"{len(report.failures)} failed", highlight=False,
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
    if report.failures:
        raise typer.Exit(1)


def main() -> None:
    """Console-script entry point."""
    app()
