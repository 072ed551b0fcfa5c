// The atlas map: Leaflet over a bundled basemap, driven by the server-rendered GET form. The form works
// without this script; the script redraws the map, count and list as the controls change and keeps the URL
// in step (history.replaceState), so any view can be linked and restored exactly.
import { formatYear, phaseSpan, shown, nameAt, readState, writeState } from "./atlas-state.js";
import { drawBasemap } from "./basemap.js";

const L = window.L;
const mapElement = document.getElementById("atlas-map");
const form = document.getElementById("atlas-controls");
const yearInput = document.getElementById("year");
const yearLabel = document.getElementById("year-label");
const resourceSelect = document.getElementById("resource");
const eraSelect = document.getElementById("era");
const countElement = document.getElementById("atlas-count");
const listElement = document.getElementById("atlas-list");
const listTitle = document.getElementById("list-title");
const playButton = document.getElementById("play");
const CHINA_CENTRE = [36, 106];
// Names are shown on the map for up to LABEL_LIMIT cities, and once shown stay until LABEL_RELEASE, so a count
// hovering near one limit does not switch them on and off at every step. Above the limits, names show on hover.
const LABEL_LIMIT = 40;
const LABEL_RELEASE = 60;
let labelled = false;
let listTimer = 0;
let lastWrite = 0;
let writeTimer = 0;

document.documentElement.classList.add("js");
const state = readState(location.search, { year: Number(yearInput.value) });
const data = await (await fetch(mapElement.dataset.dataUrl)).json();
const eraNames = new Map(data.eras.map((e) => [e.slug, e.name]));
const resourceNames = new Map(data.resources.map((r) => [r.slug, r.name]));
const eraClasses = new Map(data.eras.map((e) => [e.slug, colourClassOf(e.slug)]));

const map = L.map(mapElement, { minZoom: 2, maxZoom: 12, zoomSnap: 1, worldCopyJump: false });
window.atlasMap = map; // for the browser tests
// The default view frames China: zoom 4 on a wide map, 3 on a phone.
const defaultZoom = mapElement.clientWidth < 600 ? 3 : 4;
map.setView(state.lat !== null && state.lon !== null ? [state.lat, state.lon] : CHINA_CENTRE, state.z ?? defaultZoom);

const markerRenderer = L.svg();
const labelPane = map.createPane("labels");
labelPane.setAttribute("aria-hidden", "true");
const labels = new Map();

// Every city's marker is added once; a view shows or hides it with a class. Adding and removing hundreds of
// Leaflet layers on one slider step is what made steps slow, toggling a class is not.
const markers = new Map();
for (const city of data.cities) markers.set(city.slug, createMarker(city).addTo(map));

await drawBasemap(map, mapElement.dataset.tileUrl);
render();
if (state.city && markers.get(state.city)?.shown) {
  // Opening the linked city's popup must not pan the map away from the linked view.
  const popup = markers.get(state.city).getPopup();
  popup.options.autoPan = false;
  markers.get(state.city).openPopup();
  popup.options.autoPan = true;
}
map.on("zoomstart", () => labelPane.classList.add("zooming"));
map.on("zoomend viewreset", () => {
  placeLabels();
  labelPane.classList.remove("zooming");
});
map.on("moveend", () => {
  const centre = map.getCenter();
  state.lat = round(centre.lat);
  state.lon = round(centre.lng);
  state.z = map.getZoom();
  writeUrl();
});
wireControls();

function colourClassOf(slug) {
  // The era colours live in site.css as .era-c0 … .era-c15; the server gives each era's band on the slider its
  // class, and a marker takes the same one, so the bands and the markers always match.
  const band = document.querySelector(`.era-band[data-era="${CSS.escape(slug)}"]`);
  return [...(band?.classList ?? [])].find((c) => /^era-c\d+$/.test(c)) ?? "era-unknown";
}

function createMarker(city) {
  const marker = L.circleMarker([city.lat, city.lon], { renderer: markerRenderer, radius: 7, weight: 2, color: "#1f2328", fillOpacity: 0.95, className: "atlas-marker" });
  marker.bindPopup(() => popupFor(city));
  // The hover name is worked out when the tooltip opens, so a slider step never has to touch it.
  marker.bindTooltip(() => nameAt(city, state.year), { direction: "right", offset: [8, 0], className: "atlas-label" });
  marker.on("add", () => {
    const element = marker.getElement();
    element.dataset.city = city.slug;
    // A marker is a button: it can be reached with Tab and opened with Enter or Space, like a click.
    element.setAttribute("role", "button");
    element.setAttribute("tabindex", "0");
    element.setAttribute("aria-label", city.name);
    element.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      marker.openPopup();
    });
    element.classList.add("atlas-hidden");
    marker.shown = false;
  });
  marker.on("popupopen", () => { state.city = city.slug; writeUrl(); });
  marker.on("popupclose", () => { if (state.city === city.slug) { state.city = null; writeUrl(); } });
  return marker;
}

/**
 * The names shown on the map live in a pane of their own, positioned by transform and pushed to either side by
 * CSS alone: unlike Leaflet's permanent tooltips they never make the browser measure them, which made slider
 * steps slow whenever many names appeared at once.
 */
function showLabel(city, text, side) {
  let label = labels.get(city.slug);
  if (!label) {
    label = document.createElement("span");
    label.className = "map-label";
    label.appendChild(document.createElement("span")).className = "map-label-text";
    labelPane.appendChild(label);
    L.DomUtil.setPosition(label, map.latLngToLayerPoint([city.lat, city.lon]));
    labels.set(city.slug, label);
  }
  if (label.firstChild.textContent !== text) label.firstChild.textContent = text;
  label.classList.toggle("left", side === "left");
  label.hidden = false;
}

function placeLabels() {
  for (const [slug, label] of labels) {
    const city = markers.get(slug).getLatLng();
    L.DomUtil.setPosition(label, map.latLngToLayerPoint(city));
  }
}

/** Labels go left of a city that has a close neighbour to its east, so two nearby names do not cover each other. */
function labelSides(visible) {
  const sides = new Map();
  for (const a of visible) {
    const crowded = visible.some((b) => b !== a && b.city.lon > a.city.lon && b.city.lon - a.city.lon < 1.5 && Math.abs(b.city.lat - a.city.lat) < 1);
    sides.set(a.city.slug, crowded ? "left" : "right");
  }
  return sides;
}

function popupFor(city) {
  const entry = shown(data, state).find((s) => s.city.slug === city.slug);
  const root = document.createElement("div");
  root.className = "atlas-popup";
  const title = append(root, "p", "popup-title");
  append(title, "strong", null, entry?.nameThen ?? city.name);
  if (entry && entry.nameThen !== city.name) append(title, "span", null, ` (now ${city.name})`);
  append(title, "span", "zh", ` ${city.nameZh}`).lang = "zh-Hans";
  if (entry) append(root, "p", null, `${entry.phase.title}, ${phaseSpan(entry.phase)} · ${eraNames.get(entry.phase.era) ?? entry.phase.era}`);
  append(root, "p", null, `Resources: ${city.resources.map((r) => resourceNames.get(r) ?? r).join(", ") || "none recorded"}`);
  const link = append(append(root, "p"), "a", null, `${city.name}: history, resources and claims`);
  link.href = `/cities/${encodeURIComponent(city.slug)}${state.edition ? `?edition=${encodeURIComponent(state.edition)}` : ""}`;
  return root;
}

function append(parent, tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  parent.appendChild(element);
  return element;
}

/** Redraws markers and count for the state; the list follows a moment later so the slider stays quick. */
function render() {
  const visible = shown(data, state);
  const visibleSlugs = new Set(visible.map((s) => s.city.slug));
  labelled = visible.length <= (labelled ? LABEL_RELEASE : LABEL_LIMIT);
  const sides = labelled ? labelSides(visible) : null;
  for (const [slug, marker] of markers) {
    const show = visibleSlugs.has(slug);
    if (marker.shown === show) continue;
    marker.shown = show;
    marker.getElement().classList.toggle("atlas-hidden", !show);
    if (!show) marker.closePopup();
  }
  for (const [slug, label] of labels) {
    if (!labelled || !visibleSlugs.has(slug)) label.hidden = true;
  }
  for (const { city, phase, nameThen } of visible) {
    const marker = markers.get(city.slug);
    if (labelled) showLabel(city, nameThen, sides.get(city.slug));
    // Class and attribute changes only: Leaflet's setStyle rewrites every style attribute, too slow for
    // hundreds of markers changing era on one step.
    const element = marker.getElement();
    if (element.dataset.era !== phase.era) {
      if (marker.eraClass) element.classList.remove(marker.eraClass);
      marker.eraClass = eraClasses.get(phase.era);
      element.classList.add(marker.eraClass);
      element.dataset.era = phase.era;
    }
    element.classList.toggle("approximate", Boolean(phase.startApprox || phase.endApprox));
  }
  const year = formatYear(state.year);
  yearLabel.value = year;
  yearInput.setAttribute("aria-valuetext", year);
  countElement.textContent = `${visible.length} of ${data.cities.length} cities`;
  mapElement.dataset.year = String(state.year);
  mapElement.dataset.ready = "true";
  scheduleList(visible);
}

function scheduleList(visible) {
  clearTimeout(listTimer);
  listTimer = setTimeout(() => renderList(visible), 120);
}

function renderList(visible) {
  listTitle.textContent = `Cities in ${formatYear(state.year)}`;
  const items = visible.map(({ city, phase, nameThen }) => {
    const li = document.createElement("li");
    li.dataset.city = city.slug;
    li.dataset.era = phase.era;
    const link = append(li, "a", null, nameThen);
    link.href = `/cities/${encodeURIComponent(city.slug)}`;
    if (nameThen !== city.name) append(li, "span", "now-called", ` (now ${city.name})`);
    append(li, "span", null, ` ${city.nameZh}`).lang = "zh-Hans";
    append(li, "span", "list-phase", ` ${phase.title}, ${phaseSpan(phase)} · ${eraNames.get(phase.era) ?? phase.era}`);
    append(li, "span", "list-resources", ` ${city.resources.map((r) => resourceNames.get(r) ?? r).join(", ")}`);
    return li;
  });
  listElement.replaceChildren(...items);
  document.querySelector(".empty")?.toggleAttribute("hidden", visible.length > 0);
}

function writeUrl() {
  // Browsers throttle bursts of replaceState; while the slider is dragged, write at most every 50 ms.
  clearTimeout(writeTimer);
  const wait = 50 - (performance.now() - lastWrite);
  const write = () => {
    lastWrite = performance.now();
    history.replaceState(null, "", `${location.pathname}${writeState(state)}`);
  };
  if (wait <= 0) write();
  else writeTimer = setTimeout(write, wait);
}

function setYear(year) {
  state.year = Math.max(Number(yearInput.min), Math.min(Number(yearInput.max), year));
  yearInput.value = String(state.year);
  render();
  writeUrl();
}

function wireControls() {
  form.addEventListener("submit", (event) => event.preventDefault());
  yearInput.addEventListener("input", () => setYear(Number(yearInput.value)));
  yearInput.addEventListener("keydown", (event) => {
    if (event.key !== "PageUp" && event.key !== "PageDown") return;
    event.preventDefault();
    setYear(state.year + (event.key === "PageUp" ? 10 : -10));
  });
  resourceSelect.addEventListener("change", () => {
    state.resource = resourceSelect.value || null;
    render();
    writeUrl();
  });
  eraSelect.addEventListener("change", () => {
    state.era = eraSelect.value || null;
    document.querySelectorAll(".era-band").forEach((band) => band.classList.toggle("selected", band.dataset.era === state.era));
    const era = data.eras.find((e) => e.slug === state.era);
    if (era && (state.year < era.start || (era.end != null && state.year > era.end))) setYear(state.year < era.start ? era.start : era.end);
    else { render(); writeUrl(); }
  });
  let playing = 0;
  const stop = () => {
    clearInterval(playing);
    playing = 0;
    playButton.textContent = "Play";
    playButton.setAttribute("aria-pressed", "false");
  };
  playButton.hidden = false;
  playButton.addEventListener("click", () => {
    if (playing) return stop();
    if (state.year >= Number(yearInput.max)) setYear(Number(yearInput.min));
    playButton.textContent = "Pause";
    playButton.setAttribute("aria-pressed", "true");
    playing = setInterval(() => {
      // Centuries pass quickly; from 1800, when industry arrives, one year a tick.
      setYear(state.year + (state.year < 1800 ? 10 : 1));
      if (state.year >= Number(yearInput.max)) stop();
    }, 80);
  });
}

function round(value) {
  return Math.round(value * 10000) / 10000;
}
