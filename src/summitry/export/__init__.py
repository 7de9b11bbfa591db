"""Export: summitry's records (JSON Lines, CSV), PLOVER records, flat tables and POLECAT TSV."""

__all__ = ["article_record", "event_record", "plover_record", "plover_schema", "write_records"]
_HOME = {"article_record": "articles", "event_record": "events", "plover_record": "plover",
         "plover_schema": "plover", "write_records": "write"}


def __getattr__(name: str):
    """The export functions, each imported on first use (the command line starts faster)."""
    if name in _HOME:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
