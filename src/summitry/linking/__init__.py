"""Linking: mentions of one real event, across articles, become one event."""

from .aggregate import aggregate
from .linker import link

__all__ = ["aggregate", "link"]
