// The small map on a city page: the bundled basemap and the city's marker, linking to the atlas. Until the reader's
// first input it is a picture of the same view (first-view.js); then Leaflet loads and the live map takes its place.
import { drawBasemap } from "./basemap.js";
import { leafletStyles } from "./leaflet-css.js";
import { drawMapPicture, loadLeaflet, onFirstInput } from "./first-view.js";

const ZOOM = 5;
const COLOUR = "#8a3b12";

// Timeline tick labels sit under their year; the server gives the position in thousandths of the width.
for (const tick of document.querySelectorAll(".timeline-ticks [data-x]")) {
  tick.style.left = `${Number(tick.dataset.x) / 10}%`;
}

const element = document.getElementById("city-map");
const lat = Number(element.dataset.lat);
const lon = Number(element.dataset.lon);
const frame = { width: element.clientWidth, height: element.clientHeight, zoom: ZOOM, lat, lon };
const picture = drawMapPicture(element, frame, [
  { key: "city", lat, lon, r: 7, rank: 0, text: element.dataset.name, colour: COLOUR, opacity: 0.95, dashed: false },
]);
onFirstInput(async () => {
  await loadLeaflet(element.dataset.leaflet);
  await leafletStyles();
  const map = window.L.map(element, { zoomControl: true, scrollWheelZoom: false, attributionControl: true }).setView([lat, lon], ZOOM);
  await drawBasemap(map, element.dataset.tileUrl);
  window.L.circleMarker([lat, lon], { radius: 7, weight: 2, color: "#1f2328", fillColor: COLOUR, fillOpacity: 0.95, className: "atlas-marker" })
    .addTo(map)
    // A text node: Leaflet would read a string as markup, and a name is never markup.
    .bindTooltip(document.createTextNode(element.dataset.name), { permanent: true, direction: "right", offset: [8, 0], className: "atlas-label" });
  picture.remove();
  element.dataset.ready = "true";
});
