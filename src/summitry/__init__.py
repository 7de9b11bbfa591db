"""summitry: turn news articles into one clean record per real diplomatic event.

>>> import summitry
>>> sorted(n for n in summitry.__all__)
['ArticleRecord', 'Database', 'EventRecord', 'SeriesRecord', 'extract', 'open']
"""

__version__ = "0.1.0"
__all__ = ["ArticleRecord", "Database", "EventRecord", "SeriesRecord", "extract", "open"]


def __getattr__(name: str):
    """The API, imported on first use so that `import summitry` stays light."""
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'summitry' has no attribute {name!r}")
