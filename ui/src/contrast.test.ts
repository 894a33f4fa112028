// The palette in app.css meets WCAG 2.2 AA: text 4.5:1 against each background it is used on,
// control borders and the focus mark 3:1 (1.4.3, 1.4.11). Reads the variables from the file, so
// a colour changed there is checked here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** The custom properties of app.css's :root that are plain hex colours. */
function palette(): Record<string, string> {
  // Vitest runs in ui/ (where vite.config.ts is).
  const css = readFileSync(join(process.cwd(), 'src/app.css'), 'utf8');
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const colours: Record<string, string> = {};
  for (const m of root.matchAll(/--([a-z0-9-]+)\s*:\s*(#[0-9a-f]{3}(?:[0-9a-f]{3})?)\s*;/gi)) {
    colours[m[1]] = m[2];
  }
  return colours;
}

function rgb(hex: string): [number, number, number] {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1 to 21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const colours = palette();
/** The text on filled buttons (primary, danger), on the «terminated» badge and the logo. */
const WHITE = '#ffffff';

function colour(name: string): string {
  if (name === 'white') return WHITE;
  const value = colours[name];
  if (!value) throw new Error(`app.css has no colour --${name}`);
  return value;
}

/** [foreground, background] of normal-size text: 4.5:1. */
const TEXT: [string, string][] = [
  ['text', 'bg'],
  ['text', 'bg-subtle'],
  ['text', 'bg-sidebar'],
  ['text', 'bg-selected'],
  ['text-muted', 'bg'],
  ['text-muted', 'bg-subtle'],
  ['text-muted', 'bg-sidebar'],
  ['text-muted', 'bg-hover'],
  ['text-muted', 'bg-selected'],
  ['text-muted', 'neutral-soft'],
  ['text-placeholder', 'bg'],
  ['accent-text', 'bg'],
  ['accent-text', 'bg-subtle'],
  ['accent-text', 'accent-soft'],
  ['accent-hover', 'bg'],
  ['white', 'accent'],
  ['white', 'accent-hover'],
  ['white', 'danger'],
  ['white', 'text-muted'],
  ['danger', 'bg'],
  ['danger', 'bg-subtle'],
  ['danger', 'danger-soft'],
  ['warning-text', 'bg'],
  ['warning-text', 'warning-soft'],
  ['success', 'bg'],
  ['success', 'bg-subtle'],
  ['success', 'bg-selected'],
  ['success-text', 'success-soft'],
  ['neutral-text', 'neutral-soft'],
];

/** [mark, background] of control borders and the focus outline: 3:1. */
const NON_TEXT: [string, string][] = [
  ['border-control', 'bg'],
  ['border-control', 'bg-subtle'],
  ['accent', 'bg'],
  ['accent', 'bg-subtle'],
  ['accent', 'bg-sidebar'],
  ['accent', 'bg-selected'],
  ['danger', 'bg'],
];

describe('contrast', () => {
  test('the ratio is computed as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#000')).toBeCloseTo(21, 5);
    expect(contrast('#3454c8', '#3454c8')).toBe(1);
    // The grey commonly quoted as the lightest that passes on white.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  test('app.css defines the colours checked here', () => {
    for (const [a, b] of [...TEXT, ...NON_TEXT]) {
      expect(() => colour(a)).not.toThrow();
      expect(() => colour(b)).not.toThrow();
    }
  });

  test.each(TEXT)('text --%s on --%s is at least 4.5:1', (fg, bg) => {
    expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(4.5);
  });

  test.each(NON_TEXT)('the mark --%s on --%s is at least 3:1', (fg, bg) => {
    expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(3);
  });
});
