"""Unit tests of the page cleaner on text written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from summitry.cleaning import CleaningError, clean, clean_html, clean_scraped, parse_published
from summitry.model import RawDocument

BODY1 = ("South Korea and Japan agreed on Tuesday to resume regular talks between their foreign "
         "ministers, officials in Seoul said.")
BODY2 = ("The two ministers last met in Tokyo in March, and they plan to meet again later this year "
         "in Seoul, according to the foreign ministry.")
BODY3 = ("Diplomats said the talks would cover North Korea, supply chains and the upcoming summit of "
         "the three countries' leaders.")
TITLE = "Seoul, Tokyo to resume foreign ministers' talks"


def scraped(text: str, **kw) -> object:
    return clean_scraped(RawDocument("page.txt", text, **kw))


def page(*head: str, body: tuple[str, ...] = (BODY1, BODY2, BODY3), tail: tuple[str, ...] = ()) -> str:
    return "\n".join([*head, *body, *tail]) + "\n"


# --- publication dates ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "expected", "precision", "tz"),
    [
        ("March 5, 2021 - 10:16", datetime(2021, 3, 5, 10, 16), "minute", None),
        ("March 5, 2021 - 10:16 By Yonhap", datetime(2021, 3, 5, 10, 16), "minute", None),
        ("Published : Oct. 28, 2024 - 09:46", datetime(2024, 10, 28, 9, 46), "minute", None),
        ("09:46 May 14, 2021", datetime(2021, 5, 14, 9, 46), "minute", None),
        ("All News 09:46 May 14, 2021", datetime(2021, 5, 14, 9, 46), "minute", None),
        (" date 2024-10-28 Home", datetime(2024, 10, 28), "day", None),
        ("2024-10-28T09:46:00+09:00", datetime(2024, 10, 28, 9, 46), "minute", "+09:00"),
        ("Posted 2024-10-28 09:46 KST", datetime(2024, 10, 28, 9, 46), "minute", "KST"),
        ("Sept. 3, 2023 3:05 p.m.", datetime(2023, 9, 3, 15, 5), "minute", None),
        ("14 May 2021 10:16", datetime(2021, 5, 14, 10, 16), "minute", None),
    ],
)
def test_date_line_forms(line, expected, precision, tz):
    article = scraped(page(TITLE, line))
    assert article.published == expected
    assert article.published_precision == precision
    assert article.timezone == tz
    assert article.title == TITLE
    assert article.paragraphs == [BODY1, BODY2, BODY3]
    assert "no publication date found" not in article.warnings


def test_leading_date_line_refined_by_a_timed_published_line():
    article = scraped(page(" date 2024-10-28 Home", "", TITLE, "By Yonhap", "Published : Oct. 28, 2024 - 09:46"))
    assert article.published == datetime(2024, 10, 28, 9, 46)
    assert article.published_iso == "2024-10-28T09:46"


def test_published_label_beats_updated_label():
    article = scraped(page(TITLE, "Updated : Oct. 29, 2024 - 11:00", "Published : Oct. 28, 2024 - 09:46"))
    assert article.published_iso == "2024-10-28T09:46"


def test_date_given_by_the_source_wins_over_the_page():
    article = scraped(page(TITLE, "March 5, 2021 - 10:16"), published="2021-03-06T08:00")
    assert article.published_iso == "2021-03-06T08:00"


def test_unreadable_given_date_warns_and_falls_back_to_the_page():
    article = scraped(page(TITLE, "March 5, 2021 - 10:16"), published="sometime last week")
    assert article.published_iso == "2021-03-05T10:16"
    assert any("unreadable publication date" in w for w in article.warnings)


def test_no_date_at_all_warns():
    article = scraped(page(TITLE))
    assert article.published is None
    assert "no publication date found" in article.warnings


@pytest.mark.parametrize(
    ("value", "iso", "precision"),
    [
        ("2024-10-28", datetime(2024, 10, 28), "day"),
        ("2024-10-28T09:46", datetime(2024, 10, 28, 9, 46), "minute"),
        ("2024-10-28T09:46:00Z", datetime(2024, 10, 28, 9, 46), "minute"),
        ("Oct. 28, 2024 - 09:46", datetime(2024, 10, 28, 9, 46), "minute"),
    ],
)
def test_parse_published(value, iso, precision):
    found = parse_published(value)
    assert found.value == iso and found.precision == precision


def test_timezone_offset_has_one_form_for_page_lines_and_metadata():
    from_page = scraped(page(TITLE, "2024-10-28T09:46:00+09:00")).timezone
    from_meta = parse_published("2024-10-28T09:46:00+09:00").timezone
    assert from_page == from_meta == "+09:00"


@pytest.mark.parametrize(("written", "tz"), [
    ("2024-10-28T09:46:00+09:00", "+09:00"), ("2024-10-28T09:46:00+0900", "+09:00"),
    ("2024-10-28T09:46:00Z", "+00:00"), ("2024-10-28T09:46:00-05:30", "-05:30"),
    ("2024-10-28T09:46:00-0500", "-05:00"), ("2024-10-28T09:46", None),
])
def test_timezone_forms_agree_between_page_and_metadata(written, tz):
    assert scraped(page(TITLE, written)).timezone == tz
    assert parse_published(written).timezone == tz
    assert scraped(page(TITLE, "May 1, 2020"), published=written).timezone == tz


# --- bylines, credits, datelines ------------------------------------------------------

def test_byline_of_a_person():
    article = scraped(page(TITLE, "By Lee Ji-yoon", "Published : Oct. 28, 2024 - 09:46"))
    assert article.byline == "Lee Ji-yoon"
    assert article.source is None


@pytest.mark.parametrize("credit", ["By Yonhap", "By Yonhap News Agency", "by YONHAP"])
def test_agency_credit_is_a_source_not_a_byline(credit):
    article = scraped(page(TITLE, credit, "Published : Oct. 28, 2024 - 09:46"))
    assert article.byline is None
    assert article.source == "Yonhap"


def test_agency_credit_on_the_date_line():
    article = scraped(page(TITLE, "March 5, 2021 - 10:16 By Yonhap"))
    assert (article.source, article.byline) == ("Yonhap", None)
    assert article.published_iso == "2021-03-05T10:16"


def test_trailing_agency_in_parentheses_is_the_source_and_stays_in_the_text():
    article = scraped(page(TITLE, "March 5, 2021", body=(BODY1, BODY2 + " (Yonhap)")))
    assert article.source == "Yonhap"
    assert article.text.endswith("according to the foreign ministry. (Yonhap)")


def test_dateline_is_split_off_the_first_paragraph():
    article = scraped(page(TITLE, "09:46 May 14, 2021", "By Choi Soo-hyang",
                           body=(f"SEOUL, May 14 (Yonhap) -- {BODY1}", BODY2)))
    assert article.dateline == "SEOUL"
    assert article.source == "Yonhap"
    assert article.byline == "Choi Soo-hyang"
    assert article.paragraphs[0] == BODY1


def test_a_datelines_day_without_a_year_anywhere_is_kept_yearless():
    body = ("SOCHI, September 4. /TASS/. The two presidents discussed grain exports after their talks.",
            "They also spoke about a gas hub and about tourism between the two countries.")
    article = scraped(page(TITLE, body=body))
    assert article.published is None and article.dateline_day == "XXXX-09-04"
    dated = scraped(page(TITLE, "09:46 May 14, 2021", body=(f"SEOUL, May 14 (Yonhap) -- {BODY1}", BODY2)))
    assert dated.dateline_day == "XXXX-05-14"  # kept beside the publication date: the day the news was made


def test_dateline_without_agency():
    article = scraped(page(TITLE, "May 14, 2021", body=(f"WASHINGTON -- {BODY1}", BODY2)))
    assert article.dateline == "WASHINGTON"
    assert article.paragraphs[0] == BODY1


def test_dateline_with_region_after_the_place():
    article = scraped(page(TITLE, "June 10, 2021", body=(f"CARBIS BAY, England (AP) -- {BODY1}", BODY2)))
    assert article.dateline == "CARBIS BAY, England"  # the region stays: it places a town the gazetteer lacks
    assert article.paragraphs[0] == BODY1


def test_a_dateline_town_unknown_to_the_gazetteer_is_placed_by_its_region():
    from summitry.actors import home_location
    from summitry.model import Location
    article = scraped(page(TITLE, "June 10, 2021", body=(f"Kettleby, California - {BODY1}", BODY2)))
    assert article.dateline == "Kettleby, California"
    assert home_location(None, article.dateline) == Location("Kettleby", "USA")
    assert home_location(None, "WOODSIDE, California") == Location("Woodside", "USA")
    assert home_location(None, "Paris, France").place == "Paris"


@pytest.mark.parametrize(("dateline", "place", "source"), [
    ("CARBIS BAY, England (AP) --", "CARBIS BAY, England", "AP"),
    ("WOODSIDE, Calif. (AP) --", "WOODSIDE, Calif.", "AP"),
    ("WASHINGTON, D.C. --", "WASHINGTON, D.C.", None),
    ("TOKYO, Japan, Oct. 6 (Kyodo) --", "TOKYO, Japan", "Kyodo"),
    ("SEOUL, South Korea, May 14 (Yonhap) --", "SEOUL, South Korea", "Yonhap"),
    ("UNITED NATIONS (AP) --", "UNITED NATIONS", "AP"),
    ("BEIJING, Oct. 6 (Xinhua) —", "BEIJING", "Xinhua"),
])
def test_dateline_forms(dateline, place, source):
    article = scraped(page(TITLE, "June 10, 2021", body=(f"{dateline} {BODY1}", BODY2)))
    assert (article.dateline, article.source) == (place, source)
    assert article.paragraphs == [BODY1, BODY2]


def test_paragraph_opening_with_names_and_a_dash_is_not_a_dateline():
    para = "Seoul, Tokyo and Washington -- the three capitals -- agreed to meet again, officials said."
    article = scraped(page(TITLE, "June 10, 2021", body=(para, BODY2)))
    assert article.dateline is None
    assert article.paragraphs[0] == para


def test_agency_staff_credit_is_a_source():
    article = scraped(page(TITLE, "By Reuters Staff", "March 5, 2021"))
    assert (article.source, article.byline) == ("Reuters", None)


@pytest.mark.parametrize(("credit", "source"), [
    ("By AP staff", "AP"),
    ("By Yonhap News Agency staff writers", "Yonhap"),
    ("By The Associated Press Staff", "AP"),
    ("By Korea Herald staff", "The Korea Herald"),
])
def test_newsroom_staff_credits_are_a_source_not_a_byline(credit, source):
    article = scraped(page(TITLE, credit, "March 5, 2021"))
    assert (article.source, article.byline) == (source, None)
    assert article.title == TITLE and article.paragraphs == [BODY1, BODY2, BODY3]


def test_trailing_staff_credit_is_a_source_and_leaves_the_text():
    article = scraped(page(TITLE, "March 5, 2021", tail=("By Reuters Staff",)))
    assert (article.source, article.byline) == ("Reuters", None)
    assert article.paragraphs == [BODY1, BODY2, BODY3]


# --- page furniture -------------------------------------------------------------------

FURNITURE = [
    "Go to Contents Go to Navigation", "From", "Send to", "All News", "    • Link copied",
    "Share", "Advertisement",
]


def test_clutter_lines_are_dropped():
    article = scraped(page(*FURNITURE, TITLE, "Published : Oct. 28, 2024 - 09:46", *FURNITURE))
    assert article.title == TITLE
    assert article.paragraphs == [BODY1, BODY2, BODY3]


def test_send_feedback_widget_ends_the_article():
    article = scraped(page(TITLE, "May 14, 2021",
                           tail=("", "Send Feedback", "How can we improve?", "Thanks for your feedback!",
                                 "Related articles", "Another story headline here")))
    assert article.paragraphs == [BODY1, BODY2, BODY3]


def test_outlet_name_line_credits_the_source():
    article = scraped(page("The Korea Herald", TITLE, "Published : Oct. 28, 2024 - 09:46"))
    assert article.title == TITLE
    assert article.source == "The Korea Herald"


def test_image_title_line_is_dropped():
    article = scraped(page(TITLE, "May 14, 2021", body=(BODY1, f"{TITLE} - 1", BODY2, BODY3)))
    assert article.paragraphs == [BODY1, BODY2, BODY3]


def test_repeated_headline_is_dropped():
    article = scraped(page(TITLE, "May 14, 2021", TITLE))
    assert article.title == TITLE
    assert article.paragraphs == [BODY1, BODY2, BODY3]


def test_doubled_photo_caption_is_collapsed_and_kept_apart():
    caption = "Foreign Minister Cho Tae-yul speaks at a briefing in Seoul on Monday. (Yonhap)"
    article = scraped(page(TITLE, "Published : Oct. 28, 2024 - 09:46", f"{caption} {caption}"))
    assert article.captions == [caption]
    assert caption not in article.text
    assert article.paragraphs == [BODY1, BODY2, BODY3]


def test_doubled_caption_inside_the_body_is_taken_out():
    caption = "President Moon Jae-in (Cheong Wa Dae)"
    article = scraped(page(TITLE, "May 14, 2021", body=(BODY1, f"{caption} {caption}", BODY2)))
    assert article.captions == [caption]
    assert article.paragraphs == [BODY1, BODY2]


def test_credited_photo_caption_before_the_body():
    caption = ("US Secretary of State Antony Blinken speaks during a press briefing in Washington, "
               "in this photo released by the Associated Press. (AP-Yonhap)")
    article = scraped(page(TITLE, "March 5, 2021 - 10:16 By Yonhap", caption))
    assert article.captions == [caption]
    assert article.paragraphs[0] == BODY1


def test_standfirst_is_skipped():
    standfirst = "Ministers to meet later this year in Seoul after a pause of almost two years"
    article = scraped(page(TITLE, standfirst, "By Lee Ji-yoon", "Published : Oct. 28, 2024 - 09:46"))
    assert article.title == TITLE
    assert standfirst not in article.text
    assert article.paragraphs == [BODY1, BODY2, BODY3]


def test_trailing_byline_with_email_is_removed():
    article = scraped(page(TITLE, "By Lee Ji-yoon", "March 11, 2021", tail=("", "By Lee Ji-yoon (jylee@heraldcorp.com)")))
    assert article.paragraphs == [BODY1, BODY2, BODY3]
    assert article.byline == "Lee Ji-yoon"


def test_trailing_credit_supplies_the_byline_when_the_header_has_none():
    article = scraped(page(TITLE, "March 11, 2021", tail=("By Kim Min-seo (minseo@example.com)",)))
    assert article.byline == "Kim Min-seo"
    assert article.text.endswith(BODY3)


def test_prose_paragraph_starting_with_an_end_marker_word_is_kept():
    para = "Comments from Beijing on the plan were muted, with a spokesperson saying only that China was watching."
    article = scraped(page(TITLE, "May 14, 2021", body=(BODY1, para, BODY2, BODY3)))
    assert article.paragraphs == [BODY1, para, BODY2, BODY3]


@pytest.mark.parametrize("para", [
    "Recommended changes to the export rules were sent to parliament last week, the ministry said.",
    "More from the talks is expected on Thursday, when the ministers hold a joint news conference.",
    "Copyright disputes between the two countries' firms were also on the agenda, officials said.",
    "Tags attached to the shipments showed they had passed through a third country, investigators said.",
])
def test_prose_paragraphs_opening_with_other_end_marker_words_are_kept(para):
    article = scraped(page(TITLE, "May 14, 2021", body=(BODY1, para, BODY2)))
    assert article.paragraphs == [BODY1, para, BODY2]


@pytest.mark.parametrize("furniture", [
    "Comments", "Comments (12)", "Comments: 3", "Tags: Korea, Japan, diplomacy, foreign ministers, talks, Seoul",
    "Recommended for you", "More from Politics", "Copyright 2024 Example Daily. All rights reserved.",
    "© 2024 Example Daily", "All rights reserved. This material may not be published, broadcast or redistributed.",
    "(END)",
])
def test_furniture_line_opening_with_an_end_marker_ends_the_article(furniture):
    article = scraped(page(TITLE, "May 14, 2021", body=(BODY1, BODY2), tail=(furniture, BODY3)))
    assert article.paragraphs == [BODY1, BODY2]


# --- URL line, headline, errors -------------------------------------------------------

def test_url_first_line_is_kept_and_gives_the_date_when_the_page_has_none():
    article = scraped(page("URL: https://news.example.com/politics/2021/03/05/talks-resume", TITLE))
    assert article.url == "https://news.example.com/politics/2021/03/05/talks-resume"
    assert article.published == datetime(2021, 3, 5)
    assert article.published_precision == "day"
    assert "publication date taken from the URL" in article.warnings
    assert "URL:" not in article.text


def test_page_date_beats_the_url_date():
    article = scraped(page("URL: https://news.example.com/2021/03/05/talks", TITLE, "May 14, 2021 - 09:00"))
    assert article.published_iso == "2021-05-14T09:00"
    assert not any("URL" in w for w in article.warnings)


def test_missing_headline_warns():
    article = scraped(page("May 14, 2021"))
    assert article.title is None
    assert "no headline found" in article.warnings


def test_given_title_is_used():
    article = scraped(page("May 14, 2021"), title="A title from the feed")
    assert article.title == "A title from the feed"


def test_page_of_furniture_only_is_a_cleaning_error():
    with pytest.raises(CleaningError):
        scraped("Share\nLink copied\nSend to\n")


def test_windows_newlines_and_nbsp_are_normalised():
    text = page(TITLE, "May\u00a014, 2021").replace("\n", "\r\n")
    article = scraped(text)
    assert article.published == datetime(2021, 5, 14)
    assert article.paragraphs == [BODY1, BODY2, BODY3]


def test_id_is_stable_and_blind_to_whitespace_and_furniture():
    a = scraped(page(TITLE, "May 14, 2021"))
    b = scraped(page("Share", TITLE, "Published : May 15, 2021 - 10:00", "Link copied").replace(BODY1, BODY1.replace(" ", "  ")))
    assert a.id == b.id
    c = scraped(page(TITLE, "May 14, 2021", body=(BODY1, BODY2)))
    assert c.id != a.id


# --- HTML ------------------------------------------------------------------------------

HTML_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | Example Daily</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2024-10-28T09:46:00+09:00">
<meta name="author" content="Lee Ji-yoon">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<main><article>
<h1>{TITLE}</h1>
<p>{BODY1}</p>
<p>{BODY2}</p>
<p>{BODY3}</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Some other story</a></li></ul></aside></main>
<footer><p>&copy; 2024 Example Daily. All rights reserved.</p></footer>
</body></html>
"""


def test_html_page_title_date_body():
    article = clean(RawDocument("page.html", HTML_PAGE, "html"))
    assert article.title == TITLE
    assert article.published is not None and article.published.date() == datetime(2024, 10, 28).date()
    assert article.paragraphs == [BODY1, BODY2, BODY3]
    assert article.byline == "Lee Ji-yoon"
    assert article.source == "Example Daily"
    for junk in ("Most read", "All rights reserved", "Politics"):
        assert junk not in article.text


def test_html_given_metadata_wins():
    article = clean_html(RawDocument("page.html", HTML_PAGE, "html", title="Feed title", published="2024-10-29"))
    assert article.title == "Feed title"
    assert article.published_iso == "2024-10-29"


def test_html_published_time_keeps_the_minute():
    article = clean(RawDocument("page.html", HTML_PAGE, "html"))
    assert article.published_iso == "2024-10-28T09:46"
    assert article.timezone == "+09:00"


def _html_with(head: str = "", body_top: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><title>{TITLE}</title>{head}</head><body><article>"
            f"<h1>{TITLE}</h1>{body_top}<p>{BODY1}</p><p>{BODY2}</p><p>{BODY3}</p></article></body></html>")


@pytest.mark.parametrize(("head", "body_top", "iso"), [
    ('<meta content="2024-10-28T09:46:00+09:00" property="article:published_time">', "", "2024-10-28T09:46"),
    ('<meta itemprop="datePublished" content="2024-10-28T09:46:00Z">', "", "2024-10-28T09:46"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2024-10-29T11:00:00+09:00", '
     '"datePublished": "2024-10-28T09:46:00+09:00"}</script>', "", "2024-10-28T09:46"),
    ("", '<time datetime="2024-10-28T09:46:00+09:00">Oct. 28, 2024</time>', "2024-10-28T09:46"),
    ('<meta property="article:published_time" content="2024-10-28">', '<time datetime="2024-10-28T09:46">x</time>',
     "2024-10-28T09:46"),
    ('<meta property="article:modified_time" content="2024-10-29T11:00:00+09:00">'
     '<meta property="article:published_time" content="2024-10-28T09:46:00+09:00">', "", "2024-10-28T09:46"),
])
def test_html_publication_time_from_markup(head, body_top, iso):
    article = clean(RawDocument("page.html", _html_with(head, body_top), "html"))
    assert article.published_iso == iso


def test_html_unreadable_markup_date_falls_back_to_the_extractor():
    page_ = _html_with('<meta property="article:published_time" content="soon">'
                       '<meta property="og:updated_time" content="2024-10-28">')
    article = clean(RawDocument("page.html", page_, "html"))
    assert article.published is None or article.published_precision == "day"
    assert not any("unreadable publication date" in w for w in article.warnings)


def test_html_page_without_article_is_a_cleaning_error():
    empty = ("<!DOCTYPE html><html><head><title>Example Daily</title></head><body>"
             "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
             "<footer>&copy; 2024 Example Daily</footer></body></html>")
    with pytest.raises(CleaningError):
        clean(RawDocument("empty.html", empty, "html"))


# --- fast paths agree with the plain rules ------------------------------------------------

def _undouble_reference(line: str) -> str | None:
    text = line.strip()
    n = len(text)
    for cut in range(n // 2 - 2, n // 2 + 3):
        if 10 < cut < n and text[:cut].strip() == text[cut:].strip():
            return text[:cut].strip()
    return None


@pytest.mark.parametrize("line", [
    "President Moon Jae-in (Cheong Wa Dae) President Moon Jae-in (Cheong Wa Dae)",
    "abcdefghi   abcdefghi", "abcdefghij abcdefghij", "abcdefghij  abcdefghij", "ab cdefghij ab cdefghij",
    "a b c d e f a b c d e f", "short short", BODY1, f"{BODY1} {BODY1}", f"{BODY1}  {BODY1}", "x" * 40, "x y" * 20,
])
def test_undouble_fast_path_agrees_with_the_plain_rule(line):
    from summitry.cleaning.lines import undouble as _undouble

    assert _undouble(line) == _undouble_reference(line)


def test_undouble_fast_path_agrees_on_random_lines():
    from hypothesis import given, settings, strategies as st

    from summitry.cleaning.lines import undouble as _undouble

    words = st.text(alphabet="ab .", min_size=0, max_size=30)

    @settings(max_examples=300, deadline=None)
    @given(words, st.sampled_from(["", " ", "  ", "   "]), st.booleans())
    def check(half, gap, doubled):
        line = f"{half}{gap}{half}" if doubled else f"{half}{gap}{half[::-1]}"
        assert _undouble(line) == _undouble_reference(line)

    check()
