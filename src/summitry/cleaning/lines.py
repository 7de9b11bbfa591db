"""What one line of scraped page text is: furniture, a caption, a credit, a list of links, prose.

Every rule is about news pages in general; the words come from page.yaml.
"""

from __future__ import annotations

import re

from .dates import find_dates, find_yearless, leading_time
from .lexicon import lexicon

EDGE = " \t•·|>*_=~-–—:"
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$|[\"”’]\s*$|\)\s*$")
_W = r"[^\s|›»>]+"  # one word of a breadcrumb; words are separated by one space, so no run can be split two ways
_CRUMBS = re.compile(rf"^{_W}(?: {_W}){{0,2}} ?(?:\s*[|›»>]\s*{_W}(?: {_W}){{0,2}} ?){{1,6}}$")
# "Home / News / Announcements": slashes part a trail only where there are two or more of them
# ("Russia / Ukraine" may be a headline's label).
# Parted by two arrows or more, a trail's labels may be longer ("Home > Newsroom > Press Statements, Transcripts & Photos").
_ARROW_CRUMBS = re.compile(rf"^{_W}(?: {_W}){{0,4}}(?:\s*[›»>]\s*{_W}(?: {_W}){{0,5}}){{2,6}}$")
_SLASH_CRUMBS = re.compile(r"^[^\s/]+(?: [^\s/]+){0,2}(?: / [^\s/]+(?: [^\s/]+){0,2}){2,6}$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BARE_YEAR = re.compile(r"(?:^|[|›»>/])\s*(?:19|20)\d\d\s*(?:$|[|›»>/])")
_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣*]|[-–](?=\s))\s+")
_FURNITURE_AFTER_MARKER = frozenset(":([|/-–—.©ⓒ»›>#")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
# An embedded social post ends with its author, handle and day:
# "... — Jane Roe (@janeroe) March 3, 2025".
_POST_SIGNATURE = re.compile(r"[—–-]\s*[^—–]{1,80}\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}\s*$")
_POST_LEAD_IN = re.compile(r"[:!]\s*$|#\w|https?://")
# A photo credit on a line of its own: "SPUTNIK/VIA REUTERS", "© AP Photo/ Jane Roe", "Getty Images".
_PHOTO_WORD = re.compile(r"\b(?:photo|photos|image|images|pictures?|via|pool|file)\b", re.I)
_CREDIT_LINE_MAX_WORDS = 6
# A line this long is prose even without a full stop (a lead cut by the excerpt, a summary
# lead); headlines are shorter.
LONG_LINE_WORDS = 25
# A caption that ends with a slash-separated credit: "... the pandemic. Jane Roe / EPA / TASS".
# A caption that ends with a credit after its last sentence: "... in Lima. AGENCY - JANE ROE",
# "... on Monday. PHOTO | AGENCY", "... on Monday. —AGENCY POOL".
_TRAILING_CREDIT = re.compile(r"[.!?]\s+(?:[|—–-]\s*)?(?P<credit>[^.!?()]{2,50})$")
_TRAILING_CREDIT_WORDS = 6
# A photographer's credit and the agency or outlet, in brackets after a caption's last sentence:
# "... next month. (Jane Roe/The Example Press)".
_NAME_SLASH_NAME = re.compile(r"[.!?]\s+\((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*/"
                              r"\s*(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*\)\s*$")
# Above the article, a photographer's credit in brackets closes a caption even where no full stop
# comes before it: "(Jane Roe/EXA)", "(Example News: Jane Roe)", the outlet and its photographer.
_PERSON = r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*"
_BRACKET_PHOTOGRAPHER = re.compile(rf"\((?:{_PERSON}\s*/\s*[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){{0,4}}"
                                   rf"|[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,3}}:\s*{_PERSON})\)\s*$")
# A photographer's name and the outlet joined by a slash after a caption's last sentence, a slash or bar
# parting them from it or not: "... at the airport. / J. Roe/EXA", "... at the airport. Jane Roe/Example Post".
_PHOTOGRAPHER_SLASH = re.compile(rf"[.!?]\s+(?:[/|]\s*)?{_PERSON}\s*/\s*(?:[A-Z][\w'’.&-]*\s+){{0,4}}[A-Z][\w'’.&-]*\s*$")
_SLASH_CREDIT = re.compile(r"(?:^|[.!?]\s+)(?P<credit>[^.!?]{2,60}(?:\s*/\s*[^/.!?]{2,30}){1,3})\s*$")


def norm(line: str) -> str:
    """A line as compared with the lexicon: ends trimmed, spaces collapsed, lower case."""
    return " ".join(line.strip(EDGE).split()).lower()


def key(line: str) -> str:
    """A line as compared with another line: norm() with one form of quotes and dashes."""
    return norm(line.translate(_QUOTES))


_RECORDING_LINK_WORDS = 12  # "Listen: Morning News 07:00 (3 min)" is a short line
# A bar of tools or links scraped as one line: short items parted by bars.
_TOOLBAR = re.compile(r"[^|]{1,40}(?:\|[^|]{1,40}){1,8}")
# A row of links scraped as one line: two to six labels parted by bars, each of a few words.
_LINK_ROW = re.compile(r"[^|]{1,60}(?:\|[^|]{1,60}){1,5}")


def is_clutter(n: str) -> bool:
    """True for a furniture line, given its norm() form (breadcrumbs "Home | World | Asia" too, and a
    toolbar whose every item between bars is furniture)."""
    lex = lexicon()
    if not n or n in lex.clutter_lines or not _LATIN_OR_DIGIT.search(n):
        return True
    if ((any(sep in n for sep in "|›»>") and (_CRUMBS.match(n) or _ARROW_CRUMBS.match(n))) or _SLASH_CRUMBS.match(n)) \
            and not _dated(n):
        return True  # a breadcrumb trail; one with a date in it is a date line ("Source: X | 2024-03-05 | ...")
    if is_share_bar(n) or is_follow_call(n) or lex.ad_label.match(n) or _WEB_LINE.match(n) \
            or lex.cookie_notice.fullmatch(n):
        return True
    if n.count(" ") < _RECORDING_LINK_WORDS and lex.recording_link.fullmatch(n):
        return True
    if "|" in n and _TOOLBAR.fullmatch(n) and all(is_clutter(p.strip(EDGE)) for p in n.split("|")):
        return True  # a toolbar: "skip to main content | screen reader access | a- a a+"
    if "|" in n and _LINK_ROW.fullmatch(n) and all(lex.link_call.match(p.strip(EDGE)) for p in n.split("|")):
        return True  # a row of links: "follow live updates | read the full text of the declaration"
    return n.count(" ") < 5 and bool(lex.relative_time.match(n) or lex.clutter_patterns.fullmatch(n))


def _dated(n: str) -> bool:
    """True for a line holding a date, a time of day opening a line over a day, or a year standing alone between separators ("| 2024 |"); a
    year inside a label ("Elections 2024") dates nothing."""
    # (a time of day over a day without its year, "16:47 | lima, nov. 14.", is a date line too)
    return bool(find_dates(n) or _BARE_YEAR.search(n) or (leading_time(n) and find_yearless(n)))


_BAR_SEPARATORS = re.compile(r"\s*[|,·•\[\]]\s*")


def is_share_bar(n: str) -> bool:
    """True for a line (norm() form) of share buttons, bars between them or not: "share this",
    "facebook twitter whatsapp", "share this page: facebook | x | linkedin", "telegram", each
    button in brackets or not ("[share] [print] [close]")."""
    return bool(lexicon().share_bar.match(_BAR_SEPARATORS.sub(" ", n).strip()))


_BUTTON_SEPARATORS = re.compile(r"\s*(?:[|,/&·•]|\band\b)\s*")


_PURPOSE_MAX_WORDS = 20
_INNER_STOP = re.compile(r"[.!?]\s+\S")


def is_follow_call(n: str) -> bool:
    """True for a line (norm() form) calling the reader to follow the outlet on its channels
    ("follow example news on x | facebook | whatsapp"), and saying what that brings or not ("follow
    example on x and instagram for insights on business from the region.": one sentence)."""
    lex = lexicon()
    m = lex.follow_call.match(n)
    if not m:
        return False
    buttons = m["buttons"]
    if is_share_bar(_BUTTON_SEPARATORS.sub(" ", buttons).strip()):
        return True
    purpose = lex.follow_purpose.search(buttons)
    if not purpose:
        return False
    tail = buttons[purpose.end() :]
    return (len(tail.split()) <= _PURPOSE_MAX_WORDS and not _INNER_STOP.search(tail)
            and is_share_bar(_BUTTON_SEPARATORS.sub(" ", buttons[: purpose.start()]).strip()))


# A web address alone on a line, or after a short label ("direct link: example.org/d/123").
_WEB_LINE = re.compile(r"^(?:[a-z][a-z ]{0,30}:\s*)?(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?$")


def is_web_line(line: str) -> bool:
    """A web address alone on a line ("www.example.net", "https://example.org/news")."""
    return bool(_WEB_LINE.match(norm(line)))


_MENU_GAP = re.compile(r"\s{2,}|\t")
_MENU_BAR = re.compile(r"\s*\|\s*")
_MENU_ITEMS = 3
_LONE_SEPARATORS = frozenset("|·•/")
# Parted by bars, three short items may be a byline's name, role and place ("Jane Roe | Reporter | Lima");
# a navigation bar lists more sections.
_MENU_BAR_ITEMS = 4
_MENU_ITEM_WORDS = 3
# A date line parts its few items the same way ("Jane Roe | 14 June 2024 | 10:15"), so an item with a
# year makes no menu; but a bar of more items than this may name one event of the year among its
# sections ("World | Politics | ... | Summit 2025").
_MENU_DATED_ITEMS = 5


def is_menu(line: str) -> bool:
    """A navigation bar or language switch scraped as one line, its items (short section labels)
    parted by wide gaps ("Home  World  Just In  For You", "English  Español  বাংলা") or by bars
    ("China | World | Business & Economy | Sci-Tech | Photos", an ampersand counting as no word of its item:
    "Israel at War | Israel & the Region | Blogs | Podcasts"): never a headline, however many
    items a breadcrumb trail would hold. An item may open with a letter of a script without
    capitals (a language switch names each language in its own script). A bar of six items or
    more may hold one with a year (an event's own section, "Summit 2025")."""
    text = line.strip()
    if _single_word_menu(text):
        return True
    items = [x for x in _MENU_GAP.split(text) if x and x not in _LONE_SEPARATORS]  # ("AP  |  World  Politics  Sports")
    least, bars = _MENU_ITEMS, False
    if len(items) < _MENU_ITEMS and "|" in text:  # (a labelled item, "Source: X | Editor: Y", is a credit line)
        items, least, bars = [x for x in _MENU_BAR.split(text.strip("| ")) if x], _MENU_BAR_ITEMS, True
    dated = sum(1 for x in items if _YEAR.search(x))
    return len(items) >= least and dated <= (1 if len(items) > _MENU_DATED_ITEMS else 0) and all(
        _item_words(x) <= _MENU_ITEM_WORDS and _capital_or_caseless(x[0]) and not re.match(r"By\b", x)
        and (not re.search(r"[.,;:!?]$", x) or _INITIALS.fullmatch(x)) and not (bars and ":" in x)
        for x in items)


# An item of initials closed by their full stop ("U.S.", "U.K."): a section label, no sentence's end.
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_MENU_WORD = re.compile(r"^[\w&'’-]+$")
_MENU_WORDS_LEAST = 4
_MENU_LABELS_LEAST = 3


def _single_word_menu(text: str) -> bool:
    """A navigation bar of one-word items parted by single spaces ("Home News Sport Weather Sounds"):
    four words or more, none a small lower-case word, at least three of them (and half) the names
    of a site's sections ("news", "sport", "weather"); a headline in title case names no such run."""
    words = text.split()
    if len(words) < _MENU_WORDS_LEAST or not all(_MENU_WORD.match(w) and not w.islower() for w in words):
        return False
    lex = lexicon()
    labels = sum(1 for w in words if lex.section_words.fullmatch(w.lower()) or w.lower() in lex.menu_words)
    return labels >= _MENU_LABELS_LEAST and 2 * labels >= len(words)


def _item_words(item: str) -> int:
    """The words of a menu item; a sign joining two labels ("Israel & the Region") is none."""
    return sum(1 for w in item.split() if re.search(r"\w", w))


def _capital_or_caseless(c: str) -> bool:
    """True for a capital letter, or a letter of a script without capitals ("ব")."""
    return c.isupper() or (c.isalpha() and not c.islower())


def is_arrow_link(line: str) -> bool:
    """A link to another page, opened by an arrow and no sentence (">> Leaders meet in Lima, May 3",
    "» Other story"): an arrow opening a line of prose may be a quotation mark (»Yes«, he said.)."""
    text = line.strip()
    arrow = lexicon().link_arrow.match(text)
    return bool(arrow) and is_headline_like(text[arrow.end() :], max_words=20)


def is_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def is_prose(line: str) -> bool:
    """A paragraph of the article proper: a sentence of eight words or more, or a long line."""
    words = len(line.split())
    return (words >= 8 and is_sentence(line)) or words >= LONG_LINE_WORDS


# A full stop inside a line that ends a sentence, not an initial ("S. Jaishankar", "U.S. envoy") nor a
# month's abbreviation ("Nov. 26").
_INNER_STOP = re.compile(r"(?P<word>\w*)(?<!\b[A-Z])\. ")


def _inner_stop(line: str) -> bool:
    months = lexicon().months
    return any(m["word"].lower() not in months for m in _INNER_STOP.finditer(line))


def is_headline_like(line: str, max_words: int = 16) -> bool:
    """A short line that is no sentence: a headline, a link, a subheading or a label."""
    words = len(line.split())
    return 0 < words <= max_words and not re.search(r"[.;,]\s*$", line) and not _inner_stop(line.strip())


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def is_end_marker(n: str) -> bool:
    """True for a furniture line (given its norm() form) opening with an end marker
    ("Tags: ...", "Comments (3)", "Source: ...", "Reporting by ...").

    A prose paragraph that merely starts with a marker word ("Comments from Beijing on the
    plan were muted, ...") is not one: the marker must be the whole line, be followed by a
    label colon, a count or other punctuation, or open a short line that is no sentence.
    A short furniture line naming a sidebar ("Most popular", "Weekly newsletter") ends it too, and
    so does a press release's "ENDS".
    """
    lex = lexicon()
    if lex.credit_markers.match(n) or lex.end_line.fullmatch(n):
        return True
    m = lex.end_markers.match(n)
    if not m:
        return len(n.split()) <= lex.end_marker_max_words and not is_sentence(n) and bool(lex.end_words.search(n))
    marker = m.group(0)
    if not marker[0].isalnum():  # "©", "(end)", "[end]": never the start of prose
        return True
    rest = n[m.end() :]
    if rest[:1].isalnum() and marker[-1].isalnum():
        return False  # the marker is only the start of a longer word ("tagsmith")
    rest = rest.lstrip().rstrip("?!")  # "Was this page helpful?": the marker is the whole line
    if not rest or rest[0].isdigit() or rest[0] in _FURNITURE_AFTER_MARKER:
        return True
    return len(n.split()) <= lex.end_marker_max_words + 2 and not is_sentence(n)


def is_bracketed_link(line: str) -> bool:
    """True for a line opening with a link-list marker in square brackets ("[Related] Other story")."""
    return line.lstrip().startswith("[") and bool(lexicon().link_list.match(norm(line)))


# "Read more on the blog", "See also in Politics": a marker, then where the links lead, and no sentence;
# "Read more on:" over a line of the story's tags, the preposition left without its object.
_MARKER_WHERE = re.compile(r"\s+(?:on|in|from|at|about)(?:\s+[^.!?:]{1,30})?$")


def is_link_list_marker(n: str) -> bool:
    """True for a line (norm() form) that opens a list of links: "Read more:", "Also read",
    "Read more on the blog", "Read more on:"."""
    link_list = lexicon().link_list
    m = link_list.match(n)
    if m:
        return True
    where = _MARKER_WHERE.search(n)
    return bool(where) and len(n.split()) <= 7 and bool(link_list.fullmatch(n[: where.start()]))


def undouble(line: str) -> str | None:
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


def has_caption_cue(line: str) -> bool:
    lower = line.lower()
    return any(c in lower for c in lexicon().caption_cues)  # substring tests beat a regex here


def _names_a_credit(text: str) -> bool:
    return bool(lexicon().credit_names.search(text))


def is_credit_line(line: str) -> bool:
    """A photo credit standing alone: "SPUTNIK/VIA REUTERS", "© AP Photo/ Jane Roe", "Getty Images";
    an agency's name alone ("KYODO NEWS") credits the text, not a photo."""
    text = line.strip()
    if len(text.split()) > _CREDIT_LINE_MAX_WORDS or is_sentence(text) or re.match(r"by\b", text, re.I):
        return False
    photo = text.startswith(("©", "ⓒ")) or "/" in text or bool(_PHOTO_WORD.search(text))
    return photo and _names_a_credit(text)


_BRACKETED = re.compile(r"\(\s*([^()]{2,40}?)\s*\)")
_CREDIT_NAME = re.compile(r"^[A-Z0-9][\w'’.&/-]*(?:\s+[A-Z0-9][\w'’.&/-]*){0,3}$")


def is_bracketed_credit(line: str) -> bool:
    """A line that is only credits in brackets: the agency or outlet under the last paragraph, by
    name or web address ("(EXA-MPL)", "(ENA)(www.example.org)"), or two joined by a slash ("(XT/QNA)");
    dashes may lead it in ("--(EXA)")."""
    text = line.strip().lstrip("-—– ").rstrip(".").strip()
    parts = _BRACKETED.findall(text)
    return (bool(parts) and not _BRACKETED.sub("", text).strip()
            and all(_CREDIT_NAME.match(p) or _WEB_LINE.match(p.lower()) for p in parts))


def _trailing_credit(line: str) -> str | None:
    """The credit standing after a caption's last sentence ("AGENCY - JANE ROE", "PHOTO | AGENCY",
    "Courtesy photo")."""
    m = _TRAILING_CREDIT.search(line.strip())
    if not m:
        return None
    credit = m.group("credit").strip()
    words = [w for w in re.split(r"[\s|/:–—-]+", credit) if w]
    # lower-case words only where they are "via", "by" or a credit's own word ("Courtesy photo", "File photo")
    if not 0 < len(words) <= _TRAILING_CREDIT_WORDS or any(
            w[0].islower() and w not in ("via", "by") and not _PHOTO_WORD.fullmatch(w) for w in words):
        return None
    return credit if _names_a_credit(credit) else None


_LABEL_AFTER_SENTENCE = re.compile(r"[.!?]\s+(?P<label>[A-Za-z ]{2,20}?)\s*:\s*"
                                   r"(?:[A-Z][^.!?]{1,100}|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})$")


def _labelled_credit_after(line: str, photo: bool = False) -> bool:
    """A caption whose last sentence is followed by a labelled credit ("... in Lima. Photo: Jane
    Roe/Office of the President", "... in Lima. Photo: president.example.org"); with ``photo``, only a label
    naming a photo or an image ("Photo:", not "Source:")."""
    m = _LABEL_AFTER_SENTENCE.search(line.strip())
    return (bool(m) and bool(lexicon().credit_label_start.fullmatch(f"{m['label']}:"))
            and (not photo or bool(_PHOTO_WORD.fullmatch(m["label"].strip()))))


def _credit_colon(credit: str) -> bool:
    """True for an agency or photo credit and a colon opening a bracketed credit ("(AP: Jane Roe)")."""
    m = re.match(r"[(\[]\s*([^:()\[\]]+):", credit)
    return bool(m) and bool(lexicon().credit_names.fullmatch(m[1].strip()))


def is_caption(line: str, before_body: bool) -> bool:
    """A photo caption: credited in parentheses or after its last sentence, labelled ("Photo: ..."),
    cued ("in this photo")."""
    lex = lexicon()
    credit = lex.credit_tail.search(line)
    trailing = _trailing_credit(line)
    if before_body:
        slash = _SLASH_CREDIT.search(line)
        slashed = bool(slash) and (_names_a_credit(slash["credit"]) or bool(lex.credit_label_start.match(slash["credit"])))
        return (bool(credit) or bool(trailing) or has_caption_cue(line) or bool(lex.caption_label.match(line.strip()))
                or slashed or bool(_NAME_SLASH_NAME.search(line)) or bool(_BRACKET_PHOTOGRAPHER.search(line))
                or bool(_PHOTOGRAPHER_SLASH.search(line))
                or _labelled_credit_after(line))
    if trailing and _PHOTO_WORD.search(trailing):  # "... on Monday. —AGENCY POOL"
        return True
    if lex.caption_label.match(line.strip()):  # "Photo: The leaders at the talks", "[Photo] ..."
        return True
    if _labelled_credit_after(line, photo=True):  # "The president in Lima. Photo: president.example.org"
        return True
    # Inside the body a bare "(Yonhap)" can end a paragraph; a caption needs more: a joint
    # credit ("(AP-Yonhap)", "(AP: Jane Roe)"), a cue, or a photographer's credit ("© Jane Roe / AFP").
    joint = credit and (any(c in credit.group(0) for c in "-/[") or _credit_colon(credit.group(0)))
    if credit and (joint or has_caption_cue(line)):
        return True
    if _NAME_SLASH_NAME.search(line):  # "... next month. (Jane Roe/The Example Press)"
        return True
    slash = "©" in line and _SLASH_CREDIT.search(line)
    return bool(slash and "©" in slash.group("credit") and _names_a_credit(slash.group("credit")))


_NAMES_ONLY_MIN_WORDS = 6


def names_only(line: str) -> bool:
    """A photo caption listing who stands with whom, and where ("Minister Jane Roe with President
    John Doe of Freedonia in Lima."): a sentence whose every lower-case word is a linking word from
    page.yaml or a noun after "the", so that it has no verb, as every lead has."""
    words = re.findall(r"[\w'’-]+", line)
    if len(words) < _NAMES_ONLY_MIN_WORDS or not line.rstrip().endswith("."):
        return False
    lex = lexicon()
    lower = [w for k, w in enumerate(words) if w[0].islower()
             and not (k and words[k - 1].lower() in lex.caption_noun_openers)]  # "at the ministry"
    if all(w in lex.caption_linking_words for w in lower):
        return bool(lower)
    # "President X of Y welcoming President Z at the palace, Lima, yesterday.": one participle says what
    # they do, no finite verb
    doing = [w for w in lower if w not in lex.caption_linking_words and w not in lex.caption_time_words]
    return len(doing) == 1 and _PARTICIPLE.fullmatch(doing[0]) is not None


_PARTICIPLE = re.compile(r"[a-z]{2,}[^aeiou\W]ing")  # "welcoming", "greeting", "signing" (not "king", "bring")


# "© Jane Roe/AGENCY" or "© Jane Roe/AGENCY - The ministers at the talks": a photographer's
# credit (names and a slash, no year), not the copyright notice that ends a page.
_PHOTO_COPYRIGHT = re.compile(r"^[©ⓒ]\s*(?P<credit>[A-Z][^/\d]{1,40}/\s*[A-Za-z][^\d]{0,30}?)(?:\s+[-–—]\s+\S.*)?$")
_NOTICE = re.compile(r"\b(?:copyright|rights|reserved)\b", re.I)


def is_photo_copyright(line: str) -> bool:
    """A photographer's credit opening with "©" inside the body (the caption may follow it)."""
    m = _PHOTO_COPYRIGHT.match(line.strip())
    return bool(m) and len(m["credit"].split()) <= _CREDIT_LINE_MAX_WORDS and not _NOTICE.search(line)


# A copyright sign anywhere in a line: "©", "ⓒ", "(c)" standing as a word, "Copyright".
_COPYRIGHT_SIGN = re.compile(r"[©ⓒ]|(?<!\w)\(c\)(?!\w)|\bcopyright\b", re.I)
_NOTICE_MAX_WORDS = 12
_NOTICE_SMALL_WORDS = frozenset({"of", "the", "and", "de", "la", "le", "du", "des", "el", "da", "do", "di"})


def is_copyright_notice(line: str) -> bool:
    """The page's copyright notice on a line of its own, its sign anywhere ("Example Times (c) 2023",
    "Example Radio © 2023 - Tous droits réservés"): a copyright sign, a year or the words reserving
    the rights, and besides them only the owner's name (capitalised words). The words reserving the
    rights make one without the sign ("EXAMPLE.NET. All rights reserved."). A photographer's credit
    ("© Jane Roe/AGENCY", "Photo: Jane Roe (c) AGENCY") is none: it names a photo or parts names by a slash."""
    text = line.strip()
    lex = lexicon()
    if (not (_COPYRIGHT_SIGN.search(text) or lex.rights_reserved.search(text))
            or len(text.split()) > _NOTICE_MAX_WORDS or "/" in text
            or _PHOTO_WORD.search(text) or not (_YEAR.search(text) or lex.rights_reserved.search(text))):
        return False
    rest = _YEAR.sub(" ", lex.rights_reserved.sub(" ", _COPYRIGHT_SIGN.sub(" ", text)))
    words = [w for w in re.findall(r"[^\s\-–—|.,:;()]+", rest)]
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _NOTICE_SMALL_WORDS for w in words)


# A link to another story, dated in brackets: "Ministers meet in Riga (2024-11-18)", "... (18.11.2024)".
_DATED_LINK = re.compile(r"\((?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)\)\s*$")


def is_dated_link(line: str) -> bool:
    """A headline-like line ending with its day in brackets: a link to another story."""
    return bool(_DATED_LINK.search(line)) and is_headline_like(line, max_words=30)


def is_promo(line: str) -> bool:
    """A publisher's promotion inside the body ("Follow our Google News channel ..."), its notice
    to readers ("Please contact us for subscription options.") or a link to a gallery ("Leaders
    meet in Rome — in pictures")."""
    lex = lexicon()
    return (len(line.split()) <= 25 and bool(lex.promo.search(line))) or bool(lex.publisher_notices.search(line))


def is_post_signature(line: str) -> bool:
    """The last line of an embedded social post ("... — Jane Roe (@janeroe) March 3, 2025")."""
    return "(@" in line and bool(_POST_SIGNATURE.search(line))


def is_post_lead_in(line: str) -> bool:
    """A line of an embedded post above its signature: ends with ':' or '!', or holds a tag or link."""
    return bool(_POST_LEAD_IN.search(line))


def opens_with_pronoun(line: str) -> bool:
    """True when a paragraph's subject is a bare pronoun ("On Tuesday, he will ...").

    A possessive behind a noun phrase refers to it ("The minister, his voice breaking, said"):
    it is bare only behind a lead-in phrase (a preposition, adverb, time word or participle).
    """
    lex = lexicon()
    m = lex.lead_pronoun.match(line.strip())
    if not m or not m["lead"] or m["pronoun"].lower() not in lex.lead_possessives:
        return bool(m)
    first = m["lead"].split()[0].lower() if m["lead"].split() else ""
    return first in lex.lead_in_words or first.endswith(("ing", "ed"))


def strip_tail_furniture(line: str) -> str:
    """A paragraph without a closing furniture sentence ("Advertisement") or end symbol ("■")."""
    lex = lexicon()
    previous = None
    while previous != line:
        previous = line
        line = lex.end_symbols.sub("", lex.inline_clutter.sub("", line)).rstrip()
        if line[-1:] in ".!?\"”’)" and line[-2:-1] not in "■□▪◼◾●◆◇▲":  # ends as a sentence: done
            break
    return line


def strip_shortcodes(line: str) -> str:
    """A line without publishing-system shortcodes ("[ad_1]", "[dropcap]C[/dropcap]iting" -> "Citing")."""
    return lexicon().shortcodes.sub("", line) if "[" in line else line
