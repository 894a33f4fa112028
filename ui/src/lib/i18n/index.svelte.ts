// The interface language and the translate function `t`. Every user-visible string comes from
// locales/<lang>/*.ftl at the repository root (core.ftl from the core, ui.ftl for the UI): the
// files are bundled at build time, nothing is fetched at run time.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Lang } from '../api/types';

export const LANGS: readonly Lang[] = ['ru', 'kk', 'en'];

/** When a message is missing in a language, look here next (and show the id as the last resort). */
const FALLBACK: Record<Lang, Lang[]> = { ru: ['en'], kk: ['ru', 'en'], en: ['ru'] };

/** The BCP 47 locale used for dates and numbers. */
export const INTL_LOCALE: Record<Lang, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };

const sources = import.meta.glob('../../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/**
 * Builds one Fluent bundle per language from `{path: text}` (paths end in `<lang>/<file>.ftl`).
 * Exported so tests can build bundles from their own text.
 */
export function loadLocales(files: Record<string, string>): Record<Lang, FluentBundle> {
  const bundles = {} as Record<Lang, FluentBundle>;
  for (const lang of LANGS) {
    // Isolation marks (U+2068/9) would show as boxes in some fonts and break text assertions.
    bundles[lang] = new FluentBundle(lang, { useIsolating: false });
  }
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const lang = /[\\/](ru|kk|en)[\\/][^\\/]+\.ftl$/.exec(path)?.[1] as Lang | undefined;
    if (!lang) continue;
    const errors = bundles[lang].addResource(new FluentResource(text));
    for (const e of errors) console.warn(`${path}: ${e.message}`);
  }
  return bundles;
}

const bundles = loadLocales(sources);

export const locale = $state<{ lang: Lang }>({ lang: 'ru' });

export type Args = Record<string, FluentVariable | null | undefined>;

function format(bundle: FluentBundle, id: string, args?: Args): string | null {
  const message = bundle.getMessage(id);
  if (!message?.value) return null;
  const clean: Record<string, FluentVariable> = {};
  if (args) for (const [k, v] of Object.entries(args)) if (v != null) clean[k] = v;
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, clean, errors);
  for (const e of errors) console.warn(`${id}: ${e.message}`);
  return text;
}

/** Translates a Fluent message id in the current interface language. Reactive in templates. */
export function t(id: string, args?: Args): string {
  const lang = locale.lang;
  for (const l of [lang, ...FALLBACK[lang]]) {
    const text = format(bundles[l], id, args);
    if (text !== null) {
      if (l !== lang) console.warn(`missing ${lang} message: ${id}`);
      return text;
    }
  }
  console.warn(`missing message: ${id}`);
  return id;
}

/** Switches every text at once (the caller tells the core to remember the choice). */
export function applyLanguage(lang: Lang): void {
  locale.lang = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** The starting language: the one the core remembers, else the system's, else Russian. */
export function initialLanguage(stored: Lang | null, systemLanguages: readonly string[]): Lang {
  if (stored) return stored;
  for (const tag of systemLanguages) {
    const head = tag.trim().toLowerCase().split(/[-_.]/)[0];
    if (head === 'ru' || head === 'en') return head;
    if (head === 'kk' || head === 'kz') return 'kk';
  }
  return 'ru';
}

/**
 * A date (RFC 3339) in the interface language: `short` «29.11.2026» (for tables), `medium`
 * «29 нояб. 2026 г.», `long` «29 ноября 2026 г.».
 */
export function formatDate(iso: string, style: 'short' | 'medium' | 'long' = 'medium'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (style === 'short') {
    // Kazakhstan writes numeric dates as Russia does (29.11.2026); some ICU builds lack kk-KZ
    // and would print 2026-11-29, so the numeric form never depends on that.
    const numeric = locale.lang === 'en' ? 'en-GB' : 'ru-RU';
    const options = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
    return new Intl.DateTimeFormat(numeric, options).format(date);
  }
  return new Intl.DateTimeFormat(INTL_LOCALE[locale.lang], { dateStyle: style }).format(date);
}

/**
 * A calendar day (`YYYY-MM-DD`, as agreements keep their dates) in the interface language.
 * Read at local noon: a bare date is UTC midnight, which is the day before west of Greenwich.
 */
export function formatDay(day: string, style: 'short' | 'medium' | 'long' = 'medium'): string {
  return formatDate(/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T12:00:00` : day, style);
}

/**
 * The time of day of a timestamp, «09:05», 24-hour in every interface language. Backups give
 * local time without a zone (`YYYY-MM-DDTHH:MM:SS`), which is read as local, as meant.
 */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  return new Intl.DateTimeFormat(locale.lang === 'en' ? 'en-GB' : 'ru-RU', options).format(date);
}
