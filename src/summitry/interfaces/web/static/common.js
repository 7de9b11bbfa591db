// Shared helpers. Text from the store is only ever put in the page as text nodes
// (textContent / createTextNode), never as HTML.
"use strict";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return node;
}

const FILTERS = ["q", "country", "status", "type", "since", "until"];

// The filters in the page's address, copied into the form; returns them for the API.
function pageFilters() {
  const here = new URLSearchParams(window.location.search);
  const form = document.getElementById("filters");
  const out = new URLSearchParams();
  for (const name of FILTERS) {
    const value = (here.get(name) || "").trim();
    if (form && form.elements[name]) form.elements[name].value = value;
    if (!value) continue;
    if (name === "country") value.split(/[\s,]+/).filter(Boolean).forEach(c => out.append("country", c));
    else out.set(name, value);
  }
  return out;
}

function say(message) {
  document.getElementById("status").textContent = message;
}

// Every event matching the page's filters, from /api/events, page by page.
async function loadEvents(extra) {
  const params = pageFilters();
  for (const [k, v] of Object.entries(extra || {})) params.set(k, v);
  const events = [];
  let total = 0;
  params.set("limit", "500");
  for (let offset = 0; ; offset += 500) {
    params.set("offset", String(offset));
    const response = await fetch("/api/events?" + params.toString());
    const body = await response.json();
    if (!response.ok) {
      say(typeof body.detail === "string" ? body.detail : "invalid filter");
      return null;
    }
    total = body.total;
    events.push(...body.events);
    if (events.length >= total || body.events.length === 0) break;
  }
  return events;
}

function eventLink(e) {
  return el("a", {href: "/events/" + encodeURIComponent(e.id), class: "event-link"}, e.title);
}
