"""Split text into sentences with offsets."""

from __future__ import annotations

from ..model import Sentence
from .pipeline import tokenizer_nlp


def split_sentences(text: str, section: str = "body", first_index: int = 0) -> list[Sentence]:
    """Sentences of text (paragraphs never share a sentence), offsets into text."""
    out: list[Sentence] = []
    pos = 0
    for para in text.split("\n\n"):
        if para.strip():
            for sent in tokenizer_nlp()(para).sents:
                chunk = sent.text.strip()
                if not chunk:
                    continue
                start = pos + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                out.append(Sentence(first_index + len(out), start, start + len(chunk), chunk, section))
        pos += len(para) + 2
    return out
