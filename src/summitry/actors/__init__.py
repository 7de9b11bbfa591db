"""Actors stage: countries, organizations, people and collective references in an article.

    from summitry.actors import analyze_actors, country_code, find_places
    actors = analyze_actors(sentences, home="KOR")
    actors.mentions(0)          # [ActorMention, ...] offsets relative to sentence 0's text
    actors.people               # {"Antony Blinken": Person(...), ...}
    actors.main_countries       # ["KOR", "USA", ...]
    actors.resolve_name("Blinken")

Knowledge lives in the YAML files of this package (countries, organizations, titles,
names, collective, places), each with a version key.
"""

from .article import ArticleActors, analyze_actors
from .countries import CountryMatch, country_code, find_countries
from .organizations import find_organizations, organization
from .places import capital, find_locations, find_places, home_location, place_country

__all__ = [
    "ArticleActors",
    "analyze_actors",
    "country_code",
    "find_countries",
    "CountryMatch",
    "find_organizations",
    "organization",
    "find_places",
    "find_locations",
    "home_location",
    "place_country",
    "capital",
]
