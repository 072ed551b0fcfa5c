// The atlas map: Leaflet over a bundled basemap, driven by the server-rendered GET form. The form works without
// script; this redraws the map, the words that describe the view, the legend and the list as the controls change,
// and keeps the URL in step (history.replaceState), so any view can be linked and restored exactly. Each concern has
// its module: state.js (state, URL, which cities a view shows), live.js (the Leaflet map), ../first-view.js (its
// picture until then), layout.js (where markers and names go), markers.js, names.js, list.js (list, title, sentence,
// legend), slider.js (the year slider on the timeline's scale), panel.js (filters and the phone's sheet).
//
// On the atlas's own page the live map starts on the reader's first input (data-start="input"), and a picture of the
// view stands in until then; an embed starts it at once.
import { followLanguageLinks } from "./words.js";
import { readState, writeState, shown } from "./state.js";
import { createSlider } from "./slider.js";
import { createPanel } from "./panel.js";
import { drawMapPicture, loadLeaflet, onFirstInput } from "../first-view.js";
import { eraColours, markerLook, UNKNOWN_COLOUR } from "./layout.js";
import { pause } from "./pause.js";

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
  data, state, mapElement, yearInput,
  measures: new Map(data.measures.map((m) => [m.slug, m])),
  eraNames: new Map(data.eras.map((e) => [e.slug, e.name])),
  resourceNames: new Map(data.resources.map((r) => [r.slug, r.name])),
  visible: () => shown(data, state),
  frame: mapFrame,
  render,
  writeUrl,
  writeUrlSoon,
};

// The slider lays out its bands first: the map takes the height the timeline leaves it.
atlas.slider = createSlider(atlas);
atlas.slider.update();
await pause();
atlas.panel = createPanel(atlas);
await pause();

let starting = null;
if (mapElement.dataset.start === "input") {
  const picture = drawMapPicture(mapElement, mapFrame(), pictured(), picturedSites());
  onFirstInput(() => start().then(() => picture.remove()));
} else {
  start();
}

/** Loads Leaflet (where the page has not) and makes the live map; once. */
function start() {
  starting ??= (async () => {
    await loadLeaflet(mapElement.dataset.leaflet);
    const { createLive } = await import("./live.js");
    await createLive(atlas);
  })();
  return starting;
}

/** Where the map stands for the state: its box, zoom and centre, and the pan that makes room for the open panel. */
function mapFrame() {
  const width = mapElement.clientWidth;
  const linked = state.lat !== null && state.lon !== null;
  return {
    width, height: mapElement.clientHeight,
    // The default view frames China: zoom 4 on a wide map, 3 on a phone.
    zoom: state.z ?? (width < 600 ? 3 : 4),
    lat: linked ? state.lat : CHINA_CENTRE[0],
    lon: linked ? state.lon : CHINA_CENTRE[1],
    // The default view centres China in the part of the map the open panel leaves free.
    panX: state.lat === null ? Math.round(atlas.panel.openWidth() / 2) : 0,
  };
}

/** The view's cities as the live map draws them (markers.js), for the picture that stands in for it until then. */
function pictured() {
  const measure = atlas.measures.get(state.measure);
  const colours = eraColours(data.eras);
  return atlas.visible().map((v) => {
    const look = markerLook(measure, v.figure, v.phase);
    return {
      key: v.city.slug, lat: v.city.lat, lon: v.city.lon, r: look.radius, rank: v.city.rank, text: v.nameThen,
      colour: colours.get(v.phase.era) ?? UNKNOWN_COLOUR, opacity: look.opacity, dashed: look.dashed,
    };
  });
}

/**
 * The sites of the view's list as the server listed them under the map (place and symbol colour on each entry), for
 * the picture: the live layer (sites.js) fetches its data only once the live map starts.
 */
function picturedSites() {
  return [...document.querySelectorAll("#site-list li[data-lat]")].map((item) => ({
    lat: Number(item.dataset.lat), lon: Number(item.dataset.lon),
    colour: getComputedStyle(item.querySelector(".site-dot")).backgroundColor,
  }));
}

/** Redraws the view; before the live map exists, the slider follows at once and the map as soon as it is made. */
function render() {
  if (atlas.live) return atlas.live.render();
  atlas.slider.update();
  start();
}

let pendingSince = 0;
let writeTimer = 0;

function writeUrl() {
  clearTimeout(writeTimer);
  pendingSince = 0;
  const search = writeState(state);
  if (location.search === search) return;
  history.replaceState(null, "", `${location.pathname}${search}`);
  followLanguageLinks(location.pathname, search);
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
