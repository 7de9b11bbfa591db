"""Choosing the headline among the lines above the article proper.

Pages put several short lines above the article: section labels, breadcrumbs, other
stories' headlines, photo titles, standfirsts. Where the URL carries a descriptive slug
(``/king-charles-to-make-first-overseas-visits/``), the headline is the line that reads
like it; where no line does, the excerpt lacks its own headline and the title is None.
Without a slug the first line that can be a headline is taken.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

from rapidfuzz import fuzz

from .lexicon import lexicon

# A line scores this much (0-100, rapidfuzz token_sort_ratio) against the slug to be its headline.
SLUG_MATCH = 55
# ... or hold this share of the slug's content words, and at least this many of them.
SLUG_COVERAGE = 0.6
SLUG_KEYWORDS = 3
# Two words of at least this many letters this alike (rapidfuzz ratio) are one word in two forms.
COGNATE_LETTERS = 5
COGNATE_MATCH = 85
# A first line of this many words, with a byline or date line under it, is the headline
# whatever the slug says.
CREDITED_WORDS = (4, 20)
# ... and this much to be taken as the headline even when it reads like a sentence.
SLUG_CERTAIN = 85

# A slug's id ("a1b2c3", "t20241218", "85343112"), not a word; a group's name ("g7", "g20", "p5") is one.
_ID_WORD = re.compile(r"^(?![a-z]{1,2}\d{1,2}$)(?:[a-z]{0,2}\d[\da-z]*|[\da-f]{6,})$")
_SECTION_TAIL = re.compile(r"\s+[|»›]\s*[^|»›]{1,30}$")
_SECTION_HEAD = re.compile(r"^[^|»›]{1,30}?\s*[|»›]\s+")


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.findall(r"[a-z0-9]+", text.replace("’", "").replace("'", ""))


def url_slug(url: str | None) -> str | None:
    """The descriptive words of a URL's last segments ("talks-resume-in-seoul-12345" -> "talks
    resume in seoul"), or None when the path holds no slug of three words or more."""
    if not url:
        return None
    segments = [s for s in unquote(urlsplit(url).path).split("/") if s]
    for segment in reversed(segments[-2:]):
        segment = re.sub(r"\.[a-z]{2,5}$", "", segment, flags=re.I)
        words = [w for w in re.split(r"[-_+]+", segment.lower()) if w and not _ID_WORD.match(w)]
        if len(words) >= 3 and sum(len(w) > 2 for w in words) >= 2:
            return " ".join(words)
    return None


def url_sections(url: str | None) -> set[str]:
    """The path segments above the slug, as words ("world asia pacific"): section labels."""
    if not url:
        return set()
    segments = [s for s in urlsplit(url).path.split("/") if s][:-1]
    slug = url_slug(url)
    return {" ".join(_words(s)) for s in segments if _words(s) and " ".join(_words(s)) != slug}


def strip_section(line: str) -> str:
    """A headline without a trailing or leading section label ("Talks resume | UK News", "News › World ›
    Talks resume"), nor a wire's
    update marker before it ("(LEAD) Talks resume", "UPDATED Talks resume"); a leading tag of the story's own form ("LIVE |
    Talks resume") is part of the headline."""
    line = lexicon().update_label.sub("", lexicon().version_marker.sub("", line))
    if (m := _SECTION_TAIL.search(line)) and len(line[: m.start()].split()) >= 3:
        line = line[: m.start()]
    # every label of a breadcrumb trail before it goes ("News › World › Talks resume")
    while (m := _SECTION_HEAD.match(line)) and len(line[m.end() :].split()) >= 3 \
            and line[: m.end()].strip(" |»›").lower() not in lexicon().headline_tags:  # "LIVE | ..." stays
        line = line[m.end() :]
    return line.strip()


_MASTHEAD_MAX_WORDS = 6
_ADDRESS_MASTHEAD_MAX_WORDS = 8  # the site's web address and its tagline
_ACRONYM = re.compile(r"\(([A-Za-z]{2,8})\)\s*$")
_SMALL_WORDS = {"of", "the", "and", "for", "de", "da", "do"}
_HOST_WORDS = {"www", "com", "org", "net", "gov", "edu", "news"}
_NAME_AFFIXES = ("news",)  # a host may join a word to the site's name ("exanews.example")


_MASTHEAD_PARTS = re.compile(r"\s+[-–—|:]\s+")


def names_site(line: str, url: str | None) -> bool:
    """True for the masthead: a short line naming the site the page came from, in full
    ("The East Gazette" on eastgazette.com), by its initials ("Press Communications Office"
    on pco.example; "ENA" on enanews.example, a host joining "news" to the name) or by an acronym
    in parentheses ("Example News Agency (ENA)" on enanews.example), or by its web address, its tagline
    after it ("EXAMPLE.net  Gateway to Example" on www.example.net); or giving its short name and its
    full name in two parts ("ENA - Example News Agency"); its edition in a language after its name
    ("ENA English service")."""
    host = urlsplit(url).hostname if url else None
    if host and (edition := lexicon().edition_label.search(line)) and edition.start() > 0:
        return names_site(line[: edition.start()], url)  # "Example  English service": the site's language edition
    words = _words(line)
    if host and 0 < len(line.split()) <= _ADDRESS_MASTHEAD_MAX_WORDS and _opens_with_host(line, host):
        return True
    if not host or not 0 < len(words) <= _MASTHEAD_MAX_WORDS:
        return False
    parts = _MASTHEAD_PARTS.split(line.strip())
    if len(parts) == 2 and all(_is_name(p) for p in parts):
        return any(names_site(p, url) for p in parts)
    labels = [h.replace("-", "") for h in host.split(".")[:-1] if len(h) >= 3 and h not in _HOST_WORDS]
    labels += _name_stems(labels)
    compact = "".join(words)
    initials = "".join(w[0] for w in words if w not in _SMALL_WORDS)
    acronym = _ACRONYM.search(line)
    for label in labels:
        if label in (compact, compact.removeprefix("the")) or (len(initials) >= 3 and label == initials):
            return True
        if acronym and label.startswith(acronym.group(1).lower()):
            return True
    return False


def _opens_with_host(line: str, host: str) -> bool:
    """True for a line opening with the site's own web address as its name ("Example.com", "EXAMPLE.net
    Gateway to Example"): the masthead and its tagline."""
    first = line.strip().split()[0].strip("|:–—-").lower()
    return "." in first and first == re.sub(r"^www\d?\.", "", host.lower())


def _name_stems(labels: list[str]) -> list[str]:
    """The site's name in host labels that join a word to it ("exanews" -> "exa", "newsexa" -> "exa")."""
    out = []
    for label in labels:
        for word in _NAME_AFFIXES:
            stem = label.removesuffix(word) if label.endswith(word) else label.removeprefix(word)
            if stem != label and len(stem) >= 3:
                out.append(stem)
    return out


def _is_name(text: str) -> bool:
    """True when every word of a text is capitalised or a small word of a name ("Example News of X")."""
    words = text.split()
    return bool(words) and all(w[0].isupper() or w.lower() in _SMALL_WORDS or _ELIDED_CAPITAL.match(w) for w in words)


_ELIDED_CAPITAL = re.compile(r"(?:d|l|dell|dall|all|nell)['’][A-ZÀ-Ý]")  # "Agence ... d'Afrique Presse"


# A site's copyright notice: "© 2022 Example Ministry", "Copyright © 1995-2023 Example Media (12345X)",
# "Example Observer © 2022. All rights reserved." (a photographer's "© Jane Roe" gives no year).
_COPYRIGHT = re.compile(r"(?i)^\s*(?:\(c\)|copyright\b)|[©ⓒ]")
_SITE_NOTICE = re.compile(r"(?i)(?<!\d)(?:19|20)\d\d(?!\d)|\bcopyright\b|\brights reserved\b")
_NOTICE_WORDS = re.compile(r"(?i)©|ⓒ|\(c\)|\bcopyright\b|\ball rights reserved\b\.?|\([^()]*\)"
                           r"|(?<!\d)(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?!\d)")
_OWNER_MAX_WORDS = 12


def copyright_owner(lines: list[str]) -> str | None:
    """Who the page's copyright notice names, as words ("ministry of foreign affairs of x"), or None."""
    for line in reversed(lines):
        if not (_COPYRIGHT.search(line) and _SITE_NOTICE.search(line)):
            continue
        owner = " ".join(_words(_NOTICE_WORDS.sub(" ", line))).removeprefix("the ")
        if owner and len(owner.split()) <= _OWNER_MAX_WORDS:
            return owner
    return None


_NOTICE_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?(?!\d)")
_NOTICE_MAX_WORDS = 16


def _notice_years(lines: list[str]) -> list[list[tuple[str, str]]]:
    """The years ((first, last of a span or "")) of each copyright notice line of the page."""
    return [_NOTICE_YEARS.findall(line) for line in lines
            if _COPYRIGHT.search(line) and _SITE_NOTICE.search(line) and len(line.split()) <= _NOTICE_MAX_WORDS]


def copyright_year(lines: list[str]) -> int | None:
    """The one year the page's copyright notice gives ("© 2023 Example Agency", "(c) Example 2023. All
    rights reserved."), or None: a span of years ("1995-2023"), several years or several notices
    naming different years date nothing."""
    notices = _notice_years(lines)
    if any(len(found) != 1 or found[0][1] for found in notices):
        return None
    years = {int(found[0][0]) for found in notices}
    return years.pop() if len(years) == 1 else None


def copyright_span_end(lines: list[str]) -> int | None:
    """The last year of the one span of years the page's copyright notice gives ("© 2014-2023 Example
    Agency"), or None. A span dates nothing on its own (a footer may show the year the page was read);
    it only confirms a year the text's weekday fits (see published._year_of)."""
    ends = {int(found[0][1]) for found in _notice_years(lines) if len(found) == 1 and found[0][1]}
    return ends.pop() if len(ends) == 1 else None


def names_owner(line: str, owner: str | None) -> bool:
    """True for a banner line naming the owner of the page's copyright notice (the site itself),
    in full or by the first or last words of its name ("Republic of X" under "© 2024 The
    President's Office, Republic of X")."""
    if not owner:
        return False
    name = " ".join(_words(line)).removeprefix("the ")
    return bool(name) and (name == owner or (len(name.split()) >= 2 and (
        owner.startswith(name + " ") or owner.endswith(" " + name))))


_NAME_SMALL_WORDS = {"of", "the", "and", "for", "in", "to", "on"}
_INSTITUTION_MAX_WORDS = 14


def is_institution(line: str) -> bool:
    """True for a line that is only an institution's name ("Ministry of Foreign Affairs of Freedonia",
    "The Office of the Prime Minister"): a site's banner."""
    words = re.findall(r"[\w'’.-]+", line)
    return (bool(lexicon().institution.match(line.strip())) and len(words) <= _INSTITUTION_MAX_WORDS
            and all(w[0].isupper() or w.lower() in _NAME_SMALL_WORDS for w in words[1:]))


def is_tagline(line: str) -> bool:
    """A masthead's tagline naming what the outlet is ("National News Agency of Freedonia")."""
    words = line.split()
    return 0 < len(words) <= 8 and not line.rstrip().endswith(".") and bool(lexicon().outlet_kinds.search(line))


_OFFER_TAGLINE_WORDS = 14


def lists_offer(line: str) -> bool:
    """A site's tagline listing the kinds of content it offers ("Exclusive news, data and analytics for
    financial market professionals"): no full stop, no verb after the list, wherever it stands above
    the article."""
    return (0 < len(line.split()) <= _OFFER_TAGLINE_WORDS and not line.rstrip().endswith(".")
            and bool(lexicon().offer_tagline.match(line.strip())))


def _names_outlet_kind(line: str) -> bool:
    """A masthead's tagline written as a name ("National News Agency of Freedonia"), wherever it stands."""
    return is_tagline(line) and _is_name(line)


def slug_score(line: str, slug: str) -> float:
    """How well a line reads like the URL slug (0-100)."""
    return fuzz.token_sort_ratio(" ".join(_words(line)), slug)


def _keyword(word: str) -> bool:
    """A word that tells a story from another: longer than three letters, or a name with a digit ("g7")."""
    return len(word) > 3 or (len(word) > 1 and any(c.isdigit() for c in word))


def _same_word(a: str, b: str) -> bool:
    """One word, or the same word inflected or spelt in a kindred language ("visit"/"visits",
    "presidentes"/"presidents", "estrategica"/"strategic"): a slug may keep the site's own language."""
    return a == b or (min(len(a), len(b)) >= COGNATE_LETTERS and fuzz.ratio(a, b) >= COGNATE_MATCH)


def _covers_slug(line: str, slug: str) -> bool:
    """True when a line holds most of a keyword slug's words ("king-charles-france-visit-macron"),
    or their kin (a translated page under the original slug)."""
    wanted = {w for w in slug.split() if _keyword(w)}
    mine = {w for w in _words(line) if _keyword(w)}
    shared = {w for w in wanted if any(_same_word(w, x) for x in mine)}
    return len(shared) >= SLUG_KEYWORDS and len(shared) >= len(wanted) * SLUG_COVERAGE


def choose_title(candidates: list[str], url: str | None, credited: bool = False) -> str | None:
    """The headline among candidate lines (in page order), by the URL slug where there is one.

    Where no line reads like the slug (an editor's slug), the first line still is the headline
    when the page credits it as one: a byline or a date line follows it (``credited``).
    """
    slug = url_slug(url)
    if not candidates:
        return None
    if slug is None:  # the first line that can be a headline, past a banner naming an institution or the outlet
        return next((c for c in candidates if not is_institution(c) and not _names_outlet_kind(c)
                     and not _is_banner(c)), candidates[0])
    scored = [(slug_score(c, slug), -i, c) for i, c in enumerate(candidates)
              if slug_score(c, slug) >= SLUG_MATCH or _covers_slug(c, slug)]
    if scored:
        return max(scored)[2]
    if (paired := _headline_over_standfirst(candidates, slug)) is not None:
        return paired
    first = next((c for c in candidates if not _is_banner(c) and not _names_outlet_kind(c)), candidates[0])
    if (named := _slug_opening_below(candidates, first, slug)) is not None:
        return named
    if not CREDITED_WORDS[0] <= _headline_words(first) <= CREDITED_WORDS[1]:
        return None
    alone = [c for c in candidates if not _is_banner(c)] == [first]
    return first if credited or (alone and _holds_slug_opening(first, slug)) else None


def _slug_opening_below(candidates: list[str], first: str, slug: str) -> str | None:
    """The one candidate below the first that holds the slug's first words ("Joint statement of the
    leaders" under "joint-statement-lima"), where the first is a short name, every word capitalised but
    the small ones, that shares no word of the slug at all ("Council of Example"): the slug names the
    story, so a name above that tells none of it is the site's or a section's over the page, and the line
    naming the story as its slug does is the headline."""
    wanted = set(slug.split()) - _SMALL_WORDS
    words = first.split()
    if len(words) > _MASTHEAD_MAX_WORDS or any(not w[:1].isupper() and w.lower() not in _SMALL_WORDS for w in words) \
            or any(_same_word(w, x) for w in wanted for x in _words(first)):
        return None
    named = [c for c in candidates[candidates.index(first) + 1 :] if _holds_slug_opening(c, slug)
             and CREDITED_WORDS[0] <= _headline_words(c) <= CREDITED_WORDS[1]]
    return named[0] if len(named) == 1 else None


_SLUG_OPENING_WORDS = 2
_SLUG_OPENING_LETTERS = 3


def _holds_slug_opening(line: str, slug: str) -> bool:
    """True for a line holding the slug's first two words, in their order ("Chancellor visits the navy
    in Goa" under "chancellor-goa-frigate-..."): an editor's slug opens with the story's subject and
    what it does or where, as its headline tells them, whatever keywords follow. Where it is the one
    line above the article that can be a headline, it is the headline though nothing credits it."""
    opening = slug.split()[:_SLUG_OPENING_WORDS]
    if len(opening) < _SLUG_OPENING_WORDS or any(len(w) < _SLUG_OPENING_LETTERS or w in _SMALL_WORDS for w in opening):
        return False
    words, k = _words(line), 0
    for word in words:
        if k < len(opening) and _same_word(word, opening[k]):
            k += 1
    return k == len(opening)


_TAG_BAR = re.compile(r"^\s*(?P<tag>[^|]{1,20}?)\s*\|\s+")


def _headline_words(line: str) -> int:
    """The words of a headline, without the tag of the story's form before its bar ("LIVE | Talks
    resume" has two): the tag and the bar are no words of what it says."""
    if (m := _TAG_BAR.match(line)) and m["tag"].lower() in lexicon().headline_tags:
        line = line[m.end() :]
    return sum(bool(re.search(r"\w", w)) for w in line.split())


def _headline_over_standfirst(candidates: list[str], slug: str) -> str | None:
    """The headline of a keyword slug ("leader-c5-washington") that names the story in the words of
    the headline and of the standfirst under it together: two candidate lines one after the other, the
    lower one the longer (a standfirst tells more than its headline), that together hold the slug's
    words though neither does alone. The headline is the upper line."""
    for upper, lower in zip(candidates, candidates[1:]):
        if len(lower.split()) > len(upper.split()) and not _is_banner(upper) and _covers_slug(f"{upper} {lower}", slug):
            return upper
    return None


_BANNER_PART_WORDS = 3


def _is_banner(line: str) -> bool:
    """A site's banner of two short names joined by a dash or a bar ("Example Office - Newsroom",
    "Press releases | News"): the site and its section, no headline."""
    parts = _MASTHEAD_PARTS.split(line.strip())
    return len(parts) == 2 and all(0 < len(p.split()) <= _BANNER_PART_WORDS and p[0].isupper() for p in parts)
