"""The rule lemmatizer's word lists as sets: the same lemmas, found without linear scans.

spaCy's rule lemmatizer asks `form in index` of each candidate lemma of a word it has not
seen with that part of speech, and the trained pipeline ships each index as a list (57,528
nouns): a scan of up to a few milliseconds for each new word. The index is used for
nothing but that membership test (and its truth value, the same for a set), so sets give
the same lemmas.
"""

from __future__ import annotations

from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import Lemmatizer


def speed_up_lemmatizer(model) -> bool:
    """Turn the index lists of a rule lemmatizer (spaCy's own, or the English one, whose
    only use of them is that test) into frozensets; True if there were any."""
    if "lemmatizer" not in model.component_names:
        return False
    lemmatizer = model.get_pipe("lemmatizer")
    if type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer) or lemmatizer.mode != "rule":
        return False
    if not lemmatizer.lookups.has_table("lemma_index"):
        return False
    table = lemmatizer.lookups.get_table("lemma_index")
    lists = [key for key, words in table.items() if isinstance(words, list)]
    for key in lists:
        table[key] = frozenset(table[key])
    return bool(lists)
