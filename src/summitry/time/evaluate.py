"""TempEval-3 task A style evaluation of the tagger on TimeML (.tml) documents."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from summitry.model import Timex
from summitry.time.tagger import tag

_TAG = re.compile(r"<(/?)(\w+)([^>]*?)/?>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_WEEK = re.compile(r"-W(\d)(?!\d)")
_DCT = re.compile(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>")
# What joins the two ends of a range: a word first ("Aug. 26 to Oct. 20"), else a dash ("March 17-18").
_RANGE_WORD = re.compile(r"\s+(?:and|to|through|until|till)\s+")
_RANGE_DASH = re.compile(r"\s*[-\u2013\u2014]\s*")


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDocument:
    name: str
    text: str  # the plain text of <TEXT>, tags stripped and entities decoded
    dct: date | None
    gold: tuple[GoldTimex, ...]


@dataclass(frozen=True)
class Mismatch:
    document: str
    gold: GoldTimex | None
    system: Timex | None


@dataclass
class EvalResult:
    documents: int = 0
    gold: int = 0
    system: int = 0
    relaxed_system: int = 0  # system expressions overlapping a gold one
    relaxed_gold: int = 0  # gold expressions overlapping a system one
    strict: int = 0  # exact span matches
    type_correct: int = 0  # among matched pairs
    value_correct: int = 0  # among matched pairs, the value string exactly as in the gold
    canonical_value_correct: int = 0  # the same, with both values in one spelling (_canonical)
    pairs: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def _ratio(self, n: int, d: int) -> float:
        return n / d if d else 0.0

    @property
    def precision(self) -> float:
        return self._ratio(self.relaxed_system, self.system)

    @property
    def recall(self) -> float:
        return self._ratio(self.relaxed_gold, self.gold)

    @property
    def f1(self) -> float:
        return self._f1(self.precision, self.recall)

    @property
    def strict_precision(self) -> float:
        return self._ratio(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        return self._ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return self._f1(self.strict_precision, self.strict_recall)

    @property
    def type_accuracy(self) -> float:
        return self._ratio(self.type_correct, self.pairs)

    @property
    def type_f1(self) -> float:
        """Type F1 as TempEval-3 reports it: correct types over system and over gold expressions."""
        return self._f1(self._ratio(self.type_correct, self.system), self._ratio(self.type_correct, self.gold))

    @property
    def value_precision(self) -> float:
        return self._ratio(self.value_correct, self.system)

    @property
    def value_recall(self) -> float:
        return self._ratio(self.value_correct, self.gold)

    @property
    def value_f1(self) -> float:
        return self._f1(self.value_precision, self.value_recall)

    @property
    def canonical_value_f1(self) -> float:
        """Value F1 when week numbers are zero-padded and trailing -XX dropped on both sides."""
        return self._f1(self._ratio(self.canonical_value_correct, self.system),
                        self._ratio(self.canonical_value_correct, self.gold))

    def figures(self) -> dict[str, float | int]:
        """The headline figures, for printing or JSON."""
        return {
            "documents": self.documents, "gold": self.gold, "system": self.system,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "strict_precision": self.strict_precision, "strict_recall": self.strict_recall,
            "strict_f1": self.strict_f1, "type_accuracy": self.type_accuracy, "type_f1": self.type_f1,
            "value_precision": self.value_precision, "value_recall": self.value_recall,
            "value_f1": self.value_f1, "canonical_value_f1": self.canonical_value_f1,
        }


def _canonical(value: str) -> str:
    """A value in one spelling: week numbers zero-padded (2000-W7 is 2000-W07) and trailing
    unspecified parts dropped (1949-XX and 1949-XX-XX say no more than 1949)."""
    value = _WEEK.sub(lambda m: f"-W{int(m.group(1)):02d}", value)
    while value.endswith("-XX"):
        value = value[:-3]
    return value


def parse_timeml(source: str, name: str = "") -> TimeMLDocument:
    """The plain text, DCT and gold TIMEX3 of a TimeML document given as a string."""
    dct = None
    if (m := _DCT.search(source)) and (v := dict(_ATTR.findall(m.group())).get("value")):
        try:
            dct = date.fromisoformat(v[:10])
        except ValueError:
            dct = None
    begin = source.find("<TEXT>")
    finish = source.find("</TEXT>", begin)
    body = source[begin + 6: finish] if begin >= 0 and finish >= 0 else ""
    parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[GoldTimex] = []
    pos = 0
    for t in _TAG.finditer(body):
        chunk = html.unescape(body[pos:t.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = t.end()
        if t.group(2) != "TIMEX3":
            continue
        if t.group(1) == "":
            open_timex = (length, dict(_ATTR.findall(t.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(parts)[start:length]
            gold.append(GoldTimex(start, length, text, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    parts.append(html.unescape(body[pos:]))
    return TimeMLDocument(name, "".join(parts), dct, tuple(gold))


def timeml_parts(timex: Timex) -> list[Timex]:
    """The expression as TimeML writes it: a range ("April 24 and 25", value and end_value) is
    two expressions, one for each end ("April 24" and "25"); anything else is itself."""
    if timex.end_value is None:
        return [timex]
    joins = list(_RANGE_WORD.finditer(timex.text)) or list(_RANGE_DASH.finditer(timex.text))
    if not joins:
        return [timex]
    join = joins[-1]
    first_end, second_start = timex.start + join.start(), timex.start + join.end()
    return [Timex(timex.start, first_end, timex.text[:join.start()], timex.type, timex.value, mod=timex.mod),
            Timex(second_start, timex.end, timex.text[join.end():], timex.type, timex.end_value, mod=timex.mod)]


def score(documents: list[TimeMLDocument], tagger: Callable[[str, date | None], list[Timex]] = tag) -> EvalResult:
    """Tag each document's text with its DCT and compare with the gold expressions (ranges
    split into their two ends, as TimeML annotates them)."""
    result = EvalResult()
    for doc in documents:
        system = [part for t in tagger(doc.text, doc.dct) for part in timeml_parts(t)]
        result.documents += 1
        result.gold += len(doc.gold)
        result.system += len(system)
        used: set[int] = set()
        for g in doc.gold:
            overlapping = [i for i, s in enumerate(system) if s.start < g.end and g.start < s.end]
            if overlapping:
                result.relaxed_gold += 1
            free = [i for i in overlapping if i not in used]
            if not free:
                result.mismatches.append(Mismatch(doc.name, g, None))
                continue
            i = next((i for i in free if (system[i].start, system[i].end) == (g.start, g.end)), free[0])
            used.add(i)
            s = system[i]
            result.pairs += 1
            result.strict += (s.start, s.end) == (g.start, g.end)
            result.type_correct += s.type == g.type
            result.canonical_value_correct += _canonical(s.value) == _canonical(g.value)
            if s.value == g.value:
                result.value_correct += 1
            else:
                result.mismatches.append(Mismatch(doc.name, g, s))
        for i, s in enumerate(system):
            if any(s.start < g.end and g.start < s.end for g in doc.gold):
                result.relaxed_system += 1
            elif i not in used:
                result.mismatches.append(Mismatch(doc.name, None, s))
    return result


def evaluate(directory: Path | str) -> EvalResult:
    """Score the tagger on every .tml file of a directory."""
    paths = sorted(Path(directory).glob("*.tml"))
    docs = [parse_timeml(p.read_text(encoding="utf-8"), p.name) for p in paths]
    return score(docs)
