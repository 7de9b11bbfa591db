"""Language stage: the spaCy pipeline, loaded once per process, and sentence splitting."""

from .pipeline import disabled_except, nlp, tokenizer_nlp
from .sentences import split_sentences

__all__ = ["disabled_except", "nlp", "tokenizer_nlp", "split_sentences"]
