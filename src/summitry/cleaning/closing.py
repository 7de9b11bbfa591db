"""What closes an article body without being the article: contributors' credits, editors'
slug tags, desk codes, the reporter's e-mail address, labelled credits ("Translation: Jane
Roe"), broadcast sign-offs and an anchor's segue, often glued to the last paragraph ("... in
Lima. --- Jane Roe contributed to this article."). Phrases come from page.yaml.
"""

from __future__ import annotations

import re

from .credits import agency, is_person_name, outlet
from .lexicon import lexicon

# Where a sentence may start inside a paragraph: after a full stop and a space, before a
# word, a quote or a bracket (transcripts may write a name in lower case) or a lone hyphen ("... in
# 2023. - example.org"); or at a dash standing between two sentences ("--- Jane").
_SENTENCE_START = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"'“‘(]?\w|-\s)|\s+(?=-{2,}|[—–]\s)")
_LAST_SENTENCES = 6  # a closing sentence is looked for among this many last sentence starts
_MAX_CLOSING_WORDS = 40
_PLACE_MAX_WORDS = 5
# "jroe@example.com", "Contact the writer: jroe@example.com", "Jane Roe, jroe@example.com", and the
# address alone in brackets, as the reporter's signature: "(jroe@example.com)"
_EMAIL = re.compile(r"^(?:[^.!?@\"“”]{1,40}[:,]\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$"
                    r"|^[(\[<]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)\]>]\.?$")
# A desk's code: initials and a filing time joined by slashes ("ABC/DE/1640 hrs", "XY/ZZ", the hands
# of one desk joined by hyphens: "ab-cde/fg"; each hand's initials closed by a slash: "ab/ cde/"), an agency's initials standing alone after the last
# sentence ("... on Monday. ABC"), the agency's initials and its desk hands' parted by spaces ("ABC  DE  FGH"),
# or an editor's initials with stops ("J.R").
_DESK_CODE = re.compile(r"^(?:[A-Z]{2,6}(?:/(?:[A-Za-z]{1,6}|\d{3,4}))*|[A-Z]{2,6}(?:\s+[A-Z]{2,3}){1,3}"
                        r"|[a-z]{2,4}(?:-[a-z]{2,4})*(?:/[a-z]{2,4}(?:-[a-z]{2,4})*)+"
                        r"|[a-z]{2,4}/(?:\s*[a-z]{2,4}/)*"
                        r"|[A-Z](?:\.[A-Z]){1,3}\.?)"
                        r"(?:\s+\d{3,4})?(?:\s*(?i:hrs?|hours|gmt|utc))?$")
# A credit of names joined by slashes: "ABC/Jane Roe/John Doe" (photographers, desk hands).
_SLASHED_NAMES = re.compile(r"^[A-Z][\w'’.-]*(?: [\w'’.-]+){0,2}(?:\s*/\s*[A-Z][\w'’.-]*(?: [\w'’.-]+){0,2}){1,4}$")
# An agency's credit in brackets and the initials of the editor who filed it: "(AGENCY) jr", "(AGENCY) ab/cd".
_AGENCY_INITIALS = re.compile(r"^\((?P<who>[^()]{2,30})\)\s+[a-z]{1,4}(?:/[a-z]{1,4})*$")
# The editors' initials before the wires the story drew on, in brackets: "ab/cd (AGENCY, AGENCY)".
_INITIALS_AGENCIES = re.compile(r"^[a-z]{1,4}(?:/[a-z]{1,4})+\s+\((?P<who>[^()]{2,60})\)$")
_BIO = re.compile(r"^(?P<who>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}) is (?:a|an|the|our|[A-Z]\w+'s)\s(?P<rest>.{3,120})$")
# The site's web address standing as a credit after the last sentence ("... in Lima. – example.gov.xx").
_WEB_CREDIT = re.compile(r"^(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6}$")
# An outlet signing its story after a dash: "- EXAMPLE", "— eXample TV" (each word holds a capital).
_DASH_CREDIT = re.compile(r"^[-—–]\s*[^\W\d_]*[A-Z][\w&']*(?:\s+[^\W\d_]*[A-Z][\w&']*){0,2}$")
_WITH = re.compile(r"^(?:(?P<own>[^,()]{2,30}?)\s+)?(?i:with)\s+(?P<who>.{2,60})$")
_SIGNATURE_WORDS = (2, 6)
_ADDRESS_MAX_WORDS = 12
_FILING_TIME = re.compile(r"(?<![\d:.])(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{4}(?=\s*(?i:gmt|utc|hrs?)\b))(?![\d:])",
                          re.I)
_ZONE_LETTERS = 4  # "GMT", "AEST": a time zone's abbreviation
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def strip_closing(paragraphs: list[str]) -> list[str]:
    """The body without the credits, slug tags and sign-offs at its end; never emptied."""
    out = list(paragraphs)
    while len(out) > 1 and _is_tag_list(out[-1]):
        out.pop()
    while len(out) > 1 and _is_copyright_line(out[-1]):
        out.pop()
    while len(out) > 1 and _is_address(out[-1]):
        out.pop()
        if len(out) > 1 and _is_sender(out[-1]):
            out.pop()
    while out:
        cut = _closing_start(out[-1])
        if cut is None and _signed(out):
            cut = 0
        if cut is None:
            break
        rest = out[-1][:cut].rstrip(" -—–")
        if rest:
            out[-1] = rest
        elif len(out) > 1:
            out.pop()
        else:
            break
    return out


_TAGS_MIN = 4
_TAG_MAX_WORDS = 3


def _is_tag_list(paragraph: str) -> bool:
    """The story's tags standing alone under it: four or more short terms parted by commas, no sentence
    ("PLACE, PLACE, diplomacy, Name")."""
    tags = [t.strip() for t in paragraph.split(",")]
    return (len(tags) >= _TAGS_MIN and not _SENTENCE_END.search(paragraph)
            and all(0 < len(t.split()) <= _TAG_MAX_WORDS for t in tags))


_COPYRIGHT_MAX_WORDS = 10


def _is_copyright_line(paragraph: str) -> bool:
    """The site's copyright notice standing alone under the article: a short line with the sign
    ("Example Radio © Example Broadcasting S.A.")."""
    return ("©" in paragraph or "ⓒ" in paragraph) and len(paragraph.split()) <= _COPYRIGHT_MAX_WORDS


def _is_address(paragraph: str) -> bool:
    """A postal address standing alone: a short line, no sentence, a street word and a number
    ("ul. Example 10, 00-950 Town", "12 Example Street, Lima")."""
    return (len(paragraph.split()) <= _ADDRESS_MAX_WORDS and not _SENTENCE_END.search(paragraph)
            and bool(re.search(r"\d", paragraph)) and bool(lexicon().street.search(paragraph)))


def _is_sender(paragraph: str) -> bool:
    """The publisher's name over its address ("Office of the President of Example")."""
    return (len(paragraph.split()) <= _ADDRESS_MAX_WORDS and not _SENTENCE_END.search(paragraph)
            and not re.search(r"\d", paragraph) and _only_names(paragraph))


def _signed(paragraphs: list[str]) -> bool:
    """True when the last paragraph is a signature under the article: a name or an office alone,
    or the last line of a signature in two lines, a name over an office ("Jane Roe" / "Government
    Spokesperson"), under a paragraph that ends as a sentence."""
    for lines in (1, 2):
        if len(paragraphs) > lines and all(map(_is_signature, paragraphs[-lines:])) \
                and _SENTENCE_END.search(paragraphs[-lines - 1]):
            return True
    return False


def _closing_start(text: str) -> int | None:
    """Where closing matter starts at the end of a paragraph, or None."""
    if tag := lexicon().closing_tag.search(text):
        return tag.start()
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(text) if not _after_month(text, m.start())]
    found = None
    for start in reversed(starts[-_LAST_SENTENCES:]):
        if is_closing_sentence(text[start:]):
            found = start  # an earlier start still closing: the later one split a name ("St. Paul")
        elif not _INITIAL_BEFORE.search(text, max(0, start - 6), start):
            break  # (after an initial, a start may split a name: "writer Jane M. Roe ... contributed.")
    return found


_INITIAL_BEFORE = re.compile(r"\b[A-Z]\.\s*$")


_WORD_BEFORE_STOP = re.compile(r"(\w+)\.$")


def _after_month(text: str, stop: int) -> bool:
    """True when the full stop before a sentence start closes a month's abbreviation ("on Nov. 18-19."):
    the day follows, no new sentence."""
    m = _WORD_BEFORE_STOP.search(text[:stop])
    return bool(m) and m[1].lower() in lexicon().months and text[stop:].lstrip()[:1].isdigit()


def is_closing_sentence(sentence: str) -> bool:
    """True for a credit, a sign-off or an anchor's segue standing as a sentence."""
    if _DASH_CREDIT.match(sentence.strip()):
        return True
    text = sentence.translate(_QUOTES).strip().lstrip("-—– ").strip()
    if not text or len(text.split()) > _MAX_CLOSING_WORDS:
        return False
    segue = bool(lexicon().segue.search(text)) and not _SENTENCE_START.search(text)
    return (segue or _is_code(text) or _is_labelled_credit(text) or _is_credit(text) or _is_signoff(text)
            or _is_bio(text) or _is_agency_credit(text) or bool(_WEB_CREDIT.match(text)) or _is_filing_time(text)
            or bool(lexicon().publication_note.match(text)) or _is_funding_note(text))


def _is_funding_note(text: str) -> bool:
    """The outlet's note on who funds its work, under the story ("The Example Press receives support from
    several private foundations ..."): a known agency or outlet names itself before the phrase."""
    m = lexicon().funding_note.match(text)
    return bool(m) and bool(agency(m["who"]) or outlet(m["who"]))


_ISO_DAY = re.compile(r"(?<![\d-])(?:19|20)\d\d-\d\d-\d\d(?![\d-])")


def _is_filing_time(text: str) -> bool:
    """The time the story was filed, under it: "16:04 LOCAL TIME 13:04 GMT", "0915 GMT", with its day or
    not ("AGENCY 1842 GMT 2022-12-04")."""
    rest, times = _FILING_TIME.subn(" ", _ISO_DAY.sub(" ", text))
    allowed = lexicon().filing_time_words
    return times > 0 and all(w.lower() in allowed or (w.isupper() and len(w) <= _ZONE_LETTERS)
                             for w in re.findall(r"\w+", rest))


def _is_bio(text: str) -> bool:
    """The writer's note: "Jane Roe is our correspondent in Lima.", "John Doe is a senior editor at Example."."""
    m = _BIO.match(text)
    return bool(m) and is_person_name(m["who"]) and bool(
        re.search(rf"\b(?:{'|'.join(map(re.escape, lexicon().byline_roles))})s?\b", m["rest"].lower()))


def _is_signature(paragraph: str) -> bool:
    """A name or an office signing under the last paragraph ("Press and Information Department")."""
    paragraph = paragraph.lstrip("-—– ")  # "- Press and Information Department"
    words = paragraph.split()
    return (_SIGNATURE_WORDS[0] <= len(words) <= _SIGNATURE_WORDS[1] and not _SENTENCE_END.search(paragraph)
            and not re.search(r"\d", paragraph) and not re.match(r"(?i)by\b", paragraph)  # a byline gives a credit
            and _only_names(paragraph))


def _is_agency_credit(text: str) -> bool:
    """ "With AGENCY", "With AGENCY and AGENCY", "With agencies", "AGENCY, AGENCY, AGENCY": the wires the
    text drew on; "(OUTLET with AGENCY, AGENCY)": the outlet's own staff and the wires, in brackets or not."""
    text = text.rstrip(".")
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    m = _WITH.match(text)
    if m and m["own"] and not (agency(m["own"]) or outlet(m["own"]) or _only_names(m["own"])):
        return False  # the outlet's own name, known or in capitalised words, before the wires
    who = m["who"] if m else text
    names = [p.strip() for p in re.split(r",|\band\b|&", who) if p.strip()]
    if not m and len(names) < 2:  # a lone name is a desk code or a signature, judged there
        return False
    return bool(names) and all(n.lower() in lexicon().staff_words or agency(n) or outlet(n) for n in names)


def _is_code(text: str) -> bool:
    """An e-mail address, a desk code ("ABC/DE/1640 hrs", "ABC", "(AGENCY) jr"), a number or names joined by slashes
    ("ABC/Jane Roe/John Doe"; with one slash only where it names a photo credit or agency)."""
    if _EMAIL.match(text) or _DESK_CODE.match(text):
        return True
    if (m := _AGENCY_INITIALS.match(text)) and agency(m["who"]):
        return True
    if (m := _INITIALS_AGENCIES.match(text)) and _is_agency_credit(m["who"]):
        return True
    if not _LETTER.search(text):  # a story number of digits and signs ("8123**4567")
        return True
    return bool(_SLASHED_NAMES.match(text)) and (text.count("/") >= 2 or bool(lexicon().credit_names.search(text)))


def _is_labelled_credit(text: str) -> bool:
    """ "Translation: Jane Roe", "Edition: John Doe", "[Editor: jroe]": a credit label and a name; or the
    label and "by" before a name in capitals ("[Translation by Jane Roe]", "Graphics by Jon Doe")."""
    m = lexicon().credit_label.match(text)
    if not m:
        return False
    who = m["who"].strip()
    if m["by"] and not (_only_names(who) and who[:1].isupper()):
        return False  # ("Photography by the delegation was not allowed")
    bracketed = text.startswith("[") and text.endswith("]")
    return bracketed or (len(who.split()) <= 5 and not re.search(r"[.!?;]", who))


def _only_names(text: str) -> bool:
    """True when every word is capitalised (a name, a place) or a word allowed among names."""
    words = re.findall(r"[\w'.-]+", text)
    allowed = lexicon().credit_words
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w.lower() in allowed for w in words)


def _is_credit(text: str) -> bool:
    """ "Reporting by Jane Roe; Editing by Jon Doe", "(Additional reporting by Ann Lee)",
    "Example Post writer Jane Roe in Lima contributed to this report.", "Example Post writer Jane Roe contributed.",
    "Example Post writer Jane Roe contributed from Lima." """
    lex = lexicon()
    bracketed = text.startswith("(") and text.rstrip(".").endswith(")")
    inner = text.rstrip(".").strip("()").strip() if bracketed else text.rstrip(".")
    if lex.credit_markers.match(inner.lower()):
        return bracketed or _only_names(re.sub(lex.credit_markers.pattern, " ", inner, flags=re.I))
    m = lex.contribution.match(inner)
    if not m:
        bare = lex.bare_contribution.match(inner)
        return (bool(bare) and _only_names(bare["who"]) and bool(lex.credit_roles & set(bare["who"].split()))
                and (not bare["place"] or (len(bare["place"].split()) <= _PLACE_MAX_WORDS + 1
                                           and _only_names(bare["place"]))))
    rest = m["rest"].strip(" .")
    return ((_only_names(m["who"]) or _outlet_role_name(m["who"])) and len(rest.split()) <= _PLACE_MAX_WORDS
            and (not rest or _only_names(rest)))


_OUTLET_MAX_WORDS = 4


def _outlet_role_name(who: str) -> bool:
    """True for a credit's names given as the outlet, a reporter's role and the reporter's name ("The
    associated Press writer Jane Roe"): the role says the words before it name the outlet, however a page
    cased them; the name after it is capitalised."""
    words = who.split()
    roles = lexicon().credit_roles
    k = next((k for k, w in enumerate(words) if w in roles), None)
    return (k is not None and 0 < k <= _OUTLET_MAX_WORDS and words[0][:1].isupper()
            and len(words) - k - 1 >= 1 and _only_names(" ".join(words[k + 1 :]))
            and not re.search(r"[.!?;:]", " ".join(words[:k])))


def _is_reporter(text: str) -> bool:
    """A reporter's name before the network in a sign-off ("Jane Roe", "jane roe" in a transcript)."""
    text = re.sub(r"\s+(?:reporting\s+)?for$", "", text.strip(" ,"), flags=re.I)
    words = text.split()
    return (2 <= len(words) <= 4 and words[0].lower() not in lexicon().credit_words
            and is_person_name(text.title()))


def _is_place(text: str) -> bool:
    """A place closing a sign-off: names ("Lima"), or a description ("the foreign ministry")."""
    words = text.split()
    return 0 < len(words) <= _PLACE_MAX_WORDS and (
        _only_names(text) or words[0].lower() in lexicon().signoff_place_openers)


def _is_signoff(text: str) -> bool:
    """ "Jane Roe, CNN, Lima.", "Jane Roe for Example Radio, Lima.", "For Example Radio, I'm Jane Roe in Lima." """
    lex = lexicon()
    text = text.rstrip(".")
    for net in lex.network.finditer(text):
        places = [p.strip() for p in text[net.end() :].strip(" ,").split(",")]
        if _is_reporter(text[: net.start()]) and (places == [""] or all(map(_is_place, places))):
            return True
    m = lex.signoff.match(text)
    if not m:
        return False
    lead = (m["lead"] or "").strip()
    lead_ok = not lead or lead.lower().startswith(("for ", "reporting ")) or bool(lex.network.fullmatch(lead))
    rest = m["rest"].strip(" ,")
    return lead_ok and len(rest.split()) <= _PLACE_MAX_WORDS + 2 and (not rest or _is_place(rest))
