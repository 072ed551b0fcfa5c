// City names on the map. They live in a pane of their own, positioned by transform and pushed to either side by CSS
// alone: unlike Leaflet's permanent tooltips they never make the browser measure them. A name opens its city's popup
// like the marker does; a city left unnamed names itself in a tooltip on hover and in its popup on a tap.

// Names are shown for up to LABEL_LIMIT cities, and once shown stay until LABEL_RELEASE, so a count hovering near one
// limit does not switch them on and off at every step. Above the limits, names show on hover.
const LABEL_LIMIT = 40;
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

  /**
   * Where each name goes: to the right of its marker, else to the left, preferring a side that covers no other marker;
   * when both sides would cover another name, nowhere. Larger markers are placed first, then larger cities (by
   * population, the server's rank), so where names collide the larger city keeps its name. Boxes are estimated from
   * the length of the name, so placing never makes the browser measure text.
   */
  function sides(visible) {
    const result = new Map();
    const placed = [];
    const points = visible.map((v) => ({ v, p: map.latLngToContainerPoint(markers.get(v.city.slug).getLatLng()), r: markers.get(v.city.slug).radiusNow ?? 7 }));
    const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    const hitsMarker = (box, self) => points.some((o) => o !== self && overlaps(box, { x: o.p.x - o.r, y: o.p.y - o.r, w: 2 * o.r, h: 2 * o.r }));
    const order = [...points].sort((a, b) => b.r - a.r || a.v.city.rank - b.v.city.rank);
    for (const item of order) {
      // 0.8rem bold in the widest common sans (DejaVu Sans) runs to about 8.6 px a letter, plus padding and border.
      const width = item.v.nameThen.length * 8.6 + 12;
      const gap = Math.max(11, item.r + 4);
      const right = { x: item.p.x + gap, y: item.p.y - 12, w: width, h: 24 };
      const left = { x: item.p.x - gap - width, y: item.p.y - 12, w: width, h: 24 };
      const clear = (box) => !placed.some((b) => overlaps(box, b));
      const fits = (box) => clear(box) && !hitsMarker(box, item);
      // Best a side that covers neither a name nor a marker; else one that at least covers no name.
      const side = fits(right) ? "right" : fits(left) ? "left" : clear(right) ? "right" : clear(left) ? "left" : null;
      const box = side === "right" ? right : left;
      const covers = Boolean(side) && !fits(box);
      if (side) placed.push(box);
      result.set(item.v.city.slug, side && { side, covers });
    }
    return result;
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
