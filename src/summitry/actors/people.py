"""People: names introduced with a title or role, and later mentions by family name.

Rules only (compiled regexes over the sentence text); the statistical NER is optional and
only adds candidate names (see article.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Person
from .countries import CountryMatch
from .lexicon import Lexicon, Title, lexicon
from .names import (adjective_endings, family_core, formal_first_names, honorifics, institution_words, particles,
                    strip_accents, strip_suffixes)

# One name token: "Blinken", "Jae-in", "McConnell", "Eui-yong", "O'Brien", or an initial
# before a name ("S. Jaishankar", "George W. Bush"); a lone capital ("U.S.") is none.
# "al-Sisi", and a lone capital before a name is an initial without a period ("N Modi").
# Letters of Latin scripts with diacritics ("Erdoğan", "Vučić", "Wałęsa", "Çavuşoğlu"). A
# transliteration's closing apostrophe before an Arabic family name stays in the name, and one
# inside a Polynesian name ("Mata'afa") too; a possessive "'s" never does.
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_LO = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.islower())
_TOK = (rf"(?:[A-Z]\.(?=[ \t]+[{_UP}])|[A-Z](?=[ \t]+[{_UP}][{_LO}])|(?:(?:al|el|ad|as|ash|ar|an|ed)-)?"
        rf"[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?(?:['’][{_UP}][{_LO}]+|['’ʻ](?!s\b)[{_LO}]{{2,}})?"
        rf"(?:-(?!(?:{'|'.join(adjective_endings())})\b)[{_UP}{_LO}][{_LO}]+)*"
        rf"(?:(?<!s)['’ʼ](?=[ \t]+(?:al|el|ad|as|ash|ar|an|ed)-))?)")  # "Mohammed Shia' al-Sudani": an ayn
TOKEN_RE = re.compile(rf"(?<![\w'’.-]){_TOK}(?![\w-])")
# particles join the tokens of one name: "Lula da Silva", "von der Leyen", "Tamim bin Hamad"
_PART = "(?:" + "|".join(sorted(particles(), key=len, reverse=True)) + r")[ \t]+"
_SEQ_RE = re.compile(rf"(?<![\w'’.-]){_TOK}(?:[ \t]+(?:{_PART})*{_TOK})*(?![\w-])")
# Dotted honorifics and given names cut short ("Dr.", "Md."): skipped before the name they introduce.
_DOTTED_HONORIFIC = re.compile("(?:" + "|".join(re.escape(h) for h in sorted((*honorifics(), *formal_first_names()),
                                                                          key=len, reverse=True)
                                                  if h.endswith(".")) + r")[ \t]+")
# A family name in capitals before the given name, as Japanese and some other ministries write
# names after a title ("Foreign Minister KAMIKAWA Yoko"): read as "Yoko Kamikawa".
_CAPITAL_FAMILY = re.compile(rf"(?P<family>[A-Z]{{3,}})[ \t]+(?P<given>[{_UP}][{_LO}]+(?:-[{_LO}]+)?)(?![\w-])")
_CAPITALISED = re.compile(r"[A-Z][\w.'’-]*\s+(?:(?:[A-Z][\w.'’-]*|of|the|for)\s+)*")  # "President of the European Council"
_PREDICATE_OPENS = re.compile(r"(?:said|says|was|is|were|are|has|have|had|will|would|took|met|held|made|gave|went|came|told"
                              r"|spoke|left|sent|paid|led|(?!retired\b)[a-z]+ed"
                              r"|(?!acting\b|visiting\b|outgoing\b|incoming\b|ruling\b|reigning\b|governing\b)[a-z]+ing)\b")
# ("A, took part in ...", "the New Capital, welcoming delegations of heads of state": a predicate)
_COORDINATION_OPENS = re.compile(r"\s*(?:and|or|as well as|along with|before|after|while|when|where|as|since|until|"
                                 r"because|although|though|during|following|ahead of)\s")  # a clause or phrase of its own
_APPOS_END = re.compile(r"[,;:()\[\]\"“”]|(?<![A-Z])\.(?=\s|$)|\s(?:who|which|that|said|says|was|is|were|are|has|have|had|will|would|and\s+(?:[A-Z]))\b")
_PINYIN = re.compile(
    r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|"
    r"ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü)(?:n|ng)?){1,3}$"
)
_POSSESSIVE_AFTER = re.compile(r"^(?:['’]s?)")


@dataclass
class Intro:
    """A person introduced in a sentence."""

    sentence: int
    start: int  # of the name
    end: int
    name: str
    role: str | None = None
    country: str | None = None
    prio: int = 0  # 3 explicit or known person, 2 title default, 1 fallback, 0 unknown
    national: bool = False  # unqualified national title: the home country
    leader_of: bool = False  # "the X administration": the country in context
    name_style: str | None = None  # default country of a family-first name
    canonical: str | None = None  # the known person's name (officials.yaml)
    honored: bool = False  # written after an honorific ("Sheikh Ahmed", "Mr Macron")
    org: str | None = None  # the organisation a known official serves (officials.yaml)

    def __post_init__(self) -> None:
        self.name = " ".join(self.name.split())  # a blanked nickname leaves a run of spaces


@dataclass
class Entry:
    name: str
    key: str
    role: str | None
    country: str | None
    prio: int
    first: tuple[int, int]
    positions: list[tuple[int, int]] = field(default_factory=list)
    canonical: str | None = None  # the known person's name, when officials.yaml knows them
    forms: set[str] = field(default_factory=set)  # other surface forms that name them
    org: str | None = None  # the organisation a known official serves

    @property
    def display(self) -> str:
        """The known person's name; the article's own spelling when it differs only in
        accents ('Melanie Joly' stays as written, 'Kim Jong Un' becomes 'Kim Jong-un')."""
        if self.canonical and strip_accents(self.canonical) != strip_accents(self.name):
            return self.canonical
        return self.name

    def person(self) -> Person:
        return Person(self.display, self.role, self.country, self.org)


def _stop_tokens(lex: Lexicon) -> frozenset[str]:
    stops = set(lex.not_name_words)
    for s, form in lex.forms.items():
        if " " not in s and s not in lex.ambiguous:
            stops.add(s)
    for s in lex.orgs:
        if " " not in s:
            stops.add(s)
    for t in lex.titles:
        if " " not in t:
            stops.add(t.capitalize())
            stops.add(t)
    return frozenset(stops)


_STOPS: frozenset[str] | None = None


def stops() -> frozenset[str]:
    global _STOPS
    if _STOPS is None:
        _STOPS = _stop_tokens(lexicon())
    return _STOPS


def family_first(tokens: list[str]) -> bool:
    """Whether a name is written family name first (Korean, Chinese usage)."""
    lex = lexicon()
    if len(tokens) < 2 or tokens[0] not in lex.family_first:
        return False
    if any("-" in t for t in tokens[1:]):
        return True
    if tokens[-1] in lex.family_first and tokens[0] in lex.given_like:
        return False
    return True


def arabic_style(name: str) -> bool:
    """A name of the Arabic pattern (given name, 'bin' father's name, 'al-' family), whose
    bearer is called by honorific and given name ('Sheikh Ahmed', 'Prince Faisal')."""
    tokens = name.split()
    return len(tokens) > 1 and any(t in ("bin", "bint", "ibn", "Al", "al") or t[:3].lower() in ("al-", "el-")
                                   for t in tokens[1:])


def name_key(name: str) -> str:
    """The family name a person is called by alone: 'Xi' for 'Xi Jinping', 'Biden' for
    'Joseph R. Biden Jr.', 'Sisi' for 'Abdel Fattah al-Sisi'."""
    tokens = strip_suffixes(name).split() or [name]
    if family_first(tokens):
        return tokens[0]
    return family_core(tokens[-1])


def name_style_country(name: str) -> str | None:
    tokens = name.split()
    if family_first(tokens):
        return lexicon().family_first.get(tokens[0])
    return None


def name_runs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of runs of capitalized name-like tokens (stop words split runs); remembered
    for recent texts (each sentence is asked about several times)."""
    return list(_name_runs(text, start, end))


@lru_cache(maxsize=2048)
def _name_runs(text: str, start: int, end: int | None) -> tuple[tuple[int, int], ...]:
    st, bodies = stops(), institution_words()
    out: list[tuple[int, int]] = []
    for m in _SEQ_RE.finditer(text, start, len(text) if end is None else end):
        run_s = run_e = None
        tokens = list(TOKEN_RE.finditer(text, m.start(), m.end()))
        for k, t in enumerate(tokens):
            if t.group() in st:
                if run_s is not None and not (not text[run_e : t.start()].strip() and _body_follows(tokens, k, text, st, bodies)):
                    out.append((run_s, run_e))  # not "the General Border Committee", "King Khalid International Airport"
                run_s = run_e = None
            else:
                if run_s is None:
                    run_s = t.start()
                run_e = t.end()
        if run_s is not None:
            out.append((run_s, run_e))
    return tuple(out)


def _body_follows(tokens: list, k: int, text: str, st: frozenset[str], bodies: frozenset[str]) -> bool:
    """Whether the capitalised stop words from token k on, next to each other, end in a body's
    or a venue's word ("Committee"; "International Airport", "International Conference Center")."""
    for j in range(k, len(tokens)):
        t = tokens[j]
        if j > k and (text[tokens[j - 1].end() : t.start()] != " " or not t.group()[:1].isupper()):
            return False
        if t.group() in bodies:
            return True
        if t.group() not in st:
            return False
    return False


_OF = re.compile(r"\s+of\s+")
_BETWEEN = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}and\s+(?:the\s+)?|(?:the\s+)?")


def _of_country(text: str, pos: int, countries: list[CountryMatch]):
    """A title's state given after it, then the name: "Prime Minister of India Narendra Modi";
    (the country, the name's span) or None."""
    of = _OF.match(text, pos)
    if not of:
        return None
    for c in countries:
        if c.start >= of.end() and len(c.codes) == 1 and _BETWEEN.fullmatch(text, of.end(), c.start):
            span = _name_after(text, c.end, allow_comma=False)
            return (c, span) if span else None
    return None


_OF_STATES_BODY = re.compile(r"['’]s?\s+[^,;:.\"“”]{2,50}?,\s+")


def _of_states_body(text: str, pos: int, countries: list[CountryMatch]):
    """A title of a state's body, then the holder after a comma: "the commander of Sudan's Rapid
    Support Forces (RSF), General X", "the leader of Lebanon's Hezbollah, X": X is of that state;
    (the country, the name's span) or None."""
    of = _OF.match(text, pos)
    if not of:
        return None
    c = next((c for c in countries if c.start >= of.end() and len(c.codes) == 1
              and re.fullmatch(r"(?:the\s+)?", text[of.end():c.start])), None)
    body = c and _OF_STATES_BODY.match(text, c.end)
    if not body or any(body.start() < o.start < body.end() for o in countries if o is not c):
        return None
    start = body.end()
    if rank := lexicon().title_regex.match(text, start):  # "..., General Mohamed Hamdan Dagalo"
        start = rank.end()
    span = _name_after(text, start, allow_comma=False) if rank else _name_after(text, start - 1, allow_comma=False)
    return (c, span) if span and len(text[span[0]:span[1]].split()) >= 2 else None


_NEXT_NAME = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=[A-Z])")


def _country_of(text: str, pos: int, countries: list[CountryMatch]) -> CountryMatch | None:
    """The state named right after a name: "President Xi Jinping of China"."""
    of = _OF.match(text, pos)
    if not of:
        return None
    return next((c for c in countries if c.start >= of.end() and len(c.codes) == 1
                 and re.fullmatch(r"(?:the\s+)?", text[of.end():c.start])), None)


def _after_country_of(text: str, pos: int, countries: list[CountryMatch]) -> int:
    """The end of a name's "of <state>", or the name's end when none follows."""
    c = _country_of(text, pos, countries)
    return c.end if c else pos


def _name_after(text: str, pos: int, allow_comma: bool) -> tuple[int, int] | None:
    """A name right after pos (after whitespace, or ', ' when allowed)."""
    m = re.compile(r",?\s+" if allow_comma else r"[ \t]+").match(text, pos)
    if not m:
        return None
    start = m.end()
    while dotted := _DOTTED_HONORIFIC.match(text, start):  # "Prime Minister Dr. Harini Amarasuriya"
        start = dotted.end()
    if capital_family := _CAPITAL_FAMILY.match(text, start):  # "Foreign Minister KAMIKAWA Yoko"
        return capital_family.span()
    seq = _SEQ_RE.match(text, start)
    if not seq:
        return None
    st = stops()
    end = None
    limit, counted, joined = 4, 0, False
    tokens = list(TOKEN_RE.finditer(text, seq.start(), seq.end()))
    for i, t in enumerate(tokens):
        if i == 0 and t.group() in honorifics():  # "Sheikh Ahmed Nasser al-Mohamed al-Sabah"
            limit += 1
        if t.group() in st and end is not None and not text[end : t.start()].strip() \
                and _body_follows(tokens, i, text, st, institution_words()):
            return None  # "the General Border Committee", "King Khalid International Airport": a body's or a venue's name
        if t.group() in st or counted >= limit:
            break
        # a name joined by particles counts once: "Mohammed bin Salman bin Abdulaziz Al Saud"
        particle = t.group().lower() in particles()
        if not (particle or joined or end is not None and text[end : t.start()].strip()):
            counted += 1
        joined = particle
        end = t.end()
    if end is None:
        return None
    return (seq.start(), end)


def given_first(name: str) -> str:
    """"KAMIKAWA Yoko" -> "Yoko Kamikawa": a family name in capitals goes last, as written in full."""
    m = _CAPITAL_FAMILY.fullmatch(name)
    return f"{m['given']} {m['family'].capitalize()}" if m else name


def _role_text(lex: Lexicon, m: re.Match) -> tuple[str, Title]:
    title = lex.titles[m.group("core").lower()]
    mods = [w for w in m.group("mods").split() if w.lower() not in lex.drop_modifiers]
    words = []
    for w in mods:
        lw = w.lower()
        words.append(lw if lw in ("acting", "former") else lw.capitalize())
    role = title.role
    if role in ("director", "head", "chief", "leader", "spokesperson", "top diplomat"):
        role = m.group("core").lower() if role != "leader" else "leader"
    if words and role.split()[0].lower() == words[-1].lower():  # "Chief" + "chief"
        words.pop()
    text = " ".join(words + [role])
    if m.group("tail"):
        text += " " + " ".join(m.group("tail").split())
    return text, title


def _qualifier(text: str, pos: int, countries: list[CountryMatch]) -> CountryMatch | None:
    """A country named right before pos: "US Secretary", "China's top diplomat"."""
    for c in countries:
        if c.end <= pos and re.fullmatch(r"['’]s?\s+(?:the\s+)?|\s+", text[c.end:pos]):  # not "From Israel the president"
            return c
    return None


def _first_country(countries: list[CountryMatch], start: int, end: int) -> CountryMatch | None:
    for c in countries:
        if start <= c.start and c.end <= end:
            return c
    return None


def _segment(text: str, pos: int) -> tuple[int, int]:
    """The appositive after a name's comma, up to where it ends; empty where a verb opens it
    ("A, have agreed on ..." is A's predicate, not his office; "A, who served as ..." tells one)."""
    if _PREDICATE_OPENS.match(text, pos) or _COORDINATION_OPENS.match(text, pos):
        return pos, pos  # (", and the presidents of Brazil, A, ...": the next people of a list, not his office)
    m = _APPOS_END.search(text, pos)
    return pos, (m.start() if m else len(text))


def _is_role_segment(lex: Lexicon, seg: str) -> bool:
    seg = re.split(r"\b(?:where|which|who|whom|whose|when)\b", seg, maxsplit=1)[0]  # "Sde Boker, the kibbutz where
    # the founding prime minister spent his last years": the office is another's, in a clause of its own
    words = re.findall(r"[A-Za-z-]+", seg)[:8]
    if any(w.lower() in lex.role_words for w in words):
        return True
    return bool(lex.title_regex.search(seg))


def _names_someone(intros: list[Intro], text: str, start: int, end: int) -> bool:
    """Whether the span opens with a titled person, capitalised words only before the name: "met
    Xi Jinping, Turkish President Recep Tayyip Erdogan and ...": the words after the comma are the
    next guest, not Xi's office ("X, the brother of North Korean leader Y" is X's)."""
    return any(start <= i.start < end and _CAPITALISED.fullmatch(text, start, i.start) for i in intros)


def find_intros(
    sentence: int,
    text: str,
    countries: list[CountryMatch],
    blocked: list[tuple[int, int]],
) -> list[Intro]:
    """People introduced in one sentence, from titles, appositives and name shapes."""
    lex = lexicon()
    intros: list[Intro] = []
    taken: list[tuple[int, int]] = list(blocked)

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(intro: Intro) -> None:
        taken.append((intro.start, intro.end))
        intros.append(intro)

    # 1. TITLE NAME ("US Secretary of State Antony Blinken", "China's top diplomat, Yang Jiechi")
    title_spans = []  # ("Yang di-Pertuan": an office, no name)
    for m in lex.title_regex.finditer(text):
        title_spans.append(m.span())
        qual = _qualifier(text, m.start(), countries)
        span = _name_after(text, m.end(), allow_comma=qual is not None and qual.kind != "home")
        if not span and (of := _of_country(text, m.end(), countries)):
            qual, span = of  # "President of Kenya William Ruto", "President of the AU and Comoros Azali Assoumani"
        if not span and (body := _of_states_body(text, m.end(), countries)):
            qual, span = body
        if not span or not free(*span):
            continue
        role, title = _role_text(lex, m)
        spans = [span]
        if m.group("core").lower() in lex.plural_titles:  # "Presidents A of X and B of Y"
            while (more := _NEXT_NAME.match(text, _after_country_of(text, spans[-1][1], countries))) \
                    and (nxt := _name_after(text, more.end() - 1, allow_comma=False)) and free(*nxt):
                spans.append(nxt)
        for span in spans:
            intro = Intro(sentence, span[0], span[1], given_first(text[span[0]:span[1]]), role)
            own = _country_of(text, span[1], countries)  # "President Xi Jinping of China"
            if own or qual:
                intro.country, intro.prio = (own or qual).codes[0], 3
            elif title.country:
                intro.country, intro.prio = title.country, 2
            elif title.national:
                intro.national = True
            add(intro)

    # 1b. COUNTERPART NAME ("his Bhutanese counterpart Tshering Tobgay"): a person of the state named before
    for m in lex.counterpart_regex.finditer(text):
        qual = _qualifier(text, m.start(), countries)
        span = _name_after(text, m.end(), allow_comma=False)
        if qual and span and free(*span) and len(text[span[0]:span[1]].split()) >= 2:
            intro = Intro(sentence, span[0], span[1], text[span[0]:span[1]], None)
            intro.country, intro.prio = qual.codes[0], 3
            add(intro)

    # 2. the NAME administration / government
    for m in re.finditer(r"\b[Tt]he\s+", text):
        span = _name_after(text, m.end() - 1, allow_comma=False)
        if not span:
            continue
        rest = re.match(r"\s+(\w+)", text[span[1]:])
        if rest and rest.group(1) in lex.leader_nouns and free(*span):
            add(Intro(sentence, span[0], span[1], text[span[0]:span[1]],
                      lex.leader_nouns[rest.group(1)], leader_of=True))

    runs = [r for r in name_runs(text) if free(*r) and not any(a <= r[0] and r[1] <= b for a, b in title_spans)]
    for s, e in runs:
        name = text[s:e]
        tokens = name.split()
        if not 2 <= len(tokens) <= 4:
            continue
        after = text[e:]
        # 3. NAME, ROLE ... ("David Helvey, U.S. assistant secretary of defense for ...")
        am = re.match(r",\s+(?:(?:the|a|an)\s+)?", after)
        if am:
            seg_s, seg_e = _segment(text, e + am.end())
            seg = text[seg_s:seg_e]
            if seg and _is_role_segment(lex, seg) and not _names_someone(intros, text, seg_s, seg_e):
                intro = Intro(sentence, s, e, name, _office_of(lex, text, countries, seg_s, seg_e)
                              or _clean_role(text[e + am.end() - len(am.group()) + 1:seg_e]))
                _country_from_segment(intro, lex, text, countries, seg_s, seg_e)
                add(intro)
                continue
        # 4. NAME as (the) ROLE ("appointing X as the acting head of ...")
        am = re.match(r"\s+as\s+(?:(?:the|a|an|its|their)\s+)?", after)
        if am:
            seg_s, seg_e = _segment(text, e + am.end())
            seg = text[seg_s:seg_e]
            if seg and _is_role_segment(lex, seg):
                intro = Intro(sentence, s, e, name, _office_of(lex, text, countries, seg_s, seg_e) or _clean_role(seg))
                _country_from_segment(intro, lex, text, countries, seg_s, seg_e)
                add(intro)
                continue
        # 5. family-first name shapes ("Kim Man-ki", "Wang Yi") and "X said" / "said X"
        style = name_style_country(name)
        shaped = style is not None and (
            any("-" in t for t in tokens[1:])
            or (tokens[0] not in lex.not_family_first and all(_PINYIN.match(t.lower()) for t in tokens[1:]))
        )
        said = re.match(r"\s+(?:said|says|told|added|noted|stressed)\b", after) or re.search(
            r"\b(?:said|says|according\s+to)\s+$", text[:s]
        )
        if shaped or said:
            add(Intro(sentence, s, e, name, None, name_style=style))
    intros.sort(key=lambda i: i.start)
    return intros


def _office_of(lex: Lexicon, text: str, countries: list[CountryMatch], s: int, e: int) -> str | None:
    """The normalised office of an appositive that is nothing but an office and its state:
    "Jordan's foreign minister", "the foreign minister of Jordan" -> "Foreign Minister"."""
    m = lex.title_regex.search(text, s, e)
    if not m:
        return None
    owned = [c for c in countries if s <= c.start and c.end <= e]
    before = text[s:m.start()]
    for c in owned:
        if c.end <= m.start():
            before = before.replace(c.text, " ")
    after = text[m.end():e]
    for c in owned:
        if c.start >= m.end():
            after = after.replace(c.text, " ")
    if re.fullmatch(r"\s*(?:(?:the|a|an)\s+)?(?:['’]s?\s*)?", before) and re.fullmatch(r"\s*(?:(?:of|for)\s+(?:the\s+)?\s*)?", after):
        return _role_text(lex, m)[0]
    return None


def _clean_role(seg: str) -> str:
    seg = seg.strip(" ,")
    seg = re.sub(r"^(?:the|a|an)\s+", "", seg)
    return " ".join(seg.split())


def _country_from_segment(intro: Intro, lex: Lexicon, text: str, countries, s: int, e: int) -> None:
    c = _first_country(countries, s, e)
    if c:
        intro.country, intro.prio = c.codes[0], 3
        return
    tm = lex.title_regex.search(text, s, e)
    if tm:
        _, title = _role_text(lex, tm)
        if title.country:
            intro.country, intro.prio = title.country, 2
        elif title.national and tm.start() - s < 12:
            intro.national = True
