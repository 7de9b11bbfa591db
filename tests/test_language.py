"""Language stage: the trained spaCy pipeline loaded once, its name a setting; sentences."""

from __future__ import annotations

import pytest

from summitry.config import settings
from summitry.language import nlp, split_sentences, tokenizer_nlp


@pytest.fixture
def fresh_cache():
    nlp.cache_clear()
    yield
    nlp.cache_clear()


def test_trained_pipeline_is_loaded_once(fresh_cache):
    first = nlp()
    assert nlp() is first
    assert nlp.cache_info().hits >= 1 and nlp.cache_info().misses == 1
    assert "ner" in first.pipe_names  # a trained pipeline, not a blank one
    assert first.meta["name"] in settings().model


def test_model_name_comes_from_the_environment(fresh_cache, monkeypatch):
    monkeypatch.setenv("SUMMITRY_MODEL", "xx_no_such_pipeline_for_tests")
    assert settings().model == "xx_no_such_pipeline_for_tests"
    with pytest.raises(RuntimeError, match="xx_no_such_pipeline_for_tests") as info:
        nlp()
    assert "SUMMITRY_MODEL" in str(info.value)
    assert isinstance(info.value.__cause__, OSError)


def test_explicit_model_name_is_used(fresh_cache):
    with pytest.raises(RuntimeError, match="'xx_other_missing_pipeline'"):
        nlp("xx_other_missing_pipeline")


def test_tokenizer_pipeline_is_shared():
    assert tokenizer_nlp() is tokenizer_nlp()
    assert "sentencizer" in tokenizer_nlp().pipe_names


def test_split_sentences_offsets():
    text = ("The envoys met on Monday. They agreed to meet again.\n\n"
            "  A third paragraph starts after spaces.\n\nLast one here!")
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "The envoys met on Monday.", "They agreed to meet again.", "A third paragraph starts after spaces.",
        "Last one here!"]
    for i, s in enumerate(sentences):
        assert s.index == i and s.section == "body"
        assert text[s.start:s.end] == s.text


def test_paragraphs_never_share_a_sentence():
    sentences = split_sentences("A line without a full stop\n\nanother line follows")
    assert [s.text for s in sentences] == ["A line without a full stop", "another line follows"]


def test_split_sentences_section_and_first_index():
    sentences = split_sentences("One caption. Two.", section="caption", first_index=7)
    assert [(s.index, s.section) for s in sentences] == [(7, "caption"), (8, "caption")]
    assert split_sentences("") == [] and split_sentences("\n\n  \n\n") == []
