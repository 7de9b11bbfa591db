"""Scraped-page cleaning on more outlets' habits, with pages written for these tests: credits,
appeals, ads and links under the article, a masthead giving its short and full name, a credit line
with its date "at" a time, captions credited in other ways, a speech opening with a salutation, and
a first publication printed at the foot of the page."""

from __future__ import annotations

from summitry.cleaning import lines as ln

from lake_page import HEADLINE, LAST, LEAD, SECOND, body, clean


# --- what stands under the last paragraph ---------------------------------------------------------

def test_credit_in_brackets_on_a_line_of_its_own_is_no_body():
    assert body("(XNA-QPS)")[-1] == LAST
    assert body("(XNA)(www.xna.example.org)", "Edited by Ann Lee")[-1] == LAST


def test_credit_in_brackets_glued_to_the_last_sentence_stays():
    # the development gold keeps a wire credit glued to the last paragraph ("... in Lima. (Agency)")
    assert body(f"{LAST[:-1]}, an official said. (Yonhap)")[-1].endswith("(Yonhap)")


def test_podcast_call_and_topics_are_no_body():
    assert body(":: Listen to World Desk on your podcast app", "Related Topics:", "Peru", "Bolivia")[-1] == LAST


def test_syndication_disclaimer_subscribe_call_and_appeal_are_no_body():
    tail = ("This report is auto-generated from the XNA news service. Example Daily holds no responsibility "
            "for its content.", "Subscribe to our channels on YouTube, Telegram & WhatsApp", "Support Our Journalism")
    assert body(*tail)[-1] == LAST


def test_appeal_naming_the_outlet_and_a_text_ad_are_no_body():
    tail = ("Support EXAMPLE DAILY' journalism of accuracy and courage", "TEXT AD: Call Jane - +10005550100",
            "Related", "Ministers meet in Lima")
    assert body(*tail)[-1] == LAST


def test_a_sentence_about_supporting_journalism_stays():
    sentence = "The fund will support local journalism in the border towns, the minister said."
    assert body(sentence)[-1] == sentence


def test_share_this_page_is_no_body():
    assert body("Share this page", "Facebook  Twitter")[-1] == LAST


def test_bracketed_related_links_are_no_body():
    tail = ("[Related] Bolivia names a new water minister", "[Related] Full text: the joint note on the lake")
    assert body(*tail)[-1] == LAST


def test_labelled_web_address_is_no_body():
    assert body("Direct link: water.example.org/d/4417")[-1] == LAST
    assert ln.is_clutter(ln.norm("www.water.example.org"))


def test_call_to_follow_the_outlet_is_no_body():
    assert body("Follow WaterNews on X | Facebook | WhatsApp")[-1] == LAST
    assert not ln.is_clutter(ln.norm("Like Peru, Bolivia relies on Telegram."))


def test_contributors_line_and_print_headline_close_the_article():
    tail = ("Information for this article was contributed by Ann Lee and Jon Roe of the Example Press.",
            "Print Headline: Peru, Bolivia to share lake data")
    assert body(*tail)[-1] == LAST


# --- header ------------------------------------------------------------------------------------

def test_masthead_giving_short_and_full_name_is_no_headline():
    a = clean("XNA - Example News Agency", "Portal - Politics", HEADLINE, "Published on 11/06/2023 - 19:45",
              LEAD, SECOND, LAST, url="https://www.xna.example.org/en/Politics/12345-peru-bolivia")
    assert a.title == HEADLINE


def test_credit_line_with_its_date_at_a_time():
    a = clean("WORLD", HEADLINE, "by The Associated Press | April 25, 2025, at 5:12 p.m.", LEAD, SECOND, LAST,
              url="https://www.example-gazette.com/news/2025/apr/26/lake-data/")
    assert a.title == HEADLINE
    assert a.published_iso == "2025-04-25T17:12"
    assert a.paragraphs[0] == LEAD
    assert a.source == "AP"


def test_captions_credited_in_square_brackets_after_a_colon_or_with_a_slash():
    captions = ("Officials from both countries at the lake shore in Puno [Handout/Water Ministry via Reuters]",
                "Water officials said the readings would be published daily. (AP: Jane Roe)",
                "The lake has been shrinking for three years in a row now. (Jane Roe/The Example Press)")
    for caption in captions:
        a = clean(HEADLINE, "Published 14 March 2024", caption, LEAD, SECOND, LAST)
        assert a.paragraphs[0] == LEAD, caption
        assert caption in a.captions


def test_caption_credited_after_a_colon_inside_the_body():
    caption = "Water officials said the readings would be published daily. (AP: Jane Roe)"
    assert caption not in body(caption, "The next meeting is set for the spring in La Paz, officials said.")


def test_salutation_opens_a_speech():
    salutation = "Minister of Water Ana Quispe: Dear colleagues, friends,"
    speech = ("I am glad to welcome you to Puno. The lake we share is in trouble, and only together can we "
              "measure what we are losing.")
    a = clean("Meeting with the Water Minister of Bolivia", "14 March 2024", salutation, speech, SECOND, LAST,
              url="https://water.example.org/events/4417")
    assert a.paragraphs[:2] == [salutation, speech]
    assert a.title == "Meeting with the Water Minister of Bolivia"


def test_first_publication_at_the_foot_outranks_the_last_update_at_the_head():
    a = clean(HEADLINE, "Last Updated : Mar 14 2024 | 11:58 PM IST", LEAD, SECOND, LAST, "Tags: Peru  Bolivia",
              "First Published: Mar 14 2024 | 11:43 PM IST")
    assert a.published_iso == "2024-03-14T23:43"


def test_a_sentence_about_generated_data_stays():
    sentence = "The lake maps were auto-generated from satellite images, the agency said."
    assert body(sentence)[-1] == sentence
