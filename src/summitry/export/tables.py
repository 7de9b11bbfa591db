"""Flat tables for analysis: one row per event, per participant and per evidence sentence,
joined by event id; written as CSV or Parquet, and a POLECAT-style TSV."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from ..model import Article, Event
from .dates import calendar_span
from .geo import located
from .plover import plover_record, plover_type

EVENT_COLUMNS = {  # name -> Arrow type name
    "event_id": "string", "type": "string", "plover_type": "string", "mode": "string", "kind": "string",
    "format": "string", "status": "string", "title": "string", "series": "string", "ordinal": "int64",
    "date": "string", "date_start": "date32", "date_end": "date32", "date_precision": "string",
    "countries": "string", "place": "string", "country_code": "string", "geonameid": "int64",
    "lat": "float64", "lon": "float64", "reports": "int64", "first_reported": "string", "last_reported": "string",
}
PARTICIPANT_COLUMNS = {"event_id": "string", "name": "string", "role": "string", "country": "string", "org": "string"}
EVIDENCE_COLUMNS = {"event_id": "string", "article_id": "string", "sentence": "string", "start": "int64",
                    "end": "int64"}
TABLES = {"events": EVENT_COLUMNS, "participants": PARTICIPANT_COLUMNS, "evidence": EVIDENCE_COLUMNS}
SEP = ";"  # between several values in one cell (countries)


def _time(value) -> str | None:
    return value.isoformat(timespec="minutes") if value else None


def event_row(e: Event) -> dict:
    """One event (an Event or an api.EventRecord) as a flat row (countries joined with ';'; calendar dates or empty)."""
    start, end, precision = calendar_span(e.date)
    loc = located(e.location)
    return {
        "event_id": e.id, "type": e.type, "plover_type": plover_type(e), "mode": e.mode, "kind": e.kind,
        "format": e.format, "status": e.status, "title": e.title, "series": e.series, "ordinal": e.ordinal,
        "date": e.date, "date_start": start, "date_end": end or start, "date_precision": precision,
        "countries": SEP.join(e.countries), "place": loc.place if loc else None,
        "country_code": loc.country if loc else None, "geonameid": loc.geonameid if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None, "reports": e.reports,
        "first_reported": _time(e.first_reported), "last_reported": _time(e.last_reported),
    }


def participant_rows(e: Event) -> list[dict]:
    return [{"event_id": e.id, "name": p.name, "role": p.role, "country": p.country, "org": p.org} for p in e.participants]


def evidence_rows(e: Event) -> list[dict]:
    return [{"event_id": e.id, "article_id": x.article, "sentence": x.sentence, "start": x.start, "end": x.end}
            for x in e.evidence]


ROWS: dict[str, Callable[[Event], list[dict]]] = {
    "events": lambda e: [event_row(e)], "participants": participant_rows, "evidence": evidence_rows,
}


def arrow_schema(columns: dict[str, str]):
    """The Arrow schema of a table (pyarrow imported here, only when needed)."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in columns.items()])


def arrow_table(rows: list[dict], columns: dict[str, str]):
    """Rows as a pyarrow Table with the table's declared types."""
    import pyarrow as pa

    data = {name: [_arrow_value(r.get(name), kind) for r in rows] for name, kind in columns.items()}
    return pa.Table.from_pydict(data, schema=arrow_schema(columns))


def _arrow_value(value, kind: str):
    if kind == "date32" and isinstance(value, str):
        from datetime import date

        return date.fromisoformat(value)
    return value


def write_tables(events: Iterable[Event], folder: Path, fmt: str, chunk: int = 1000) -> dict[str, int]:
    """Write events.<fmt>, participants.<fmt> and evidence.<fmt> into folder (csv or parquet),
    streaming in chunks; returns the row count of each table."""
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"unknown table format {fmt!r}; choose csv or parquet")
    writers = {name: (_ParquetTable if fmt == "parquet" else _CsvTable)(folder / f"{name}.{fmt}", columns)
               for name, columns in TABLES.items()}
    counts = dict.fromkeys(TABLES, 0)
    try:
        for e in events:
            for name, rows in ROWS.items():
                new = rows(e)
                writers[name].add(new, chunk)
                counts[name] += len(new)
    finally:
        for w in writers.values():
            w.close()
    return counts


def write_parquet(events: Iterable[Event], path: Path, chunk: int = 1000) -> int:
    """The events table alone as one Parquet file; returns the row count."""
    table = _ParquetTable(path, EVENT_COLUMNS)
    count = 0
    try:
        for e in events:
            table.add([event_row(e)], chunk)
            count += 1
    finally:
        table.close()
    return count


class _CsvTable:
    def __init__(self, path: Path, columns: dict[str, str]):
        self.fh = open(path, "w", encoding="utf-8", newline="")
        self.writer = csv.DictWriter(self.fh, fieldnames=list(columns))
        self.writer.writeheader()

    def add(self, rows: list[dict], chunk: int) -> None:
        self.writer.writerows({k: "" if v is None else v for k, v in r.items()} for r in rows)

    def close(self) -> None:
        self.fh.close()


class _ParquetTable:
    def __init__(self, path: Path, columns: dict[str, str]):
        import pyarrow.parquet as pq

        self.columns, self.pending = columns, []
        self.writer = pq.ParquetWriter(str(path), arrow_schema(columns))

    def add(self, rows: list[dict], chunk: int) -> None:
        self.pending.extend(rows)
        if len(self.pending) >= chunk:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.writer.write_table(arrow_table(self.pending, self.columns))
            self.pending = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor Title", "Primary Actor Sector",
    "Recipient Name", "Recipient Country", "Recipient Title", "Primary Recipient Sector",
    "Placename", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Source", "Publication Date", "Story URL", "Status", "Series",
)


def _side(entities: list[dict], key: str) -> str:
    return SEP.join(dict.fromkeys(str(x[key]) for x in entities if x.get(key)))


def polecat_row(record: dict) -> dict:
    """A PLOVER record as a row under POLECAT's column names (several actors joined by ';')."""
    loc = record.get("event_loc") or {}
    cite = (record.get("cite_info") or [{}])[0]
    return dict(zip(POLECAT_COLUMNS, (
        record["id"], record.get("date"), record["event"][0], SEP.join(record["mode"]), record["event_scale"],
        record["quad_code"], SEP.join(record["context"]),
        _side(record["actor"], "entity_text"), _side(record["actor"], "code"), _side(record["actor"], "office"),
        (record["actor"] or [{}])[0].get("sector"),
        _side(record["recipient"], "entity_text"), _side(record["recipient"], "code"),
        _side(record["recipient"], "office"), (record["recipient"] or [{}])[0].get("sector"),
        loc.get("place"), loc.get("country_code"), loc.get("lat"), loc.get("lon"), loc.get("geonameid"),
        cite.get("outlet"), cite.get("published"), cite.get("url"), record["status"], record["series"],
    )))


def write_polecat(events: Iterable[Event], out: TextIO, article: Callable[[str], Article | None] | None = None) -> int:
    """Events as a POLECAT-style TSV; returns the count."""
    writer = csv.DictWriter(out, fieldnames=list(POLECAT_COLUMNS), delimiter="\t", lineterminator="\n")
    writer.writeheader()
    count = 0
    for count, e in enumerate(events, start=1):
        row = polecat_row(plover_record(e, article))
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return count


def cached(lookup: Callable[[str], Article | None], size: int = 2048) -> Callable[[str], Article | None]:
    """lookup with a bounded cache (articles are cited again and again by nearby events)."""
    from functools import lru_cache

    return lru_cache(maxsize=size)(lookup)


