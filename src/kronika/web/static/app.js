// Kronika page: map, timeline, list and event panel over the read-only JSON API (same origin, offline).
// All text coming from the ledger is put in the page with textContent, never as HTML.
"use strict";

(() => {
  const STATIC = new URL(".", document.currentScript.src).href;
  const API = new URL("api/", document.baseURI).href;
  const LIMIT = 5000;
  const DAY = 86400000;
  const CELL_PX = 36;
  const TYPE_COLORS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#27ae60",
    "Riots": "#7f5539",
    "Strategic developments": "#2c7bb6",
  };
  const EXTRA_COLORS = ["#5d6d7e", "#16a085", "#d35400", "#b03a2e", "#1a5276"];

  const state = emptyState();
  const data = { events: [], byId: new Map(), total: 0, serverMode: false, types: Object.keys(TYPE_COLORS) };
  const ui = { map: null, markers: null, selection: null, lastHash: "", detail: null, fetchKey: "" };

  function emptyState() {
    return {
      types: null, actor: "", start: "", end: "", contested: false, verification: "", q: "", watch: "",
      event: null, cell: null, view: null, lang: "en",
    };
  }

  // ---------- small helpers ----------

  function $(id) {
    return document.getElementById(id);
  }

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    for (const child of children) {
      if (child != null) node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function svgEl(tag, attrs = {}) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    setAttrs(node, attrs);
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value == null || value === false) continue;
      if (key === "text") node.textContent = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(key === "cls" ? "class" : key, value === true ? "" : value);
    }
  }

  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function dayNum(iso) {
    const [y, m, d] = iso.split("-").map(Number);
    return Math.floor(Date.UTC(y, m - 1, d) / DAY);
  }

  function dayStr(n) {
    return new Date(n * DAY).toISOString().slice(0, 10);
  }

  function typeColor(type) {
    if (TYPE_COLORS[type]) return TYPE_COLORS[type];
    const extra = data.types.filter((t) => !TYPE_COLORS[t]);
    return EXTRA_COLORS[Math.max(0, extra.indexOf(type)) % EXTRA_COLORS.length];
  }

  function summaryOf(event) {
    return (state.lang === "fr" && event.summary_fr) || event.summary;
  }

  function isDay(text) {
    return /^\d{4}-\d{2}-\d{2}$/.test(text || "") && dayStr(dayNum(text)) === text;
  }

  function isUrl(text) {
    return typeof text === "string" && /^https?:\/\/\S+$/i.test(text.trim());
  }

  async function getJSON(path) {
    const response = await fetch(new URL(path, API), { headers: { Accept: "application/json" } });
    if (!response.ok) {
      const error = new Error(`${path}: HTTP ${response.status}`);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  function setStatus(text) {
    $("status").textContent = text;
  }

  function debounce(fn, ms) {
    let timer = 0;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), ms);
    };
  }

  // ---------- URL hash: the whole view ----------

  function readHash() {
    const params = new URLSearchParams(location.hash.replace(/^#/, ""));
    Object.assign(state, emptyState());
    if (params.has("type")) state.types = new Set(params.getAll("type").filter(Boolean));
    for (const key of ["actor", "start", "end", "verification", "q", "watch", "event", "cell"]) {
      state[key] = params.get(key) || (key === "event" || key === "cell" ? null : "");
    }
    state.contested = params.get("contested") === "1";
    state.lang = params.get("lang") === "fr" ? "fr" : "en";
    const brush = (params.get("brush") || "").split("..");
    if (brush.length === 2 && brush.every(isDay) && !state.start && !state.end) [state.start, state.end] = brush;
    if (!isDay(state.start)) state.start = "";
    if (!isDay(state.end)) state.end = "";
    const view = (params.get("map") || "").split(",").map(Number);
    if (view.length === 3 && view.every(Number.isFinite)) state.view = view;
  }

  function hashString() {
    const params = new URLSearchParams();
    if (state.types) {
      if (state.types.size === 0) params.append("type", "");
      for (const type of state.types) params.append("type", type);
    }
    for (const key of ["q", "actor", "start", "end", "verification", "watch"]) {
      if (state[key]) params.set(key, state[key]);
    }
    if (state.contested) params.set("contested", "1");
    if (state.lang === "fr") params.set("lang", "fr");
    if (state.cell) params.set("cell", state.cell);
    if (state.event) params.set("event", state.event);
    if (ui.map) {
      const c = ui.map.getCenter();
      params.set("map", [c.lat.toFixed(3), c.lng.toFixed(3), ui.map.getZoom()].join(","));
    }
    return "#" + params.toString();
  }

  function writeHash(push = false) {
    const hash = hashString();
    if (hash === ui.lastHash) return;
    ui.lastHash = hash;
    if (push) history.pushState(null, "", hash);
    else history.replaceState(null, "", hash);
  }

  function onHashChange() {
    if (location.hash === ui.lastHash) return;
    readHash();
    ui.lastHash = location.hash;
    syncFilterInputs();
    if (state.view) ui.map.setView([state.view[0], state.view[1]], state.view[2]);
    refresh();
    showSelected();
  }

  // ---------- filters ----------

  function buildTypeFilters() {
    const box = $("filter-types");
    box.querySelectorAll("label").forEach((n) => n.remove());
    for (const type of data.types) {
      const input = el("input", { type: "checkbox", value: type, cls: "filter-type" });
      const swatch = el("span", { cls: "swatch" });
      swatch.style.background = typeColor(type);
      box.append(el("label", { cls: "check" }, input, swatch, type, el("span", { cls: "type-count" })));
    }
  }

  function syncFilterInputs() {
    for (const input of document.querySelectorAll(".filter-type")) {
      input.checked = !state.types || state.types.has(input.value);
    }
    $("filter-search").value = state.q;
    $("filter-actor").value = state.actor;
    $("filter-start").value = state.start;
    $("filter-end").value = state.end;
    $("filter-verification").value = state.verification;
    $("filter-contested").checked = state.contested;
    $("filter-watch").value = state.watch;
    $("lang").value = state.lang;
    document.documentElement.lang = state.lang;
  }

  function readFilterInputs() {
    const checked = [...document.querySelectorAll(".filter-type")].filter((i) => i.checked).map((i) => i.value);
    state.types = checked.length === data.types.length ? null : new Set(checked);
    state.q = $("filter-search").value.trim();
    state.actor = $("filter-actor").value.trim();
    state.start = $("filter-start").value;
    state.end = $("filter-end").value;
    ui.swapped = Boolean(state.start && state.end && state.start > state.end);
    if (ui.swapped) {
      [state.start, state.end] = [state.end, state.start];
      $("filter-start").value = state.start;
      $("filter-end").value = state.end;
    }
    state.verification = $("filter-verification").value;
    state.contested = $("filter-contested").checked;
    state.watch = $("filter-watch").value;
  }

  function bindFilters() {
    const changed = () => {
      readFilterInputs();
      state.cell = null;
      refresh();
    };
    const typed = debounce(changed, 250);
    $("filter-form").addEventListener("submit", (e) => e.preventDefault());
    $("filter-form").addEventListener("change", changed);
    for (const id of ["filter-search", "filter-actor"]) $(id).addEventListener("input", typed);
    $("filter-reset").addEventListener("click", () => {
      Object.assign(state, emptyState());
      syncFilterInputs();
      refresh();
      showSelected();
    });
    $("focus-clear").addEventListener("click", () => {
      state.cell = null;
      render();
    });
  }

  // ---------- which events are shown ----------

  // One date filter: the From/To inputs and the timeline brush both set state.start/state.end.
  function inDates(event) {
    if (state.start && (event.date_end || event.date || "") < state.start) return false;
    return !(state.end && (event.date || "9999") > state.end);
  }

  function matches(event) {
    if (state.types && !state.types.has(event.event_type)) return false;
    if (state.contested && !event.contested) return false;
    if (state.watch && !(ui.watchIds && ui.watchIds.has(event.event_id))) return false;
    if (state.verification && event.verification !== state.verification) return false;
    if (state.actor && !fold(event.actors.map((a) => a.name).join(" ")).includes(fold(state.actor))) return false;
    if (!state.q) return true;
    return ui.qIds ? ui.qIds.has(event.event_id) : searchText(event).includes(fold(state.q));
  }

  function searchText(event) {
    if (!event._search) {
      const loc = event.location || {};
      const parts = [event.summary, event.event_type, event.sub_event_type, loc.name, loc.admin1, event.event_id];
      parts.push(...event.actors.map((a) => a.name), ...event.evidence.map((e) => e.text));
      event._search = fold(parts.filter(Boolean).join(" "));
    }
    return event._search;
  }

  function inCell(event) {
    if (!state.cell || !event.location) return !state.cell;
    const [z, ix, iy] = state.cell.split("/").map(Number);
    if (ui.clusterOf && ui.clusterZoom === z) return ui.clusterOf.get(event.event_id) === state.cell;
    return cellKey(event.location, z) === `${z}/${ix}/${iy}`;
  }

  function cellKey(location, zoom) {
    const p = ui.map.project([location.lat, location.lon], zoom);
    return `${zoom}/${Math.floor(p.x / CELL_PX)}/${Math.floor(p.y / CELL_PX)}`;
  }

  // ---------- loading ----------

  function serverQuery() {
    const params = new URLSearchParams({ limit: String(LIMIT), offset: "0" });
    if (!data.serverMode) return params;
    for (const [key, value] of filterParams()) params.append(key, value);
    return params;
  }

  // The filters as API parameters: the same for the list, the map and the downloads.
  function filterParams() {
    const params = new URLSearchParams();
    for (const type of state.types || []) params.append("type", type);
    for (const key of ["start", "end", "actor", "verification", "q", "watch"]) if (state[key]) params.set(key, state[key]);
    if (state.contested) params.set("contested", "true");
    return params;
  }

  function nothingSelected() {
    return Boolean(state.types && state.types.size === 0);
  }

  function updateDownloads() {
    const query = filterParams().toString();
    for (const link of document.querySelectorAll(".downloads a[data-path]")) {
      if (nothingSelected()) {
        link.removeAttribute("href");
        link.setAttribute("aria-disabled", "true");
      } else {
        link.href = link.dataset.path + (query ? `?${query}` : "");
        link.removeAttribute("aria-disabled");
      }
    }
    $("downloads-note").textContent = query || nothingSelected() ? "(filtered)" : "(everything)";
  }

  async function loadEvents() {
    const query = serverQuery().toString();
    if (query === ui.fetchKey) return;
    ui.fetchKey = query;
    setStatus("loading events…");
    const body = data.serverMode && nothingSelected() ? { events: [], total: 0 } : await getJSON("events?" + query);
    if (query !== ui.fetchKey) return;
    data.events = (body.events || []).map((e) => ({ ...e, actors: e.actors || [], evidence: e.evidence || [] }));
    data.total = body.total ?? data.events.length;
    data.byId = new Map(data.events.map((e) => [e.event_id, e]));
    for (const type of data.events.map((e) => e.event_type)) if (!data.types.includes(type)) data.types.push(type);
    setStatus("");
  }

  // ---------- watchlists: saved views of an area since a date ----------

  async function loadWatchlists() {
    const { watches } = await getJSON("/api/watches");
    const select = $("filter-watch");
    for (const watch of watches) select.append(el("option", { value: watch.name, text: watch.name }));
  }

  async function loadWatchView() {
    if (!state.watch) {
      ui.watchIds = null;
      ui.watchName = null;
      return;
    }
    if (ui.watchName === state.watch) return;
    const view = await getJSON(`/api/watches/${encodeURIComponent(state.watch)}/events`);
    ui.watchIds = new Set(view.events.map((e) => e.event_id));
    ui.watchName = state.watch;
  }

  // Text search is the server's (it knows spelling variants: Kharkov finds Kharkiv); the page keeps the ids.
  async function loadSearch() {
    if (!state.q || data.serverMode) {
      ui.qIds = null;
      ui.qKey = "";
      return;
    }
    if (ui.qKey === state.q) return;
    const wanted = state.q;
    const body = await getJSON("events?" + new URLSearchParams({ q: wanted, limit: String(LIMIT) }));
    if (state.q !== wanted) return;
    ui.qIds = new Set(body.events.map((e) => e.event_id));
    ui.qKey = wanted;
  }

  async function refresh() {
    try {
      await loadSearch();
      await loadWatchView();
      if (data.serverMode) await loadEvents();
    } catch (error) {
      setStatus(`could not load events (${error.message})`);
    }
    render();
  }

  function render() {
    const base = data.serverMode ? data.events : data.events.filter(matches);
    ui.base = base;
    renderTimeline(base);
    const shown = base.filter(inDates);
    ui.shown = shown;
    ui.undated = state.start || state.end ? base.filter((e) => !e.date).length : 0;
    drawMarkers(shown);
    const listed = shown.filter(inCell);
    const located = listed.filter(hasLocation);
    renderList(located);
    renderUnlocated(listed.filter((e) => !hasLocation(e)));
    renderCounts(base, located);
    updateDownloads();
    writeHash();
  }

  function hasLocation(event) {
    return Boolean(event.location) && event.location.lat != null && event.location.lon != null;
  }

  function renderCounts(base, listed) {
    $("event-count").textContent = String(listed.length);
    renderViewCount();
    const notes = [];
    if (data.total > data.events.length) {
      notes.push(`${data.total} events match; the first ${data.events.length} are loaded: narrow the filters.`);
    } else if (data.serverMode) notes.push("Filtered on the server.");
    if (state.start || state.end) notes.push(`Dates ${state.start || "…"} – ${state.end || "…"}.`);
    if (ui.swapped) notes.push("From was after To: the two were swapped.");
    if (ui.undated) {
      notes.push(`${ui.undated} undated event${ui.undated === 1 ? " is" : "s are"} left out by the date filter.`);
    }
    $("count-note").textContent = notes.join(" ");
    const counts = {};
    for (const event of base.filter(inDates)) counts[event.event_type] = (counts[event.event_type] || 0) + 1;
    for (const input of document.querySelectorAll(".filter-type")) {
      input.parentElement.querySelector(".type-count").textContent = String(counts[input.value] || 0);
    }
  }

  // Events of the list that the map's current view does not show.
  function renderViewCount() {
    if (!ui.map) return;
    const bounds = ui.map.getBounds();
    const located = (ui.shown || []).filter(inCell).filter(hasLocation);
    const outside = located.filter((e) => !bounds.contains([e.location.lat, e.location.lon])).length;
    $("view-note").textContent = outside ? `${outside} of them outside the current view` : "";
  }

  async function loadStats() {
    try {
      const stats = await getJSON("stats");
      const range = stats.first_date ? ` · ${stats.first_date} – ${stats.last_date}` : "";
      const hidden = [stats.reports_merged ? `${stats.reports_merged} reports merged into them` : "",
        stats.reports_not_events ? `${stats.reports_not_events} opinion or generated reports left out` : ""];
      const merged = hidden.some(Boolean) ? ` (+${hidden.filter(Boolean).join(", ")})` : "";
      const loose = stats.claims_without_event ? ` (+${stats.claims_without_event} tied to no event)` : "";
      $("stats").textContent = `${stats.documents} documents · ${stats.events} events${merged} · ` +
        `${stats.claims} claims${loose}${range}`;
      $("stats").title = "Ingest counts every event report and every claim; the ledger shows each event once, with " +
        "the reports of it merged in, and only the claims tied to an event.";
      for (const type of Object.keys(stats.by_type || {})) if (!data.types.includes(type)) data.types.push(type);
    } catch (error) {
      $("stats").textContent = "";
    }
  }

  // ---------- map ----------

  function initMap() {
    const map = L.map("map", { preferCanvas: true, attributionControl: false, minZoom: 2, maxZoom: 13,
      worldCopyJump: false, zoomSnap: 0.5 });
    if (state.view) map.setView([state.view[0], state.view[1]], state.view[2]);
    else map.fitBounds([[44.0, 22.0], [56.5, 44.0]]);
    map.createPane("boundaries").style.zIndex = 350;
    const labels = map.createPane("labels");
    labels.style.zIndex = 380;
    labels.style.pointerEvents = "none";
    ui.labels = L.layerGroup().addTo(map);
    ui.map = map;
    ui.markers = L.layerGroup().addTo(map);
    ui.selection = L.layerGroup().addTo(map);
    map.on("zoomend", () => drawMarkers(ui.shown || []));
    map.on("moveend", () => {
      writeHash();
      renderViewCount();
      drawLabels();
    });
  }

  async function loadBoundaries() {
    const base = { pane: "boundaries", interactive: false };
    const [world, regions] = await Promise.all(["countries.topojson", "regions.topojson"].map(async (name) => {
      const response = await fetch(new URL(name, STATIC));
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return response.json();
    }));
    const countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, { ...base, style: { color: "#9aa3ab", weight: 1, fillColor: "#f4f1ea",
      fillOpacity: 1 } }).addTo(ui.map);
    const admin1 = topojson.feature(regions, regions.objects.regions);
    const layer = L.geoJSON(admin1, { ...base, style: regionStyle }).addTo(ui.map);
    ui.regionLabels = layer.getLayers().filter((l) => l.feature.properties.name_en).map((l) => ({
      name: l.feature.properties.name_en, at: l.getBounds().getCenter(), region: true,
    }));
    drawLabels();
  }

  // ---------- place labels: oblasts at middle zooms, cities by population (packaged, no tile server) ----------

  async function loadLabels() {
    const response = await fetch(new URL("places.json", STATIC));
    if (!response.ok) throw new Error(`places.json: HTTP ${response.status}`);
    const body = await response.json();
    ui.placeLabels = body.places.map(([name, lat, lon, zoom]) => ({ name, at: L.latLng(lat, lon), zoom }));
    drawLabels();
  }

  // Labels in rank order (the largest cities, oblasts, then towns), each kept only where it overlaps no kept label.
  function drawLabels() {
    if (!ui.labels) return;
    ui.labels.clearLayers();
    const zoom = ui.map.getZoom();
    const view = ui.map.getBounds().pad(0.1);
    const regions = zoom >= 5 && zoom < 8 ? ui.regionLabels || [] : [];
    const places = (ui.placeLabels || []).filter((p) => p.zoom <= zoom);
    const major = places.filter((p) => p.zoom <= 5);
    const taken = [];
    for (const label of [...major, ...regions, ...places.filter((p) => p.zoom > 5)]) {
      if (!view.contains(label.at)) continue;
      const p = ui.map.latLngToLayerPoint(label.at);
      const width = label.name.length * (label.region ? 6.2 : 6.6) + 8;
      const box = [p.x - width / 2, p.y - 9, p.x + width / 2, p.y + 9];
      if (taken.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
      taken.push(box);
      const icon = L.divIcon({ className: label.region ? "place-label region-label" : "place-label",
        html: el("span", { text: label.name }), iconSize: [width, 18], iconAnchor: [width / 2, label.region ? 9 : -3] });
      ui.labels.addLayer(L.marker(label.at, { icon, pane: "labels", interactive: false, keyboard: false }));
      if (taken.length > 400) break;
    }
  }

  function regionStyle(feature) {
    const ukraine = String(feature.properties.iso_3166_2).startsWith("UA-");
    return { color: ukraine ? "#8d8fa0" : "#b5b8bd", weight: 0.7, fill: ukraine, fillColor: "#fbf8d9",
      fillOpacity: 0.6 };
  }

  function markerRadius(event) {
    const base = 5 + Math.min(14, 2.2 * Math.sqrt(event.fatalities || 0));
    const precision = event.location.geo_precision;
    return precision === "region" || precision === "country" ? base + 9 : base;
  }

  function markerStyle(event) {
    const color = typeColor(event.event_type);
    const style = { radius: markerRadius(event), color, weight: 1.5, fillColor: color, fillOpacity: 0.75 };
    const precision = event.location.geo_precision;
    if (precision === "near") Object.assign(style, { dashArray: "3 3", weight: 2, fillOpacity: 0.45 });
    if (precision === "region" || precision === "country") {
      Object.assign(style, { dashArray: "6 4", weight: 2, fillOpacity: 0.08 });
    }
    if (event.contested) Object.assign(style, { color: "#111", weight: 2.5 });
    return style;
  }

  function drawMarkers(events) {
    ui.markers.clearLayers();
    const zoom = Math.round(ui.map.getZoom());
    const cells = new Map();
    for (const event of events) {
      if (!hasLocation(event)) continue;
      const key = cellKey(event.location, zoom);
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(event);
    }
    const groups = mergeOverlapping([...cells].map(([key, group]) => ({ key, events: group })), zoom);
    ui.clusterOf = new Map();
    ui.clusterZoom = zoom;
    const singles = [];
    for (const group of groups) {
      for (const event of group.events) ui.clusterOf.set(event.event_id, group.key);
      if (group.events.length === 1) singles.push(group.events[0]);
      else ui.markers.addLayer(clusterMarker(group.key, group.events));
    }
    // drawn in this order: large circles first, contested ones last, so no small or contested marker is hidden
    singles.sort((a, b) => (a.contested - b.contested) || (markerRadius(b) - markerRadius(a)));
    for (const event of singles) ui.markers.addLayer(eventMarker(event));
    showSelectionRing();
  }

  function clusterSize(n) {
    return Math.min(46, 22 + 4 * Math.log2(n));
  }

  function groupPoint(events, zoom) {
    const points = events.map((e) => ui.map.project([e.location.lat, e.location.lon], zoom));
    return L.point(points.reduce((s, p) => s + p.x, 0) / points.length, points.reduce((s, p) => s + p.y, 0) / points.length);
  }

  function groupRadius(events) {
    return events.length === 1 ? markerRadius(events[0]) + 1 : clusterSize(events.length) / 2 + 1;
  }

  // Grid cells whose badges or circles would overlap on screen become one cluster (largest first, until none do).
  function mergeOverlapping(groups, zoom) {
    let placed = groups.map((g) => ({ ...g, point: groupPoint(g.events, zoom), radius: groupRadius(g.events) }));
    for (let pass = 0; pass < 6; pass++) {
      placed.sort((a, b) => b.events.length - a.events.length || a.key.localeCompare(b.key));
      const kept = [];
      let merged = false;
      for (const group of placed) {
        // square footprints (a badge's box, a circle's box): round badges must not even touch corner to corner
        const target = kept.find((o) => Math.max(Math.abs(group.point.x - o.point.x),
          Math.abs(group.point.y - o.point.y)) < group.radius + o.radius);
        if (!target) {
          kept.push(group);
          continue;
        }
        target.events = [...target.events, ...group.events];
        target.point = groupPoint(target.events, zoom);
        target.radius = groupRadius(target.events);
        merged = true;
      }
      placed = kept;
      if (!merged) break;
    }
    return placed;
  }

  function eventMarker(event) {
    const loc = event.location;
    const marker = L.circleMarker([loc.lat, loc.lon], markerStyle(event));
    marker.bindTooltip(() => el("span", {}, `${event.date || "undated"} · ${event.event_type}`,
      el("br"), loc.name || "", loc.geo_precision !== "point" ? ` (${loc.geo_precision})` : ""));
    marker.on("click", () => selectEvent(event.event_id));
    return marker;
  }

  function clusterMarker(key, group) {
    const lat = group.reduce((s, e) => s + e.location.lat, 0) / group.length;
    const lon = group.reduce((s, e) => s + e.location.lon, 0) / group.length;
    const counts = {};
    for (const event of group) counts[event.event_type] = (counts[event.event_type] || 0) + 1;
    const main = Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0];
    const size = clusterSize(group.length);
    const selected = group.some((e) => e.event_id === state.event);
    const contested = group.some((e) => e.contested);
    const cls = ["cluster", state.cell === key ? "active" : "", selected ? "holds-selected" : "",
      contested ? "has-contested" : ""].join(" ").trim();
    const badge = el("span", { cls, text: String(group.length) });
    badge.style.borderColor = typeColor(main);
    badge.style.width = badge.style.height = badge.style.lineHeight = `${size - 6}px`;
    const icon = L.divIcon({ html: badge, className: "cluster-icon", iconSize: [size, size] });
    const title = `${group.length} events${contested ? ", some contested" : ""}`;
    const marker = L.marker([lat, lon], { icon, keyboard: true, title });
    marker.on("click", () => focusCell(key));
    return marker;
  }

  function focusCell(key) {
    state.cell = state.cell === key ? null : key;
    render();
  }

  function showSelectionRing() {
    ui.selection.clearLayers();
    const event = data.byId.get(state.event);
    if (!event || !event.location) return;
    const ring = L.circleMarker([event.location.lat, event.location.lon], {
      radius: markerRadius(event) + 5, color: "#111", weight: 3, fill: false, interactive: false,
    });
    ui.selection.addLayer(ring);
  }

  // ---------- timeline ----------

  // Bars at least about 6 px wide: days, weeks or months, depending on the span and the timeline's width.
  function binning(first, last, width) {
    const span = last - first + 1;
    const daysPerBar = (6 * span) / Math.max(100, width - 40);
    if (daysPerBar <= 1) return { unit: "day", start: (d) => d, next: (d) => d + 1 };
    if (daysPerBar <= 7) {
      const monday = (d) => d - ((d + 3) % 7); // day 0 (1970-01-01) was a Thursday
      return { unit: "week", start: monday, next: (d) => d + 7 };
    }
    const month = (d) => dayNum(dayStr(d).slice(0, 8) + "01");
    return { unit: "month", start: month, next: (d) => month(d + 32) };
  }

  function timelineDomain() {
    const dates = data.events.filter((e) => e.date).map((e) => e.date).sort();
    let first = dates[0];
    let last = dates[dates.length - 1];
    if (data.serverMode) [first, last] = [state.start || first, state.end || last];
    if (!first || !last) return null;
    if (first > last) [first, last] = [last, first];
    return [dayNum(first), dayNum(last)];
  }

  function histogram(events, domain, width) {
    const bin = binning(domain[0], domain[1], width);
    const starts = [];
    for (let d = bin.start(domain[0]); d <= domain[1]; d = bin.next(d)) starts.push(d);
    const bins = starts.map((start, i) => ({ start, end: (starts[i + 1] ?? bin.next(start)) - 1, counts: {} }));
    for (const event of events) {
      if (!event.date) continue;
      const d = dayNum(event.date);
      if (d < domain[0] || d > domain[1]) continue;
      const index = bisect(starts, d);
      const counts = bins[index].counts;
      counts[event.event_type] = (counts[event.event_type] || 0) + 1;
    }
    return { unit: bin.unit, bins };
  }

  function bisect(sorted, value) {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sorted[mid] <= value) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  function renderTimeline(events) {
    const svg = $("timeline");
    svg.replaceChildren();
    const width = Math.max(200, svg.clientWidth || svg.parentElement.clientWidth);
    const height = svg.clientHeight || 120;
    const domain = timelineDomain();
    if (!domain) {
      $("timeline-caption").textContent = "No dated events.";
      ui.timeline = null;
      return;
    }
    const hist = histogram(events, domain, width);
    const pad = { left: 30, right: 10, top: 8, bottom: 20 };
    const x0 = hist.bins[0].start;
    const x1 = hist.bins[hist.bins.length - 1].end + 1;
    const scale = {
      x: (d) => pad.left + ((d - x0) / (x1 - x0)) * (width - pad.left - pad.right),
      day: (px) => Math.round(x0 + ((px - pad.left) / (width - pad.left - pad.right)) * (x1 - x0)),
      top: pad.top, bottom: height - pad.bottom, x0, x1: x1 - 1,
    };
    drawBars(svg, hist, scale);
    drawAxis(svg, scale, width);
    drawBrush(svg, scale);
    const total = events.filter((e) => e.date).length;
    $("timeline-caption").textContent = `${total} dated events, per ${hist.unit}. ` +
      "Drag to select a date range; double-click to clear.";
    ui.timeline = { svg, scale, hist };
  }

  function drawBars(svg, hist, scale) {
    const max = Math.max(1, ...hist.bins.map((b) => Object.values(b.counts).reduce((s, n) => s + n, 0)));
    const unitHeight = (scale.bottom - scale.top) / max;
    const group = svgEl("g", { cls: "bars" });
    for (const bin of hist.bins) {
      const x = scale.x(bin.start);
      const w = Math.max(1, scale.x(bin.end + 1) - x - 1);
      let y = scale.bottom;
      for (const type of data.types) {
        const n = bin.counts[type];
        if (!n) continue;
        y -= n * unitHeight;
        const rect = svgEl("rect", { x, y, width: w, height: n * unitHeight, fill: typeColor(type) });
        rect.append(svgEl("title"));
        rect.firstChild.textContent = `${dayStr(bin.start)}: ${n} × ${type}`;
        group.append(rect);
      }
    }
    const label = svgEl("text", { x: 4, y: scale.top + 9, cls: "axis-label" });
    label.textContent = String(max);
    svg.append(group, label);
  }

  function drawAxis(svg, scale, width) {
    const group = svgEl("g", { cls: "axis" });
    group.append(svgEl("line", { x1: scale.x(scale.x0), x2: width - 10, y1: scale.bottom, y2: scale.bottom }));
    const span = scale.x1 - scale.x0;
    const step = span > 1500 ? 12 : span > 700 ? 6 : span > 200 ? 3 : span > 60 ? 1 : 0;
    let day = scale.x0;
    let lastX = -Infinity;
    while (day <= scale.x1) {
      const iso = dayStr(day);
      const month = Number(iso.slice(5, 7)) - 1;
      const isTick = step ? iso.endsWith("-01") && month % step === 0 : (day - scale.x0) % 7 === 0;
      const x = scale.x(day);
      if (isTick && x - lastX > 48) {
        group.append(svgEl("line", { x1: x, x2: x, y1: scale.bottom, y2: scale.bottom + 4 }));
        const text = svgEl("text", { x, y: scale.bottom + 15, "text-anchor": "middle" });
        text.textContent = step >= 12 ? iso.slice(0, 4) : step ? iso.slice(0, 7) : iso.slice(5);
        group.append(text);
        lastX = x;
      }
      day += step ? 1 + (iso.endsWith("-01") ? 27 : 0) : 1;
    }
    svg.append(group);
  }

  function drawBrush(svg, scale) {
    const overlay = svgEl("rect", { cls: "brush-overlay", x: scale.x(scale.x0), y: scale.top,
      width: Math.max(0, scale.x(scale.x1 + 1) - scale.x(scale.x0)), height: scale.bottom - scale.top });
    const selection = svgEl("rect", { cls: "brush-selection", y: scale.top, height: scale.bottom - scale.top });
    svg.append(overlay, selection);
    const range = state.start || state.end ? [state.start || dayStr(scale.x0), state.end || dayStr(scale.x1)] : null;
    placeBrush(selection, scale, range && range.map(dayNum));
  }

  function placeBrush(rect, scale, days) {
    if (!days) {
      rect.setAttribute("visibility", "hidden");
      return;
    }
    const a = Math.max(scale.x0, Math.min(days[0], days[1]));
    const b = Math.min(scale.x1, Math.max(days[0], days[1]));
    rect.setAttribute("visibility", "visible");
    rect.setAttribute("x", String(scale.x(a)));
    rect.setAttribute("width", String(Math.max(2, scale.x(b + 1) - scale.x(a))));
  }

  function bindBrush() {
    const svg = $("timeline");
    let anchor = null;
    const dayAt = (e) => {
      const box = svg.getBoundingClientRect();
      const { scale } = ui.timeline;
      return Math.max(scale.x0, Math.min(scale.x1, scale.day(e.clientX - box.left)));
    };
    svg.addEventListener("pointerdown", (e) => {
      if (!ui.timeline || e.button !== 0) return;
      anchor = dayAt(e);
      svg.setPointerCapture(e.pointerId);
    });
    svg.addEventListener("pointermove", (e) => {
      if (anchor == null) return;
      placeBrush(svg.querySelector(".brush-selection"), ui.timeline.scale, [anchor, dayAt(e)]);
    });
    svg.addEventListener("pointerup", (e) => {
      if (anchor == null) return;
      const end = dayAt(e);
      if (Math.abs(end - anchor) >= 1) setBrush([Math.min(anchor, end), Math.max(anchor, end)]);
      anchor = null;
    });
    svg.addEventListener("dblclick", () => setBrush(null));
  }

  function setBrush(days) {
    [state.start, state.end] = days ? days.map(dayStr) : ["", ""];
    ui.swapped = false;
    state.cell = null;
    syncFilterInputs();
    refresh();
  }

  // ---------- list ----------

  function byDateDesc(a, b) {
    return (b.date || "").localeCompare(a.date || "") || a.event_id.localeCompare(b.event_id);
  }

  // Events without a location are not on the map: they are listed apart, under the map's list.
  function renderUnlocated(events) {
    $("unlocated").hidden = events.length === 0;
    $("unlocated-count").textContent = String(events.length);
    $("unlocated-list").replaceChildren(...[...events].sort(byDateDesc).map(listItem));
  }

  function renderList(events) {
    const fragment = document.createDocumentFragment();
    for (const event of [...events].sort(byDateDesc)) fragment.append(listItem(event));
    $("event-list").replaceChildren(fragment);
    const key = filterParams().toString() + (state.cell || "");
    if (key !== ui.listKey) $("event-list").scrollTop = 0;
    ui.listKey = key;
    $("list-empty").hidden = events.length > 0;
    $("focus-bar").hidden = !state.cell;
    if (state.cell) {
      const names = [...new Set(events.map((e) => e.location.name))];
      $("focus-text").textContent = `${events.length} events at ${names.slice(0, 3).join(", ")}` +
        (names.length > 3 ? "…" : "");
    }
  }

  function listItem(event) {
    const swatch = el("span", { cls: "swatch" });
    swatch.style.background = typeColor(event.event_type);
    const place = event.location ? event.location.name : "no location";
    const item = el("li", { dataset: { eventId: event.event_id }, tabindex: "0",
      cls: event.event_id === state.event ? "selected" : null },
    el("div", { cls: "meta" }, el("span", { cls: "date", text: event.date || "undated" }), swatch,
      el("span", { cls: "type", text: event.event_type }), el("span", { cls: "place", text: place }),
      event.contested ? el("span", { cls: "list-contested", title: "contested", text: "contested" }) : null),
    el("div", { cls: "summary", text: summaryOf(event) }));
    item.addEventListener("click", () => selectEvent(event.event_id));
    item.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        selectEvent(event.event_id);
      }
    });
    return item;
  }

  // ---------- event panel ----------

  function selectEvent(eventId) {
    state.event = eventId;
    writeHash(true);
    for (const item of document.querySelectorAll(".event-list li")) {
      item.classList.toggle("selected", item.dataset.eventId === eventId);
    }
    drawMarkers(ui.shown || []);
    revealSelected();
    flyToSelected();
    showSelected();
  }

  function flyToSelected() {
    const event = data.byId.get(state.event);
    if (!event || !hasLocation(event) || !ui.map) return;
    const at = [event.location.lat, event.location.lon];
    if (!ui.map.getBounds().pad(-0.1).contains(at)) ui.map.setView(at, Math.max(ui.map.getZoom(), 7));
  }

  function revealSelected() {
    const item = document.querySelector(".event-list li.selected");
    if (item) item.scrollIntoView({ block: "nearest" });
  }

  async function showSelected() {
    const panel = $("event-panel");
    document.body.classList.toggle("has-event", Boolean(state.event));
    if (!state.event) {
      panel.replaceChildren(el("p", { cls: "placeholder", text: "Select an event on the map or in the list." }));
      return;
    }
    const wanted = state.event;
    panel.replaceChildren(el("p", { cls: "placeholder", text: "Loading…" }));
    try {
      const detail = await getJSON("events/" + encodeURIComponent(wanted));
      if (state.event === wanted) renderPanel(detail);
    } catch (error) {
      if (state.event !== wanted) return;
      const text = error.status === 404 ? `There is no event “${wanted}” in this ledger: the link may be old, or the ` +
        "event was merged into another one or removed when the ledger was rebuilt." : `Event ${wanted} could not ` +
        `be loaded (${error.message}).`;
      panel.replaceChildren(closeButton(), el("p", { cls: "error", text }));
    }
  }

  function renderPanel(detail) {
    const event = detail.event;
    const panel = $("event-panel");
    const parts = [
      closeButton(),
      el("h2", { text: summaryOf(event) || event.event_id }),
      badges(event),
      facts(event),
      claimsSection(detail.claims || []),
      documentsSection(detail.documents || [], event, detail.claims || []),
      linksSection(detail.links || {}),
    ];
    panel.replaceChildren(...parts.filter((part) => part != null)); // replaceChildren would write "null"
    panel.scrollTop = 0;
    for (const box of panel.querySelectorAll(".doc-text")) {
      const mark = box.querySelector("mark.evidence");
      if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
    }
  }

  function closeButton() {
    const button = el("button", { type: "button", cls: "close", title: "Close (Esc)", "aria-label": "Close", text: "×" });
    button.addEventListener("click", () => selectEvent(null));
    return button;
  }

  function badges(event) {
    const verification = event.verification || "unknown";
    return el("p", { cls: "badges" },
      el("span", { cls: `badge badge-type`, text: event.event_type }),
      el("span", { cls: `badge badge-${verification}`, text: verification }),
      event.contested ? el("span", { cls: "badge badge-contested", text: "contested" }) : null);
  }

  function facts(event) {
    const loc = event.location;
    const date = event.date_end && event.date_end !== event.date ? `${event.date} – ${event.date_end}` : event.date;
    const rows = [
      ["Type", [event.event_type, event.sub_event_type].filter(Boolean).join(" / ")],
      ["Date", `${date || "unknown"}${event.time_precision ? ` (${event.time_precision})` : ""}`],
      ["Place", loc ? `${loc.name}${loc.admin1 && loc.admin1 !== loc.name ? `, ${loc.admin1}` : ""}` +
        `${loc.country ? ` (${loc.country})` : ""} · precision: ${loc.geo_precision}` : "unknown"],
      ["Actors", event.actors.length ? event.actors.map((a) => `${a.name} (${a.role})`).join("; ") : "none named"],
      ["Fatalities", event.fatalities ?? "not reported"],
      ["Injuries", event.injuries ?? "not reported"],
      ["Outlets", event.outlets ? `${event.corroboration}: ${event.outlets.join(", ")}` : "unknown"],
      ["Event id", event.event_id],
    ];
    const list = el("dl", { cls: "facts" });
    for (const [term, value] of rows) list.append(el("dt", { text: term }), el("dd", { text: String(value) }));
    return list;
  }

  function claimsSection(claims) {
    const section = el("section", { cls: "claims" }, el("h3", { text: `Claims (${claims.length})` }));
    if (!claims.length) section.append(el("p", { cls: "note", text: "No attributed claim." }));
    const grid = el("div", { cls: "claim-grid" });
    for (const claim of claims) {
      grid.append(el("div", { cls: "claim", dataset: { stance: claim.stance, claimId: claim.claim_id } },
        el("div", { cls: "claim-head" }, el("strong", { text: claim.source || claim.source_surface || "?" }),
          el("span", { cls: `stance stance-${claim.stance}`, text: claim.stance })),
        el("blockquote", { text: claim.text }),
        el("div", { cls: "note" }, claim.doc_id, " · ",
          el("button", { type: "button", cls: "claim-jump", dataset: { claimId: claim.claim_id },
            text: "in the text ↓" }))));
    }
    section.append(grid);
    section.addEventListener("click", (e) => {
      const button = e.target.closest(".claim-jump");
      const claim = button && claims.find((c) => c.claim_id === button.dataset.claimId);
      if (claim) showClaimInText(claim);
    });
    return section;
  }

  function documentsSection(documents, event, claims = []) {
    const section = el("section", { cls: "documents" }, el("h3", { text: `Sources (${documents.length})` }));
    documents.forEach((doc, i) => {
      const spans = event.evidence.filter((e) => e.doc_id === doc.doc_id);
      const claimed = claims.filter((c) => c.doc_id === doc.doc_id);
      const details = el("details", { cls: "document", open: i === 0 || null, dataset: { docId: doc.doc_id } },
        el("summary", {}, el("strong", { text: doc.title || doc.doc_id }),
          el("span", { cls: "note", text: ` ${doc.published?.date || ""} ${(doc.flags || []).join(" ")}` })),
        sourceLinks(doc),
        el("div", { cls: "doc-text" }, highlighted(doc.text || "", spans, claimed)));
      section.append(details);
    });
    return section;
  }

  // The source as a reader cites it: the outlet, then the article's URL (or the file it was read from).
  function sourceLinks(doc) {
    const values = [doc.url, doc.source, ...(Array.isArray(doc.sources) ? doc.sources : [])];
    const urls = [...new Set(values.filter(isUrl).map((u) => u.trim()))];
    const box = el("p", { cls: "source-links" }, el("span", { cls: "outlet", text: doc.outlet || "outlet unknown" }),
      " · ");
    if (!urls.length) box.append(el("span", { cls: "note", text: `file ${doc.source || doc.doc_id}` }));
    urls.forEach((url, i) => {
      if (i) box.append(" · ");
      box.append(el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: url }));
    });
    return box;
  }

  // Evidence spans (character offsets into the cleaned text) become <mark class="evidence">.
  // Evidence spans and claim spans (character offsets into the cleaned text) become <mark>s: the text is cut at
  // every span boundary and each piece is marked with what covers it (class "evidence", data-claims).
  function highlighted(text, spans, claims = []) {
    const clip = (s) => [Math.max(0, s.start ?? 0), Math.min(text.length, s.end ?? 0)];
    const evidence = spans.map(clip).filter(([a, b]) => b > a);
    const claimed = claims.map((c) => [...clip(c), c.claim_id]).filter(([a, b]) => b > a);
    const cuts = [...new Set([0, text.length, ...evidence.flat(), ...claimed.flatMap(([a, b]) => [a, b])])]
      .sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    const started = new Set();
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [a, b] = [cuts[i], cuts[i + 1]];
      const piece = text.slice(a, b);
      const isEvidence = evidence.some(([x, y]) => x <= a && b <= y);
      const ids = claimed.filter(([x, y]) => x <= a && b <= y).map(([, , id]) => id);
      if (!isEvidence && !ids.length) {
        fragment.append(piece);
        continue;
      }
      const first = ids.find((id) => !started.has(id));
      ids.forEach((id) => started.add(id));
      fragment.append(el("mark", { cls: [isEvidence ? "evidence" : "", ids.length ? "claim-span" : ""].join(" ").trim(),
        id: first ? `claim-${first}` : null, dataset: ids.length ? { claims: ids.join(" ") } : {}, text: piece }));
    }
    return fragment;
  }

  // A claim card's "in the text" link: open its document, bring its words into view and flash them.
  function showClaimInText(claim) {
    const details = [...document.querySelectorAll("#event-panel details.document")]
      .find((d) => d.dataset.docId === claim.doc_id);
    if (!details) return;
    details.open = true;
    const marks = [...details.querySelectorAll("mark.claim-span")]
      .filter((m) => (m.dataset.claims || "").split(" ").includes(claim.claim_id));
    if (!marks.length) return;
    marks[0].scrollIntoView({ block: "center" });
    for (const mark of document.querySelectorAll("mark.flash")) mark.classList.remove("flash");
    for (const mark of marks) mark.classList.add("flash");
  }

  function linksSection(links) {
    const entries = Object.entries(links);
    if (!entries.length) return null;
    const list = el("ul", { cls: "links" });
    for (const [member, reason] of entries) {
      const bits = [reason.relation, reason.distance_km != null ? `${reason.distance_km} km` : null,
        reason.date_overlap_days != null ? `date overlap ${reason.date_overlap_days} d` : null].filter(Boolean);
      list.append(el("li", {}, el("code", { text: member }), ` → ${reason.linked_to || "this event"}`,
        bits.length ? ` (${bits.join(", ")})` : ""));
    }
    return el("section", { cls: "merged" }, el("h3", { text: "Merged reports" }), list);
  }

  // ---------- start ----------

  async function start() {
    readHash();
    ui.lastHash = location.hash;
    initMap();
    bindFilters();
    bindBrush();
    window.addEventListener("hashchange", onHashChange);
    window.addEventListener("popstate", onHashChange);
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && state.event) selectEvent(null);
    });
    $("lang").addEventListener("change", () => {
      state.lang = $("lang").value === "fr" ? "fr" : "en";
      document.documentElement.lang = state.lang;
      render();
      showSelected();
    });
    $("filters-toggle").addEventListener("click", () => {
      const open = document.body.classList.toggle("filters-open");
      $("filters-toggle").setAttribute("aria-expanded", String(open));
    });
    window.addEventListener("resize", debounce(() => renderTimeline(ui.base || []), 150));
    const stats = loadStats();
    const watchlists = loadWatchlists().catch((error) => setStatus(`watchlists unavailable (${error.message})`));
    const boundaries = () => loadBoundaries()
      .catch((error) => setStatus(`map boundaries unavailable (${error.message})`))
      .then(() => loadLabels())
      .catch((error) => setStatus(`place names unavailable (${error.message})`));
    try {
      await loadEvents(); // the borders (about 200 KB) wait for the events: on a slow link, the list comes first
      boundaries();
      data.serverMode = data.total > data.events.length;
      if (data.serverMode) await loadEvents();
    } catch (error) {
      setStatus(`could not load events (${error.message})`);
      boundaries();
    }
    buildTypeFilters();
    syncFilterInputs();
    if (state.q) await loadSearch().catch((error) => setStatus(`search unavailable (${error.message})`));
    if (state.watch) { // a permalink to a watchlist: its events are needed before the first drawing
      await watchlists;
      await loadWatchView().catch((error) => setStatus(`watchlist unavailable (${error.message})`));
    }
    render();
    revealSelected();
    showSelected();
    await watchlists;
    await stats;
    buildTypeFilters();
    syncFilterInputs();
    renderCounts(ui.base || [], (ui.shown || []).filter(inCell).filter(hasLocation));
  }

  start();
})();
