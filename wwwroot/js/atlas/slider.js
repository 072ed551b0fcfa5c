// The year slider on the timeline's scale (time-scale.js, as Atlas/TimeScale.cs): the native range input stays in the
// page for the keyboard (a year an arrow key, a decade a Page key), screen readers and the form, but lies under a track
// drawn here, whose thumb and range band sit where the era bands, ticks and histogram put the year. Play runs the years
// from the first of the industrial eras.
import { timeScale } from "../time-scale.js";
import { formatYear, isRange, yearOf, yearsOf } from "./state.js";
import { word } from "./words.js";

export function createSlider(atlas) {
  const { state, yearInput } = atlas;
  const element = document.querySelector(".slider");
  const yearLabel = document.getElementById("year-label");
  const playButton = document.getElementById("play");
  const scale = timeScale(Number(element.dataset.min), Number(element.dataset.max), Number(element.dataset.pivot), Number(element.dataset.pivotAt));
  const min = Number(yearInput.min);
  const max = Number(yearInput.max);

  const track = document.createElement("div");
  track.className = "scaled-track";
  track.setAttribute("aria-hidden", "true");
  const band = track.appendChild(document.createElement("div"));
  band.className = "scaled-range";
  const thumb = track.appendChild(document.createElement("div"));
  thumb.className = "scaled-thumb";
  element.appendChild(track);
  element.classList.add("scaled");

  placeOnScale();
  new ResizeObserver(() => nameBands()).observe(element);

  let dragging = false;
  const yearAtPointer = (event) => {
    const box = track.getBoundingClientRect();
    return scale.yearAt(((event.clientX - box.left) / box.width) * 1000);
  };
  track.addEventListener("pointerdown", (event) => {
    // The focus goes to the native input (so the keyboard carries on from here), not to the page behind the track.
    event.preventDefault();
    dragging = true;
    track.setPointerCapture(event.pointerId);
    yearInput.focus({ preventScroll: true });
    setYear(yearAtPointer(event));
  });
  track.addEventListener("pointermove", (event) => { if (dragging) setYear(yearAtPointer(event)); });
  track.addEventListener("pointerup", () => { dragging = false; });
  track.addEventListener("pointercancel", () => { dragging = false; });
  yearInput.addEventListener("input", () => setYear(Number(yearInput.value)));
  yearInput.addEventListener("keydown", (event) => {
    if (event.key !== "PageUp" && event.key !== "PageDown") return;
    event.preventDefault();
    setYear(yearOf(state) + (event.key === "PageUp" ? 10 : -10));
  });
  wirePlay();

  /** Ticks and era bands sit at their year on the scale; the server gives positions in thousandths of the width. */
  function placeOnScale() {
    const ticks = [...document.querySelectorAll(".timeline .timeline-ticks [data-x]")];
    for (const tick of ticks) tick.style.left = `${Number(tick.dataset.x) / 10}%`;
    // On a narrow slider a tick that would run into the one before it is hidden (the ends always stay). All boxes are
    // read before any tick is hidden (hiding one moves no other), so the page is laid out once, not once a tick.
    const boxes = ticks.map((tick) => tick.getBoundingClientRect());
    const lastLeft = ticks.length ? boxes[boxes.length - 1].left : Infinity;
    let tickEnd = ticks.length ? boxes[0].right : -Infinity;
    const hide = [];
    for (let i = 1; i < ticks.length - 1; i++) {
      if (boxes[i].left < tickEnd + 6 || boxes[i].right > lastLeft - 6) hide.push(ticks[i]);
      else tickEnd = boxes[i].right;
    }
    for (const tick of hide) tick.hidden = true;
    const bands = document.querySelector(".era-bands");
    bands.classList.add("placed");
    for (const item of bands.children) {
      item.style.left = `${Number(item.dataset.x) / 10}%`;
      item.style.width = `${Number(item.dataset.w) / 10}%`;
      item.addEventListener("click", () => atlas.selectEra?.(item.dataset.era));
    }
    nameBands();
  }

  /** A band too narrow for a few letters of its name shows its colour only (the name stays in its tooltip and for screen
   * readers); a wider one shows as much of its name as fits, with an ellipsis. */
  function nameBands() {
    const bands = [...document.querySelectorAll(".era-bands .era-band")];
    const narrow = bands.map((item) => item.clientWidth < 44);
    bands.forEach((item, i) => item.classList.toggle("unnamed", narrow[i]));
  }

  function setYear(year) {
    // Moving the slider goes back from a range to one year.
    if (isRange(state)) atlas.clearRange(false);
    state.year = Math.max(min, Math.min(max, year));
    yearInput.value = String(state.year);
    atlas.render();
    atlas.writeUrlSoon();
  }

  function wirePlay() {
    let playing = 0;
    const start = Number(playButton.dataset.start);
    const stop = () => {
      clearInterval(playing);
      playing = 0;
      playButton.textContent = word("play");
      playButton.setAttribute("aria-pressed", "false");
    };
    playButton.hidden = false;
    playButton.addEventListener("click", () => {
      if (playing) return stop();
      // From the first year of the industrial eras, unless the view is already within them and not at the end.
      const from = yearOf(state);
      setYear(from >= max || from < start ? start : from);
      playButton.textContent = word("pause");
      playButton.setAttribute("aria-pressed", "true");
      playing = setInterval(() => {
        setYear(state.year + 1);
        if (state.year >= max) stop();
      }, 80);
    });
  }

  return {
    setYear,
    update() {
      const at = (year) => `${scale.position(year) / 10}%`;
      yearLabel.value = yearsOf(state);
      yearInput.setAttribute("aria-valuetext", formatYear(yearOf(state)));
      thumb.style.left = at(yearOf(state));
      band.hidden = !isRange(state);
      if (isRange(state)) {
        band.style.left = at(state.from);
        band.style.width = `${(scale.position(state.to) - scale.position(state.from)) / 10}%`;
      }
      for (const item of document.querySelectorAll(".era-bands .era-band")) item.classList.toggle("selected", item.dataset.era === state.era);
    },
  };
}
