"""The page-cleaning lexicon (page.yaml), loaded once and compiled to regexes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _loose(name: str) -> str:
    """A regex for a transliterated name: its apostrophes may be left out or written another way,
    its spaces and hyphens written either way ("Sha'ban", "Shaban", "Dhul Hijjah")."""
    out = []
    for part in re.split(r"([' -])", name):
        out.append({"'": "['’ʿ`]?", " ": r"[\s-]?", "-": r"[\s-]?"}.get(part, re.escape(part)))
    return "".join(out)


def _other_calendar(months: list[str], eras: list[str]) -> re.Pattern:
    names = "|".join(_loose(m) for m in sorted(months, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:\d{{1,2}}\s+(?:{names})|(?:{names})\s+\d{{1,2}}),?\s+1[34]\d\d"
                      rf"(?:\s*(?:{_alternation(eras)})(?!\w))?(?!\d)", re.I)


@dataclass(frozen=True)
class PageLexicon:
    clutter_lines: frozenset[str]
    clutter_tokens: re.Pattern
    end_markers: re.Pattern  # matched at the start of a normalised (lower-cased) line
    end_marker_max_words: int  # a line this short that opens with a marker is furniture
    published_labels: re.Pattern
    updated_labels: re.Pattern
    print_edition_labels: re.Pattern  # "Published in Example Times, ...": the print edition's date
    agencies: dict[str, str]  # lower-cased alias -> canonical name
    agency_names: re.Pattern
    staff_tail: re.Pattern  # "... staff writers" ending a lower-cased credit
    staff_words: frozenset[str]  # the same words, lower-cased ("wires", "agencies")
    outlets: dict[str, tuple[str, str]]  # lower-cased name -> (name, ISO3)
    credit_tail: re.Pattern  # "... (AP-Yonhap)", "(AP: Jane Roe)", "[Handout via Reuters]" at the end of a line
    caption_cues: tuple[str, ...]  # lower-cased
    published_meta: tuple[str, ...]  # lower-cased <meta> names giving the publication time
    months: dict[str, int]  # lower-cased name or abbreviation -> month number
    month_names: str  # regex alternation
    dated_months: dict[str, int]  # the same and the abbreviations read only in a day's full date ("4 AGO 2024")
    dated_month_names: str  # regex alternation of dated_months
    weekdays: dict[str, int]  # lower-cased name or abbreviation -> 0 (Monday) .. 6
    day_full_names: frozenset[str]  # lower-cased full names of the weekdays and months ("may", "monday")
    weekday_names: str  # regex alternation of the full names (case-sensitive use)
    weekday_forms: str  # regex alternation of names and abbreviations
    credit_markers: re.Pattern  # matched at the start of a normalised line
    clutter_patterns: re.Pattern
    cookie_notice: re.Pattern  # a whole line of a cookie banner, of any length (norm() form)
    recording_link: re.Pattern  # a link to a recording with its length, as a whole line
    link_call: re.Pattern  # a link's label calling on the reader ("Read the full text"), on a lower-cased item
    clutter_any: re.Pattern  # the same found anywhere in a line, any case ("... 2 min read")
    inline_clutter: re.Pattern  # a furniture sentence closing a paragraph
    shortcodes: re.Pattern
    relative_time: re.Pattern  # "1h ago" as a whole line
    relative_time_any: re.Pattern  # ... anywhere in a line
    local_time_labels: str  # regex alternation: "local time", "heure locale"
    end_symbols: re.Pattern  # at the end of a paragraph
    end_words: re.Pattern
    end_line: re.Pattern  # a whole line (norm() form) that ends a press release ("ENDS", "enditem/ab"), fullmatch
    link_list: re.Pattern  # matched at the start of a normalised line
    credit_label_start: re.Pattern  # "Source: AGENCY / Jane Roe" after a caption's last sentence
    caption_linking_words: frozenset[str]  # the only lower-case words of a caption naming people
    caption_label: re.Pattern  # "Photo: ...", "[Photo] ...", "[Photo: ...]", "(Photo: ...)"
    lead_pronoun: re.Pattern  # groups: lead (a phrase before a comma), pronoun
    lead_possessives: frozenset[str]
    lead_in_words: frozenset[str]  # lower-cased; weekdays and months count too
    credit_names: re.Pattern  # a photo credit or agency named anywhere in a line
    section_words: re.Pattern
    label_qualifiers: re.Pattern  # "General News of <date>": a word before a section label's words
    menu_words: frozenset[str]  # one-word section names a navigation bar lists ("weather")
    promo: re.Pattern  # a promotion or gallery link inside the body
    ad_label: re.Pattern  # "text ad:" opening a normalised line
    follow_call: re.Pattern  # groups: buttons ("follow example on x | facebook", normalised)
    follow_purpose: re.Pattern  # the word opening what following the outlet brings (" for ", " to ")
    today_day: re.Pattern  # "today (23)": the day of the month of publication
    month_first_zones: frozenset[str]  # time zones of pages that write a numeric date month first ("ET")
    weekday_day: re.Pattern  # groups: wd, day ("Saturday morning (11)"): a weekday and its day of the month
    stamp_days: tuple[str, ...]  # words naming the day of a time stamp ("today")
    lead_day: re.Pattern  # a weekday's full name or a word naming a day ("today", "this week") anywhere in a line
    reporting_verbs: re.Pattern  # a verb of saying just before a weekday ("announced on Saturday")
    closing_tag: re.Pattern  # an editors' slug tag ending a paragraph
    contribution: re.Pattern  # groups: who, rest ("Jane Roe contributed to this report from Lima")
    bare_contribution: re.Pattern  # groups: who, place ("Example Press writer Jane Roe contributed from Lima")
    credit_roles: frozenset[str]  # lower-case roles that make such names a credit ("writer")
    publication_note: re.Pattern  # "This report by X was first published May 2, 2025." (match at the start)
    funding_note: re.Pattern  # groups: who ("The Example Press receives support from ...")
    credit_words: frozenset[str]  # lower-case words allowed among credited names
    network: re.Pattern  # a broadcaster, agency or outlet named anywhere in a sign-off
    signoff: re.Pattern  # groups: lead, name, rest ("For X, I'm Jane Roe in Lima")
    signoff_place_openers: frozenset[str]
    segue: re.Pattern  # an anchor's pointer to what comes next in the programme
    credit_label: re.Pattern  # groups: who, by ("Translation: Jane Roe", "[Editor: jroe]", "[Translation by Jane Roe]")
    share_bar: re.Pattern  # a whole line of share buttons ("Share on: Facebook X WhatsApp")
    outlet_kinds: re.Pattern  # what a masthead's tagline says the outlet is ("news agency")
    edition_label: re.Pattern  # a language edition named after the site's name ("Example English service")
    institution: re.Pattern  # a banner opening with an institution's name ("Ministry of ...", "Premier's Office")
    byline: re.Pattern  # a byline line: its label, then who ("By Jane Roe", "Text by: Example Desk")
    byline_in_line: re.Pattern  # a credit inside a line: its label, then who to the line's end
    zone_in_brackets: re.Pattern  # a time zone named in brackets after a time ("(Colombia time)")
    byline_roles: frozenset[str]  # lower-cased reporters' roles in a credit ("Reporter", "Special Correspondent")
    publisher_notices: re.Pattern  # a notice to readers anywhere in a paragraph ("subscription options")
    other_calendar_date: re.Pattern  # a day of another calendar ("20 Sha'ban 1446 H", "Tir 28, 1401")
    calendar_eras: dict[str, int]  # lower-cased era name -> the Western year before its year 1 ("juche": 1911)
    filing_time_words: frozenset[str]  # lower-cased words of a filing-time line ("local", "gmt")
    gap_phrase: re.Pattern  # groups: n ("the first ... in almost two years")
    number_words: dict[str, int]  # "two" -> 2, and "2" -> 2
    time_joiners: str  # regex alternation: words between a day and its time ("at", "kl")
    caption_time_words: frozenset[str]  # "yesterday": a caption may close with one
    caption_noun_openers: frozenset[str]  # "the": the word after it is a noun ("at the ministry")
    headline_tags: frozenset[str]  # lower-cased tags that belong to a headline ("live")
    version_marker: re.Pattern  # a wire's update marker opening a headline ("(LEAD) ", "(2nd LD) ")
    update_label: re.Pattern  # "UPDATED " before a headline in running case
    summary_labels: frozenset[str]  # lower-cased labels of a box of bullet points ("key points")
    text_labels: frozenset[str]  # lower-cased labels standing with a colon over a text ("editor's note"), no place
    caption_dateline_words: frozenset[str]  # lower-cased words a caption opens with as a dateline would ("file")
    live_appeal: re.Pattern  # a call to follow the coverage opening a line ("Follow our live coverage")
    salutation: re.Pattern  # the words opening a speech's salutation ("Good evening,")
    street: re.Pattern  # a street word of a postal address ("Street", "ul.")
    link_arrow: re.Pattern  # an arrow opening a link to another page (">> ", "» ")
    appeal_heading: re.Pattern  # groups: name ("Support Example Times")
    rights_reserved: re.Pattern  # "all rights reserved", "tous droits réservés" anywhere in a line
    offer_tagline: re.Pattern  # a tagline listing what the outlet offers ("News, data and analysis for ...")
    described_subject: re.Pattern  # groups: modifier ("The Chinese leader's ...": a subject told by what he is)


@lru_cache(maxsize=1)
def lexicon() -> PageLexicon:
    """The page lexicon shipped with the package."""
    data = yaml.safe_load(resources.files(__package__).joinpath("page.yaml").read_text("utf-8"))
    agencies = {alias.lower(): names[0] for names in data["agencies"] for alias in names}
    outlets = {o["name"].lower(): (o["name"], o["country"]) for o in data["outlets"]}
    months: dict[str, int] = {}
    for number, name in enumerate(data["months"], start=1):
        months[name.lower()] = number
        months[name[:3].lower()] = number
    months.update({k.lower(): v for k, v in data["month_extra_forms"].items()})
    months.update({k.lower(): v for k, v in data["month_other_languages"].items()})
    credit = _alternation(data["photo_credits"] + list(agencies))
    weekdays: dict[str, int] = {}
    for number, name in enumerate(data["weekdays"]):
        weekdays[name.lower()] = number
        weekdays[name[:3].lower()] = number
    weekdays.update({k.lower(): v for k, v in data["weekday_extra_forms"].items()})
    weekdays.update({k.lower(): v for k, v in data["weekday_other_languages"].items()})
    units = _alternation(data["relative_time_units"])
    count = rf"(?:\d+\s*|(?:{_alternation(data['relative_time_counts'])})\s+)"
    # "há 2 horas", "hace 5 minutos", "il y a 3 heures", "vor 2 Stunden": the word for "ago" first
    before = (rf"(?:{_alternation(data['relative_time_openers'])})\s+"
              rf"(?:\d+\s*|(?:{_alternation(data['relative_time_other_counts'])})\s+)"
              rf"(?:{_alternation(data['relative_time_other_units'])})\.?")
    return PageLexicon(
        clutter_lines=frozenset(data["clutter_lines"]),
        clutter_tokens=re.compile(rf"\b(?:{_alternation(data['clutter_tokens'])})\b\s*:?", re.I),
        end_markers=re.compile(_alternation([m.lower() for m in data["end_markers"]])),
        end_marker_max_words=int(data.get("end_marker_max_words", 6)),
        published_labels=re.compile(rf"\b(?:{_alternation(data['published_labels'])})\b", re.I),
        updated_labels=re.compile(rf"\b(?:{_alternation(data['updated_labels'])})\b", re.I),
        print_edition_labels=re.compile(rf"\b(?:{_alternation(data['print_edition_labels'])})\b", re.I),
        agencies=agencies,
        agency_names=re.compile(rf"\b(?:{_alternation(list(agencies))})\b", re.I),
        staff_words=frozenset(w.lower() for w in data["staff_credits"]),
        staff_tail=re.compile(rf"\s(?:{_alternation([w.lower() for w in data['staff_credits']])})$"),
        outlets=outlets,
        credit_tail=re.compile(rf"(?:\((?:[^()]*[-/: ])?(?:{credit})(?:[-/: ][^()]*)?\)"
                               rf"|\[(?:[^\[\]]*[-/: ])?(?:{credit})(?:[-/: ][^\[\]]*)?\])\s*$", re.I),
        caption_cues=tuple(c.lower() for c in data["caption_cues"]),
        published_meta=tuple(m.lower() for m in data["published_meta"]),
        months=months,
        month_names=_alternation([m for m in months]),
        dated_months=(dated := {**months, **{k.lower(): v for k, v in data["month_dated_abbreviations"].items()}}),
        dated_month_names=_alternation(list(dated)),
        weekdays=weekdays,
        day_full_names=frozenset(n.lower() for n in [*data["weekdays"], *data["months"],
                                                     *data["weekday_other_languages"], *data["month_other_languages"]]),
        weekday_names=_alternation(data["weekdays"]),
        weekday_forms=_alternation(list(weekdays)),
        credit_markers=re.compile(rf"(?:{_alternation(data['credit_markers'])})\b"),
        clutter_patterns=re.compile("|".join(f"(?:{p})" for p in data["clutter_patterns"])),
        recording_link=re.compile("|".join(f"(?:{p})" for p in data["recording_links"])),
        link_call=re.compile(rf"^(?:{_alternation(data['link_calls'])})\s+\w[^.!?]*$"),
        cookie_notice=re.compile("|".join(f"(?:{p})" for p in data["cookie_notices"])),
        clutter_any=re.compile("|".join(f"(?:{p})" for p in data["clutter_patterns"]), re.I),
        inline_clutter=re.compile(rf"(?<=[.!?\"”’)])\s+(?:{_alternation(data['inline_clutter'])})\s*$", re.I),
        shortcodes=re.compile(rf"\[/?(?:{_alternation(data['shortcodes'])})\b[^\]\n]{{0,200}}\]", re.I),
        # "Updated ago": a stamp whose number a script fills in, scraped without it
        relative_time=re.compile(rf"^(?:updated\s+)?(?:(?:{count}(?:{units})\.?\s+)?ago|{before})$", re.I),
        local_time_labels=_alternation(data["local_time_labels"]),
        relative_time_any=re.compile(rf"\b(?:(?:{count}(?:{units})\.?\s+)?ago|{before})(?!\w)", re.I),
        end_symbols=re.compile(rf"\s*(?:{_alternation(data['end_symbols'])})(?:\s+(?:{data['end_symbol_initials']}))?\s*$"),
        end_words=re.compile(rf"\b(?:{_alternation([w.lower() for w in data['end_words']])})\b"),
        end_line=re.compile(rf"(?:{_alternation([w.lower() for w in data['end_lines']])})"
                            rf"(?:\s*/\s*(?:{data['end_symbol_initials']}))?"),
        link_list=re.compile(rf"(?:{_alternation([m.lower() for m in data['link_list_markers']])})(?:$|\s*[:|»›>-])"
                             rf"|\[(?:{_alternation([m.lower() for m in data['link_list_markers']])})\]"),
        caption_label=re.compile(rf"^(?:(?:{_alternation(data['caption_labels'])})\s*:|[\[(](?:{_alternation(data['caption_labels'])})"
                                 rf"(?:\]|\s*:))",
                                 re.I),
        credit_label_start=re.compile(rf"(?:{_alternation(data['slash_credit_labels'])})\s*:", re.I),
        caption_linking_words=frozenset(data["caption_linking_words"]),
        credit_names=re.compile(rf"\b(?:{credit}|via)\b", re.I),
        menu_words=frozenset(w.lower() for w in data["menu_words"]),
        section_words=re.compile(rf"\b(?:{_alternation(data['section_words'])})\b", re.I),
        label_qualifiers=re.compile(rf"^(?:{_alternation(data['label_qualifiers'])})\s+(?=\w)", re.I),
        promo=re.compile(rf"(?:\b(?:{_alternation(data['promo_phrases'])})\b"
                         rf"|[—–-]\s*(?:{_alternation(data['gallery_links'])})\s*$"
                         rf"|^\s*(?:{_alternation(data['gallery_links'])})\s*(?:\(\d+\))?\s*$"
                         rf"|^\W*(?:{_alternation(data['gallery_labels'])})\s*:\s*[^.!?]{{2,120}}$"
                         rf"|^[^.!?]{{2,120}}\(\s*\d+\s+(?:{_alternation(data['gallery_count_words'])})\s*\)\s*$"
                         rf"|[(\[]\s*(?:{_alternation(data['download_file_types'])})\s*[,;:|-]?\s*\d+(?:[.,]\d+)?\s*"
                         rf"(?:{_alternation(data['download_size_units'])})\s*[)\]]\s*$"
                         + "".join(f"|(?:{p})" for p in data["promo_patterns"]) + ")", re.I),
        ad_label=re.compile(rf"(?:{_alternation(data['ad_labels'])})\s*:"),
        follow_call=re.compile(rf"^(?:{_alternation(data['follow_calls'])})(?:\s+[^\s,.;:!?]+){{1,3}}(?:\s+on\s*:?|\s*:)\s+"
                               r"(?P<buttons>.+)$"),  # ("Follow us on X | Facebook", "Follow us:  Facebook  X")
        follow_purpose=re.compile(rf"\s(?:{_alternation(data['follow_purposes'])})\s", re.I),
        weekday_day=re.compile(rf"\b(?P<wd>{_alternation(data['weekdays'])})"
                               rf"(?:\s+(?:{_alternation(data['weekday_day_parts'])}))?\s*\((?P<day>\d{{1,2}})\)"),
        month_first_zones=frozenset(data["month_first_zones"]),
        today_day=re.compile(rf"\b(?:{_alternation(data['today_words'])})\s*\((?P<day>\d{{1,2}})\)", re.I),
        lead_pronoun=re.compile(rf"^(?:(?P<lead>[^,]{{0,40}}),\s*)?(?P<pronoun>{_alternation(data['lead_pronouns'])})\b"
                                rf"(?-i:(?!\s+[A-Z]))", re.I),
        lead_possessives=frozenset(w.lower() for w in data["lead_possessives"]),
        lead_in_words=frozenset(w.lower() for w in data["lead_in_words"]) | frozenset(weekdays) | frozenset(months),
        stamp_days=tuple(w.lower() for w in data["stamp_days"]),
        lead_day=re.compile(rf"\b(?:{_alternation(data['weekdays'])})\b|\b(?i:{_alternation(data['lead_day_words'])})\b"),
        reporting_verbs=re.compile(rf"\b(?:{_alternation(data['reporting_verbs'])})\b", re.I),
        closing_tag=re.compile(rf"\s*(?:{data['closing_tag']})\s*$"),
        contribution=re.compile(rf"^(?P<who>.+?)\s+(?i:{_alternation(data['contribution_phrases'])})\b(?P<rest>.*)$"),
        bare_contribution=re.compile(rf"^(?P<who>.+?),?\s+(?i:{_alternation(data['bare_contribution'])})"
                                     rf"(?:\s+(?P<place>(?i:{_alternation(data['bare_contribution_places'])})\s+.+))?$"),
        credit_roles=frozenset(data["credit_roles"]),
        publication_note=re.compile("|".join(f"(?:{p})" for p in data["publication_notes"]), re.I),
        funding_note=re.compile(rf"^(?P<who>[^.!?]{{2,40}}?)\s+(?:{_alternation(data['funding_phrases'])})\b", re.I),
        credit_words=frozenset(w.lower() for w in data["credit_words"]),
        network=re.compile(rf"(?<![\w/])(?:{_alternation(data['broadcasters'] + list(agencies) + list(outlets))})(?![\w/])",
                           re.I),
        signoff=re.compile(rf"^(?:(?P<lead>[^,]{{1,40}}?),?\s+)?(?i:{_alternation(data['signoff_intros'])})\s+"
                           rf"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{1,3}})(?P<rest>.*)$"),
        signoff_place_openers=frozenset(w.lower() for w in data["signoff_place_openers"]),
        segue=re.compile(rf"\b(?:{_alternation(data['broadcast_segues'])})\b", re.I),
        credit_label=re.compile(rf"^\[?\s*(?i:{_alternation(data['credit_labels'])})(?:\s*:|\s+(?P<by>(?i:by))\s)"
                                rf"\s*(?P<who>[^\]]+?)\s*\]?$"),
        share_bar=re.compile(rf"^(?:(?:{_alternation([w.lower() for w in data['share_buttons']])})\s*:?\s*)+$"),
        outlet_kinds=re.compile(rf"\b(?:{_alternation(data['outlet_kinds'])})\b", re.I),
        edition_label=re.compile(rf"\s+[A-Z][a-z]+\s+(?:{_alternation(data['edition_words'])})\s*$"),
        institution=re.compile(rf"^(?:the\s+)?(?:{_alternation(data['institution_heads'])})\s+of\s"
                               rf"|^(?:the\s+)?(?:[\w-]+\s+){{0,3}}[\w-]+['’]s\s+"
                               rf"(?:{_alternation(data['institution_possessed'])})\s*$", re.I),
        byline=re.compile(rf"^\s*(?:{_alternation(data['byline_labels'])})\s+(?P<who>.+?)\s*$", re.I),
        zone_in_brackets=re.compile(rf"\((?:[^()]{{0,25}}\b(?:{_alternation(data['zone_words'])})\b[^()]{{0,25}})\)", re.I),
        byline_in_line=re.compile(rf"\b(?:{_alternation(data['inline_byline_labels'])}):?\s+(.+)$", re.I),
        byline_roles=frozenset(w.lower() for w in data["byline_roles"]),
        publisher_notices=re.compile(rf"\b(?:{_alternation(data['publisher_notices'])})\b", re.I),
        other_calendar_date=_other_calendar(data["other_calendar_months"], data["other_calendar_eras"]),
        calendar_eras={k.lower(): int(v) for k, v in data["calendar_eras"].items()},
        filing_time_words=frozenset(w.lower() for w in data["filing_time_words"]),
        gap_phrase=re.compile(rf"\bfirst\b[^.!?]{{0,100}}?\b(?:in|for)\s+(?:(?:{_alternation(data['gap_qualifiers'])})\s+)?"
                              rf"(?P<n>\w+)\s+years\b", re.I),
        number_words={**{str(n): n for n in range(1, 11)}, **{k.lower(): v for k, v in data["number_words"].items()}},
        time_joiners=_alternation(data["time_joiners"]),
        caption_time_words=frozenset(data["caption_time_words"]),
        caption_noun_openers=frozenset(data["caption_noun_openers"]),
        headline_tags=frozenset(w.lower() for w in data["headline_tags"]),
        update_label=re.compile(rf"^\s*(?:{'|'.join(map(re.escape, data['headline_update_labels']))})\s+(?=[A-Z][a-z])"),
        version_marker=re.compile(rf"^\s*[(\[]\s*(?:{'|'.join(f'(?:{p})' for p in data['headline_version_markers'])})"
                                  r"\s*[)\]]\s*(?=\S)", re.I),
        summary_labels=frozenset(w.lower() for w in data["summary_labels"]),
        text_labels=frozenset(w.lower() for w in data["text_labels"]),
        caption_dateline_words=frozenset(w.lower() for w in data["caption_dateline_words"]),
        live_appeal=re.compile(rf"^\W*(?:{_alternation(data['live_appeals'])})\b", re.I),
        described_subject=re.compile(rf"^The\s+(?P<modifier>[A-Z][\w'’-]+)\s+(?:{_alternation(data['described_roles'])})"
                                     rf"(?:'s|’s)?(?!\w)"),
        salutation=re.compile(rf"^(?:{_alternation(data['salutations'])})\b", re.I),
        street=re.compile(rf"(?<!\w)(?:{_alternation(data['street_words'])})(?!\w)", re.I),
        link_arrow=re.compile(rf"(?:{_alternation(data['link_arrows'])})\s*(?=\w)"),
        appeal_heading=re.compile(rf"^(?:{_alternation(data['appeal_openers'])})\s+(?P<name>\S.{{1,60}})$", re.I),
        rights_reserved=re.compile(rf"\b(?:{_alternation(data['rights_reserved'])})(?!\w)", re.I),
        offer_tagline=_offer_tagline(data["content_kinds"], data["tagline_prepositions"]),
    )


def _offer_tagline(kinds: list[str], prepositions: list[str]) -> re.Pattern:
    """A whole line listing two or more kinds of content, a word or two before them, and for whom or
    from where after them ("Exclusive news, data and analytics for financial market professionals")."""
    kind = rf"(?:{_alternation(kinds)})"
    return re.compile(rf"^(?:[\w'’-]+\s+){{0,2}}?{kind}(?:\s*,\s*{kind})*,?\s+(?:and|&)\s+{kind}"
                      rf"(?:\s+(?:{_alternation(prepositions)})\b[^.!?]*)?$", re.I)
