// City names on the map. They live in a pane of their own, positioned by transform and pushed to either side by CSS
// alone: unlike Leaflet's permanent tooltips they never make the browser measure them. A name opens its city's popup
// like the marker does; a city left unnamed names itself in a tooltip on hover and in its popup on a tap.

import { chooseSides, LABEL_LIMIT } from "./layout.js";

// Names are shown for up to LABEL_LIMIT cities, and once shown stay until LABEL_RELEASE, so a count hovering near one
// limit does not switch them on and off at every step. Above the limits, names show on hover.
const LABEL_RELEASE = 60;

export function createNames(atlas, markers) {
  const { L, map } = atlas;
  const pane = map.createPane("labels");
  pane.setAttribute("aria-hidden", "true");
  const labels = new Map();
  let labelled = false;

  function showLabel(city, text, side, covers) {
    let label = labels.get(city.slug);
    if (!label) {
      label = document.createElement("span");
      label.className = "map-label";
      const name = label.appendChild(document.createElement("span"));
      name.className = "map-label-text";
      name.dataset.city = city.slug;
      L.DomEvent.disableClickPropagation(name);
      name.addEventListener("click", () => markers.get(city.slug).openPopup());
      pane.appendChild(label);
      L.DomUtil.setPosition(label, map.latLngToLayerPoint(markers.get(city.slug).getLatLng()));
      labels.set(city.slug, label);
    }
    if (label.firstChild.textContent !== text) label.firstChild.textContent = text;
    label.classList.toggle("left", side === "left");
    // A name laid over another city's marker lets the click through to that marker.
    label.classList.toggle("covers", covers);
    label.hidden = false;
  }

  function place() {
    for (const [slug, label] of labels) L.DomUtil.setPosition(label, map.latLngToLayerPoint(markers.get(slug).getLatLng()));
  }

  /** Which side of its marker each name goes (layout.js), from the markers' places on the screen now. */
  function sides(visible) {
    return chooseSides(visible.map((v) => {
      const marker = markers.get(v.city.slug);
      const p = map.latLngToContainerPoint(marker.getLatLng());
      return { key: v.city.slug, x: p.x, y: p.y, r: marker.radiusNow ?? 7, rank: v.city.rank, text: v.nameThen };
    }));
  }

  /** Lays the names out again for the current positions of the markers. */
  function relabel(visible) {
    if (!labelled) return;
    for (const { city } of visible) {
      const label = labels.get(city.slug);
      if (label) L.DomUtil.setPosition(label, map.latLngToLayerPoint(markers.get(city.slug).getLatLng()));
    }
    const chosen = sides(visible);
    for (const { city, nameThen } of visible) {
      const place = chosen.get(city.slug);
      if (place) showLabel(city, nameThen, place.side, place.covers);
      else if (labels.get(city.slug)) labels.get(city.slug).hidden = true;
    }
  }

  /** After a redraw: names for a view of few enough cities, none for the others. */
  function update(visible) {
    labelled = visible.length <= (labelled ? LABEL_RELEASE : LABEL_LIMIT);
    const slugs = new Set(visible.map((s) => s.city.slug));
    for (const [slug, label] of labels) if (!labelled || !slugs.has(slug)) label.hidden = true;
    relabel(visible);
  }

  return {
    place,
    relabel,
    update,
    hide: () => pane.classList.add("zooming"),
    show: () => pane.classList.remove("zooming"),
  };
}
