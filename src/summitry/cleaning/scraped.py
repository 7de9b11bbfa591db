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
from urllib.parse import urlsplit

from ..model import Article, RawDocument, content_id
from . import lines as ln
from .closing import strip_closing
from .credits import agency, is_people, outlet
from .dateline import Dateline, split_dateline
from .dates import FoundDate, find_dates
from .headline import (
    SLUG_CERTAIN,
    choose_title,
    is_tagline,
    names_site,
    slug_score,
    strip_section,
    url_sections,
    url_slug,
)
from .lexicon import lexicon
from .published import Published, choose_published, parse_published

__all__ = ["CleaningError", "clean_scraped", "parse_published"]

_URL_LINE = re.compile(r"^\s*URL:\s*(\S+)\s*$", re.I)
_BYLINE = re.compile(r"^\s*(?:by|written by|reporter:?|reported by)\s+(?P<who>.+?)\s*$", re.I)
_EMAIL_TAIL = re.compile(r"\s*[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?\s*$")
_IMAGE_TITLE = re.compile(r"^(?P<head>.+?)\s+-\s+\d{1,2}$")
# A date stamp opening a line that goes on with other text ("date 2023-09-20 Talks resume").
_LEAD_STAMP = re.compile(
    r"^\s*(?P<stamp>(?:(?:date|published|posted|updated)\s*:?\s*)?(?:19|20)\d\d-\d\d(?:-\d\d)?"
    r"(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?)\s+(?P<rest>\S.*)$", re.I)
_MONTH_STAMP = re.compile(r"^(?:(?:date|published|posted)\s*:?\s*)?(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)$", re.I)
_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")
_WORD = re.compile(r"[\w'’.-]+")
_PLACE_WORD = re.compile(r"^[A-Z][a-zà-ÿ'’-]+$")  # one place name beside a date
_SAME_OPENING_WORDS = 4
_DATE_LINE_MAX = 100  # characters: a date line with its labels, time and byline
_CAPTION_MAX_WORDS = 15  # a line above a photographer's credit, no sentence, is its caption
_PROSE_LOOKAHEAD = 8  # lines: the article goes on when prose follows this closely
_DATELINE_WITHIN = 3  # paragraphs: a wire dateline this early opens the article proper
_GLUED_LABEL = re.compile(r"(?<=[a-z0-9])(?=(?:Updated|Published|Posted)\b)")


class CleaningError(ValueError):
    """The page holds no article text."""


@dataclass
class _Header:
    """What the lines before the article proper told us."""

    candidates: list[str] = field(default_factory=list)  # lines that may be the headline
    credited: bool = False  # a byline or date line came after the first candidate
    dates: list[tuple[int, FoundDate]] = field(default_factory=list)  # (rank, date)
    byline: str | None = None
    source: str | None = None
    outlet: str | None = None


def _take_credit(who: str, head: _Header) -> bool:
    """Record a "By ..." credit as a source (agency, outlet) or a byline; False if it is neither.

    "By Jane Roe, Reuters" and "By Jane Roe | AFP" give both.
    """
    parts = [p.strip() for p in re.split(r"\s*[,|/]\s*|\s+[-–—]\s+", who) if p.strip()]
    if len(parts) > 1 and (kept := _without_roles(parts)) != parts:
        return bool(kept) and _take_credit(", ".join(kept), head)
    if len(parts) == 2 and (agency(parts[1]) or outlet(parts[1])) and is_people(parts[0]):
        return _take_credit(parts[1], head) and _take_credit(parts[0], head)
    if found := agency(who):
        head.source = head.source or found
    elif found := outlet(who):
        head.outlet = head.outlet or found
    elif is_people(who):
        head.byline = head.byline or who
    else:
        return False
    return True


def _without_roles(parts: list[str]) -> list[str]:
    """A credit's parts without the reporter's role and what follows it ("Jane Roe - Reporter -
    Lima", "JANE ROE, Special Correspondent") and without social handles ("@janeroe")."""
    roles = lexicon().byline_roles
    kept: list[str] = []
    for part in parts:
        if part.lower() in roles:
            break
        if not part.startswith("@"):
            kept.append(part)
    return kept


def _is_section_label(part: str) -> bool:
    """True for a section label standing beside a date ("Politics 16:48, 5 October 2023")."""
    words = part.split()
    return 0 < len(words) <= 3 and not re.search(r"\w", lexicon().section_words.sub(" ", part))


def _leftover_is_empty(rest: str) -> bool:
    """True when what is left of a date line is only weekday names, time-zone abbreviations and signs."""
    lex = lexicon()
    for word in _WORD.findall(rest):
        bare = word.strip(".'’-")
        if (bare and bare.lower() not in lex.weekdays and not (bare.isupper() and len(bare) <= 4)
                and not (bare.isdigit() and len(bare) <= 2)):
            return False
    return True


def _read_meta(line: str, head: _Header) -> bool:
    """Take dates, byline and credit from a header line; True if it is a date or credit line.

    Dates are kept only from lines that hold nothing else (besides a byline), so a date in a
    caption or a sentence is never taken for the publication date.
    """
    lex = lexicon()
    if m := _MONTH_STAMP.match(line.strip()):
        if 1 <= int(m["m"]) <= 12:
            head.dates.append((3, FoundDate(datetime(int(m["y"]), int(m["m"]), 1), "month", 0, len(line))))
            return True
    found = find_dates(line)
    rest = line
    for date in found:
        rest = rest.replace(line[date.start : date.end], " ")
    labelled = any(lex.published_labels.search(line[: d.start]) or lex.updated_labels.search(line[: d.start])
                   for d in found)
    rest = lex.relative_time_any.sub(" ", lex.clutter_tokens.sub(" ", rest))
    by = re.search(r"\bby:?\s+(.+)$", rest, re.I)
    parts = [p.strip(ln.EDGE + " ,;") for p in re.split(r"\||\s/\s", rest[: by.start()] if by else rest)]
    names = []
    for part in parts:
        if _leftover_is_empty(part) or (len(parts) > 1 and len(part.split()) <= 4 and not is_people(part)):
            continue  # nothing, or a section label between bars ("| All, World")
        if found and (_is_section_label(part) or (len(parts) == 1 and _PLACE_WORD.match(part))):
            continue  # "Politics 16:48, 5 October 2023", "Lima, 14 June 2024, 18:20"
        if found and (agency(part) or outlet(part)):
            names.append(part)  # "Example Daily / 11:48 PM January 4, 2023"
            continue
        name = " ".join(w for w in part.split() if w.lower() not in lex.weekdays).strip(ln.EDGE + " ,;")
        if found and is_people(name):
            names.append(name)  # "Jane Roe Updated: Wednesday Jan 6, 2021"
        elif not (found and labelled and len(part.split()) <= 8 and ". " not in part):
            return False  # a caption or a sentence with a date in it; a desk credit before a label is fine
    if not found and not by:
        return False
    if by and not _take_credit(_EMAIL_TAIL.sub("", by.group(1)).strip(" ,;"), head):
        return False
    for name in names:
        _take_credit(name, head)
    for date in found:
        before = line[: date.start]
        rank = 0 if lex.published_labels.search(before) else 2 if lex.updated_labels.search(before) else 1
        head.dates.append((rank, date))
    return True


def _prepare(lines: list[str]) -> list[str]:
    """Lines with shortcodes removed, glued labels parted and leading date stamps split off."""
    lex = lexicon()
    out: list[str] = []
    for line in lines:
        line = ln.strip_shortcodes(line).strip()
        line = _GLUED_BY.sub("By ", line)
        line = _GLUED_LABEL.sub(" ", line) if ("Updated" in line or "Published" in line or "Posted" in line) else line
        if (m := _LEAD_STAMP.match(line)) and not _leftover_is_empty(lex.clutter_tokens.sub(" ", m["rest"])):
            out.extend([m["stamp"], m["rest"]])
        else:
            out.append(line)
    return out


def _repeats(line: str, other: str) -> bool:
    """True when another line repeats this one (a standfirst the lead or a caption restates)."""
    mine = ln.key(line).rstrip(".!?\"' ")
    return len(mine) >= 20 and mine in ln.key(other)


def _same_opening(line: str, other: str) -> bool:
    a, b = line.split(), other.split()
    n = _SAME_OPENING_WORDS
    return len(a) > n and len(b) > n and a[:n] == b[:n]


def _is_standfirst(line: str, following: str | None, head: _Header) -> bool:
    """True for a summary line above the article proper: it opens with a bare pronoun, or the
    next line repeats it, is a date line or byline, opens with a dateline, or re-introduces
    its subject in the same words."""
    if ln.opens_with_pronoun(line):
        return True
    return bool(following) and (
        _repeats(line, following)
        or (len(following) <= _DATE_LINE_MAX and _read_meta(following, _Header()))
        or (ln.is_prose(following) and split_dateline(following) is not None)
        or (bool(head.candidates) and len(line.split()) <= 30 and _same_opening(line, following)))


def _starts_body(line: str, following: str | None, head: _Header, slug: str | None) -> bool:
    """True when a header line is the first paragraph of the article proper."""
    if not ln.is_prose(line) or ln.is_bullet(line):
        return False
    if slug and not line.rstrip().endswith(".") and slug_score(line, slug) >= SLUG_CERTAIN:
        return False  # the headline, though it reads like a sentence
    return not _is_standfirst(line, following, head)


def _is_title_candidate(line: str, sections: set[str]) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 30 or line.rstrip().endswith(".") or is_people(line):
        return False
    letters = [c for c in line if c.isalpha()]
    if len(words) <= 4 and ((letters and all(c.isupper() for c in letters))
                            or lexicon().section_words.search(line)):
        return False  # a section label ("ASIA-PACIFIC", "World News: Canada")
    return len(words) > 4 or " ".join(re.findall(r"[a-z0-9]+", line.lower())) not in sections


def _next_text(lines: list[str], i: int) -> str | None:
    return next((x for x in lines[i + 1 :] if ln.norm(x) and not ln.is_clutter(ln.norm(x))), None)


def _drop_link_runs(paragraphs: list[str], min_run: int = 3) -> list[str]:
    """Paragraphs without runs of headline-like lines inside the body (lists of links)."""
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        j = i
        while j < len(paragraphs) and i > 0 and ln.is_headline_like(paragraphs[j]) and not ln.is_bullet(paragraphs[j]):
            j += 1
        if j - i >= min_run:
            i = j
            continue
        out.append(paragraphs[i])
        i += 1
    return out


def _from_dateline(paragraphs: list[str]) -> list[str]:
    """The body from its wire dateline on: where the first paragraphs have none and one of the
    next opens with an agency's dateline ("CITY, May 4 (Agency) --"), those were a standfirst
    or a caption above the article proper."""
    if not paragraphs or split_dateline(paragraphs[0]):
        return paragraphs
    for k in range(1, min(_DATELINE_WITHIN, len(paragraphs))):
        d = split_dateline(paragraphs[k])
        if d and (d.agency or (d.place and d.place.isupper() and d.day)):
            return paragraphs[k:]
    return paragraphs


@dataclass
class _Page:
    """The state of one page while its lines are read, top to bottom."""

    lines: list[str]
    url: str | None
    given_title: str | None
    head: _Header = field(default_factory=_Header)
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)  # headline lines met, as key()s
    in_links: bool = False  # inside a "Read more:" list of links
    under_masthead: bool = False  # the last line read named the site

    def __post_init__(self) -> None:
        self.slug, self.sections = url_slug(self.url), url_sections(self.url)
        if self.given_title:
            self.seen.add(ln.key(self.given_title))

    def read(self) -> None:
        """Sort every line into header, body, captions or furniture; stop at the end of the article."""
        lex = lexicon()
        for i, line in enumerate(self.lines):
            if not line:
                continue
            n = ln.norm(line)
            in_body = bool(self.paragraphs)
            if in_body and ln.is_photo_copyright(line) and self._prose_follows(i):
                self._photo_credit(line)
                continue
            if in_body and ln.is_end_marker(n):
                if m := re.match(r"^sources?\s*:\s*(.{2,40})$", line, re.I):
                    self.head.source = self.head.source or m.group(1).strip()
                return
            if ln.is_link_list_marker(n):
                self.in_links = in_body
                continue
            if self.in_links:
                if ln.is_headline_like(line):
                    continue
                self.in_links = False
            if ln.is_clutter(n):
                continue
            named = lex.outlets.get(n)
            if named and not in_body:
                self.head.outlet = self.head.outlet or named[0]
                continue
            under_masthead, self.under_masthead = self.under_masthead, False
            if not in_body and not agency(n) and (names_site(line, self.url) or (under_masthead and is_tagline(line))):
                self.under_masthead = True  # the site's name and its tagline are no headline
                continue
            doubled = ln.undouble(line)
            if doubled is not None:
                if doubled not in self.captions:
                    self.captions.append(doubled)
                continue
            image = _IMAGE_TITLE.match(line)
            if ln.key(line) in self.seen or (image and ln.key(image.group("head")) in self.seen):
                continue
            if in_body:
                self._body_line(line, n, i)
            else:
                self._header_line(line, n, i)

    def _prose_follows(self, i: int) -> bool:
        """True when the article goes on closely below line i."""
        return any(ln.is_prose(x) for x in self.lines[i + 1 : i + 1 + _PROSE_LOOKAHEAD])

    def _photo_credit(self, line: str) -> None:
        """A photographer's credit inside the body ("© Jane Roe/AGENCY"); the short line above
        it that is no sentence is the caption it credits."""
        last = self.paragraphs[-1]
        if not ln.is_sentence(last) and len(last.split()) <= _CAPTION_MAX_WORDS:
            self.captions.append(self.paragraphs.pop())
        self.captions.append(line)

    def _reopen_header(self, i: int) -> None:
        """A date line under the first paragraph, with the article still to come: what was taken
        for the body was a standfirst, a caption, a byline or a place line above the article."""
        prose = [p for p in self.paragraphs if ln.is_prose(p) and not ln.is_caption(p, before_body=True)]
        if len(prose) > 1 or not self._prose_follows(i):
            return
        for paragraph in self.paragraphs:
            if m := _BYLINE.match(paragraph):
                _take_credit(_EMAIL_TAIL.sub("", m.group("who")).strip(), self.head)
            elif is_people(paragraph):
                self.head.byline = self.head.byline or paragraph
            elif ln.is_caption(paragraph, before_body=True):
                self.captions.append(paragraph)
        self.paragraphs = []

    def _body_line(self, line: str, n: str, i: int) -> None:
        head = self.head
        if credited := agency(n):  # "— Reuters" under the last paragraph
            head.source = head.source or credited
        elif len(line) <= _DATE_LINE_MAX and find_dates(line) and _read_meta(line, head):
            self._reopen_header(i)  # else "Published - March 24, 2023 10:15 pm IST" under the article
        elif ln.is_post_signature(line):
            while len(self.paragraphs) > 1 and ln.is_post_lead_in(self.paragraphs[-1]):
                self.paragraphs.pop()
        elif ln.is_caption(line, before_body=False):
            if line not in self.captions:
                self.captions.append(line)
        elif not (ln.is_credit_line(line) or ln.is_promo(line)) and (line := ln.strip_tail_furniture(line)):
            self.paragraphs.append(line)

    def _header_line(self, line: str, n: str, i: int) -> None:
        head = self.head
        if ln.is_sentence(line) and ln.is_promo(line):  # "This article's audio is made by text-to-speech."
            return  # (a headline "... — in pictures" is no sentence)
        if _read_meta(line, head):
            head.credited = head.credited or bool(head.candidates)
            return
        following = _next_text(self.lines, i)
        if credited := agency(n):  # "KYODO NEWS" on a line of its own
            head.source = head.source or credited
        elif (ln.is_caption(line, before_body=True) or ln.is_credit_line(line)
              or (following and (ln.is_sentence(line) or head.candidates) and ln.is_credit_line(following))):
            self.captions.append(line)
        elif _starts_body(line, following, head, self.slug):
            self.paragraphs.append(ln.strip_tail_furniture(line))
        elif ln.is_prose(line) and _is_standfirst(line, following, head):
            pass  # a standfirst is neither headline nor body
        elif _is_title_candidate(candidate := strip_section(line), self.sections) and not ln.is_bullet(line):
            head.candidates.append(candidate)
            self.seen.add(ln.key(candidate))
        elif is_people(line) and head.byline is None and head.candidates:
            head.byline, head.credited = line, True


def clean_scraped(raw: RawDocument) -> Article:
    """Clean a scraped plain-text page into an Article (raises CleaningError if no body)."""
    text = raw.content.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    lines = [x.strip() for x in text.split("\n")]
    url = raw.url
    first = next((i for i, x in enumerate(lines) if x), None)
    if first is not None and (m := _URL_LINE.match(lines[first])):
        url = url or m.group(1)
        lines[first] = ""
    given_title = raw.title.strip() if raw.title else None
    page = _Page(_prepare(lines), url, given_title)
    page.read()
    head, paragraphs = page.head, page.paragraphs

    # Closing credits, slug tags and sign-offs, then a trailing credit line ("By Lee Ji-yoon
    # (jylee@...)"), are not article text.
    paragraphs = strip_closing(paragraphs)
    while paragraphs and (m := _BYLINE.match(paragraphs[-1])) and len(paragraphs[-1].split()) <= 8:
        _take_credit(_EMAIL_TAIL.sub("", m.group("who")).strip(), head)
        paragraphs.pop()
    paragraphs = _from_dateline(_drop_link_runs(paragraphs))
    if not paragraphs:
        raise CleaningError("no article text found")

    dateline = split_dateline(paragraphs[0])
    if dateline:
        paragraphs[0] = dateline.rest
    warnings = list(raw.warnings)
    published = _published(raw, head, dateline, url, paragraphs, warnings)
    title = given_title or choose_title(head.candidates, url, head.credited)
    if title is None:
        warnings.append("no headline found")
    tail = re.search(r"\(([^()]{2,30})\)\s*$", paragraphs[-1])
    source = (head.source or (dateline.agency if dateline else None) or head.outlet
              or (agency(tail.group(1)) if tail else None) or _host(url))
    return Article(
        id=content_id(title, "\n\n".join(paragraphs)),
        origin=raw.origin,
        title=title,
        paragraphs=paragraphs,
        url=url,
        published=published.value,
        published_precision=published.precision,
        timezone=published.timezone,
        source=source,
        byline=head.byline,
        dateline=", ".join(filter(None, (dateline.place, dateline.region))) if dateline else None,
        dateline_day=_yearless(dateline) if published.value is None else None,
        captions=page.captions,
        warnings=warnings,
    )


def _yearless(dateline: Dateline | None) -> str | None:
    """"SOCHI, September 4. /TASS/" with no year anywhere: the day as XXXX-09-04."""
    if dateline is None or dateline.day is None:
        return None
    mon, day, _ = dateline.day
    return f"XXXX-{mon:02d}-{day:02d}"


def _host(url: str | None) -> str | None:
    """The site a page came from, as a last credit ("example.com" for https://www.example.com/...)."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return re.sub(r"^(?:www\d?|amp|m|mobile|english|en)\.", "", host) or None


def _published(raw: RawDocument, head: _Header, dateline: Dateline | None, url: str | None,
               paragraphs: list[str], warnings: list[str]) -> Published:
    """The publication time: given by the source, else read from the page."""
    if raw.published:
        given = parse_published(raw.published)
        if given:
            return Published(given.value, given.precision, given.timezone)
        warnings.append(f"unreadable publication date {raw.published!r}")
    return choose_published(head.dates, dateline.day if dateline else None, url, paragraphs, warnings)
