// Runs inside the server's V8 engine after citeproc-js (module.exports = CSL). One engine holds one style; the C#
// side calls atlasInit once and atlasRender for each citation, one call at a time.
var atlasItem = null;
var atlasEngine = null;
var atlasIsNote = false;

function atlasInit(styleXml, localesJson, lang) {
  // The style and the locales are the official XML files; citeproc-js reads XML text with its own parser.
  var locales = JSON.parse(localesJson);
  var sys = {
    retrieveLocale: function (lang) { return locales[lang]; },
    retrieveItem: function () { return atlasItem; }
  };
  // lang is used where the style names no default locale.
  atlasEngine = new CSL.Engine(sys, styleXml, lang);
  atlasIsNote = atlasEngine.opt.xclass === "note";
}

function atlasRender(itemJson) {
  atlasItem = JSON.parse(itemJson);
  var out = {};
  ["html", "text"].forEach(function (format) {
    atlasEngine.setOutputFormat(format);
    // A fresh state for each citation: the note is then a first note (the full form), not a later short one.
    atlasEngine.restoreProcessorState([]);
    if (atlasIsNote) {
      var cluster = atlasEngine.processCitationCluster({ citationItems: [{ id: atlasItem.id }], properties: { noteIndex: 1 } }, [], []);
      out[format + "Note"] = cluster[1][0][1];
    }
    atlasEngine.updateItems([atlasItem.id]);
    var bibliography = atlasEngine.makeBibliography();
    out[format] = bibliography ? bibliography[1].join("") : null;
  });
  return JSON.stringify(out);
}
