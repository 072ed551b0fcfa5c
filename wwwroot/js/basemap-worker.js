// Paints the basemap off the page's main thread: the page sends a view, this answers with its picture (an
// ImageBitmap, handed over without a copy). Only the latest view is painted; one asked for meanwhile replaces it.
import { pathsFor, paint } from "./basemap-paint.js";

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
      paint(canvas.getContext("2d"), paths, view);
      const bitmap = canvas.transferToImageBitmap();
      self.postMessage({ seq: view.seq, bitmap }, [bitmap]);
    } catch (error) {
      self.postMessage({ seq: view.seq, error: String(error) });
    }
  }
  busy = false;
}
