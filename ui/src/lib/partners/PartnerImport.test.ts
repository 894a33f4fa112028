import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { PartnerMapping } from '../api';
import { app, toasts } from '../app.svelte';
import { catalogs, mockCore, partnerImportPreview, partnerImportRow } from '../../test/core';
import { t } from '../i18n/index.svelte';
import App from '../../App.svelte';
import PartnerImport from './PartnerImport.svelte';

function column(index: number): HTMLSelectElement {
  return screen.getByTestId(`import-column-${index}`) as HTMLSelectElement;
}

/** The preview answers with the mapping it was asked with, else the core's default one. */
function previewOf(a: Record<string, unknown>) {
  return partnerImportPreview(a.mapping ? { mapping: a.mapping as PartnerMapping } : {});
}

describe('partner import', () => {
  test('is opened from the partner list', async () => {
    mockCore();
    render(App);
    await waitFor(() => expect(app.screen).toEqual({ name: 'start' }));
    await fireEvent.click(screen.getByTestId('nav-partners'));
    await fireEvent.click(await screen.findByTestId('partner-import-button'));
    expect(app.screen).toEqual({ name: 'partner-import' });
    expect(screen.getByTestId('page-title').textContent).toBe('Импорт партнёров из таблицы');
    expect(screen.getByTestId('nav-partners').getAttribute('aria-current')).toBe('page');
  });

  test('the chosen file is previewed with the core’s columns; each change of the columns asks again', async () => {
    const { argsOf } = mockCore({
      choose_import_file: () => 'Партнёры.xlsx',
      preview_partner_import: previewOf,
    });
    render(PartnerImport);
    expect(screen.queryByTestId('import-mapping')).toBeNull();
    await fireEvent.click(screen.getByTestId('import-choose-file'));
    await screen.findByTestId('import-mapping');
    expect(screen.getByTestId('import-file-name').textContent).toBe('Партнёры.xlsx');
    expect(argsOf('preview_partner_import')).toEqual([{ mapping: null, lang: 'ru' }]);

    // One select per column of the file, with every partner field and «skip», named as in the form.
    expect([0, 1, 2].map((i) => column(i).value)).toEqual(['name', 'short-name', 'category']);
    expect(screen.queryByTestId('import-column-3')).toBeNull();
    expect([...column(0).options].map((o) => o.value)).toEqual([
      'name',
      'short-name',
      'category',
      'kind',
      'address',
      'phones',
      'email',
      'website',
      'contacts',
      'notes',
      'skip',
    ]);
    expect([...column(0).options].map((o) => o.text)).toEqual([
      'Название',
      'Краткое название',
      'Категория',
      'Тип (внутренний или внешний)',
      'Адрес',
      'Телефоны',
      'Эл. почта',
      'Сайт',
      'Контактные лица',
      'Примечания',
      'Не импортировать',
    ]);
    expect((screen.getByTestId('import-header') as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByTestId('import-sample-row')).toHaveLength(6);

    await fireEvent.change(column(1), { target: { value: 'category' } });
    await waitFor(() => expect(argsOf('preview_partner_import')).toHaveLength(2));
    expect(argsOf('preview_partner_import')[1]).toEqual({
      mapping: { columns: ['name', 'category', 'category'], header: true },
      lang: 'ru',
    });

    await fireEvent.change(column(2), { target: { value: 'contacts' } });
    await fireEvent.click(screen.getByTestId('import-header'));
    await waitFor(() => expect(argsOf('preview_partner_import')).toHaveLength(4));
    expect(argsOf('preview_partner_import').at(-1)).toEqual({
      mapping: { columns: ['name', 'category', 'contacts'], header: false },
      lang: 'ru',
    });
    expect([0, 1, 2].map((i) => column(i).value)).toEqual(['name', 'category', 'contacts']);
  });

  test('refused rows stand out with their reasons; only the accepted ones are imported', async () => {
    const { argsOf } = mockCore({
      choose_import_file: () => 'partners.csv',
      preview_partner_import: previewOf,
      import_partners: () => ({ created: 3, refused: 2 }),
      list_catalogs: () => {
        const next = structuredClone(catalogs);
        next.categories.push({
          id: 9,
          list: 'category',
          code: 'custom-9',
          builtin: false,
          name: { ru: 'Техническое творчество', kk: '', en: '' },
          internal: false,
        });
        return next;
      },
    });
    render(PartnerImport);
    await fireEvent.click(screen.getByTestId('import-choose-file'));
    const rows = await screen.findAllByTestId('import-row');
    expect(rows.map((r) => [r.dataset.line, r.dataset.accepted])).toEqual([
      ['2', 'true'],
      ['3', 'true'],
      ['4', 'false'],
      ['5', 'true'],
      ['6', 'false'],
    ]);
    expect(rows.map((r) => r.classList.contains('refused'))).toEqual([false, false, true, false, true]);

    // What each row will be: name, kind, category (a new one marked), contact people.
    expect(rows[0].textContent).toContain('Детская библиотека № 2');
    expect(rows[0].textContent).toContain('Внешний');
    expect(rows[0].textContent).toContain('Иванова Мария');
    expect(within(rows[0]).queryByTestId('import-category-new')).toBeNull();
    expect(rows[3].textContent).toContain('Внутренний');
    expect(within(rows[3]).getByTestId('import-category-new').textContent?.trim()).toBe('новая');

    // The core's reasons (core.ftl): a warning, and two refusals.
    const issue = (i: number) => within(rows[i]).getByTestId('import-issue');
    expect(issue(1).dataset.code).toBe('partner-similar');
    expect(issue(1).classList.contains('refusal')).toBe(false);
    expect(issue(1).textContent?.trim()).toBe(t('import-issue-partner-similar', { name: 'Средняя школа № 1' }));
    expect(issue(2).dataset.code).toBe('partner-exists');
    expect(issue(2).textContent?.trim()).toBe('«Средняя школа № 2» уже есть в реестре.');
    expect(issue(2).classList.contains('refusal')).toBe(true);
    expect(issue(4).textContent?.trim()).toBe('«Клуб «Юный техник»» уже встречается выше в этом файле.');
    expect(rows[2].textContent).toContain('Строка не будет импортирована');
    expect(rows[1].textContent).not.toContain('Строка не будет импортирована');

    expect(screen.getByTestId('import-accepted-count').textContent).toBe('Будет импортировано строк: 3');
    expect(screen.getByTestId('import-refused-count').textContent?.trim()).toBe('Не принято строк: 2');
    expect(screen.getByTestId('import-new-categories').textContent).toContain('Техническое творчество');
    expect(screen.getByTestId('import-new-categories').textContent).toContain('(1)');

    // Never all past a refusal: only the accepted rows, or back to fix the file.
    expect(screen.queryByTestId('import-commit')).toBeNull();
    const commit = screen.getByTestId('import-commit-accepted');
    expect(commit.textContent?.trim()).toBe('Импортировать только 3 принятые строки');
    await fireEvent.click(commit);
    await waitFor(() => expect(app.screen).toEqual({ name: 'list' }));
    expect(argsOf('import_partners')).toEqual([{ mapping: partnerImportPreview().mapping, acceptedOnly: true }]);
    expect(toasts.map((x) => t(x.message, x.args))).toEqual(['Добавлено 3 партнёра']);
    expect(toasts[0].undo).toBe(true);
    // The new category is in the lists at once.
    expect(app.catalogs.categories.map((c) => c.id)).toContain(9);
  });

  test('without refusals one button imports every row; without a name column the core says so', async () => {
    let nameless = false;
    const clean = partnerImportPreview({
      rows: [partnerImportRow(2), partnerImportRow(3, { name: 'Городской музей', category: '' })],
      accepted: 2,
      refused: 0,
      new_categories: [],
    });
    const { argsOf } = mockCore({
      choose_import_file: () => 'partners.xlsx',
      preview_partner_import: (a) => {
        if (nameless) throw { code: 'import-invalid', message: '', details: { reason: 'Укажите, в каком столбце название партнёра.' } };
        return a.mapping ? { ...clean, mapping: a.mapping } : clean;
      },
      import_partners: () => ({ created: 2, refused: 0 }),
    });
    app.screen = { name: 'partner-import' };
    render(PartnerImport);
    await fireEvent.click(screen.getByTestId('import-choose-file'));
    const commit = await screen.findByTestId('import-commit');
    expect(commit.textContent?.trim()).toBe('Импортировать 2 строки');
    expect(screen.queryByTestId('import-new-categories')).toBeNull();
    expect(screen.getAllByTestId('import-row')[1].textContent).toContain('Прочие партнёры');

    nameless = true;
    await fireEvent.change(column(0), { target: { value: 'skip' } });
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain('Укажите, в каком столбце название партнёра.');
    expect(screen.queryByTestId('import-commit')).toBeNull();
    expect(screen.getByTestId('import-mapping')).toBeTruthy();

    nameless = false;
    await fireEvent.change(column(0), { target: { value: 'name' } });
    await waitFor(() => expect((screen.getByTestId('import-commit') as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.click(screen.getByTestId('import-commit'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'list' }));
    expect(argsOf('import_partners')).toEqual([
      { mapping: { columns: ['name', 'short-name', 'category'], header: true }, acceptedOnly: false },
    ]);
    expect(toasts.map((x) => t(x.message, x.args))).toEqual(['Добавлено 2 партнёра']);
  });

  test('cancel goes back to the partners', async () => {
    mockCore({ choose_import_file: () => 'partners.csv', preview_partner_import: previewOf });
    app.screen = { name: 'partner-import' };
    render(PartnerImport);
    await fireEvent.click(screen.getByTestId('import-choose-file'));
    await fireEvent.click(await screen.findByTestId('import-cancel'));
    expect(app.screen).toEqual({ name: 'list' });
  });
});
