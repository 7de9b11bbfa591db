"""Speed-ups of the language stage give exactly what spaCy gives without them."""

from __future__ import annotations

import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from summitry.language import disabled_except, nlp, split_sentences, tokenizer_nlp
from summitry.language.attributes import FastRulerMatch, fast_match

# Sentences written for these tests; they touch the ruler's rarer patterns
# (expletive "there", "gonna", pronouns by role, auxiliaries, whitespace tokens).
SENTENCES = [
    "There is a meeting planned, but the envoys are gonna skip it.",
    "I told them that it was done and they gave it to me.",
    "Do you think the talks have ended?  Some do, and some don't.",
    "Let's see whether y'all are coming to the summit in Oslo.\n",
    "He ain't going, which of those ministers did?",
    "",
]


def test_fast_ruler_match_equals_the_matcher_on_the_trained_pipeline():
    model = nlp()
    ruler = model.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, FastRulerMatch)  # installed when the model is loaded
    before = disabled_except(model, ["tagger", "parser"])
    for doc in model.pipe(SENTENCES, disable=before):
        assert ruler.match(doc) == [tuple(m) for m in AttributeRuler.match(ruler, doc)]


def _ruler(patterns):
    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return blank, ruler


def test_fast_ruler_match_handles_every_kind_of_test():
    blank, ruler = _ruler([
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"LOWER": {"IN": ["talks", "summit"]}, "DEP": {"NOT_IN": ["nsubj", ""]}}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"LOWER": {"REGEX": "^s.*t$"}}, {"TAG": "IN"}]], "attrs": {"LEMMA": "s"}, "index": -1},
        {"patterns": [[{"IS_SPACE": True}], [{"TAG": "_SP", "IS_SPACE": False}]], "attrs": {"POS": "SPACE"}},
        {"patterns": [[{"DEP": "ROOT"}, {"LOWER": "the"}, {"TAG": {"IN": ["NN", "NNS"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    ])
    words = ["The", "summit", "in", "Oslo", " ", "set", "the", "talks", "summit"]
    doc = Doc(blank.vocab, words=words, spaces=[True, True, True, False, False, True, True, True, False],
              tags=["DT", "NN", "IN", "NNP", "_SP", "VBD", "DT", "NNS", "NN"],
              deps=["det", "ROOT", "prep", "pobj", "dep", "ROOT", "det", "dobj", "nsubj"],
              heads=[1, 1, 1, 2, 3, 5, 7, 5, 5])
    fast = fast_match(ruler)
    assert fast is not None
    expected = [tuple(m) for m in AttributeRuler.match(ruler, doc)]
    assert fast(doc) == expected and len(expected) >= 6
    assert fast(doc) == expected  # again, from what it remembered


def test_rulers_with_other_patterns_are_left_to_the_matcher():
    for pattern in ([{"ORTH": "summit"}], [{"LOWER": "summit", "OP": "?"}], [{"LENGTH": 6}]):
        _, ruler = _ruler([{"patterns": [pattern], "attrs": {"POS": "NOUN"}}])
        assert fast_match(ruler) is None


def test_disabled_except_keeps_the_tok2vec_only_its_listeners_need():
    model = nlp()
    ner_only = disabled_except(model, ["ner"])
    assert "ner" not in ner_only and "tok2vec" in ner_only and "parser" in ner_only
    parse = disabled_except(model, ["parser"])
    assert "tok2vec" not in parse and "ner" in parse


def test_entities_are_the_same_without_the_shared_tok2vec():
    model = nlp()
    text = "Foreign Minister Anna Lindqvist met Prime Minister Tomas Berg in Helsinki on Monday."
    with_shared = model(text, disable=[p for p in model.pipe_names if p not in ("tok2vec", "ner")])
    alone = model(text, disable=disabled_except(model, ["ner"]))
    assert [(e.text, e.label_) for e in alone.ents] == [(e.text, e.label_) for e in with_shared.ents]
    assert any(e.label_ == "PERSON" for e in alone.ents)


def _sentencizer_split(para: str) -> list[str]:
    return [s.text.strip() for s in tokenizer_nlp()(para).sents if s.text.strip()]


PARAGRAPHS = [
    'The envoys said "we will meet again."',
    "  Talks resumed in Geneva (for the third time).\n",
    "No full stop at all here",
    "Mr. Lee met the U.S. envoy. Both spoke later.",
    "It ended. \"",
    "Really?! Yes.",
    "He left …",
    "Inc. and Co. signed\ttoday.  ",
    "Done.  ) next",
]


def test_split_sentences_gives_what_the_sentencizer_gives():
    for para in PARAGRAPHS:
        text = f"Intro line.\n\n{para}\n\nLast one!"
        got = split_sentences(text)
        assert [s.text for s in got] == ["Intro line.", *_sentencizer_split(para), "Last one!"]
        assert all(text[s.start:s.end] == s.text for s in got)


def test_a_paragraph_the_sentencizer_cannot_split_is_not_tokenized(monkeypatch):
    import summitry.language.sentences as sentences

    split_sentences("Ready. Set.")  # the sentence-final characters are read from the sentencizer once
    calls = []
    monkeypatch.setattr(sentences, "tokenizer_nlp", lambda: calls.append(1) or tokenizer_nlp())
    one = split_sentences(' The envoys said "we will meet again."  ')
    assert [(s.start, s.text) for s in one] == [(1, 'The envoys said "we will meet again."')] and not calls
    assert len(split_sentences("Mr. Lee met the envoy. Both spoke.")) == 2 and calls


def test_lemmas_are_the_same_with_the_index_as_sets():
    model = nlp()
    lemmatizer = model.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    assert table and all(isinstance(words, frozenset) for words in table.values())
    text = "The plenipotentiaries were reconvening after the envoys parleyed over the bigger issues."
    before = disabled_except(model, ["tagger", "parser", "attribute_ruler"])

    def lemmas() -> list[str]:
        lemmatizer.cache.clear()
        return [lemmatizer.rule_lemmatize(t)[0] for t in model(text, disable=before + ["lemmatizer"])]

    with_sets = lemmas()
    sets = dict(table)
    try:
        for key, words in sets.items():
            table[key] = sorted(words)  # as the pipeline ships them
        assert lemmas() == with_sets
    finally:
        for key, words in sets.items():
            table[key] = words
        lemmatizer.cache.clear()
    assert {"plenipotentiary", "parley", "big", "issue"} <= set(with_sets)


def test_full_names_grouped_by_family_initial_keep_the_index_order():
    from summitry.actors.known import _full_by_family_initial, _index

    groups = _full_by_family_initial()
    assert all(key.split()[-1][:1] == initial for initial, items in groups.items() for key, _ in items)
    flat = {key: tenures for items in groups.values() for key, tenures in items}
    assert flat == _index().full
    order = list(_index().full)
    for items in groups.values():
        positions = [order.index(key) for key, _ in items]
        assert positions == sorted(positions)


def test_name_runs_and_places_are_worked_out_once_per_text():
    from summitry.actors.people import _name_runs, name_runs
    from summitry.actors.places import _find_places, find_places

    text = "Foreign Minister Anna Lindqvist arrived in Oslo on a visit to Norway."
    for public, cached in ((name_runs, _name_runs), (find_places, _find_places)):
        first = public(text)
        hits = cached.cache_info().hits
        first.append("changed by a caller")
        again = public(text)
        assert cached.cache_info().hits == hits + 1
        assert "changed by a caller" not in again and again == first[:-1] and again


def test_the_lemmatizer_remembers_every_lemma_as_spacy_works_it_out():
    model = nlp()
    lemmatizer = model.get_pipe("lemmatizer")
    assert lemmatizer.lemmatize.__name__ == "lemmatize" and lemmatizer.lemmatize != lemmatizer.rule_lemmatize
    doc = model("Ministers from Chile met their counterparts; the talks were held in Lima and went well.",
                disable=["lemmatizer", "ner"])
    for _ in range(2):  # worked out, then remembered
        assert [lemmatizer.lemmatize(t) for t in doc] == [lemmatizer.rule_lemmatize(t) for t in doc]


def test_split_sentences_remembers_a_text_without_sharing_its_list(monkeypatch):
    import summitry.language.sentences as sentences

    text = "The envoys met in Oslo. They will meet again in May.\n\nTalks ended late."
    first = split_sentences(text)
    first.append("changed by a caller")
    calls = []
    monkeypatch.setattr(sentences, "_split", lambda *a: calls.append(a) or [])
    again = split_sentences(text)
    assert again == first[:-1] and len(again) == 3 and not calls
    monkeypatch.undo()
    shifted = split_sentences(text, section="caption", first_index=5)
    assert [(s.index, s.section) for s in shifted] == [(5, "caption"), (6, "caption"), (7, "caption")]
    assert [s.index for s in split_sentences(text)] == [0, 1, 2]


def test_answers_remembered_with_a_parse_are_those_of_that_parse():
    from summitry.events.syntax import _token_index, event_heads, parse, verb_at_root

    met = parse("The two ministers met in Lisbon on Friday.")
    caption = parse("Talks of the two ministers in Lisbon on Friday.")
    for doc, verb in ((met, True), (caption, False)):
        trigger = doc.text.index("met") if verb else doc.text.index("Talks")
        lisbon = doc.text.index("Lisbon")
        for _ in range(2):  # worked out, then remembered
            assert verb_at_root(doc) is verb == verb_at_root.__wrapped__(doc)
            assert event_heads(doc, trigger, trigger + 3) == event_heads.__wrapped__(doc, trigger, trigger + 3)
            assert _token_index(doc, lisbon, lisbon + 6) == _token_index.__wrapped__(doc, lisbon, lisbon + 6)
        assert doc[_token_index(doc, lisbon, lisbon + 6)].text == "Lisbon"
    assert event_heads(met, 18, 21) != event_heads(caption, 18, 21)
    assert {("summitry", "event_heads"), ("summitry", "verb_at_root")} <= set(met.user_data)


_CHUNK_ARTICLES = [
    ["The foreign ministers of Chile and Peru met in Lima on Monday.", "They spoke by phone with the envoy later."],
    ["No event is named here at all.", "Nor in this second sentence."],
    ["President Ana Ruiz will visit Norway next week, her office said.", "The visit was announced on Tuesday."],
]


def test_prepare_articles_parses_what_reading_them_parses(monkeypatch):
    from summitry.events import extract_events, syntax
    from summitry.events.article import prepare_articles
    from summitry.model import Article

    articles = [Article(id=f"chunk-test-{i}", origin=f"{i}.txt", title=None, paragraphs=p)
                for i, p in enumerate(_CHUNK_ARTICLES)]
    syntax._DOCS.clear()
    prepare_articles(articles)
    prepared = set(syntax._DOCS)
    assert prepared and not any("No event" in t for t in prepared)
    parsed_later = []
    real = syntax.prepare
    monkeypatch.setattr(syntax, "prepare", lambda texts: parsed_later.extend(t for t in texts if t not in syntax._DOCS) or real(texts))
    import summitry.events.article as article
    monkeypatch.setattr(article, "prepare", syntax.prepare)
    for a in articles:
        extract_events(a)
    assert parsed_later == [] and set(syntax._DOCS) == prepared


def test_read_articles_reads_as_read_article_does():
    from summitry.model import Failure, RawDocument
    from summitry.pipeline import Read, read_article, read_articles

    raws = [RawDocument(origin=f"{i}.txt", content="\n\n".join(p), format="text") for i, p in enumerate(_CHUNK_ARTICLES)]
    raws.insert(1, RawDocument(origin="empty.txt", content="   ", format="text"))
    one_by_one = [read_article(r) for r in raws]
    together = read_articles(raws)
    assert isinstance(together[1], Failure) and together[1] == one_by_one[1]
    assert [(r.article, r.mentions) for r in together if isinstance(r, Read)] == \
        [(r.article, r.mentions) for r in one_by_one if isinstance(r, Read)]
    assert any(r.mentions for r in together if isinstance(r, Read))
    known = [r for r in read_articles(raws, known=lambda _: True) if isinstance(r, Read)]
    assert len(known) == len([r for r in together if isinstance(r, Read)]) and all(r.mentions is None for r in known)


def test_a_new_event_is_stored_after_its_evidence_and_indexed_with_all_of_it(tmp_path):
    """The event row last: the search index's trigger on it indexes the event once with all
    its evidence, instead of once more for every evidence row stored after it."""
    from datetime import datetime

    from summitry.events import extract_events
    from summitry.linking import link
    from summitry.model import Article
    from summitry.store import Store

    text = ("The foreign ministers of Chile and Peru met in Lima on Monday, June 3, 2024.\n\n"
            "At the meeting in Lima, the two ministers of Chile and Peru discussed fisheries.")
    art = Article(id="index-test", origin="t.txt", title="Ministers meet", paragraphs=text.split("\n\n"),
                  published=datetime(2024, 6, 4, 9), published_precision="minute")
    mentions = extract_events(art)
    assert len(mentions) == 1 and len(mentions[0].evidence) >= 1
    with Store(tmp_path / "s.db") as store:
        statements: list[str] = []
        store.db.set_trace_callback(statements.append)
        with store.transaction():
            store.add_article(art)
            (event_id,) = link(store, mentions)
        store.db.set_trace_callback(None)
        evidence = [i for i, s in enumerate(statements) if s.startswith("INSERT INTO evidence")]
        event_row = [i for i, s in enumerate(statements) if s.startswith("INSERT OR REPLACE INTO events")]
        assert evidence and event_row and max(evidence) < min(event_row)
        body = store.db.execute("SELECT body FROM event_text JOIN events e ON e.rowid = event_text.rowid "
                                "WHERE e.id = ?", (event_id,)).fetchone()[0]
        assert body.split("\n") == [x.sentence for x in mentions[0].evidence]


_NER_ARTICLES = [
    ["Norwegian envoy Kestrel Vandermoot held talks with Orla Pennick of Chile in Oslo on Monday.",
     "Talks between Vandermoot and Pennick ended late."],
    ["The envoys met in Lima.", "Marisol Quenta Ayala held talks with Tobias Wrenfield there on Friday."],
]


def test_actors_prepared_together_are_those_worked_out_alone(monkeypatch):
    import summitry.actors.article as actors
    from summitry.language import split_sentences

    calls = [(split_sentences("\n\n".join(p)), "NOR", True, {0, 1}, None) for p in _NER_ARTICLES]
    alone = [actors.analyze_actors(*call) for call in calls]
    passes = []
    real = actors._entities
    monkeypatch.setattr(actors, "_entities", lambda texts: passes.append(list(texts)) or real(texts))
    actors.prepare_actors(calls)
    assert len(passes) == 1 and len(passes[0]) >= 2  # one NER pass for both articles
    for call, one in zip(calls, alone):
        together = actors.analyze_actors(*call)
        assert [together.mentions(i) for i in range(2)] == [one.mentions(i) for i in range(2)]
        assert together.people == one.people and any(m.kind == "person" for m in together.mentions(0) + together.mentions(1))
    assert len(passes) == 1 and not actors._PREPARED  # taken from what was prepared, once


def test_reading_prepared_articles_runs_no_model_again(monkeypatch):
    import summitry.actors.article as actors
    from summitry.events import extract_events, syntax
    from summitry.events.article import prepare_articles
    from summitry.model import Article

    articles = [Article(id=f"ner-test-{i}", origin=f"{i}.txt", title=None, paragraphs=p)
                for i, p in enumerate(_NER_ARTICLES)]
    alone = [extract_events(a) for a in articles]
    syntax._DOCS.clear()
    prepare_articles(articles)
    passes = []
    monkeypatch.setattr(actors, "_entities", lambda texts: passes.append(list(texts)) or [])
    monkeypatch.setattr(syntax, "_pipeline", lambda: passes.append("parse") or (None, []))
    assert [extract_events(a) for a in articles] == alone and alone[0][0].participants
    assert all(p == [] for p in passes)


def test_the_loaded_pipeline_is_kept_out_of_the_collectors_way():
    import gc

    model = nlp()
    assert gc.get_freeze_count() > 0
    assert all(o is not model for generation in range(3) for o in gc.get_objects(generation))  # frozen


def test_fast_set_annotations_sets_what_the_ruler_sets():
    model = nlp()
    ruler = model.get_pipe("attribute_ruler")
    assert ruler.set_annotations.__qualname__.startswith("fast_set_annotations")
    before = disabled_except(model, ["tagger", "parser"])
    texts = SENTENCES + ["The envoys haven't met; they'd rather talk by phone, wouldn't they?"]
    for doc in model.pipe(texts, disable=before):
        matches = ruler.match(doc)
        spacy_way, fast_way = doc.copy(), doc.copy()
        AttributeRuler.set_annotations(ruler, spacy_way, matches)
        ruler.set_annotations(fast_way, matches)
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_) for t in fast_way] == \
            [(t.pos_, str(t.morph), t.lemma_, t.tag_) for t in spacy_way]
        assert not doc.text or any(t.pos_ for t in fast_way)


_UNASKED = [
    ["The minister received the report on Monday.",  # a trigger wanting a person after it, with none
     "President Ana Ruiz received the report on Monday.",  # the same with someone named, and no "he" or "she"
     "He received the long annual report that was written by President Ana Ruiz."],  # "he": is he the subject?
]


def test_only_the_sentences_whose_parse_is_asked_for_are_parsed(monkeypatch):
    import summitry.events.arguments as arguments
    import summitry.events.article as article
    import summitry.events.sentence as sentence
    from summitry.events import extract_events, syntax
    from summitry.events.article import prepare_articles
    from summitry.model import Article

    articles = [Article(id=f"asked-test-{i}", origin=f"{i}.txt", title=None, paragraphs=p)
                for i, p in enumerate(_UNASKED + _CHUNK_ARTICLES)]
    syntax._DOCS.clear()
    prepare_articles(articles)
    prepared = set(syntax._DOCS)
    asked = set()
    for module in (article, sentence, arguments):
        monkeypatch.setattr(module, "parse", lambda text: asked.add(text) or syntax.parse(text))
    for a in articles:
        extract_events(a)
    assert asked == prepared and set(syntax._DOCS) == prepared
    assert not any(t.startswith(("The minister received", "President Ana Ruiz received")) for t in prepared)
    assert any(t.startswith("He received") for t in prepared)


def test_every_he_or_she_token_is_seen_in_the_text():
    from summitry.events.article import _HE_OR_SHE

    model = nlp()
    texts = list(model.tokenizer.rules) + ["(hes", "_she", "HE-SHE", "he2", "shellve", "she’s", "He'd"]
    for text in texts:
        if any(t.lower_ in ("he", "she") for t in model.make_doc(text)):
            assert _HE_OR_SHE.search(text), text
    assert not _HE_OR_SHE.search("The shelter held the theme")


def test_triggers_are_fresh_drafts_at_each_call():
    from summitry.events.triggers import find_triggers

    text = "The leaders held a summit meeting in Oslo."
    first = find_triggers(text)
    first[0].participants.append("someone")
    first[0].status = "held"
    again = find_triggers(text)
    assert again[0].participants == [] and again[0].status is None and again[0] is not first[0]
    assert find_triggers("Nothing of the kind here.") == []


def _plain_trie_pattern(words) -> str:
    """The trie alternation built node by node, as it was before runs were written at once."""
    import re

    trie: dict = {}
    for w in words:
        if w:
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return f"(?:{body})?" if len(alts) == 1 else body + "?"
        return body

    return build(trie) or "(?!)"


def test_trie_pattern_writes_runs_of_one_way_at_once_with_the_same_pattern():
    import random

    from summitry.actors.lexicon import trie_pattern

    rng = random.Random(7)
    for _ in range(2000):
        words = ["".join(rng.choice("abAB .-'’é") for _ in range(rng.randint(0, 7))) for _ in range(rng.randint(0, 9))]
        assert trie_pattern(words) == _plain_trie_pattern(words), words
    names = ["Ana Ruiz", "Ruiz", "Tobias Wrenfield", "Wrenfield", "Mr Wrenfield", ""]
    assert trie_pattern(names) == _plain_trie_pattern(names)


def test_words_regex_as_a_trie_finds_what_the_plain_alternation_finds():
    import random
    import re

    from summitry.events.lexicon import words_regex

    def plain(words, flags=re.I):
        alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", flags)

    words = ["talk", "talks", "Talks", "talks with", "met", "meet", "meeting", "Ab", "ab c", "high-level talks", "a.m."]
    rng = random.Random(3)
    pieces = words + [" ", "-", "s", "ed", ".", "x", "'", "Ab"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    texts += [t.upper() for t in texts[:500]] + ["ab c", "Ab c-", "The talks with Oslo", "high-level talks-x"]
    for flags in (re.I, 0):
        fast, slow = words_regex(words, flags), plain(words, flags)
        assert fast.pattern != slow.pattern  # written as a trie
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], text
            assert bool(fast.fullmatch(text)) == bool(slow.fullmatch(text)), text
    assert words_regex(["Zürich talks", "zürich"]).pattern == plain(["Zürich talks", "zürich"]).pattern  # two cases


def test_time_alternation_as_a_trie_tries_the_same_words_in_the_same_order():
    import re

    from summitry.time.lexicon import alternation

    def plain(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    words = ["Jan", "Jan.", "January", "June", "Ju", "week", "weekend", "wk"]
    assert alternation(words) != plain(words)  # written as a trie
    texts = ["January 5", "Jan. 5", "Jan 5", "Ju ne", "the weekend", "weekends", "wk", "JANUARY", "Junes"]
    for inner in (r"(?:{})(?!\w)", r"(?i:{})\b", r"(?P<w>{})\s+\d"):  # what follows must hold: shorter words are tried
        fast, slow = re.compile(inner.format(alternation(words))), re.compile(inner.format(plain(words)))
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], (inner, text)
    assert alternation(["am", "AM", "a.m."]) == plain(["am", "AM", "a.m."])  # beginnings differing only in case
