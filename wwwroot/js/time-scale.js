// The timeline's scale, mirroring Atlas/TimeScale.cs: the centuries before the pivot (1850) take the first fifth of
// the width, the industrial era the rest. Positions run from 0 to 1000.
export function timeScale(min, max, pivot = 1850, pivotAt = 200) {
  const width = 1000;
  const compressed = min < pivot - 100 && max > pivot;
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  return {
    position(year) {
      const y = clamp(year, min, max);
      if (!compressed) return (width * (y - min)) / Math.max(1, max - min);
      return y <= pivot ? (pivotAt * (y - min)) / (pivot - min) : pivotAt + ((width - pivotAt) * (y - pivot)) / Math.max(1, max - pivot);
    },
    yearAt(position) {
      const p = clamp(position, 0, width);
      const year = !compressed
        ? min + (p / width) * (max - min)
        : p <= pivotAt ? min + (p / pivotAt) * (pivot - min) : pivot + ((p - pivotAt) / (width - pivotAt)) * (max - pivot);
      const whole = Math.sign(year) * Math.round(Math.abs(year));
      return whole === 0 ? 1 : whole;
    },
  };
}
