"""Score summitry's records against a gold file (shared/gold/README.md, "Scoring").

`evaluate(gold_path, corpus)` ingests only the articles the gold file lists into a
temporary store and returns a `Report`; `score(gold, events, articles)` scores records
already in hand. The matching rules and field checks live in `evalrules`.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .config import settings
from .evalrules import (
    GoldEvent, People, SystemEvent, agreement, article_checks, blocking_rule, field_checks, file_number, load_gold,
)
from .model import Article, Event, Failure
from .pipeline import ingest
from .sources import Input, plan
from .store import Store

EVENT_FIELDS = ("date", "location", "status", "participants")
ARTICLE_FIELDS = ("title", "published", "body_starts", "body_ends")
EVIDENCE_SHOWN = 3  # evidence sentences printed per record in the text report
NEAR_SHOWN = 3  # nearest records printed per missed event in the text report


@dataclass
class Wrong:
    """A field the system got wrong on a matched pair (score < 1)."""

    gold: GoldEvent
    system: SystemEvent
    field: str
    score: float


@dataclass
class ArticleCheck:
    """One scored article field: the gold and system values and whether they agree."""

    file: str
    field: str
    gold: str
    system: str | None
    right: bool


@dataclass
class Report:
    """Everything `eval` measured: figures, matched pairs, misses, spurious records, wrong fields."""

    required: int = 0
    pairs: list[tuple[GoldEvent, SystemEvent]] = field(default_factory=list)
    optional_pairs: list[tuple[GoldEvent, SystemEvent]] = field(default_factory=list)
    missed: list[GoldEvent] = field(default_factory=list)
    spurious: list[SystemEvent] = field(default_factory=list)
    fields: dict[str, list[float]] = field(default_factory=lambda: {f: [] for f in EVENT_FIELDS})
    wrong: list[Wrong] = field(default_factory=list)
    fragments: dict[str, list[SystemEvent]] = field(default_factory=dict)  # gold id -> extra records
    near: dict[str, list[tuple[SystemEvent, str]]] = field(default_factory=dict)  # missed id -> (record, rule)
    articles: list[ArticleCheck] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # gold files not found or not stored
    why_unread: dict[str, str] = field(default_factory=dict)  # file name -> the reason its reading failed
    files: dict[int, str] = field(default_factory=dict)  # article number -> file name

    @property
    def matched(self) -> int:
        return len(self.pairs)

    @property
    def optional_matched(self) -> int:
        return len(self.optional_pairs)

    @property
    def system(self) -> int:
        return self.matched + self.optional_matched + len(self.spurious)

    @property
    def precision(self) -> float:
        counted = self.system - self.optional_matched
        return self.matched / counted if counted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fragmentation(self) -> float:
        """System records per matched required event, averaged (1.0: no fragments)."""
        if not self.pairs:
            return 1.0
        return 1 + sum(len(self.fragments.get(g.id, [])) for g, _ in self.pairs) / len(self.pairs)

    def accuracy(self, name: str) -> float:
        """Mean score of an event field over matched pairs."""
        values = self.fields[name]
        return sum(values) / len(values) if values else 0.0

    def article_accuracy(self, name: str) -> float:
        """Share of scored (non-null gold) article values the system got right."""
        checks = [c for c in self.articles if c.field == name]
        return sum(c.right for c in checks) / len(checks) if checks else 0.0

    def figures(self) -> dict:
        """The summary figures, rounded to three places."""
        out = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        out.update({f: self.accuracy(f) for f in EVENT_FIELDS})
        out["fragmentation"] = self.fragmentation
        out = {k: round(v, 3) for k, v in out.items()}
        out.update(matched=self.matched, required=self.required, system=self.system,
                   optional_matched=self.optional_matched)
        out["articles"] = {f: round(self.article_accuracy(f), 3) for f in ARTICLE_FIELDS}
        out["articles"]["scored"] = len({c.file for c in self.articles})
        return out


def _match(golds: list[GoldEvent], systems: list[SystemEvent], people: People, report: Report) -> None:
    """One-to-one greedy matching by best agreement, required gold events first."""
    taken: set[str] = set()
    for optional in (False, True):
        group = [g for g in golds if g.optional == optional]
        ranked = sorted(
            ((agreement(g, s, people), gi, si) for gi, g in enumerate(group) for si, s in enumerate(systems)
             if s.id not in taken and blocking_rule(g, s, people) is None),
            key=lambda t: (-t[0], t[1], t[2]),
        )
        done: set[int] = set()
        for _, gi, si in ranked:
            g, s = group[gi], systems[si]
            if gi in done or s.id in taken:
                continue
            done.add(gi)
            taken.add(s.id)
            (report.optional_pairs if optional else report.pairs).append((g, s))
        if not optional:
            report.missed = [g for gi, g in enumerate(group) if gi not in done]
    report.spurious = [s for s in systems if s.id not in taken]


def _fragments(report: Report, people: People) -> None:
    """File each spurious record under the matched required event it best fits, if any."""
    for s in report.spurious:
        fits = [(agreement(g, s, people), -k, g) for k, (g, _) in enumerate(report.pairs)
                if blocking_rule(g, s, people) is None]
        if fits:
            report.fragments.setdefault(max(fits, key=lambda t: t[:2])[2].id, []).append(s)


def _near_misses(report: Report, systems: list[SystemEvent], people: People) -> None:
    """For each missed event, the records resting on its articles with its type and the rule
    each fails, closest first (a later rule failed, then better agreement)."""
    for g in report.missed:
        near = [(s, blocking_rule(g, s, people) or "(-) taken by another gold event")
                for s in systems if s.numbers & g.sources and s.type == g.type]
        near.sort(key=lambda t: (t[1][:3] != "(-)", -ord(t[1][1]), -agreement(g, t[0], people)))
        report.near[g.id] = near


def score(gold: dict, events: list[Event], articles: list[Article]) -> Report:
    """Score system events (with their evidence) and articles against a parsed gold file."""
    golds, people = load_gold(gold)
    by_id = {a.id: a for a in articles}
    systems = [SystemEvent.of(e, by_id) for e in events]
    report = Report(required=sum(1 for g in golds if not g.optional))
    _match(golds, systems, people, report)
    for g, s in report.pairs:
        for name, value in field_checks(g, s, people).items():
            report.fields[name].append(value)
            if value < 1.0:
                report.wrong.append(Wrong(g, s, name, value))
    _fragments(report, people)
    _near_misses(report, systems, people)
    by_file = {a.file: a for a in articles if a.file}
    named = [a.file for a in articles if a.file] + [ga["file"] for ga in gold.get("articles") or []]
    report.files = {n: f for f in named if (n := file_number(f)) is not None}  # gold names last, so they win
    for ga in gold.get("articles") or []:
        a = by_file.get(ga["file"])
        if a is None:
            report.unread.append(ga["file"])
        for name, (gv, sv, right) in article_checks(ga, a).items():
            report.articles.append(ArticleCheck(ga["file"], name, gv, sv, right))
    return report


def _inputs(corpus: Path, listed: list[str]) -> list[Input | Failure]:
    """The listed article files under `corpus` (a folder), in name order; everything when
    the gold file lists none; the file itself when `corpus` is one."""
    if not corpus.is_dir() or not listed:
        return plan([str(corpus)])
    direct = {name: corpus / name for name in listed if (corpus / name).is_file()}
    if len(direct) < len(listed):  # look deeper only when needed
        deeper = {p.name: p for p in sorted(corpus.rglob("*"), reverse=True) if p.is_file()}
        direct = {name: direct.get(name) or deeper.get(name) for name in listed}
    return [Input(str(p), "file") for _, p in sorted(direct.items()) if p is not None]


def evaluate(gold_path: str | Path, corpus: str | Path) -> Report:
    """Ingest the articles the gold file lists (found in the folder `corpus`) into a temporary
    store and score the records against the gold file."""
    gold = yaml.load(Path(gold_path).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    listed = sorted({a["file"] for a in gold.get("articles") or []})
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        run = ingest(store, _inputs(Path(corpus), listed), settings())
        events = [store.event(e.id) for e in store.events()]
        articles = list(store.articles())
    report = score(gold, events, articles)
    report.why_unread = {Path(f.origin).name: f.reason for f in run.failures}
    return report


# --- the report, per article -----------------------------------------------------


def _home(report: Report, numbers: set[int]) -> str:
    """The article a finding is filed under: the lowest-numbered of `numbers`."""
    listed = sorted(n for n in numbers if n in report.files)
    return report.files[listed[0]] if listed else "(no article)"


def _evidence(s: SystemEvent, only: set[int] | None = None) -> list[dict]:
    found = s.evidence(only) or s.evidence()
    return [{"file": f, "sentence": x.sentence, "start": x.start, "end": x.end} for f, x in found]


def _gold_value(w: Wrong) -> object:
    g = w.gold
    return {"date": g.dates, "location": g.locations, "status": g.statuses, "participants": g.participants}[w.field]


def _system_value(w: Wrong) -> object:
    s = w.system
    if w.field == "location":
        loc = s.event.location
        return {"place": loc.place, "country": loc.country} if loc else None
    return s.names if w.field == "participants" else getattr(s.event, w.field)


def by_article(report: Report) -> dict[str, dict[str, list[dict]]]:
    """Findings filed per article: missed gold events (with the nearest records and the rule
    each fails), spurious records, wrong fields of matched pairs, wrong article fields."""
    out: dict[str, dict[str, list[dict]]] = {}

    def slot(file: str, kind: str) -> list[dict]:
        return out.setdefault(file, {"missed": [], "spurious": [], "wrong": [], "article": []})[kind]

    for g in report.missed:
        near = [{"record": s.id, "summary": s.summary(), "rule": rule, "evidence": _evidence(s, g.sources)}
                for s, rule in report.near.get(g.id, [])]
        slot(_home(report, g.sources), "missed").append(
            {"gold": g.id, "summary": g.summary(), "note": g.raw.get("note"), "near": near})
    for s in report.spurious:
        slot(_home(report, s.numbers), "spurious").append(
            {"record": s.id, "summary": s.summary(), "evidence": _evidence(s)})
    for w in report.wrong:
        slot(_home(report, w.system.numbers & w.gold.sources), "wrong").append(
            {"gold": w.gold.id, "record": w.system.id, "field": w.field, "score": round(w.score, 3),
             "gold_value": _gold_value(w), "system_value": _system_value(w),
             "evidence": _evidence(w.system, w.gold.sources)})
    for c in report.articles:
        if not c.right:
            slot(c.file, "article").append({"field": c.field, "gold_value": c.gold, "system_value": c.system})
    order = {f: n for n, f in sorted(report.files.items())}
    return dict(sorted(out.items(), key=lambda kv: (order.get(kv[0], 10**9), kv[0])))


def _short(file: str) -> str:
    return file.split("_", 1)[0] if file_number(file) is not None else file


def _evidence_lines(evidence: list[dict], indent: str) -> list[str]:
    lines = [f"{indent}| {_short(x['file'])}: {' '.join(x['sentence'].split())}" for x in evidence[:EVIDENCE_SHOWN]]
    if len(evidence) > EVIDENCE_SHOWN:
        lines.append(f"{indent}| (+{len(evidence) - EVIDENCE_SHOWN} more)")
    return lines


def text_lines(report: Report) -> list[str]:
    """The text report: findings per article, then the summary lines `events:`, `fields:`, `articles:`."""
    lines: list[str] = []
    for file, found in by_article(report).items():
        lines.append(f"== {file}")
        for m in found["missed"]:
            lines.append(f"missed:   {m['summary']}")
            for n in m["near"][:NEAR_SHOWN]:
                lines.append(f"    near: {n['summary']}")
                lines.append(f"          fails {n['rule']}")
                lines.extend(_evidence_lines(n["evidence"], "          "))
        for s in found["spurious"]:
            lines.append(f"spurious: {s['summary']}")
            lines.extend(_evidence_lines(s["evidence"], "          "))
        for w in found["wrong"]:
            lines.append(f"wrong {w['field']}: {w['gold']}: gold {w['gold_value']!r}, "
                         f"system {w['system_value']!r} ({w['record']})")
            lines.extend(_evidence_lines(w["evidence"], "          "))
        for a in found["article"]:
            lines.append(f"wrong article {a['field']}: gold {a['gold_value']!r}, system {a['system_value']!r}")
    for file in report.unread:
        why = report.why_unread.get(file)
        lines.append(f"unread:   {file} ({'failed: ' + why if why else 'listed in the gold file, not found or not stored'})")
    f = report.figures()
    lines.append(
        f"events: P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  "
        f"({report.matched}/{report.required} required matched, {report.system} system events, "
        f"{report.optional_matched} optional)")
    lines.append(
        f"fields: date {f['date']:.3f}  location {f['location']:.3f}  status {f['status']:.3f}  "
        f"participants {f['participants']:.3f}  fragmentation {f['fragmentation']:.3f}")
    a = f["articles"]
    lines.append(
        f"articles: title {a['title']:.3f}  published {a['published']:.3f}  body start {a['body_starts']:.3f}  "
        f"body end {a['body_ends']:.3f}  ({a['scored']} articles)")
    return lines


def json_report(report: Report) -> dict:
    """The full report as JSON-ready data: the figures (top level), matches and findings per article."""
    out = report.figures()
    out["matches"] = [
        {"gold": g.id, "record": s.id, "optional": False,
         "fields": {name: round(values[k], 3) for name, values in report.fields.items()}}
        for k, (g, s) in enumerate(report.pairs)
    ] + [{"gold": g.id, "record": s.id, "optional": True} for g, s in report.optional_pairs]
    out["fragments"] = {gid: [s.id for s in ss] for gid, ss in report.fragments.items()}
    out["per_article"] = [{"file": file, **found} for file, found in by_article(report).items()]
    out["unread"] = report.unread
    out["failed"] = {f: why for f, why in report.why_unread.items() if f in report.unread}
    return out
