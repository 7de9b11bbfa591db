"""The end of an ingest: one summary line, then its warnings and failures, listed one per
article when few, else counted by kind (every one of them goes to the log file, if given)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from .terminal import plain

if TYPE_CHECKING:
    from ..pipeline import IngestReport

SHOW = 20  # at most this many warnings (and failures) are listed one per line
_VARYING = re.compile(r"'[^']*'|\"[^\"]*\"|\d[\d,.]*")


def kind(message: str) -> str:
    """A message with its varying parts (quoted values, numbers) elided: what it is about."""
    return " ".join(_VARYING.sub("…", message).split())


def _say(console: Console, line: str, style: str | None = None) -> None:
    console.print(line, style=style, highlight=False, markup=False)


def _list(console: Console, label: str, plural: str, items: list[tuple[str, str]], summarise: bool,
          style: str | None) -> None:
    if not summarise:
        for origin, message in items:
            _say(console, f"  {label}: {plain(origin)}: {plain(message)}", style)
        return
    for what, count in Counter(kind(m) for _, m in items).most_common():
        _say(console, f"  {plural}: {count} x {plain(what)}", style)


def write_log(path: Path, report: IngestReport) -> None:
    """Every warning and failure of the run, one per line, tab-separated: kind, origin, message."""
    with open(path, "a", encoding="utf-8") as fh:
        for origin, message in report.warnings:
            fh.write(f"warning\t{plain(origin)}\t{plain(message)}\n")
        for f in report.failures:
            fh.write(f"failed\t{plain(f.origin)}\t{plain(f.reason)}\n")


def print_report(console: Console, report: IngestReport, seconds: float, log: Path | None = None) -> None:
    """The summary of an ingest run on console; the details in log, if given."""
    read = report.stored + report.unchanged + len(report.failures)
    rate = f", {read / seconds:.1f} article(s)/s" if seconds > 0 and read else ""
    _say(console, f"stored {report.stored} new article(s), {report.unchanged} already stored, "
                  f"{len(report.failures)} failed; {report.events} event report(s) linked in {seconds:.1f} s{rate}")
    failures = [(f.origin, f.reason) for f in report.failures]
    if log is not None:
        write_log(log, report)
        if report.warnings or failures:
            _say(console, f"  {len(report.warnings)} warning(s) and {len(failures)} failure(s) written to {plain(log)}")
    many = log is not None or len(report.warnings) > SHOW
    _list(console, "warning", "warnings", report.warnings, many, None)
    _list(console, "failed", "failures", failures, log is not None or len(failures) > SHOW, "red")
    if many and log is None:
        _say(console, "  (ingest --log FILE lists every warning with its article)")
