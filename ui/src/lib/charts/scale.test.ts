import { describe, expect, test } from 'vitest';
import { PERCENT_AXIS, bands, barLength, countAxis, fitLabel, textWidth } from './scale';

describe('countAxis', () => {
  test('holds the largest value with at most four round steps', () => {
    expect(countAxis(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(countAxis(4)).toEqual({ max: 4, ticks: [0, 1, 2, 3, 4] });
    expect(countAxis(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(countAxis(12)).toEqual({ max: 15, ticks: [0, 5, 10, 15] });
    expect(countAxis(47)).toEqual({ max: 60, ticks: [0, 20, 40, 60] });
    expect(countAxis(523)).toEqual({ max: 600, ticks: [0, 200, 400, 600] });
  });

  test('counts are whole: never a step below 1', () => {
    expect(countAxis(1)).toEqual({ max: 1, ticks: [0, 1] });
    expect(countAxis(2)).toEqual({ max: 2, ticks: [0, 1, 2] });
  });

  test('an empty chart still has the axis 0–1', () => {
    expect(countAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(countAxis(-3)).toEqual({ max: 1, ticks: [0, 1] });
    expect(countAxis(Number.NaN)).toEqual({ max: 1, ticks: [0, 1] });
  });

  test('the number of steps can be asked for', () => {
    expect(countAxis(10, 2)).toEqual({ max: 10, ticks: [0, 5, 10] });
  });

  test('percent runs 0–100 by quarters', () => {
    expect(PERCENT_AXIS.ticks).toEqual([0, 25, 50, 75, 100]);
  });
});

describe('barLength', () => {
  test('is proportional, clamped to the axis, and 0 for nothing', () => {
    expect(barLength(5, 10, 200)).toBe(100);
    expect(barLength(10, 10, 200)).toBe(200);
    expect(barLength(15, 10, 200)).toBe(200);
    expect(barLength(0, 10, 200)).toBe(0);
    expect(barLength(-1, 10, 200)).toBe(0);
    expect(barLength(5, 0, 200)).toBe(0);
    expect(barLength(5, 10, 0)).toBe(0);
  });
});

describe('bands', () => {
  test('splits the width into equal bands with the bars centred side by side', () => {
    const [first, second] = bands(2, 200, 2);
    expect(first.start).toBe(0);
    expect(first.width).toBe(100);
    expect(second.start).toBe(100);
    // Bars at most 28 px wide: 2 × 28 centred in 100.
    expect(first.bars).toEqual([
      { start: 22, width: 28 },
      { start: 50, width: 28 },
    ]);
    expect(second.bars[0].start).toBe(122);
  });

  test('narrow bands make narrow bars, with room between the groups', () => {
    const layout = bands(12, 360, 2);
    expect(layout).toHaveLength(12);
    const [a, b] = layout[0].bars;
    expect(a.width).toBeCloseTo(12);
    expect(b.start).toBeCloseTo(a.start + a.width);
    expect(layout[1].bars[0].start - (b.start + b.width)).toBeGreaterThan(4);
  });

  test('nothing to lay out gives nothing', () => {
    expect(bands(0, 300, 2)).toEqual([]);
    expect(bands(3, 0, 2)).toEqual([]);
  });
});

describe('labels', () => {
  test('wider letters and longer texts measure wider', () => {
    expect(textWidth('', 12)).toBe(0);
    expect(textWidth('ШШШ', 12)).toBeGreaterThan(textWidth('ааа', 12));
    expect(textWidth('Учреждения культуры', 12)).toBeGreaterThan(textWidth('СМИ', 12));
    expect(textWidth('abc', 24)).toBeCloseTo(2 * textWidth('abc', 12));
  });

  test('a label that fits stays whole; a longer one is cut with an ellipsis inside the room', () => {
    expect(fitLabel('СМИ', 100, 12)).toBe('СМИ');
    const long = 'Правоохранительные органы и службы безопасности';
    const cut = fitLabel(long, 150, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(150);
    // No space is left before the ellipsis.
    expect(cut).not.toMatch(/\s…$/);
  });

  test('no room at all leaves just the ellipsis', () => {
    expect(fitLabel('Қазақстан', 2, 12)).toBe('…');
  });
});
