"""TimeML parsing and scoring, and the figures on the AQUAINT TimeML news (skipped if ../shared is absent)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from summitry.model import Timex
from summitry.time.evaluate import evaluate, parse_timeml, score, timeml_parts

TIMEML = Path(__file__).resolve().parents[2] / "shared" / "timeml"
DOC = """<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1999-03-12T10:34" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TITLE>t</TITLE><TEXT>A &amp; B <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1999-03-12">today</TIMEX3>
for <TIMEX3 tid="t2" type="DURATION" value="PT2H">two hours</TIMEX3> in 1998.</TEXT></TimeML>"""


def test_parse_timeml():
    doc = parse_timeml(DOC, "d")
    assert doc.dct == date(1999, 3, 12)
    assert doc.text.startswith("A & B met today")
    assert [(g.text, g.value) for g in doc.gold] == [("today", "1999-03-12"), ("two hours", "PT2H")]
    assert all(doc.text[g.start:g.end] == g.text for g in doc.gold)


def test_score_counts():
    doc = parse_timeml(DOC, "d")
    t1 = Timex(doc.gold[0].start, doc.gold[0].end, "today", "DATE", "1999-03-12")
    t2 = Timex(doc.gold[1].start, doc.gold[1].end - 6, "two", "DURATION", "PT3H")
    t3 = Timex(doc.text.index("1998"), doc.text.index("1998") + 4, "1998", "DATE", "1998")
    result = score([doc], lambda text, dct: [t1, t2, t3])
    assert (result.gold, result.system, result.strict, result.value_correct) == (2, 3, 1, 1)
    assert result.precision == pytest.approx(2 / 3) and result.recall == 1.0
    assert result.value_precision == pytest.approx(1 / 3) and result.value_recall == pytest.approx(1 / 2)


def test_value_is_compared_exactly_and_canonical_figure_is_apart():
    doc = parse_timeml(DOC.replace('value="1999-03-12">today', 'value="1999-W10">today'), "d")
    week = Timex(doc.gold[0].start, doc.gold[0].end, "today", "DATE", "1999-W10")
    padded = score([doc], lambda text, dct: [week])
    assert padded.value_correct == 1
    doc7 = parse_timeml(DOC.replace('value="1999-03-12">today', 'value="1999-W7">today'), "d")
    result = score([doc7], lambda text, dct: [Timex(doc7.gold[0].start, doc7.gold[0].end, "today", "DATE", "1999-W07")])
    assert (result.value_correct, result.canonical_value_correct) == (0, 1)
    assert result.value_f1 == 0.0 and result.canonical_value_f1 > 0


@pytest.mark.parametrize("corpus, extraction, value", [("aquaint", 0.95, 0.81), ("timebank", 0.94, 0.835)])
def test_corpus_figures(corpus, extraction, value):
    directory = TIMEML / corpus
    if not directory.is_dir():
        pytest.skip(f"TimeML data not found at {directory}")
    result = evaluate(directory)
    assert result.f1 >= extraction
    # TempEval-3 value F1 with values compared exactly (no canonical spelling).
    assert result.value_f1 >= value


def test_a_range_is_scored_as_the_two_expressions_timeml_writes():
    source = ('<TimeML><TEXT>The envoys gather on <TIMEX3 tid="t1" type="DATE" value="2003-05-06">May 6</TIMEX3> '
              'and <TIMEX3 tid="t2" type="DATE" value="2003-05-07">7</TIMEX3> in Oslo.</TEXT></TimeML>')
    doc = parse_timeml(source, "d")
    start = doc.text.index("May 6")
    both = Timex(start, start + len("May 6 and 7"), "May 6 and 7", "DATE", "2003-05-06", "2003-05-07")
    result = score([doc], lambda text, dct: [both])
    assert (result.system, result.strict, result.value_correct) == (2, 2, 2)
    assert [(p.text, p.value) for p in timeml_parts(both)] == [("May 6", "2003-05-06"), ("7", "2003-05-07")]
    dash = Timex(0, 11, "March 17-18", "DATE", "2003-03-17", "2003-03-18")
    assert [(p.start, p.end, p.value) for p in timeml_parts(dash)] == [(0, 8, "2003-03-17"), (9, 11, "2003-03-18")]
