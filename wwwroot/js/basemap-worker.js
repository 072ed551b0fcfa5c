// Paints the basemap off the page's main thread: the page sends a view, this answers with its picture (an
// ImageBitmap, handed over without a copy). Only the latest view is painted; one asked for meanwhile replaces it.
import { pathsFor, paint } from "./basemap-paint.js";
import { paintOverlay } from "./first-view-paint.js";

let latest = null;
let busy = false;

self.onmessage = (event) => {
  latest = event.data;
  if (!busy) next();
};

async function next() {
  busy = true;
  while (latest) {
    const view = latest;
    latest = null;
    try {
      const paths = await pathsFor(view.zoom);
      if (latest) continue; // a newer view came while the paths loaded
      const canvas = new OffscreenCanvas(Math.round(view.width * view.ratio), Math.round(view.height * view.ratio));
      const ctx = canvas.getContext("2d");
      paint(ctx, paths, view);
      // The map's first picture has its markers painted over it here too, and its names placed.
      const names = view.overlay ? paintOverlay(ctx, view.overlay, view.ratio) : undefined;
      const bitmap = canvas.transferToImageBitmap();
      self.postMessage({ seq: view.seq, bitmap, names }, [bitmap]);
    } catch (error) {
      self.postMessage({ seq: view.seq, error: String(error) });
    }
  }
  busy = false;
}
