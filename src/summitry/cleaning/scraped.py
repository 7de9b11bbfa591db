"""Clean plain text scraped from a news page into an Article.

Page text comes as lines: furniture (menus, share buttons, feedback widgets), a headline,
a standfirst, a byline, date lines, photo captions (often doubled), the article proper
and trailing credits. Each line is classified with the general rules and the lexicon in
page.yaml; nothing here knows any particular site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..model import Article, RawDocument, content_id
from . import lines as ln
from .closing import strip_closing
from .credits import agency, is_people
from .dateline import Dateline, split_dateline
from .dates import FoundDate, filing_stamp, find_dates, find_yearless, is_bare_time, local_time_stamp, month_day
from .headline import (
    SLUG_CERTAIN,
    choose_title,
    copyright_owner,
    copyright_span_end,
    copyright_year,
    is_institution,
    is_tagline,
    lists_offer,
    names_owner,
    names_site,
    slug_score,
    strip_section,
    url_sections,
    url_slug,
)
from .lexicon import lexicon
from .meta import BYLINE, EMAIL_TAIL, Header, leftover_is_empty, read_meta, take_credit
from .published import Published, choose_published, parse_published

__all__ = ["CleaningError", "clean_scraped", "parse_published"]

_URL_LINE = re.compile(r"^\s*URL:\s*(\S+)\s*$", re.I)
_IMAGE_TITLE = re.compile(r"^(?P<head>.+?)\s+-\s+\d{1,2}$")
# A date stamp opening a line that goes on with other text ("date 2023-09-20 Talks resume").
_LEAD_STAMP = re.compile(
    r"^\s*(?P<stamp>(?:(?:date|published|posted|updated)\s*:?\s*)?(?:19|20)\d\d-\d\d(?:-\d\d)?"
    r"(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?)\s+(?P<rest>\S.*)$", re.I)
_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")
_ELLIPSIS = re.compile(r"^\s*[\[(]?\s*(?:\.\s*){3,}\s*[\])]?\s*$|^\s*[\[(]?\s*…\s*[\])]?\s*$")
_HEADING_MAX_WORDS = 10  # a subheading's words
_NAME_WORDS = frozenset({"of", "the", "and", "for", "on", "in"})  # the small words of an institution's name
_SAME_OPENING_WORDS = 4
# Two paragraphs opening with this many words alike name the same people twice in full: the first, under
# the headline, is the photo's caption or the standfirst, however long the names make it.
_LONG_SAME_OPENING_WORDS = 10
_DATE_LINE_MAX = 100  # characters: a date line with its labels, time and byline
_BYLINE_MAX_WORDS = 8
_CAPTION_MAX_WORDS = 15  # a line above a photographer's credit, no sentence, is its caption
_PROSE_LOOKAHEAD = 8  # lines: the article goes on when prose follows this closely
# An office's or photo agency's initials alone on a line, crediting a photo ("PCO").
_INITIALS_CREDIT = re.compile(r"^[A-Z]{2,6}$")
_DATELINE_WITHIN = 3  # paragraphs: a wire dateline this early opens the article proper
_BRACKETED_HEADLINE_WORDS = 20
_LONG_HEADLINE_WORDS = 30
_DATED_HEADLINE_WORDS = 40  # a ministry's headline over its date line may run longer
_RESTATED_MIN_WORDS = 5  # content words (over three letters) of a headline a lead restates ...
_RESTATED_SHARE = 0.7  # ... and the share of them the lead holds
_FOOTER_RANK = 4  # a date line below the article ranks below every date line above it ...
_FOOTER_PUBLISHED_RANK = 1  # ... but one labelled "Published" ranks with an unlabelled one, above "Updated"
# A label glued to the date line before it: "... 9:14 AM UTCUpdated", "5 May 2024Published".
_GLUED_LABEL = re.compile(r"(?<=[A-Za-z0-9])(?=(?:Updated|Published|Posted)\b)")


# The parts of a headline after its label: "Label: part one; part two".
_HEADLINE_PARTS = re.compile(r"\s*[:;]\s+")
_HEADLINE_PART_WORDS = 3


class CleaningError(ValueError):
    """The page holds no article text."""


_LINKED_HEADLINE_WORDS = 16
_STANDFIRST_MAX_WORDS = 30  # one sentence summing up the story


def _day_only(line: str) -> bool:
    """True for a short line giving a day without a time ("Saturday, 04 Feb 2023")."""
    found = find_dates(line) if len(line) <= _DATE_LINE_MAX else []
    return bool(found) and all(d.precision == "day" for d in found)


def _last_text(out: list[str]) -> int | None:
    return next((k for k in range(len(out) - 1, -1, -1) if out[k]), None)


def _bare_dateline(line: str) -> bool:
    """True for a line that is only a wire dateline naming its agency or its day, closed by a dash
    ("CITY, May 4, 2024, AGENCY --"): the opening of the paragraph printed under it."""
    d = split_dateline(line)
    return d is not None and not d.rest.strip() and bool(d.agency or d.day) and bool(_DATELINE_DASH.search(line))


_DATELINE_DASH = re.compile(r"(?:--|—|–|-)\s*$")


# A place and a time of day on one line, parted by a sign: "Lima • 16:40", "Lima | 4:40 PM".
_PLACE_AND_TIME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*[•·|–—-]\s*(?P<time>\d.*)$")


def _placed_time(line: str) -> str:
    """The time of a line that gives only the place the page was filed from and a time of day ("Lima •
    16:40" -> "16:40"), which dates the day line beside it; any other line as it is."""
    m = _PLACE_AND_TIME.match(line)
    return m["time"] if m and is_bare_time(m["time"]) else line


def _prepare(lines: list[str]) -> list[str]:
    """Lines with shortcodes removed (not a link's label), glued labels parted and leading date
    stamps split off; a time standing alone under or over a day ("Saturday, 04 Feb 2023" / "4:12 AM")
    joins it."""
    lex = lexicon()
    out: list[str] = []
    for line in lines:
        # "[Related] Other story" is a link, though "related" is also a shortcode's name
        line = line.strip() if ln.is_bracketed_link(line) else ln.strip_shortcodes(line).strip()
        line = _GLUED_BY.sub("By ", line)
        line = _GLUED_LABEL.sub(" ", line) if ("Updated" in line or "Published" in line or "Posted" in line) else line
        k = _last_text(out)
        if k is not None and is_bare_time(placed := _placed_time(line)) and _day_only(out[k]):
            out[k] = f"{out[k]} {placed}"
        elif k is not None and is_bare_time(out[k]) and _day_only(line):
            out[k] = f"{line} {out[k]}"
        elif k is not None and is_bare_time(placed := _placed_time(out[k])) and placed != out[k] and _day_only(line):
            out[k] = f"{line} {placed}"
        elif k is not None and _bare_dateline(out[k]) and ln.is_prose(line):
            out[k] = f"{out[k]} {line}"  # a wire's dateline on a line of its own opens the paragraph under it
        elif (m := _LEAD_STAMP.match(line)) and not leftover_is_empty(lex.clutter_tokens.sub(" ", m["rest"])):
            out.extend([m["stamp"], m["rest"]])
        else:
            out.append(line)
    return out


def _repeats(line: str, other: str) -> bool:
    """True when another line repeats this one (a standfirst the lead or a caption restates)."""
    mine = ln.key(line).rstrip(".!?\"' ")
    return len(mine) >= 20 and mine in ln.key(other)


def _shared_opening(line: str, other: str) -> int:
    """How many words two lines open with alike."""
    n = 0
    for a, b in zip(line.split(), other.split()):
        if a != b:
            break
        n += 1
    return n


def _same_opening(line: str, other: str) -> bool:
    """True when two lines open with the same words (a comma after a word is no other word: "Jane Roe,
    who ..." opens as "Jane Roe and ..." does)."""
    a, b = [w.rstrip(",;") for w in line.split()], [w.rstrip(",;") for w in other.split()]
    n = _SAME_OPENING_WORDS
    return len(a) > n and len(b) > n and a[:n] == b[:n]


# A link to one other story inside the body, the marker and the headline on one line ("ALSO READ | Other story").
_ONE_LINK = re.compile(r"^[^|:]{2,20}\s*[|:]\s*\S.{8,}$")
# A live entry's time stamp opening a line: "7:10 pm", "18:40 - Leaders arrive".
_ENTRY_TIME = re.compile(r"^\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?!\w)", re.I)
# A live entry's time stamp and heading on one line: "16:05 | Talks resume", "9.30am - Leaders arrive".
_ENTRY_HEADING = re.compile(r"^\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\s*[|–—-]\s*[^\W\d][^.!?]{2,80}$", re.I)


def _credit_marked(line: str) -> str | None:
    """Who a credit line names after its marker ("Written by: Jane Roe", "Reporting by AGENCY"), or None
    for a line opening with no credit marker."""
    text = line.strip()
    m = lexicon().credit_markers.match(text.lower())
    return text[m.end() :].strip(" :-–—") if m else None


def _wire_dateline(line: str) -> bool:
    """True for a line opening with a dateline that names its agency or day ("CITY. AGENCY - ...",
    "CITY, May 4 - ..."); a bare "FILE - " or "CITY - " may open a caption or a standfirst too."""
    d = split_dateline(line)
    return d is not None and bool(d.agency or d.day)


def _dated_dispatch(line: str) -> bool:
    """True for a paragraph opening with a bare dateline ("CITY - ...", "Luanda - ..."), that tells
    its day ("... on Tuesday"): the lead of a dispatch. (A caption may open "FILE - ", and a standfirst
    sums up the story without a dateline.)"""
    d = split_dateline(line)
    return (d is not None and bool(d.place) and len(d.place) > 1  # ("Luanda - ...": a known town in title case too)
            and d.place.lower() not in lexicon().caption_dateline_words
            and ln.is_prose(d.rest) and _names_a_day(d.rest))


def _is_standfirst(line: str, following: str | None, head: Header) -> bool:
    """True for a summary line above the article proper: it opens with a bare pronoun, or the
    next line repeats it, is a date line or byline (under a headline, a writer's name alone under a
    sentence closed by its full stop: a headline has no stop), opens with a dateline, or re-introduces
    its subject in the same words. A line opening with an agency's or a dated dateline is the lead, and
    so is one opening with a place's dateline that tells its day."""
    if _wire_dateline(line) or _dated_dispatch(line):
        return False
    if ln.opens_with_pronoun(line) or _repeats_headline_label(line, head):
        return True
    return bool(following) and (
        _repeats(line, following)
        or (len(following) <= _DATE_LINE_MAX and read_meta(following, Header()))
        or (bool(head.candidates) and head.byline is None and line.rstrip().endswith(".") and is_people(following))
        or (ln.is_prose(following) and split_dateline(following) is not None)
        or (bool(head.candidates) and len(line.split()) <= 30 and _same_opening(line, following))
        or (bool(head.candidates) and _shared_opening(line, following) >= _LONG_SAME_OPENING_WORDS))


# Initials closing a line with their stops ("... over U.S.", "... at the U.N."): the last stop is theirs.
_CLOSING_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$|(?<![\w.])[ap]\.m\.$")


def _closing_day_short_form(text: str) -> bool:
    """True for a line closing on a weekday's or a month's short form and its stop ("... from Wed.",
    "... until Sept."): the stop is the short form's; a full name ("May") may end a sentence."""
    m = re.search(r"(?<![\w.])([A-Za-z]{3,5})\.$", text)
    if not m:
        return False
    lex, word = lexicon(), m.group(1).lower()
    return (word in lex.weekdays or word in lex.months) and word not in lex.day_full_names


def _is_meta_line(line: str | None) -> bool:
    return bool(line) and len(line) <= _DATE_LINE_MAX and read_meta(line, Header())


def _headline_on_initials(line: str, following: str | None, head: Header, after: str | None = None) -> bool:
    """True for the first line that can be a headline, closing on initials with their stops ("Envoy
    calls off trip after drone seen over U.K.", "... to begin at 9 a.m.") or on a weekday's or a month's
    short form ("... from Wed."), right over a byline or a date
    line, or over a standfirst right over one: the last stop is the abbreviation's, no sentence's end,
    and the line the page credits with a byline or a date is its headline (a standfirst stands under a
    headline, not in its place)."""
    text = line.rstrip()
    if head.candidates or not following or _wire_dateline(text) \
            or not (_CLOSING_INITIALS.search(text) or _closing_day_short_form(text)):
        return False
    return (ln.is_headline_like(text[:-1], _QUOTED_HEADLINE_WORDS) and not _inner_sentence(text)
            and (_is_meta_line(following) or (ln.is_prose(following) and _is_meta_line(after))))


_HEADLINE_LABEL = re.compile(r"^(?P<label>[^:.!?]{3,60}?)\s*:\s+\S")
_LABEL_MIN_WORDS = 3


def _repeats_headline_label(line: str, head: Header) -> bool:
    """True for a paragraph under the headline that opens with the headline's own label and its colon
    ("Talks Live: Leaders met ..." under "Talks Live Updates: Leaders meet, ..."): the page's summary,
    tagged as its headline is, over the article; a lead opens with its own words or its dateline."""
    m = _HEADLINE_LABEL.match(line)
    if not head.candidates or not m:
        return False
    label = ln.key(m["label"]).split()
    if len(label) < _LABEL_MIN_WORDS:
        return False
    for c in head.candidates:
        h = _HEADLINE_LABEL.match(c)
        if h and ln.key(h["label"]).split()[: len(label)] == label:
            return True
    return False


def _reads_as_slug(line: str, slug: str | None) -> bool:
    """True for a line without a full stop that reads as the URL's slug: the headline, though it may
    end as a sentence does ("Talks in Lima: breakthrough or photo-op?")."""
    return bool(slug) and not line.rstrip().endswith(".") and slug_score(line, slug) >= SLUG_CERTAIN


def _starts_body(line: str, following: str | None, head: Header, slug: str | None) -> bool:
    """True when a header line is the first paragraph of the article proper."""
    if not ln.is_prose(line) or ln.is_bullet(line) or _reads_as_slug(line, slug) or _closes_on_quoted_phrase(line):
        return False  # (the headline, though it reads like a sentence)
    return not _is_standfirst(line, following, head)


_QUOTED_CLOSE = re.compile(r"(?<=\s)[\"“‘'](?P<phrase>[^\"“”‘’']{1,60})[\"”’']\s*$")
_QUOTED_PHRASE_WORDS = 6


def _closes_on_quoted_phrase(line: str) -> bool:
    """True for a line with no stop in it that ends on a short phrase in quotation marks (his "peace
    mission"): a headline, though the closing quote mark looks like a sentence's end; a paragraph closes
    its sentence with a stop, the quote mark after it."""
    m = _QUOTED_CLOSE.search(line.strip())
    return (bool(m) and len(m["phrase"].split()) <= _QUOTED_PHRASE_WORDS and m.start() > 0
            and m["phrase"].rstrip()[-1:] not in ".!?,;:"
            and not re.search(r"[.!?;]", line.strip()[: m.start()]))


_SALUTATION_MIN_WORDS = 3


def _opens_speech(line: str, following: str | None) -> bool:
    """True for a line ending with a comma over a paragraph of prose: the salutation that opens a
    speech or a letter ("Speaker: Dear colleagues, friends,"), which no headline ends with; a shorter
    line does when it opens as salutations do ("Good evening,", "Excellencies,")."""
    words = len(line.split())
    return (line.rstrip().endswith(",") and bool(following)
            and (words >= _SALUTATION_MIN_WORDS or bool(lexicon().salutation.match(line.strip())))
            and ln.is_prose(following) and not ln.is_caption(following, before_body=True))


_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _live_appeal(line: str) -> bool:
    """True for a line that opens with a call to follow the live coverage ("Follow our live coverage of
    the talks.") or closes on one ("Leaders arrived in Lima on Saturday. Follow our live coverage."): the
    summary of a live page, over its first entry."""
    appeal = lexicon().live_appeal
    return bool(appeal.match(line) or appeal.match(_LAST_SENTENCE.split(line.strip())[-1]))


def _summary_label(line: str) -> bool:
    """True for the label of a box of bullet points ("Key points", "In Summary:")."""
    return ln.norm(line) in lexicon().summary_labels


_LABEL_COLON = re.compile(r"^\W*(?P<label>[^:.!?]{2,25}?)\s*:\s*\S")


def _labelled_summary(line: str) -> bool:
    """True for a line under the headline opening with a summary's label and its colon ("Summary: Leaders
    are expected ...", "In Summary: ..."): the standfirst, labelled as such, not the article's first words."""
    m = _LABEL_COLON.match(line)
    return bool(m) and ln.norm(m["label"]) in lexicon().summary_labels


_LIST_INTRO_MIN_WORDS = 4


def _introduces_list(line: str, following: str | None, head: Header) -> bool:
    """True for a line under the headline that ends with a colon over a bulleted list ("These are
    the main points of the day:" / "- ..."): the text's own first words introducing its list. A label
    of a few words ("Key points:", "The Latest") heads a summary box instead."""
    return (bool(head.candidates) and line.rstrip().endswith(":") and len(line.split()) >= _LIST_INTRO_MIN_WORDS
            and line[:1].isupper() and bool(following) and ln.is_bullet(following) and not _summary_label(line))


def _restates(line: str, other: str) -> bool:
    """True when another line holds most of this line's content words (a lead restating its headline)."""
    mine = {w for w in re.findall(r"[a-z0-9]+", ln.key(line)) if len(w) > 3}
    theirs = set(re.findall(r"[a-z0-9]+", ln.key(other)))
    return len(mine) >= _RESTATED_MIN_WORDS and len(mine & theirs) >= _RESTATED_SHARE * len(mine)


def _long_headline(line: str, following: str | None, head: Header) -> bool:
    """The first headline-like line (past a banner naming an institution) that ends with a bracket
    ("Visit of the Foreign Minister (4-6 June 2024)") or with no full stop at all (a ministry's long
    headline), over a date line or over a lead that restates it in other words: the headline, though
    its bracket or length make it read like prose. (A lead repeating it word for word makes it a
    standfirst.) Over a date line it may run to 40 words."""
    if any(not is_institution(c) for c in head.candidates) or not following:
        return False
    words = len(line.split())
    dated = len(following) <= _DATE_LINE_MAX and bool(read_meta(following, Header()))
    bracketed = line.rstrip().endswith(")") and words <= _BRACKETED_HEADLINE_WORDS
    unstopped = not ln.is_sentence(line) and words <= (_DATED_HEADLINE_WORDS if dated else _LONG_HEADLINE_WORDS)
    if not (bracketed or unstopped):
        return False
    return dated or (unstopped and _restates(line, following) and not _repeats(line, following))


# A headline closing on a quotation with no stop of its own ('Leaders agree: "We will meet again"');
# prose closes its quotations with a full stop, inside the marks or after them.
_QUOTED_HEADLINE = re.compile(r"[\w%]\s*[\"”’']\s*$")
_QUOTED_HEADLINE_WORDS = 20


def _quoted_deck(line: str, following: str | None, head: Header) -> bool:
    """True for a line under the headline, over the article's prose, that closes on a quotation with no
    stop of its own ('Minister: "we will meet again"'): a pull quote standing as the standfirst, since
    prose closes its quotations with a full stop."""
    return (bool(head.candidates) and len(line.split()) <= _QUOTED_HEADLINE_WORDS and bool(_QUOTED_HEADLINE.search(line))
            and not ln.is_sentence(line.rstrip().rstrip("\"”’'")) and following is not None and ln.is_prose(following)
            and not _wire_dateline(line))


def _quoted_headline(line: str, head: Header) -> bool:
    """True for the first headline-like line that ends on a quotation without a full stop, though its
    closing quotation mark makes it read like a sentence."""
    return (not head.candidates and len(line.split()) <= _QUOTED_HEADLINE_WORDS and bool(_QUOTED_HEADLINE.search(line))
            and not ln.is_sentence(line.rstrip().rstrip("\"”’'")) and ln.is_headline_like(line, _QUOTED_HEADLINE_WORDS))


_BANNER_PARTS = re.compile(r"\s+[-–—|:]\s+")
_BANNER_NAME_WORDS = 5


def _labelled_banner(line: str) -> bool:
    """A banner naming who issued the page, then what kind of page it is ("Example Commission - Press
    release", "Ministry of Example | Statements"): a name and a section label, no headline. (A label
    opening a headline, "Analysis: Why ...", "LIVE | ...", is the headline's own.)"""
    parts = _BANNER_PARTS.split(line.strip())
    if len(parts) != 2 or len(parts[0].split()) > _BANNER_NAME_WORDS:
        return False
    name, label = parts
    return (not re.search(r"\w", lexicon().section_words.sub(" ", label))
            and label.lower() not in lexicon().headline_tags
            and all(w[0].isupper() or w.lower() in _NAME_WORDS for w in name.split()))


# A photo's credit in brackets closing a caption that is no sentence: "... at the palace, in Lima (Example Office)".
_BRACKET_CREDIT = re.compile(r"(?<![.!?])\s+\((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|of|the|and)){0,4}\)\s*$")
_BRACKET_CAPTION_WORDS = 25


def _bracket_credited(line: str) -> bool:
    """True for a caption credited in brackets to a name the lexicon may not know ("The two ministers
    at the palace, in Lima (Example Office)"): no sentence before the bracket, no dateline, and short.
    Taken as a caption under a headline and its date line or byline, or beside a standfirst."""
    m = _BRACKET_CREDIT.search(line)
    return (bool(m) and len(line.split()) <= _BRACKET_CAPTION_WORDS and split_dateline(line) is None
            and not ln.is_sentence(line[: m.start()]) and not _inner_sentence(line[: m.start()]))


# A name in brackets closing a line after its full stop: "... at the palace. (Example Agency)".
_STOP_CREDIT = re.compile(r"(?<=[.!?])\s+\((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|of|the|and)){0,4}\)\s*$")


def _stop_credited(line: str, following: str | None) -> bool:
    """True for one short sentence closing on a name in brackets ("The two ministers at the palace.
    (Example Office)") with the article's prose going on under it: a credit in brackets closes a caption
    or a whole article, never a first paragraph with more to come."""
    m = _STOP_CREDIT.search(line)
    return (bool(m) and len(line.split()) <= _BRACKET_CAPTION_WORDS and split_dateline(line) is None
            and not _inner_sentence(line[: m.start()]) and following is not None and ln.is_prose(following)
            and not ln.is_end_marker(ln.norm(following)))


def _closes_on_attribution(line: str) -> bool:
    """True for a sentence closing on who said it after a comma ("..., the ministry announced.", "..., said
    the spokesman."): news reported from a source, as a lead tells it; a caption tells what its photo
    shows and cites no one."""
    verbs = lexicon().reporting_verbs.pattern
    return bool(re.search(rf",\s+(?:[^,.!?]{{2,60}}?\s+{verbs}|{verbs}\s+[^,.!?]{{2,60}}?)\.[\"”’]?\s*$", line.strip()))


def _inner_sentence(text: str) -> bool:
    return bool(re.search(r"[a-z]{2}[.!?]\s+[A-Z]", text))


def _stamp_and_heading(stamp: str, heading: str | None) -> bool:
    """True for a live entry's opening: a date line with its time ("May 3, 2024 9:40 PM"), then a
    heading that is no sentence."""
    return (len(stamp) <= _DATE_LINE_MAX and any(d.precision == "minute" for d in find_dates(stamp))
            and heading is not None and ln.is_headline_like(heading) and not find_dates(heading))


_PLACE_LINE_WORDS = 3


def _names_a_day(text: str) -> bool:
    """True for a text that tells when: a weekday, a date, a month and day, or a word naming a day."""
    return bool(lexicon().lead_day.search(text) or find_dates(text) or month_day(text))


# The words a lead may open with before naming its day ("On Tuesday, ...", "Late on Monday, ...").
_DAY_OPENING = re.compile(r"^(?:(?:early|late)\s+)?(?:on\s+)?", re.I)


def _opens_with_day(line: str) -> bool:
    """True for a paragraph opening with its day and a comma ("On Tuesday, ...", "Late on Monday, ...")."""
    rest = line[_DAY_OPENING.match(line).end() :]
    m = lexicon().lead_day.match(rest)
    return bool(m) and rest[m.end() :].startswith(",")


# A place's name and a colon alone on a line ("Lima:", "New Delhi:"): a dateline over the article.
_PLACE_COLON = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}:$")


def _place_line(line: str) -> bool:
    """True for a short line that only names a place: capitalised words, no digit, no sentence."""
    words = line.split()
    return (0 < len(words) <= _PLACE_LINE_WORDS and not ln.is_sentence(line) and not re.search(r"\d", line)
            and all(w[0].isupper() for w in words))


# Two topics a site's section pairs with an ampersand: "Science & Space", "Arts & Culture".
_PAIRED_TOPICS = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*&\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")


def _paired_section(line: str) -> bool:
    """True for a section label pairing two topics with an ampersand, one of its words a section's or a
    menu's ("Science & Space"): a headline joins names with "and", seldom two capitalised topics with "&"."""
    lex = lexicon()
    return bool(_PAIRED_TOPICS.match(line.strip())) and any(
        lex.section_words.fullmatch(w.lower()) or w.lower() in lex.menu_words for w in re.findall(r"[\w'’-]+", line))


def _is_title_candidate(line: str, sections: set[str], max_words: int = _LONG_HEADLINE_WORDS) -> bool:
    words = line.split()
    if not 2 <= len(words) <= max_words or line.rstrip().endswith(".") or is_people(line):
        return False
    letters = [c for c in line if c.isalpha()]
    if len(words) <= 4 and ((letters and all(c.isupper() for c in letters))
                            or lexicon().section_words.search(line) or _paired_section(line)):
        return False  # a section label ("ASIA-PACIFIC", "World News: Canada", "Science & Space")
    if _labelled_banner(line):
        return False
    return len(words) > 4 or not _names_section(line, sections)


def _names_section(line: str, sections: set[str]) -> bool:
    """Whether the line's words are one of the URL's section labels ("World Asia Pacific")."""
    return " ".join(re.findall(r"[a-z0-9]+", line.lower())) in sections


_TITLE_CASE_NAME_WORDS = 4


def _title_case_headline(line: str, following: str | None, sections: set[str]) -> bool:
    """True for a headline in title case that reads as a person's name, every word capitalised ("Kabul
    Hosts Three-Nation Trilateral Meeting"), where no headline came before it and a date line alone
    stands under it: a byline stands under a headline, and a name of four words or more is rare."""
    words = line.split()
    return (_TITLE_CASE_NAME_WORDS <= len(words) <= _LONG_HEADLINE_WORDS and "," not in line and is_people(line)
            and not line.isupper() and not _names_section(line, sections)
            and following is not None and len(following) <= _DATE_LINE_MAX and bool(find_dates(following))
            and read_meta(following, Header()))


def _linked_headline(line: str) -> bool:
    """A headline in a list of links that holds an abbreviation's stop ("Aid of $3 bil. for farms"):
    short, and no sentence's end."""
    return 0 < len(line.split()) <= _LINKED_HEADLINE_WORDS and not re.search(r"[.;,!?]\s*$", line)


_TITLE_DATE_MARKS = (":", "-", "–", "—", "|")


def _dated_title(line: str) -> bool:
    """A link in a list that closes on its page's day after a colon or a dash ("Minister's remarks at the
    forum on ports and shipping: 3 May 2024"): a title and its date, however long the title."""
    found = find_dates(line)
    if not found or line[found[-1].end :].strip(" ."):
        return False
    title = line[: found[-1].start].rstrip()
    return title.endswith(_TITLE_DATE_MARKS) and ln.is_headline_like(title[:-1], _LONG_HEADLINE_WORDS)


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


_RESTATED_WITHIN = 3  # paragraphs: where the article restates its standfirst


def _restated_summary(paragraphs: list[str]) -> bool:
    """True for a first paragraph of one sentence that tells no day, where the next tells one and one of
    the next two opens with the same words ("Presidential spokesman Jane Roe said the summit ..."): the
    article introduces a person or a thing in full once, so the first paragraph introducing them the same
    way was the summary above it. (A paragraph opening with a dateline is the lead of wire copy.)"""
    return _undated_opening(paragraphs) and any(_same_opening(paragraphs[0], p) for p in paragraphs[1:_RESTATED_WITHIN])


_INTRODUCED_WITHIN = 3  # words: where a lead may introduce its subject by the same modifier


def _described_summary(paragraphs: list[str]) -> bool:
    """True for a first paragraph of one sentence that tells no day, its subject told by what he is ("The
    Chinese leader's tour took him ..."), over a paragraph that tells its day and introduces someone in full
    by the same word in its first words ("Chinese President Xi Jinping flew ... on Friday"): the first took
    the subject as known from the headline, as a summary does; the lead introduces him."""
    if not _undated_opening(paragraphs):
        return False
    m = lexicon().described_subject.match(paragraphs[0])
    if not m:
        return False
    opening = " ".join(paragraphs[1].split()[: _INTRODUCED_WITHIN + 1])
    return bool(re.search(rf"(?:^|\s){re.escape(m['modifier'])}\s+[A-Z]", opening))


def _retold_caption(paragraphs: list[str]) -> bool:
    """True for a first paragraph of one sentence that tells no day, where the next tells one, and whose
    every content word the next two paragraphs tell again ("Two leaders met at the summit in Lima." over
    "The two leaders ... on Tuesday agreed ..." and "They met at the summit in Lima ..."): it said nothing
    of its own, as the caption of the page's photo does, and the article starts under it."""
    return _undated_opening(paragraphs) and _retold(paragraphs[0], paragraphs[1:_RESTATED_WITHIN])


# Two capitalised words in a row: a name in full ("Jane Roe", "Example Union").
_FULL_NAME = re.compile(r"(?=\b(?P<first>[A-Z][\w'’-]+)\s+[A-Z][\w'’-]+)")


def _full_name(m: re.Match) -> bool:
    lex = lexicon()
    return m["first"].lower() not in lex.lead_in_words and m["first"] != "The"


def _names_in_full(text: str) -> bool:
    """True for a text naming someone or something in full: two capitalised words in a row, the first no
    article or lead-in word ("On Tuesday", weekdays and months count)."""
    return any(_full_name(m) for m in _FULL_NAME.finditer(text))


def _opens_with_full_name(sentence: str) -> bool:
    """True for a sentence whose subject is a name in full: it opens with one ("Jane Roe landed ..."), or
    with a lead-in phrase ("On Saturday, ...", "On Saturday, back in the capital, ...") whose last comma
    the name follows."""
    if (m := _FULL_NAME.match(sentence)) and _full_name(m):
        return True
    first = sentence.split(maxsplit=1)[0].lower()
    if first not in lexicon().lead_in_words:
        return False
    return any((m := _FULL_NAME.match(sentence[comma.end():])) and _full_name(m)
               for comma in re.finditer(r",\s+", sentence))


def _role_summary(paragraphs: list[str]) -> bool:
    """True for a first paragraph of one short sentence that tells no time (no day, no month) and names no
    one in full, its subject told by what they are ("The president of Freedonia has arrived in the city for
    ...", "The two leaders closed the visit by ..."), over a paragraph whose first sentence tells its day
    and names someone in full ("Jane Roe landed in Lima on Tuesday evening", "On Saturday, Jane Roe and
    ...", the name its subject): the first took its subject as known from the headline, as a standfirst
    does; the lead introduces him and tells when. (A first paragraph telling its month, "... at the end
    of March", is a lead telling when; a paragraph opening with a dateline is the lead of wire copy.)"""
    if len(paragraphs) < _RESTATED_WITHIN:
        return False
    first, second = paragraphs[0], paragraphs[1]
    if not (first.startswith("The ") and _undated_sentence(first) and not _names_in_full(first)) \
            or any(m[0][:1].isupper() for m in re.finditer(rf"\b(?i:{lexicon().month_names})\b", first)):
        return False
    lead = re.split(r"(?<=[.!?])\s+(?=[A-Z])", second, maxsplit=1)[0]
    return ln.is_prose(second) and _names_a_day(lead) and _opens_with_full_name(lead)


def _undated_opening(paragraphs: list[str]) -> bool:
    """True for a first paragraph of one short sentence naming someone in its first words that tells no
    day, over a paragraph that does (and a third): no dateline, so no wire story's lead."""
    if len(paragraphs) < _RESTATED_WITHIN:
        return False
    first, second = paragraphs[0], paragraphs[1]
    return _undated_sentence(first) and _names_a_day(second) and _names_in_opening(first)


def _undated_sentence(line: str) -> bool:
    """True for one short sentence of prose, no dateline before it, that tells no day: what a
    standfirst or a caption reads like over an article."""
    return (ln.is_prose(line) and split_dateline(line) is None and not _inner_sentence(line)
            and len(line.split()) <= _STANDFIRST_MAX_WORDS and not _names_a_day(line))


def _retold(line: str, following: list[str]) -> bool:
    """True when the next paragraphs together hold every content word (over three letters) of a line, and
    at least five of them: the article tells again, word for word, all that line told."""
    mine = {w for w in re.findall(r"[a-z0-9]+", ln.key(line)) if len(w) > 3}
    theirs = set(re.findall(r"[a-z0-9]+", ln.key(" ".join(following))))
    return len(mine) >= _RESTATED_MIN_WORDS and mine <= theirs


def _names_in_opening(line: str) -> bool:
    """True when the first words of a line name someone or something (two of them capitalised)."""
    return sum(w[:1].isupper() for w in line.split()[:_SAME_OPENING_WORDS]) >= 2


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
    head: Header = field(default_factory=Header)
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)  # headline lines met, as key()s
    in_links: bool = False  # inside a "Read more:" list of links
    closed: bool = False  # the last paragraph read ended with an end symbol ("... at the airport. ■")
    under_masthead: bool = False  # the last line read named the site
    last_two: list[str] = field(default_factory=list)  # the last two lines read above the body
    entry: list[str] | None = None  # a time stamp and a heading just above the body
    standfirsts: list[str] = field(default_factory=list)
    signed: bool = False  # the last body line read named the office signing the text
    dated_entries: bool = False  # a live page whose entries each open with a day, a time and a heading
    under_photo: bool = False  # the first paragraph stands right under a photo's caption
    place_line: str | None = None  # a dateline's place standing alone with its colon over the body ("Lima:")

    def __post_init__(self) -> None:
        self.slug, self.sections = url_slug(self.url), url_sections(self.url)
        self.owner = copyright_owner(self.lines)
        if self.given_title:
            self.seen.add(ln.key(self.given_title))

    def read(self) -> None:
        """Sort every line into header, body, captions or furniture; stop at the end of the article."""
        self._read_lines()
        self._first_entry()

    def _first_entry(self) -> None:
        """A live page's entries each open with a time stamp and a heading ("16:05" / "Talks resume");
        where the body holds such entries, the time and heading read just above it open the first
        (when another line above can be the page's headline)."""
        entry = self.entry
        if not entry or entry[1] not in self.head.candidates or len(self.head.candidates) == 1:
            return
        later = any(is_bare_time(p) and k + 1 < len(self.paragraphs) and ln.is_headline_like(self.paragraphs[k + 1])
                    for k, p in enumerate(self.paragraphs))
        if later:
            self.head.candidates.remove(entry[1])
            self.paragraphs[:0] = entry

    def _read_lines(self) -> None:
        lex = lexicon()
        for i, line in enumerate(self.lines):
            if not line:
                continue
            n = ln.norm(line)
            in_body = bool(self.paragraphs)
            if self.closed:  # the story's end symbol: what follows is the page's footer
                self._footer_date(i - 1)
                return
            if in_body and ln.is_photo_copyright(line) and self._prose_follows(i):
                self._photo_credit(line)
                continue
            if in_body and (ln.is_copyright_notice(line) or self._appeal_heading(line)
                            or self._introduces_addresses(line, i)) and not self._article_goes_on(i):
                self._drop_trailing_link()
                self._footer_date(i)  # "Example Times (c) 2023", "Support Example Times": the page's footer
                return
            if in_body and ln.is_end_marker(n) and not (_ONE_LINK.match(line) and ln.is_link_list_marker(n)
                                                       and self._article_goes_on(i)):
                if m := re.match(r"^sources?\s*:\s*(.{2,40})$", line, re.I):
                    self.head.source = self.head.source or m.group(1).strip()
                    if self._dated_below(i):  # "Source: AGENCY" over a date line: a byline block under a standfirst
                        self._reopen_header(i)
                        continue
                elif (credit := _credit_marked(line)) is not None and len(self._lead_paragraphs()) == 1 \
                        and self._dated_below(i):  # "Written by: AGENCY" over a date line, under one paragraph:
                    take_credit(credit, self.head)  # the byline block under a standfirst, the article to come
                    self._reopen_header(i)
                    if not self.paragraphs:
                        continue
                self._drop_trailing_link()
                self._footer_date(i)
                return
            if ln.is_link_list_marker(n):
                self.in_links = in_body
                continue
            if self.in_links:
                if ln.is_headline_like(line) or _linked_headline(line) or _dated_title(line):
                    continue
                self.in_links = False
            if in_body and _ELLIPSIS.match(line):
                self._omitted_part()
                continue
            if ln.is_clutter(n) or ln.is_menu(line) or ln.is_arrow_link(line):
                continue
            named = lex.outlets.get(n)
            under_masthead, self.under_masthead = self.under_masthead, False
            if named and not in_body:
                self.head.outlet = self.head.outlet or named[0]
                self.under_masthead = True  # an outlet we know by name: its masthead, its tagline under it
                continue
            if not in_body and not agency(n) and (names_site(line, self.url) or names_owner(line, self.owner)
                                                   or (under_masthead and is_tagline(line)) or lists_offer(line)) \
                    and not find_dates(line):  # ("Skopje, 17 March 2023 (MIA)": a date line, whatever it credits)
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
            if not in_body and self._repeats_headline_part(line):
                continue
            if in_body:
                self._body_line(line, n, i)
            else:
                self._header_line(line, n, i)

    def _introduces_addresses(self, line: str, i: int) -> bool:
        """True for a line closing on a colon over nothing but web addresses to the page's end ("The site
        can also be reached at these addresses:" / "www.example.net"): the site's note on its other
        addresses, its footer."""
        rest = [x for x in self.lines[i + 1 :] if ln.norm(x)]
        return line.rstrip().endswith(":") and bool(rest) and all(ln.is_web_line(x) for x in rest)

    def _appeal_heading(self, line: str) -> bool:
        """True for a short line calling on the reader to fund the site, by its name ("Support Example
        Times", "Donate to Example Radio"): the heading of the outlet's appeal under the article."""
        m = lexicon().appeal_heading.match(line.strip())
        if not m or ln.is_sentence(line):
            return False
        name = m["name"].strip()
        return names_site(name, self.url) or names_owner(name, self.owner) or ln.norm(name) in lexicon().outlets

    def _repeats_headline_part(self, line: str) -> bool:
        """True for a line under the headline that is word for word one part of it, between its label's
        colon and a semicolon ("X LIVE Updates: Talks postponed to evening; calm along the border" over
        "Talks postponed to evening"): a live page's headline names its latest entry, whose heading then
        tells nothing new, and the time stamp over that heading opens no entry of the text."""
        mine = ln.key(line)
        if len(mine.split()) < _HEADLINE_PART_WORDS or not ln.is_headline_like(line):
            return False
        return any(mine in (ln.key(p) for p in _HEADLINE_PARTS.split(c)[1:]) for c in self.head.candidates)

    def _drop_trailing_link(self) -> None:
        """The page's footer ("Tags: ...", "© ...") is reached: a last paragraph that is a short line and no
        sentence, under one that closes as a sentence, heads nothing; it is a link to another story standing
        alone under the article ('Minister: "Talks will go on"'), or a subheading with no text of its own,
        not the article's last words. (A closing quotation makes it look like a sentence: a quotation closes
        with its own stop in prose.)"""
        if len(self.paragraphs) < 2:
            return
        last, before = self.paragraphs[-1], self.paragraphs[-2]
        if (ln.is_headline_like(last) and not ln.is_sentence(last.rstrip().rstrip("\"”’'"))
                and not ln.is_bullet(last) and ln.is_sentence(before)):
            self.paragraphs.pop()

    def _footer_date(self, i: int) -> None:
        """A page that prints its date line only at its foot, below the article's end: where one
        line there is a date line alone ("01 November 2023, 17:42"), its dates count, below any
        date line of the header, except that a labelled first publication ("First Published: ...")
        outranks a header's "Last Updated". (Several such lines are a list of other stories' dates.)"""
        stamps = []
        for line in self.lines[i + 1 :]:
            found = Header()
            if line and len(line) <= _DATE_LINE_MAX and find_dates(line) and read_meta(line, found) \
                    and found.byline is None and found.source is None and found.outlet is None:
                stamps.append(found.dates)
        if len(stamps) == 1:
            self.head.dates.extend((_FOOTER_PUBLISHED_RANK if rank == 0 else _FOOTER_RANK, date)
                                   for rank, date in stamps[0])

    def _text_after(self, following: str | None, i: int) -> str | None:
        """The line with text after the given next line with text below line i."""
        if following is None:
            return None
        return _next_text(self.lines, self.lines.index(following, i + 1))

    def _dated_below(self, i: int) -> bool:
        """True when the next line with text is a date line alone."""
        following = _next_text(self.lines, i)
        return bool(following) and len(following) <= _DATE_LINE_MAX and bool(find_dates(following)) \
            and read_meta(following, Header())

    def _article_goes_on(self, i: int) -> bool:
        """True when the next line with text is a paragraph of prose, no furniture or appeal, and the
        line after it is one too or the page's footer ("©", "Tags:"): the article's last paragraph
        may stand under the link."""
        following = [x for x in self.lines[i + 1 :] if ln.norm(x)][:2]
        paragraphs = [x for x in following if ln.is_prose(x) and not ln.is_end_marker(ln.norm(x)) and not ln.is_promo(x)]
        return len(following) == 2 and following[0] in paragraphs and (
            following[1] in paragraphs or ln.is_end_marker(ln.norm(following[1])))

    def _omitted_part(self) -> None:
        """An ellipsis on a line of its own marks text the page leaves out; a subheading right above it
        ("On the other questions" / "...") heads the part left out, no part of the text kept."""
        last = self.paragraphs[-1]
        if len(self.paragraphs) > 1 and ln.is_headline_like(last, _HEADING_MAX_WORDS) and not ln.is_sentence(last):
            self.paragraphs.pop()

    def _under_caption(self, i: int) -> bool:
        """True when the line above line i is a caption or a photo's credit ("Photo: AGENCY"): a line
        cued as a caption ("... (R) ...") under it belongs to the same photo."""
        above = next((x for x in reversed(self.lines[:i]) if x), None)
        return above is not None and above in self.captions

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

    def _lead_paragraphs(self) -> list[str]:
        """The paragraphs read so far that are no photo caption and no summary box (a label and its
        bullet points)."""
        out, in_box = [], False
        for p in self.paragraphs:
            in_box = _summary_label(p) or (in_box and ln.is_bullet(p))
            if not (in_box or ln.is_caption(p, before_body=True) or _bracket_credited(p)):
                out.append(p)
        return out

    def _reopen_header(self, i: int) -> None:
        """A date line under the first paragraph, with the article still to come: what was taken
        for the body was a standfirst, a caption, a byline or a place line above the article (unless
        it opens with an agency's or a dated dateline). The date line or byline under the headline and
        its standfirst credits that headline, as it does right under it."""
        prose = [p for p in self._lead_paragraphs() if ln.is_prose(p)]
        if len(prose) > 1 or not self._prose_follows(i) \
                or (prose and (_wire_dateline(prose[0]) or _dated_dispatch(prose[0]))):
            return  # (a paragraph opening with an agency's or a place's dateline is the lead, whatever is under it)
        self.head.credited = self.head.credited or bool(self.head.candidates)
        for paragraph in self.paragraphs:
            if m := BYLINE.match(paragraph):
                take_credit(EMAIL_TAIL.sub("", m.group("who")).strip(), self.head)
            elif is_people(paragraph):
                self.head.byline = self.head.byline or paragraph
            elif ln.is_caption(paragraph, before_body=True) or _bracket_credited(paragraph):
                self.captions.append(paragraph)
        self.paragraphs = []

    def _standfirst_over_photo(self, i: int) -> None:
        """A photo's caption right under the first paragraph, which tells no day, over a paragraph that
        does ("... met in Astana on Thursday"): a lead tells when, so the first was the standfirst
        summing up the story over the page's photo, and the article starts under the photo. (A photo
        inside the article follows a lead that tells its day; a paragraph opening with a dateline is the
        lead of wire copy.)"""
        if len(self.paragraphs) != 1 or not self.head.candidates:
            return
        first, following = self.paragraphs[0], _next_text(self.lines, i)
        if (ln.is_prose(first) and split_dateline(first) is None and not _names_a_day(first)
                and following is not None and ln.is_prose(following) and _names_a_day(following)):
            self.standfirsts.append(self.paragraphs.pop())

    def _standfirst_under_photo(self, line: str) -> None:
        """The first paragraph, right under the page's photo and its caption, is one sentence that tells no
        day, and the next opens with its day as a lead does ("On Tuesday, the president received ..."): the
        first was the standfirst summing up the story under the photo, and the article starts with the
        next. (A next paragraph telling its day further on goes on with the lead's story; a paragraph
        opening with a dateline is the lead of wire copy.)"""
        if len(self.paragraphs) != 1 or not self.under_photo or not self.head.candidates:
            return
        if _undated_sentence(self.paragraphs[0]) and ln.is_prose(line) and _opens_with_day(line):
            self.standfirsts.append(self.paragraphs.pop())

    def _body_line(self, line: str, n: str, i: int) -> None:
        head = self.head
        signed, self.signed = self.signed, False
        if credited := agency(n):  # "— Reuters" under the last paragraph
            head.source = head.source or credited
        elif ln.is_bracketed_credit(line):  # "(EXA-MPL)" on a line of its own under the last paragraph
            pass
        elif is_institution(line):  # the office that issued the text, signing it or naming itself in the footer
            self.signed = True
        elif signed and _place_line(line):  # the place under the office's signature ("LIMA")
            pass
        elif len(line) <= _DATE_LINE_MAX and (find_dates(line) or (len(self.paragraphs) == 1 and find_yearless(line))) \
                and self._body_date_line(line, i):  # a day without a year further down heads a part of the text ("18 May")
            if not self.dated_entries:  # (on a live page, the next entry's stamp)
                self._reopen_header(i)  # else "Published - March 24, 2023 10:15 pm IST" under the article
        elif len(self._lead_paragraphs()) == 1 and (by := BYLINE.match(line)) and by["who"][:1].isupper() \
                and len(line.split()) <= _BYLINE_MAX_WORDS and not ln.is_sentence(line):
            take_credit(EMAIL_TAIL.sub("", by["who"]).strip(), head)
            self._reopen_header(i)  # a byline under the first paragraph: that was a standfirst
        elif ln.is_post_signature(line):
            while len(self.paragraphs) > 1 and ln.is_post_lead_in(self.paragraphs[-1]):
                self.paragraphs.pop()
        elif ln.is_caption(line, before_body=False) or (ln.has_caption_cue(line) and self._under_caption(i)):
            if line not in self.captions:
                self.captions.append(line)
            self._standfirst_over_photo(i)
        elif self._credits_photo_above(line, i):
            self.captions.extend([self.paragraphs.pop(), line])
        elif (not (ln.is_credit_line(line) or ln.is_promo(line) or ln.is_dated_link(line))
              and (kept := ln.strip_tail_furniture(line))):
            self._standfirst_under_photo(kept)
            self.paragraphs.append(kept)
            self.closed = bool(lexicon().end_symbols.search(line))

    def _over_site_credit(self, i: int) -> bool:
        """True when the next line names the site itself ("Example.com", the outlet's name alone) and prose
        follows it: the outlet credits the story there as a byline does, under the headline and its
        standfirst, over the article."""
        rest = [k for k in range(i + 1, len(self.lines)) if ln.norm(self.lines[k])][:2]
        if len(rest) < 2:
            return False
        credit, after = self.lines[rest[0]], self.lines[rest[1]]
        return ((names_site(credit, self.url) or names_owner(credit, self.owner) or ln.norm(credit) in lexicon().outlets)
                and ln.is_prose(after))

    def _credits_photo_above(self, line: str, i: int) -> bool:
        """True for initials alone on a line ("PCO") under the first paragraph, over a paragraph that opens
        with a dateline ("LIMA, Peru - ..."): the dateline opens the article, so the initials credit the
        photo whose caption stood above them."""
        if len(self.paragraphs) != 1 or not _INITIALS_CREDIT.match(line.strip()):
            return False
        following = _next_text(self.lines, i)
        return (following is not None and ln.is_prose(following) and split_dateline(following) is not None
                and split_dateline(self.paragraphs[0]) is None)

    def _body_date_line(self, line: str, i: int) -> bool:
        """Read a date line met in the body (True if it is one). On a live page whose header already
        gave a date line, an entry's stamp (a time over the entry's heading) dates that entry, not the
        page: its dates rank below every date line of the page ("Updated: ..." under the headline), and
        the paragraphs above it stay the article (the entries follow its lead)."""
        head = self.head
        if not head.dates or not _stamp_and_heading(line, _next_text(self.lines, i)):
            return read_meta(line, head)
        before = len(head.dates)
        if not read_meta(line, head):
            return False
        head.dates[before:] = [(max(rank, _FOOTER_RANK), date) for rank, date in head.dates[before:]]
        self.dated_entries = True
        return True

    def _first_dated_entry(self, line: str, last_two: list[str], i: int) -> bool:
        """True for a paragraph of prose under a dated time stamp and a heading, where the next line
        opens another entry the same way: the first entry of a live page, though the date line under it
        would make it read as a standfirst."""
        if not (ln.is_prose(line) and len(self.head.candidates) > 1 and len(last_two) == 2
                and last_two[1] == self.head.candidates[-1] and _stamp_and_heading(*last_two)):
            return False
        following = _next_text(self.lines, i)
        if following is None:
            return False
        k = self.lines.index(following, i + 1)
        return _stamp_and_heading(following, _next_text(self.lines, k))

    def _drop_credited_desk(self, who: str) -> None:
        """A line above the headline that the byline repeats ("Example's Balkan Service" over the
        headline, "By Example's Balkan Service" under it) names the desk that wrote the story: no headline."""
        desk = [c for c in self.head.candidates if ln.key(c) == ln.key(who)]
        if desk and len(desk) < len(self.head.candidates):
            self.head.candidates.remove(desk[0])

    def _header_line(self, line: str, n: str, i: int) -> None:
        head = self.head
        last_two, self.last_two = self.last_two, [*self.last_two[-1:], line]
        if ln.is_sentence(line) and ln.is_promo(line):  # "This article's audio is made by text-to-speech."
            return  # (a headline "... — in pictures" is no sentence)
        following = _next_text(self.lines, i)
        if head.candidates and _ENTRY_HEADING.match(line) and not find_dates(line) and following \
                and ln.is_prose(following):
            self.paragraphs.append(line)  # a live page's first entry: "16:05 | Talks resume"
            return
        if read_meta(line, head):
            head.credited = head.credited or bool(head.candidates)
            return
        if head.candidates and _PLACE_COLON.match(line) and following and ln.is_prose(following) \
                and ln.norm(line) not in lexicon().summary_labels and ln.norm(line) not in lexicon().text_labels \
                and not lexicon().section_words.fullmatch(ln.norm(line)):
            self.place_line = line.strip().rstrip(":").strip()  # "Lima:" alone over the article
            return
        if head.candidates and _labelled_summary(line) and not ln.is_bullet(line):
            self.standfirsts.append(line)  # "Summary: ..." under the headline
            return
        long = _long_headline(line, following, head)
        if credited := agency(n):  # "KYODO NEWS" on a line of its own
            head.source = head.source or credited
        elif (ln.is_caption(line, before_body=True) or ln.is_credit_line(line)
              or ln.names_only(line)
              or (head.credited and not long and (_bracket_credited(line) or _stop_credited(line, following)))
              or (following and (ln.is_sentence(line) or head.candidates) and ln.is_credit_line(following)
                  and split_dateline(line) is None  # a lead opening with a dateline, its photo's credit under it
                  and not _closes_on_attribution(line))):  # (or one telling who said it)
            self.captions.append(line)
        elif (_quoted_headline(line, head) and _is_title_candidate(line, self.sections)) \
                or (_headline_on_initials(line, following, head, self._text_after(following, i))
                    and _is_title_candidate(line[:-1], self.sections)):
            head.candidates.append(line)
            self.seen.add(ln.key(line))
        elif head.candidates and _summary_label(line) and following and ln.is_bullet(following):
            self.standfirsts.append(line)  # "What we know:" over bullet points: a summary box, no headline
        elif _opens_speech(line, following) or _introduces_list(line, following, head):
            self.paragraphs.append(line)
        elif head.candidates and _live_appeal(line) and following and _ENTRY_TIME.match(following):
            self.standfirsts.append(line)  # "Follow our live coverage of ..." over the first entry's time
        elif self._first_dated_entry(line, last_two, i):
            self.dated_entries = True
            self.paragraphs.append(line)
        elif _quoted_deck(line, following, head):
            self.standfirsts.append(line)
        elif head.candidates and ln.is_prose(line) and not _wire_dateline(line) and self._over_site_credit(i):
            self.standfirsts.append(line)  # the outlet's credit under it stands where a byline does
        elif _starts_body(line, following, head, self.slug) and not long:
            if _wire_dateline(line) and len(head.candidates) == 1 and last_two \
                    and strip_section(last_two[-1]) == head.candidates[0]:
                head.credited = True  # the one line right above a wire story's dateline is its headline
            self.paragraphs.append(ln.strip_tail_furniture(line))
            self.under_photo = bool(last_two) and last_two[-1] in self.captions
            if len(last_two) > 1 and is_bare_time(last_two[0]):
                self.entry = last_two
        elif ln.is_prose(line) and _is_standfirst(line, following, head) and not long \
                and not _reads_as_slug(line, self.slug):  # (a question or exclamation over its byline is the headline)
            self.standfirsts.append(line)  # a standfirst is neither headline nor body
        elif head.candidates and (by := BYLINE.match(line)) and by["who"][:1].isupper() and not ln.is_sentence(line):
            head.credited = True  # a credit under the headline naming no one we know ("By Example's services")
            self._drop_credited_desk(by["who"])
        elif _is_title_candidate(candidate := strip_section(line), self.sections,
                                 _DATED_HEADLINE_WORDS if long else _LONG_HEADLINE_WORDS) and not ln.is_bullet(line):
            head.candidates.append(candidate)
            self.seen.add(ln.key(candidate))
        elif not head.candidates and _title_case_headline(line, following, self.sections):
            head.candidates.append(line)
            self.seen.add(ln.key(line))
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

    # Lists of links to other stories, then closing credits, slug tags and sign-offs (a credit
    # over a trailing link list too), then a trailing credit line ("By Lee Ji-yoon (jylee@...)"),
    # are not article text.
    paragraphs = strip_closing(_drop_link_runs(paragraphs))
    while paragraphs and (m := BYLINE.match(paragraphs[-1])) and len(paragraphs[-1].split()) <= 8:
        take_credit(EMAIL_TAIL.sub("", m.group("who")).strip(), head)
        paragraphs.pop()
    paragraphs = _from_dateline(paragraphs)
    if _restated_summary(paragraphs) or _described_summary(paragraphs) or _role_summary(paragraphs):
        page.standfirsts.append(paragraphs.pop(0))
    elif _retold_caption(paragraphs):
        page.captions.append(paragraphs.pop(0))
    if not paragraphs:
        raise CleaningError("no article text found")
    paragraphs[-1] = _CUT_MARK.sub("", paragraphs[-1]) or paragraphs[-1]

    dateline = split_dateline(paragraphs[0])
    if dateline is None and page.place_line:  # "Lima:" on its own line over the article
        dateline = Dateline(page.place_line, None, None, paragraphs[0])
    if dateline:
        paragraphs[0] = dateline.rest
        paragraphs[-1] = _without_repeated_credit(paragraphs[-1], dateline)
    paragraphs[-1] = _without_own_credit(paragraphs[-1], url)
    warnings = list(raw.warnings)
    caption_dates = [d for text in page.captions for d in find_dates(text)]
    text_dates = [d for text in head.candidates + page.standfirsts + paragraphs for d in find_dates(text)]
    title = given_title or choose_title(head.candidates, url, head.credited)
    published = _published(raw, head, dateline, url, paragraphs, warnings, (caption_dates, text_dates),
                           _closing_date(title), copyright_year(lines), copyright_span_end(lines))
    published = _with_local_time(published, lines)
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
        dateline_day=_yearless(dateline),
        captions=page.captions,
        warnings=warnings,
    )


# An ellipsis right after the last word of the text, no quotation closing it ("... define the people..."):
# the page cut its text there (a teaser of a longer entry); the mark is no word of the article.
_CUT_MARK = re.compile(r"(?<=\w)\s*(?:\.{3,}|…)\s*$")

_TAIL_CREDIT = re.compile(r"(?<=[.!?\"”’])\s+\(([^()]{2,30})\)\.?\s*$")


def _without_repeated_credit(last: str, dateline: Dateline) -> str:
    """The last paragraph without the agency's credit closing it ("... in Europe. (AGENCY).") where
    the dateline already credits that agency ("(AGENCY) - ROME, JUNE 8 -"); a credit the text
    gives nowhere else stays ("... in Seoul. (Yonhap)")."""
    m = _TAIL_CREDIT.search(last)
    if m and dateline.agency and agency(m.group(1)) == dateline.agency and m.start() > 0:
        return last[: m.start()]
    return last


def _without_own_credit(last: str, url: str | None) -> str:
    """The last paragraph without the credit in brackets closing it where it names the site the page
    came from ("... in Lima. (ENA)" on enanews.example): an agency signing its story on its own site,
    as it signs every story there. On another outlet's page the credit says whose copy the text is,
    and stays ("... in Seoul. (Yonhap)" on a newspaper's site)."""
    m = _TAIL_CREDIT.search(last)
    if m and m.start() > 0 and names_site(m.group(1), url):
        return last[: m.start()]
    return last


def _yearless(dateline: Dateline | None) -> str | None:
    """"SOCHI, September 4. /TASS/": the dateline's day as XXXX-09-04 (its year is the report's)."""
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


def _closing_date(title: str | None) -> FoundDate | None:
    """The full date closing a headline after a comma ("..., Lima, April 3, 2023"), or None."""
    found = find_dates(title) if title else []
    if not found or title[found[-1].end :].strip(" .") or not title[: found[-1].start].rstrip().endswith(","):
        return None
    return found[-1]


def _with_local_time(published: Published, lines: list[str]) -> Published:
    """A publication day given the time of the one line of the page that prints a time of day
    labelled as local ("21:42 LOCAL TIME 18:42 GMT": a wire's stamp under its story, on the day of
    its dateline), or, where none does, of the one wire's filing stamp of that day ("AGENCY 1842 GMT
    2022-12-04"); several such lines, or none, leave the day as it is."""
    if published.precision != "day" or published.value is None:
        return published
    stamps = [found for line in lines if len(line) <= _DATE_LINE_MAX and (found := local_time_stamp(line))]
    if not stamps:  # a wire's filing stamp under its story, on the day found ("AGENCY 1842 GMT 2022-12-04")
        filed = [found for line in lines if (found := filing_stamp(line))]
        if len(filed) == 1 and filed[0].date() == published.value.date():
            return Published(filed[0], "minute", "+00:00")
    if len(stamps) != 1:
        return published
    hour, minute, offset = stamps[0]
    return Published(published.value.replace(hour=hour, minute=minute), "minute", offset or published.timezone)


def _published(raw: RawDocument, head: Header, dateline: Dateline | None, url: str | None,
               paragraphs: list[str], warnings: list[str], page_dates: tuple[list, list],
               headline_date: FoundDate | None, notice_year: int | None = None,
               span_year: int | None = None) -> Published:
    """The publication time: given by the source, else read from the page."""
    if raw.published:
        given = parse_published(raw.published)
        if given:
            return Published(given.value, given.precision, given.timezone)
        warnings.append(f"unreadable publication date {raw.published!r}")
    return choose_published(head.dates, dateline.day if dateline else None, url, paragraphs, warnings,
                            yearless=head.yearless, caption_dates=page_dates[0], text_dates=page_dates[1],
                            headline_date=headline_date, notice_year=notice_year, span_year=span_year)
