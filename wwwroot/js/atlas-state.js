// The atlas view's state and the rules that decide what a view shows. They mirror AtlasData.cs on the server
// (PhaseAt, NameAt, Shown), so the map drawn here and the list the server renders always agree.

/** Formats a year for readers: 1965, "475 BCE", "c. 1869". */
export function formatYear(year, approximate = false) {
  const plain = year < 0 ? `${-year} BCE` : String(year);
  return approximate ? `c. ${plain}` : plain;
}

export function phaseSpan(phase) {
  const end = phase.end == null ? "today" : formatYear(phase.end, phase.endApprox);
  return `${formatYear(phase.start, phase.startApprox)}–${end}`;
}

/** Of the phases that cover the year, the one that began last. */
export function phaseAt(city, year) {
  let found = null;
  for (const phase of city.phases) {
    if (phase.start <= year && (phase.end == null || year <= phase.end) && (found == null || phase.start > found.start)) {
      found = phase;
    }
  }
  return found;
}

/** The name in use that year (Dukou for Panzhihua in 1970), else the current name. */
export function nameAt(city, year) {
  let name = city.name;
  for (const former of city.formerNames) {
    if ((former.from ?? -Infinity) <= year && year <= (former.to ?? Infinity)) {
      name = former.name;
    }
  }
  return name;
}

/** Of the phases that overlap a range, the one that began last. */
export function phaseWithin(city, from, to) {
  let found = null;
  for (const phase of city.phases) {
    if (phase.start <= to && (phase.end == null || phase.end >= from) && (found == null || phase.start > found.start)) {
      found = phase;
    }
  }
  return found;
}

/** Whether the state is a range of years (from/to) rather than one year. */
export function isRange(state) {
  return state.from != null && state.to != null;
}

/** The year a view's names, phases and figures are of: the year, or the last year of the range. */
export function yearOf(state) {
  return isRange(state) ? state.to : state.year;
}

/** The latest figure of the city's main series at or before the year: never one between two a source gave. */
export function figureAt(city, indicator, year) {
  const figures = city.figures?.[indicator];
  if (!figures) return null;
  let found = null;
  for (const figure of figures) if (figure.year <= year) found = figure;
  return found;
}

/** The cities a view shows, each with its phase, its name then and, with a measure, its figure. */
export function shown(data, state) {
  const result = [];
  const year = yearOf(state);
  const range = isRange(state);
  for (const city of data.cities) {
    if (state.resource && !city.resources.includes(state.resource)) continue;
    if (state.era && !city.phases.some((p) => p.era === state.era)) continue;
    const phase = range ? phaseWithin(city, state.from, year) : phaseAt(city, year);
    if (phase) result.push({ city, phase, nameThen: nameAt(city, year), figure: state.measure ? figureAt(city, state.measure, year) : null });
  }
  return result;
}

/** A marker's radius for a figure: area proportional to the figure (Atlas/TimeScale.cs, MeasureScale). */
export const MAX_RADIUS = 26;
export function radiusOf(value, max) {
  return max > 0 ? MAX_RADIUS * Math.sqrt(Math.max(0, value) / max) : 0;
}

const SCALES = {
  t: [[1e6, "Mt"], [1e3, "kt"], [1, "t"]],
  people: [[1e6, "million people"], [1, "people"]],
  m3: [[1e9, "billion m³"], [1e6, "million m³"], [1, "m³"]],
  yuan: [[1e9, "billion yuan"], [1e6, "million yuan"], [1, "yuan"]],
  vehicles: [[1e3, "thousand vehicles"], [1, "vehicles"]],
  kWh: [[1e9, "billion kWh"], [1e6, "million kWh"], [1, "kWh"]],
};

function number(value) {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return Number(value.toFixed(digits)).toLocaleString("en-US", { maximumFractionDigits: digits });
}

/** A figure for readers, as Charts/Figures.Format writes it: "12.3 Mt", "3.33 million people", "c. 843 kt". */
export function formatFigure(value, unit, approximate = false) {
  let text = `${number(value)} ${unit}`;
  for (const [factor, name] of SCALES[unit] ?? []) {
    if (value >= factor || factor === 1) {
      text = factor === 1 ? `${value.toLocaleString("en-US", { maximumFractionDigits: 2 })} ${name}` : `${number(value / factor)} ${name}`;
      break;
    }
  }
  return approximate ? `c. ${text}` : text;
}

/** "12.3 Mt in 1983": the figure with its own year. */
export function figureLabel(figure, unit) {
  return `${formatFigure(figure.value, unit, figure.approx)} in ${formatYear(figure.year, figure.yearApprox)}`;
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
    edition: params.get("edition") || null,
  };
}

/** The query string for a state, keys in the same order as the server writes them, empty values left out. */
export function writeState(state) {
  const params = new URLSearchParams();
  for (const key of ["year", "from", "to", "resource", "era", "city", "lat", "lon", "z", "measure", "edition"]) {
    const value = state[key];
    if (value !== null && value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
