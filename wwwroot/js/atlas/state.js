// The atlas view's state, its URL, and the rules that decide what a view shows. They mirror AtlasData.cs on the
// server (PhaseAt, NameAt, Shown), so the map drawn here and the list the server renders always agree. Every figure's
// words and marker size come from the server with the data (figure.text, figure.r): nothing is formatted here but years.

import { chinese } from "./words.js";

/** Formats a year for readers, as AtlasYear.Format does: 1965, "475 BCE", "c. 1869"; on a Chinese page as
 * AtlasYear.FormatChinese does: 1965年, 公元前475年, 约1869年. */
export function formatYear(year, approximate = false) {
  if (chinese) return `${approximate ? "约" : ""}${year < 0 ? `公元前${-year}` : String(year)}年`;
  const plain = year < 0 ? `${-year} BCE` : String(year);
  return approximate ? `c. ${plain}` : plain;
}

const inEra = (phase, era) => era == null || phase.era === era;

/** Of the phases (of the era, when given) that cover the year, the one that began last. */
export function phaseAt(city, year, era = null) {
  let found = null;
  for (const phase of city.phases) {
    if (phase.start <= year && (phase.end == null || year <= phase.end) && inEra(phase, era) && (found == null || phase.start > found.start)) {
      found = phase;
    }
  }
  return found;
}

/** Of the phases (of the era, when given) that overlap a range, the one that began last. */
export function phaseWithin(city, from, to, era = null) {
  let found = null;
  for (const phase of city.phases) {
    if (phase.start <= to && (phase.end == null || phase.end >= from) && inEra(phase, era) && (found == null || phase.start > found.start)) {
      found = phase;
    }
  }
  return found;
}

/** The name in use that year (Dukou for Panzhihua in 1970), else the current name. */
export function nameAt(city, year) {
  let name = city.name;
  for (const former of city.formerNames) {
    if ((former.from ?? -Infinity) <= year && year <= (former.to ?? Infinity)) name = former.name;
  }
  return name;
}

/** Whether the state is a range of years (from/to) rather than one year. */
export function isRange(state) {
  return state.from != null && state.to != null;
}

/** The year a view's names, phases and figures are of: the year, or the last year of the range. */
export function yearOf(state) {
  return isRange(state) ? state.to : state.year;
}

/** "1958", or "1953–1980" for a range ("1958" for a range of one year), as AtlasData.YearsOf writes it (AtlasYear.Span). */
export function yearsOf(state) {
  return isRange(state) && state.from !== state.to ? `${formatYear(state.from)}${chinese ? "\u2014" : "–"}${formatYear(state.to)}` : formatYear(yearOf(state));
}

/** The latest figure of the city's main series at or before the year: never one between two a source gave. */
export function figureAt(city, indicator, year) {
  const figures = city.figures?.[indicator];
  if (!figures) return null;
  let found = null;
  for (const figure of figures) if (figure.year <= year) found = figure;
  return found;
}

/**
 * The cities a view shows, each with its phase, its name then and, with a measure, its figure: those with a phase
 * (of the era, when one is chosen) covering the year or overlapping the range, holding the resource when one is chosen.
 */
export function shown(data, state) {
  const result = [];
  const year = yearOf(state);
  const range = isRange(state);
  for (const city of data.cities) {
    if (state.resource && !city.resources.includes(state.resource)) continue;
    const phase = range ? phaseWithin(city, state.from, year, state.era) : phaseAt(city, year, state.era);
    if (phase) result.push({ city, phase, nameThen: nameAt(city, year), figure: state.measure ? figureAt(city, state.measure, year) : null });
  }
  return result;
}

/** Reads the view's state from a query string; the server has already rejected bad values. */
export function readState(search, defaults) {
  const params = new URLSearchParams(search);
  const number = (key) => (params.has(key) && params.get(key) !== "" ? Number(params.get(key)) : null);
  const from = number("from");
  const to = number("to");
  const range = from !== null && to !== null;
  return {
    year: range ? null : number("year") ?? defaults.year,
    from: range ? from : null,
    to: range ? to : null,
    measure: params.get("measure") || null,
    resource: params.get("resource") || null,
    era: params.get("era") || null,
    city: params.get("city") || null,
    lat: number("lat"),
    lon: number("lon"),
    z: number("z"),
    list: params.get("list") || null,
    kind: params.get("kind") || null,
    edition: params.get("edition") || null,
  };
}

/** The query string for a state, keys in the same order as the server writes them, empty values left out. */
export function writeState(state) {
  const params = new URLSearchParams();
  for (const key of ["year", "from", "to", "resource", "era", "city", "lat", "lon", "z", "measure", "list", "kind", "edition"]) {
    const value = state[key];
    if (value !== null && value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
