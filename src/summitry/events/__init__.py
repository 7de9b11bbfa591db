"""Events stage: the events an article reports, each with type, parties, date, place and status."""

__all__ = ["extract_events"]


def __getattr__(name: str):
    """extract_events, imported on first use: it loads spaCy, which the date helpers in
    events.facts (used by the store and the command line) do not need."""
    if name == "extract_events":
        from .article import extract_events

        return extract_events
    raise AttributeError(f"module 'summitry.events' has no attribute {name!r}")
