"""Text from articles made safe to print: no terminal control sequences, no Rich markup."""

from __future__ import annotations

import re

from rich.text import Text

# C0 and C1 controls (ESC starts terminal commands: clear screen, window title, links) and
# the bidirectional overrides that can make a line read differently from what it holds.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile(r"[\t\n\r]+")


def plain(value: object) -> str:
    """A value as one printable line: control characters removed, breaks made spaces."""
    return _CONTROLS.sub("", _BREAKS.sub(" ", "" if value is None else str(value)))


def text(value: object, style: str = "") -> Text:
    """A Rich Text of plain(value): shown literally, never read as markup."""
    return Text(plain(value), style=style)
