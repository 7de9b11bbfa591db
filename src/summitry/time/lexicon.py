"""The temporal lexicon (lexicon.yaml), loaded once into lookup tables and regex alternations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..actors.lexicon import trie_pattern


def alternation(words: list[str] | dict[str, Any]) -> str:
    """A regex alternation of the words, longest first, each escaped. Written as a character
    trie (several times faster in Python's re, the same candidates tried in the same order:
    one branch per letter, each word's end optional, longest first) when no two beginnings of
    the words differ only in case, which would make two branches where case is ignored."""
    words = list(words)
    beginnings = {w[:i] for w in words for i in range(1, len(w) + 1)}
    if words and all(words) and all(w.isascii() for w in words) and len(beginnings) == len({b.lower() for b in beginnings}):
        return trie_pattern(words)
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _lower(table: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in table.items()}


@dataclass(frozen=True)
class TimeLexicon:
    version: int
    months: dict[str, int]  # name or abbreviation as written -> month number
    ambiguous_months: frozenset[str]
    month_cues: list[str]
    weekdays: dict[str, int]  # lower-cased name or abbreviation -> ISO weekday
    weekday_name_followers: list[str]
    weekday_name_preceders: list[str]
    numbers: dict[str, int | str]  # lower-cased word -> count or "X"
    ordinals: dict[str, int]
    day_count_ordinals: list[str]
    spoken_centuries: dict[str, int]
    century_ordinals: dict[str, int]
    anchored_shifts: frozenset[str]
    reported_period_words: list[str]
    comparison_period_words: list[str]
    comparison_period_tails: list[str]
    comparison_adjectives: list[str]
    year_qualifiers: list[str]
    period_nouns: list[str]
    fiscal_words: list[str]
    period_end_words: frozenset[str]
    units: dict[str, tuple[str, int]]  # singular unit -> (TIMEX3 unit, factor)
    time_units: frozenset[str]
    unit_qualifiers: list[str]
    units_needing_numeral: frozenset[str]
    year_blocking_preceders: frozenset[str]
    year_blocking_followers: frozenset[str]
    quantity_mods: dict[str, str]
    prepositional_mods: frozenset[str]
    amount_words: list[str]
    period_mods: dict[str, str]
    shifts: dict[str, int]
    references: dict[str, str]
    current_non_temporal: list[str]
    vague_futures: frozenset[str]
    modal_words: frozenset[str]
    span_openers: re.Pattern  # "the first visit ... in 23 years": a span up to now, not a future date
    time_of_reference: frozenset[str]
    graded_references: frozenset[str]
    degree_words: frozenset[str]
    day_words: dict[str, int]
    generic_today_nouns: frozenset[str]
    day_parts: dict[str, str]
    weekday_kept_parts: frozenset[str]
    day_times: dict[str, str]
    meridiems: dict[str, str]
    time_zones: list[str]
    seasons: dict[str, str]
    sets: dict[str, str]
    set_quantifiers: list[str]
    frequencies: list[str]
    publication_sets: frozenset[str]
    classifying_sets: frozenset[str]
    set_noun_preceders: frozenset[str]
    function_words: frozenset[str]
    day_time_idiom_preceders: frozenset[str]
    anchored_days: dict[str, int]
    anchored_periods: dict[str, str]
    day_around: frozenset[str]
    holidays_fixed: dict[str, str]
    holidays_nth: dict[str, list]
    holidays_easter: dict[str, int]
    future_cues: list[str]
    future_signals: list[str]
    extension_verbs: list[str]
    extension_signals: list[str]
    invitation_verbs: list[str]
    called_off: list[str]
    not_happening: list[str]
    giving_up: list[str]
    did_not_happen: list[str]
    present_cues: list[str]
    past_cues: list[str]
    not_past: frozenset[str]
    abbreviations: frozenset[str]

    def number(self, word: str) -> int | str:
        """The count a number word or numeral stands for ("X" if unspecified)."""
        word = " ".join(word.lower().replace("-", " ").split())
        if word.isdigit():
            return int(word)
        if word in self.numbers:
            return self.numbers[word]
        parts = word.split()
        if len(parts) == 2 and all(p in self.numbers for p in parts):
            tens, ones = self.numbers[parts[0]], self.numbers[parts[1]]
            if isinstance(tens, int) and isinstance(ones, int) and tens >= 20 and tens % 10 == 0 and ones < 10:
                return tens + ones
        return "X"

    def unit(self, word: str) -> str:
        """The singular unit name of a unit word (days -> day, centuries -> century)."""
        word = word.lower()
        if word in self.units:
            return word
        if word.endswith("ies") and word[:-3] + "y" in self.units:
            return word[:-3] + "y"
        return word[:-1] if word.endswith("s") else word


@lru_cache(maxsize=1)
def lexicon() -> TimeLexicon:
    """The temporal lexicon shipped with the package."""
    text = resources.files(__package__).joinpath("lexicon.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    weekdays = _lower({**data["weekdays"], **data["weekday_abbreviations"]})
    tense = data["tense"]
    holidays = data["holidays"]
    return TimeLexicon(
        version=data["version"],
        months={**data["months"], **data["month_abbreviations"]},
        ambiguous_months=frozenset(data["ambiguous_months"]),
        month_cues=data["month_cues"],
        weekdays=weekdays,
        weekday_name_followers=data["weekday_name_followers"],
        weekday_name_preceders=data["weekday_name_preceders"],
        numbers=_lower(data["numbers"]),
        ordinals=_lower(data["ordinals"]),
        day_count_ordinals=data["day_count_ordinals"],
        spoken_centuries=_lower(data["spoken_centuries"]),
        century_ordinals={" ".join(str(k).lower().replace("-", " ").split()): v for k, v in data["century_ordinals"].items()},
        anchored_shifts=frozenset(data["anchored_shifts"]),
        reported_period_words=data["reported_period_words"],
        comparison_period_words=data["comparison_period_words"],
        comparison_period_tails=data["comparison_period_tails"],
        comparison_adjectives=data["comparison_adjectives"],
        year_qualifiers=data["year_qualifiers"],
        period_nouns=data["period_nouns"],
        fiscal_words=data["fiscal_words"],
        period_end_words=frozenset(data["period_end_words"]),
        units={k: (v[0], v[1]) for k, v in data["units"].items()},
        time_units=frozenset(data["time_units"]),
        unit_qualifiers=data["unit_qualifiers"],
        units_needing_numeral=frozenset(data["units_needing_numeral"]),
        year_blocking_preceders=frozenset(data["year_blocking_preceders"]),
        year_blocking_followers=frozenset(data["year_blocking_followers"]),
        quantity_mods=_lower(data["quantity_mods"]),
        prepositional_mods=frozenset(data["prepositional_mods"]),
        amount_words=data["amount_words"],
        period_mods=_lower(data["period_mods"]),
        shifts=_lower(data["shifts"]),
        references=_lower(data["references"]),
        current_non_temporal=data["current_non_temporal"],
        vague_futures=frozenset(data["vague_futures"]),
        modal_words=frozenset(data["modal_words"]),
        span_openers=re.compile(r"\b(?:" + "|".join(map(re.escape, data["span_openers"])) + r")\b[^.;!?]*$", re.I),
        time_of_reference=frozenset(data["time_of_reference"]),
        graded_references=frozenset(data["graded_references"]),
        degree_words=frozenset(data["degree_words"]),
        day_words=_lower(data["day_words"]),
        generic_today_nouns=frozenset(data["generic_today_nouns"]),
        day_parts=_lower(data["day_parts"]),
        weekday_kept_parts=frozenset(w.lower() for w in data["weekday_kept_parts"]),
        day_times=_lower(data["day_times"]),
        meridiems=_lower(data["meridiems"]),
        time_zones=data["time_zones"],
        seasons=_lower(data["seasons"]),
        sets=_lower(data["sets"]),
        set_quantifiers=data["set_quantifiers"],
        frequencies=data["frequencies"],
        publication_sets=frozenset(data["publication_sets"]),
        classifying_sets=frozenset(data["classifying_sets"]),
        set_noun_preceders=frozenset(data["set_noun_preceders"]),
        function_words=frozenset(data["function_words"]),
        day_time_idiom_preceders=frozenset(w.lower() for w in data["day_time_idiom_preceders"]),
        anchored_days=_lower(data["anchored_days"]),
        anchored_periods=_lower(data["anchored_periods"]),
        day_around=frozenset(data["day_around"]),
        holidays_fixed=holidays["fixed"],
        holidays_nth=holidays["nth_weekday"],
        holidays_easter=holidays["easter"],
        future_cues=tense["future"],
        future_signals=tense["future_signals"],
        extension_verbs=tense["extension_verbs"],
        extension_signals=tense["extension_signals"],
        invitation_verbs=tense["invitation_verbs"],
        called_off=tense["called_off"],
        not_happening=tense["not_happening"],
        giving_up=tense["giving_up"],
        did_not_happen=tense["did_not_happen"],
        present_cues=tense["present"],
        past_cues=tense["past"],
        not_past=frozenset(w.lower() for w in tense["not_past"]),
        abbreviations=frozenset(data["abbreviations"]),
    )
