"""Deterministic generator of synthetic scraped-page news articles about diplomacy.

Every article is a plain-text page as a scraper would save it: page furniture ("From",
"Send to", "Link copied", "Send Feedback" widgets), a headline, date lines in the forms
real pages print, a byline or agency credit, photo captions (some doubled), an optional
dateline, 8-20 paragraphs of wire-style prose (countries, titled officials, weekdays,
dates, recurring series) and trailing credits.

Article ``i`` is the same whatever ``n`` is, and every article has a distinct clean title
and body (so a distinct content hash): each one's body names its own publication minute.

Use as a library (``articles``, ``write_files``, ``write_jsonl``) or from the command line:

    python benchmarks/corpus.py -n 1000 OUT_DIR          # one .txt file per article
    python benchmarks/corpus.py -n 1000 --jsonl OUT.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
              "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# (country name, adjective, capital, dateline city)
COUNTRIES = [
    ("South Korea", "South Korean", "Seoul", "SEOUL"),
    ("the United States", "U.S.", "Washington", "WASHINGTON"),
    ("Japan", "Japanese", "Tokyo", "TOKYO"),
    ("China", "Chinese", "Beijing", "BEIJING"),
    ("Australia", "Australian", "Canberra", "CANBERRA"),
    ("India", "Indian", "New Delhi", "NEW DELHI"),
    ("France", "French", "Paris", "PARIS"),
    ("Germany", "German", "Berlin", "BERLIN"),
    ("Britain", "British", "London", "LONDON"),
    ("Canada", "Canadian", "Ottawa", "OTTAWA"),
    ("Indonesia", "Indonesian", "Jakarta", "JAKARTA"),
    ("Vietnam", "Vietnamese", "Hanoi", "HANOI"),
    ("the Philippines", "Philippine", "Manila", "MANILA"),
    ("Singapore", "Singaporean", "Singapore", "SINGAPORE"),
    ("Brazil", "Brazilian", "Brasilia", "BRASILIA"),
    ("Turkey", "Turkish", "Ankara", "ANKARA"),
    ("Egypt", "Egyptian", "Cairo", "CAIRO"),
    ("Kenya", "Kenyan", "Nairobi", "NAIROBI"),
    ("Mexico", "Mexican", "Mexico City", "MEXICO CITY"),
    ("Poland", "Polish", "Warsaw", "WARSAW"),
]
ROLES = ["Foreign Minister", "Defense Minister", "Prime Minister", "President",
         "Vice Foreign Minister", "Trade Minister", "National Security Adviser"]
FIRST = ["Min-jun", "Hana", "Daniel", "Keiko", "Arjun", "Claire", "Lukas", "Amara", "Tomasz",
         "Lucia", "Omar", "Mei", "Rafael", "Ingrid", "Kwame", "Sofia", "Hiroshi", "Nadia"]
LAST = ["Park", "Tanaka", "Whitfield", "Rao", "Moreau", "Brandt", "Okafor", "Nowak", "Ferreira",
        "Lindgren", "Haddad", "Chen", "Santos", "Kowalski", "Mensah", "Ito", "Petrova", "Reyes"]
SERIES = ["strategic dialogue", "two plus two meeting of foreign and defense ministers",
          "foreign ministers' meeting", "joint economic commission", "security consultative meeting",
          "trilateral summit", "high-level policy consultation", "vice-ministerial strategic talks"]
VENUES = ["the foreign ministry", "the presidential office", "a state guesthouse",
          "the defense ministry", "a convention center", "the prime minister's office"]
TOPICS = ["maritime security", "supply chains for critical minerals", "climate finance",
          "North Korea's missile launches", "trade barriers", "cyber threats", "energy security",
          "public health cooperation", "peacekeeping operations", "export controls on technology"]
AGENCIES = ["Yonhap", "AP", "Reuters", "AFP", "Kyodo"]
OUTLETS = ["The Korea Herald", "The Japan Times", "The Straits Times", "The Hindu"]
STANDFIRSTS = [
    "Officials expect the talks to set the tone for relations for the rest of the year",
    "The meeting is the first at this level in several years",
    "Both sides played down expectations of a breakthrough",
]


@dataclass(frozen=True)
class SyntheticArticle:
    """One generated article and what a correct cleaner should read from it."""

    index: int
    title: str
    published: datetime  # minute precision
    page: str  # the scraped page text
    body_start: str  # first words of the article proper (after any dateline)
    body_end: str  # last words of the article proper

    @property
    def file_name(self) -> str:
        return f"article_{self.index:06d}.txt"

    @property
    def url(self) -> str:
        return f"https://news.example.org/{self.published:%Y/%m/%d}/diplomacy-{self.index:06d}"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _day(d: datetime) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def _abbr(d: datetime) -> str:
    return f"{MONTH_ABBR[d.month - 1]} {d.day}"


def _paragraphs(rng: random.Random, pub: datetime, a: tuple, b: tuple, series: str) -> list[str]:
    role_a, role_b = rng.sample(ROLES, 2)
    who_a, who_b = _person(rng), _person(rng)
    meet = pub + timedelta(days=rng.randint(1, 12))
    last = pub.year - rng.randint(1, 6)
    topic1, topic2, topic3 = rng.sample(TOPICS, 3)
    venue = rng.choice(VENUES)
    weekday = WEEKDAYS[meet.weekday()]
    pool = [
        f"{a[1]} {role_a} {who_a} and {b[1]} {role_b} {who_b} will meet in {a[2]} on {weekday} for "
        f"the {series} between {a[0]} and {b[0]}, officials said in a statement released at "
        f"{pub:%H:%M} on {_day(pub)}.",
        f"The talks, set for {_day(meet)}, will be the first such meeting since the last one was held "
        f"in {b[2]} in {MONTHS[rng.randrange(12)]} {last}.",
        f"The two sides are expected to discuss {topic1}, {topic2} and {topic3}, a senior official "
        f"told reporters on condition of anonymity.",
        f"{who_a.split()[-1]} is scheduled to hold separate talks with the {b[1]} side at {venue} "
        f"later in the day, before a working dinner hosted by the {a[1]} government.",
        f"\"We hope the meeting will open a new chapter in our relationship,\" {who_b} told "
        f"reporters in {b[2]} on {WEEKDAYS[pub.weekday()]}.",
        f"The {series} was launched in {last - rng.randint(2, 10)} and has been held "
        f"{rng.choice(['annually', 'every two years', 'irregularly'])} since then.",
        f"Analysts in {a[2]} said the meeting could pave the way for a summit between the two "
        f"leaders {rng.choice(['later this month', 'next month', 'later this year', 'early next year'])}.",
        f"The {a[1]} side will also seek support for its position on {topic2}, according to "
        f"diplomatic sources.",
        f"Officials said a joint statement could be issued after the talks, though a decision "
        f"had yet to be finalized.",
        f"Both governments have stepped up high-level exchanges since {MONTHS[rng.randrange(12)]} "
        f"{pub.year - 1}, when their leaders agreed to meet more regularly.",
        f"{who_b.split()[-1]} is expected to travel on to {rng.choice(COUNTRIES)[2]} next week for "
        f"talks on {topic3}.",
        f"The meeting comes as tensions in the region have risen over {topic1}, with several "
        f"countries calling for restraint.",
        f"A working-level meeting to prepare the agenda was held in {a[2]} on "
        f"{WEEKDAYS[(meet.weekday() - 3) % 7]}, the ministry said.",
        f"Observers said the outcome of the talks would be closely watched by neighboring countries, "
        f"including {rng.choice(COUNTRIES)[0]}.",
        f"The two countries marked the {rng.randint(20, 70)}th anniversary of diplomatic ties in "
        f"{pub.year - rng.randint(1, 4)}.",
        f"\"There is no substitute for face-to-face diplomacy,\" {who_a} said in remarks carried "
        f"by state media.",
        f"Trade between {a[0]} and {b[0]} reached {rng.randint(20, 400)} billion dollars last year, "
        f"according to official data.",
        f"The last round of the {series} ended with an agreement to set up a working group on {topic2}.",
        f"Officials from both sides will brief the press after the meeting on {weekday} afternoon.",
        f"Diplomatic sources said the two ministers may also hold a one-on-one meeting on the "
        f"sidelines of a regional forum in {rng.choice(COUNTRIES)[2]} in {MONTHS[(meet.month) % 12]}.",
    ]
    first, rest = pool[0], pool[1:]
    return [first] + rng.sample(rest, rng.randint(7, 19))


def make_article(index: int, seed: int = 0) -> SyntheticArticle:
    """The synthetic article number `index` (deterministic in index and seed)."""
    rng = random.Random(seed * 1_000_003 + index)
    pub = datetime(2015, 1, 1, 6, 0) + timedelta(hours=7 * index, minutes=rng.randint(0, 59))
    a, b = rng.sample(COUNTRIES, 2)
    series = rng.choice(SERIES)
    title = rng.choice([
        f"{a[0][0].upper()}{a[0][1:]}, {b[0]} to hold {series} in {a[2]}",
        f"{a[1]}, {b[1]} ministers set for talks on {rng.choice(TOPICS)}",
        f"{b[1]} envoy to visit {a[2]} ahead of {series}",
        f"{a[0][0].upper()}{a[0][1:]} and {b[0]} eye summit after {series}",
    ])
    paras = _paragraphs(rng, pub, a, b, series)
    agency = rng.choice(AGENCIES)
    reporter = _person(rng)
    caption = (f"{a[1]} and {b[1]} officials pose for a photo before talks in {a[2]} "
               f"in this file photo. ({rng.choice(['Yonhap', 'AP-Yonhap', 'Reuters', 'Pool photo'])})")
    style = rng.randrange(4)
    body = list(paras)
    body_start = paras[0][:60]
    if style == 0:  # "From / Send to", date and agency credit on one line, body ends "(Agency)"
        body[-1] += f" ({agency})"
        head = ["From", "Send to", "", title, "", f"{_day(pub)} - {pub:%H:%M} By {agency}", caption]
        tail: list[str] = []
    elif style == 1:  # " date YYYY-MM-DD Home", "Published :", doubled caption
        head = [f" date {pub:%Y-%m-%d} Home", "", title, "", f"By {agency}", "",
                f"Published : {_abbr(pub)}, {pub.year} - {pub:%H:%M}", "", f"{caption} {caption}", ""]
        tail = ["", "Send Feedback", "How can we improve?", "Thanks for your feedback!"]
    elif style == 2:  # outlet line, standfirst, byline, trailing "By Name (email)"
        head = [rng.choice(OUTLETS), "", title, "", rng.choice(STANDFIRSTS), "", f"By {reporter}", "",
                f"Published : {_day(pub)} - {pub:%H:%M}", "", "    • Link copied", ""]
        tail = ["", f"By {reporter} ({reporter.split()[-1].lower()}@example.com)"]
    else:  # "Go to Contents", "All News HH:MM Month D, YYYY", dateline, image title line
        body[0] = f"{a[3]}, {_abbr(pub)} ({agency}) -- {body[0]}"
        body.insert(min(4, len(body) - 1), f"{title} - 1")
        head = ["Go to Contents Go to Navigation", "", title, "", f"All News {pub:%H:%M} {_day(pub)}", "",
                f"By {reporter}", ""]
        tail = ["", "", "Send Feedback", "How can we improve?", "Thanks for your feedback!"]
    page = "\n".join(head) + "\n" + "\n\n".join(body) + "\n" + "\n".join(tail) + "\n"
    return SyntheticArticle(index, title, pub, page, body_start, body[-1][-60:])


def articles(n: int, seed: int = 0, start: int = 0) -> Iterator[SyntheticArticle]:
    """Articles start .. start+n-1."""
    for i in range(start, start + n):
        yield make_article(i, seed)


def write_files(directory: str | Path, n: int, seed: int = 0) -> int:
    """Write n articles as one .txt page each into directory; returns the bytes written."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for art in articles(n, seed):
        data = art.page.encode("utf-8")
        (out / art.file_name).write_bytes(data)
        total += len(data)
    return total


def jsonl_record(art: SyntheticArticle) -> dict:
    """An article as a JSON Lines record (the scraped page as `text`, plus metadata)."""
    return {"text": art.page, "title": art.title, "url": art.url,
            "published": art.published.strftime("%Y-%m-%dT%H:%M")}


def write_jsonl(path: str | Path, n: int, seed: int = 0) -> int:
    """Write n articles as one JSON Lines file; returns the bytes written."""
    total = 0
    with open(path, "w", encoding="utf-8") as fh:
        for art in articles(n, seed):
            line = json.dumps(jsonl_record(art), ensure_ascii=False) + "\n"
            fh.write(line)
            total += len(line.encode("utf-8"))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="output directory (or file with --jsonl)")
    parser.add_argument("-n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jsonl", action="store_true", help="write one JSON Lines file")
    args = parser.parse_args()
    size = write_jsonl(args.out, args.n, args.seed) if args.jsonl else write_files(args.out, args.n, args.seed)
    print(f"wrote {args.n} articles ({size / 1e6:.1f} MB) to {args.out}")


if __name__ == "__main__":
    main()
