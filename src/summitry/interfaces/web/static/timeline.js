// The timeline: events from /api/events grouped by series, each on a shared time axis.
"use strict";

function startDay(date) {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) : null;
}

function drawTimeline(events) {
  const box = document.getElementById("timeline");
  box.replaceChildren();
  const days = events.map(e => startDay(e.date)).filter(d => d !== null);
  const first = Math.min(...days), last = Math.max(...days);
  if (days.length) {
    const year = d => String(new Date(d).getUTCFullYear());
    box.appendChild(el("div", {class: "row axis muted"},
      el("span", {class: "axis-labels"}, el("span", {}, year(first)), el("span", {}, year(last))),
      el("span", {}, "date"), el("span", {}, "status"), el("span", {}, "event"), el("span", {}, "type · countries")));
  }
  const groups = new Map();
  for (const e of events) {
    const key = e.series || "";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  }
  for (const [name, members] of groups) {
    const heading = name
      ? el("h2", {}, el("a", {href: "/series/" + encodeURIComponent(name)}, name), ` (${members.length})`)
      : el("h2", {}, `Events of no series (${members.length})`);
    const group = el("section", {class: "series-group"}, heading);
    for (const e of members) {
      const track = el("div", {class: "track", title: e.date || "undated"});
      const day = startDay(e.date);
      if (day !== null) {
        const dot = el("span", {class: "dot"});
        dot.style.left = (last > first ? (100 * (day - first)) / (last - first) : 50) + "%";
        track.appendChild(dot);
      }
      group.appendChild(el("div", {class: "row event-row"}, track, el("span", {}, e.date || "undated"),
        el("span", {class: "status " + e.status}, e.status), eventLink(e),
        el("span", {class: "muted"}, e.type + " · " + e.countries.join(", "))));
    }
    box.appendChild(group);
  }
}

loadEvents({by_series: "true"}).then(events => {
  if (events === null) return;
  say(`${events.length} event(s)`);
  drawTimeline(events);
});
