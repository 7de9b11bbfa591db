"""What closes an article without being the article (credits, slug tags, sign-offs, segues),
and a lead whose possessive refers back to its own subject. Text written for these tests."""

from __future__ import annotations

import pytest

from summitry.cleaning import clean_scraped
from summitry.cleaning.closing import is_closing_sentence, strip_closing
from summitry.model import RawDocument

LEAD = ("Ghana and Togo agreed on Monday to reopen their busiest border crossing to lorries, the two "
        "trade ministers said after a meeting in Lome.")
MIDDLE = ("The crossing has been shut to heavy traffic since the spring, when a dispute over customs "
          "fees left hundreds of drivers stranded on both sides.")
LAST = "Officials said the first lorries would pass on Thursday morning."
URL = "https://news.example.org/africa/ghana-togo-reopen-border-crossing/2024/05/06"


def clean(*lines: str) -> object:
    return clean_scraped(RawDocument("page.txt", "\n".join([f"URL: {URL}", "", *lines]) + "\n"))


def ends(*tail_of_last: str, own_line: str | None = None) -> list[str]:
    """The paragraphs of an article whose last paragraph goes on with the given sentences."""
    last = " ".join([LAST, *tail_of_last])
    return clean(LEAD, MIDDLE, last, *([own_line] if own_line else [])).paragraphs


# --- editors' slug tags ------------------------------------------------------------------

@pytest.mark.parametrize("tag", ["(jm/kt)", "(rb/al/sn)", "(kw/dmo)"])
def test_editors_slug_tag_ending_the_last_paragraph_is_dropped(tag):
    assert ends(tag)[-1] == LAST


def test_slug_tag_on_a_line_of_its_own_is_dropped():
    assert ends(own_line="(ts/mw)") == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize("tail", ["(Xinhua)", "(ECOWAS)", "(a/b)"])
def test_other_brackets_at_the_end_stay(tail):
    assert ends(tail)[-1] == f"{LAST} {tail}"


# --- contributors' credits ----------------------------------------------------------------

@pytest.mark.parametrize("credit", [
    "--- Kwame Boateng in Accra contributed to this article.",
    "-- Efua Mensah in Accra and Koffi Agbo in Lome, Togo, contributed to this report.",
    "Example Tribune writer Aisha Bello in Abuja contributed reporting.",
    "Rafael Duarte contributed to this report from Luanda.",
    "— Nomvula Dlamini contributed additional reporting.",
])
def test_contributors_credit_glued_to_the_last_paragraph_is_dropped(credit):
    assert ends(credit)[-1] == LAST


def test_contributors_credit_on_a_line_of_its_own_is_dropped():
    assert ends(own_line="Lars Holm in St. Petersburg contributed to this report.") == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize("sentence", [
    "Nigeria contributed to this report's findings, officials added.",
    "Officials said Benin contributed troops to the mission.",
])
def test_a_sentence_about_contributions_stays(sentence):
    assert ends(sentence)[-1].endswith(sentence)


@pytest.mark.parametrize("credit", [
    "(Reporting by Ana Souza in Brasilia; Editing by Tom Reed)",
    "Additional reporting by Min-jun Park in Seoul.",
    "Reporting by Ines Moreau at the United Nations; Writing by Paul Kent; Editing by Ruth Amos",
])
def test_wire_credits_glued_to_the_last_paragraph_are_dropped(credit):
    assert ends(credit)[-1] == LAST


def test_a_sentence_opening_like_a_credit_marker_stays():
    sentence = "Written by hand, the letter was delivered to the palace on Monday."
    assert ends(sentence)[-1].endswith(sentence)


# --- broadcast sign-offs ------------------------------------------------------------------

@pytest.mark.parametrize("signoff", [
    "Amara Okafor, BBC News, Lagos.",
    "Lena Vogt, Deutsche Welle, Berlin.",
    "tomas reyes, CNN, Bogota.",
    "Hiro Tanaka, NHK World, the foreign ministry in Tokyo.",
    "Priya Nair for VOA News, New Delhi.",
    "Kofi Mensah ABC news Accra",
    "Omar Haddad, Al Jazeera.",
    "Grace Lin, Sky News, outside the parliament in Taipei.",
    "For NPR News, I'm Sofia Marin in Quito.",
    "For Example Radio I'm Sofia Marin reporting.",
    "This is Hana Sato reporting from Tokyo.",
])
def test_broadcast_signoff_ending_the_report_is_dropped(signoff):
    assert ends(signoff)[-1] == LAST


@pytest.mark.parametrize("sentence", [
    "Maria Lopez, a CNN producer, was also at the talks.",
    "This is Peru's second summit with Chile this year.",
    "I'm Jane Roe's neighbour, one resident told the station.",
])
def test_sentences_that_only_look_like_signoffs_stay(sentence):
    assert ends(sentence)[-1].endswith(sentence)


# --- an anchor's segue --------------------------------------------------------------------

def test_anchors_segue_closing_a_broadcast_is_dropped():
    segue = ("Later in the broadcast, a look at the new market by the harbour. "
             "And in just a moment, Ruth will have the rest of the day's news.")
    assert clean(LEAD, MIDDLE, LAST, segue).paragraphs == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize("segue", ["When we come back, the weather.", "We'll be right back.",
                                   "Stay with us."])
def test_short_segues_are_dropped(segue):
    assert ends(segue)[-1] == LAST


def test_a_segue_phrase_only_drops_its_own_sentence():
    paragraphs = strip_closing([LEAD, f"{LAST} Stay with us."])
    assert paragraphs == [LEAD, LAST]


def test_talks_resuming_after_a_break_are_prose():
    sentence = "Negotiators will return to the table after the break."
    assert ends(sentence)[-1].endswith(sentence)


def test_the_body_is_never_emptied():
    assert strip_closing(["Jane Roe, CNN, Lima."]) == ["Jane Roe, CNN, Lima."]


@pytest.mark.parametrize(("sentence", "closing"), [
    ("Jane Roe, Reuters, Nairobi.", True),
    ("Jane Roe contributed to this article.", True),
    ("Ministers from both countries contributed to this article's outcome.", False),
    ("The talks were a success, Reuters reported.", False),
])
def test_is_closing_sentence(sentence, closing):
    assert is_closing_sentence(sentence) is closing


# --- a possessive that refers back to the lead's own subject ------------------------------

@pytest.mark.parametrize("lead", [
    ("Chile's Ana Rojas, her coalition weakened by a long strike, offered on Sunday to open talks "
     "with Bolivia on access to the sea."),
    ("The foreign minister, his voice breaking, told parliament on Tuesday that the talks with "
     "Armenia had failed."),
])
def test_a_lead_whose_possessive_refers_to_its_subject_opens_the_body(lead):
    assert clean(lead, MIDDLE, LAST).paragraphs[0] == lead


@pytest.mark.parametrize("standfirst", [
    "On Friday, her office will say when the crossing reopens to buses and cars.",
    "Speaking in Lome, his spokesman said the crossing would reopen to buses within weeks.",
    "Monday, their aides will meet again to settle the fees charged to drivers.",
])
def test_a_possessive_behind_a_lead_in_phrase_is_still_a_standfirst(standfirst):
    assert clean(standfirst, LEAD, MIDDLE, LAST).paragraphs[0] == LEAD
