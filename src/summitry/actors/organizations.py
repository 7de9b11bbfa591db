"""International organizations, groupings and forums, with their fixed members."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Organization, lexicon


@dataclass(frozen=True)
class OrgMatch:
    start: int
    end: int
    text: str
    org: Organization


def find_organizations(text: str) -> list[OrgMatch]:
    lex = lexicon()
    return [OrgMatch(m.start(), m.end(), m.group(), lex.orgs[m.group()]) for m in lex.org_regex.finditer(text)]


def organization(name: str) -> Organization | None:
    """The organization a name or acronym stands for ("G-7", "the Quad"), if known."""
    lex = lexicon()
    s = name.strip()
    if s in lex.orgs:
        return lex.orgs[s]
    low = s.lower()
    for k, v in lex.orgs.items():
        if k.lower() == low or v.code.lower() == low:
            return v
    return None
