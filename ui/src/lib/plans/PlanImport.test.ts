import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { PlanMapping } from '../api';
import { app, toasts } from '../app.svelte';
import { importPreview, importRow, mockCore, schoolYearFrom } from '../../test/core';
import { t } from '../i18n/index.svelte';
import PlanImport from './PlanImport.svelte';

function column(index: number): HTMLSelectElement {
  return screen.getByTestId(`import-column-${index}`) as HTMLSelectElement;
}

/** The preview answers with the mapping it was asked with, else the core's default one. */
function previewOf(a: Record<string, unknown>) {
  return importPreview(a.mapping ? { mapping: a.mapping as PlanMapping } : {});
}

describe('plan import', () => {
  test('the chosen file is previewed for the current school year; each change of the columns asks again', async () => {
    app.today = '2027-02-10'; // February 2027: the 2026/27 school year
    app.schoolYear = schoolYearFrom(2026);
    const { argsOf } = mockCore({
      choose_import_file: () => 'План 2026-2027.xlsx',
      preview_plan_import: previewOf,
    });
    render(PlanImport);
    expect(screen.getByTestId('page-title').textContent).toBe('Импорт плана из таблицы');
    expect((screen.getByTestId('import-period-kind') as HTMLSelectElement).value).toBe('school');
    expect((screen.getByTestId('import-period-year') as HTMLInputElement).value).toBe('2026');
    expect(screen.queryByTestId('import-mapping')).toBeNull();

    await fireEvent.click(screen.getByTestId('import-choose-file'));
    await screen.findByTestId('import-mapping');
    expect(screen.getByTestId('import-file-name').textContent).toBe('План 2026-2027.xlsx');
    // The first question leaves the columns and the header to the core.
    expect(argsOf('preview_plan_import')).toEqual([{ period: '2026-2027', mapping: null, lang: 'ru' }]);

    // One select per column of the file, starting from the core's mapping.
    expect([0, 1, 2, 3, 4].map((i) => column(i).value)).toEqual(['group', 'partner', 'goal', 'activities', 'period']);
    expect(screen.queryByTestId('import-column-5')).toBeNull();
    expect([...column(0).options].map((o) => o.value)).toEqual([
      'group',
      'partner',
      'goal',
      'activities',
      'period',
      'responsible',
      'social-effect',
      'skip',
    ]);
    expect([...column(0).options].map((o) => o.text)).toContain('Не импортировать');
    expect((screen.getByTestId('import-header') as HTMLInputElement).checked).toBe(true);
    const sample = screen.getAllByTestId('import-sample-row');
    expect(sample).toHaveLength(4);
    expect(sample[1].textContent).toContain('Средняя школа № 1');

    await fireEvent.change(column(0), { target: { value: 'skip' } });
    await waitFor(() => expect(argsOf('preview_plan_import')).toHaveLength(2));
    expect(argsOf('preview_plan_import')[1]).toEqual({
      period: '2026-2027',
      mapping: { columns: ['skip', 'partner', 'goal', 'activities', 'period'], header: true },
      lang: 'ru',
    });

    await fireEvent.change(column(2), { target: { value: 'activities' } });
    await fireEvent.change(column(3), { target: { value: 'period' } });
    await fireEvent.change(column(4), { target: { value: 'responsible' } });
    await fireEvent.click(screen.getByTestId('import-header'));
    await waitFor(() => expect(argsOf('preview_plan_import')).toHaveLength(6));
    expect(argsOf('preview_plan_import').at(-1)).toEqual({
      period: '2026-2027',
      mapping: { columns: ['skip', 'partner', 'activities', 'period', 'responsible'], header: false },
      lang: 'ru',
    });
    expect([0, 1, 2, 3, 4].map((i) => column(i).value)).toEqual(['skip', 'partner', 'activities', 'period', 'responsible']);

    // Another period is asked about with the same columns; in February the calendar year is 2027.
    await fireEvent.change(screen.getByTestId('import-period-kind'), { target: { value: 'calendar' } });
    await waitFor(() => expect(argsOf('preview_plan_import').at(-1)?.period).toBe('2027'));
    expect(argsOf('preview_plan_import').at(-1)?.mapping).toEqual({
      columns: ['skip', 'partner', 'activities', 'period', 'responsible'],
      header: false,
    });
  });

  test('every row shows its partner, activities, periods and issues; with refusals only the accepted rows are imported', async () => {
    const { argsOf } = mockCore({
      choose_import_file: () => 'plan.csv',
      preview_plan_import: previewOf,
      import_plan: () => ({ plan_id: 7, rows: 2, partners_created: 1, refused: 1 }),
    });
    render(PlanImport);
    await fireEvent.click(screen.getByTestId('import-choose-file'));
    const rows = await screen.findAllByTestId('import-row');
    expect(rows.map((r) => [r.dataset.line, r.dataset.accepted])).toEqual([
      ['2', 'true'],
      ['3', 'true'],
      ['4', 'false'],
    ]);
    expect(rows[2].classList.contains('refused')).toBe(true);
    expect(rows[0].classList.contains('refused')).toBe(false);

    // A partner in the register, and a new one.
    expect(rows[0].textContent).toContain('Средняя школа № 1');
    expect(within(rows[0]).queryByTestId('import-partner-new')).toBeNull();
    expect(rows[1].textContent).toContain('Детская библиотека');
    expect(rows[1].textContent).toContain('Учреждения культуры');
    expect(within(rows[1]).getByTestId('import-partner-new').textContent).toContain('новый');

    // The periods as written; the one the core could not read is marked.
    const periods = within(rows[1]).getAllByTestId('import-activity-period');
    expect(periods).toHaveLength(2);
    expect(periods[0].textContent).toContain('осенью');
    expect(periods[1].textContent?.trim()).toBe('Март');
    expect(within(periods[0]).getByTestId('import-period-unread')).toBeTruthy();
    expect(within(periods[1]).queryByTestId('import-period-unread')).toBeNull();
    expect(within(rows[0]).queryByTestId('import-period-unread')).toBeNull();

    // Issues in the core's words (core.ftl), with their arguments.
    expect(within(rows[1]).getByTestId('import-issue').textContent?.trim()).toBe(
      'Срок «осенью» не распознан; записан как «В течение года».',
    );
    expect(within(rows[2]).getByTestId('import-issue').textContent?.trim()).toBe('Не указан партнёр.');
    expect(rows[2].textContent).toContain('Строка не будет импортирована');

    expect(screen.getByTestId('import-accepted-count').textContent).toBe('Будет импортировано строк: 2');
    expect(screen.getByTestId('import-refused-count').textContent?.trim()).toBe('Не принято строк: 1');
    expect(screen.getByTestId('import-new-partners').textContent).toContain('Детская библиотека');
    expect(screen.getByTestId('import-new-groups').textContent).toContain('Учреждения культуры');
    expect(screen.getByTestId('import-plan-exists').textContent?.trim()).toBe('Будет создан план на 2026–2027.');

    // Never an import of everything past a refusal: the accepted rows only, or back to the file.
    expect(screen.queryByTestId('import-commit')).toBeNull();
    expect(screen.getByTestId('import-cancel').textContent?.trim()).toBe('Отменить и исправить файл');
    const commit = screen.getByTestId('import-commit-accepted');
    expect(commit.textContent?.trim()).toBe('Импортировать только 2 принятые строки');

    await fireEvent.click(commit);
    await waitFor(() => expect(app.screen).toEqual({ name: 'plan', id: 7 }));
    expect(argsOf('import_plan')).toEqual([{ period: '2026-2027', mapping: importPreview().mapping, acceptedOnly: true }]);
    expect(toasts.map((x) => t(x.message, x.args))).toEqual(['Импортировано строк плана: 2; новых партнёров: 1']);
  });

  test('without refusals one button imports every row; a refusal of the core is shown and the file read again', async () => {
    let refusal: unknown = { code: 'import-refused', message: '', details: { count: '1' } };
    const clean = importPreview({
      plan_exists: true,
      rows: [importRow(2), importRow(3, { partner: 'Городской музей', partner_id: 3 })],
      accepted: 2,
      refused: 0,
      new_partners: [],
      new_groups: [],
    });
    const { argsOf } = mockCore({
      choose_import_file: () => 'plan.xlsx',
      preview_plan_import: () => clean,
      import_plan: () => {
        if (refusal) throw refusal;
        return { plan_id: 1, rows: 2, partners_created: 0, refused: 0 };
      },
    });
    render(PlanImport);
    await fireEvent.click(screen.getByTestId('import-choose-file'));
    const commit = await screen.findByTestId('import-commit');
    expect(commit.textContent?.trim()).toBe('Импортировать 2 строки');
    expect(screen.queryByTestId('import-commit-accepted')).toBeNull();
    expect(screen.queryByTestId('import-new-partners')).toBeNull();
    expect(screen.getByTestId('import-plan-exists').textContent?.trim()).toBe(
      'План на 2026–2027 уже есть: строки будут добавлены в его конец.',
    );

    await fireEvent.click(commit);
    expect((await screen.findByTestId('import-commit-error')).textContent?.trim()).toBe(
      t('error-import-refused', { count: 1 }),
    );
    expect(argsOf('import_plan')).toEqual([{ period: '2026-2027', mapping: clean.mapping, acceptedOnly: false }]);
    await waitFor(() => expect(argsOf('preview_plan_import')).toHaveLength(2));
    expect(app.screen).not.toEqual(expect.objectContaining({ name: 'plan' }));

    refusal = null;
    await waitFor(() => expect((screen.getByTestId('import-commit') as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.click(screen.getByTestId('import-commit'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'plan', id: 1 }));
    expect(argsOf('import_plan').at(-1)).toEqual({ period: '2026-2027', mapping: clean.mapping, acceptedOnly: false });
    expect(toasts.map((x) => t(x.message, x.args))).toEqual(['Импортировано строк плана: 2']);
  });

  test('a cancelled dialog changes nothing; a file the core cannot read says why; cancel goes back to the plans', async () => {
    let chosen: string | null = null;
    const { argsOf } = mockCore({
      choose_import_file: () => chosen,
      preview_plan_import: () => {
        throw { code: 'format-unknown', message: '', details: { path: 'plan.doc' } };
      },
    });
    app.screen = { name: 'plan-import' };
    render(PlanImport);
    await fireEvent.click(screen.getByTestId('import-choose-file'));
    await waitFor(() => expect(argsOf('choose_import_file')).toHaveLength(1));
    expect(argsOf('preview_plan_import')).toEqual([]);
    expect(screen.queryByTestId('import-file-name')).toBeNull();

    chosen = 'plan.doc';
    await fireEvent.click(screen.getByTestId('import-choose-file'));
    expect((await screen.findByTestId('import-error')).textContent?.trim()).toBe(
      t('error-format-unknown', { path: 'plan.doc' }),
    );
    expect(screen.queryByTestId('import-mapping')).toBeNull();
    expect(screen.queryByTestId('import-commit')).toBeNull();

    await fireEvent.click(screen.getByText(t('plan-page-back-button')));
    expect(app.screen).toEqual({ name: 'plans' });
  });
});
