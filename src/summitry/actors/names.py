"""Personal names: honorifics, initials, suffixes and particles (knowledge in names.yaml)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon import load_yaml

_INITIAL = re.compile(r"^[A-Z]\.?$")


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], frozenset[str], frozenset[str], tuple[str, ...]]:
    d = load_yaml("names.yaml")
    honorifics = tuple(sorted((h for h in d["honorifics"]), key=len, reverse=True))
    return (honorifics, frozenset(d["suffixes"]), frozenset(d["particles"]),
            tuple(d["article_prefixes"]))


def honorifics() -> tuple[str, ...]:
    """Honorifics and courtesy titles that stand before a name ("Sheikh", "Mr", "HRH")."""
    return _data()[0]


@lru_cache(maxsize=1)
def venue_after() -> re.Pattern:
    """A venue's noun right after a name ("Al-Salam royal palace"): the name is the venue's."""
    nouns = sorted(load_yaml("names.yaml")["venue_nouns"], key=len, reverse=True)
    return re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.I)


@lru_cache(maxsize=1)
def institution_words() -> frozenset[str]:
    """Words that end an institution's name ("Committee", "Council", "Forum")."""
    return frozenset(load_yaml("names.yaml")["institution_words"])


def particles() -> frozenset[str]:
    """Lower-case name particles that join name tokens ("da", "von", "bin", "al")."""
    return _data()[2]


@lru_cache(maxsize=1)
def adjective_endings() -> tuple[str, ...]:
    """Endings that make a hyphenated word an adjective before a name ("Chicago-born")."""
    return tuple(load_yaml("names.yaml")["adjective_endings"])


@lru_cache(maxsize=1)
def formal_first_names() -> frozenset[str]:
    """First names carried formally and often left out in use ("Muhammad Shehbaz Sharif")."""
    return frozenset(load_yaml("names.yaml")["formal_first_names"])


@lru_cache(maxsize=1)
def _leading() -> re.Pattern:
    return re.compile("^(?:(?:" + "|".join(re.escape(h) for h in _data()[0]) + r")\s+)+(?=\S)")


def strip_honorifics(name: str) -> str:
    """'Sheikh Tamim' -> 'Tamim', 'His Majesty King X' -> 'King X'; repeated ones too."""
    s = name.strip()
    return s[_leading().match(s).end():] if _leading().match(s) else s


@lru_cache(maxsize=1)
def _gendered() -> tuple[re.Pattern, re.Pattern]:
    d = load_yaml("names.yaml")["gendered_titles"]
    return tuple(re.compile(r"(?<![\w])(?:" + "|".join(re.escape(t) for t in sorted(d[g], key=len, reverse=True))
                            + r")\s+(?:[A-Z][\w'’.-]*\s+){0,3}$") for g in ("male", "female"))


def gender_before(text: str) -> str | None:
    """"m" or "f" when the words ending text are a gendered title and names ("Mr", "Queen
    Consort", "King"), else None: the person named next is one "he" or "she" can refer to."""
    male, female = _gendered()
    return "m" if male.search(text) else "f" if female.search(text) else None


def strip_suffixes(name: str) -> str:
    """'Joseph R. Biden Jr.' -> 'Joseph R. Biden' (Jr., Sr.; regnal numbers are kept)."""
    tokens = name.replace(",", " ").split()
    while len(tokens) > 1 and tokens[-1] in _data()[1]:
        tokens.pop()
    return " ".join(tokens)


def core_name(name: str) -> str:
    """A name without honorifics, suffixes and middle initials: 'Mr Joseph R. Biden Jr.' ->
    'Joseph Biden', 'George H. W. Bush' -> 'George Bush'; a leading initial stays ('N Modi')."""
    tokens = strip_suffixes(strip_honorifics(name)).split()
    if len(tokens) > 2:
        tokens = [tokens[0]] + [t for t in tokens[1:-1] if not _INITIAL.match(t)] + [tokens[-1]]
    return " ".join(tokens)


def family_core(token: str) -> str:
    """A family name without an Arabic article prefix: 'al-Sisi' -> 'Sisi', 'El-Sisi' -> 'Sisi'."""
    for p in _data()[3]:
        if token.lower().startswith(p) and len(token) > len(p) + 1 and token[len(p)].isupper():
            return token[len(p):]
    return token


@lru_cache(maxsize=65536)
def strip_accents(name: str) -> str:
    """'Mélanie Joly' -> 'Melanie Joly', 'Erdoğan' -> 'Erdogan', 'Błaszczak' -> 'Blaszczak'."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")


def fold(name: str) -> str:
    """A comparison form: accents and case folded, dots and a word's closing apostrophe
    ("Shia' al-Sudani") dropped, hyphens as spaces."""
    s = strip_accents(name).replace("’", "'").replace("ʼ", "'")
    s = re.sub(r"(?<=\w)'(?=\s|$)", "", s)
    s = re.sub(r"[.]", " ", s).replace("-", " ")
    return " ".join(s.lower().split())
