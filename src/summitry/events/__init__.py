"""Events stage: the events an article reports, each with type, parties, date, place and status."""

from .article import extract_events

__all__ = ["extract_events"]
