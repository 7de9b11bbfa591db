"""The time stage: TIMEX3 temporal expressions of news text, normalized against the DCT."""

from summitry.time.tagger import tag
from summitry.time.validate import is_valid_value

__all__ = ["tag", "is_valid_value"]
