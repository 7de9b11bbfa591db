// The map: land outlines (vendored world-atlas, no tile server) and one marker per place.
"use strict";

const map = L.map("map", {worldCopyJump: true, minZoom: 2}).setView([25, 10], 2);
map.attributionControl.addAttribution("Land: Natural Earth");

// A ring that crosses the antimeridian jumps by 360 degrees; shift the rest of it so that
// Leaflet draws it whole instead of a band across the map; then bring its middle back to
// longitudes -180..180.
function unwrap(ring) {
  let shift = 0;
  const out = ring.map((p, i) => {
    if (i) {
      const step = p[0] - ring[i - 1][0];
      if (step > 180) shift -= 360; else if (step < -180) shift += 360;
    }
    return [p[0] + shift, p[1]];
  });
  const middle = out.reduce((sum, p) => sum + p[0], 0) / out.length;
  const back = 360 * Math.round(middle / 360);
  return back ? out.map(p => [p[0] - back, p[1]]) : out;
}

function unwrapGeometry(g) {
  if (g.type === "Polygon") return {type: g.type, coordinates: g.coordinates.map(unwrap)};
  if (g.type === "MultiPolygon") return {type: g.type, coordinates: g.coordinates.map(p => p.map(unwrap))};
  if (g.type === "GeometryCollection") return {type: g.type, geometries: g.geometries.map(unwrapGeometry)};
  return g;
}

fetch("/static/vendor/world-atlas/land-110m.json").then(r => r.json()).then(topo => {
  const land = topojson.feature(topo, topo.objects.land);
  const features = land.type === "FeatureCollection" ? land.features : [land];
  L.geoJSON(features.map(f => ({...f, geometry: unwrapGeometry(f.geometry)})),
    {interactive: false, style: {color: "#8a9aa8", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1}}).addTo(map).bringToBack();
});
for (let lon = -180; lon <= 180; lon += 30) {
  L.polyline([[-85, lon], [85, lon]], {color: "#ffffff", weight: 0.6, interactive: false}).addTo(map);
}
for (let lat = -60; lat <= 60; lat += 30) {
  L.polyline([[lat, -180], [lat, 180]], {color: "#ffffff", weight: 0.6, interactive: false}).addTo(map);
}

loadEvents().then(events => {
  if (events === null) return;
  const places = new Map();
  for (const e of events) {
    if (!e.place || e.place.lat === null) continue;
    const key = e.place.lat + "," + e.place.lon;
    if (!places.has(key)) places.set(key, {place: e.place, events: []});
    places.get(key).events.push(e);
  }
  const markers = [];
  for (const {place, events: here} of places.values()) {
    const popup = el("div", {}, el("strong", {}, place.name || place.country || ""),
      el("ul", {}, ...here.map(e => el("li", {}, e.date ? e.date + " " : "", eventLink(e)))));
    const marker = L.circleMarker([place.lat, place.lon],
      {radius: 5 + Math.min(here.length, 6), color: "#1f3a5f", fillColor: "#e8553e", fillOpacity: 0.85,
       className: "event-marker"}).bindPopup(popup).addTo(map);
    markers.push(marker);
  }
  const located = [...places.values()].reduce((n, p) => n + p.events.length, 0);
  say(`${located} of ${events.length} event(s) located at ${places.size} place(s)`);
  if (markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), {maxZoom: 5});
});
