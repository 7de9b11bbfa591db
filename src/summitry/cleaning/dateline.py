"""Datelines: "SEOUL, May 14 (Yonhap) --" and the many other forms that open wire copy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .credits import agency
from .dates import month_day
from .lexicon import lexicon


# "SEOUL, May 14 (Yonhap) --", "CARBIS BAY, England (AP) --", "Istanbul [Turkey], August 5 (ANI):",
# "Paris, 26 October 2022 (dpa/MIA) -", "SOCHI, September 4. /TASS/.", "June 16 (UPI) --",
# "NEW DELHI:", "Woodside, California -", "Lima, 14 Nov. (Agency).-", "Addis Ababa, December 12/2024 (Agency)",
# "Lima, May 4, 2024, AGENCY --", "MOSCOW. Oct 18 (AGENCY) -" (a full stop after the place),
# "Mecca, Rajab 3, 1446, January 3, 2025, AGENCY --" (the day in another calendar too),
# "DUSHANBE, 13.03.2025. /AGENCY "Name"/." (the day in figures, day first, parted by stops),
# "LIMA, MAY 4, AGENCY. The ..." (the agency's name in capitals closed by a stop, after the day):
# a place, a region, a day, an agency credit, a dash.
@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    months = f"(?i:{lexicon().month_names})"
    word = r"[A-Z][\w.'’-]*"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    when = (rf"(?:(?:(?:{months})\.?\s+{day}|{day}\s+(?:{months})\.?)(?:(?:,?\s+|/)(?:19|20)\d\d)?"
            rf"|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d)")
    other = rf"(?:,?\s*(?i:{lexicon().other_calendar_date.pattern}))"  # "Rajab 3, 1446 AH"
    return re.compile(
        rf"^(?P<place>(?!{months}\.?\s+\d){word}(?:[ /](?!{months}\.?\s+\d){word}){{0,3}})?"
        rf"(?:\s*\[[^\]]{{2,30}}\])?"
        rf"(?:,\s*(?!{months}\b|{other})(?P<region>{word}(?:\s+{word}){{0,2}}))?"
        rf"{other}?(?:,?\s*(?P<when>{when})\.?)?{other}?\s*"
        rf"(?:\((?P<agency>[^()]{{2,60}})\)(?:\.(?=-))?|/(?P<slashed>[A-Za-z]{{2,12}}|[A-Za-z]{{2,12}}\s+[\"“][^\"”/]{{2,20}}[\"”])/\.?"
        rf"|,\s*(?P<bare>[A-Z][A-Za-z]{{1,11}})(?=\s*(?:--|—|–|-\s))"
        rf"|(?<=\d),\s*(?P<stopped>[A-Z]{{2,12}})\.(?=\s+\S))?"
        rf"\s*(?P<dash>--|—|–|[-_](?=\s|$)|:)?\s*"
    )


_DATELINE_MAX = 70
_ABBREVIATION_MAX = 4  # letters: "ST." or "FT." opening a place's name is an abbreviation


@dataclass(frozen=True)
class Dateline:
    """A dateline's place, agency credit and (month, day, year or None), and the text after it;
    region: the state or country after the place ("Woodside, California")."""

    place: str | None
    agency: str | None
    day: tuple[int, int, int | None] | None
    rest: str
    region: str | None = None


_FIGURES = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def _day(when: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a dateline's day, by name ("May 4") or in figures ("04.05.2024")."""
    if m := _FIGURES.match(when):
        day, month, year = map(int, m.groups())
        return (month, day, year) if 1 <= month <= 12 and 1 <= day <= 31 else None
    return month_day(when)


def _known_town(name: str) -> bool:
    """Whether a title-case place is a town the gazetteer knows ("Luanda", "Abu Dhabi"): a state
    agency's dateline, not a label ("Update -", "Opinion -")."""
    from ..actors.gazetteer import place  # knowledge only: the gazetteer's table of towns
    return place(name) is not None


def split_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening a paragraph, if any, with the text after it."""
    if lexicon().caption_label.match(paragraph):
        return None  # "Photo: ...", "Image: ..." label a caption; no place is called so
    m = _pattern().match(paragraph)
    if not m or not m.group(0).strip() or m.end() > _DATELINE_MAX:
        return None
    rest = paragraph[m.end() :]
    if not rest[:1].isupper() and rest[:1] not in "\"“'‘" and not rest[:1].isdigit():
        return None
    place, when, dash = m["place"], m["when"], m["dash"]
    if place and len(place.strip(".")) == 1:
        return None  # "Q:", "A:": a transcript's question and answer, no place
    if m["bare"] and not agency(m["bare"]):
        return None  # "Lima, Peru, Jane Roe --" credits no agency
    if m["stopped"] and not (when and place and place.isupper()):
        return None  # "LIMA, MAY 4, AGENCY. The ...": a capitals place, its day, the agency's name and a stop
    credit = m["agency"] or m["slashed"] or m["bare"] or m["stopped"]
    # "ASTANA. AGENCY –": the place, then its agency ("ST. PETERSBURG –" is one place).
    if place and not credit and place.isupper() and ". " in place and len(place.split(". ")[0]) >= _ABBREVIATION_MAX:
        place, credit = place.split(". ", 1)
    known = bool(credit and lexicon().agency_names.search(credit))
    if place is None:  # "June 16 (UPI) --", "(AP) --"
        ok = bool((when or known) and credit)
    elif re.search(r"[A-Z]{3}", place) and place == place.upper():  # "SEOUL", "NEW DELHI:"
        ok = bool(dash or credit)
    else:  # a place in title case needs more: "Paris, 26 October (dpa) -", "Espoo, Finland -", "Dubai:"
        words = place.split()
        ok = bool(len(words) <= 3 and (known or when) and (dash or credit))
        ok = ok or bool(m["region"] and dash and dash != ":")
        ok = ok or (len(words) <= 2 and dash == ":" and not re.search(r"[’']s\b", place))
        ok = ok or (len(words) <= 2 and dash in ("-", "–", "—", "--") and _known_town(place))  # "Luanda - The President .."
    if not ok:
        return None
    credited = None
    if credit:
        credit = re.split(r"\s+-\s+", credit)[0].strip()
        credited = agency(credit) or (credit if lexicon().agency_names.search(credit) else None)
    day = _day(when) if when else (month_day(m["agency"]) if m["agency"] else None)
    if place and when and not m["region"]:  # "MOSCOW. Oct 18": a stop parts the place from its day
        place = re.sub(rf"(?<=[^\W\d_]{{{_ABBREVIATION_MAX}}})\.$", "", place)  # ("D.C." keeps its stop)
    return Dateline(place.strip() if place else None, credited, day, rest, m["region"])
