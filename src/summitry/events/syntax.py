"""The dependency parse of a sentence that reports an event: which words belong to it.

A time or place expression belongs to an event when its path up the dependency tree
reaches the event's trigger, or the predicate that governs an event noun ("held talks",
"the meeting will take place"), before it reaches another noun or verb: "met in Sochi on
Monday" (both the meeting's), "to discuss the war in Ukraine" (Ukraine is the war's),
"announced on Friday that they will meet on Monday" (Friday is the announcement's).
Verbs that report, announce or change the status of an event never govern it here: the day
something was said or postponed is not the day of the event.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import wraps

from spacy.tokens import Doc, Span, Token

from ..language import nlp
from .lexicon import lexicon

# Dependencies a path may climb through without leaving the phrase it starts in.
_THROUGH = {"prep", "pobj", "appos", "conj", "cc", "compound", "flat", "nmod", "nummod", "npadvmod", "amod",
            "punct", "det", "quantmod", "case", "pcomp", "advmod", "poss"}
# Dependencies by which an event noun hangs from the predicate that governs it.
_GOVERNED_BY = {"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "oprd", "agent"}
_VERBS = ("VERB", "AUX")
_NEW_DATE = {"until", "till", "to", "for"}  # "postponed until January": the new date, not the event's


_DOCS: OrderedDict[str, Doc] = OrderedDict()  # parsed sentences, most recent last
_KEEP = 512


def _pipeline():
    model = nlp()
    return model, [p for p in model.pipe_names if p == "ner"]  # the parse needs no entities


def prepare(texts: list[str]) -> None:
    """Parse the sentences an article will ask about in one batch (much faster than one by one)."""
    todo = list(dict.fromkeys(t for t in texts if t not in _DOCS))
    if not todo:
        return
    model, disable = _pipeline()
    for text, doc in zip(todo, model.pipe(todo, disable=disable, batch_size=64)):
        _remember(text, doc)


def _remember(text: str, doc: Doc) -> Doc:
    _DOCS[text] = doc
    _DOCS.move_to_end(text)
    while len(_DOCS) > _KEEP:
        _DOCS.popitem(last=False)
    return doc


def parse(text: str) -> Doc:
    """The sentence's parse, made once (the same sentence is asked about for each of its events)."""
    doc = _DOCS.get(text)
    if doc is not None:
        return doc
    model, disable = _pipeline()
    return _remember(text, model(text, disable=disable))


def parsed(text: str) -> Doc | None:
    """The sentence's parse if it was made already (the sentences asked for are parsed in
    batches ahead of the reading), else None: for a question worth no parse of its own."""
    return _DOCS.get(text)


def _remembered(fn):
    """fn(doc, *args) remembered with the parse, in doc.user_data (a sentence is asked the
    same of each of its events and their arguments); fn must not return tokens or spans."""
    key = ("summitry", fn.__name__)

    @wraps(fn)
    def remembered(doc: Doc, *args):
        memo = doc.user_data.setdefault(key, {})
        if args not in memo:
            memo[args] = fn(doc, *args)
        return memo[args]

    return remembered


@_remembered
def _token_index(doc: Doc, start: int, end: int) -> int:
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else -1


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    i = _token_index(doc, start, end)
    return doc[i] if i >= 0 else None


@_remembered
def verb_at_root(doc: Doc) -> bool:
    """Whether a verb stands at the root of the sentence (not so in a caption or a misparse)."""
    return any(t.dep_ == "ROOT" and t.pos_ in _VERBS for t in doc)


def _reports(token: Token) -> bool:
    lex = lexicon()
    return bool(lex.attribution.fullmatch(token.text) or lex.reporting_verbs.fullmatch(token.lemma_))


def tells_day(doc: Doc, start: int, end: int) -> bool:
    """Whether the time expression dates a verb that reports ("Modi on Friday said he had
    received a call"): the day the news was told, not the event's."""
    t = _token_at(doc, start, end)
    head = t.head if t is not None else None
    if head is not None and head.dep_ == "prep" and head.lower_ == "on":
        head = head.head
    return head is not None and head is not t and head.pos_ in _VERBS and _reports(head)


def _decides_on(verb: Token, trigger: Token) -> bool:
    """A verb that decides on a visit or meeting named as its object ("the trip was agreed when
    they met in November"): the day of the decision is not the event's; an agreement's is."""
    syntax = lexicon().syntax
    return verb.lemma_.lower() in syntax["deciding_verbs"] and trigger.lemma_.lower() not in syntax["agreement_nouns"]


def _changes_status(token: Token) -> bool:
    return bool(lexicon().status_verbs.fullmatch(token.lemma_) or lexicon().status_verbs.fullmatch(token.lower_))


@dataclass(frozen=True)
class Heads:
    """The tokens that stand for an event. `postponing`: a verb that postpones or cancels
    the event named as its object; only what follows the event noun there is the event's
    ("postpone the visit this week"), not the day of the decision ("on Wednesday decided
    to postpone") nor the new date ("until January")."""

    tokens: frozenset[int] = frozenset()
    trigger: int = -1
    postponing: int = -1
    fronted: frozenset[int] = frozenset()  # predicates whose modifiers before them are the event's too


def _participles(token: Token) -> list[int]:
    """"the summit held in Washington", "talks slated for June": participles describing it."""
    words = lexicon().syntax["event_participles"]
    return [c.i for c in token.children
            if c.dep_ in ("acl", "relcl", "amod") and (c.lemma_.lower() in words or c.lower_ in words)]


def _misplaced_happening(trigger: Token) -> list[int]:
    """A participle describing the event that the parse hung elsewhere: on a noun of the
    event's own phrase ("a summit between the two countries being held on Thursday"), or
    after a comma, with no subject of its own, saying that something takes place ("will head
    the delegation attending the session of the council, set to take place on Tuesday"):
    countries are not held and a delegation does not take place; the event does."""
    words = lexicon().syntax["event_participles"]
    for noun in trigger.subtree:  # "a summit between the two countries being held on Thursday": the summit is
        if noun.i > trigger.i and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and noun.head.head.i == trigger.i:
            found = [c.i for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")  # (a participle tagged past)
                     and (c.lemma_.lower() in words or c.lower_ in words)]
            found += [i for c in noun.children if c.dep_ == "relcl" and _plans_it(c)
                      and any(_phrase_happens(t) for t in c.subtree) for i in _plan_words(c)]
            if found:  # ("the summit of the Alliance that was due to take place in Lima": the summit's)
                return found
        if noun.i > trigger.i and noun.pos_ in ("NOUN", "PROPN"):
            found = [i for c in noun.children if c.dep_ == "relcl" and _plans_it(c) and _hosts_which(c) for i in _plan_words(c)]
            if found:  # "the summit between A and B, which Washington had offered to host on March 28": a thing hosted
                return found
    doc = trigger.doc
    for c in doc[trigger.i + 1 : trigger.i + 30]:
        if c.tag_ != "VBN" or not (c.lemma_.lower() in words or c.lower_ in words) or c.i < 3:
            continue
        if doc[c.i - 1].text == "," and _says_it_happens(c) \
                and not any(x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for x in c.children):
            return [c.i]
        if [t.lower_ for t in doc[c.i - 3 : c.i]] == [",", "to", "be"] and trigger.pos_ not in _VERBS \
                and not any(t.pos_ in _VERBS for t in doc[trigger.i + 1 : c.i - 3]) \
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            return [c.i]  # "to co-chair the summit between the two states, to be held on Thursday"
    return []


def _hosts_which(clause: Token) -> bool:
    """Whether a relative clause's "which" is what its verb of holding holds ("which Washington
    had offered to host"): a thing held, the event, whatever noun the parse hung it on."""
    holding = lexicon().syntax["holding_verbs"]
    return any(t.lower_ == "which" and t.dep_ == "dobj" and t.head.lemma_.lower() in holding for t in clause.subtree)


def _phrase_happens(verb: Token) -> bool:
    """A verb that with its own object or voice says something takes place ("take place",
    "be held"), as "take" or "hold" alone do not."""
    words = " ".join([verb.lemma_.lower(), *(c.lemma_.lower() for c in verb.children
                                             if c.dep_ in ("dobj", "auxpass") and c.i > verb.i)])
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return any(phrase in (f"be {verb.lemma_.lower()}" if passive else words) for phrase in lexicon().syntax["happening_phrases"])


def _says_it_happens(participle: Token) -> bool:
    words = " ".join(t.lemma_.lower() for t in participle.subtree if t.i > participle.i)
    return any(phrase in words for phrase in lexicon().syntax["happening_phrases"])


@_remembered
def event_heads(doc: Doc, start: int, end: int) -> Heads:
    """Token indices that stand for the event: its trigger, participles that describe it,
    the predicate that governs an event noun (never a verb of saying or of postponing) and
    a movement verb whose purpose clause names it ("gather in X to attend the forum")."""
    trigger = _token_at(doc, start, end)
    if trigger is None:
        return Heads()
    syntax = lexicon().syntax
    heads = {trigger.i, *_participles(trigger), *_misplaced_happening(trigger)}
    heads.update(i for c in trigger.children if c.dep_ == "relcl" and _plans_it(c) for i in _plan_words(c))
    for i in list(heads - {trigger.i}):  # "the summit scheduled to take place in Singapore on June 12"
        heads.update(_complements(doc[i]))
    if trigger.pos_ in _VERBS:  # "signed a trilateral memorandum in Madrid": the document is the signing's
        heads.update(c.i for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in syntax["agreement_nouns"])
    token = trigger
    if trigger.dep_ == "appos" and trigger.head.dep_ == "pobj" and trigger.head.pos_ == "PROPN" \
            and trigger.head.head.head.pos_ in _VERBS:
        token = trigger.head  # "attended on Wednesday, in Warsaw, the summit of ...": the verb's object, misparsed
    prep, via, framed = "", trigger.dep_, False
    while token.pos_ not in _VERBS and (token.dep_ in _GOVERNED_BY or _listed_with_noun(token)) and token.head.i != token.i:
        via = token.dep_
        token = token.head
        if token.pos_ in _VERBS:
            break
        if via == "conj":
            continue  # "signed 24 agreements and memorandums on Thursday": the list's words share its governor
        if token.dep_ == "prep" or token.pos_ == "ADP":
            prep = token.lower_
            continue
        framed = framed or token.lower_ in syntax["venue_nouns"]  # "on the sidelines of the summit"
        heads.update(_participles(token))  # "agenda items for the Dialogue held in ...": a misplaced participle
        heads.update(i for c in token.children if c.dep_ in ("relcl", "acl") and _plans_it(c) for i in _plan_words(c))
        # "the third round of talks that Turkey was due to host in Ankara on Tuesday"
        if prep not in syntax["party_prepositions"] and token.lower_ not in syntax["transparent_nouns"] \
                or token.lower_ in syntax["route_nouns"]:
            break  # another noun: "the war's talks" is no governor ("for the first time at a summit" is)
        prep = ""  # "the forum of the Dialogue": the whole phrase names the event
    if token.pos_ in _VERBS and (prep in syntax["frame_prepositions"] or framed):
        heads.update(_frame_predicates(token))  # "signed it during the summit in June": the summit's June too
    postponing, fronted = -1, []
    if token.pos_ in _VERBS:  # "postpone the summit, originally scheduled for this year,": parsed as the verb's
        words = syntax["event_participles"]
        heads.update(c.i for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBN"
                     and (c.lemma_.lower() in words or c.lower_ in words) and trigger.i < c.i
                     and c.left_edge.i <= trigger.right_edge.i + 3 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
        # (", to be held in Granada on October 5" after "the third summit of the European Political Community")
    if token.pos_ in _VERBS and _changes_status(token) and via == "dobj":
        postponing = token.i  # "postponed a state visit by the prime minister this week"
    elif token.pos_ in _VERBS and prep in syntax["time_order_prepositions"]:
        pass  # "will visit Seoul on March 17 after a trip to Japan": the trip is not the visit's time
    elif token.pos_ in _VERBS and token.i != trigger.i and via in ("nsubj", "nsubjpass") \
            and token.lemma_.lower() in syntax["sequence_verbs"]:
        pass  # "The meeting was preceded on Wednesday by a forum": Wednesday is the forum's
    elif token.pos_ in _VERBS and not (token.i != trigger.i and (_reports(token) or _changes_status(token))) \
            and not _decides_on(token, trigger):
        # (the trigger itself is the event: "is scheduled to call on the King" is no calling off, "when
        # Biden welcomed Ramaphosa" no saying)
        heads.add(token.i)
        if via in ("nsubj", "nsubjpass"):  # "the summit was scheduled to take place on October 18"
            heads.update(_complements(token))
        while token.dep_ in ("advcl", "xcomp") and any(c.lower_ == "to" for c in token.children) \
                and token.head.lemma_.lower() in syntax["movement_verbs"] | syntax["raising_words"] \
                and token.lemma_.lower() not in syntax["preparing_words"]:  # "met in April to prepare for the summit"
            token = token.head
            heads.add(token.i)
            if token.dep_ == "acomp" and token.lemma_.lower() in syntax["raising_words"]:
                token = token.head  # "On Monday, Biden is due to meet X": the day is told on "is"
                heads.add(token.i)
        if _same_moment(token) and not _reports(token.head) and not _changes_status(token.head):
            heads.add(token.head.i)  # "pledged peace on Wednesday as they met": one time, one place
        heads.update(c.i for c in token.children if _same_moment(c))  # "agreed when they met Wednesday"
        fronted = _coordinated_with(token)
        if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN", "NUM") and any(
                c.dep_ == "advmod" and c.lower_ == "when" for c in token.children):
            heads.add(token.head.i)  # "in July, when he travelled to Cameroon": the noun is its time
    return Heads(frozenset(heads), trigger.i, postponing, frozenset(fronted))


def _listed_with_noun(token: Token) -> bool:
    """A noun that follows another in a list ("agreements and memorandums of understanding")."""
    return token.dep_ == "conj" and token.pos_ in ("NOUN", "PROPN") and token.head.pos_ in ("NOUN", "PROPN")


def _complements(token: Token) -> list[int]:
    """The infinitives that complete a predicate whose subject is the event ("was expected
    to be held", "is set to begin"): what they say of time and place is the event's."""
    found, todo = [], [token]
    while todo:
        for c in todo.pop().children:
            if c.dep_ == "xcomp" and c.pos_ in _VERBS:
                found.append(c.i)
                todo.append(c)
    return found


def _same_moment(token: Token) -> bool:
    """A clause that happens at the time of the one it modifies ("as they met", "when they met")."""
    return token.dep_ == "advcl" and token.pos_ in _VERBS and any(
        c.dep_ in ("mark", "advmod") and c.i < token.i and c.lower_ in lexicon().syntax["same_moment_marks"]
        for c in token.children)


def _coordinated_with(token: Token) -> list[int]:
    """The first of coordinated predicates, whose fronted modifiers the others share ("On
    Thursday, the king will address parliament, meet the chancellor and ...")."""
    first = token
    while first.dep_ == "conj" and first.head.pos_ in _VERBS and first.head.i != first.i:
        first = first.head
    return [first.i] if first.i != token.i else []


def _frame_predicates(token: Token) -> list[int]:
    """A verb modified by "during E" or "on the sidelines of E", and the predicates above it
    up to the finite one: what happened during E dates E ("secured the bid to host the next
    summit during the ninth summit in June 2022": the ninth summit was in June 2022)."""
    found = [token.i]
    for _ in range(4):
        if token.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                                           for c in token.children):
            break
        if token.dep_ not in ("xcomp", "acl", "advcl", "dobj", "pobj", "prep", "pcomp") or token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in _VERBS:
            found.append(token.i)
    return found


def _object_of_event(token: Token, heads: Heads) -> bool:
    """Whether a name is the object of a preposition on the event's noun ("his visit to
    Nigeria"): a clause on it that tells a plan or a schedule is the event's, as a state is
    not planned."""
    return token.pos_ == "PROPN" and token.dep_ == "pobj" and token.head.head.i in heads.tokens


def _describes_event(token: Token) -> bool:
    """A noun whose dependents still describe the event: who takes part ("a meeting of
    ministers in Seoul") or the venue ("at the president's office in Tokyo")."""
    syntax = lexicon().syntax
    prep = token.head.lower_ if token.dep_ == "pobj" else ""
    return (prep in syntax["party_prepositions"] or prep in syntax["venue_prepositions"]
            or token.lower_ in syntax["venue_nouns"])


def attached(doc: Doc, heads: Heads, start: int, end: int) -> bool | None:
    """Whether the words at start..end belong to the event: True when their path up the tree
    reaches one of its heads, False when it reaches another noun or verb first, None when
    the parse cannot say (no token there, no heads)."""
    token = _token_at(doc, start, end)
    if token is None or not heads.tokens:
        return None
    first, prep = token, ""
    for _ in range(40):
        if token.dep_ == "agent" and token.head.i in heads.tokens and token.head.i != heads.trigger \
                and not _takes_part(token.head):
            return False  # "His visit has been shadowed by Wong, who is due in Samoa later this week"
        if token.i in heads.tokens or token.head.i in heads.tokens:
            return True
        head = token.head
        if head.i == heads.postponing:
            return first.i > heads.trigger and prep not in _NEW_DATE
        if head.i in heads.fronted and token.i < head.i and token.dep_ in ("prep", "npadvmod", "advmod"):
            return True
        syntax = lexicon().syntax
        happening, scheduled = syntax["happening_verbs"], False
        if head.pos_ in _VERBS and head.dep_ == "xcomp" and head.lemma_ in happening and head.head.lemma_ in happening:
            head = head.head  # "which was scheduled to start Saturday": the schedule's day
        elif head.pos_ in _VERBS and head.dep_ == "xcomp" and head.lemma_ in happening and head.head.dep_ == "acomp" \
                and head.head.lower_ in syntax["event_participles"] and head.head.head.dep_ == "relcl":
            head, scheduled = head.head.head, True  # "which was due to begin on Sunday": the plan's day
        if head.pos_ in _VERBS and head.dep_ == "relcl" and (scheduled or head.lemma_ in happening or _phrase_happens(head)) \
                and (head.head.i in heads.tokens or _object_of_event(head.head, heads)):
            return True  # "a three-day summit that opens on Friday", "the visit, which will take place on May 22"
        if head.pos_ in _VERBS and head.lower_ in syntax["onset_participles"] and head.dep_ in ("advcl", "acl") \
                and token.dep_ in ("prep", "npadvmod"):
            token = head  # "will pay a visit to X starting on Tuesday": the day the visit begins
            continue
        if head.i == token.i or token.dep_ not in _THROUGH or head.pos_ in _VERBS:
            return False
        if head.pos_ == "NOUN" and token.dep_ not in ("compound", "amod", "nummod", "det", "appos") and not _describes_event(head) \
                and head.lower_ not in syntax["duration_nouns"]:  # "met for 40 minutes this afternoon": the meeting's time
            return False
        if head.pos_ == "ADP":
            prep = head.lower_
        token = head
    return None


def departures(doc: Doc) -> list[tuple[int, int]]:
    """Verbs of leaving with a "for" naming the destination ("left Beijing on Saturday for
    Moscow"): character spans of the verbs."""
    spans = []
    for t in doc:
        if t.pos_ == "VERB" and t.lemma_.lower() in lexicon().syntax["leaving_verbs"]:
            if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
                   for c in t.children):
                spans.append((t.idx, t.idx + len(t.text)))
    return spans


def call_triggers(doc: Doc) -> list[tuple[int, int]]:
    """Calls the trigger words miss, read from the tree: "spoke with A and B by phone",
    "phoned the president", "had a good call with her counterpart" (character spans)."""
    words = lexicon().syntax
    spans = []
    for t in doc:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in words["speaking_verbs"]:
            means = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("by", "over", "via", "on")
                     for g in c.children if g.dep_ == "pobj" and g.lower_ in words["call_means"]]
            if means:
                spans.append((t.idx, t.idx + len(t.text)))
        elif t.pos_ == "VERB" and lemma in words["calling_verbs"] and t.lower_ != "call" and t.dep_ != "acl" and not (
                t.i + 1 < len(doc) and doc[t.i + 1].lower_ in words["calling_visit_words"]):  # not "a statement
            # called 'The Spirit of Camp David'", nor "called on President X" (a visit)
            called = next((c for c in t.children if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lemma_.lower() in
                                                                          words["called_people"])), None)
            if called is None and not any(c.dep_ == "dobj" for c in t.children):
                called = next((c for c in t.children if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)  # the
                # small model's reading of "called Turkish President Erdogan": a name, no second object
            if called is not None and not any(c.dep_ in ("oprd", "ccomp", "prt") and c.i != called.i
                                              and not _set_off(doc, t, c) for c in t.children):
                spans.append((t.idx, t.idx + len(t.text)))  # "phoned Ruto", "called Lula to offer help"
        elif t.pos_ == "NOUN" and t.lower_ in ("call", "calls") and any(
                c.dep_ == "prep" and c.lower_ in ("with", "between") for c in t.children):
            spans.append((t.idx, t.idx + len(t.text)))  # "a good call with the president"
    return spans


def _set_off(doc: Doc, verb: Token, child: Token) -> bool:
    """Whether a comma stands between the verb and its dependent: "called Lula on Monday, a
    conversation ..." adds a phrase, where "called him a liar" names what he was called."""
    return any(doc[k].text == "," for k in range(verb.i + 1, child.left_edge.i))


def other_party(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Where the party an event "with" someone leaves unsaid may stand, nearest first: the
    subject of the clause it stands in, then of the clauses above it, including one that
    reports it ("Trudeau says ... after a call with Trump"), or a subject's possessor
    ("Ruto's remarks came after talks with Abiy"). Character spans."""
    trigger = _token_at(doc, start, end)
    if trigger is None or not any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):
        return []
    spans, token = [], trigger
    for _ in range(12):
        if token.head.i == token.i:
            break
        token = token.head
        if token.pos_ not in _VERBS:
            continue
        for subject in (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")):
            if _spokesperson(subject):
                continue  # "Kremlin spokesman X confirmed the meeting with Y": the speaker, no party
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            for chosen in (subject, owner):
                if chosen is not None:
                    phrase = doc[chosen.left_edge.i : chosen.i + 1]
                    spans.append((phrase.start_char, phrase.end_char))
    return spans


def clause_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is the subject of a verb ("The Secretary arrived ...")."""
    token = _token_at(doc, start, end)
    return token is not None and token.dep_ in ("nsubj", "nsubjpass")


def other_side(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is whom someone is with ("after talks with Netanyahu", "received by
    Sisi", "has yet to speak to Zelensky"): the other side of an event, not one who goes on
    acting in the sentence."""
    token = _token_at(doc, start, end)
    return token is not None and token.dep_ == "pobj" and token.head.lower_ in ("with", "by", "to") \
        and token.head.head.pos_ in _VERBS + ("NOUN",)


def own_subject_start(doc: Doc, start: int, end: int) -> int | None:
    """Where the subject of a coordinated verb begins when it has one of its own, a singular
    noun ("A met B, the Home Secretary met C"): the people before it belong to the clause
    before ("..., and he will visit Busan" and "the two sides issued" go on about them)."""
    verb = _token_at(doc, start, end)
    if verb is not None and verb.pos_ not in _VERBS and verb.dep_ == "dobj":
        verb = verb.head  # "held talks with": the verb of the event noun
    if verb is None or verb.pos_ not in _VERBS or verb.dep_ not in ("conj", "relcl", "parataxis"):
        return None  # (a clause the small model misreads as a relative clause has its own subject too)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NN", "NNP")), None)
    return subject.left_edge.idx if subject is not None else None


def coordinated_names(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Names the parse hangs on the trigger verb as coordinated with it, when a relative
    clause broke the list of its objects ("met A, who said ..., and B, as well as C": B and
    C), as character spans; none unless the verb's object has a relative clause."""
    verb = _token_at(doc, start, end)
    if verb is None or verb.pos_ not in _VERBS or not any(
            c.dep_ == "dobj" and any(g.dep_ == "relcl" for g in c.children) for c in verb.children):
        return []
    out, stack = [], [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    while stack:
        t = stack.pop()
        out.append((t.left_edge.idx, t.idx + len(t.text)))
        stack.extend(c for c in t.children if c.dep_ == "conj" and c.pos_ == "PROPN")
    return sorted(out)


def coordinated_predicate_start(doc: Doc, start: int, end: int) -> int | None:
    """Where a predicate coordinated after the trigger verb begins ("met Bainimarama in Suva
    and is due in Samoa and Tonga"): the trigger's objects end there. A character offset."""
    verb = _token_at(doc, start, end)
    if verb is None or verb.pos_ not in _VERBS:
        return None
    later = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in _VERBS and c.i > verb.i]
    if not later:
        return None
    first = min(later, key=lambda c: c.i)
    cc = [c for c in verb.children if c.dep_ == "cc" and verb.i < c.i < first.i]
    return (cc[-1] if cc else first.left_edge).idx


def subject_predicate_start(doc: Doc, start: int, end: int) -> int | None:
    """Where the predicate of an event noun that is its clause's subject begins ("Talks are
    expected to cover Libya and Sudan"): what it says of the event names no parties, unless
    its verb tells who takes part ("was attended by", "brought together" and "take place
    among" are not cut). A character offset, or None when the noun is no subject."""
    noun = _token_at(doc, start, end)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass") \
            or noun.head.pos_ not in _VERBS or noun.head.i < noun.i:
        return None
    verbs, verb = [], noun.head
    while verb is not None:  # "is expected to bring together": the chain of verbs said of the event
        verbs.append(verb)
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in _VERBS), None)
    syntax = lexicon().syntax
    if any(v.lemma_.lower() in syntax["party_verbs"] or any(  # "will take place among A, B and C"
            c.dep_ == "prep" and c.lower_ in syntax["party_prepositions"] for c in v.children) for v in verbs):
        return None
    subjects = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "A visit by X and his wife Y"
    last = doc[max(c.right_edge.i for c in subjects)]
    return last.idx + len(last.text)


def fronted_clause_subject(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The subject a pronoun in a fronted clause looks ahead to ("Speaking on his way back from
    Berlin, where he held talks with Scholz, Erdogan said ..."): the main clause's subject,
    when the pronoun stands in an adverbial clause before it. A character span."""
    token = _token_at(doc, start, end)
    if token is None:
        return None
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"), None)
    if subject is None or subject.i < token.i:
        return None
    clause = next((c for c in root.children if c.dep_ in ("advcl", "prep") and c.i < subject.i
                   and c.left_edge.i <= token.i <= c.right_edge.i), None)
    if clause is None:
        return None
    after = doc[clause.right_edge.i + 1] if clause.right_edge.i + 1 < len(doc) else subject
    return after.idx, subject.idx + len(subject.text)  # the first name after the clause: "X and first lady Y led"


def object_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character span of the direct object of a trigger verb ("welcomed the Chancellor of the
    Federal Republic of Germany, Olaf Scholz"), or of the preposition right after it ("called on the
    Chief Adviser of the interim government, Professor X"), if it has one."""
    verb = _token_at(doc, start, end)
    if verb is None or verb.pos_ not in _VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
        (g for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 for g in c.children if g.dep_ == "pobj"), None)
    if obj is None:
        return None
    last = doc[obj.right_edge.i]
    name = next((c for c in verb.children if c.pos_ == "PROPN" and c.dep_ in ("oprd", "dobj", "appos")
                 and c.left_edge.i == last.i + 1), None)
    if name is not None:  # "... of the interim government Professor X": the name the small model hangs on the verb
        last = doc[name.right_edge.i]
    return doc[obj.left_edge.i].idx, last.idx + len(last.text)


def hosted(doc: Doc, start: int, end: int) -> bool:
    """Whether the event noun is the object of hosting ("thanked the emir for hosting the
    meeting"): who hosts a meeting of others told before is not one of its parties."""
    noun = _token_at(doc, start, end)
    return noun is not None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon().syntax["hosting_verbs"]


def verb_subject(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The subject of a trigger verb and the names coordinated with it ("Wang, who is also a
    state councillor, would visit Samoa": Wang), for a subject the clause bounds cut off.
    Character spans."""
    verb = _token_at(doc, start, end)
    if verb is not None and verb.pos_ not in _VERBS and verb.dep_ == "dobj" and verb.head.pos_ in _VERBS \
            and verb.lower_ in lexicon().syntax["agreement_nouns"]:
        verb = verb.head  # "Turkey, which has ties with both, signed a framework agreement with Somalia"
    while verb is not None and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in _VERBS and verb.head.i != verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "Wang would travel to Fiji and visit Samoa": the subject of the first verb
    if verb is None or verb.pos_ not in _VERBS and not any(c.dep_ == "nsubj" for c in verb.children):
        return []  # (a verb the tagger took for an adjective still has its subject: "X, who ..., hosted Presidents A and B")
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    subjects += [c for s in subjects for c in s.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    spans = []
    for t in subjects:  # the name phrase up to the clause set in it: "President of X Ilham Aliyev, who ..."
        stop = next((w for w in doc[t.i : t.right_edge.i + 1] if w.text == "," or w.dep_ in ("relcl", "acl")), None)
        end_i = stop.i if stop is not None and stop.i > t.i else t.i + 1
        spans.append((doc[t.left_edge.i].idx if t.left_edge.i >= t.i - 6 else t.idx, doc[end_i - 1].idx + len(doc[end_i - 1].text)))
    return spans


def subject_is_public(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb's subject is a word for people at large ("for skilled workers to come
    to Germany", "tourists visit Bali"): no state's envoys travel."""
    verb = _token_at(doc, start, end)
    words = lexicon().syntax["public_subjects"]
    if verb is not None and verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who")
                                                         for c in verb.children):
        return verb.head.lemma_.lower() in words  # "the boats that arrive in the Canary Islands"
    return verb is not None and any(c.dep_ == "nsubj" and c.lemma_.lower() in words for c in verb.children)


def object_is_public(doc: Doc, start: int, end: int) -> bool:
    """Whether all whom the verb says were met are people at large or company staff ("met executives
    of Coca-Cola", "met students"): no state's talks."""
    verb = _token_at(doc, start, end)
    syntax = lexicon().syntax
    objects = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
    objects += [x for o in objects for x in o.conjuncts]
    return bool(objects) and all(
        o.pos_ == "NOUN" and (o.lemma_.lower() in syntax["public_subjects"] or o.lemma_.lower() in syntax["business_people"]
                              or o.lemma_.lower() in syntax["business_groups"]
                              and any(c.dep_ in ("compound", "amod") and c.lower_ in syntax["business_words"] for c in o.children))
        for o in objects)


def relative_subject(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names a relative pronoun subject stands for ("Gerapetritis and his Turkish
    counterpart Fidan, who met in Ankara"; "Ruto, who met Museveni on Monday"): the noun the
    clause hangs on and the nouns coordinated with it. Character spans."""
    verb = _token_at(doc, start, end)
    for _ in range(4):  # "Aliyev, who is on a working visit to the UAE": the clause's verb
        if verb is None or verb.pos_ in _VERBS or verb.dep_ not in ("pobj", "prep", "dobj", "attr") or verb.head.i == verb.i:
            break
        verb = verb.head
    while verb is not None and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in _VERBS and verb.head.i != verb.i:
        verb = verb.head  # "who flew to Paris to meet", "who met X and signed"
    if verb is None or verb.dep_ != "relcl" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that") for c in verb.children):
        return []
    antecedent = verb.head
    names = [antecedent]
    while antecedent.dep_ in ("conj", "appos") and antecedent.head.pos_ in ("PROPN", "NOUN"):
        antecedent = antecedent.head  # "A and his counterpart B, who ...": the relative clause hangs on B
        names.append(antecedent)
    names += [c for n in list(names) for c in n.children if c.dep_ == "conj" and c.i < verb.i]
    return [(n.idx, n.idx + len(n.text)) for n in names]


_STATUS_CHILDREN = {"aux", "auxpass", "neg", "prt", "mark", "advmod", "acomp", "xcomp", "prep", "pcomp"}


def _time_order(prep: Token) -> int:
    """How many words make the preposition, if it orders two events in time ("after",
    "before", "ahead of", "prior to"); else 0."""
    words = lexicon().syntax["time_order_prepositions"]
    if prep.lower_ in words:
        return 1
    before = prep.doc[prep.i - 1] if prep.i else None
    return 2 if before is not None and f"{before.lower_} {prep.lower_}" in words else 0


def status_words(doc: Doc, start: int, end: int) -> tuple[str, str] | None:
    """The words that can say an event's status, before and after its trigger: the chain of
    heads above it up to its clause (and the auxiliaries, negations and particles of each),
    not the rest of the sentence ("extended an invitation before a second round of talks"
    says nothing of the talks' status; "is considering postponing a meeting" does)."""
    trigger = _token_at(doc, start, end)
    if trigger is None:
        return None
    chosen = {trigger.i}
    token = trigger
    reporter = -1
    for _ in range(12):
        if token.head.i == token.i or token.dep_ in ("ccomp", "parataxis", "advcl", "relcl", "conj") and token.i != trigger.i:
            break  # another clause: what it says is not said of this event
        if token.dep_ == "pobj" and (words := _time_order(token.head)):
            chosen.update(range(token.head.i - words + 1, token.head.i + 1))  # "ahead of a summit" says it is to come
            break  # "was cancelled after consultations with ...": the event only dates the verb
        token = token.head
        chosen.add(token.i)
        if _reports(token):
            if token.i < trigger.i and any(c.lower_ == "it" and c.dep_ in ("nsubjpass", "nsubj", "expl") for c in token.children):
                reporter = token.i  # "It should be recalled that they met": the modal is the writer's, not the event's
            break
    phrases = lexicon().syntax["happening_phrases"]
    for i in list(chosen - {reporter}):
        chosen.update(c.i for c in doc[i].children if c.dep_ in _STATUS_CHILDREN and c.i not in chosen
                      and not (c.dep_ in ("prep", "xcomp") and c.i > trigger.i)
                      or c.dep_ == "dobj" and f"{doc[i].lemma_.lower()} {c.lower_}" in phrases)  # "would not take place"
        if doc[i].lemma_ == "be" and i > trigger.i:  # "the summit was to be held": the plan the copula tells
            for c in doc[i].children:
                if c.dep_ == "xcomp" and c.i > i and c.lemma_.lower() in lexicon().syntax["to_come_verbs"]:
                    chosen.update([c.i, *(k.i for k in c.children if k.dep_ in ("aux", "auxpass"))])
    before = " ".join(doc[i].text for i in sorted(chosen) if i < trigger.i)
    after = " ".join(doc[i].text for i in sorted(chosen) if i > trigger.i)
    return before, after


_CLAUSES = {"relcl", "advcl", "ccomp", "parataxis", "acl"}
DESCRIBING_CLAUSES = {"relcl", "acl"}  # a clause on a noun ("the lender set up by the BRICS nations")


def in_other_clause(doc: Doc, trigger_span: tuple[int, int], start: int, end: int, clauses=_CLAUSES) -> bool:
    """Whether the words at start..end stand in a clause of their own that does not hold the
    trigger ("Ruto, who invited the Tanzanian leader last year, will hold talks with
    Museveni": the Tanzanian leader is no party to the talks); a participle describing the
    event itself ("the declaration signed by X") is its own clause. `clauses`: the kinds of
    clause looked for."""
    trigger, token = _token_at(doc, *trigger_span), _token_at(doc, start, end)
    if trigger is None or token is None:
        return False
    for ancestor in [token, *token.ancestors]:
        if ancestor.dep_ in clauses and ancestor.pos_ in _VERBS and not (
                ancestor.left_edge.i <= trigger.i <= ancestor.right_edge.i):
            return not (ancestor.dep_ == "acl" and ancestor.head.i == trigger.i  # "the declaration signed by X"
                        or ancestor.dep_ in ("relcl", "acl") and _plans_it(ancestor) and (
                            ancestor.head.i == trigger.i  # "the talks that Turkey was due to host"
                            or trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.i == ancestor.head.i))
                            # "the third round of talks that Turkey was due to host"
    return False


def subject_after_fronted_event(doc: Doc, start: int, end: int) -> bool:
    """Whether the event noun stands in a phrase fronted before its clause's subject ("At their
    summit in Georgetown, the bloc's leaders said ..."): its "their" looks ahead to that subject."""
    token = _token_at(doc, start, end)
    if token is None:
        return False
    head = token
    while head.dep_ in ("pobj", "prep") and head.head.i != head.i and head.pos_ not in _VERBS:
        head = head.head
    return head.pos_ in _VERBS and head.i != token.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i for c in head.children)


def plans_noun(doc: Doc, verb: tuple[int, int], noun: tuple[int, int]) -> bool:
    """Whether a verb tells, in a relative clause on an event noun, that event's plan ("the
    summit that King Abdullah was to host in Amman with X"): the noun's event, not a new one."""
    v, n = _token_at(doc, *verb), _token_at(doc, *noun)
    if v is None or n is None:
        return False
    clause = v
    while clause.dep_ in ("xcomp", "acomp") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "relcl" and clause.head.i == n.i and _plans_it(clause) and v.i in _plan_words(clause)


def _plans_it(clause: Token) -> bool:
    """A relative clause on the event that tells its plan ("the summit it was due to host in
    Amman with the leaders of X", "the talks which Qatar will hold"): the event's own words."""
    words = lexicon().syntax["event_participles"]
    return clause.lemma_.lower() in words or any(
        c.dep_ in ("acomp", "xcomp") and (c.lemma_.lower() in words or c.lower_ in words) for c in clause.children)


def _plan_words(clause: Token) -> list[int]:
    """The relative clause's verb, its "due"/"set" and what completes them ("to host")."""
    found = [clause.i]
    for c in clause.children:
        if c.dep_ in ("acomp", "xcomp"):
            found.append(c.i)
            found += [g.i for g in c.children if g.dep_ == "xcomp"]
            found += [gg.i for g in c.children if g.dep_ == "prep" and g.lower_ == "to" for gg in g.children if gg.dep_ == "pobj"]
    return found


def modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether the words at start..end qualify a noun after them ("the Ukraine war",
    "North Korean threats") rather than stand as a noun phrase of their own."""
    token = _token_at(doc, start, end)
    return token is not None and token.dep_ in ("compound", "amod", "nmod", "poss") and token.head.i > token.i


def qualifies_thing(doc: Doc, start: int, end: int) -> bool:
    """Whether the state named at start..end qualifies a thing, not people ("the Ukraine war",
    "the Gaza crisis"): it is a topic; "Ukrainian officials", "the Russian side" stay parties."""
    token = _token_at(doc, start, end)
    if token is None or token.dep_ not in ("compound", "amod", "nmod", "poss") or token.head.i <= token.i:
        return False
    head, syntax = token.head, lexicon().syntax
    if token.dep_ == "poss" and head.lemma_.lower() in syntax["agreement_nouns"]:
        return False  # "Iran's deal with the US": a party to it
    return head.pos_ == "NOUN" and head.lemma_.lower() in syntax["topic_nouns"]  # (and "Russia's invasion")


def _climb(token: Token, deps: tuple[str, ...]) -> Token:
    """The token's head, and its head's, for as long as it hangs on it by one of deps (a name's
    first word to the name, a list's item to the first item)."""
    while token.dep_ in deps and token.head.i != token.i:
        token = token.head
    return token


def reports_event(doc: Doc, trigger_span: tuple[int, int], start: int, end: int) -> bool:
    """Whether the words at start..end are the subject of a verb of saying that reports the
    event ("Sheikh Ahmed said that the emir held a call with ...": the speaker is no party)."""
    trigger, token = _token_at(doc, *trigger_span), _token_at(doc, start, end)
    if trigger is None or token is None:
        return False
    token = _climb(token, ("compound", "appos", "flat"))
    verb = token.head
    if token.dep_ == "nsubj":  # "X welcomed ... and noted that his guest will travel": X says the second verb's clause
        verb = next((c for c in verb.children if c.dep_ == "conj" and _reports(c) and c in trigger.ancestors
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), verb)
    if token.dep_ != "nsubj" or not _reports(verb) or verb not in trigger.ancestors:
        return False
    chain = [trigger]
    while chain[-1].head.i != verb.i:
        chain.append(chain[-1].head)
    if chain[-1].dep_ in ("ccomp", "parataxis"):
        return True  # the event is what is said, not where it was said
    if chain[-1].dep_ == "dobj" and _spokesperson(token):
        return True  # "Kremlin spokesman X confirmed the meeting with Y": he speaks of it, he was not in it
    # "said in a statement that the meeting would take place", "told a briefing that the meeting
    # was agreed" (a "that" clause the parser hangs on the noun): the content of a word of saying
    return any(a.dep_ in ("acl", "relcl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in a.children) for a in chain)


def _spokesperson(subject: Token) -> bool:
    """Whether a subject is named as a spokesperson ("Kremlin spokesman X", "the press secretary")."""
    words = lexicon().syntax["spokesperson_words"]
    return any(w.lower_ in words for w in subject.doc[subject.left_edge.i : subject.i + 1])


def outside_topic(doc: Doc, trigger_span: tuple[int, int], start: int, end: int) -> bool:
    """Whether the event is the topic of a noun ("gave further details on the visit",
    "answered questions about the summit") and the words at start..end stand outside that
    noun's phrase: those who speak of an event are not its parties."""
    trigger, token = _token_at(doc, *trigger_span), _token_at(doc, start, end)
    if trigger is None or token is None or trigger.dep_ != "pobj":
        return False
    prep, head = trigger.head, trigger.head.head
    if prep.lower_ not in lexicon().syntax["topic_prepositions"]:
        return False
    spoken_of = head.pos_ in ("NOUN", "PROPN") and head.lower_ not in lexicon().syntax["transparent_nouns"] or \
        head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in head.children)  # "gave details on"
    return spoken_of and token.i not in {t.i for t in prep.subtree}


def topic_of_verb(doc: Doc, trigger_span: tuple[int, int], start: int, end: int) -> bool:
    """Whether the words at start..end stand in the direct object of a verb that names what
    was talked about ("discussed the war in Ukraine with Scholz"), or of a verb said of the
    event ("the talks are expected to cover Ukraine and the Middle East"): a topic, not a party."""
    trigger, token = _token_at(doc, *trigger_span), _token_at(doc, start, end)
    if trigger is None or token is None:
        return False
    verb = trigger if trigger.lemma_.lower() in lexicon().syntax["topic_verbs"] else _covering_verb(trigger)
    if verb is None:
        return False
    while not (token.head.i == verb.i and token.dep_ == "dobj"
               or token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.i == verb.i != trigger.i):
        if token.head.i == token.i or token.lower_ == "with":
            return False  # "with Scholz", even where the parse hangs it on the topic, names a party
        token = token.head
    return True


def related_by_other_noun(doc: Doc, trigger_span: tuple[int, int], start: int, end: int) -> bool:
    """Whether the words at start..end are what another noun than the event relates ("welcomed
    the resumption of relations between Saudi Arabia and Iran" after "the meeting"): the
    states of that relation, not the event's parties."""
    trigger, token = _token_at(doc, *trigger_span), _token_at(doc, start, end)
    if trigger is None or token is None:
        return False
    token = _climb(token, ("conj", "compound", "appos"))
    prep = token.head
    if token.dep_ != "pobj" or not (prep.lower_ == "between" or prep.lower_ == "of"
                                    and prep.head.lemma_.lower() in lexicon().syntax["of_topic_nouns"]):
        return False  # "the exclusion of Cuba, Venezuela and Nicaragua": what the noun is about
    noun = prep.head
    span = doc.char_span(*trigger_span, alignment_mode="expand")  # "the memorandum on the project between A and B"
    own = {t.i for tok in (span or [trigger]) for t in tok.subtree}
    return noun.pos_ == "NOUN" and noun.i not in own and trigger.i not in {t.i for t in noun.subtree}


def _covering_verb(trigger: Token) -> Token | None:
    """The verb of which the event noun is the subject, or of a clause on it, that tells what it is
    about ("the talks will cover", "the meeting is expected to focus on", "talks expected to cover"), if any."""
    if trigger.dep_ in ("nsubj", "nsubjpass"):
        verb = trigger.head
    else:  # "for talks expected to cover Ukraine": a clause on the noun
        verb = next((c for c in trigger.children if c.dep_ in ("acl", "relcl")), None)
        if verb is None:
            return None
    for _ in range(3):
        if verb.lemma_.lower() in lexicon().syntax["covering_verbs"]:
            return verb
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if verb is None:
            return None
    return None


def _takes_part(verb: Token) -> bool:
    """A verb whose agent takes part in the event that is its subject ("attended by")."""
    syntax = lexicon().syntax
    return verb.lemma_.lower() in syntax["event_participles"] or verb.lemma_.lower() in syntax["party_verbs"]


def agent_beside_event(doc: Doc, trigger_span: tuple[int, int], start: int, end: int) -> bool:
    """Whether the words at start..end are the agent ("by X") of a verb said of the event noun
    that takes no part in it ("His visit has been shadowed by Australia's Penny Wong"), as the
    participles that tell who holds or attends it ("hosted by", "attended by") do."""
    trigger, token = _token_at(doc, *trigger_span), _token_at(doc, start, end)
    if trigger is None or token is None or trigger.dep_ != "nsubjpass" or trigger.head.pos_ not in _VERBS:
        return False
    verb = trigger.head
    if _takes_part(verb):
        return False
    while token.head.i != token.i and token.dep_ in ("compound", "flat", "appos", "amod", "poss", "conj"):
        token = token.head
    return token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.i == verb.i


def object_of_coordinated_verb(doc: Doc, heads: Heads, start: int, end: int) -> bool:
    """Whether the words at start..end are the object of another predicate coordinated with
    the event's (its `event_heads`): "called on the president and met the prime minister":
    the president is not at the second meeting."""
    token = _token_at(doc, start, end)
    if token is None or not heads.tokens:
        return False
    while token.dep_ in ("compound", "flat", "appos", "amod", "conj") and token.head.i != token.i \
            and (token.dep_ != "conj" or token.head.pos_ in ("PROPN", "NOUN")):  # "met A and B": B as A
        token = token.head
    if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
        token = token.head  # (and "was received by A and held talks with B": A is the first verb's)
    if token.dep_ == "prep" and token.head.pos_ == "NOUN" and token.head.dep_ == "dobj":
        token = token.head  # "pay a visit to A and then go on to B": A is the first verb's, through its object
    elif token.dep_ == "prep" and token.head.pos_ == "NOUN" and token.head.dep_ == "pobj" and token.head.head.dep_ == "prep" \
            and token.head.i not in heads.tokens:
        token = token.head.head  # "arrived after talks with A, and will meet B": A is the first verb's, through its phrase
    verb = token.head
    if token.dep_ not in ("dobj", "prep", "attr", "agent") or verb.pos_ not in _VERBS or verb.i in heads.tokens:
        return False
    verbs = {doc[i] for i in heads.tokens if doc[i].pos_ in _VERBS}
    return any(v.dep_ == "conj" and v.head.i == verb.i or verb.dep_ == "conj" and verb.head.i == v.i
               or v.dep_ == "conj" and verb.dep_ == "xcomp" and v.head.i == verb.head.i  # "was to meet A and hold talks with B"
               for v in verbs)


def after_in_past(doc: Doc, start: int, end: int) -> bool:
    """Whether the event is what a past-tense clause followed or took place in ("Following a
    three-hour meeting, Putin disclosed ...", "said on Tuesday, during a meeting with ..."):
    it was held."""
    token = _token_at(doc, start, end)
    if token is not None and token.dep_ == "dobj" and token.head.dep_ == "pcomp" and token.head.tag_ == "VBG":
        token = token.head  # "said on Monday after hosting talks with X": the talks were before the saying
    if token is None or token.dep_ not in ("pobj", "pcomp") or token.head.lower_ not in ("after", "following", "during", "at"):
        return False
    verb = token.head.head
    if token.head.lower_ == "at":  # "said at a joint press conference": what was said there was said at it
        if not lexicon().reporting_verbs.fullmatch(verb.lemma_) and verb.lemma_ != "speak":
            return False
        if verb.tag_ == "VBG" and verb.head.pos_ in _VERBS:
            verb = verb.head  # "speaking at a news conference, he said"
    return verb.pos_ in _VERBS and (verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                              for c in verb.children))


def present_perfect(doc: Doc, start: int, end: int) -> bool:
    """Whether the event is told in the present perfect, once ("have agreed to", "has signed
    an agreement"): done by the time of the report, and news of its days. Not "have met
    several times", "has never visited", "has confirmed the visit"."""
    token = _token_at(doc, start, end)
    if token is None:
        return False
    verb = token if token.pos_ in _VERBS else token.head if token.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or verb.tag_ != "VBN":
        return False
    if verb is not token and not lexicon().status["held"].fullmatch(verb.text):
        return False  # "has signed an agreement", not "has confirmed a visit"
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have" for c in children) \
        and not any(c.lower_ in lexicon().syntax["iterative_modifiers"] or c.dep_ == "neg" for c in children)


def simple_past(doc: Doc, start: int, end: int) -> bool:
    """Whether the event's own verb is in the simple past ("agreed a deal", not "had agreed
    to" or "would have agreed")."""
    token = _token_at(doc, start, end)
    return token is not None and token.tag_ == "VBD" and not any(c.dep_ in ("aux", "neg") for c in token.children)


def told_in_past(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb the event noun hangs on is in the past tense ("confirmed his arrival")."""
    token = _token_at(doc, start, end)
    verb = next((t for t in ([token, *token.ancestors] if token is not None else []) if t.pos_ in _VERBS), None)
    return verb is not None and verb.tag_ == "VBD"


def coordinated_after(doc: Doc, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether the second event's verb, sharing the subject, is coordinated with the first
    event's verb or with the verb the first event is the object of ("attended the summit ...
    and met X")."""
    a, b = _token_at(doc, *first), _token_at(doc, *second)
    if a is None or b is None or b.dep_ != "conj" or b.head.pos_ not in _VERBS \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in b.children):
        return False  # not "he paid a visit and the two sides had agreed": a subject of its own
    return b.head.i in (a.i, a.head.i)


def subject_of_past_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether the event noun is the subject of a verb in the simple past ("The summit then
    brought together the leaders", "The talks lasted two hours"): it has taken place."""
    token = _token_at(doc, start, end)
    return token is not None and token.dep_ == "nsubj" and token.head.tag_ == "VBD" \
        and not any(c.dep_ in ("aux", "neg") for c in token.head.children)


def planning_clause(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The character span of a relative clause on the event noun that tells its plan ("The
    meeting, which the prime minister will host in Kingston, ..."), or None."""
    token = _token_at(doc, start, end)
    clause = next((c for c in token.children if c.dep_ == "relcl" and _plans_it(c)), None) if token is not None else None
    if clause is None:
        return None
    last = doc[clause.right_edge.i]
    return doc[clause.left_edge.i].idx, last.idx + len(last.text)


def in_others_relative_clause(doc: Doc, trigger_span: tuple[int, int], start: int, end: int) -> bool:
    """Whether text[start:end] lies in a ", which ..." or ", who ..." clause on another noun than the
    event, one the event is no part of ("to visit China after the party congress, which closed
    earlier this month": the congress's time, not the visit's)."""
    token, trigger = _token_at(doc, start, end), _token_at(doc, *trigger_span)
    if token is None or trigger is None:
        return False
    for clause in (t for t in token.ancestors if t.dep_ == "relcl"):
        first = doc[clause.left_edge.i]
        if first.lower_ in ("which", "who") and first.i > 0 and doc[first.i - 1].text == "," \
                and clause.head is not trigger and not clause.left_edge.i <= trigger.i <= clause.right_edge.i \
                and not (trigger.pos_ in ("NOUN", "PROPN") and trigger.left_edge.i <= clause.i <= trigger.right_edge.i):
            return True  # (an event noun's own phrase keeps its clause: "talks between A and B, which had been
            # scheduled for Tuesday", however the parse hangs it)
    return False


def relative_clause(doc: Doc, start: int, end: int) -> str:
    """The text of a relative clause on the event noun ("a trip that now appears off the
    agenda"), or ""."""
    token = _token_at(doc, start, end)
    clause = next((c for c in token.children if c.dep_ == "relcl"), None) if token is not None else None
    return doc[clause.left_edge.i : clause.right_edge.i + 1].text if clause is not None else ""


def passive_status(doc: Doc, start: int, end: int) -> str | None:
    """The status an event noun takes as the subject of a passive predicate of planning or
    holding, however long its phrase ("A meeting of A, B, C, D and E is planned": scheduled;
    "... was held": held; "... will be held": scheduled)."""
    token = _token_at(doc, start, end)
    if token is None or token.dep_ != "nsubjpass" or any(c.dep_ == "neg" for c in token.head.children):
        return None
    verb, aux = token.head, {c.lower_ for c in token.head.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"would", "could", "should", "might"} and aux & {"have", "'ve"}:
        return None  # "The summit would have been held in Punta Cana": what did not happen
    words = lexicon().syntax
    if verb.lemma_.lower() in words["plan_verbs"]:
        return "scheduled"
    if verb.lemma_.lower() in words["holding_verbs"]:
        return "scheduled" if aux & {"will", "shall", "would", "to"} else "held" if aux & {"was", "were"} else None
    return None


def subject_end(doc: Doc, start: int) -> int:
    """Where the subject of the first verb after character `start` ends (at that verb); the
    sentence's end when there is none."""
    verb = next((t for t in doc if t.idx >= start and t.pos_ in _VERBS and t.dep_ in ("ROOT", "conj", "advcl")), None)
    return verb.idx if verb is not None else len(doc.text)


def purpose_of_past_movement(doc: Doc, start: int, end: int) -> bool:
    """Whether the event is the purpose of a journey told in the past ("Lula went to the
    palace to hold a meeting with ...", "flew to Kyiv to meet ..."): it was held."""
    token = _token_at(doc, start, end)
    if token is None:
        return False
    preparing = lexicon().syntax["preparing_words"]
    path = [token]
    while token.pos_ not in _VERBS and token.dep_ in ("dobj", "pobj", "prep") and token.head.i != token.i:
        token = token.head
        path.append(token)
    if token.pos_ not in _VERBS or token.dep_ not in ("advcl", "xcomp") or not any(c.lower_ == "to" for c in token.children):
        return False
    if any(t.lemma_.lower() in preparing or t.lower_ in preparing for t in path):
        return False  # "met to prepare for the summit", "flew in to discuss preparations for the visit": still to come
    verb = token.head
    return verb.tag_ == "VBD" and verb.lemma_.lower() in lexicon().syntax["movement_verbs"]


def main_subjects(doc: Doc) -> set[str]:
    """The lower-cased subjects of the sentence's main verbs ("he" in "On Sunday he will travel ...,
    and on Monday he will end his tour")."""
    return {c.lower_ for t in doc if t.dep_ == "ROOT" or t.dep_ == "conj" and t.head.dep_ == "ROOT"
            for c in t.children if c.dep_ in ("nsubj", "nsubjpass")}


def pronoun_subject(doc: Doc) -> bool:
    """Whether the sentence's main clause has a personal pronoun for subject ("She is also
    going to attend ..."): it goes on about the person named before, whoever else it names."""
    return any(t.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she")
                                        for c in t.children) for t in doc)


def _clause_end(doc: Doc, start: int) -> int:
    """Where a clause that begins at start ends: at the first punctuation, unless a short
    phrase set off by commas stands inside it ("withdrew, in July, from the pact")."""
    end = start
    while end < len(doc) and not doc[end].is_punct:
        end += 1
    if end < len(doc) and doc[end].text == ",":
        close = next((k for k in range(end + 1, min(end + 6, len(doc))) if doc[k].is_punct), None)
        if close is not None and doc[close].text == "," and close + 1 < len(doc) and doc[close + 1].pos_ == "ADP":
            return _clause_end(doc, close + 1)
    return end


@_remembered
def time_order_clauses(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Character spans of "after", "before" and "until" clauses with a verb of their own
    ("after Russia withdrew, in July, from the pact"): the dates in them are their verb's."""
    out = []
    for token in doc:
        if token.lower_ not in ("after", "before", "until") or token.dep_ != "mark":
            continue
        end = _clause_end(doc, token.i + 1)
        if any(t.tag_ in ("VBD", "VBZ", "VBP") for t in doc[token.i + 1 : end]):
            out.append((token.idx, doc[end - 1].idx + len(doc[end - 1])))
    return tuple(out)


@_remembered
def since_clauses(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Character spans of "since" clauses with a verb of their own ("the first council since
    the chancellor stepped down, ..."): an earlier time, whose people and places are not the
    event's. Read from the part-of-speech tags, which the small model gets right more often
    than the attachment of such a clause."""
    out = []
    for token in doc:
        if token.lower_ != "since" or token.tag_ != "IN":
            continue
        end = token.i + 1
        while end < len(doc) and not doc[end].is_punct:
            end += 1
        if any(t.tag_ in ("VBD", "VBZ", "VBP") for t in doc[token.i + 1 : end]):
            out.append((token.idx, doc[end - 1].idx + len(doc[end - 1])))
    return tuple(out)


def held_at(doc: Doc, verb_span: tuple[int, int], noun_span: tuple[int, int]) -> bool:
    """Whether an event noun is where the verb's meeting takes place ("they met ... at a
    summit in California", "met during the forum"): the two name one event."""
    verb, noun = _token_at(doc, *verb_span), _token_at(doc, *noun_span)
    if verb is None or noun is None or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ not in ("at", "during"):
        return False
    above = prep.head  # "met for the first time at a summit": through a noun that says nothing
    while above.pos_ == "NOUN" and above.lower_ in lexicon().syntax["transparent_nouns"] and above.dep_ == "pobj":
        above = above.head.head
    return above.i == verb.i
