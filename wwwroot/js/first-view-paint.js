// Paints the markers of the map's first picture (first-view.js) over its basemap, in the worker that paints the
// basemap (basemap-worker.js) or on the page where there is none, and places its names: markers spread and names
// placed by the live map's own rules (atlas/layout.js). The names themselves are the page's (first-view.js lays them
// out with the live map's .map-label-text), so they look exactly as the live map's will.
import { chooseSides, spreadApart, LABEL_LIMIT, MARKER_STROKE } from "./atlas/layout.js";

/**
 * `overlay.items` are the view's cities in the picture's pixels ({ key, x, y, r, rank, text, colour, opacity, dashed }).
 * Answers where the names go: [{ key, text, x, y, side, covers }].
 */
export function paintOverlay(ctx, overlay, ratio) {
  const { items } = overlay;
  spreadApart(items);
  // Leaflet rounds a place to whole pixels (latLngToLayerPoint), before and after markers are spread.
  for (const item of items) {
    item.x = Math.round(item.x);
    item.y = Math.round(item.y);
  }
  const sides = items.length <= LABEL_LIMIT ? chooseSides(items) : new Map();
  ctx.save();
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.strokeStyle = MARKER_STROKE;
  ctx.lineWidth = 2;
  for (const { x, y, r, colour, opacity, dashed } of items) {
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.globalAlpha = opacity;
    ctx.fillStyle = colour;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.setLineDash(dashed ? [3, 3] : []);
    ctx.stroke();
  }
  ctx.restore();
  return items.filter((i) => sides.get(i.key)).map((i) => ({ key: i.key, text: i.text, x: i.x, y: i.y, ...sides.get(i.key) }));
}
