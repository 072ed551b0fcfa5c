// The sites of the official lists (the 156 projects, the national industrial heritage list) as the map's own layer:
// small symbols by kind, clustered where they crowd (Leaflet.markercluster), shown by the slider's year from the year
// each appears on its list, as the server's SiteLayer decides (the year comes with the data: nothing is worked out
// here). The data and the plugin load only when a view first asks for sites, so the plain map stays as light as it was.
import { formatYear, yearOf } from "./state.js";
import { chinese, kindName, pagePath, word } from "./words.js";
import { append } from "./markers.js";

export function createSites(atlas) {
  const { L, map, state, mapElement } = atlas;
  const section = document.getElementById("site-list-section");
  const list = document.getElementById("site-list");
  const markers = new Map();
  const shown = new Set();
  let data = null;
  let group = null;
  let loading = null;
  let listed = "";

  /** The sites' data and the clustering plugin, fetched once, the first time a view shows sites. */
  function load() {
    loading ??= Promise.all([
      fetch(mapElement.dataset.sitesUrl).then((r) => r.json()),
      script(mapElement.dataset.clusterJs),
      styles(mapElement.dataset.clusterCss),
    ]).then(([json]) => {
      data = json;
      group = L.markerClusterGroup({
        maxClusterRadius: 36, showCoverageOnHover: false, spiderfyOnMaxZoom: true, disableClusteringAtZoom: 9,
        iconCreateFunction: (cluster) => L.divIcon({ html: `<span>${cluster.getChildCount()}</span>`, className: "site-cluster", iconSize: [26, 26] }),
      });
      map.addLayer(group);
      draw();
    });
    return loading;
  }

  /** The year a site appears from on the view's layer: under the chosen list, or the first of its lists. */
  const fromOf = (site) => (state.list ? site.from[state.list] : Math.min(...Object.values(site.from)));

  function visible() {
    if (!data || (!state.list && !state.kind)) return [];
    const year = yearOf(state);
    return data.sites.filter((s) => (!state.list || state.list in s.from) && (!state.kind || s.kind === state.kind) && fromOf(s) <= year);
  }

  function markerFor(site) {
    let marker = markers.get(site.slug);
    if (marker) return marker;
    marker = L.marker([site.lat, site.lon], {
      icon: L.divIcon({ className: `site-icon site-${site.group}`, iconSize: [12, 12] }),
      title: site.nameZh ? `${site.name} ${site.nameZh}` : site.name, alt: site.name, keyboard: true,
    });
    marker.bindPopup(() => popupFor(site));
    markers.set(site.slug, marker);
    return marker;
  }

  function popupFor(site) {
    const root = document.createElement("div");
    root.className = "atlas-popup";
    const title = append(root, "p", "popup-title");
    appendNames(title, site, "strong");
    append(root, "p", null, word("sitePlaced", kindName(site.kind), word(site.precision)));
    for (const [slug, from] of Object.entries(site.from)) {
      const line = append(root, "p");
      append(line, "span", `badge badge-small badge-${site.support[slug]}`, word(site.support[slug]));
      const list = data.lists.find((l) => l.slug === slug);
      append(line, "span", null, ` ${word("siteFrom", (chinese ? list?.nameZh : list?.name) ?? slug, formatYear(from))}`);
    }
    const link = append(append(root, "p"), "a", null, word("siteLink"));
    link.href = pagePath(`/sites/${encodeURIComponent(site.slug)}${state.edition ? `?edition=${encodeURIComponent(state.edition)}` : ""}`);
    return root;
  }

  /** Shows the view's sites and hides the others, adding and removing only what changed. */
  function draw() {
    const on = Boolean(state.list || state.kind);
    section.hidden = !on;
    if (on && !data) {
      load();
      return;
    }
    if (!data) return;
    const now = visible();
    const slugs = new Set(now.map((s) => s.slug));
    const gone = [...shown].filter((slug) => !slugs.has(slug));
    const added = now.filter((s) => !shown.has(s.slug));
    group.removeLayers(gone.map((slug) => markers.get(slug)));
    group.addLayers(added.map(markerFor));
    gone.forEach((slug) => shown.delete(slug));
    added.forEach((s) => shown.add(s.slug));
    describe(now);
    mapElement.dataset.sites = String(shown.size);
  }

  /** The layer's name, count and list under the map, rewritten only when the sites shown change. */
  function describe(now) {
    // As SiteLayer.Name (SiteLayer.ChineseName on a Chinese page) writes it on the server.
    const kind = state.kind ? kindName(state.kind) : null;
    const chosen = data.lists.find((l) => l.slug === state.list);
    const name = chinese
      ? (chosen ? `${chosen.nameZh}${kind ? `（${kind}）` : ""}` : word("sitesOfLists", kind))
      : (chosen ? `${chosen.inSentence}${kind ? ` (${kind})` : ""}` : word("sitesOfLists", kind));
    for (const part of document.querySelectorAll('[data-part="sites-name"]')) part.textContent = name ?? "";
    for (const part of document.querySelectorAll('[data-part="sites-clause"]')) part.hidden = !(state.list || state.kind);
    document.getElementById("site-legend").hidden = !(state.list || state.kind);
    for (const part of section.querySelectorAll('[data-part="site-count"]')) part.textContent = String(now.length);
    const key = `${state.list}|${state.kind}|${now.map((s) => s.slug).join(",")}`;
    if (key === listed) return;
    listed = key;
    list.replaceChildren(...now.map((site) => {
      const item = document.createElement("li");
      item.dataset.site = site.slug;
      item.dataset.from = String(fromOf(site));
      append(item, "span", `site-dot site-${site.group}`).setAttribute("aria-hidden", "true");
      const link = appendNames(item, site, "a");
      link.href = pagePath(`/sites/${encodeURIComponent(site.slug)}`);
      append(item, "span", "list-phase", ` ${word("siteFrom", kindName(site.kind), formatYear(fromOf(site)))}`);
      const support = site.support[state.list ?? Object.keys(site.support)[0]];
      append(item, "span", `badge badge-small badge-${support}`, word(support));
      return item;
    }));
  }

  /** The site's name in the page's language first, then the other one marked with its language; returns the first. */
  function appendNames(parent, site, tag) {
    const first = append(parent, tag, null, chinese && site.nameZh ? site.nameZh : site.name);
    if (site.nameZh) {
      const other = append(parent, "span", tag === "strong" ? "zh" : null, ` ${chinese ? site.name : site.nameZh}`);
      other.lang = chinese ? "en" : "zh-Hans";
    }
    return first;
  }

  return { draw, load };
}

function script(src) {
  if (window.L?.markerClusterGroup) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const element = document.createElement("script");
    element.src = src;
    element.onload = resolve;
    element.onerror = () => reject(new Error(`${src} could not be loaded`));
    document.head.append(element);
  });
}

function styles(href) {
  return new Promise((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.onload = resolve;
    link.onerror = resolve;
    document.head.append(link);
  });
}
