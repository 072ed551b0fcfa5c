// How the basemap is painted, shared by the worker that paints it off the page's main thread (basemap-worker.js) and
// by the page itself where a browser has no OffscreenCanvas (basemap.js): the paths of a level of detail, and one
// picture of them for a view.

// Two levels of detail: the coarse one for views from zoom 4 out, the fine one closer in, each fetched when first needed.
const FINE = "/lib/basemap/paths.json";
const COARSE = "/lib/basemap/paths-coarse.json";
const COARSE_UP_TO_ZOOM = 4;
const UNITS = 1000; // the files' coordinates are thousandths of a pixel at zoom 0

const levels = new Map();

/** The paths for a zoom, fetched and made into Path2D objects (which the browser parses natively) once per level. */
export function pathsFor(zoom) {
  const url = zoom <= COARSE_UP_TO_ZOOM ? COARSE : FINE;
  if (!levels.has(url)) {
    levels.set(url, fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json();
    }).then((data) => {
      const paths = {};
      for (const key of ["china", "countries", "borders", "provinces"]) paths[key] = new Path2D(data[key]);
      return paths;
    }));
  }
  return levels.get(url);
}

/**
 * Paints a view into a 2D context of ratio × its size: `min` is the top left corner in Leaflet's layer points,
 * `origin` the map's pixel origin and `zoom` its zoom, so the world's pixels at zoom 0 are scaled to the zoom and
 * moved to the layer's.
 */
export function paint(ctx, paths, view) {
  const scale = 2 ** view.zoom / UNITS; // Web Mercator: the world is 256 × 2^zoom pixels wide, the files' 256,000 units
  ctx.save();
  ctx.setTransform(view.ratio, 0, 0, view.ratio, -view.ratio * (view.minX + view.originX), -view.ratio * (view.minY + view.originY));
  ctx.scale(scale, scale);
  ctx.fillStyle = "#e9ecef";
  ctx.fill(paths.countries, "evenodd");
  ctx.fillStyle = "#faf6ee";
  ctx.fill(paths.china, "evenodd");
  ctx.lineJoin = "round";
  ctx.lineCap = "round";
  ctx.strokeStyle = "#8c959f";
  ctx.lineWidth = 0.8 / scale;
  ctx.stroke(paths.borders);
  ctx.strokeStyle = "#b7a98f";
  ctx.lineWidth = 0.6 / scale;
  ctx.stroke(paths.provinces);
  ctx.restore();
}
