// The words the map's script writes itself (popups, the play button, a range's messages), as the page wrote them in
// its language (data-words on the map, from the interface strings), and years as that language writes them. English
// stands in for a page that gives none.
const given = (() => {
  const element = typeof document === "undefined" ? null : document.getElementById("atlas-map");
  try {
    return element?.dataset.words ? JSON.parse(element.dataset.words) : {};
  } catch {
    return {};
  }
})();

const english = {
  in: "in", activeIn: "active in", play: "Play", pause: "Pause", resources: "Resources: {0}", noResources: "none recorded",
  cityLink: "{0}: history, resources and claims", noFigure: "{0}: no figure by {1}", rangeFrom: "A year from {0} to {1}",
  rangeOrder: "The range's end is before its start, or out of the timeline", sitePlaced: "{0} · placed by {1}",
  siteLink: "The site, its years and its sources", sitesOfLists: "{0} sites of the official lists", siteFrom: "{0}, from {1}",
  figureSource: "{0}: {1} ({2})", count: "{0} of {1} cities", now: " (now {0})", showBefore: "Show ", showAfter: "on the map",
};

/** Whether the page is Chinese (its html lang): years and lists are then written the Chinese way. */
export const chinese = typeof document !== "undefined" && document.documentElement.lang.startsWith("zh");

/** The word for `key` with its {0}, {1}… filled in. */
export function word(key, ...args) {
  const text = given[key] ?? english[key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ""));
}

/** A site kind's name ("coal mine", 煤矿). */
export function kindName(kind) {
  return given[`kind:${kind}`] ?? kind.replaceAll("-", " ");
}

/** The separator of a list of names: ", " or "、". */
export const listSeparator = chinese ? "、" : ", ";

/** A page of the atlas in the page's language: its path under /zh on a Chinese page. */
export function pagePath(path) {
  return chinese ? `/zh${path}` : path;
}

/**
 * After the map's view changes (a filter, the slider), the language switch and the hreflang alternates lead to the
 * same new view in the other language, as the server writes them for an address it renders.
 */
export function followLanguageLinks(path, search) {
  if (typeof document === "undefined") return;
  const english = path === "/zh" || path === "/zh/" ? "/" : path.startsWith("/zh/") ? path.slice(3) : path;
  const chineseAddress = `${english === "/" ? "/zh/" : `/zh${english}`}${search}`;
  const englishAddress = `${english}${search}`;
  const switchLink = document.querySelector("a.lang-switch");
  if (switchLink) switchLink.setAttribute("href", chinese ? englishAddress : chineseAddress);
  for (const link of document.querySelectorAll('link[rel="alternate"][hreflang]')) {
    const target = link.hreflang === "zh-Hans" ? chineseAddress : englishAddress;
    link.href = new URL(target, link.href).href;
  }
}
