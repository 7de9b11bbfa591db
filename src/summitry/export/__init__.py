"""Export: records as JSON Lines or CSV."""

from .articles import article_record
from .write import write_records

__all__ = ["article_record", "write_records"]
