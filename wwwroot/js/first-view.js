// A map's first picture. Leaflet and a live map load when the reader first does anything on the page (moves the
// pointer, touches, scrolls, presses a key: onFirstInput); until then the map's box shows a picture of the same view,
// drawn without Leaflet by the worker that paints the live map's basemap: the bundled basemap, and the markers and
// names placed by the live map's rules (first-view-paint.js, atlas/layout.js), in Web Mercator pixels as Leaflet
// projects them. So a phone that only looks spends its time on nothing else, and the live map takes over without a jump.
import { paintView } from "./basemap.js";

const MAX_LATITUDE = 85.0511287798; // Leaflet's Spherical Mercator stops here
// What counts as the reader's first input: anything a person does on a page, and nothing a page does by itself.
const FIRST_INPUT = ["pointerdown", "pointermove", "touchstart", "wheel", "keydown", "focusin", "scroll"];

/**
 * Calls `start` once, on the reader's first input anywhere on the page. The page says whether it is waiting for one
 * (data-first-input="awaited", then "seen"), for anyone driving it (the browser tests).
 */
export function onFirstInput(start) {
  const root = document.documentElement;
  const go = () => {
    for (const type of FIRST_INPUT) removeEventListener(type, go, { capture: true });
    root.dataset.firstInput = "seen";
    start();
  };
  for (const type of FIRST_INPUT) addEventListener(type, go, { capture: true, passive: true });
  root.dataset.firstInput ??= "awaited";
}

/** Loads Leaflet's script where the page has not (an embed links it itself); once. */
export function loadLeaflet(src) {
  if (window.L || !src) return Promise.resolve();
  leaflet ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`Leaflet could not be loaded from ${src}`));
    document.head.append(script);
  });
  return leaflet;
}

let leaflet = null;

/**
 * Draws a picture of a map into a canvas laid in its box. `frame` is where the live map will stand ({ width, height,
 * zoom, lat, lon, panX }: setView on lat, lon at zoom, then panBy panX), `cities` what it shows ({ key, lat, lon, r,
 * rank, text, colour, opacity, dashed }, the names placed by atlas/layout.js), `sites` the sites of an official list
 * under them ({ lat, lon, colour }). Answers { remove() } for when the live map is drawn.
 */
export function drawMapPicture(element, frame, cities, sites = []) {
  const { width, height, zoom } = frame;
  if (!width || !height) return { remove() {} };
  const ratio = window.devicePixelRatio > 1 ? 2 : 1; // as Leaflet's L.Browser.retina
  const world = 256 * 2 ** zoom;
  const project = (lat, lon) => {
    const sin = Math.sin((Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180);
    return { x: (world * (lon + 180)) / 360, y: world * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) };
  };
  // Leaflet's pixel origin for setView (rounded), moved by the pan that makes room for an open panel.
  const centre = project(frame.lat, frame.lon);
  const originX = Math.round(centre.x - width / 2) + (frame.panX ?? 0);
  const originY = Math.round(centre.y - height / 2);
  // Leaflet rounds a place to whole pixels (latLngToLayerPoint).
  const items = cities.map(({ lat, lon, ...city }) => {
    const p = project(lat, lon);
    return { ...city, x: Math.round(p.x) - originX, y: Math.round(p.y) - originY };
  });
  const points = sites.map(({ lat, lon, colour }) => {
    const p = project(lat, lon);
    return { colour, x: Math.round(p.x) - originX, y: Math.round(p.y) - originY };
  });
  const canvas = document.createElement("canvas");
  canvas.className = "first-view";
  canvas.setAttribute("aria-hidden", "true");
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  element.append(canvas);
  const names = document.createElement("div");
  names.className = "first-view first-view-names";
  names.setAttribute("aria-hidden", "true");
  names.style.width = canvas.style.width;
  names.style.height = canvas.style.height;
  let removed = false;
  // The picture is handed over as it comes from the worker, without a copy; the names are the live map's own boxes.
  paintView({ seq: 0, zoom, width, height, ratio, minX: 0, minY: 0, originX, originY, overlay: { items, sites: points } }).then((answer) => {
    if (removed || !answer.bitmap) return answer.bitmap?.close();
    canvas.getContext("bitmaprenderer").transferFromImageBitmap(answer.bitmap);
    for (const name of answer.names ?? []) {
      const label = names.appendChild(document.createElement("span"));
      label.className = `map-label${name.side === "left" ? " left" : ""}`;
      label.style.transform = `translate(${name.x}px, ${name.y}px)`;
      label.appendChild(document.createElement("span")).className = "map-label-text";
      label.firstChild.textContent = name.text;
    }
    element.append(names);
    // What the picture shows, for anyone checking that the live map shows the same (the browser tests).
    canvas.dataset.drawn = String(items.length);
    canvas.dataset.sites = String(points.length);
    canvas.dataset.named = (answer.names ?? []).map((n) => `${n.key}:${n.side}`).join(" ");
  });

  return {
    remove() {
      removed = true;
      canvas.remove();
      names.remove();
    },
  };
}
