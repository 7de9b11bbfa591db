"""The seed articles against the gold events: the targets of the events stages."""

from __future__ import annotations

import pytest

from summitry.evaluate import Report, evaluate


@pytest.fixture(scope="module")
def seeds(shared_dir):
    gold = shared_dir / "gold" / "seeds.yaml"
    corpus = shared_dir / "corpus" / "seeds"
    if not gold.is_file() or not corpus.is_dir():
        pytest.skip("seed gold or corpus not found")
    return gold, corpus


@pytest.fixture(scope="module")
def score(seeds) -> Report:
    return evaluate(*seeds)


def test_event_f1(score):
    assert score.f1 >= 0.9, ([g.id for g in score.missed], [e.title for e in score.spurious])


def test_every_required_event_found(score):
    assert score.matched == score.required > 0


@pytest.mark.parametrize("field", ["date", "location", "status"])
def test_field_accuracy(score, field):
    assert score.accuracy(field) >= 0.9, [(w.gold.id, w.system.summary()) for w in score.wrong if w.field == field]


def test_participants(score):
    assert score.accuracy("participants") >= 0.9


def test_fragmentation(score):
    assert score.fragmentation <= 1.1


def test_eval_cli_prints_the_figures_and_the_errors(run_cli, seeds):
    gold, corpus = seeds
    result = run_cli("eval", gold, corpus)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "events: P " in out and " F1 " in out
    for name in ("date", "location", "status", "participants", "fragmentation"):
        assert f"{name} " in out.split("fields:", 1)[1]
    lines = out.splitlines()
    assert lines[-3].startswith("events:") and lines[-2].startswith("fields:") and lines[-1].startswith("articles:")
    findings = ("== ", "missed:", "spurious:", "wrong ", " ")
    assert all(ln.startswith(findings) for ln in lines[:-3] if ln.strip())


def test_eval_cli_json(run_cli, seeds):
    import json

    result = run_cli("eval", "--json", *seeds)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["f1"] >= 0.9 and figures["fragmentation"] <= 1.1
    assert set(figures) >= {"precision", "recall", "f1", "date", "location", "status", "participants", "fragmentation"}


def test_eval_cli_lists_missed_and_spurious_events(run_cli, seeds, tmp_path):
    gold, corpus = seeds
    import yaml

    data = yaml.safe_load(gold.read_text(encoding="utf-8"))
    dropped = next(g for g in data["events"] if g["id"] == "moon-biden-call-2021")
    data["events"].remove(dropped)  # the system's event for it is now spurious
    data["events"].append({"id": "invented-event", "type": "CONSULT", "kind": "meeting",
                           "countries": ["BRA", "KEN"], "date": "1999-01-01", "status": "held"})
    extra = tmp_path / "gold.yaml"
    extra.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = run_cli("eval", extra, corpus)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(ln.startswith("missed:") and "invented-event" in ln for ln in lines)
    spurious = [ln for ln in lines if ln.startswith("spurious:")]
    assert len(spurious) == 1 and "2021-02" in spurious[0], spurious
