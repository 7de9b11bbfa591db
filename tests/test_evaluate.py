"""The scorer of `summitry eval` on small hand-written gold files and system records."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
import yaml

from summitry.evalrules import body_ends_right, body_starts_right, calendar_interval, date_right
from summitry.evaluate import evaluate, json_report, score, text_lines
from summitry.model import Article, Event, Evidence, Location, Person

FILES = {"a1": "01_first.txt", "a2": "02_second.txt", "a3": "03_third.txt"}
PEOPLE = [
    {"name": "Ana Souza", "role": "President", "country": "BRA"},
    {"name": "Jon Berg", "role": "Prime Minister (spelt 'Borg' in 02)", "country": "NOR"},
    {"name": "Kari Berg", "role": "Foreign Minister", "country": "NOR"},
]


def article(aid: str, body: str = "Some words.", **kw) -> Article:
    return Article(id=aid, origin=f"/corpus/{FILES[aid]}", title=kw.pop("title", None), paragraphs=[body], **kw)


def record(rid: str, *, type_="CONSULT", kind="meeting", countries=("BRA", "NOR"), date="2023-05-10",
           people=(), place=None, country=None, status="held", articles=("a1",)) -> Event:
    evidence = [Evidence(a, f"The sentence of {rid} in {a}.", 0, 10) for a in articles]
    return Event(id=rid, type=type_, kind=kind, status=status, title=rid, countries=list(countries),
                 participants=[Person(n) for n in people], date=date,
                 location=Location(place, country) if country else None, evidence=evidence)


def gold_event(gid: str = "g1", **kw) -> dict:
    g = {"id": gid, "type": "CONSULT", "kind": "meeting", "countries": ["BRA", "NOR"], "participants": [],
         "date": "2023-05-10", "location": None, "status": "held", "sources": ["01"]}
    g.update(kw)
    return g


def run(golds: list[dict], records: list[Event], articles=None, gold_articles=()):
    gold = {"articles": list(gold_articles), "people": PEOPLE, "events": golds}
    return score(gold, records, articles if articles is not None else [article(a) for a in FILES])


def matched(golds, records) -> list[tuple[str, str]]:
    return [(g.id, s.id) for g, s in run(golds, records).pairs]


# --- rule 1: when a record may fill a gold event's slot --------------------------


def test_a_type_must_be_equal():
    assert matched([gold_event()], [record("r", type_="AGREE")]) == []
    assert matched([gold_event()], [record("r")]) == [("g1", "r")]


@pytest.mark.parametrize(("gold_kind", "kind", "fits"), [
    ("meeting", "summit", True), ("summit", "forum", True), ("forum", "meeting", True),
    ("meeting", "call", False), ("visit", "meeting", False), ("call", "call", True),
    ("agreement", "statement", False),
])
def test_b_kind_fits_within_the_meeting_family_only(gold_kind, kind, fits):
    assert bool(matched([gold_event(kind=gold_kind)], [record("r", kind=kind)])) == fits


def test_c_evidence_must_come_from_a_source_article():
    assert matched([gold_event(sources=["02"])], [record("r", articles=("a1", "a3"))]) == []
    assert matched([gold_event(sources=["02"])], [record("r", articles=("a3", "a2"))]) == [("g1", "r")]


def test_c_numbers_as_the_seeds_write_them():
    """Unquoted 000-style numbers load as integers; files are numbered NNN_."""
    report = score({"events": [gold_event(sources=[2])]}, [record("r", articles=("x",))],
                   [Article(id="x", origin="/c/002_abc.txt", title=None, paragraphs=["Text."])])
    assert report.matched == 1


def test_d_countries_include_the_required_and_at_most_one_more():
    g = gold_event(countries=["BRA", "NOR"])
    assert matched([g], [record("r", countries=("BRA",))]) == []
    assert matched([g], [record("r", countries=("BRA", "NOR", "PER"))]) == [("g1", "r")]
    assert matched([g], [record("r", countries=("BRA", "NOR", "PER", "CHL"))]) == []


def test_d_match_countries_and_other_gold_countries():
    g = gold_event(countries=["BRA", "NOR", "PER", "CHL", "ARG"], match_countries=["BRA", "NOR"])
    assert matched([g], [record("r", countries=("BRA", "NOR"))]) == [("g1", "r")]
    # countries the gold lists are never "one more"
    assert matched([g], [record("r", countries=("BRA", "NOR", "PER", "CHL", "ARG"))]) == [("g1", "r")]
    assert matched([g], [record("r", countries=("BRA", "NOR", "FIN", "SWE"))]) == []


def test_e_a_shared_participant_where_both_name_some():
    g = gold_event(participants=["Ana Souza", "Jon Berg"])
    assert matched([g], [record("r", people=("Kari Berg",))]) == []
    assert matched([g], [record("r", people=("Souza",))]) == [("g1", "r")]  # a surname alone
    assert matched([g], [record("r", people=())]) == [("g1", "r")]  # the system names no one
    assert matched([gold_event()], [record("r", people=("Kari Berg",))]) == [("g1", "r")]  # nor the gold


def test_e_spellings_the_gold_notes_and_accents():
    g = gold_event(participants=["Jon Berg"])
    assert matched([g], [record("r", people=("Jon Borg",))]) == [("g1", "r")]
    assert matched([gold_event(participants=["Ana Souza"])], [record("r", people=("ANA SOUZÁ",))]) == [("g1", "r")]


def test_e_an_ambiguous_surname_takes_the_gold_event_participant():
    report = run([gold_event(participants=["Kari Berg"])], [record("r", people=("Berg",))])
    assert report.matched == 1 and report.accuracy("participants") == 1.0


def test_f_calendar_dates_must_overlap():
    g = gold_event(date="2023-05")
    assert matched([g], [record("r", date="2023-06-01")]) == []
    assert matched([g], [record("r", date="2023-04-28/2023-05-02")]) == [("g1", "r")]
    assert matched([g], [record("r", date=None)]) == [("g1", "r")]
    assert matched([gold_event(date=None)], [record("r", date="1999")]) == [("g1", "r")]


@pytest.mark.parametrize("value", ["XXXX-WXX-2", "2023-W30", "2023-W30-WE", "XXXX-10-13", "2023-SU", "202X"])
def test_f_a_non_calendar_value_is_no_date_for_matching_and_a_wrong_date(value):
    assert calendar_interval(value) is None
    report = run([gold_event(date="2023-05-10")], [record("r", date=value)])
    assert report.matched == 1
    assert report.accuracy("date") == 0.0


# --- rules 2 and 3: one-to-one, required first, optional events --------------------


def test_one_to_one_a_second_record_is_a_false_positive_and_a_fragment():
    report = run([gold_event()], [record("r1"), record("r2", date="2023-05")])
    assert [(g.id, s.id) for g, s in report.pairs] == [("g1", "r1")]  # the better date wins
    assert [s.id for s in report.spurious] == ["r2"]
    assert report.precision == 0.5 and report.recall == 1.0
    assert report.fragmentation == 2.0


def test_best_agreement_decides_between_gold_events():
    g1 = gold_event("g1", participants=["Ana Souza"])
    g2 = gold_event("g2", participants=["Kari Berg"])
    report = run([g1, g2], [record("r1", people=("Kari Berg",)), record("r2", people=("Ana Souza",))])
    assert sorted((g.id, s.id) for g, s in report.pairs) == [("g1", "r2"), ("g2", "r1")]


def test_required_events_are_matched_before_optional_ones():
    required = gold_event("req", date="2023-05")
    optional = gold_event("opt", optional=True)  # agrees better (exact day)
    report = run([optional, required], [record("r")])
    assert [(g.id, s.id) for g, s in report.pairs] == [("req", "r")]
    assert report.optional_matched == 0 and report.missed == []


def test_optional_events_are_never_missed_and_their_records_not_false_positives():
    report = run([gold_event("req"), gold_event("opt", optional=True, kind="call")],
                 [record("r1"), record("r2", kind="call"), record("r3", kind="visit")])
    assert report.required == 1 and report.matched == 1 and report.optional_matched == 1
    assert report.precision == 0.5  # r3 only is a false positive
    assert [s.id for s in report.spurious] == ["r3"]
    assert run([gold_event("opt", optional=True)], []).missed == []


# --- rule 4: fields of matched pairs -------------------------------------------------


@pytest.mark.parametrize(("gold", "system", "right"), [
    ("2023-05", "2023-05-10", True), ("2023-05-10", "2023-05", False), ("2023", "2023-11", True),
    ("2023-H2", "2023-09", True), ("2023-H2", "2023-05", False),
    ("2023-05-10/2023-05-12", "2023-05-10/2023-05-12", True), ("2023-05-10/2023-05-12", "2023-05-10", False),
    ("2023-05/2023-06", "2023-05-30/2023-06-02", True), (None, None, True), (None, "2023", False),
    ("2023-05-10", None, False), ("2023-05-10", "2023-05-10T09:00", True), ("2023-W19", "2023-W19", False),
])
def test_date_is_exact_at_the_gold_granularity(gold, system, right):
    assert date_right(gold, system) == right


def test_accepted_dates_statuses_and_locations():
    g = gold_event(date="2023-05-10", accept_dates=["2023-05"], status="held", accept_status=["scheduled"],
                   location={"place": "Brasília", "country": "BRA"}, accept_location=[None])
    report = run([g], [record("r", date="2023-05-20", status="scheduled")])
    assert [report.accuracy(f) for f in ("date", "status", "location")] == [1.0, 1.0, 1.0]
    report = run([g], [record("r", date="2023-06", status="proposed", place="Rio", country="BRA")])
    assert report.matched == 0  # June does not overlap 10 May
    report = run([g], [record("r", status="proposed", place="Rio", country="BRA")])
    assert report.accuracy("status") == 0.0 and report.accuracy("location") == 0.0
    assert {w.field for w in report.wrong} == {"status", "location"}


@pytest.mark.parametrize(("gold", "place", "country", "right"), [
    ({"place": "Brasília", "country": "BRA"}, "brasilia", "BRA", True),
    ({"place": "Brasília", "country": "BRA"}, "Brasília, D.F.", "BRA", True),
    ({"place": "Saint-Malo", "country": "FRA"}, "Saint Malo", "FRA", True),
    ({"place": "Brasília", "country": "BRA"}, "Rio", "BRA", False),
    ({"place": "Brasília", "country": "BRA"}, None, "BRA", False),
    ({"place": None, "country": "BRA"}, "Rio", "BRA", True),
    ({"place": None, "country": "BRA"}, None, "NOR", False),
    (None, None, None, True),
    (None, "Oslo", "NOR", False),
])
def test_location_country_and_place_compared_leniently(gold, place, country, right):
    report = run([gold_event(location=gold)], [record("r", place=place, country=country)])
    assert report.accuracy("location") == float(right)


def test_participants_f1_after_canonicalisation():
    g = gold_event(participants=["Ana Souza", "Jon Berg"])
    report = run([g], [record("r", people=("Souza", "Jon Borg", "Kari Berg"))])
    assert report.accuracy("participants") == pytest.approx(0.8)  # P 2/3, R 1
    assert run([gold_event()], [record("r", people=("Ana Souza",))]).accuracy("participants") == 0.0


def test_participants_match_whatever_letters_without_a_decomposition_the_names_use():
    g = gold_event(participants=["Władysław Nowak", "Jon Berg"])
    report = run([g], [record("r", people=("Wladyslaw Nowak", "Jon Berg"))])
    assert report.accuracy("participants") == 1.0


# --- rule 6: articles ------------------------------------------------------------------


def test_title_ignores_case_accents_and_punctuation():
    gold = [{"file": "01_first.txt", "title": "Souza to visit Oslo: talks on trade", "published": None}]
    for title, right in [("SOUZA TO VISIT OSLO — TALKS ON TRADE", True), ("Souza to visit Ósló, talks on trade!", True),
                         ("Home | Souza to visit Oslo: talks on trade", False), (None, False)]:
        report = run([], [], [article("a1", title=title)], gold)
        assert report.article_accuracy("title") == float(right), title


def test_published_at_the_gold_precision():
    minute = article("a1", published=datetime(2023, 5, 10, 9, 30), published_precision="minute")
    day = article("a1", published=datetime(2023, 5, 10), published_precision="day")
    for gold_value, art, right in [("2023-05-10T09:30", minute, True), ("2023-05-10T09:30", day, False),
                                   ("2023-05-10", minute, True), ("2023-05", day, True), ("2023-05-11", day, False),
                                   (datetime(2023, 5, 10, 9, 30), minute, True)]:  # unquoted in YAML
        report = run([], [], [art], [{"file": "01_first.txt", "published": gold_value}])
        assert report.article_accuracy("published") == float(right), (gold_value, art.published_precision)


def test_body_start_may_follow_a_short_dateline():
    assert body_starts_right("Ana Souza arrived", "Ana Souza arrived in Oslo.")
    assert body_starts_right("Ana Souza arrived", "OSLO, May 10 (Wire) -- Ana Souza arrived in Oslo.")
    assert not body_starts_right("Ana Souza arrived", "OSLO, Norway, Wednesday May 10 (Northern Wire Service) -- "
                                                     "Ana Souza arrived in Oslo.")
    assert not body_starts_right("Souza arrived", "Mr Ana-Souza arrived in Oslo.".replace("-", ""))  # inside a word


def test_body_end_may_leave_a_short_fragment_when_truncated():
    body = "The talks ended.\n\nBoth sides will meet again next year in Bras"
    assert body_ends_right("will meet again next year in", body, truncated=True)
    assert not body_ends_right("will meet again next year in", body, truncated=False)
    assert not body_ends_right("The talks ended.", body + "ilia and then much more text", truncated=True)
    assert body_ends_right("next year in Bras", body, truncated=False)


def test_null_gold_values_are_not_scored_and_a_missing_article_is_wrong():
    gold = [{"file": "01_first.txt", "title": None, "published": None, "body_starts": "Some", "body_ends": None},
            {"file": "09_missing.txt", "title": "A title", "body_starts": "Words"}]
    report = run([], [], [article("a1")], gold)
    assert {(c.file, c.field, c.right) for c in report.articles} == {
        ("01_first.txt", "body_starts", True), ("09_missing.txt", "title", False),
        ("09_missing.txt", "body_starts", False)}
    assert report.unread == ["09_missing.txt"]


# --- the report ----------------------------------------------------------------------


def test_findings_are_filed_per_article_with_their_evidence():
    golds = [gold_event("g1", sources=["02"], status="scheduled"),
             gold_event("g2", kind="call", sources=["01"], note="a call the first article reports")]
    report = run(golds, [record("r1", articles=("a2",)), record("r2", kind="visit", articles=("a3",)),
                         record("r4", kind="meeting", articles=("a1",)),
                         record("r3", kind="call", articles=("a1",), countries=("BRA",))])
    lines = text_lines(report)
    first, second, third = (lines.index(f"== {f}") for f in FILES.values())
    assert first < second < third
    assert lines[first + 1].startswith("missed:   g2 (CONSULT call BRA,NOR")
    assert any("fails (d) countries BRA" in ln for ln in lines[first:second])
    assert lines[second + 1].startswith("wrong status: g1: gold ['scheduled'], system 'held' (r1)")
    assert lines[second + 2].strip() == "| 02: The sentence of r1 in a2."
    assert lines[third + 1].startswith("spurious: r2 (CONSULT visit")
    assert [ln.split(":", 1)[0] for ln in lines[-3:]] == ["events", "fields", "articles"]
    data = json_report(report)
    assert data["matched"] == 1 and data["precision"] == pytest.approx(0.25)
    assert data["matches"] == [{"gold": "g1", "record": "r1", "optional": False,
                                "fields": {"date": 1.0, "location": 1.0, "status": 0.0, "participants": 1.0}}]
    assert [a["file"] for a in data["per_article"]] == list(FILES.values())
    missed = data["per_article"][0]["missed"][0]
    assert missed["note"] == "a call the first article reports"
    assert [(n["record"], n["rule"][:3]) for n in missed["near"]] == [("r3", "(d)"), ("r4", "(b)")]  # closest first
    assert json.dumps(data)


def _write_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "01_talks.txt").write_text(
        "URL: https://example.org/news/2023/05/10/souza-berg-talks\n\n"
        "Souza and Berg hold talks in Oslo\n\n"
        "OSLO, May 10 -- Brazilian President Ana Souza met Norwegian Prime Minister Jon Berg in Oslo on "
        "Wednesday to discuss rainforest funding, the two governments said.\n\n"
        "The two leaders agreed to meet again next year.\n", encoding="utf-8")
    (corpus / "INDEX.md").write_text(  # not listed in the gold file: never read
        "Notes on the corpus\n\nChilean President Pablo Rojas met Peruvian Prime Minister Rosa Quispe in "
        "Santiago on 3 March 2022 for talks on border trade.\n", encoding="utf-8")
    gold = {"articles": [{"file": "01_talks.txt", "title": "Souza and Berg hold talks in Oslo",
                          "published": "2023-05-10", "body_starts": "Brazilian President Ana Souza met"}],
            "people": PEOPLE, "events": [gold_event(sources=["01"], participants=["Ana Souza", "Jon Berg"],
                                                    location={"place": "Oslo", "country": "NOR"})]}
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    return path, corpus


def test_evaluate_reads_only_the_articles_the_gold_file_lists(tmp_path):
    gold, corpus = _write_corpus(tmp_path)
    report = evaluate(gold, corpus)
    files = {f for s in report.pairs + report.optional_pairs for f in s[1].files.values()}
    files |= {f for s in report.spurious for f in s.files.values()}
    assert files <= {"01_talks.txt"}
    assert report.unread == [] and report.article_accuracy("published") == 1.0


def test_eval_cli_text_and_json(run_cli, tmp_path):
    gold, corpus = _write_corpus(tmp_path)
    result = run_cli("eval", gold, corpus)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [ln.split(":", 1)[0] for ln in lines[-3:]] == ["events", "fields", "articles"]
    result = run_cli("eval", "--json", gold, corpus)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"f1", "precision", "recall", "articles", "per_article", "matches"} <= set(data)


def test_listed_articles_are_found_in_subfolders_and_a_gold_without_articles_reads_the_folder(tmp_path):
    gold, corpus = _write_corpus(tmp_path)
    (corpus / "INDEX.md").unlink()
    (corpus / "part").mkdir()
    (corpus / "01_talks.txt").rename(corpus / "part" / "01_talks.txt")
    report = evaluate(gold, corpus)
    assert report.unread == [] and report.article_accuracy("title") == 1.0
    data = yaml.safe_load(gold.read_text(encoding="utf-8"))
    del data["articles"]
    gold.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert evaluate(gold, corpus).system >= 1


def test_eval_cli_prints_values_as_written(run_cli, tmp_path):
    gold, corpus = _write_corpus(tmp_path)
    data = yaml.safe_load(gold.read_text(encoding="utf-8"))
    data["articles"][0]["title"] = "[bold]Talks[/bold] :thumbs_up: in Oslo"
    gold.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = run_cli("eval", gold, corpus)
    assert "wrong article title: gold '[bold]Talks[/bold] :thumbs_up: in Oslo'" in result.stdout


def test_an_article_that_fails_to_read_is_listed_with_its_reason(run_cli, tmp_path):
    gold, corpus = _write_corpus(tmp_path)
    (corpus / "01_talks.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe" * 50)  # no text to read
    report = evaluate(gold, corpus)
    assert report.unread == ["01_talks.txt"] and report.why_unread.get("01_talks.txt")
    result = run_cli("eval", gold, corpus)
    assert any(ln.startswith("unread:   01_talks.txt (failed: ") for ln in result.stdout.splitlines()), result.stdout
