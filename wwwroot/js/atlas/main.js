// The atlas map: Leaflet over a bundled basemap, driven by the server-rendered GET form. The form works without
// script; this redraws the map, the words that describe the view, the legend and the list as the controls change,
// and keeps the URL in step (history.replaceState), so any view can be linked and restored exactly. Each concern has
// its module: state.js (state, URL, which cities a view shows), markers.js, names.js, list.js (list, title, sentence,
// legend), slider.js (the year slider on the timeline's scale), panel.js (filters and the phone's sheet).
import { readState, writeState, shown } from "./state.js";
import { drawBasemap } from "../basemap.js";
import { createMarkers } from "./markers.js";
import { createNames } from "./names.js";
import { createList } from "./list.js";
import { createSlider } from "./slider.js";
import { createPanel } from "./panel.js";
import { leafletStyles } from "../leaflet-css.js";

const L = window.L;
const mapElement = document.getElementById("atlas-map");
const yearInput = document.getElementById("year");
const CHINA_CENTRE = [36, 106];
// The URL is written once the slider rests (URL_REST ms), and while it keeps moving (Play) at least every URL_LONGEST ms.
const URL_REST = 150;
const URL_LONGEST = 1000;

document.documentElement.classList.add("js");
const state = readState(location.search, { year: Number(yearInput.value) });
const data = await (await fetch(mapElement.dataset.dataUrl)).json();
const atlas = {
  L, data, state, mapElement, yearInput,
  measures: new Map(data.measures.map((m) => [m.slug, m])),
  eraNames: new Map(data.eras.map((e) => [e.slug, e.name])),
  resourceNames: new Map(data.resources.map((r) => [r.slug, r.name])),
  visible: () => shown(data, state),
  render,
  writeUrl,
  writeUrlSoon,
};

// The start-up runs in steps with a pause between them, so a slow phone never sees one long task: the page answers
// taps while the map is being set up.
const pause = () => (window.scheduler?.yield ? window.scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));
// The slider lays out its bands first: the map takes the height the timeline leaves it.
const slider = createSlider(atlas);
await leafletStyles();
await pause();
const map = L.map(mapElement, { minZoom: 2, maxZoom: 12, zoomSnap: 1, worldCopyJump: false });
// When the map's box changes (the timeline's names placed, a phone turned), the same place stays in its centre.
// Such a move is the page's, not the reader's: it leaves the linked lat/lon in the URL as they were.
let resizing = false;
new ResizeObserver(() => {
  const centre = map.getCenter();
  resizing = true;
  map.invalidateSize({ pan: false });
  map.setView(centre, map.getZoom(), { animate: false });
  resizing = false;
}).observe(mapElement);
window.atlasMap = map; // for the browser tests
atlas.map = map;
// The default view frames China: zoom 4 on a wide map, 3 on a phone.
const defaultZoom = mapElement.clientWidth < 600 ? 3 : 4;
map.setView(state.lat !== null && state.lon !== null ? [state.lat, state.lon] : CHINA_CENTRE, state.z ?? defaultZoom);

await pause();
const panel = createPanel(atlas);
// The default view centres China in the part of the map the open panel leaves free.
if (state.lat === null && panel.openWidth() > 0) map.panBy([panel.openWidth() / 2, 0], { animate: false });
const markers = createMarkers(atlas);
const names = createNames(atlas, markers);
const list = createList(atlas, markers);
await pause();

await drawBasemap(map, mapElement.dataset.tileUrl);
await pause();
render();
await pause();
// The server's list has no buttons to open a city on the map: the script's list, with them, replaces it next.
list.renderNow(atlas.visible());
if (state.city && markers.get(state.city)?.shown) markers.openLinked(state.city);
map.on("zoomstart", () => names.hide());
map.on("zoomend viewreset", () => {
  const visible = atlas.visible();
  markers.spread(visible);
  names.place();
  names.relabel(visible);
  names.show();
});
map.on("moveend", () => {
  if (resizing) return;
  const centre = map.getCenter();
  state.lat = round(centre.lat);
  state.lon = round(centre.lng);
  state.z = map.getZoom();
  writeUrl();
});

/** Redraws markers, names, words and legend for the state; the list follows a moment later so the slider stays quick. */
function render() {
  const visible = atlas.visible();
  markers.draw(visible);
  markers.spread(visible);
  // Names are placed once the markers have their sizes, so a name is not laid over a large marker.
  names.update(visible);
  list.describe(visible);
  slider.update();
  mapElement.dataset.year = String(state.from != null && state.to != null ? state.to : state.year);
  mapElement.dataset.measure = state.measure ?? "";
  mapElement.dataset.range = state.from != null && state.to != null ? `${state.from}-${state.to}` : "";
  mapElement.dataset.era = state.era ?? "";
  mapElement.dataset.ready = "true";
  list.schedule(visible);
}

let pendingSince = 0;
let writeTimer = 0;

function writeUrl() {
  clearTimeout(writeTimer);
  pendingSince = 0;
  const search = writeState(state);
  if (location.search === search) return;
  history.replaceState(null, "", `${location.pathname}${search}`);
  // Anything that describes the view (the Share panel, the canonical link, the metadata) listens for this.
  document.dispatchEvent(new CustomEvent("atlas:viewchange", { detail: { path: location.pathname, search } }));
}

/**
 * The slider's URL: a replaceState costs several milliseconds and browsers throttle bursts of them, so while the
 * slider moves the URL is written once it rests, and while it keeps moving at least every URL_LONGEST ms, in the idle
 * time after a frame: never inside a slider step.
 */
function writeUrlSoon() {
  clearTimeout(writeTimer);
  const now = performance.now();
  pendingSince ||= now;
  const wait = Math.min(URL_REST, Math.max(0, pendingSince + URL_LONGEST - now));
  writeTimer = setTimeout(() => requestIdleCallback(writeUrl, { timeout: URL_REST }), wait);
}

function round(value) {
  return Math.round(value * 10000) / 10000;
}
