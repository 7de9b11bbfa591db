"""Load spaCy pipelines once per process; nothing is downloaded at run time."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from ..config import settings


@lru_cache(maxsize=4)
def nlp(model: str | None = None) -> Language:
    """The trained English pipeline (the model name is a setting: SUMMITRY_MODEL)."""
    name = model or settings().model
    try:
        return spacy.load(name)
    except OSError as exc:  # not installed: say so plainly rather than fetch anything
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; run 'make demo' or install it "
            "(see README), or set SUMMITRY_MODEL to an installed pipeline"
        ) from exc


@lru_cache(maxsize=1)
def tokenizer_nlp() -> Language:
    """A fast rule-based English pipeline (tokenizer and sentencizer only)."""
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return blank
