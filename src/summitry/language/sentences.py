"""Split text into sentences with offsets."""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from functools import lru_cache

from ..model import Sentence
from .pipeline import tokenizer_nlp


_SPLITS: OrderedDict[tuple[str, str, int], tuple[Sentence, ...]] = OrderedDict()  # most recent last
_KEEP = 256


def split_sentences(text: str, section: str = "body", first_index: int = 0) -> list[Sentence]:
    """Sentences of text (paragraphs never share a sentence), offsets into text. The splits
    of the last few texts are remembered: an article is split before it is read and again
    while it is read (events/article.py prepare_articles, extract_events)."""
    key = (text, section, first_index)
    found = _SPLITS.get(key)
    if found is None:
        found = _SPLITS[key] = tuple(_split(text, section, first_index))
        while len(_SPLITS) > _KEEP:
            _SPLITS.popitem(last=False)
    else:
        _SPLITS.move_to_end(key)
    return list(found)


def _split(text: str, section: str, first_index: int) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for para in text.split("\n\n"):
        if para.strip():
            if _one_sentence(para):
                chunk = para.strip()
                start = pos + len(para) - len(para.lstrip())
                out.append(Sentence(first_index + len(out), start, start + len(chunk), chunk, section))
            else:
                for sent in tokenizer_nlp()(para).sents:
                    chunk = sent.text.strip()
                    if not chunk:
                        continue
                    start = pos + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                    out.append(Sentence(first_index + len(out), start, start + len(chunk), chunk, section))
        pos += len(para) + 2
    return out


@lru_cache(maxsize=1)
def _sentence_final() -> re.Pattern:
    chars = tokenizer_nlp().get_pipe("sentencizer").punct_chars
    return re.compile("|".join(re.escape(c) for c in sorted(chars, key=len, reverse=True)))


def _one_sentence(para: str) -> bool:
    """True when the sentencizer could not split para, which spares tokenizing it: no
    sentence-final character ("." "?" "!" ...) but in a closing run of punctuation
    ('... talks."'). The sentencizer starts a sentence only at a token after a
    sentence-final one that is neither punctuation nor one of them; after such a run only
    punctuation and trailing white space follow (a white-space sentence is dropped anyway)."""
    found = _sentence_final().search(para)
    return found is None or all(unicodedata.category(c)[0] == "P" for c in para[found.start():].rstrip())
