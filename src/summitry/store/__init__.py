"""Store: SQLite through the standard library, with a versioned schema."""

from .query import PLOVER_TYPES, STATUSES, EventFilter, FilterError
from .sqlite import Store, StoreError

__all__ = ["PLOVER_TYPES", "STATUSES", "EventFilter", "FilterError", "Store", "StoreError"]
