"""Rules found in session 24 on the stand-in sets (Turkey's and Japan's leaders abroad, ECOWAS, the
Belgrade-Pristina dialogue, the Nile, Canada's prime minister, ...). Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_cleaning import TITLE, page, scraped
from test_events_round31 import mentions

from summitry.actors import analyze_actors
from summitry.actors.known import known_person
from summitry.actors.resolve import as_written
from summitry.model import Sentence


def actors_of(text: str, when: datetime = datetime(2023, 8, 28)):
    """The actor mentions of one sentence read alone."""
    return analyze_actors([Sentence(0, 0, len(text), text)], None, model_sentences={0}, when=when).mentions(0)


def test_a_where_clause_keeps_the_day_and_place_before_it_not_the_next_stop_after_it():
    found = mentions("Russian Foreign Minister Sergei Lavrov was in Gabon on Monday, where he met President Ali Bongo, and "
                     "in Angola on Tuesday.", published=datetime(2023, 3, 8, 12))
    met = [m for m in found if m.kind == "meeting"]
    assert met and all(m.date == "2023-03-06" for m in met)
    assert all(m.location and m.location.country == "GAB" for m in met)
    assert all("AGO" not in m.countries for m in met)


def test_a_minister_of_an_uncommon_portfolio_list_is_named_without_the_portfolio():
    sentence = "Egypt's Minister of Water Resources and Irrigation Hani Sewilam held talks with Abiy Ahmed."
    people = [m.person for m in actors_of(sentence) if m.kind == "person"]
    assert [p.name for p in people] == ["Hani Sewilam", "Abiy Ahmed"]
    assert people[0].role == "Water Minister" and people[0].country == "EGY"


def test_a_yearless_dateline_takes_the_year_of_the_tenure_of_a_titled_office_holder_it_names():
    body = ("MOSCOW, June 17. /TASS/. The Russian president will travel to Hanoi next week, the Kremlin said.",
            "He will hold talks with Vietnamese President To Lam and meet Prime Minister Pham Minh Chinh.")
    article = scraped(page(TITLE, body=body))
    assert article.published == datetime(2024, 6, 17)  # To Lam was president from May to October 2024
    former = ("MOSCOW, June 17. /TASS/. The Russian president will travel to Hanoi next week, the Kremlin said.",
              "He last went there when former President To Lam was in office.")
    assert scraped(page(TITLE, body=former)).published is None


def test_a_yearless_dateline_is_no_earlier_than_years_before_a_day_its_text_names_as_past():
    body = ("MOSCOW, May 24. /TASS/. The three leaders will meet in the Kremlin on Thursday, the spokesman said.",
            "Their previous meeting was held in Sochi on October 31, 2022.")
    # (24 May fell on a Thursday in 2018; a dispatch of 2018 would not tell of a meeting in 2022 as held)
    published = scraped(page(TITLE, body=body)).published
    assert published is None or published.year >= 2022


def test_a_slashed_day_that_reads_both_ways_takes_the_reading_the_leads_weekday_fits():
    lead = ("The prime minister met the chancellor in Vienna on Wednesday, a day after his talks in Moscow.",
            "The two leaders discussed trade and the war.")
    # 10 July 2024 was a Wednesday; 7 October 2024 a Monday
    assert scraped(page(TITLE, "07/10/2024", body=lead)).published == datetime(2024, 7, 10)
    assert scraped(page(TITLE, "10/07/2024", body=lead)).published == datetime(2024, 7, 10)


def test_a_day_written_with_dots_elsewhere_on_the_page_settles_a_slashed_one():
    body = ("The prime minister met the chancellor in Vienna, a day after his talks in Moscow.",
            "The two leaders discussed trade and the war.", "Related topics: India, Austria", "Date 10.07.2024",
            "Send Facebook X Email Permalink")
    assert scraped(page(TITLE, "07/10/2024", body=body)).published == datetime(2024, 7, 10)


def test_a_yearless_dateline_takes_the_year_in_which_a_day_its_text_names_with_a_weekday_falls_on_it():
    body = ("MOSCOW, November 26. /TASS/. The president will pay a state visit to Kazakhstan, his aide said.",
            "The talks will take place on Wednesday. On Thursday, November 28, he will attend a regional summit.")
    # (26 November fell on a Wednesday in 2025; 28 November on a Thursday in 2024)
    assert scraped(page(TITLE, body=body)).published == datetime(2024, 11, 26)


def test_those_who_accompany_a_traveller_take_part_in_the_visit():
    found = mentions("Qatar's Emir Sheikh Tamim bin Hamad Al Thani arrived in London on Tuesday for a state visit, "
                     "accompanied by Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani.",
                     published=datetime(2024, 12, 3, 18))
    visit = next(m for m in found if m.kind == "visit")
    assert [p.name for p in visit.participants] == ["Tamim bin Hamad Al Thani", "Mohammed bin Abdulrahman Al Thani"]


def test_companions_told_in_the_next_sentence_join_the_visit_told_just_before():
    found = mentions("Iranian President Ebrahim Raisi arrived in Beijing on Tuesday for a three-day state visit.",
                     "He is accompanied by Foreign Minister Hossein Amir-Abdollahian.",
                     published=datetime(2023, 2, 14, 18))
    visit = next(m for m in found if m.kind == "visit")
    assert "Hossein Amir-Abdollahian" in [p.name for p in visit.participants]


def test_an_office_a_traveller_is_accompanied_by_names_no_one_else():
    found = mentions("South African President Cyril Ramaphosa will pay a state visit to Britain next week.",
                     "The president will then visit a UK-South Africa business forum at Lancaster House where, according to the envoy, he "
                     "will be accompanied by the secretary of state for international trade.",
                     published=datetime(2022, 11, 16, 18))
    visit = next(m for m in found if m.kind == "visit")
    assert [p.name for p in visit.participants] == ["Cyril Ramaphosa"]


def test_a_yearless_dateline_keeps_to_the_tenures_of_the_titled_holders_it_names_whatever_old_day_it_recalls():
    body = ("WASHINGTON, April 5 (PTI) - US President Joe Biden will travel to Ireland next week to mark the anniversary of "
            "the peace agreement, the White House said on Tuesday.",
            "He will meet British Prime Minister Rishi Sunak in Belfast on April 12.",
            "The agreement, signed on April 10, 1998, ended three decades of violence.")
    # (Sunak was prime minister from October 2022 to July 2024; 5 April 2023, a Wednesday, came a day after a Tuesday)
    assert scraped(page(TITLE, body=body)).published == datetime(2023, 4, 5)


def test_a_slashed_day_beside_an_american_time_zone_reads_month_first():
    lead = ("The vice president will travel to Poland and Romania this week, the White House announced Tuesday.",
            "She will meet the Polish president in Warsaw.")
    # (8 March and 3 August 2022 both fall on or just after a Tuesday: only the zone tells them apart)
    assert scraped(page(TITLE, "By A Reporter - 03/08/22 11:02 AM ET", body=lead)).published == datetime(2022, 3, 8, 11, 2)


def test_a_summit_of_many_states_held_in_another_is_also_its_hosts():
    found = mentions("Leaders of Japan, China, South Korea, India and Australia are also due in Kuala Lumpur for the "
                     "East Asia Summit on Sunday.", published=datetime(2025, 10, 24, 12))
    summit = next(m for m in found if m.kind == "summit")
    assert "MYS" in summit.countries


def test_the_amir_is_the_emir_named_before():
    found = mentions("Qatar's Amir Sheikh Tamim bin Hamad Al-Thani concluded a state visit to the United Kingdom.",
                     "On Wednesday, the Amir held talks with Prime Minister Keir Starmer at 10 Downing Street.",
                     published=datetime(2024, 12, 5, 12))
    talks = [m for m in found if m.kind == "meeting"]
    assert talks and {"Tamim bin Hamad Al Thani", "Keir Starmer"} <= {p.name for p in talks[0].participants}


def test_a_listed_other_given_name_is_recorded_under_the_listed_name_not_as_a_spelling():
    assert as_written("Joseph Biden", known_person("Joseph Biden")) == "Joe Biden"
    assert as_written("Sergey Lavrov", known_person("Sergey Lavrov")) == "Sergey Lavrov"  # a spelling stays
    assert as_written("K P Sharma Oli", known_person("K P Sharma Oli")) == "K P Sharma Oli"


def test_an_employer_before_the_reporters_role_leaves_the_date_line_a_date_line():
    lead = ("The president leaves for Lisbon this Friday for his first official visit to Portugal.",
            "On Saturday he will take part in the bilateral summit with the prime minister.")
    found = scraped(page(TITLE, "Published on 21/04/2023 - 19:40 By Ana Ruiz - Example Agency Reporter - Brasilia",
                         body=lead))
    assert found.published == datetime(2023, 4, 21, 19, 40) and found.byline == "Ana Ruiz"
