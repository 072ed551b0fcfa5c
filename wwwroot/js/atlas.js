// The atlas map: Leaflet over a bundled basemap, driven by the server-rendered GET form. The form works
// without this script; the script redraws the map, count and list as the controls change and keeps the URL
// in step (history.replaceState), so any view can be linked and restored exactly.
import { formatYear, phaseSpan, shown, nameAt, readState, writeState, isRange, yearOf, radiusOf, figureLabel, formatFigure } from "./atlas-state.js";
import { timeScale } from "./time-scale.js";
import { drawBasemap } from "./basemap.js";
import { markerCanvas } from "./marker-canvas.js";

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
const measureSelect = document.getElementById("measure");
const fromInput = document.getElementById("from");
const toInput = document.getElementById("to");
const clearRangeButton = document.getElementById("clear-range");
const legend = document.getElementById("measure-legend");
const sliderElement = document.querySelector(".slider");
const scale = timeScale(Number(sliderElement.dataset.min), Number(sliderElement.dataset.max), Number(sliderElement.dataset.pivot), Number(sliderElement.dataset.pivotAt));
const SVG = "http://www.w3.org/2000/svg";
const CHINA_CENTRE = [36, 106];
// Names are shown on the map for up to LABEL_LIMIT cities, and once shown stay until LABEL_RELEASE, so a count
// hovering near one limit does not switch them on and off at every step. Above the limits, names show on hover.
const LABEL_LIMIT = 40;
const LABEL_RELEASE = 60;
// Markers spread apart on screen keep this many pixels between their edges.
const SPREAD_GAP = 2;
let labelled = false;
let listTimer = 0;
let listKey = null;
const URL_REST = 150;
const URL_LONGEST = 1000;
let pendingSince = 0;
let writeTimer = 0;

document.documentElement.classList.add("js");
const state = readState(location.search, { year: Number(yearInput.value) });
const measures = new Map();
const data = await (await fetch(mapElement.dataset.dataUrl)).json();
const eraNames = new Map(data.eras.map((e) => [e.slug, e.name]));
const resourceNames = new Map(data.resources.map((r) => [r.slug, r.name]));
const UNKNOWN_COLOUR = "#57606a";
const eraColours = new Map(data.eras.map((e) => [e.slug, colourOf(e.slug)]));
for (const m of data.measures) measures.set(m.slug, m);
const scaledSlider = buildSlider();
// Tick labels sit under their year on the scale; the server gives the position in thousandths of the width.
// On a narrow slider a tick that would run into the one before it is hidden (the ends always stay).
const ticks = [...document.querySelectorAll(".timeline .timeline-ticks [data-x]")];
for (const tick of ticks) tick.style.left = `${Number(tick.dataset.x) / 10}%`;
const lastLeft = ticks.length ? ticks[ticks.length - 1].getBoundingClientRect().left : Infinity;
let tickEnd = ticks.length ? ticks[0].getBoundingClientRect().right : -Infinity;
for (const tick of ticks.slice(1, -1)) {
  const box = tick.getBoundingClientRect();
  if (box.left < tickEnd + 6 || box.right > lastLeft - 6) tick.hidden = true;
  else tickEnd = box.right;
}

const map = L.map(mapElement, { minZoom: 2, maxZoom: 12, zoomSnap: 1, worldCopyJump: false });
window.atlasMap = map; // for the browser tests
// The default view frames China: zoom 4 on a wide map, 3 on a phone.
const defaultZoom = mapElement.clientWidth < 600 ? 3 : 4;
map.setView(state.lat !== null && state.lon !== null ? [state.lat, state.lon] : CHINA_CENTRE, state.z ?? defaultZoom);

// Markers are drawn on one canvas (marker-canvas.js): a slider step repaints pixels instead of restyling a thousand
// SVG elements. The
// canvas is not reachable by keyboard or screen reader; the list of shown cities under the map is, and each of its
// entries opens the city's popup on the map (openFromList).
const markerRenderer = markerCanvas();
const labelPane = map.createPane("labels");
labelPane.setAttribute("aria-hidden", "true");
const labels = new Map();

// Every city's marker is made once; a view adds to the map the markers it shows and removes the others.
const markers = new Map();
for (const city of data.cities) markers.set(city.slug, createMarker(city));

await drawBasemap(map, mapElement.dataset.tileUrl);
render();
// The server's list has no buttons to open a city on the map: the script's list, with them, replaces it at once.
clearTimeout(listTimer);
renderList(shown(data, state));
if (state.city && markers.get(state.city)?.shown) {
  // Opening the linked city's popup must not pan the map away from the linked view.
  const popup = markers.get(state.city).getPopup();
  popup.options.autoPan = false;
  markers.get(state.city).openPopup();
  popup.options.autoPan = true;
}
map.on("zoomstart", () => labelPane.classList.add("zooming"));
map.on("zoomend viewreset", () => {
  const visible = shown(data, state);
  spread(visible);
  placeLabels();
  relabel(visible);
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

function colourOf(slug) {
  // The era colours live in site.css as .era-c0 … .era-c15; the server gives each era's band on the slider its
  // class, and a marker is painted in that band's colour, so the bands and the markers always match.
  const band = document.querySelector(`.era-band[data-era="${CSS.escape(slug)}"]`);
  return band ? getComputedStyle(band).fill : UNKNOWN_COLOUR;
}

function createMarker(city) {
  const marker = L.circleMarker([city.lat, city.lon], {
    renderer: markerRenderer, radius: 7, weight: 2, color: "#1f2328", fillColor: UNKNOWN_COLOUR, fillOpacity: 1, city: city.slug, home: L.latLng(city.lat, city.lon),
  });
  marker.bindPopup(() => popupFor(city));
  // The hover name is worked out when the tooltip opens, so a slider step never has to touch it; a text node, so a
  // name is never read as markup.
  marker.bindTooltip(() => document.createTextNode(nameAt(city, state.year)), { direction: "right", offset: [8, 0], className: "atlas-label" });
  marker.on("popupopen", () => { state.city = city.slug; writeUrl(); });
  marker.on("popupclose", () => { if (state.city === city.slug) { state.city = null; writeUrl(); } });
  marker.shown = false;
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
    L.DomUtil.setPosition(label, map.latLngToLayerPoint(markers.get(city.slug).getLatLng()));
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

/**
 * Where each name goes: to the right of its marker, else to the left, preferring a side that covers no other marker;
 * when both sides would cover another name (as in the cluster of Liaoning cities at a national zoom), nowhere, the
 * name then showing on hover and in the list. Boxes are
 * estimated from the length of the name, so placing never makes the browser measure text. Larger markers and longer-
 * established names are placed first.
 */
function labelSides(visible) {
  const sides = new Map();
  const placed = [];
  const points = visible.map((v) => ({ v, p: map.latLngToContainerPoint(markers.get(v.city.slug).getLatLng()), r: markers.get(v.city.slug).radiusNow ?? 7 }));
  const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  const hitsMarker = (box, self) => points.some((o) => o !== self && overlaps(box, { x: o.p.x - o.r, y: o.p.y - o.r, w: 2 * o.r, h: 2 * o.r }));
  const order = [...points].sort((a, b) => b.r - a.r || a.v.city.name.localeCompare(b.v.city.name));
  for (const item of order) {
    // 0.8rem bold in the widest common sans (DejaVu Sans) runs to about 8.6 px a letter, plus padding and border.
    const width = item.v.nameThen.length * 8.6 + 12;
    const gap = Math.max(11, item.r + 4);
    const right = { x: item.p.x + gap, y: item.p.y - 12, w: width, h: 24 };
    const left = { x: item.p.x - gap - width, y: item.p.y - 12, w: width, h: 24 };
    const clear = (box) => !placed.some((b) => overlaps(box, b));
    const fits = (box) => clear(box) && !hitsMarker(box, item);
    // Best a side that covers neither a name nor a marker; else one that at least covers no name.
    const side = fits(right) ? "right" : fits(left) ? "left" : clear(right) ? "right" : clear(left) ? "left" : null;
    if (side) placed.push(side === "right" ? right : left);
    sides.set(item.v.city.slug, side);
  }
  return sides;
}

/**
 * Cities closer than their markers are wide (Anshan, Benxi, Liaoyang, Shenyang and Fushun lie within 100 km) would
 * hide each other at a national zoom. Up to LABEL_LIMIT shown cities, markers that overlap are pushed apart on the
 * screen until each is readable, by no more than they overlap; zoomed in far enough, every marker is back on its own
 * place. Each marker keeps its city's true position for its popup, tooltip and the list.
 */
function spread(visible) {
  const items = visible.map(({ city }) => {
    const marker = markers.get(city.slug);
    const home = map.latLngToContainerPoint([city.lat, city.lon]);
    return { marker, home, x: home.x, y: home.y, r: marker.radiusNow ?? 7 };
  });
  if (items.length <= LABEL_LIMIT) {
    for (let pass = 0; pass < 12; pass++) {
      let moved = false;
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i];
          const b = items[j];
          // With a measure, big circles are meant to overlap: only markers of the same small size are spread.
          if (a.r > 8 || b.r > 8) continue;
          const dx = b.x - a.x || 0.01;
          const dy = b.y - a.y;
          const distance = Math.hypot(dx, dy);
          const need = a.r + b.r + SPREAD_GAP;
          if (distance >= need) continue;
          const push = (need - distance) / 2;
          a.x -= (dx / distance) * push; a.y -= (dy / distance) * push;
          b.x += (dx / distance) * push; b.y += (dy / distance) * push;
          moved = true;
        }
      }
      if (!moved) break;
    }
  }
  for (const item of items) {
    const target = item.x === item.home.x && item.y === item.home.y ? null : map.containerPointToLatLng([item.x, item.y]);
    const city = item.marker.options.home;
    const next = target ?? city;
    const now = item.marker.getLatLng();
    if (now.lat !== next.lat || now.lng !== next.lng) item.marker.setLatLng(next);
  }
}

/** After a zoom the markers are spread and the names laid out again for the new distances between cities. */
function relabel(visible = shown(data, state)) {
  if (!labelled) return;
  for (const { city } of visible) {
    const label = labels.get(city.slug);
    if (label) L.DomUtil.setPosition(label, map.latLngToLayerPoint(markers.get(city.slug).getLatLng()));
  }
  const sides = labelSides(visible);
  for (const { city, nameThen } of visible) {
    if (sides.get(city.slug)) showLabel(city, nameThen, sides.get(city.slug));
    else if (labels.get(city.slug)) labels.get(city.slug).hidden = true;
  }
}

function popupFor(city) {
  const entry = shown(data, state).find((s) => s.city.slug === city.slug);
  const root = document.createElement("div");
  root.className = "atlas-popup";
  // Opened from the list, the popup holds the focus: Escape closes it and the focus goes back to the list.
  root.addEventListener("keydown", (event) => { if (event.key === "Escape") map.closePopup(); });
  const title = append(root, "p", "popup-title");
  append(title, "strong", null, entry?.nameThen ?? city.name);
  if (entry && entry.nameThen !== city.name) append(title, "span", null, ` (now ${city.name})`);
  append(title, "span", "zh", ` ${city.nameZh}`).lang = "zh-Hans";
  if (entry) append(root, "p", null, `${entry.phase.title}, ${phaseSpan(entry.phase)} · ${eraNames.get(entry.phase.era) ?? entry.phase.era}`);
  const measure = measures.get(state.measure);
  if (entry && measure) append(root, "p", "popup-figure", figureText(measure, entry.figure));
  append(root, "p", null, `Resources: ${city.resources.map((r) => resourceNames.get(r) ?? r).join(", ") || "none recorded"}`);
  const link = append(append(root, "p"), "a", null, `${city.name}: history, resources and claims`);
  link.href = `/cities/${encodeURIComponent(city.slug)}${state.edition ? `?edition=${encodeURIComponent(state.edition)}` : ""}`;
  return root;
}

function figureText(measure, figure) {
  return figure ? `${measure.name}: ${figureLabel(figure, measure.unit)} (${figure.source})` : `${measure.name}: no figure by ${formatYear(yearOf(state))}`;
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
  for (const [slug, marker] of markers) {
    const show = visibleSlugs.has(slug);
    if (marker.shown === show) continue;
    marker.shown = show;
    if (show) marker.addTo(map);
    else marker.remove();
  }
  for (const [slug, label] of labels) {
    if (!labelled || !visibleSlugs.has(slug)) label.hidden = true;
  }
  const measure = measures.get(state.measure);
  for (const { city, phase, nameThen, figure } of visible) {
    const marker = markers.get(city.slug);
    // With a measure, a marker's area is its figure; a city with no figure by that year is a small hollow ring.
    const radius = !measure ? 7 : figure ? Math.max(2.5, radiusOf(figure.value, measure.max)) : 4;
    const hollow = Boolean(measure && !figure);
    if (marker.radiusNow !== radius) { marker.radiusNow = radius; marker.setRadius(radius); }
    if (marker.hollow !== hollow) { marker.hollow = hollow; marker.setStyle({ fillOpacity: hollow ? 0 : measure ? 0.75 : 1 }); }
    else if (marker.measured !== Boolean(measure)) marker.setStyle({ fillOpacity: hollow ? 0 : measure ? 0.75 : 1 });
    marker.measured = Boolean(measure);
    // Only a marker whose era or certainty changed is restyled: the canvas then repaints once, in the next frame.
    const approximate = Boolean(phase.startApprox || phase.endApprox);
    if (marker.era !== phase.era || marker.approximate !== approximate) {
      marker.era = phase.era;
      marker.approximate = approximate;
      // A dashed ring marks a period whose start or end is approximate.
      marker.setStyle({ fillColor: eraColours.get(phase.era) ?? UNKNOWN_COLOUR, dashArray: approximate ? "3 3" : null });
    }
  }
  spread(visible);
  // Names are placed once the markers have their sizes, so a name is not laid over a large marker.
  relabel(visible);
  const year = formatYear(yearOf(state));
  const years = isRange(state) ? `${formatYear(state.from)}–${formatYear(state.to)}` : year;
  yearLabel.value = years;
  yearInput.setAttribute("aria-valuetext", year);
  countElement.textContent = `${visible.length} of ${data.cities.length} cities`;
  mapElement.dataset.year = String(yearOf(state));
  mapElement.dataset.measure = state.measure ?? "";
  mapElement.dataset.range = isRange(state) ? `${state.from}-${state.to}` : "";
  scaledSlider.update();
  renderLegend(measure);
  mapElement.dataset.ready = "true";
  scheduleList(visible);
}

function scheduleList(visible) {
  clearTimeout(listTimer);
  listTimer = setTimeout(() => renderList(visible), 120);
}

/**
 * The list is the way to the markers for keyboards and screen readers: its button opens the city's popup on the
 * map and moves the focus into it; closing the popup brings the focus back to the button.
 */
function openFromList(event) {
  const button = event.target.closest("button.show-on-map");
  const marker = button && markers.get(button.dataset.city);
  if (!marker?.shown) return;
  marker.openPopup();
  const content = marker.getPopup().getElement()?.querySelector(".atlas-popup");
  if (!content) return;
  content.tabIndex = -1;
  content.focus();
  marker.once("popupclose", () => {
    if (content.contains(document.activeElement) || document.activeElement === document.body) {
      listElement.querySelector(`button.show-on-map[data-city="${CSS.escape(marker.options.city)}"]`)?.focus();
    }
  });
}

function renderList(visible) {
  listTitle.textContent = isRange(state) ? `Cities active in ${formatYear(state.from)}–${formatYear(state.to)}` : `Cities in ${formatYear(state.year)}`;
  const measure = measures.get(state.measure);
  // An unchanged list is left alone, and a changed one keeps the focus on the city it was on.
  const key = visible.map(({ city, phase, nameThen, figure }) => `${city.slug} ${phase.era} ${phase.start} ${nameThen} ${measure ? figureText(measure, figure) : ""}`).join("\n");
  document.querySelector(".empty")?.toggleAttribute("hidden", visible.length > 0);
  if (key === listKey) return;
  listKey = key;
  const focused = document.activeElement?.closest("#atlas-list button.show-on-map")?.dataset.city;
  const items = visible.map(({ city, phase, nameThen, figure }) => {
    const li = document.createElement("li");
    li.dataset.city = city.slug;
    li.dataset.era = phase.era;
    const link = append(li, "a", null, nameThen);
    link.href = `/cities/${encodeURIComponent(city.slug)}`;
    if (nameThen !== city.name) append(li, "span", "now-called", ` (now ${city.name})`);
    append(li, "span", null, ` ${city.nameZh}`).lang = "zh-Hans";
    append(li, "span", "list-phase", ` ${phase.title}, ${phaseSpan(phase)} · ${eraNames.get(phase.era) ?? phase.era}`);
    append(li, "span", "list-resources", ` ${city.resources.map((r) => resourceNames.get(r) ?? r).join(", ")}`);
    if (measure) append(li, "span", "list-figure", ` ${figureText(measure, figure)}`);
    const button = append(li, "button", "show-on-map", "Show ");
    button.type = "button";
    button.dataset.city = city.slug;
    append(button, "span", "visually-hidden", `${nameThen} `);
    button.append("on the map");
    return li;
  });
  listElement.replaceChildren(...items);
  if (focused) listElement.querySelector(`button.show-on-map[data-city="${CSS.escape(focused)}"]`)?.focus();
}

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
 * slider moves the URL is written once it rests (URL_REST ms), and while it keeps moving (Play) at least every
 * URL_LONGEST ms, in the idle time after a frame: never inside a slider step.
 */
function writeUrlSoon() {
  clearTimeout(writeTimer);
  const now = performance.now();
  pendingSince ||= now;
  const wait = Math.min(URL_REST, Math.max(0, pendingSince + URL_LONGEST - now));
  writeTimer = setTimeout(() => requestIdleCallback(writeUrl, { timeout: URL_REST }), wait);
}

function setYear(year) {
  // Moving the slider goes back from a range to one year.
  if (isRange(state)) clearRange(false);
  state.year = Math.max(Number(yearInput.min), Math.min(Number(yearInput.max), year));
  yearInput.value = String(state.year);
  render();
  writeUrlSoon();
}

function wireControls() {
  form.addEventListener("submit", (event) => event.preventDefault());
  listElement.addEventListener("click", openFromList);
  yearInput.addEventListener("input", () => setYear(Number(yearInput.value)));
  yearInput.addEventListener("keydown", (event) => {
    if (event.key !== "PageUp" && event.key !== "PageDown") return;
    event.preventDefault();
    setYear(state.year + (event.key === "PageUp" ? 10 : -10));
  });
  measureSelect.addEventListener("change", () => {
    state.measure = measureSelect.value || null;
    render();
    writeUrl();
  });
  const rangeChanged = () => {
    const from = fromInput.value === "" ? null : Number(fromInput.value);
    const to = toInput.value === "" ? null : Number(toInput.value);
    const min = Number(yearInput.min);
    const max = Number(yearInput.max);
    const valid = (y) => y !== null && Number.isInteger(y) && y >= min && y <= max;
    if (!valid(from) || !valid(to) || from > to) {
      fromInput.setCustomValidity(valid(from) || from === null ? "" : `A year from ${formatYear(min)} to ${max}`);
      toInput.setCustomValidity(to === null || (valid(to) && (from === null || from <= to)) ? "" : "The range's end is before its start, or out of the timeline");
      return;
    }
    fromInput.setCustomValidity("");
    toInput.setCustomValidity("");
    state.from = from;
    state.to = to;
    state.year = null;
    yearInput.value = String(to);
    clearRangeButton.hidden = false;
    render();
    writeUrl();
  };
  fromInput.addEventListener("change", rangeChanged);
  toInput.addEventListener("change", rangeChanged);
  clearRangeButton.addEventListener("click", () => clearRange(true));
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

/** Leaves a range for the single year at its end; <redraw> redraws and writes the URL at once. */
function clearRange(redraw) {
  if (!isRange(state)) return;
  state.year = state.to;
  state.from = null;
  state.to = null;
  fromInput.value = "";
  toInput.value = "";
  clearRangeButton.hidden = true;
  if (redraw) {
    yearInput.value = String(state.year);
    render();
    writeUrl();
  }
}

/**
 * The size legend: three circles drawn with the same formula as the markers, for round figures of the measure.
 * The server draws the same legend for the page as first sent.
 */
function renderLegend(measure) {
  legend.hidden = !measure;
  if (!measure) return;
  const key = `${measure.slug} ${yearOf(state)}`;
  if (legend.dataset.key === key) return;
  legend.dataset.key = key;
  legend.querySelector("figcaption").textContent = `${measure.name}: marker area shows the latest figure at or before ${formatYear(yearOf(state))}`;
  const svg = legend.querySelector("svg");
  const power = 10 ** Math.floor(Math.log10(measure.max));
  const top = [5, 2, 1].map((m) => m * power).find((v) => v <= measure.max);
  const parts = [];
  [top, top / 4, top / 16].forEach((value, i) => {
    const r = radiusOf(value, measure.max);
    const circle = document.createElementNS(SVG, "circle");
    circle.setAttribute("class", "legend-circle");
    circle.setAttribute("cx", String(30 + i * 75));
    circle.setAttribute("cy", String(56 - r));
    circle.setAttribute("r", String(r));
    const text = document.createElementNS(SVG, "text");
    text.setAttribute("class", "legend-value");
    text.setAttribute("x", String(30 + i * 75));
    text.setAttribute("y", "70");
    text.setAttribute("text-anchor", "middle");
    text.textContent = formatFigure(value, measure.unit);
    parts.push(circle, text);
  });
  svg.replaceChildren(...parts);
}

/**
 * The slider drawn on the timeline's scale. The native range input stays in the page for the keyboard (one year
 * an arrow key, a decade a Page key), screen readers and the form, but is laid under a track drawn here, whose thumb
 * and range band sit where the era bands and ticks put the year; a pointer on the track picks the year at that point
 * of the scale.
 */
function buildSlider() {
  const track = document.createElement("div");
  track.className = "scaled-track";
  track.setAttribute("aria-hidden", "true");
  const band = append(track, "div", "scaled-range");
  const thumb = append(track, "div", "scaled-thumb");
  sliderElement.appendChild(track);
  sliderElement.classList.add("scaled");
  let dragging = false;
  const yearAtPointer = (event) => {
    const box = track.getBoundingClientRect();
    return scale.yearAt(((event.clientX - box.left) / box.width) * 1000);
  };
  track.addEventListener("pointerdown", (event) => {
    // The focus goes to the native input (so the keyboard carries on from here), not to the page behind the track.
    event.preventDefault();
    dragging = true;
    track.setPointerCapture(event.pointerId);
    yearInput.focus({ preventScroll: true });
    setYear(yearAtPointer(event));
  });
  track.addEventListener("pointermove", (event) => { if (dragging) setYear(yearAtPointer(event)); });
  const stopDrag = () => { dragging = false; };
  track.addEventListener("pointerup", stopDrag);
  track.addEventListener("pointercancel", stopDrag);
  return {
    update() {
      const at = (year) => `${scale.position(year) / 10}%`;
      thumb.style.left = at(yearOf(state));
      band.hidden = !isRange(state);
      if (isRange(state)) {
        band.style.left = at(state.from);
        band.style.width = `${(scale.position(state.to) - scale.position(state.from)) / 10}%`;
      }
    },
  };
}

function round(value) {
  return Math.round(value * 10000) / 10000;
}
