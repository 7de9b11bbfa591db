"""International organizations, groupings and forums, with their fixed members."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Organization, lexicon


@dataclass(frozen=True)
class OrgMatch:
    start: int
    end: int
    text: str
    org: Organization


def find_organizations(text: str) -> list[OrgMatch]:
    """Groupings named in text; a region's states counted otherwise than the region has ("the two
    Nordic countries" of five) are some of them, not the grouping."""
    lex = lexicon()
    out = []
    for m in lex.org_regex.finditer(text):
        org = lex.orgs[m.group()]
        count = _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if count and org.members and lex.numbers.get(count.group(1).lower(), len(org.members)) != len(org.members):
            continue
        out.append(OrgMatch(m.start(), m.end(), m.group(), org))
    return out


_COUNT_BEFORE = re.compile(r"\b(\w+)\s+$")  # a count word of the lexicon's numbers ("two", "5") before the name


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
