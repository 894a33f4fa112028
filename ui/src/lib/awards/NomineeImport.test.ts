import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { NomineeImportPreview, NomineeImportRow, NomineeMapping } from '../api';
import { app, toasts } from '../app.svelte';
import { mockCore } from '../../test/core';
import { t } from '../i18n/index.svelte';
import { awardView } from './list-state.svelte';
import NomineeImport from './NomineeImport.svelte';

const DEFAULT_MAPPING: NomineeMapping = {
  columns: ['surname', 'given-name', 'patronymic', 'gender', 'role', 'title', 'reason'],
  header: true,
  reason_lang: 'ru',
};

function row(line: number, overrides: Partial<NomineeImportRow> = {}): NomineeImportRow {
  return {
    line,
    nominee: 'Иванова Мария Петровна',
    dative: 'Ивановой Марии Петровне',
    title: 'Самый активный родитель',
    issues: [],
    accepted: true,
    ...overrides,
  };
}

/**
 * A list of three nominees: one for a title in the list, one for a new title whose gender is
 * not told by the name (a warning), one without a surname (refused).
 */
function preview(mapping: NomineeMapping = DEFAULT_MAPPING): NomineeImportPreview {
  return {
    mapping,
    sample: [
      ['Фамилия', 'Имя', 'Отчество', 'Пол', 'Кто', 'Номинация', 'За что'],
      ['Иванова', 'Мария', 'Петровна', 'ж', 'родитель', 'Самый активный родитель', 'за помощь'],
      ['Жан', 'Саша', '', '', 'родитель', 'Папа года', 'за участие'],
      ['', 'Пётр', '', 'м', '', 'Дружная семья', ''],
    ],
    columns: 7,
    rows: [
      row(2),
      row(3, {
        nominee: 'Жан Саша',
        dative: 'Жан Саша',
        title: 'Папа года',
        issues: [{ code: 'gender-unknown', args: {}, refused: false }],
      }),
      row(4, {
        nominee: 'Пётр',
        dative: 'Петру',
        title: 'Дружная семья',
        issues: [{ code: 'text-invalid', args: { reason: 'Укажите фамилию.' }, refused: true }],
        accepted: false,
      }),
    ],
    accepted: 2,
    refused: 1,
    new_titles: ['Папа года'],
  };
}

/** The preview answers with the mapping it was asked with, else the core's default one. */
function previewOf(a: Record<string, unknown>): NomineeImportPreview {
  const asked = a.mapping as NomineeMapping | null;
  return preview(asked ?? { ...DEFAULT_MAPPING, reason_lang: a.lang as NomineeMapping['reason_lang'] });
}

function column(index: number): HTMLSelectElement {
  return screen.getByTestId(`import-column-${index}`) as HTMLSelectElement;
}

describe('nominee import', () => {
  test('the file is previewed for this year; a change of the columns asks again with them', async () => {
    const { argsOf } = mockCore({
      choose_import_file: () => 'Номинации 2026.xlsx',
      preview_nominee_import: previewOf,
    });
    render(NomineeImport);
    expect(screen.getByTestId('page-title').textContent).toBe('Импорт номинаций из таблицы');
    expect((screen.getByTestId('import-year') as HTMLSelectElement).value).toBe('2026');
    expect((screen.getByTestId('import-reason-lang') as HTMLSelectElement).value).toBe('ru');

    await fireEvent.click(screen.getByTestId('import-choose-file'));
    await screen.findByTestId('import-mapping');
    expect(argsOf('preview_nominee_import')).toEqual([{ year: 2026, mapping: null, lang: 'ru' }]);
    expect([...column(0).options].map((o) => o.value)).toEqual([
      'surname',
      'given-name',
      'patronymic',
      'gender',
      'role',
      'title',
      'reason',
      'skip',
    ]);
    expect([...column(0).options].map((o) => o.text)).toContain('Фамилия');

    await fireEvent.change(column(4), { target: { value: 'skip' } });
    await waitFor(() => expect(argsOf('preview_nominee_import')).toHaveLength(2));
    expect(argsOf('preview_nominee_import')[1]).toEqual({
      year: 2026,
      mapping: {
        columns: ['surname', 'given-name', 'patronymic', 'gender', 'skip', 'title', 'reason'],
        header: true,
        reason_lang: 'ru',
      },
      lang: 'ru',
    });
    await waitFor(() => expect(column(4).value).toBe('skip'));

    // The reasons' language and the year go with the same columns.
    await fireEvent.change(screen.getByTestId('import-reason-lang'), { target: { value: 'kk' } });
    await waitFor(() => expect(argsOf('preview_nominee_import')).toHaveLength(3));
    expect(argsOf('preview_nominee_import')[2]).toEqual({
      year: 2026,
      mapping: {
        columns: ['surname', 'given-name', 'patronymic', 'gender', 'skip', 'title', 'reason'],
        header: true,
        reason_lang: 'kk',
      },
      lang: 'ru',
    });
    await fireEvent.change(screen.getByTestId('import-year'), { target: { value: '2025' } });
    await waitFor(() => expect(argsOf('preview_nominee_import').at(-1)?.year).toBe(2025));
    expect((argsOf('preview_nominee_import').at(-1)?.mapping as NomineeMapping).reason_lang).toBe('kk');
  });

  test('reasons in another language than the interface: the core’s columns are read with it', async () => {
    const { argsOf } = mockCore({
      choose_import_file: () => 'list.csv',
      preview_nominee_import: previewOf,
    });
    render(NomineeImport);
    await fireEvent.change(screen.getByTestId('import-reason-lang'), { target: { value: 'en' } });
    await fireEvent.click(screen.getByTestId('import-choose-file'));
    await screen.findByTestId('import-mapping');
    await waitFor(() => expect(argsOf('preview_nominee_import')).toHaveLength(2));
    expect(argsOf('preview_nominee_import')).toEqual([
      { year: 2026, mapping: null, lang: 'ru' },
      { year: 2026, mapping: { ...DEFAULT_MAPPING, reason_lang: 'en' }, lang: 'ru' },
    ]);
  });

  test('rows show the nominee, dative, title and issues; only the accepted ones are imported into the year', async () => {
    awardView.status = 'printed';
    const { argsOf } = mockCore({
      choose_import_file: () => 'list.xlsx',
      preview_nominee_import: previewOf,
      import_nominees: () => 2,
    });
    render(NomineeImport);
    await fireEvent.change(screen.getByTestId('import-year'), { target: { value: '2025' } });
    await fireEvent.click(screen.getByTestId('import-choose-file'));
    const rows = await screen.findAllByTestId('import-row');
    expect(rows.map((r) => [r.dataset.line, r.dataset.accepted])).toEqual([
      ['2', 'true'],
      ['3', 'true'],
      ['4', 'false'],
    ]);
    expect(within(rows[0]).getByTestId('import-nominee').textContent).toBe('Иванова Мария Петровна');
    expect(within(rows[0]).getByTestId('import-nominee-dative').textContent).toBe('Ивановой Марии Петровне');
    expect(within(rows[0]).queryByTestId('import-title-new')).toBeNull();
    expect(within(rows[1]).getByTestId('import-title-new').textContent?.trim()).toBe('новая');
    expect(within(rows[1]).getByTestId('import-issue').textContent?.trim()).toBe(
      t('import-issue-gender-unknown'),
    );
    expect(within(rows[2]).getByTestId('import-issue').dataset.code).toBe('text-invalid');
    expect(within(rows[2]).getByTestId('import-issue').textContent?.trim()).toBe(
      'Текст нельзя принять: Укажите фамилию.',
    );
    // A refused row's title is not counted as new.
    expect(within(rows[2]).queryByTestId('import-title-new')).toBeNull();
    expect(screen.getByTestId('import-accepted-count').textContent).toBe('Будет импортировано строк: 2');
    expect(screen.getByTestId('import-refused-count').textContent?.trim()).toBe('Не принято строк: 1');
    expect(screen.getByTestId('import-new-titles').textContent).toContain('Папа года');

    expect(screen.queryByTestId('import-commit')).toBeNull();
    await fireEvent.click(screen.getByTestId('import-commit-accepted'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'awards' }));
    expect(argsOf('import_nominees')).toEqual([{ year: 2025, mapping: DEFAULT_MAPPING, acceptedOnly: true }]);
    expect(toasts.map((x) => [t(x.message, x.args), x.undo])).toEqual([['Добавлены 2 номинации', true]]);
    expect(awardView.year).toBe(2025);
    expect(awardView.status).toBeNull();
  });

  test('cancel goes back to the awards', async () => {
    mockCore({
      choose_import_file: () => 'list.xlsx',
      preview_nominee_import: previewOf,
    });
    app.screen = { name: 'nominee-import' };
    render(NomineeImport);
    await fireEvent.click(screen.getByTestId('import-choose-file'));
    await fireEvent.click(await screen.findByTestId('import-cancel'));
    expect(app.screen).toEqual({ name: 'awards' });
  });
});
