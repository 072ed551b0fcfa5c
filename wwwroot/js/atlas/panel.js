// The panel of filters over the map: resource, era, measure, a range of years, and the sites of an official list. On a wide screen it is open beside
// the map and folds away with its button; on a phone it is a sheet (a modal dialog: the browser traps the focus in it,
// Escape closes it, and the focus goes back to the button that opened it).
import { formatYear } from "./state.js";
import { word } from "./words.js";

const WIDE = "(min-width: 1100px)";

export function createPanel(atlas) {
  const { state, data, yearInput } = atlas;
  const form = document.getElementById("atlas-controls");
  const resourceSelect = document.getElementById("resource");
  const eraSelect = document.getElementById("era");
  const measureSelect = document.getElementById("measure");
  const listSelect = document.getElementById("list");
  const kindSelect = document.getElementById("kind");
  const fromInput = document.getElementById("from");
  const toInput = document.getElementById("to");
  const clearRangeButton = document.getElementById("clear-range");
  const min = Number(yearInput.min);
  const max = Number(yearInput.max);

  form.addEventListener("submit", (event) => event.preventDefault());
  const changed = () => { atlas.render(); atlas.writeUrl(); };
  resourceSelect.addEventListener("change", () => { state.resource = resourceSelect.value || null; changed(); });
  measureSelect.addEventListener("change", () => { state.measure = measureSelect.value || null; changed(); });
  listSelect.addEventListener("change", () => { state.list = listSelect.value || null; changed(); });
  kindSelect.addEventListener("change", () => { state.kind = kindSelect.value || null; changed(); });
  eraSelect.addEventListener("change", () => selectEra(eraSelect.value || null));

  /** An era shows its years as a range, each city in its phase of that era; "All eras" keeps the years shown. */
  function selectEra(slug) {
    state.era = slug;
    eraSelect.value = slug ?? "";
    const era = data.eras.find((e) => e.slug === slug);
    if (era) setRange(Math.max(min, era.start), Math.min(max, era.end ?? max));
    else changed();
  }
  atlas.selectEra = selectEra;

  function setRange(from, to) {
    state.from = from;
    state.to = to;
    state.year = null;
    fromInput.value = String(from);
    toInput.value = String(to);
    fromInput.setCustomValidity("");
    toInput.setCustomValidity("");
    yearInput.value = String(to);
    clearRangeButton.hidden = false;
    changed();
  }

  const rangeChanged = () => {
    const from = fromInput.value === "" ? null : Number(fromInput.value);
    const to = toInput.value === "" ? null : Number(toInput.value);
    const valid = (y) => y !== null && Number.isInteger(y) && y >= min && y <= max;
    if (!valid(from) || !valid(to) || from > to) {
      fromInput.setCustomValidity(valid(from) || from === null ? "" : word("rangeFrom", formatYear(min), formatYear(max)));
      toInput.setCustomValidity(to === null || (valid(to) && (from === null || from <= to)) ? "" : word("rangeOrder"));
      return;
    }
    setRange(from, to);
  };
  fromInput.addEventListener("change", rangeChanged);
  toInput.addEventListener("change", rangeChanged);
  clearRangeButton.addEventListener("click", () => clearRange(true));

  /** Leaves a range for the single year at its end; <redraw> redraws and writes the URL at once. */
  function clearRange(redraw) {
    if (state.from == null || state.to == null) return;
    state.year = state.to;
    state.from = null;
    state.to = null;
    fromInput.value = "";
    toInput.value = "";
    clearRangeButton.hidden = true;
    if (redraw) {
      yearInput.value = String(state.year);
      changed();
    }
  }
  atlas.clearRange = clearRange;
  const sheet = wireSheet();
  return {
    /** How much of the map's width the open panel covers beside it (none when folded or laid over the top on a phone). */
    openWidth: () => (sheet.open && !sheet.matches(":modal") && window.matchMedia(WIDE).matches ? document.querySelector(".map-panel").offsetWidth : 0),
  };

  function wireSheet() {
    const toggle = document.getElementById("filters-toggle");
    const sheet = document.getElementById("filters-sheet");
    const done = document.getElementById("filters-close");
    const wide = window.matchMedia(WIDE);
    if (!wide.matches) sheet.close();
    const expanded = () => toggle.setAttribute("aria-expanded", String(sheet.open));
    expanded();
    toggle.addEventListener("click", () => {
      if (sheet.open) sheet.close();
      else if (window.matchMedia("(max-width: 640px)").matches) {
        done.hidden = false;
        sheet.showModal();
      } else {
        sheet.classList.add("unfolded");
        sheet.show();
      }
      expanded();
    });
    done.addEventListener("click", () => sheet.close());
    // The modal sheet keeps Tab inside it (the browser would otherwise let it out to its own toolbar and back).
    sheet.addEventListener("keydown", (event) => {
      if (event.key !== "Tab" || !sheet.matches(":modal")) return;
      const items = [...sheet.querySelectorAll("select, input:not([type=hidden]), button")].filter((e) => !e.hidden && e.offsetParent !== null);
      const edge = event.shiftKey ? items[0] : items[items.length - 1];
      if (document.activeElement !== edge) return;
      event.preventDefault();
      (event.shiftKey ? items[items.length - 1] : items[0]).focus();
    });
    sheet.addEventListener("close", () => {
      done.hidden = true;
      expanded();
    });
    return sheet;
  }
}
