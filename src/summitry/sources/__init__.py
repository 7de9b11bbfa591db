"""Sources: files, directories, globs, standard input, JSON Lines, HTML pages and URLs."""

from .inputs import Input, plan
from .read import read_input

__all__ = ["Input", "plan", "read_input"]
