"""Export: summitry's records (JSON Lines, CSV), PLOVER records, flat tables and POLECAT TSV."""

from .articles import article_record
from .events import event_record
from .plover import plover_record, plover_schema
from .write import write_records

__all__ = ["article_record", "event_record", "plover_record", "plover_schema", "write_records"]
