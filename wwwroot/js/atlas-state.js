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

/** The cities a view shows, each with its phase and name that year. */
export function shown(data, state) {
  const result = [];
  for (const city of data.cities) {
    if (state.resource && !city.resources.includes(state.resource)) continue;
    if (state.era && !city.phases.some((p) => p.era === state.era)) continue;
    const phase = phaseAt(city, state.year);
    if (phase) result.push({ city, phase, nameThen: nameAt(city, state.year) });
  }
  return result;
}

/** Reads the view's state from a query string; the server has already rejected bad values. */
export function readState(search, defaults) {
  const params = new URLSearchParams(search);
  const number = (key) => (params.has(key) && params.get(key) !== "" ? Number(params.get(key)) : null);
  return {
    year: number("year") ?? defaults.year,
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
  for (const key of ["year", "resource", "era", "city", "lat", "lon", "z", "edition"]) {
    const value = state[key];
    if (value !== null && value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
