// What the page says about the view: the title line, the count, the sentence above the list, the legend, and the list
// of shown cities. The wording is the server's (each changing word sits in a data-part it wrote); this fills the parts.
import { formatYear, isRange, yearOf, yearsOf } from "./state.js";
import { chinese, listSeparator, pagePath, word } from "./words.js";
import { append, figureText } from "./markers.js";

const SVG = "http://www.w3.org/2000/svg";

export function createList(atlas, markers) {
  const { data, state } = atlas;
  const listElement = document.getElementById("atlas-list");
  const count = document.getElementById("atlas-count");
  const legend = document.getElementById("measure-legend");
  const eraLegend = document.getElementById("era-legend");
  const empty = document.querySelector(".atlas-list-section .empty");
  let timer = 0;
  let key = null;

  listElement.addEventListener("click", openFromList);

  /** Fills every data-part of the title, the sentence and the legend caption for the state. */
  function describe(visible) {
    const resource = state.resource ? atlas.resourceNames.get(state.resource) : "";
    const era = state.era ? atlas.eraNames.get(state.era) : "";
    const measure = atlas.measures.get(state.measure);
    const parts = {
      in: isRange(state) ? word("activeIn") : word("in"),
      years: yearsOf(state),
      year: formatYear(yearOf(state)),
      count: String(visible.length),
      "resource-name": resource,
      "era-name": era,
      "measure-name": measure ? (chinese ? measure.name : measure.name.toLowerCase()) : "",
      "measure-title": measure ? measure.name : "",
    };
    const shownParts = {
      "resource-clause": Boolean(state.resource), "era-clause": Boolean(state.era), "measure-clause": Boolean(measure),
      "when-year": !isRange(state), "when-range": isRange(state),
    };
    for (const element of document.querySelectorAll("[data-part]")) {
      const part = element.dataset.part;
      if (part in parts && element.textContent !== parts[part]) element.textContent = parts[part];
      if (part in shownParts) element.hidden = !shownParts[part];
    }
    count.textContent = word("count", visible.length, data.cities.length);
    const eras = new Set(visible.map((v) => v.phase.era));
    for (const item of eraLegend.children) item.hidden = !eras.has(item.dataset.era);
    renderLegend(measure);
  }

  /** The size legend: circles and words the server worked out for the measure (measure.legend). */
  function renderLegend(measure) {
    legend.hidden = !measure;
    if (!measure || legend.dataset.measure === measure.slug) return;
    legend.dataset.measure = measure.slug;
    const parts = [];
    measure.legend.forEach((entry, i) => {
      const circle = document.createElementNS(SVG, "circle");
      circle.setAttribute("class", "legend-circle");
      circle.setAttribute("cx", String(30 + i * 75));
      circle.setAttribute("cy", String(56 - entry.r));
      circle.setAttribute("r", String(entry.r));
      const text = document.createElementNS(SVG, "text");
      text.setAttribute("class", "legend-value");
      text.setAttribute("x", String(30 + i * 75));
      text.setAttribute("y", "70");
      text.setAttribute("text-anchor", "middle");
      text.textContent = entry.label;
      parts.push(circle, text);
    });
    legend.querySelector("svg").replaceChildren(...parts);
  }

  function schedule(visible) {
    clearTimeout(timer);
    timer = setTimeout(() => renderNow(visible), 120);
  }

  /**
   * The list is the way to the markers for keyboards and screen readers: its button opens the city's popup on the
   * map and moves the focus into it; closing the popup brings the focus back to the button.
   */
  function openFromList(event) {
    const button = event.target.closest("button.show-on-map");
    const marker = button && markers.get(button.dataset.city);
    if (!marker?.shown) return;
    marker.openPopup();
    const content = marker.getPopup().getElement()?.querySelector(".atlas-popup");
    if (!content) return;
    content.tabIndex = -1;
    content.focus();
    marker.once("popupclose", () => {
      if (content.contains(document.activeElement) || document.activeElement === document.body) {
        listElement.querySelector(`button.show-on-map[data-city="${CSS.escape(marker.options.city)}"]`)?.focus();
      }
    });
  }

  function renderNow(visible) {
    clearTimeout(timer);
    const measure = atlas.measures.get(state.measure);
    // An unchanged list is left alone, and a changed one keeps the focus on the city it was on.
    const next = visible.map(({ city, phase, nameThen, figure }) => `${city.slug} ${phase.era} ${phase.start} ${nameThen} ${measure ? figureText(atlas, measure, figure) : ""}`).join("\n");
    if (empty) empty.hidden = visible.length > 0;
    if (next === key) return;
    key = next;
    const focused = document.activeElement?.closest("#atlas-list button.show-on-map")?.dataset.city;
    listElement.replaceChildren(...visible.map(({ city, phase, nameThen, figure }) => {
      const li = document.createElement("li");
      li.dataset.city = city.slug;
      li.dataset.era = phase.era;
      const link = append(li, "a", null, nameThen);
      link.href = pagePath(`/cities/${encodeURIComponent(city.slug)}`);
      if (nameThen !== city.name) append(li, "span", "now-called", word("now", city.name));
      append(li, "span", null, ` ${city.altName}`).lang = city.altLang;
      append(li, "span", "list-phase", ` ${phase.title}${chinese ? "，" : ", "}${phase.span} · ${atlas.eraNames.get(phase.era) ?? phase.era}`);
      append(li, "span", "list-resources", ` ${city.resources.map((r) => atlas.resourceNames.get(r) ?? r).join(listSeparator)}`);
      if (measure) append(li, "span", "list-figure", ` ${figureText(atlas, measure, figure)}`);
      const button = append(li, "button", "show-on-map", word("showBefore"));
      button.type = "button";
      button.dataset.city = city.slug;
      append(button, "span", "visually-hidden", `${nameThen} `);
      button.append(word("showAfter"));
      return li;
    }));
    if (focused) listElement.querySelector(`button.show-on-map[data-city="${CSS.escape(focused)}"]`)?.focus();
  }

  return { describe, schedule, renderNow };
}
