"""CLI commands of the time stage: `timex` (tag a text) and `eval-timex` (score on TimeML)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from summitry.config import settings


def _read(source: str) -> str:
    """The text of a file, or of stdin for "-", with line endings kept as they are; decoded as
    ingest decodes (UTF-8, UTF-16 with a BOM, else Windows-1252/Latin-1; binary refused)."""
    from summitry.sources.read import ReadError, decode

    limit = settings().max_bytes
    if source == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            return sys.stdin.read(limit)
        data = stream.read(limit + 1)
    else:
        with open(source, "rb") as handle:  # bounded: a device such as /dev/zero never ends
            data = handle.read(limit + 1)
    if len(data) > limit:
        raise ReadError(f"over the size limit of {limit:,} bytes (SUMMITRY_MAX_BYTES)")
    return decode(data)[0] if data.strip() else ""


def timex(
    source: str = typer.Argument("-", help="Text file to tag, or - for standard input."),
    dct: str | None = typer.Option(None, "--dct", help="Reference (publication) date, YYYY-MM-DD."),
) -> None:
    """Print the temporal expressions of a text, one JSON object per line."""
    try:
        reference = date.fromisoformat(dct) if dct else None
    except ValueError:
        raise typer.BadParameter(f"not a YYYY-MM-DD date: {dct}", param_hint="--dct") from None
    from summitry.sources.read import ReadError

    try:
        text = _read(source)
    except (OSError, ValueError, ReadError) as error:  # ValueError: a path with a NUL byte
        typer.echo(f"cannot read {source}: {getattr(error, 'strerror', None) or error}", err=True)
        raise typer.Exit(1) from None
    from summitry.time import tag

    for t in tag(text, reference):
        record: dict[str, object] = {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        if t.end_value:
            record["end_value"] = t.end_value
        if t.mod:
            record["mod"] = t.mod
        typer.echo(json.dumps(record, ensure_ascii=False))


def eval_timex(
    directory: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of TimeML .tml files."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Score the tagger on TimeML documents (TempEval-3 task A).

    Relaxed match is any overlap, strict an identical extent; type and value are scored on the
    relaxed matches. The headline value F1 compares values exactly, as TempEval-3 does.
    """
    from summitry.time.evaluate import evaluate

    figures = evaluate(directory).figures()
    if as_json:
        typer.echo(json.dumps(figures))
        return
    typer.echo(f"value F1 (exact): {figures['value_f1']:.3f}")
    table = Table(title=f"{figures['documents']} documents, {figures['gold']} gold, {figures['system']} system")
    table.add_column("measure")
    table.add_column("P", justify="right")
    table.add_column("R", justify="right")
    table.add_column("F1", justify="right")
    table.add_row("value (exact)", *(f"{figures[k]:.3f}" for k in ("value_precision", "value_recall", "value_f1")))
    table.add_row("relaxed extraction", *(f"{figures[k]:.3f}" for k in ("precision", "recall", "f1")))
    table.add_row("strict extraction",
                  *(f"{figures[k]:.3f}" for k in ("strict_precision", "strict_recall", "strict_f1")))
    table.add_row("type", "", "", f"{figures['type_f1']:.3f}")
    table.add_row("secondary: value, canonical spelling*", "", "", f"{figures['canonical_value_f1']:.3f}")
    console = Console(width=100)
    console.print(table)
    console.print("* weeks zero-padded and trailing -XX dropped on both sides; not a TempEval-3 figure.")


def register(app: typer.Typer) -> None:
    """Add the `timex` and `eval-timex` commands to a Typer app."""
    app.command("timex")(timex)
    app.command("eval-timex")(eval_timex)
