"""The PLOVER export: every record validates against the schema that ships in the package
(bundled samples always; seeds and dev set when ../shared exists); PLOVER's rules hold:
future meetings are AGREE, actors are entity objects, dates are calendar dates, a visit
goes from visitor to host."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from summitry.export import plover_record, plover_schema
from summitry.export.dates import calendar_span
from summitry.model import Event, Evidence, Location, Person

VALIDATOR = jsonschema.Draft202012Validator(plover_schema())
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _export(run_cli, db: Path) -> list[dict]:
    result = run_cli("export", "events", "--format", "plover", "--db", db)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def _check(records: list[dict]) -> None:
    assert records
    for r in records:
        errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in VALIDATOR.iter_errors(r)]
        assert not errors, (r["id"], errors)
        assert all(DAY.match(r[k]) for k in ("date", "enddate") if k in r)
        if r["status"] in ("proposed", "scheduled", "postponed") and r["kind"] != "statement":
            assert r["event"] in (["AGREE"], ["THREATEN"], ["REQUEST"], ["ACCUSE"], ["REJECT"], ["MOBILIZE"],
                                  ["SANCTION"], ["CONCEDE"], ["RETREAT"], ["PROTEST"], ["COERCE"], ["ASSAULT"])
            assert "CONSULT" not in r["event"]
        assert all(isinstance(a, dict) and "code" in a and "entity_text" in a for a in r["actor"] + r["recipient"])


def _ingest(run_cli, db: Path, *paths) -> None:
    result = run_cli("ingest", *paths, "--db", db)
    assert result.exit_code == 0, result.output


def test_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(plover_schema())


def test_bundled_samples_validate(run_cli, tmp_path):
    db = tmp_path / "samples.db"
    with resources.as_file(resources.files("summitry").joinpath("samples")) as folder:
        _ingest(run_cli, db, folder)
    records = _export(run_cli, db)
    _check(records)
    assert any(r["event"] == ["AGREE"] and r["aux_mode"] == "future" for r in records)
    assert any(r["event_loc"] and r["event_loc"]["geonameid"] and r["event_loc"]["lat"] is not None for r in records)
    assert all(r["cite_info"] and all(c.get("title") for c in r["cite_info"]) for r in records)


@pytest.mark.parametrize("name", ["seeds", "dev"])
def test_shared_corpora_validate(run_cli, tmp_path, shared_dir, name):
    db = tmp_path / f"{name}.db"
    _ingest(run_cli, db, shared_dir / "corpus" / name)
    _check(_export(run_cli, db))


def _event(**kw) -> Event:
    base = dict(id="ev-1", type="CONSULT", kind="meeting", status="held", title="t", countries=["KOR", "JPN"],
                evidence=[Evidence("a1", "They met.", 0, 9)])
    return Event(**{**base, **kw})


@pytest.mark.parametrize("kind, type_, status, expected", [
    ("meeting", "CONSULT", "scheduled", "AGREE"),
    ("meeting", "CONSULT", "proposed", "AGREE"),
    ("meeting", "CONSULT", "postponed", "AGREE"),
    ("meeting", "CONSULT", "held", "CONSULT"),
    ("agreement", "SUPPORT", "scheduled", "AGREE"),
    ("agreement", "COOPERATE", "scheduled", "AGREE"),
    ("agreement", "AID", "proposed", "AGREE"),
    ("statement", "THREATEN", "scheduled", "THREATEN"),
])
def test_future_consult_support_cooperate_aid_are_agree(kind, type_, status, expected):
    r = plover_record(_event(kind=kind, type=type_, status=status, mode="phone"))
    assert r["event"] == [expected]
    assert r["mode"] == ([] if expected == "AGREE" else ["phone"])
    VALIDATOR.validate(r)


def test_a_visit_goes_from_visitor_to_host_with_people_as_entities():
    e = _event(kind="visit", mode="visit", countries=["KOR", "CHN"], location=Location("Beijing", "CHN"),
               participants=[Person("Park Jin", "Foreign Minister", "KOR"), Person("Li Chen", "Vice Premier", "CHN")])
    r = plover_record(e)
    assert r["actor"] == [{"code": "KOR", "sector": "GOV", "entity_text": "Park Jin", "person": "Park Jin",
                           "office": "Foreign Minister"}]
    assert [x["code"] for x in r["recipient"]] == ["CHN"] and r["recipient"][0]["person"] == "Li Chen"
    assert r["event_loc"]["geonameid"] == 1816670 and round(r["event_loc"]["lat"]) == 40
    assert r["event_scale"] > plover_record(_event(mode="phone"))["event_scale"]  # a visit above a call


def test_a_threat_goes_from_its_first_party_to_the_others():
    r = plover_record(_event(type="THREATEN", kind="statement", countries=["PRK", "KOR", "USA"]))
    assert [a["code"] for a in r["actor"]] == ["PRK"]
    assert [a["code"] for a in r["recipient"]] == ["KOR", "USA"]
    assert r["quad_code"] == 3 and r["event_scale"] < 0


def test_a_meeting_without_host_has_every_party_as_actor():
    r = plover_record(_event(location=Location("Bangkok", "THA"), mode="third-party"))
    assert [a["code"] for a in r["actor"]] == ["KOR", "JPN"] and r["recipient"] == []
    assert r["actor"][0]["entity_text"] == "South Korea" and "person" not in r["actor"][0]


@pytest.mark.parametrize("sentence, expected", [
    ("The two ministers met to discuss tariffs and investment.", {"diplomatic", "economic"}),
    ("The defense ministers met to discuss missile defense.", {"diplomatic", "military"}),
    ("The ministers met.", {"diplomatic"}),
])
def test_context_is_read_from_the_event(sentence, expected):
    r = plover_record(_event(evidence=[Evidence("a1", sentence, 0, len(sentence))]))
    assert set(r["context"]) == expected


def test_organisation_parties_are_igo_entities():
    r = plover_record(_event(countries=["NATO", "UKR"]))
    assert [(a["code"], a["sector"]) for a in r["actor"]] == [("NATO", "IGO"), ("UKR", "GOV")]


def test_a_state_iso_does_not_list_is_a_government_with_its_name():
    r = plover_record(_event(countries=["XKX", "SRB"]))
    assert [(a["code"], a["sector"], a["entity_text"]) for a in r["actor"]][0] == ("XKX", "GOV", "Kosovo")


@pytest.mark.parametrize("value, expected", [
    ("2023-05-22", ("2023-05-22", None, "day")),
    ("2023-05", ("2023-05-01", "2023-05-31", "month")),
    ("2024-02", ("2024-02-01", "2024-02-29", "month")),
    ("2023", ("2023-01-01", "2023-12-31", "year")),
    ("2023-05-22/2023-05-24", ("2023-05-22", "2023-05-24", "day")),
    ("2023-05-30/2023-06", ("2023-05-30", "2023-06-30", "month")),
    ("2023-W20", (None, None, None)),
    ("XXXX-05-22", (None, None, None)),
    ("2023-02-30", (None, None, None)),
    ("2023-SU", (None, None, None)),
    (None, (None, None, None)),
])
def test_calendar_dates_only(value, expected):
    assert calendar_span(value) == expected


def test_a_week_date_is_left_out_of_the_record():
    r = plover_record(_event(date="2023-W20"))
    assert "date" not in r and "enddate" not in r
    VALIDATOR.validate(r)


def test_every_evidence_sentence_and_its_offsets_and_citations():
    e = _event(evidence=[Evidence("a1", "First.", 0, 6), Evidence("a2", "Second.", 10, 17)])
    cited = {"a1": None}
    r = plover_record(e, lambda article_id: cited.get(article_id))
    assert r["event_text"] == ["First.", "Second."]
    assert r["text_info"] == [{"article": "a1", "start": 0, "end": 6}, {"article": "a2", "start": 10, "end": 17}]
    assert [c["article"] for c in r["cite_info"]] == ["a1", "a2"]


def test_series_is_the_link_and_an_extension():
    r = plover_record(_event(series="Quad foreign ministers meeting", ordinal=4))
    assert (r["link"], r["series"], r["ordinal"]) == ("Quad foreign ministers meeting", "Quad foreign ministers meeting", 4)


def test_direction_is_read_from_the_sentence_around_the_trigger():
    warned = "Speaking in Paris, Emmanuel Macron warned that Germany should not go it alone."
    r = plover_record(_event(type="THREATEN", kind="statement", countries=["DEU", "FRA"],
                             participants=[Person("Emmanuel Macron", "President", "FRA")],
                             evidence=[Evidence("a1", warned, 0, len(warned))]))
    assert [a["code"] for a in r["actor"]] == ["FRA"] and [a["code"] for a in r["recipient"]] == ["DEU"]


def test_a_described_subject_acts_on_the_party_named_after_the_trigger():
    accused = "Last spring the two Gulf monarchies accused Qatar of meddling."
    r = plover_record(_event(type="ACCUSE", kind="statement", countries=["QAT", "SAU", "ARE"],
                             evidence=[Evidence("a1", accused, 0, len(accused))]))
    assert [a["code"] for a in r["actor"]] == ["SAU", "ARE"] and [a["code"] for a in r["recipient"]] == ["QAT"]


def test_a_sentence_that_does_not_split_the_parties_keeps_their_order():
    sent = "The plan is to deploy Mexican troops to the United States border."
    r = plover_record(_event(type="MOBILIZE", kind="deployment", countries=["MEX", "USA"],
                             evidence=[Evidence("a1", sent, 0, len(sent))]))
    assert [a["code"] for a in r["actor"]] == ["MEX"] and [a["code"] for a in r["recipient"]] == ["USA"]
