"""Who a page credits: news agencies, outlets and people, by the names in page.yaml."""

from __future__ import annotations

import re

from .lexicon import lexicon

# A word of a person's name; a possessive ("Ministers'", "Roe's") is none: such a line names a thing.
_NAME_WORD = re.compile(r"^(?!.*['’]s?$)[A-Z][\w'’.-]*$")


_BUREAU = re.compile(r"([^\s\-–/]+)\s*[-–/]\s*[^\d()/]+?(?:\s*\([^()]*)?\)?")  # "APA-Niamey (Niger)"


def agency(name: str) -> str | None:
    """The canonical agency credited by a name ("AP", "Yonhap News Agency", "Reuters Staff")."""
    lex = lexicon()
    key = name.strip(" ().").lower()
    found = lex.agencies.get(key)
    if found is None and (staff := lex.staff_tail.search(key)):
        found = lex.agencies.get(key[: staff.start()].strip(" ().,"))
    if found is None and (desk := _BUREAU.fullmatch(key)):
        found = lex.agencies.get(desk.group(1))  # "APA-Niamey (Niger)": the agency's desk in a town
    return found



def outlet(name: str) -> str | None:
    """The outlet credited by a name ("The Korea Herald", "Korea Herald staff")."""
    lex = lexicon()
    key = name.strip(" ().").lower()
    if staff := lex.staff_tail.search(key):
        key = key[: staff.start()].strip(" ().,")
    found = lex.outlets.get(key) or lex.outlets.get(f"the {key}")
    return found[0] if found else None


def is_person_name(text: str) -> bool:
    words = text.split()
    return 1 < len(words) <= 5 and all(_NAME_WORD.match(w) for w in words)


def is_people(text: str) -> bool:
    """One or more person names: "Jane Roe", "Jane Roe and John Doe"."""
    parts = [p.strip() for p in re.split(r",|\band\b|&", text) if p.strip()]
    return bool(parts) and all(is_person_name(p) for p in parts)
