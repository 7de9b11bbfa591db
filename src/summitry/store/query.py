"""Event filters, checked against what the store can hold and turned into SQL."""

from __future__ import annotations

from dataclasses import dataclass

from ..events.facts import interval

# PLOVER's sixteen event types and the statuses summitry gives an event.
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STATUSES = ("proposed", "scheduled", "held", "postponed", "cancelled")
DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD (also YYYY-Qn, YYYY-Wnn)"


class FilterError(ValueError):
    """A filter value the store cannot match; the message lists what is accepted."""


def _date(value: str | None, option: str) -> tuple | None:
    if value is None:
        return None
    span = interval(value.strip())
    if span is None:
        raise FilterError(f"{option} {value!r} is not a date; use {DATE_FORMS}")
    return span


@dataclass(frozen=True)
class EventFilter:
    """Which events to list: every given condition must hold (countries: all of them)."""

    countries: tuple[str, ...] = ()
    type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    series: str | None = None

    def __post_init__(self) -> None:
        if self.type is not None and self.type.upper() not in PLOVER_TYPES:
            raise FilterError(f"--type {self.type!r} is not a PLOVER type; choose from {', '.join(PLOVER_TYPES)}")
        if self.status is not None and self.status.lower() not in STATUSES:
            raise FilterError(f"--status {self.status!r} is unknown; choose from {', '.join(STATUSES)}")
        _date(self.since, "--since")
        _date(self.until, "--until")

    def where(self) -> tuple[str, list]:
        """An SQL condition on the events table and its parameters."""
        terms: list[str] = []
        params: list = []
        for code in self.countries:
            terms.append("EXISTS (SELECT 1 FROM json_each(events.countries) WHERE value = ?)")
            params.append(code.upper())
        if self.type:
            terms.append("type = ?")
            params.append(self.type.upper())
        if self.status:
            terms.append("status = ?")
            params.append(self.status.lower())
        if self.series:
            terms.append("instr(py_lower(series), ?) > 0")
            params.append(self.series.lower())
        if since := _date(self.since, "--since"):
            terms.append("date_end >= ?")
            params.append(since[0].isoformat())
        if until := _date(self.until, "--until"):
            terms.append("date_start <= ?")
            params.append(until[1].isoformat())
        return (" WHERE " + " AND ".join(terms) if terms else ""), params


def page(limit: int | None, offset: int) -> str:
    """LIMIT/OFFSET clause (integers only, never user text)."""
    if limit is None and not offset:
        return ""
    return f" LIMIT {int(limit) if limit is not None else -1} OFFSET {int(offset)}"
