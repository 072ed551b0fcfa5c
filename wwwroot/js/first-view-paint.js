// Paints the markers of the map's first picture (first-view.js) over its basemap, in the worker that paints the
// basemap (basemap-worker.js) or on the page where there is none, and places its names: markers spread and names
// placed by the live map's own rules (atlas/layout.js). The names themselves are the page's (first-view.js lays them
// out with the live map's .map-label-text), so they look exactly as the live map's will.
import { chooseSides, spreadApart, LABEL_LIMIT, MARKER_STROKE } from "./atlas/layout.js";

/**
 * `overlay.items` are the view's cities in the picture's pixels ({ key, x, y, r, rank, text, colour, opacity, dashed }),
 * `overlay.sites` the sites of its list ({ x, y, colour }), drawn first as small squares so the cities stay on top.
 * Answers where the names go: [{ key, text, x, y, side, covers }].
 */
export function paintOverlay(ctx, overlay, ratio) {
  const { items, sites = [] } = overlay;
  spreadApart(items);
  // Leaflet rounds a place to whole pixels (latLngToLayerPoint), before and after markers are spread.
  for (const item of items) {
    item.x = Math.round(item.x);
    item.y = Math.round(item.y);
  }
  const sides = items.length <= LABEL_LIMIT ? chooseSides(items) : new Map();
  ctx.save();
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.strokeStyle = "#ffffff";
  ctx.lineWidth = 1.5;
  for (const { x, y, colour } of sites) {
    ctx.fillStyle = colour;
    ctx.fillRect(x - 5, y - 5, 10, 10);
    ctx.strokeRect(x - 5, y - 5, 10, 10);
  }
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
