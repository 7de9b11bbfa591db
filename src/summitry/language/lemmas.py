"""The rule lemmatizer made faster with the same lemmas.

spaCy's rule lemmatizer asks `form in index` of each candidate lemma of a word it has not
seen with that part of speech, and the trained pipeline ships each index as a list (57,528
nouns): a scan of up to a few milliseconds for each new word. The index is used for
nothing but that membership test (and its truth value, the same for a set), so sets give
the same lemmas. And it remembers the lemmas of rule-inflected words only: base forms
(most tokens) and proper nouns are worked out again each time. The lemma depends only on
the word, its part of speech and its morphology, so all are remembered here.
"""

from __future__ import annotations

from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token

_REMEMBER = 200_000  # (word, part of speech, morphology) lemmas kept, then forgotten


def speed_up_lemmatizer(model) -> bool:
    """Give a rule lemmatizer (spaCy's own, or the English one) index sets and a full memory
    of its lemmas; True if it was one."""
    if "lemmatizer" not in model.component_names:
        return False
    lemmatizer = model.get_pipe("lemmatizer")
    if type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer) or lemmatizer.mode != "rule":
        return False
    if lemmatizer.lookups.has_table("lemma_index"):
        table = lemmatizer.lookups.get_table("lemma_index")
        for key in [key for key, words in table.items() if isinstance(words, list)]:
            table[key] = frozenset(table[key])
    lemmatizer.lemmatize = _remembering(lemmatizer.rule_lemmatize)
    return True


def _remembering(rule_lemmatize):
    memory: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        lemmas = memory.get(key)
        if lemmas is None:
            lemmas = rule_lemmatize(token)
            if token.pos:  # without a part of speech spaCy warns each time: leave it be
                if len(memory) >= _REMEMBER:
                    memory.clear()
                memory[key] = lemmas
        return lemmas

    return lemmatize
