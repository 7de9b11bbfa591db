"""Recognition: the regex rules that find temporal expressions, built from the lexicon.

Each rule is a named regex; rules are tried together through one master pattern, and at
each place where any matches, every rule is tried so the normalizer can prefer the longest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summitry.time.lexicon import TimeLexicon, alternation, lexicon

YEAR = r"(?:1[6-9]\d\d|20\d\d|21\d\d)(?![\w]|[.,]\d|%|-\d|\s?(?:percent|per cent))"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:,]\d)"
PLURAL_UNITS = r"(?:days|weeks|months|years|decades|hours|minutes)"


def _ci(words) -> str:
    """A case-insensitive alternation group."""
    return f"(?i:{alternation(words)})"


def _rules(lex: TimeLexicon) -> dict[str, str]:
    month = f"(?:{alternation(lex.months)})(?!\\w)"
    full_weekdays = [w for w in lex.weekdays if not w.endswith(".")]
    short_weekdays = [w.capitalize() for w in lex.weekdays if w.endswith(".")]
    weekday = f"(?:{_ci(full_weekdays)}(?!\\w)|{alternation(short_weekdays)})"
    pmod = rf"(?:(?P<pmod>{_ci(lex.period_mods)})(?:\s+|-))?"
    parts = _ci(lex.day_parts)
    unit_forms = [f for u in lex.units for f in (u, u[:-1] + "ies" if u.endswith("y") and u[-2] not in "aeiou" else u + "s")]
    units = _ci(unit_forms)
    ones = [w for w, v in lex.numbers.items() if isinstance(v, int) and v < 10 and w not in ("a", "an")]
    tens = [w for w, v in lex.numbers.items() if isinstance(v, int) and 20 <= v < 100 and v % 10 == 0]
    words = [w for w in lex.numbers if " " not in w]
    number = rf"(?:\d+(?:\.\d+)?|{_ci(tens)}[\s-]{_ci(ones)}|{_ci(words)}|{_ci([w for w in lex.numbers if ' ' in w])})"
    shifts = _ci(lex.shifts)
    zones = alternation(lex.time_zones)
    meridiem = rf"(?i:{alternation(lex.meridiems)})(?!\w)"
    decades = [w[:-1] + "ies" for w in lex.numbers if isinstance(lex.numbers[w], int) and 20 <= lex.numbers[w] < 100
               and lex.numbers[w] % 10 == 0]  # "the nineties"
    teens = _ci([w for w, v in lex.numbers.items() if isinstance(v, int) and 10 <= v < 20])
    # "nineteen ninety-six", and after "the year" also "two thousand (and) one"
    spoken = (rf"(?P<cent>{_ci(lex.spoken_centuries)})[\s-]+"
              rf"(?:(?P<tens>{_ci(tens)})(?:[\s-](?P<ones>{_ci(ones)}))?|(?P<teen>{teens}))(?!\w)")
    thousand = rf"(?P<thousand>(?i:two\s+thousand))(?:\s+(?i:and\s+)?(?P<ones2>{_ci(ones)}))?(?!\w)"
    holidays = alternation([*lex.holidays_fixed, *lex.holidays_nth, *lex.holidays_easter])
    return {
        "iso": r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:T(?P<hour>[0-2]\d):(?P<minute>[0-5]\d))?(?![\w-])",
        "slash": r"(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>(?:19|20)\d\d)(?![\w/])",
        "month_day": (
            rf"(?:(?P<weekday>{weekday}),?\s+)?(?P<month>{month})\s+(?P<day>{DAY})"
            rf"(?:\s*(?P<conj>-|–|(?i:to|and|through|until))\s*(?:(?P<month2>{month})\s+)?(?P<day2>{DAY}))?"
            rf"(?:,?\s+(?P<year>{YEAR}))?"
        ),
        "day_month": (
            rf"(?:(?P<weekday>{weekday}),?\s+)?(?:(?i:the)\s+)?(?P<day>{DAY})(?:(?:\s*[-–]|\s+(?i:and|to|through|until))\s*(?P<day2>{DAY}))?"
            rf"\s+(?:of\s+)?(?P<month>{month})(?:,?\s+(?P<year>{YEAR}))?"
        ),
        "day_month_range": (  # "26 May to 4 June": TimeML writes each end apart (evaluate.timeml_parts)
            rf"(?:(?P<weekday>{weekday}),?\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{month})"
            rf"\s*(?P<conj>-|–|(?i:to|and|through|until))\s*(?P<day2>{DAY})\s+(?:of\s+)?(?P<month2>{month})"
            rf"(?:,?\s+(?P<year>{YEAR}))?"
        ),
        "month_year": rf"{pmod}(?P<month>{month}),?\s+(?:of\s+)?(?:(?P<year>{YEAR})|{spoken})",
        "month": (
            rf"{pmod}(?:(?P<shift>{shifts})\s+)?(?P<month>{month})(?!\s+\d)"
            rf"(?:,?\s+(?:(?i:of\s+))?(?P<yshift>(?i:this|last|next))\s+(?i:year)(?!\w))?"
        ),
        "year": (
            rf"{pmod}(?:(?:(?i:the)\s+)?(?P<decade>(?:1[6-9]|20)\d0)'?s(?!\w)|(?:(?i:the)\s+)?'(?P<decade2>\d0)s(?!\w)"
            rf"|(?:(?P<prepost>(?i:pre|post))-|{_ci(lex.fiscal_words)}\s+)?(?<![$€£#+/:])(?P<year>{YEAR}))"
        ),
        "week_of": rf"(?i:the\s+week\s+of)\s+(?P<month>{month})\s+(?P<day>{DAY})",
        "weekday": (
            rf"(?:(?P<pmod>(?i:early|late))\s+)?(?:(?P<shift>(?i:last|next|this|coming|past))\s+"
            rf"|(?i:the)\s+(?P<ashift>(?i:previous|following|preceding))\s+)?(?P<weekday>{weekday})"
            rf"(?:\s*(?P<conj>(?i:and|through|to|or)|-|–)\s*(?P<weekday2>{weekday}))?(?P<possessive>['’]s)?"
            rf"(?:\s+(?P<part>{parts}))?(?!\w)"
        ),
        "day_word": rf"(?P<word>{_ci(lex.day_words)})(?:\s+(?P<part>{parts}))?(?!\w)",
        "this_part": rf"(?P<shift>(?i:this|last))\s+(?P<part>{parts})(?!\w)",
        "clock": (
            rf"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<mer>{meridiem})(?:\s+(?P<zone>{zones}))?"
            rf"(?:\s*(?P<paren>\([^()\n]{{1,20}}\)))?(?:,?\s+(?:(?i:on)\s+)?(?:(?P<weekday>{weekday})|(?P<word>{_ci(lex.day_words)})"
            rf"|(?P<cmonth>{month})\s+(?P<cday>{DAY})))?"
        ),
        "part_of_day": (
            rf"(?P<pmod>(?i:early|late|mid))(?:-|\s+)(?P<part>{parts})(?!\w)"
            rf"(?:,?\s+(?:(?P<weekday>{weekday})|(?P<word>{_ci(lex.day_words)}))(?!\w))?"
        ),
        "clock_part": r"(?P<hour>1[0-2]|0?[1-9])(?:\s+(?i:o'clock))?\s+(?i:in\s+the)\s+(?P<part>(?i:morning|afternoon|evening))(?!\w)",
        "clock24": (
            rf"(?:(?<=\bat )|(?<=\bby )|(?<=\buntil ))(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:])"
            rf"(?:\s+(?P<zone>{zones}))?"
        ),
        "day_time": rf"(?P<word>{_ci(lex.day_times)})(?!\w)(?:,?\s+(?:(?i:on)\s+)?(?P<weekday>{weekday}))?",
        "relative": (
            rf"(?:(?P<pmod>{_ci([*lex.period_mods, 'later', 'earlier'])})(?:\s+|-))?(?:(?P<the>(?i:the))\s+)?"
            rf"(?P<shift>{shifts}|(?i:the))\s+(?P<unit>(?i:week|weekend|month|year|quarter|decade|century))(?!\w)"
        ),
        "quantity": (
            rf"(?:(?P<qmod>{_ci(lex.quantity_mods)})\s+)?"
            rf"(?:(?P<the>(?i:the))\s+)?(?:(?P<dir>(?i:past|last|next|coming|previous|following|recent|another|first)|{_ci(lex.comparison_period_words)})\s+)?"
            rf"(?P<num>{number})(?:\s+(?P<half>1/2|½)|\s+(?P<andhalf>(?i:and\s+a\s+half)))?(?:\s+{_ci(lex.unit_qualifiers)})?(?:\s+|-)(?P<unit>{units})"
            rf"(?!\w|-old)(?:\s+(?P<andhalf2>(?i:and\s+a\s+half)))?(?:(?:\s+|-)(?:(?i:or\s+so)\s+(?=(?i:ago|earlier|later)))?(?P<tail>(?i:ago|earlier|later|from\s+now|old|before|after)))?(?!\w)"
        ),
        "vague": (
            rf"(?:(?P<the>(?i:the))\s+)?(?P<lead>(?i:recent|coming))\s+(?P<unit>(?i:{PLURAL_UNITS}))(?!\w)"
            rf"|(?i:the)\s+(?P<unit2>(?i:{PLURAL_UNITS}))\s+(?i:ahead)(?!\w)"
        ),
        "year_end": r"(?:(?P<the>(?i:the))\s+)?(?i:year)(?:-|\s+|['’]s\s+)(?i:end)(?![\w-])",
        "spoken_decade": rf"(?i:the)\s+(?:(?P<pmod>{_ci(lex.period_mods)})(?:\s+|-))?(?P<tens>{_ci(decades)})(?!\w)",
        "bare_units": (
            rf"(?:(?<=\b[Ff]or )|(?<=\b[Ii]n )|(?<=\bwithin )|(?<=\bover ))(?P<unit>(?i:{PLURAL_UNITS}))(?!\w)"
            rf"|(?P<unit2>(?i:{PLURAL_UNITS}))-long(?!\w)|(?P<unit3>(?i:day|week|month|year|hour))-long(?!\w)"
            rf"|(?:(?<=\b[Ii]n )|(?<=\b[Oo]ver ))(?i:the)\s+(?P<unit4>(?i:years|decades))(?!\w)"
        ),
        "set": (
            rf"(?P<freq>{_ci(lex.frequencies)})\s+(?i:a|an|per|every|each)\s+(?P<funit>{units})(?!\w)"
            rf"|(?P<every>{_ci(lex.set_quantifiers)})\s+(?:(?P<other>(?i:other))\s+)?(?:(?P<num>{number})\s+)?"
            rf"(?:(?P<unit>{units})(?!\w)|(?P<weekday>{weekday})|(?P<smonth>{month}))"
            rf"|(?P<adj>{_ci(lex.sets)})(?!\w)"
            rf"|(?P<weekdays>{_ci([w + 's' for w in full_weekdays])})(?!\w)"
            rf"|(?:(?P<pfirst>{weekday})\s+(?i:and|or)\s+)?(?P<pweekday>{weekday})\s+(?P<ppart>{parts})s(?!\w)"
        ),
        "century": (
            rf"(?:(?i:the)\s+)?(?:(?P<cnum>[12]?\d)(?i:st|nd|rd|th)|(?P<cword>{_ci(lex.century_ordinals)}))"
            rf"[\s-]+(?i:century)(?!\w)"
        ),
        # "the first two quarters of 1990", "the first six months of 1990": that year's first half
        "first_half": (
            rf"(?:(?P<qmod>{_ci(lex.quantity_mods)})\s+)?(?:(?i:the)\s+)?(?i:first)\s+(?:(?i:two)\s+(?i:quarters)|(?i:six)\s+(?i:months))"
            rf"\s+(?i:of)\s+(?:{_ci(lex.fiscal_words)}\s+)?(?P<year>{YEAR})"
        ),
        # "the second and fourth quarters": two quarters of every year, or of the year said after
        "two_quarters": (
            rf"(?:(?i:the)\s+)?(?P<ord1>{_ci(lex.ordinals)})\s+(?i:and|or)\s+(?P<ord2>{_ci(lex.ordinals)})[\s-]+(?i:quarters)(?![\w-])"
            rf"(?:\s+(?i:of)\s+(?:(?P<shift>(?i:this|last|next))\s+(?i:year)(?!\w)|(?:(?i:fiscal)\s+)?(?P<year>{YEAR})))?"
        ),
        "part_of_year": (
            rf"(?:(?i:the)\s+)?(?:(?P<cmp>{_ci(lex.comparison_period_words)})\s+|(?P<yshift>(?i:this|last|next))\s+(?i:year)['’]s\s+"
            rf"|(?P<pyear>{YEAR})\s+)?(?:{_ci(lex.fiscal_words)}[\s-]+)?"
            rf"(?P<ord>{_ci(lex.ordinals)}|(?i:final)|(?i:last)(?=\s+half\s+of\s+(?:fiscal\s+)?{YEAR}))[\s-]+(?P<part>(?i:quarter|half))(?![\w-])"
            rf"(?:\s+(?i:of)\s+(?:(?P<shift>(?i:the|this|next|last|past))\s+(?i:year)|(?i:fiscal\s+)?(?P<year>{YEAR})))?(?!\w)"
            rf"|(?P<code>[QH][1-4])\s+(?P<year2>{YEAR})|(?P<year3>{YEAR})\s+(?P<code2>[QH][1-4])(?!\w)"
        ),
        "period": (
            rf"(?:(?P<the>(?i:the))\s+(?:(?:(?P<cmp>{_ci(lex.comparison_period_words)})|(?P<latest>{_ci(lex.reported_period_words)})"
            rf"|(?P<pyear>{YEAR})|(?P<fiscal>{_ci(lex.fiscal_words)}))\s+)?|(?P<that>(?i:that|this))\s+"
            rf"|(?P<lastyear>(?i:last\s+year['’]s))\s+)?(?P<noun>{_ci(lex.period_nouns)})(?![\w-])"
            rf"(?:\s+(?P<tail>{_ci(lex.comparison_period_tails)})(?!\w))?"
            rf"|(?P<adj>{_ci(lex.comparison_adjectives)})(?!\w)"
        ),
        "the_year": (
            rf"(?i:the)\s+(?:(?P<full>{_ci(lex.year_qualifiers)})\s+)?(?i:year)"
            rf"(?![\w-])(?!\s+(?:{YEAR}|{_NAMED_GROUP.sub('(?:', spoken)}|{_NAMED_GROUP.sub('(?:', thousand)}))"
        ),
        "spoken_year": rf"(?:(?i:the\s+)?(?i:year)\s+)?{spoken}|(?i:the\s+)?(?i:year)\s+{thousand}",
        "season": (
            rf"{pmod}(?:(?P<the>(?i:the))\s+)?(?:(?P<shift>{shifts})\s+)?(?P<season>{_ci(lex.seasons)})"
            rf"(?:\s+(?:(?i:of)\s+)?(?:(?P<year>{YEAR})|{spoken}))?(?!\w)"
        ),
        "holiday": rf"(?:(?P<shift>(?i:last|next|this))\s+)?(?P<name>{holidays})(?:\s+(?P<hweek>(?i:week)))?(?:,?\s+(?P<year>{YEAR}))?(?!\w)",
        "anchored": rf"(?P<phrase>{_ci([*lex.anchored_days, *lex.anchored_periods])})(?!\w)",
        # "on the 17th": a day of the month the story is in (not "on the 17th floor")
        "day_of_month": (
            r"(?<=\b[Oo]n )(?i:the)\s+(?P<day>3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th)"
            r"(?=\s*(?:[,.;:)”\"]|$)|\s+(?i:at|in|when|and|or|to|for|after|before|with)\b)"
        ),
        "reference": rf"(?P<ref>{_ci(lex.references)})(?!\w)",
        # "today is the eighth day of the operation", "It's the second day of an offensive": that day
        "nth_day": (
            rf"(?:{_DAY_COPULA_BEFORE})(?i:the)\s+(?P<ord>{_ci(lex.day_count_ordinals)}|\d{{1,3}}(?i:st|nd|rd|th))"
            rf"\s+(?:(?i:straight|consecutive|full)\s+)?(?P<day>(?i:day))(?=\s+(?i:of)\s)"
        ),
        # "it was a great day for Poland": the day the story is about
        "verdict_day": (
            rf"(?:{_COPULA_BEFORE})(?i:a|an)\s+(?:[a-z]+\s+){{1,2}}?(?P<day>(?i:day))(?=\s+(?i:for|in)\s)"
        ),
    }


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
# A copula right before, with or without an opening quote ("it was \"a great day ...\""): fixed-width look-behinds.
_COPULA_BEFORE = "|".join(rf"(?<=\b{verb} {re.escape(quote)})" for verb in ("was", "is", "be", "been", "were")
                          for quote in ("", '"', "“", "``"))


# A copula right before "the second day of ...": present ("today is", "it's") or past ("was").
_DAY_COPULA_BEFORE = "|".join(rf"(?<={re.escape(verb)} )" for verb in (
    " is", " was", "It's", "it's", "It’s", "it’s", " marks", " marked"))


# Words of the patterns themselves (not in the lexicon) that can open an expression.
_OPENING_WORDS = ["the", "this", "that", "last", "next", "later", "earlier", "recent", "coming", "past", "previous",
                  "following", "first", "another", "year", "pre", "post", "early", "late", "mid", "final", "every",
                  "each", "other", "in", "within", "over", "for", "at", "by", "until"]


def _opening_words(lex: TimeLexicon) -> set[str]:
    """The first word of every lexicon entry that a rule can begin with, lower-cased."""
    tables = [lex.months, lex.weekdays, lex.numbers, lex.ordinals, lex.century_ordinals, lex.spoken_centuries,
              lex.period_mods, lex.shifts, lex.quantity_mods, lex.references, lex.day_words, lex.day_times,
              lex.day_parts, lex.seasons, lex.sets, lex.set_quantifiers, lex.frequencies, lex.holidays_fixed,
              lex.holidays_nth, lex.holidays_easter, lex.anchored_days, lex.anchored_periods,
              lex.comparison_period_words, lex.comparison_adjectives, lex.reported_period_words, lex.fiscal_words,
              lex.period_nouns]
    words = {m.group().lower() for table in tables for w in table if (m := re.match(r"[^\W\d_]+", w))}
    for unit in lex.units:  # plural units open "years-long" and bare "weeks"
        words |= {unit, unit + "s", unit[:-1] + "ies"}
    words |= {w + "s" for w in lex.weekdays}
    return words | set(_OPENING_WORDS)


_TOKEN = re.compile(r"(?<![\w'’.-])(?:[^\W\d_]+|\d|['’]\d)")


@dataclass(frozen=True)
class Recognizer:
    opening: frozenset[str]  # lower-cased words an expression can begin with
    master: re.Pattern
    rules: tuple[tuple[str, re.Pattern], ...]

    def openings(self, text: str) -> list[int]:
        """The places where an expression can begin: digits, codes like Q3, and opening words."""
        words = self.opening
        return [t.start() for t in _TOKEN.finditer(text)
                if not t.group()[0].isalpha() or t.group().lower() in words or _CODE.match(text, t.start())]

    def matches_at(self, text: str, start: int) -> list[tuple[str, re.Match]]:
        """Every (rule, match) beginning at start, longest first; empty when none."""
        if not self.master.match(text, start):
            return []
        found = [(name, r) for name, rx in self.rules if (r := rx.match(text, start)) and r.end() > start]
        found.sort(key=lambda item: item[1].end(), reverse=True)
        return found


_CODE = re.compile(r"[QH][1-4]\b")


@lru_cache(maxsize=1)
def recognizer() -> Recognizer:
    """The compiled rules (built once)."""
    lex = lexicon()
    rules = _rules(lex)
    master = "|".join(f"(?:{_NAMED_GROUP.sub('(?:', p)})" for p in rules.values())
    return Recognizer(
        opening=frozenset(_opening_words(lex)),
        master=re.compile(rf"(?<![\w'’.-])(?:{master})"),
        rules=tuple((name, re.compile(rf"(?<![\w'’.-])(?:{p})")) for name, p in rules.items()),
    )
