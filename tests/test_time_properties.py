"""Property tests: the tagger never fails, and what it emits is consistent and valid TIMEX3."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from summitry.time import is_valid_value, tag

WORDS = ["on", "Monday", "March", "May", "17-18", "2021", "next", "last", "week", "month", "year", "ago",
         "three-day", "every", "two", "years", "the", "second", "half", "of", "at", "6:30", "p.m.", "Oct.",
         "28,", "2024", "will", "said", "early", "December", "1990s", "now", "recently", "and", "Thursday",
         "from", "to", "14", "a", "day", "after", "tonight", "quarter", "fall", "Christmas", "\n", ".", ",",
         "third-quarter", "year-ago", "latest", "period", "fiscal", "nineteen", "ninety-six", "nineties", "'80s",
         "year-end", "mid-afternoon", "night", "ahead", "trading", "quarterly", "$2 million", "noon", "Nov. 9"]
texts = st.one_of(st.text(max_size=200), st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
dcts = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1)), st.datetimes(min_value=datetime(1, 1, 1)))


@settings(max_examples=200, deadline=None)
@given(texts, dcts)
def test_tag_is_total_and_consistent(text, dct):
    found = tag(text, dct)
    for t in found:
        assert text[t.start:t.end] == t.text
        assert t.type in {"DATE", "TIME", "DURATION", "SET"}
        assert is_valid_value(t.value), t
        assert t.end_value is None or is_valid_value(t.end_value), t
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_is_valid_value():
    good = ["2021", "2021-03", "2021-03-17", "2021-W11", "2021-W11-WE", "2021-Q1", "2021-H2", "2021-SU",
            "199X", "199", "20", "2021-03-17T18:30", "2021-03-17TMO", "P3D", "P6M", "PT16H", "PTXH", "PXY",
            "P1.5Y", "PT5H30M", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "XXXX-03-18", "XXXX-WXX-3", "P2DE"]
    bad = ["", "2021-13", "2021-02-30", "2021-W54", "2021-Q5", "P", "PT", "3D", "2021/03/17", "NOW",
           "2021-03-17T25:00", "21-03", "P3X"]
    assert all(is_valid_value(v) for v in good), [v for v in good if not is_valid_value(v)]
    assert not any(is_valid_value(v) for v in bad), [v for v in bad if is_valid_value(v)]


def test_lexicon_words_are_all_strings():
    # YAML reads a bare on, no, yes or off as a boolean: such words must be quoted in the lexicon.
    from summitry.time.lexicon import lexicon
    lex = lexicon()
    assert "on" in lex.function_words and "No" in lex.abbreviations
    for table in (lex.function_words, lex.abbreviations, lex.month_cues, lex.past_cues, lex.future_cues):
        assert all(isinstance(w, str) for w in table)
