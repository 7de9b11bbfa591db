"""Clean plain text scraped from a news page into an Article.

Page text comes as lines: furniture (menus, share buttons, feedback widgets), a headline,
a standfirst, a byline, date lines, photo captions (often doubled), the article proper
and trailing credits. Each line is classified with the general rules and the lexicon in
page.yaml; nothing here knows any particular site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from ..model import Article, RawDocument, content_id
from .dates import FoundDate, date_from_url, find_dates
from .lexicon import lexicon

_URL_LINE = re.compile(r"^\s*URL:\s*(\S+)\s*$", re.I)
_EDGE = " \t•·|>*_=~-–—:"
_BYLINE = re.compile(r"^\s*(?:by|written by|reporter:?|reported by)\s+(?P<who>.+?)\s*$", re.I)
_EMAIL_TAIL = re.compile(r"\s*[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?\s*$")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$|[\"”’]\s*$|\)\s*$")
_IMAGE_TITLE = re.compile(r"^(?P<head>.+?)\s+-\s+\d{1,2}$")
# "SEOUL, May 14 (Yonhap) --", "CARBIS BAY, England (AP) --", "WASHINGTON, D.C. --",
# "TOKYO, Japan, Oct. 6 (Kyodo) --": a place in capitals, then optionally a region or
# country ("England", "Calif.", "D.C.", "South Korea"), a day and an agency credit.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}))?"
    r"(?:,\s*(?P<when>[A-Z][a-z]+\.?\s+\d{1,2}))?\s*"
    r"(?:\((?P<agency>[^()]{2,40})\)\s*)?(?P<dash>--|—|–|:(?=\s))\s*"
)
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")


class CleaningError(ValueError):
    """The page holds no article text."""


@dataclass
class _Header:
    """What the lines before the article proper told us."""

    title: str | None = None
    dates: list[tuple[int, FoundDate]] = field(default_factory=list)  # (rank, date)
    byline: str | None = None
    source: str | None = None
    outlet: str | None = None


def _norm(line: str) -> str:
    return " ".join(line.strip(_EDGE).split()).lower()


_CRUMBS = re.compile(r"^(?:[^\s|›»>]+\s?){1,3}(?:\s*[|›»>]\s*(?:[^\s|›»>]+\s?){1,3}){1,6}$")


def _is_clutter(norm: str) -> bool:
    """True for a furniture line, given its _norm() form (breadcrumbs "Home | World | Asia" too)."""
    return not norm or not _LATIN_OR_DIGIT.search(norm) or norm in lexicon().clutter_lines or bool(_CRUMBS.match(norm))


_FURNITURE_AFTER_MARKER = frozenset(":([|/-–—.©ⓒ»›>#")


def _is_end_marker(norm: str) -> bool:
    """True for a furniture line (given its _norm() form) opening with an end marker
    ("Tags: ...", "Comments (3)").

    A prose paragraph that merely starts with a marker word ("Comments from Beijing on the
    plan were muted, ...") is not one: the marker must be the whole line, be followed by a
    label colon, a count or other punctuation, or open a short line.
    """
    lex = lexicon()
    m = lex.end_markers.match(norm)
    if not m:
        return False
    marker = m.group(0)
    if not marker[0].isalnum():  # "©", "(end)", "[end]": never the start of prose
        return True
    rest = norm[m.end() :]
    if rest[:1].isalnum() and marker[-1].isalnum():
        return False  # the marker is only the start of a longer word ("tagsmith")
    rest = rest.lstrip()
    if not rest or rest[0].isdigit() or rest[0] in _FURNITURE_AFTER_MARKER:
        return True
    return len(norm.split()) <= lex.end_marker_max_words


def _undouble(line: str) -> str | None:
    """The first half of a line that is one text written twice ("A A"), else None."""
    text = line.strip()
    n = len(text)
    if n // 2 + 2 <= 10:  # no cut in range can leave more than 10 characters before it
        return None
    probe = text[:5]
    if " " not in probe and text.find(probe, n // 2 - 2) < 0:
        return None  # the second half cannot start like the first (the common case, at C speed)
    for cut in range(n // 2 - 2, n // 2 + 3):
        if 10 < cut < n and text[:cut].strip() == text[cut:].strip():
            return text[:cut].strip()
    return None


def _has_caption_cue(line: str) -> bool:
    lower = line.lower()
    return any(c in lower for c in lexicon().caption_cues)  # substring tests beat a regex here


def _is_caption(line: str, before_body: bool) -> bool:
    credit = lexicon().credit_tail.search(line)
    if before_body:
        return bool(credit) or _has_caption_cue(line)
    # Inside the body a bare "(Yonhap)" can end a paragraph; a caption needs more.
    return bool(credit) and ("-" in credit.group(0) or "/" in credit.group(0) or _has_caption_cue(line))


def _agency(name: str) -> str | None:
    """The canonical agency credited by a name ("AP", "Yonhap News Agency", "Reuters Staff")."""
    lex = lexicon()
    key = name.strip(" ().").lower()
    found = lex.agencies.get(key)
    if found is None and (staff := lex.staff_tail.search(key)):
        found = lex.agencies.get(key[: staff.start()].strip(" ().,"))
    return found


def _outlet(name: str) -> str | None:
    """The outlet credited by a name ("The Korea Herald", "Korea Herald staff")."""
    lex = lexicon()
    key = name.strip(" ().").lower()
    if staff := lex.staff_tail.search(key):
        key = key[: staff.start()].strip(" ().,")
    found = lex.outlets.get(key) or lex.outlets.get(f"the {key}")
    return found[0] if found else None


def _take_credit(who: str, head: _Header) -> bool:
    """Record a "By ..." credit as a source (agency, outlet) or a byline; False if it is neither."""
    if agency := _agency(who):
        head.source = head.source or agency
    elif outlet := _outlet(who):
        head.outlet = head.outlet or outlet
    elif _is_person_name(who):
        head.byline = head.byline or who
    else:
        return False
    return True


def _is_person_name(text: str) -> bool:
    words = text.split()
    return 1 < len(words) <= 5 and all(_NAME_WORD.match(w) for w in words)


def _read_meta(line: str, head: _Header) -> bool:
    """Take dates, byline and credit from a header line; True if nothing else is on it."""
    lex = lexicon()
    rest = line
    for found in find_dates(line):
        before = line[: found.start]
        rank = 0 if lex.published_labels.search(before) else 2 if lex.updated_labels.search(before) else 1
        head.dates.append((rank, found))
        rest = rest.replace(line[found.start : found.end], " ")
    rest = lex.clutter_tokens.sub(" ", rest)
    by = re.search(r"\bby\s+(.+)$", rest, re.I)
    if by:
        who = _EMAIL_TAIL.sub("", by.group(1)).strip(" ,;")
        if not _take_credit(who, head):
            return False
        rest = rest[: by.start()]
    return not rest.strip(_EDGE + " ,;")


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 8 and bool(_SENTENCE_END.search(line))


def _split_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """(place, agency, rest) of a paragraph opening with a dateline like 'SEOUL, May 14 (Yonhap) --'."""
    m = _DATELINE.match(paragraph)
    if not m or not re.search(r"[A-Z]{3}", m.group("place")):
        return None, None, paragraph
    agency = _agency(m.group("agency") or "") if m.group("agency") else None
    return m.group("place").strip(), agency, paragraph[m.end() :]


def clean_scraped(raw: RawDocument) -> Article:
    """Clean a scraped plain-text page into an Article (raises CleaningError if no body)."""
    text = raw.content.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    lines = [ln.strip() for ln in text.split("\n")]
    url = raw.url
    first = next((i for i, ln in enumerate(lines) if ln), None)
    if first is not None and (m := _URL_LINE.match(lines[first])):
        url = url or m.group(1)
        lines[first] = ""

    lex = lexicon()
    head = _Header(title=raw.title.strip() if raw.title else None)
    given_title = head.title
    paragraphs: list[str] = []
    captions: list[str] = []
    title_norm = _norm(head.title) if head.title else None
    for line in lines:
        if not line:
            continue
        norm = _norm(line)
        in_body = bool(paragraphs)
        if in_body and _is_end_marker(norm):
            break
        if _is_clutter(norm):
            continue
        outlet = lex.outlets.get(norm)
        if outlet and not in_body:
            head.outlet = head.outlet or outlet[0]
            continue
        doubled = _undouble(line)
        if doubled is not None:
            if doubled not in captions:
                captions.append(doubled)
            continue
        if head.title and title_norm is None:
            title_norm = _norm(head.title)
        if title_norm and norm == title_norm:
            continue
        image = _IMAGE_TITLE.match(line)
        if image and title_norm and _norm(image.group("head")) == title_norm:
            continue
        if not in_body:
            if _read_meta(line, head):
                continue
            if _is_caption(line, before_body=True):
                captions.append(line)
                continue
            if not _is_prose(line):
                if head.title is None:
                    head.title = line
                continue  # a standfirst or section label before the article proper
        elif _is_caption(line, before_body=False):
            captions.append(line)
            continue
        paragraphs.append(line)

    # A trailing credit line ("By Lee Ji-yoon (jylee@...)") is not article text.
    while paragraphs and (m := _BYLINE.match(paragraphs[-1])) and len(paragraphs[-1].split()) <= 8:
        _take_credit(_EMAIL_TAIL.sub("", m.group("who")).strip(), head)
        paragraphs.pop()
    if not paragraphs:
        raise CleaningError("no article text found")

    place, agency, rest = _split_dateline(paragraphs[0])
    if place:
        paragraphs[0] = rest
    warnings = list(raw.warnings)
    published, precision, tz = _choose_published(raw, head, url, warnings)
    if head.title is None:
        warnings.append("no headline found")
    tail = re.search(r"\(([^()]{2,30})\)\s*$", paragraphs[-1])
    source = head.source or agency or head.outlet or (_agency(tail.group(1)) if tail else None)
    title = given_title or head.title
    return Article(
        id=content_id(title, "\n\n".join(paragraphs)),
        origin=raw.origin,
        title=title,
        paragraphs=paragraphs,
        url=url,
        published=published,
        published_precision=precision,
        timezone=tz,
        source=source,
        byline=head.byline,
        dateline=place,
        captions=captions,
        warnings=warnings,
    )


def _choose_published(
    raw: RawDocument, head: _Header, url: str | None, warnings: list[str]
) -> tuple[datetime | None, str | None, str | None]:
    """The publication time: given by the source, else the page's best date line, else the URL."""
    if raw.published:
        given = parse_published(raw.published)
        if given:
            return given.value, given.precision, given.timezone
        warnings.append(f"unreadable publication date {raw.published!r}")
    if head.dates:
        # Labelled "Published" first, then unlabelled, then "Updated"; the most precise
        # among those of the best rank, and a day-only line refined by a timed one.
        best_rank = min(rank for rank, _ in head.dates)
        ranked = [d for rank, d in head.dates if rank == best_rank]
        best = next((d for d in ranked if d.precision == "minute"), ranked[0])
        if best.precision == "day":
            same_day = [d for _, d in head.dates if d.precision == "minute" and d.value.date() == best.value.date()]
            best = same_day[0] if same_day else best
        return best.value, best.precision, best.timezone
    from_url = date_from_url(url)
    if from_url:
        warnings.append("publication date taken from the URL")
        return from_url, "day", None
    warnings.append("no publication date found")
    return None, None, None


def parse_published(value: str) -> FoundDate | None:
    """Read a publication date given as metadata (ISO 8601 or a printed date)."""
    value = value.strip()
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        found = find_dates(value)
        return found[0] if found else None
    offset = dt.utcoffset()
    tz = None
    if offset is not None:
        minutes = int(offset.total_seconds()) // 60
        tz = f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    precision = "minute" if ("T" in value or " " in value) else "day"
    return FoundDate(dt.replace(tzinfo=None), precision, 0, len(value), tz)
