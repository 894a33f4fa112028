// The geometry the charts share: a value axis with round gridlines, the bands of a bar chart,
// labels cut to the room they have, and the width of the box a chart is drawn in. Only
// arithmetic of drawing: the figures themselves come from the core.

export interface Axis {
  /** The top of the axis: the last gridline, at or above the largest value. */
  max: number;
  /** The gridlines from 0 to `max`, evenly spaced at a round step (1, 2, 5 × 10ⁿ). */
  ticks: number[];
}

/**
 * A value axis from 0 that holds `largest` with at most `intervals` round steps. Counts are
 * whole, so the step is never below 1; an empty chart still gets the axis 0–1.
 */
export function countAxis(largest: number, intervals = 4): Axis {
  const top = Number.isFinite(largest) && largest > 0 ? largest : 1;
  let step = 1;
  for (let power = 1; ; power *= 10) {
    const found = [1, 2, 5].map((m) => m * power).find((s) => Math.ceil(top / s) <= intervals);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  const n = Math.ceil(top / step);
  return { max: n * step, ticks: Array.from({ length: n + 1 }, (_, i) => i * step) };
}

/** The axis of shares in percent: 0, 25, 50, 75, 100. */
export const PERCENT_AXIS: Axis = { max: 100, ticks: [0, 25, 50, 75, 100] };

/** How long a bar of `value` is on an axis up to `max` drawn `length` pixels long (clamped). */
export function barLength(value: number, max: number, length: number): number {
  if (!(max > 0) || !(value > 0) || !(length > 0)) return 0;
  return (Math.min(value, max) / max) * length;
}

export interface Band {
  /** Where the band starts and how wide it is. */
  start: number;
  width: number;
  /** The bars inside it, side by side, centred, with a gap of a fifth of the band's width. */
  bars: { start: number; width: number }[];
}

/**
 * Splits `length` pixels into `count` equal bands, each holding `bars` bars side by side
 * (a month's planned and held). Bars are at most `maxBar` pixels wide.
 */
export function bands(count: number, length: number, bars: number, maxBar = 28): Band[] {
  if (count <= 0 || length <= 0) return [];
  const width = length / count;
  const inner = width * 0.8;
  const bar = Math.min(maxBar, inner / Math.max(1, bars));
  const first = (width - bar * bars) / 2;
  return Array.from({ length: count }, (_, i) => {
    const start = i * width;
    return {
      start,
      width,
      bars: Array.from({ length: bars }, (_, j) => ({ start: start + first + j * bar, width: bar })),
    };
  });
}

/**
 * A generous guess at how wide `text` is at `fontSize` pixels in the interface font: Cyrillic
 * and Latin letters average a little under 0.6 em, digits and spaces less. SVG text does not
 * wrap or cut itself, so labels are cut by this guess before they could run over.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.3;
    else if (/[0-9.,:·%–-]/.test(ch)) em += 0.56;
    else if (/[ШЩЖМЮФЫшщжмюфыWMmw]/.test(ch)) em += 0.85;
    else if (/[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]/.test(ch)) em += 0.7;
    else em += 0.58;
  }
  return em * fontSize;
}

/** `text` as it fits in `room` pixels at `fontSize`: whole, or cut with «…». */
export function fitLabel(text: string, room: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= room) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  // The longest head that fits together with the ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('').trimEnd() + '…', fontSize) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '…' : chars.slice(0, lo).join('').trimEnd() + '…';
}

/**
 * Keeps `set` told of `node`'s width, now and whenever it changes (the window resized). Where
 * nothing measures layout (the test DOM), the width stays 0 and the chart uses its fallback.
 */
export function observeWidth(node: HTMLElement, set: (width: number) => void): () => void {
  set(node.clientWidth);
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(() => set(node.clientWidth));
  observer.observe(node);
  return () => observer.disconnect();
}
