"""An exact, faster stand-in for the Matcher inside spaCy's attribute ruler.

The trained pipeline's attribute ruler sets parts of speech, morphology and a few lemmas
from some 180 token patterns; spaCy's general Matcher tries them all on every token and
costs about as much as the tagger and parser together. Those patterns test only a token's
TAG, LOWER, DEP and IS_SPACE (equality, IN, NOT_IN, REGEX), so the patterns that hold at
a token follow from those values alone: worked out once per combination and remembered.
The matches go to the ruler's own set_annotations in the order the ruler sorts them, so
every token ends up exactly as before. A ruler with any other kind of pattern is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_ATTRS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
_MEMO_LIMIT = 200_000  # remembered combinations and words, then forgotten (memory stays bounded)

Predicate = tuple[int, str, object]  # (column, operator, value)


def _predicate(vocab, key: str, value) -> Predicate | None:
    """A token test as the Matcher reads it, or None if it is not one of the simple kinds."""
    column = _ATTRS.get(key.upper())
    if column is None:
        return None
    if isinstance(value, bool):
        return (column, "==", int(value)) if column == 3 else None
    if column == 3:
        return None
    if isinstance(value, str):
        return column, "==", vocab.strings.add(value)
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            return column, op, frozenset(get_string_id(v) for v in arg)
        if op == "REGEX" and isinstance(arg, str):
            return column, op, re.compile(arg)
    return None


def _holds(vocab, preds: tuple[Predicate, ...], row: list[int]) -> bool:
    for column, op, value in preds:
        got = row[column]
        if op == "==":
            ok = got == value
        elif op == "IN":
            ok = got in value
        elif op == "NOT_IN":
            ok = got not in value
        else:
            ok = bool(value.search(vocab.strings[got]))
        if not ok:
            return False
    return True


class FastRulerMatch:
    """Callable doing AttributeRuler.match(doc): (rule, key, start, end), sorted."""

    def __init__(self, ruler, specs: list[tuple[Predicate, ...]], rules: list[tuple[int, int, tuple[int, ...]]]):
        self.vocab = ruler.vocab
        self.specs = specs  # token tests, each used by one position of one pattern
        # (rule index, match key, spec ids of the pattern's tokens) by the spec id of its first token
        self.starting: dict[int, list[tuple[int, int, tuple[int, ...]]]] = {}
        for rule, key, ids in rules:
            self.starting.setdefault(ids[0], []).append((rule, key, ids))
        lowers: set[int] = set()
        self.regex_on_lower: list[re.Pattern] = []
        for preds in specs:
            for column, op, value in preds:
                if column == 1 and op == "==":
                    lowers.add(value)
                elif column == 1 and op in ("IN", "NOT_IN"):
                    lowers |= value
                elif column == 1:
                    self.regex_on_lower.append(value)
        self.lowers = frozenset(lowers)
        self._lower_class: dict[int, object] = {}
        self._held: dict[tuple, tuple[frozenset[int], list]] = {}

    def _class_of_lower(self, lower: int) -> object:
        """Words the patterns cannot tell apart share a class: a named word is its own."""
        cls = self._lower_class.get(lower)
        if cls is None:
            if lower in self.lowers:
                cls = lower
            else:
                text = self.vocab.strings[lower]
                cls = ("other", *(bool(rx.search(text)) for rx in self.regex_on_lower))
            if len(self._lower_class) >= _MEMO_LIMIT:
                self._lower_class.clear()
            self._lower_class[lower] = cls
        return cls

    def _specs_at(self, row: list[int]) -> tuple[frozenset[int], list]:
        """The token tests that hold at a token, and the patterns that may start there."""
        key = (row[0], self._class_of_lower(row[1]), row[2], row[3])
        held = self._held.get(key)
        if held is None:
            ids = frozenset(i for i, preds in enumerate(self.specs) if _holds(self.vocab, preds, row))
            held = ids, [p for i in sorted(ids) for p in self.starting.get(i, ())]
            if len(self._held) >= _MEMO_LIMIT:
                self._held.clear()
            self._held[key] = held
        return held

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        per_token = [self._specs_at(row) for row in doc.to_array(_COLUMNS).tolist()] if len(doc) else []
        found: set[tuple[int, int, int, int]] = set()
        size = len(per_token)
        for i, (_, starting) in enumerate(per_token):
            for rule, key, ids in starting:
                n = len(ids)
                if n == 1 or i + n <= size and all(ids[j] in per_token[i + j][0] for j in range(1, n)):
                    found.add((rule, key, i, i + n))
        return sorted(found)


def fast_match(ruler) -> Callable[[Doc], list] | None:
    """An exact replacement for ruler.match, or None if a pattern is of a kind not handled."""
    specs: list[tuple[Predicate, ...]] = []
    rules: list[tuple[int, int, tuple[int, ...]]] = []
    for rule, entry in enumerate(ruler.patterns):
        key = ruler.vocab.strings[str(rule)]
        for pattern in entry["patterns"]:
            if not pattern or not all(isinstance(tok, dict) and tok for tok in pattern):
                return None
            ids = []
            for tok in pattern:
                preds = tuple(_predicate(ruler.vocab, k, v) for k, v in tok.items())
                if any(p is None for p in preds):
                    return None
                specs.append(preds)
                ids.append(len(specs) - 1)
            if not -len(ids) <= ruler.indices[rule] < len(ids):
                return None  # the ruler itself would raise here
            rules.append((rule, key, tuple(ids)))
    return FastRulerMatch(ruler, specs, rules)


def fast_set_annotations(ruler) -> Callable[[Doc, list], None]:
    """AttributeRuler.set_annotations for the matches of a FastRulerMatch, whose patterns'
    indices all fall inside their matches: the token a match sets is found without making
    a Span of the match, and given the same attributes by the same spaCy function."""
    attrs, indices = ruler.attrs, ruler.indices

    def set_annotations(doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        for rule, _, start, end in matches:
            index = indices[rule]
            set_token_attrs(doc[start + index if index >= 0 else end + index], attrs[rule])

    return set_annotations


def speed_up_attribute_ruler(model) -> bool:
    """Give the model's attribute ruler the fast matcher, and the annotation of its matches,
    when they can be exact (True if so)."""
    if "attribute_ruler" not in model.component_names:
        return False
    ruler = model.get_pipe("attribute_ruler")
    match = fast_match(ruler)
    if match is None:
        return False
    ruler.match = match
    ruler.set_annotations = fast_set_annotations(ruler)
    return True
