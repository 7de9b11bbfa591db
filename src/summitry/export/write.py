"""Write records as JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

FORMATS = ("jsonl", "csv")


def _cell(value: object) -> object:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def write_records(records: Iterable[dict], out: TextIO, fmt: str) -> int:
    """Write records to out; lists and objects become JSON inside CSV cells. Returns the count."""
    count = 0
    if fmt == "jsonl":
        for count, record in enumerate(records, start=1):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return count
    if fmt == "csv":
        writer = None
        for count, record in enumerate(records, start=1):
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(record))
                writer.writeheader()
            writer.writerow({k: _cell(v) for k, v in record.items()})
        return count
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
