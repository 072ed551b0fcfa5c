// The reference the server's citations are checked against, independent of the server's own path: citeproc-js
// straight from its npm package under Node (not the copy the server runs in V8) on the official style and locale
// files, and citation-js's BibTeX and RIS readers. Reads one JSON request on stdin, writes JSON.
//   {"render": "<csl style id>", "locale": "en-US", "item": {...}}  -> {"html", "text", "note"?}
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
  // The same official files the server embeds (src/IndustrialAtlas.Web/Citations/Csl), read by citeproc-js's own
  // XML reader here too.
  const CSL = require("citeproc");
  const csl = join(process.cwd(), "src", "IndustrialAtlas.Web", "Citations", "Csl");
  const style = readFileSync(join(csl, "styles", `${request.render}.csl`), "utf8");
  const sys = {
    retrieveLocale: (lang) => { try { return readFileSync(join(csl, "locales", `locales-${lang}.xml`), "utf8"); } catch { return undefined; } },
    retrieveItem: () => request.item,
  };
  const out = {};
  for (const format of ["html", "text"]) {
    const engine = new CSL.Engine(sys, style, request.locale);
    engine.setOutputFormat(format);
    if (engine.opt.xclass === "note") {
      out[format + "Note"] = engine.processCitationCluster({ citationItems: [{ id: request.item.id }], properties: { noteIndex: 1 } }, [], [])[1][0][1];
    }
    engine.updateItems([request.item.id]);
    out[format] = engine.makeBibliography()[1].join("").trim();
  }
  process.stdout.write(JSON.stringify(out));
}
