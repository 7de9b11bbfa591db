"""The actors of one article: countries, organizations, people and collective references."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from datetime import date, datetime
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..model import ActorMention, Person, Sentence
from .collective import Collective, find_collectives
from .countries import CountryMatch, find_countries, neighbours
from .lexicon import lexicon, load_yaml, trie_pattern
from .organizations import OrgMatch, find_organizations
from .known import equivalent_holder, known_person
from .names import honorifics, particles
from .offices import is_leader, office_rank
from .people import Entry, Intro, arabic_style, find_intros, name_key, name_runs, name_style_country
from .gazetteer import namesake
from .places import find_places
from .resolve import (apply_known, holder_role, known_intros, known_singles, office_mentions, office_refs, trim_honorifics,
                      with_known_tail)


HOME_BONUS = 3.0  # salience bonus of the outlet's own country, in mentions
_LOCATIVE = re.compile(r"\b(?:in|at|to|into|from|visit|visiting|visited)\s+(?:the\s+)?$")


@dataclass
class ArticleActors:
    """Result of analyze_actors: per-sentence mentions plus article-level knowledge."""

    people: dict[str, Person]
    main_countries: list[str]
    home: str | None
    _mentions: dict[int, list[ActorMention]] = field(default_factory=dict)
    _entries: list[Entry] = field(default_factory=list)
    _texts: dict[int, str] = field(default_factory=dict)

    def mentions(self, sentence_index: int) -> list[ActorMention]:
        """Actor mentions in a sentence, offsets relative to the sentence text."""
        return self._mentions.get(sentence_index, [])

    def countries(self, sentence_index: int) -> list[str]:
        """ISO3 codes a sentence refers to (countries, people, groups), in order."""
        out: list[str] = []
        for m in self.mentions(sentence_index):
            codes = [m.code] if m.kind == "country" else list(m.members) if m.kind == "group" else (
                [m.person.country] if m.person and m.person.country else [])
            for c in codes:
                if c and c not in out:
                    out.append(c)
        return out

    def places(self, sentence_index: int) -> list[tuple[int, int, str, str]]:
        """Gazetteer places in a sentence, minus words that are people here ("Austin") and
        places inside an organisation's name unless it is the forum's host state ("Munich
        Security Conference" keeps Munich, "Shangri-La Dialogue" in Singapore has no place)."""
        lex = lexicon()
        spans = [(m.start, m.end, None) for m in self.mentions(sentence_index) if m.kind == "person"]
        spans += [(m.start, m.end, lex.orgs[m.text].host if m.text in lex.orgs else None)
                  for m in self.mentions(sentence_index) if m.kind == "organization"]
        text = self._texts.get(sentence_index, "")
        return [self._local(p) for p in find_places(text)
                if all(p[1] <= s or p[0] >= e or (host is not None and host == p[3]) for s, e, host in spans)]

    def _local(self, p: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
        """A town named like a town of a state the story is not about, when the story's own
        state has a town of that name, is that one ("Windsor" in a story of Britain)."""
        if not self.main_countries or p[3] in self.main_countries or not p[2]:
            return p
        own = namesake(p[2], self.main_countries[0])
        return (p[0], p[1], own.name, own.country) if own else p

    def resolve_name(self, surface: str) -> Person | None:
        """The person a name or family name refers to in this article (latest introduced)."""
        s = re.sub(r"['’]s?$", "", surface.strip())
        for e in self._entries:
            if e.name == s or e.display == s:
                return self.people[e.display]
        hits = [e for e in self._entries if e.key == s or e.name.split()[-1] == s or s in e.forms]
        if not hits:
            low = s.lower()
            hits = [e for e in self._entries if e.name.lower() == low or e.key.lower() == low]
        if not hits:
            return None
        return self.people[max(hits, key=lambda e: e.first).display]


def _resolve_overlaps(items: list, key=lambda x: (x.start, x.end)) -> list:
    """Keep the longest of overlapping spans, earliest first."""
    items = sorted(items, key=lambda x: (key(x)[0], -(key(x)[1] - key(x)[0])))
    kept, last_end = [], -1
    for it in items:
        s, e = key(it)
        if s >= last_end:
            kept.append(it)
            last_end = e
    return kept


def _salience(per_sentence: list[list[tuple[str, float]]], home: str | None = None) -> list[str]:
    """Countries by weighted mentions; the outlet's own country, when named, gets a bonus."""
    score: Counter = Counter()
    first: dict[str, int] = {}
    for i, codes in enumerate(per_sentence):
        w = 2.0 if i < 2 else 1.0
        for code, weight in codes:
            score[code] += w * weight
            first.setdefault(code, i)
    if home in score:
        score[home] += HOME_BONUS
    return sorted(score, key=lambda c: (-score[c], first[c]))


def _merge(entries: list[Entry], intro: Intro) -> Entry:
    pos = (intro.sentence, intro.start)
    key = name_key(intro.name)
    target = None
    for e in entries:
        if e.name == intro.name or (intro.canonical and e.canonical == intro.canonical):
            target = e
    if target is None and " " not in intro.name:
        cands = [e for e in entries if e.key == intro.name
                 or (intro.honored and arabic_style(e.name) and e.name.split()[0] == intro.name)]
        if cands:
            before = [e for e in cands if e.first <= pos]
            target = max(before, key=lambda e: e.first) if before else min(cands, key=lambda e: e.first)
    if target is None and " " in intro.name:
        for e in entries:  # ("Anwar Ibrahim" is not "Sultan Ibrahim" told before: known as another)
            if " " not in e.name and e.name == key and not (e.canonical and intro.canonical and e.canonical != intro.canonical):
                target = e
                e.name, e.key = intro.name, key
                break
    if target is None:
        target = Entry(intro.name, key, intro.role, intro.country, intro.prio, pos, canonical=intro.canonical,
                       org=intro.org)
        entries.append(target)
    else:
        if intro.canonical and not target.canonical:
            target.canonical = intro.canonical
        target.org = target.org or intro.org
        if intro.prio > target.prio:
            target.country, target.prio = intro.country, intro.prio
            if intro.role:
                target.role = intro.role
        elif not target.role and intro.role:
            target.role = intro.role
    target.forms.add(intro.name)
    target.positions.append(pos)
    return target


_PREPARED: dict[tuple, ArticleActors] = {}  # worked out by prepare_actors, taken once by analyze_actors


def analyze_actors(
    sentences: Sequence[Sentence], home: str | None = None, use_model: bool = True,
    model_sentences: Collection[int] | None = None, when: date | datetime | None = None,
) -> ArticleActors:
    """Find the actors of one article's sentences (body and captions).

    home is the ISO3 code of the outlet's country, if known: unqualified ministers and
    "the foreign ministry" are read as that country's. With use_model, the statistical NER
    also reads the sentences where a run of capitalised words is left unexplained by the
    rules (and only those: the model costs about 4 ms a sentence); model_sentences, if
    given, narrows that further to the sentences whose people matter to the caller.
    when is the article's date: known office holders (officials.yaml) are resolved by
    name, family name or office ("the Chinese president") as of that date.
    The actors prepare_actors worked out for the same arguments are taken from there.
    """
    found = _PREPARED.pop(_key(sentences, home, use_model, model_sentences, when), None)
    if found is not None:
        return found
    run = _analyze(sentences, home, use_model, model_sentences, when)
    needy = next(run)
    return _finish(run, _entities([s.text for s in needy]))


def prepare_actors(calls: Sequence[tuple]) -> list[ArticleActors]:
    """Work out the actors of several articles (each call: analyze_actors' arguments, in
    order) with one NER pass over all their sentences that need it, cheaper than a pass for
    each and with the same entities; analyze_actors then takes each result from here.
    Returns them too, in order."""
    _PREPARED.clear()
    runs = [_analyze(*call) for call in calls]
    needs = [next(run) for run in runs]
    docs = iter(_entities([s.text for needy in needs for s in needy]))
    for call, run, needy in zip(calls, runs, needs):
        _PREPARED[_key(*call)] = _finish(run, [next(docs) for _ in needy])
    return [_PREPARED[_key(*call)] for call in calls]


def _key(sentences, home=None, use_model=True, model_sentences=None, when=None) -> tuple:
    return (tuple(sentences), home, use_model, None if model_sentences is None else frozenset(model_sentences), when)


def _finish(run, docs) -> ArticleActors:
    try:
        run.send(docs)
    except StopIteration as done:
        return done.value
    raise RuntimeError("the actor analysis asked for entities twice")


def _entities(texts: list[str]) -> list:
    """The statistical NER's docs of the texts (the NER alone runs)."""
    if not texts:
        return []
    from ..language import disabled_except, nlp

    model = nlp()
    return list(model.pipe(texts, disable=disabled_except(model, ["ner"])))


# A nickname in quotes inside a name ('Ferdinand "Bongbong" Marcos Jr.') is read as blank space.
_NICKNAME = re.compile(r"(?<=[A-Za-z.])[ \t]+[\"“][A-Z][\w'’-]+[\"”](?=[ \t]+[A-Z])")


def _analyze(sentences: Sequence[Sentence], home: str | None = None, use_model: bool = True,
             model_sentences: Collection[int] | None = None, when: date | datetime | None = None):
    """analyze_actors, as a generator: it yields the sentences the NER must read and is sent
    their docs, then returns the ArticleActors."""
    lex = lexicon()
    texts = {s.index: _NICKNAME.sub(lambda m: " " * len(m.group()), s.text) for s in sentences}
    order = [s.index for s in sentences]

    # 1. countries and organizations
    raw_c: dict[int, list[CountryMatch]] = {i: find_countries(texts[i], home) for i in order}
    orgs: dict[int, list[OrgMatch]] = {i: find_organizations(texts[i]) for i in order}
    known = {c for ms in raw_c.values() for m in ms if m.kind != "context" for c in m.codes}
    if home:
        known.add(home)
    countries: dict[int, list[CountryMatch]] = {}
    for i in order:
        ms = [m for m in raw_c[i] if m.kind != "context" or not m.when_any or set(m.when_any) & known]
        ms = [m for m in ms if not any(o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
                                       for o in orgs[i])]
        countries[i] = ms
    base_salience = _salience([[(c, 0.5 if m.kind == "home" else 1.0) for m in countries[i] for c in m.codes]
                               for i in order], home)

    # 2. people introduced
    intros: dict[int, list[Intro]] = {}
    for i in order:
        blocked = [(m.start, m.end) for m in countries[i] if m.text not in lex.ambiguous]
        blocked += [(o.start, o.end) for o in orgs[i]]
        blocked += [(a, b) for a, b, place, _ in find_places(texts[i]) if place and (" " in texts[i][a:b] or _PLACE_BEFORE.search(texts[i], 0, a))]
        parties = [CountryMatch(o.start, o.end, o.text, (o.org.party,), "institution") for o in orgs[i] if o.org.party]
        intros[i] = find_intros(i, texts[i], sorted(countries[i] + parties, key=lambda c: c.start), blocked)
        # "European Commission Vice-President X": of the body that is a party of its own
    needy = [s for s in sentences if (model_sentences is None or s.index in model_sentences)
             and _unexplained_name(texts[s.index], intros[s.index], countries[s.index], orgs[s.index])] if use_model else []
    docs = yield needy
    if needy:
        _model_intros(needy, docs, texts, intros, countries, orgs)

    for i in order:  # world knowledge: honorifics off, known office holders recognised
        taken = [(it.start, it.end) for it in intros[i]]
        taken += [(m.start, m.end) for m in countries[i] if m.text not in lex.ambiguous]
        taken += [(o.start, o.end) for o in orgs[i]]
        intros[i] = sorted([with_known_tail(trim_honorifics(it, texts[i]), texts[i], when) for it in intros[i]]
                           + known_intros(i, texts[i], taken, when), key=lambda it: it.start)
        for it in intros[i]:
            apply_known(it, when)

    main_guess = [c for c in base_salience]
    for i in order:
        for it in intros[i]:
            if it.prio == 2 and home and it.role and home in _shared_titles().get(it.role.lower(), ()):
                it.country = home  # "Foreign Secretary X" in a Pakistani paper: Pakistan's, not Britain's
            if it.prio >= 2:
                continue
            if it.national:  # the outlet's home, never the article's most frequent state
                if home:
                    it.country, it.prio = home, 1
            elif it.leader_of:
                style = name_style_country(it.name)
                ctx = [c for m in countries[i] for c in m.codes]
                ctx += [o.country for o in intros[i] if o.country and o.prio >= 2]
                ranked = [c for c in main_guess if c in ctx] or main_guess
                if home and style != home:
                    ranked = [c for c in ranked if c != home] or ranked
                if ranked:
                    it.country, it.prio = ranked[0], 1
            elif it.name_style:
                c = it.name_style
                if home in lex.style_shared.get(c, ()):  # a Korean name in a Pyongyang paper
                    c = home
                it.country, it.prio = c, 1

    entries: list[Entry] = []
    intro_entry: dict[tuple[int, int], Entry] = {}
    for i in order:
        for it in intros[i]:
            intro_entry[(i, it.start)] = _merge(entries, it)

    # 3. later mentions by name, family name or a form of a known person's name
    forms = {id(e): _forms(e) for e in entries}
    names = {f for fs in forms.values() for f in fs}
    # (not the start of a word an apostrophe runs through: "Xi" in "Xi'an")
    name_rx = re.compile(r"(?<![\w-])(?:" + trie_pattern(names) + r")(?![\w-]|['’](?![sS]\b)\w)") if names else None

    mentions: dict[int, list[ActorMention]] = {}
    per_sentence_codes: list[list[tuple[str, float]]] = []
    person_spans: dict[int, list[tuple[int, int, Entry]]] = {}
    definite: list[tuple[int, re.Match]] = []  # "the Secretary": resolved after the loop
    for i in order:
        text = texts[i]
        spans = [(it.start, it.end, intro_entry[(i, it.start)]) for it in intros[i]]
        if name_rx:
            for m in name_rx.finditer(text):
                if any(not (m.end() <= s or m.start() >= e) for s, e, _ in spans):
                    continue
                ent = _pick(entries, m.group(), (i, m.start()), forms)
                if ent:
                    spans.append((m.start(), m.end(), ent))
                    ent.positions.append((i, m.start()))
        taken = [(s, e) for s, e, _ in spans] + [(m.start, m.end) for m in countries[i]]
        taken += [(o.start, o.end) for o in orgs[i]]
        for s, e, h, role in office_mentions(text, countries[i], taken, when):
            named = _leader_named(entries, text[s:e], h.country, (i, s))  # "the Spanish leader" after Sanchez
            spans.append((s, e, named or _known_entry(entries, h, role, (i, s))))
            if named:
                named.positions.append((i, s))
            taken.append((s, e))
        for s, e, h in known_singles(text, taken, when):
            spans.append((s, e, _known_entry(entries, h, holder_role(h, when), (i, s))))
        for m in _definite_refs(text, taken):
            definite.append((i, m))
            taken.append(m.span())
        for s, e, code, role in office_refs(text, countries[i], taken):  # "the Angolan president": the one introduced
            holders = {x.display: x for x in entries if x.country == code and x.role and x.role.lower() == role.lower()
                       and x.first < (i, s)}
            if len(holders) == 1:
                ent = next(iter(holders.values()))
                ent.positions.append((i, s))
                spans.append((s, e, ent))
        person_spans[i] = spans
    for i, m in definite:  # resolved once every person of the article is known
        named = {c for j in order if j <= i for x in countries[j] if x.kind != "home" for c in x.codes}
        if (ent := _holder(m, entries, i, home) or _home_holder(m, entries, home, when, (i, m.start(1)))
                or _named_state_holder(m, entries, named, when, (i, m.start(1)))) is not None:
            ent.positions.append((i, m.start(1)))
            person_spans[i].append((m.start(1), m.end(), ent))
    people = {e.display: e.person() for e in entries}
    for i in order:
        text = texts[i]
        out: list[ActorMention] = []
        pspans = person_spans[i]
        items: list[tuple[int, int, ActorMention]] = []
        for s, e, ent in pspans:
            items.append((s, e, ActorMention(s, e, text[s:e], "person", None, people[ent.display])))
        for m in countries[i]:
            if len(m.codes) > 1:
                items.append((m.start, m.end, ActorMention(m.start, m.end, m.text, "group", None, None, m.codes)))
            else:
                items.append((m.start, m.end, ActorMention(m.start, m.end, m.text, "country", m.codes[0])))
        for o in orgs[i]:
            items.append((o.start, o.end, ActorMention(o.start, o.end, o.text, "organization", o.org.code,
                                                       None, o.org.members_at(when))))
        # people first: a name known as a person is a person, not a country or place
        kept = _resolve_overlaps([x for x in items if x[2].kind == "person"], key=lambda x: (x[0], x[1]))
        for x in _resolve_overlaps([x for x in items if x[2].kind != "person"], key=lambda x: (x[0], x[1])):
            if all(x[1] <= s or x[0] >= e for s, e, _ in kept):
                kept.append(x)
        out = [x[2] for x in kept]
        codes = [(m.code, 1.0) for m in out if m.kind == "country"]
        codes += [(m.person.country, 0.5) for m in out if m.kind == "person" and m.person.country]
        per_sentence_codes.append(codes)
        mentions[i] = out

    main = _salience(per_sentence_codes, home)
    if home and home not in main and any(home in [c for c, _ in s] for s in per_sentence_codes):
        main.append(home)

    # 4. collective references
    prev_codes: list[list[str]] = []
    recent_groups: list[tuple[int, tuple[str, ...]]] = []  # (sentence position, members)
    for i in order:
        text = texts[i]
        here = []
        for m in mentions[i]:
            cs = [m.code] if m.kind == "country" else [m.person.country] if m.kind == "person" and m.person.country else []
            if m.kind == "country" and _LOCATIVE.search(text, 0, m.start):
                cs = []  # "gather in Singapore": a place, not a party
            here.append((m.start, m.end, cs))
        named = [(s, cs[0]) for (s, _, cs), m in zip(here, mentions[i]) if m.kind == "country" and cs and cs[0]]
        window = [i2 for i2 in order[max(0, order.index(i) - 2):order.index(i) + 1]]
        org_members = [m.members for i2 in window for m in mentions[i2] if m.kind == "organization" and m.members]
        people_codes: list[str] = []
        for i2 in reversed(window):  # the people named last first: "A and B met ... The two leaders"
            for m in mentions[i2]:
                if m.kind == "person" and m.person.country and m.person.country not in people_codes:
                    people_codes.append(m.person.country)
        groups = []
        pos = order.index(i)
        for col in find_collectives(text, countries[i]):
            before = list(dict.fromkeys(c for at, c in named if at < col.start))
            members = col.members or _same_count_group(col, recent_groups, pos) or (
                before if len(before) == (col.count or 2) > 2 else None) or _pair_before(col, here, text) or _resolve_group(
                col, here, prev_codes, main, org_members, people_codes)  # "visit A, B and C ... the three countries"
            if members:
                recent_groups.append((pos, tuple(members)))
                groups.append(ActorMention(col.start, col.end, col.text, "group", None, None, tuple(members)))
        mentions[i] = sorted(mentions[i] + groups, key=lambda m: (m.start, -m.end))
        prev_codes.append([c for _, _, cs in here for c in cs])

    _countries_from_groups(order, texts, mentions, people)
    result = ArticleActors(people=people, main_countries=main, home=home, _mentions=mentions,
                           _entries=entries, _texts=texts)
    return result


@lru_cache(maxsize=1)
def _shared_titles() -> dict[str, frozenset[str]]:
    """Roles of fixed titles other states give their own offices ("Foreign Secretary"), with those states."""
    return {t.role.lower(): t.also for t in lexicon().titles.values() if t.also}


# an untitled name after these is a venue the model took for a person
_AT_VENUE = re.compile(r"(?:\b(?:at|in)\s+(?:the\s+)?|\b(?:residence|palace|venue|compound|estate)\s*,\s*)$", re.I)
# a town named after these, or in words of its own, is no person ("In Rio de Janeiro, Secretary X")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|into)\s+$", re.I)


@lru_cache(maxsize=1)
def _definite() -> re.Pattern:
    titles = sorted(load_yaml("titles.yaml")["definite_refs"], key=len, reverse=True)
    return re.compile(r"\bthe\s+(" + "|".join(map(re.escape, titles)) + r")\b(?!\s+of\b)(?![\s-]*(?-i:[A-Z]))", re.I)


def _definite_refs(text: str, taken: list[tuple[int, int]]) -> list[re.Match]:
    """"the king", "the Secretary", "the head of state" in a sentence, where no name stands."""
    return [m for m in _definite().finditer(text) if all(m.end() <= a or m.start() >= b for a, b in taken)]


def _holder(m: re.Match, entries: list[Entry], i: int, home: str | None = None) -> Entry | None:
    """The person "the <title>" names: the one introduced before with that role (or, for "the
    head of state", of that rank), when the article names no other holder of it anywhere but
    later in that sentence ("the Head of State will hold talks with UAE President X" is still
    the one named before). In a story of two holders, the outlet's own ("the President" in a
    Kenyan paper's story of Ruto and Xi is Ruto); else neither."""
    title = m[1].lower()
    holds = (lambda e: office_rank(e.role) == "head_of_state") if title == "head of state" else \
        (lambda e: _role_is(e.role.lower(), title))
    holders = {e.display: e for e in entries if e.role and holds(e) and not (e.first[0] == i and e.first[1] > m.start())}
    if len(holders) > 1 and home:
        holders = {k: e for k, e in holders.items() if e.country == home}
    if len(holders) != 1:
        return None
    ent = next(iter(holders.values()))
    return ent if ent.first < (i, m.start()) else None


def _home_holder(m: re.Match, entries: list[Entry], home: str | None, when, pos: tuple[int, int]) -> Entry | None:
    """"The Prime Minister met President Xi" in an outlet's own story, where the article
    introduces nobody holding that office: the outlet's state's holder on the day."""
    title = m[1].lower()
    if not home or when is None or title not in load_yaml("titles.yaml")["home_offices"] \
            or any(e.role and _role_is(e.role.lower(), title) for e in entries):
        return None
    h = equivalent_holder(home, title.title(), when)
    return _known_entry(entries, h, holder_role(h, when) or m[1], pos) if h else None


def _named_state_holder(m: re.Match, entries: list[Entry], named: set[str], when, pos: tuple[int, int]) -> Entry | None:
    """"Xi arrived in Riyadh ... The crown prince visited China in 2019": of a monarch's or an
    heir's office, the holder in the one state named so far that has one on the day."""
    title = m[1].lower()
    if when is None or title not in load_yaml("titles.yaml")["state_offices"] \
            or any(e.role and _role_is(e.role.lower(), title) for e in entries):
        return None
    found = {h.name: h for c in sorted(named) if (h := equivalent_holder(c, title.title(), when))}
    if len(found) != 1:
        return None
    h = next(iter(found.values()))
    return _known_entry(entries, h, holder_role(h, when) or m[1], pos)


def _role_is(role: str, title: str) -> bool:
    """Whether "the <title>" names a holder of the role: the title itself or the role it is written
    for ("the Amir": an Emir), its head ("the Secretary": Secretary of State) or, for a minister, its
    kind ("the minister": Foreign Minister)."""
    known = lexicon().titles.get(title)
    forms = {title, known.role.lower()} if known else {title}  # "the Amir": an Emir
    return any(role == t or role.startswith(t + " ") or t == "minister" and role.endswith(" minister") for t in forms)


def _forms(e: Entry) -> set[str]:
    """Surface forms that name an entry: its names, family names and known variants."""
    out = {e.name, e.key} | e.forms
    if arabic_style(e.display):  # "Sheikh Salem", "Prince Faisal"
        first = e.display.split()[0]
        out |= {f"{h} {first}" for h in honorifics() + ("Prince", "Princess", "King", "Sultan", "Crown Prince")}
    words = e.display.split()
    if len(words) >= 3 and words[1].lower() not in particles() and not arabic_style(e.display):
        out.add(" ".join(words[:2]))  # "Hassan Sheikh" after "Hassan Sheikh Mohamud": the given names he goes by
    if e.canonical:
        out |= {e.canonical, name_key(e.canonical)}
        h = known_person(e.canonical)
        if h is not None:
            out |= set(h.aka)
    return {f for f in out if f}


def _leader_named(entries: list[Entry], said: str, country: str | None, pos: tuple[int, int]) -> Entry | None:
    """The one leader of that state the article named before, for "the Spanish leader": the prime
    minister it is about, not the king the data also calls one."""
    if not said.lower().endswith("leader"):
        return None
    named = [x for x in entries if x.country == country and is_leader(x.role) and x.first < pos]
    reigning = load_yaml("titles.yaml")["reigning_offices"]
    governing = [x for x in named if x.role.lower() not in reigning]  # not the king beside the prime minister
    named = governing or named
    return named[0] if len({x.display for x in named}) == 1 else None


def _known_entry(entries: list[Entry], h, role: str, pos: tuple[int, int]) -> Entry:
    """The entry of a known person, created at its first mention if the article has none."""
    for e in entries:
        if e.canonical == h.name:
            e.positions.append(pos)
            return e
    e = Entry(h.name, name_key(h.name), role, h.country, 3, pos, canonical=h.name, org=h.org)
    e.positions.append(pos)
    entries.append(e)
    return e


def _pick(entries: list[Entry], surface: str, pos: tuple[int, int], forms: dict[int, set[str]]) -> Entry | None:
    exact = [e for e in entries if e.name == surface]
    if exact:
        return exact[0]
    for e in entries:  # entries of known people added since the forms were computed
        if id(e) not in forms:
            forms[id(e)] = _forms(e)
    cands = [e for e in entries if e.key == surface or surface in forms[id(e)]]
    if not cands:
        return None
    before = [e for e in cands if e.first <= pos]
    if len(before) > 1:  # "spokesperson Wang Wenbin said Wang would visit": a sentence that names one Wang in
        # full calls another by the family name alone
        others = [e for e in before if not any(p[0] == pos[0] and p < pos for p in e.positions + [e.first])]
        before = others or before
    if before:  # the one named most so far ("Erdogan" after "first lady Emine Erdogan" is still the
        # president), then the most recently introduced or mentioned
        def weight(e: Entry) -> tuple[int, tuple[int, int]]:
            seen = [p for p in e.positions + [e.first] if p <= pos]
            return len(seen), max(seen)
        return max(before, key=weight)
    return min(cands, key=lambda e: e.first)


_NEIGHBOURS = re.compile(r"\bneighbou?rs\b", re.I)


_PEOPLE_NOUN = re.compile(r"\b(?:leaders|ministers|diplomats|presidents|chiefs|heads\s+of\s+state)\b", re.I)


_NAME_LIST = re.compile(r"^[\s,]*(?:[A-Z][\w.'’-]*\s+){0,3}(?:(?:and|,)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$")


def _countries_from_groups(order, texts, mentions, people) -> None:
    """"their Japanese counterparts Yoko Kamikawa and Minoru Kihara": people named right
    after a one-state reference, with no country of their own, are of that state."""
    found: dict[str, str] = {}
    for i in order:
        for g in mentions[i]:
            if g.kind != "group" or len(g.members) != 1:
                continue
            for m in mentions[i]:
                if (m.kind == "person" and m.person and m.person.country is None and m.start >= g.end
                        and _NAME_LIST.match(texts[i][g.end : m.start])):
                    found[m.person.name] = g.members[0]
    if not found:
        return
    for name, code in found.items():
        people[name] = replace(people[name], country=code)
    for i in order:
        mentions[i] = [replace(m, person=people[m.person.name]) if m.kind == "person" and m.person and m.person.name in found else m
                       for m in mentions[i]]


def _same_count_group(col: Collective, recent: list[tuple[int, tuple[str, ...]]], pos: int) -> list[str]:
    """"the three ministers" after "the three countries": the same states again."""
    n = col.count or 2
    for at, members in reversed(recent):
        if pos - at <= 2 and len(members) == n and n > 2:
            return list(members)
    return []


def _pair_before(col: Collective, here, text: str) -> list[str] | None:
    """"the two sides" after "A and B" in the same sentence ("Pakistan and Afghanistan agreed ..., after
    negotiations between the two sides in Doha mediated by Qatar"): the pair joined by "and"."""
    if (col.count or 2) != 2:
        return None
    named = [(s, e, cs[0]) for s, e, cs in here if len(cs) == 1 and e <= col.start]
    for (s1, e1, a), (s2, e2, b) in zip(named, named[1:]):
        if a != b and text[e1:s2].strip() == "and" and not (s1 > 0 and text[s1 - 1 : s1] == "'"):
            return [a, b]
    return None


def _resolve_group(col: Collective, here, prev_codes: list[list[str]], main: list[str],
                   org_members: list[tuple[str, ...]], people_codes: list[str] | None = None) -> list[str]:
    """States a collective reference stands for: the sentence's own states when they are
    exactly as many, else the most salient states of this and the previous sentences."""
    n = col.count or 2
    if people_codes and len(people_codes) >= n and _PEOPLE_NOUN.search(col.text):
        return people_codes[:n]  # "the two leaders": the states of the people just named
    for members in org_members:  # "the seven nations" next to "G-7"
        if len(members) == n and n > 2:
            return list(members)
    cur: list[str] = []
    for s, e, cs in here:
        if col.start <= s and e <= col.end:
            continue
        for c in cs:
            if c not in cur:
                cur.append(c)
    rank = {c: k for k, c in enumerate(main)}
    if n == 2 and _NEIGHBOURS.search(col.text):  # "the two neighbours": two states that share a border
        pool = list(dict.fromkeys(cur + [c for codes in reversed(prev_codes[-3:]) for c in codes] + main))
        pairs = [(a, b) for i, a in enumerate(pool) for b in pool[i + 1 :] if neighbours(a, b)]
        if pairs:
            return list(pairs[0])
    if len(cur) == n:
        return cur
    if prev_codes and set(cur) <= set(prev_codes[-1]) and len(last := list(dict.fromkeys(prev_codes[-1]))) == n:
        return last  # "... for talks with UAE President X. The two countries signed ...": the pair just named
    pool = list(cur)
    if len(cur) < n:
        for codes in reversed(prev_codes[-3:]):
            for c in codes:
                if c not in pool:
                    pool.append(c)
    best = sorted(pool, key=lambda c: rank.get(c, 99))[:n]
    if len(best) < n:
        best += [c for c in main if c not in best][: n - len(best)]
    if len(best) < min(n, 2):
        return []
    order = {c: k for k, c in enumerate(pool)}
    return sorted(best, key=lambda c: order.get(c, 99))


def _unexplained_name(text: str, intros, countries, orgs) -> bool:
    """A run of two or more capitalised words that no rule has explained (a likely name)."""
    known = [(it.start, it.end) for it in intros] + [(m.start, m.end) for m in countries] + [(o.start, o.end) for o in orgs]
    known += [(p[0], p[1]) for p in find_places(text)]
    for start, end in name_runs(text):
        words = text[start:end].split()
        if start == 0 and len(words) < 3 or len(words) < 2:
            continue
        if not any(a < end and start < b for a, b in known):
            return True
    return False


_POSSESSIVE_END = re.compile(r"['’]s$")


def _model_intros(sentences, docs, texts, intros, countries, orgs) -> None:
    """Add PERSON names from the statistical NER (docs: the sentences'), widened to the whole name run."""
    for s, doc in zip(sentences, docs):
        i = s.index
        taken = [(it.start, it.end) for it in intros[i]]
        taken += [(m.start, m.end) for m in countries[i] if m.text not in lexicon().ambiguous]
        taken += [(o.start, o.end) for o in orgs[i]]
        runs = name_runs(texts[i])
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            st, en = ent.start_char, ent.end_char
            for rs, re_ in runs:  # "Moon Jae" inside "Moon Jae-in's": take the whole name
                if rs <= st < re_ or rs < en <= re_:
                    st, en = min(st, rs), max(en, re_)
            if possessive := _POSSESSIVE_END.search(texts[i], st, en):
                en = possessive.start()  # "Donald Trump's summit": the name, not its possessive
            name = texts[i][st:en]
            if " " not in name or not name.split()[-1][:1].isupper() or any(not (en <= a or st >= b) for a, b in taken):
                continue  # one word, or ending in a lower-case word ("Custodian of"): no name
            if name.lower() in lexicon().titles or name in honorifics() \
                    or all(w in honorifics() or w.lower() in lexicon().titles for w in name.split()):
                continue  # "Crown Prince and Prime Minister Prince X", "His Majesty King": titles the model took for a name
            if _AT_VENUE.search(texts[i], 0, st):
                continue  # "received him at Qasr Al Watan", "at his residence, Seri Perdana": a venue
            intros[i].append(Intro(i, st, en, name, None, name_style=name_style_country(name)))
            taken.append((st, en))
        intros[i].sort(key=lambda it: it.start)
