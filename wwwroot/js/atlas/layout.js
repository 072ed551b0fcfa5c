// Where things go on the map, as plain geometry in the map's screen pixels: how a marker looks for a view, how
// markers that overlap are pushed apart, and on which side of its marker each name goes. The live map (markers.js,
// names.js) and the first picture of the map drawn before it (first-view.js) both place by these rules, so the live
// map takes over from the picture without anything moving.

// Markers spread apart on screen keep this many pixels between their edges, for up to SPREAD_LIMIT shown cities.
const SPREAD_GAP = 2;
const SPREAD_LIMIT = 40;
/** Names are shown for up to this many cities; above it, names show on hover (names.js). */
export const LABEL_LIMIT = 40;
/** The stroke round every marker, and the fill of an era with no colour. */
export const MARKER_STROKE = "#1f2328";
export const UNKNOWN_COLOUR = "#57606a";

/**
 * The era colours live in site.css (.era-c0 …); the server gives each era's band on the slider its class, and a marker
 * is painted in that band's colour, so the bands, the legend and the markers always match.
 */
export function eraColours(eras) {
  return new Map(eras.map((e) => {
    const band = document.querySelector(`.era-band[data-era="${CSS.escape(e.slug)}"]`);
    return [e.slug, band ? getComputedStyle(band).fill : UNKNOWN_COLOUR];
  }));
}

/**
 * A marker's radius and fill for a view: with a measure, its area is its figure (the radius from the server), and a
 * city with no figure by then is a small hollow ring; a dashed ring marks a phase whose start or end is approximate.
 */
export function markerLook(measure, figure, phase) {
  const radius = !measure ? 7 : figure ? Math.max(2.5, figure.r) : 4;
  const hollow = Boolean(measure && !figure);
  return { radius, opacity: hollow ? 0 : measure ? 0.75 : 1, dashed: Boolean(phase.startApprox || phase.endApprox) };
}

/**
 * Cities closer than their markers are wide (Anshan, Benxi, Liaoyang, Shenyang and Fushun lie within 100 km) would
 * hide each other at a national zoom: markers that overlap are pushed apart until each is readable, by no more than
 * they overlap. Each item is { x, y, r }; x and y are moved in place.
 */
export function spreadApart(items) {
  for (let pass = 0; items.length <= SPREAD_LIMIT && pass < 12; pass++) {
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i];
        const b = items[j];
        // With a measure, big circles are meant to overlap: only markers of the same small size are spread.
        if (a.r > 8 || b.r > 8) continue;
        const dx = b.x - a.x || 0.01;
        const dy = b.y - a.y;
        const distance = Math.hypot(dx, dy);
        const need = a.r + b.r + SPREAD_GAP;
        if (distance >= need) continue;
        const push = (need - distance) / 2;
        a.x -= (dx / distance) * push; a.y -= (dy / distance) * push;
        b.x += (dx / distance) * push; b.y += (dy / distance) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
}

/**
 * Where each name goes: to the right of its marker, else to the left, preferring a side that covers no other marker;
 * when both sides would cover another name, nowhere. Larger markers are placed first, then larger cities (by
 * population, the server's rank), so where names collide the larger city keeps its name. Boxes are estimated from the
 * length of the name, so placing never makes the browser measure text. Each item is { key, x, y, r, rank, text };
 * the answer maps each key to { side, covers } or null.
 */
export function chooseSides(items) {
  const result = new Map();
  const placed = [];
  const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  const hitsMarker = (box, self) => items.some((o) => o !== self && overlaps(box, { x: o.x - o.r, y: o.y - o.r, w: 2 * o.r, h: 2 * o.r }));
  const order = [...items].sort((a, b) => b.r - a.r || a.rank - b.rank);
  for (const item of order) {
    // 0.8rem bold in the widest common sans (DejaVu Sans) runs to about 8.6 px a letter, plus padding and border.
    const width = item.text.length * 8.6 + 12;
    const gap = Math.max(11, item.r + 4);
    const right = { x: item.x + gap, y: item.y - 12, w: width, h: 24 };
    const left = { x: item.x - gap - width, y: item.y - 12, w: width, h: 24 };
    const clear = (box) => !placed.some((b) => overlaps(box, b));
    const fits = (box) => clear(box) && !hitsMarker(box, item);
    // Best a side that covers neither a name nor a marker; else one that at least covers no name.
    const side = fits(right) ? "right" : fits(left) ? "left" : clear(right) ? "right" : clear(left) ? "left" : null;
    const box = side === "right" ? right : left;
    const covers = Boolean(side) && !fits(box);
    if (side) placed.push(box);
    result.set(item.key, side && { side, covers });
  }
  return result;
}
