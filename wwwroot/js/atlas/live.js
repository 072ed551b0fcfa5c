// The live map: Leaflet, the basemap, the markers, the names and the script's list, made in steps with a pause
// between them so a slow phone never sees one long task. main.js makes it once (at once in an embed, on the reader's
// first input on the atlas page); once drawn, every redraw is its render (atlas.live).
import { drawBasemap } from "../basemap.js";
import { createMarkers } from "./markers.js";
import { createNames } from "./names.js";
import { createList } from "./list.js";
import { createSites } from "./sites.js";
import { leafletStyles } from "../leaflet-css.js";
import { pause } from "./pause.js";

export async function createLive(atlas) {
  const { mapElement, state, slider } = atlas;
  const L = (atlas.L = window.L);
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
  const frame = atlas.frame();
  map.setView([frame.lat, frame.lon], frame.zoom);
  if (frame.panX) map.panBy([frame.panX, 0], { animate: false });

  await pause();
  const markers = createMarkers(atlas);
  const names = createNames(atlas, markers);
  const list = createList(atlas, markers);
  const sites = createSites(atlas);
  await pause();

  await drawBasemap(map, mapElement.dataset.tileUrl);
  await pause();
  // From here every redraw is the live map's.
  atlas.live = { render };
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
    atlas.writeUrl();
  });

  /** Redraws markers, names, words and legend for the state; the list follows a moment later so the slider stays quick. */
  function render() {
    const visible = atlas.visible();
    markers.draw(visible);
    markers.spread(visible);
    sites.draw();
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
}

function round(value) {
  return Math.round(value * 10000) / 10000;
}
