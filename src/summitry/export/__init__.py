"""Export: records as JSON Lines or CSV."""

from .articles import article_record
from .events import event_record, plover_record
from .write import write_records

__all__ = ["article_record", "event_record", "plover_record", "write_records"]
