// The small map on a city page: the bundled basemap and the city's marker, linking to the atlas.
import { drawBasemap } from "./basemap.js";
import { leafletStyles } from "./leaflet-css.js";

// Timeline tick labels sit under their year; the server gives the position in thousandths of the width.
for (const tick of document.querySelectorAll(".timeline-ticks [data-x]")) {
  tick.style.left = `${Number(tick.dataset.x) / 10}%`;
}

await leafletStyles();
const element = document.getElementById("city-map");
const lat = Number(element.dataset.lat);
const lon = Number(element.dataset.lon);
const map = window.L.map(element, { zoomControl: true, scrollWheelZoom: false, attributionControl: true }).setView([lat, lon], 5);
await drawBasemap(map, element.dataset.tileUrl);
window.L.circleMarker([lat, lon], { radius: 7, weight: 2, color: "#1f2328", fillColor: "#8a3b12", fillOpacity: 0.95, className: "atlas-marker" })
  .addTo(map)
  // A text node: Leaflet would read a string as markup, and a name is never markup.
  .bindTooltip(document.createTextNode(element.dataset.name), { permanent: true, direction: "right", offset: [8, 0], className: "atlas-label" });
element.dataset.ready = "true";
