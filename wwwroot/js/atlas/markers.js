// The city markers: drawn on one canvas (marker-canvas.js), so a slider step repaints pixels instead of restyling a
// thousand SVG elements. The canvas is not reachable by keyboard or screen reader; the list of shown cities under the
// map is, and each of its entries opens the city's popup here. Sizes and figure words come from the server.
import { markerCanvas } from "../marker-canvas.js";
import { formatYear, nameAt, yearOf } from "./state.js";
import { chinese, listSeparator, pagePath, word } from "./words.js";
import { eraColours, markerLook, spreadApart, MARKER_STROKE, UNKNOWN_COLOUR } from "./layout.js";

export function createMarkers(atlas) {
  const { L, map, data, state } = atlas;
  const renderer = markerCanvas();
  const markers = new Map();
  const colours = eraColours(data.eras);

  for (const city of data.cities) {
    const marker = L.circleMarker([city.lat, city.lon], {
      renderer, radius: 7, weight: 2, color: MARKER_STROKE, fillColor: UNKNOWN_COLOUR, fillOpacity: 1, city: city.slug, home: L.latLng(city.lat, city.lon),
    });
    marker.bindPopup(() => popupFor(city));
    // The hover name is worked out when the tooltip opens; a text node, so a name is never read as markup.
    marker.bindTooltip(() => document.createTextNode(nameAt(city, yearOf(state))), { direction: "right", offset: [8, 0], className: "atlas-label" });
    marker.on("popupopen", () => { state.city = city.slug; atlas.writeUrl(); });
    marker.on("popupclose", () => { if (state.city === city.slug) { state.city = null; atlas.writeUrl(); } });
    marker.shown = false;
    markers.set(city.slug, marker);
  }

  function popupFor(city) {
    const entry = atlas.visible().find((s) => s.city.slug === city.slug);
    const root = document.createElement("div");
    root.className = "atlas-popup";
    // Opened from the list, the popup holds the focus: Escape closes it and the focus goes back to the list.
    root.addEventListener("keydown", (event) => { if (event.key === "Escape") map.closePopup(); });
    const title = append(root, "p", "popup-title");
    append(title, "strong", null, entry?.nameThen ?? city.name);
    if (entry && entry.nameThen !== city.name) append(title, "span", null, word("now", city.name));
    append(title, "span", "zh", ` ${city.altName}`).lang = city.altLang;
    if (entry) append(root, "p", null, `${entry.phase.title}${chinese ? "，" : ", "}${entry.phase.span} · ${atlas.eraNames.get(entry.phase.era) ?? entry.phase.era}`);
    const measure = atlas.measures.get(state.measure);
    if (entry && measure) append(root, "p", "popup-figure", figureText(atlas, measure, entry.figure));
    append(root, "p", null, word("resources", city.resources.map((r) => atlas.resourceNames.get(r) ?? r).join(listSeparator) || word("noResources")));
    const link = append(append(root, "p"), "a", null, word("cityLink", city.name));
    link.href = pagePath(`/cities/${encodeURIComponent(city.slug)}${state.edition ? `?edition=${encodeURIComponent(state.edition)}` : ""}`);
    return root;
  }

  /** Shows the view's markers and hides the others; restyles only what changed, so the canvas repaints once. */
  function draw(visible) {
    const slugs = new Set(visible.map((s) => s.city.slug));
    for (const [slug, marker] of markers) {
      const show = slugs.has(slug);
      if (marker.shown === show) continue;
      marker.shown = show;
      if (show) marker.addTo(map);
      else marker.remove();
    }
    const measure = atlas.measures.get(state.measure);
    for (const { city, phase, figure } of visible) {
      const marker = markers.get(city.slug);
      const { radius, opacity, dashed } = markerLook(measure, figure, phase);
      if (marker.radiusNow !== radius) { marker.radiusNow = radius; marker.setRadius(radius); }
      if (marker.opacityNow !== opacity) { marker.opacityNow = opacity; marker.setStyle({ fillOpacity: opacity }); }
      if (marker.era !== phase.era || marker.approximate !== dashed) {
        marker.era = phase.era;
        marker.approximate = dashed;
        marker.setStyle({ fillColor: colours.get(phase.era) ?? UNKNOWN_COLOUR, dashArray: dashed ? "3 3" : null });
      }
    }
  }

  /** Pushes apart markers that would hide each other (layout.js); each keeps its city's true place for its popup. */
  function spread(visible) {
    const items = visible.map(({ city }) => {
      const marker = markers.get(city.slug);
      const home = map.latLngToContainerPoint([city.lat, city.lon]);
      return { marker, home, x: home.x, y: home.y, r: marker.radiusNow ?? 7 };
    });
    spreadApart(items);
    for (const item of items) {
      const next = item.x === item.home.x && item.y === item.home.y ? item.marker.options.home : map.containerPointToLatLng([item.x, item.y]);
      const now = item.marker.getLatLng();
      if (now.lat !== next.lat || now.lng !== next.lng) item.marker.setLatLng(next);
    }
  }

  /** Opens a linked city's popup without panning the map away from the linked view. */
  function openLinked(slug) {
    const marker = markers.get(slug);
    const popup = marker.getPopup();
    popup.options.autoPan = false;
    marker.openPopup();
    popup.options.autoPan = true;
  }

  return { get: (slug) => markers.get(slug), draw, spread, openLinked };
}

/** "Crude steel: 15.3 Mt in 2018 (source)", the figure's words as the server wrote them. */
export function figureText(atlas, measure, figure) {
  return figure ? word("figureSource", measure.name, figure.text, figure.source) : word("noFigure", measure.name, formatYear(yearOf(atlas.state)));
}

export function append(parent, tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  parent.appendChild(element);
  return element;
}
