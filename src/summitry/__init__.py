"""summitry: turn news articles into one clean record per real diplomatic event."""

__version__ = "0.1.0"
