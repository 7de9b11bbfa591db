"""Store: SQLite through the standard library, with a versioned schema."""

from .sqlite import Store

__all__ = ["Store"]
