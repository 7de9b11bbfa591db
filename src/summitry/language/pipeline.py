"""Load spaCy pipelines once per process; nothing is downloaded at run time."""

from __future__ import annotations

import gc
from collections.abc import Collection
from functools import lru_cache
from importlib import resources

import spacy
import yaml
from spacy.language import Language
from spacy.symbols import ORTH

from ..config import settings
from .attributes import speed_up_attribute_ruler
from .lemmas import speed_up_lemmatizer


@lru_cache(maxsize=4)
def nlp(model: str | None = None) -> Language:
    """The trained English pipeline (the model name is a setting: SUMMITRY_MODEL), its
    attribute ruler and lemmatizer made faster with the same results (language/attributes.py,
    language/lemmas.py); the objects alive once it is loaded are frozen (gc.freeze)."""
    name = model or settings().model
    try:
        loaded = spacy.load(name)
    except OSError as exc:  # not installed: say so plainly rather than fetch anything
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; run 'make demo' or install it "
            "(see README), or set SUMMITRY_MODEL to an installed pipeline"
        ) from exc
    speed_up_attribute_ruler(loaded)
    speed_up_lemmatizer(loaded)
    keep_whole(loaded)
    # The pipeline's objects (and all loaded before it) live as long as the process: moved
    # out of the cyclic collector's way, its full passes walk a fifth of the objects.
    gc.collect()
    gc.freeze()
    return loaded


def keep_whole(model: Language) -> None:
    """Keep the words of tokens.yaml whole ("co-chaired", not "co - chaired"), in both cases."""
    data = yaml.safe_load(resources.files(__package__).joinpath("tokens.yaml").read_text("utf-8"))
    for word in data["whole_words"]:
        for form in {word, word.capitalize()}:
            model.tokenizer.add_special_case(form, [{ORTH: form}])


def disabled_except(model: Language, wanted: Collection[str]) -> list[str]:
    """The components to disable so that only `wanted` run, with any shared tok2vec they
    listen to (en_core_web_sm's NER embeds words itself: it needs no shared tok2vec)."""
    keep = set(wanted)
    for name in model.pipe_names:
        if keep & set(getattr(model.get_pipe(name), "listening_components", None) or ()):
            keep.add(name)
    return [name for name in model.pipe_names if name not in keep]


@lru_cache(maxsize=1)
def tokenizer_nlp() -> Language:
    """A fast rule-based English pipeline (tokenizer and sentencizer only)."""
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return blank
