"""Actor knowledge: the YAML data files of this package, loaded once and compiled.

Files (each has a ``version:`` key): countries.yaml, organizations.yaml, titles.yaml,
names.yaml, collective.yaml, places.yaml (read with GeoNames by gazetteer.py) and
officials.yaml (read by known.py). Country names come from pycountry plus countries.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources

import pycountry
import yaml


@lru_cache(maxsize=None)
def load_yaml(name: str) -> dict:
    """A data file of this package (read once; callers must not modify it)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(resources.files(__package__).joinpath(name).read_text("utf-8"), Loader=loader)
    if not isinstance(data, dict) or "version" not in data:
        raise ValueError(f"{name}: missing version key")
    return data


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def trie_pattern(words) -> str:
    """A regex alternation of words as a character trie (fast in Python's re)."""
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        chain = ""  # a run of letters with one way on and no word ending: written as it is
        while len(node) == 1 and "" not in node:
            ((ch, node),) = node.items()
            chain += _escaped(ch)
        alts = [_escaped(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        optional = "" in node
        if not alts:
            return chain
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if optional:
            return chain + (f"(?:{body})?" if len(alts) == 1 else body + "?")
        return chain + body

    return build(trie) or "(?!)"


@lru_cache(maxsize=4096)
def _escaped(ch: str) -> str:
    return re.escape(ch)


def with_capital_variant(form: str) -> list[str]:
    """The form, plus a copy with a capital first letter if it starts in lower case."""
    if form[:1].islower():
        return [form, form[0].upper() + form[1:]]
    return [form]


@dataclass(frozen=True)
class CountryForm:
    codes: tuple[str, ...]  # () for phrases that block a match (not_actors)
    kind: str  # name, demonym, capital, institution, home, context, block
    when_any: tuple[str, ...] = ()  # context forms: article must mention one of these


@dataclass(frozen=True)
class Organization:
    code: str
    names: tuple[str, ...]
    members: tuple[str, ...] | None  # every state listed, past and present
    host: str | None
    forum: bool
    cameo: str | None = None
    joined: tuple[tuple[str, date], ...] = ()
    left: tuple[tuple[str, date], ...] = ()
    party: str | None = None  # a body that acts as a party of its own, like a state: its code among the parties

    def members_at(self, when: date | datetime | None = None) -> tuple[str, ...]:
        """Member states on a date (today's members when no date is given)."""
        if not self.members:
            return ()
        if isinstance(when, datetime):
            when = when.date()
        joined, left = dict(self.joined), dict(self.left)
        return tuple(c for c in self.members
                     if (when is None or c not in joined or joined[c] <= when)
                     and (c not in left or (when is not None and when < left[c])))


@dataclass(frozen=True)
class Title:
    role: str
    country: str | None
    national: bool
    also: frozenset[str] = frozenset()  # states that give the same title to an office of their own


@dataclass(frozen=True)
class Lexicon:
    forms: dict[str, CountryForm]  # exact surface -> form
    country_regex: re.Pattern
    ambiguous: frozenset[str]
    made_by: re.Pattern  # after a state: what the state made, not the state ("a Chinese-built parliament")
    route: re.Pattern  # after a town: the town is an end of a route ("the Budapest-Belgrade railway")
    shared_demonyms: frozenset[frozenset[str]]  # states one demonym can name ("Congolese": COD, COG)
    names_lower: dict[str, str]  # lower-cased country name/short form/demonym -> ISO3
    orgs: dict[str, Organization]  # surface -> organization
    org_regex: re.Pattern
    titles: dict[str, Title]  # lower-cased title form -> title
    plural_titles: frozenset[str]  # lower-cased plural forms ("presidents"), which title each name after them
    title_regex: re.Pattern  # case-insensitive, whole title with modifiers and tails
    modifiers: frozenset[str]
    drop_modifiers: frozenset[str]
    role_words: frozenset[str]
    leader_nouns: dict[str, str]
    family_first: dict[str, str]  # family name -> default ISO3
    given_like: frozenset[str]
    style_shared: dict[str, tuple[str, ...]]  # name-style state -> states sharing the style
    not_family_first: frozenset[str]
    not_name_words: frozenset[str]
    collective: list[tuple[re.Pattern, object]]
    numbers: dict[str, int]
    counterpart_regex: re.Pattern
    list_heads: re.Pattern
    places: dict[str, tuple[str, str]]  # surface -> (canonical place, ISO3)
    capitals: dict[str, str]  # ISO3 -> canonical capital
    versions: dict[str, int]


_BOUND_L = r"(?<![\w])"
_BOUND_R = r"(?![\w])"


def _plural(title: str) -> str:
    """The plural of a title's head noun: "presidents", "prime ministers", "secretaries of state"."""
    head, sep, rest = title.partition(" of ")
    words = head.split()
    last = words[-1]
    if re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif re.search(r"(?:s|sh|ch|x)$", last):
        last += "es"
    else:
        last += "s"
    return " ".join(words[:-1] + [last]) + sep + rest


def _pycountry_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name and "," not in name and "(" not in name:
                out[name] = c.alpha_3
    return out


@lru_cache(maxsize=1)
def lexicon_forms() -> frozenset[str]:
    """Country names, short forms and demonyms (pycountry and countries.yaml), as written."""
    cdata = load_yaml("countries.yaml")
    out = set(_pycountry_names())
    for group in ("aliases", "demonyms"):
        for lst in cdata[group].values():
            out.update(lst)
    return frozenset(out)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cdata = load_yaml("countries.yaml")
    odata = load_yaml("organizations.yaml")
    tdata = load_yaml("titles.yaml")
    ndata = load_yaml("names.yaml")
    kdata = load_yaml("collective.yaml")
    pdata = load_yaml("places.yaml")  # versioned here; read by gazetteer.py

    # ---- places and capitals (GeoNames via gazetteer.py, plus places.yaml)
    from .gazetteer import gazetteer

    gz = gazetteer()
    places = {surface: (p.name, p.country) for surface, p in gz.places.items()}
    capitals = dict(gz.capitals)

    # ---- countries
    forms: dict[str, CountryForm] = {}
    names_lower: dict[str, str] = {}

    def add(surface: str, form: CountryForm, override: bool = True) -> None:
        for s in with_capital_variant(surface):
            if override or s not in forms:
                forms[s] = form

    for name, iso in _pycountry_names().items():
        add(name, CountryForm((iso,), "name"), override=False)
        names_lower.setdefault(name.lower(), iso)
        if not name.startswith("the "):
            pass
    for iso, lst in cdata["aliases"].items():
        for a in lst:
            add(a, CountryForm((iso,), "name"))
            if not a.isupper():  # "US" must not make "us" a country
                names_lower[a.lower()] = iso
    for iso, lst in cdata["demonyms"].items():
        for a in lst:
            add(a, CountryForm((iso,), "demonym"))
            names_lower.setdefault(a.lower(), iso)
    states = set(cdata["demonyms"])  # a seat of government stands for a state, not a territory
    for iso, seats in gz.seats.items():
        if iso in states and seats[0] not in gz.not_metonyms:
            for surface in seats:
                if surface not in gz.not_metonyms:
                    add(surface, CountryForm((iso,), "capital"), override=False)
    for iso, lst in cdata["institutions"].items():
        for a in lst:
            add(a, CountryForm((iso,), "institution"))
    for a in cdata["home_institutions"]:
        add(a, CountryForm((), "home"))
    for a in cdata["not_actors"]:
        add(a, CountryForm((), "block"))
    for rule in cdata["context"]:
        code = rule["code"]
        codes = tuple(code) if isinstance(code, list) else (code,)
        add(rule["form"], CountryForm(codes, "context", tuple(rule.get("when_any") or ())))
    # names_lower for lookups by country_code(): the lowered forms that are not ambiguous
    for surface, form in forms.items():
        if form.kind in ("name", "demonym") and len(form.codes) == 1 and not surface.isupper():
            names_lower.setdefault(surface.lower(), form.codes[0])
    main_forms = [f for f, v in forms.items() if v.kind != "context"]
    ctx_forms = [f for f, v in forms.items() if v.kind == "context"]
    # "the South" is a context form, but not in "the South Korea-US alliance"
    country_regex = re.compile(
        _BOUND_L + "(?:" + trie_pattern(main_forms) + ")" + _BOUND_R
        + "|" + _BOUND_L + "(?:" + trie_pattern(ctx_forms) + ")" + r"(?![\w]|[ \t-]+[A-Z])"
    )

    # ---- organizations
    orgs: dict[str, Organization] = {}
    for o in odata["organizations"]:
        org = Organization(
            o["code"], tuple(o["names"]),
            tuple(o["members"]) if o.get("members") else None,
            o.get("host"), bool(o.get("forum", False)), o.get("cameo"),
            tuple((c, _as_date(d)) for c, d in (o.get("joined") or {}).items()),
            tuple((c, _as_date(d)) for c, d in (o.get("left") or {}).items()),
            o.get("party"),
        )
        for n in o["names"]:
            for s in with_capital_variant(n):
                orgs[s] = org
    org_regex = re.compile(_BOUND_L + "(?:" + trie_pattern(orgs) + ")" + _BOUND_R)

    # ---- titles
    titles: dict[str, Title] = {}
    for t in tdata["titles"]:
        title = Title(t["role"], t.get("country"), bool(t.get("national", False)), frozenset(t.get("also", ())))
        for f in t["forms"]:
            titles.setdefault(f.lower(), title)
    for pt in tdata["portfolio_titles"]:
        for norm, pforms in tdata["portfolios"].items():
            for pf in pforms:
                for f in pt["forms"]:
                    titles.setdefault(
                        f.format(p=pf).lower(),
                        Title(pt["role"].format(P=norm), None, bool(pt.get("national", False))),
                    )
    plural_titles = frozenset(_plural(f) for f in titles) - set(titles)
    for form, title in list(titles.items()):  # "Presidents A of X and B of Y": a title for each
        titles.setdefault(_plural(form), title)
    modifiers = frozenset(m.lower() for m in tdata["modifiers"])
    core = trie_pattern(sorted(titles))
    mods = trie_pattern(sorted(modifiers))
    tails = "|".join(f"(?:{t})" for t in tdata["tails"])
    portfolio = trie_pattern(sorted({f for fs in tdata["portfolios"].values() for f in fs}))
    # "Minister for Trade and Industry X", "Minister of Finance, Economy and Trade X": the further
    # portfolios belong to the title (not "Foreign Minister and Defence Minister X": another title)
    more = rf"(?:(?:,\s+|\s+and\s+|\s+&\s+)(?:{portfolio})(?![\w-])(?!\s+(?i:{core})\b))*"
    title_regex = re.compile(
        rf"{_BOUND_L}(?i:(?P<mods>(?:(?:{mods})\s+)*)(?P<core>{core})){more}(?:\s+(?P<tail>(?:{tails})(?:\s+(?:{tails}))?))?(?![\w])"
    )

    # ---- names
    family_first: dict[str, str] = {}
    for iso, lst in ndata["family_first"].items():
        for n in lst:
            family_first.setdefault(n, iso)

    # ---- collective
    collective = []
    for p in kdata["patterns"]:
        collective.append((re.compile(p["regex"], re.I), p["count"]))
    cw = trie_pattern(kdata["counterpart_words"])
    counterpart_regex = re.compile(rf"\b(?:{cw})\b")


    return Lexicon(
        forms=forms,
        country_regex=country_regex,
        ambiguous=frozenset(cdata["ambiguous"]),
        made_by=re.compile(rf"-(?:{'|'.join(cdata['made_by'])})\b"),
        route=re.compile(rf"(?:-[A-Z][\w'’]*)*\s+(?:{'|'.join(cdata['route_nouns'])})\b"),
        shared_demonyms=frozenset(frozenset(codes) for codes in cdata["shared_demonyms"].values()),
        names_lower=names_lower,
        orgs=orgs,
        org_regex=org_regex,
        titles=titles,
        plural_titles=plural_titles,
        title_regex=title_regex,
        modifiers=modifiers,
        drop_modifiers=frozenset(m.lower() for m in tdata["drop_modifiers"]),
        role_words=frozenset(w.lower() for w in tdata["role_words"]),
        leader_nouns=dict(tdata["leader_nouns"]),
        family_first=family_first,
        given_like=frozenset(ndata.get("given_like", [])),
        style_shared={k: tuple(v) for k, v in (ndata.get("style_shared") or {}).items()},
        not_family_first=frozenset(ndata["not_family_first"]),
        not_name_words=frozenset(ndata["not_name_words"]),
        collective=collective,
        numbers={str(k).lower(): v for k, v in kdata["numbers"].items()},
        counterpart_regex=counterpart_regex,
        list_heads=re.compile(kdata["list_heads"], re.I),
        places=places,
        capitals=capitals,
        versions={
            "countries": cdata["version"], "organizations": odata["version"],
            "titles": tdata["version"], "names": ndata["version"],
            "collective": kdata["version"], "places": pdata["version"],
        },
    )
