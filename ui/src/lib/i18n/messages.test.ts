// Every message id the UI asks for exists in Russian, Kazakh and English. Reads the sources
// and the .ftl files from disk, so a new t('…') without its translations fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, test } from 'vitest';
import { loadLocales } from './index.svelte';

// Vitest runs in ui/ (where vite.config.ts is); import.meta.url is not a file URL under jsdom.
const uiDir = process.cwd();
const srcDir = join(uiDir, 'src');
const localesDir = join(uiDir, '..', 'locales');
const LANGS = ['ru', 'kk', 'en'] as const;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' ? [] : walk(path);
    return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** The string unions of the generated IPC types: ErrorCode, Field, Lang, CatalogList … */
function unions(): Record<string, string[]> {
  const text = readFileSync(join(srcDir, 'lib/api/types.ts'), 'utf8');
  const found: Record<string, string[]> = {};
  for (const m of text.matchAll(/export type (\w+) = ((?:"[^"]*"\s*\|?\s*)+);/g)) {
    found[m[1]] = [...m[2].matchAll(/"([^"]*)"/g)].map((v) => v[1]);
  }
  return found;
}

const types = unions();

/** What each computed id can become; a new template must be listed here to pass. */
const TEMPLATES: Record<string, string[]> = {
  'error-${e.code}': types.ErrorCode.map((c) => `error-${c}`),
  'field-${field}': types.Field.map((f) => `field-${f}`),
  // The kinds of record the core names in `not-found` errors (entity codes in src/store).
  'entity-${entity}': [
    'partner',
    'agreement',
    'contact',
    'direction',
    'form',
    'category',
    'backup',
    'clause',
    'plan',
    'plan-row',
    'event',
    'activity',
    'photo',
    'nomination',
    'nomination-title',
    'award-kind',
    'certificate',
  ].map((e) => `entity-${e}`),
  'lang-name-${lang}': types.Lang.map((l) => `lang-name-${l}`),
  'lang-name-${l}': types.Lang.map((l) => `lang-name-${l}`),
  'kind-${option.value}': ['kind-internal', 'kind-external'],
  'catalog-add-${list}-button': types.CatalogList.map((l) => `catalog-add-${l}-button`),
  'catalog-add-${list}-title': types.CatalogList.map((l) => `catalog-add-${l}-title`),
  'agreements-lang-${lang}': types.DocLang.map((l) => `agreements-lang-${l}`),
  'status-${status}': types.AgreementStatus.map((s) => `status-${s}`),
  'profile-image-${which}': types.ProfileImage.map((w) => `profile-image-${w}`),
  'backups-kind-${kind}': types.BackupKind.map((k) => `backups-kind-${k}`),
  'month-${month}': Array.from({ length: 12 }, (_, i) => `month-${i + 1}`),
  'plan-kind-${kind}': types.PlanKind.map((k) => `plan-kind-${k}`),
  'plan-title-${kind}': types.PlanKind.map((k) => `plan-title-${k}`),
  'plan-column-${column}': types.PlanColumn.map((c) => `plan-column-${c}`),
  'activity-status-${status}': types.ActivityStatus.map((s) => `activity-status-${s}`),
  'period-kind-${k}': ['year', 'times', 'months', 'quarters', 'dates'].map((k) => `period-kind-${k}`),
  'events-span-${span}': ['month', 'range', 'all'].map((s) => `events-span-${s}`),
  'events-form-${kind}-label': ['children', 'parents', 'teachers', 'others'].map((k) => `events-form-${k}-label`),
  // `skip` has one name for every import: import-field-skip.
  'plan-import-field-${f}': types.PlanField.filter((f) => f !== 'skip').map((f) => `plan-import-field-${f}`),
  'nominee-import-field-${f}': types.NomineeField.filter((f) => f !== 'skip').map((f) => `nominee-import-field-${f}`),
  // TrashKind in src/store/trash.rs, with the nominations that the awards bring to the trash.
  'trash-kind-${kind}': [...new Set([...types.TrashKind, 'nomination'])].map((k) => `trash-kind-${k}`),
  // What a list says of its rows (ListCount.svelte, ListEmpty.svelte).
  ...Object.fromEntries(
    [
      'count',
      'nothing-found-title',
      'nothing-found-text',
      'clear-filters-button',
      'empty-title',
      'empty-text',
      'new-button',
    ].map((m) => [`\${prefix}-list-${m}`, ['agreements', 'awards', 'partner'].map((p) => `${p}-list-${m}`)]),
  ),
  // Awards: the core's status names (core.ftl), the interface's names of its other lists.
  'nomination-status-${status}': types.NominationStatus.map((s) => `nomination-status-${s}`),
  'awards-nominee-kind-${kind}': types.NomineeKind.map((k) => `awards-nominee-kind-${k}`),
  'awards-role-${role}': types.NomineeRole.map((r) => `awards-role-${r}`),
  'awards-gender-${gender}': types.Gender.map((g) => `awards-gender-${g}`),
  'awards-case-${c}': types.Case.map((c) => `awards-case-${c}`),
  'awards-border-${border}': types.BorderStyle.map((b) => `awards-border-${b}`),
  // A family's, a collective's, an organisation's name (a person has no name field).
  'awards-form-name-placeholder-${fields.nominee_kind}': types.NomineeKind.filter((k) => k !== 'person').map(
    (k) => `awards-form-name-placeholder-${k}`,
  ),
  // What checking a certificate found (CertificateRegister.svelte).
  'awards-check-${verdict}': ['genuine', 'mismatch', 'number-only', 'not-found'].map((v) => `awards-check-${v}`),
  // The issues the core's imports name (ImportIssue codes in src/import.rs, src/import/partners.rs,
  // src/import/nominees.rs).
  'import-issue-${issue.code}': [
    'partner-empty',
    'text-invalid',
    'cell-too-long',
    'partner-similar',
    'period-unread',
    'partner-exists',
    'partner-repeated',
    'gender-unknown',
  ].map((c) => `import-issue-${c}`),
};

function usedIds(): { ids: Map<string, string>; unknownTemplates: string[] } {
  const ids = new Map<string, string>();
  const unknownTemplates: string[] = [];
  for (const file of walk(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const where = relative(uiDir, file);
    // t('id'), toast('id') and the like: the translate function and what translates later.
    for (const m of text.matchAll(/\b(?:t|toast|toastChange)\(\s*'([a-z0-9-]+)'/g)) ids.set(m[1], where);
    for (const m of text.matchAll(/\b(?:t|toast|toastChange)\(\s*([a-z.]+\s*\?\s*)?'([a-z0-9-]+)'\s*:\s*'([a-z0-9-]+)'/g)) {
      ids.set(m[2], where);
      ids.set(m[3], where);
    }
    for (const m of text.matchAll(/\bt\(\s*`([^`]+)`/g)) {
      const expansion = TEMPLATES[m[1]];
      if (!expansion) unknownTemplates.push(`${where}: ${m[1]}`);
      else for (const id of expansion) ids.set(id, where);
    }
  }
  return { ids, unknownTemplates };
}

function messageIds(lang: string, file?: string): Set<string> {
  const dir = join(localesDir, lang);
  const ids = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ftl'))) {
    if (file && name !== file) continue;
    const resource = new FluentResource(readFileSync(join(dir, name), 'utf8'));
    for (const entry of resource.body) if (!entry.id.startsWith('-')) ids.add(entry.id);
  }
  return ids;
}

describe('messages', () => {
  const { ids, unknownTemplates } = usedIds();

  test('the scan finds the UI ids (sanity)', () => {
    expect(ids.size).toBeGreaterThan(100);
    expect(ids.has('partner-list-title')).toBe(true);
    expect(ids.has('toast-saved')).toBe(true);
    expect(ids.has('error-name-empty')).toBe(true);
    expect(unknownTemplates).toEqual([]);
  });

  for (const lang of LANGS) {
    test(`every id the UI uses exists in ${lang}`, () => {
      const known = messageIds(lang);
      const missing = [...ids].filter(([id]) => !known.has(id)).map(([id, file]) => `${id} (${file})`);
      expect(missing).toEqual([]);
    });
  }

  test('ui.ftl has the same ids in all three languages, none unused', () => {
    const ru = [...messageIds('ru', 'ui.ftl')].sort();
    expect([...messageIds('kk', 'ui.ftl')].sort()).toEqual(ru);
    expect([...messageIds('en', 'ui.ftl')].sort()).toEqual(ru);
    expect(ru.filter((id) => !ids.has(id))).toEqual([]);
  });

  test('ui.ftl parses whole and repeats no id of core.ftl', () => {
    for (const lang of LANGS) {
      const text = readFileSync(join(localesDir, lang, 'ui.ftl'), 'utf8');
      const declared = [...text.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]);
      expect(messageIds(lang, 'ui.ftl').size).toBe(declared.length); // no junk skipped
      const core = messageIds(lang, 'core.ftl');
      expect(declared.filter((id) => core.has(id))).toEqual([]);
    }
  });

  test('counts follow each language’s plural rules', () => {
    const files: Record<string, string> = {};
    for (const lang of LANGS) {
      files[`/${lang}/ui.ftl`] = readFileSync(join(localesDir, lang, 'ui.ftl'), 'utf8');
    }
    const bundles = loadLocales(files);
    const count = (lang: (typeof LANGS)[number], n: number) => {
      const bundle = bundles[lang];
      return bundle.formatPattern(bundle.getMessage('partner-list-count')!.value!, { count: n });
    };
    expect([1, 2, 5, 21, 111].map((n) => count('ru', n))).toEqual([
      '1 партнёр',
      '2 партнёра',
      '5 партнёров',
      '21 партнёр',
      '111 партнёров',
    ]);
    expect([1, 5].map((n) => count('kk', n))).toEqual(['1 серіктес', '5 серіктес']);
    expect([1, 5].map((n) => count('en', n))).toEqual(['1 partner', '5 partners']);
  });
});
