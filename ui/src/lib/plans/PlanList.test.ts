import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { app, toasts } from '../app.svelte';
import { fulfilment, mockCore, plan, schoolYearFrom } from '../../test/core';
import { t } from '../i18n/index.svelte';
import PlanList from './PlanList.svelte';
import { useShortcuts } from '../../test/shortcuts';

describe('plan list', () => {
  test('lists each plan’s period, title, rows and fulfilment', async () => {
    mockCore({
      list_plans: () => [
        plan(2, { period: '2027', kind: 'calendar', start_year: 2027, first_day: '2027-01-01', last_day: '2027-12-31', title: 'План на 2027 год', rows: 0, fulfilment: fulfilment(0, 0) }),
        // The share is the core's, shown as sent, never counted again here.
        plan(1, { rows: 12, fulfilment: { ...fulfilment(3, 8), percent: 37 } }),
      ],
    });
    render(PlanList);
    const rows = await screen.findAllByTestId('plan-list-row');
    expect(rows.map((r) => r.dataset.id)).toEqual(['2', '1']);
    expect(rows[0].textContent).toContain('2027');
    expect(rows[0].textContent).toContain('Календарный год');
    expect(rows[0].textContent).toContain('План на 2027 год');
    expect(within(rows[0]).getByTestId('plan-list-fulfilment').textContent).toContain('—');
    expect(rows[1].textContent).toContain('2026–2027');
    expect(rows[1].textContent).toContain('на 2026–2027 учебный год');
    expect(rows[1].textContent).toContain('12');
    expect(within(rows[1]).getByTestId('plan-list-fulfilment').textContent).toContain('3 из 8 · 37 %');

    await fireEvent.click(within(rows[1]).getByTestId('plan-open'));
    expect(app.screen).toEqual({ name: 'plan', id: 1 });
  });

  test('a new plan for the current school year; the core’s refusal is shown by the field it names', async () => {
    app.today = '2027-02-10'; // February 2027: the 2026/27 school year
    app.schoolYear = schoolYearFrom(2026);
    let refusal: unknown = { code: 'out-of-range', message: '', details: { field: 'year', min: '1900', max: '2198' } };
    const { argsOf } = mockCore({
      list_plans: () => [],
      create_plan: () => {
        if (refusal) throw refusal;
        return plan(5, { kind: 'calendar', period: '2027', start_year: 2027 });
      },
    });
    render(PlanList);
    await fireEvent.click(await screen.findByTestId('new-plan-button'));
    const kind = screen.getByTestId('plan-new-kind') as HTMLSelectElement;
    const year = screen.getByTestId('plan-new-year') as HTMLInputElement;
    expect(document.activeElement).toBe(kind);
    expect(kind.value).toBe('school');
    expect(year.value).toBe('2026');

    await fireEvent.input(year, { target: { value: '26' } });
    await fireEvent.click(screen.getByTestId('plan-new-create'));
    const note = await screen.findByTestId('field-error-year');
    expect(note.textContent).toContain(t('field-year'));
    expect(year.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(year);
    expect(argsOf('create_plan')[0].input).toMatchObject({ kind: 'school', start_year: 26 });

    refusal = { code: 'plan-exists', message: '', details: { value: '2027' } };
    await fireEvent.input(year, { target: { value: '2026' } });
    // The suggested year follows the kind: in February the calendar year is 2027.
    await fireEvent.change(kind, { target: { value: 'calendar' } });
    expect(year.value).toBe('2027');
    await fireEvent.keyDown(year, { key: 'Enter' });
    expect((await screen.findByTestId('plan-new-error')).textContent).toBe(t('error-plan-exists', { value: '2027' }));
    expect(screen.queryByTestId('field-error-year')).toBeNull();

    refusal = null;
    await fireEvent.click(screen.getByTestId('plan-new-create'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'plan', id: 5 }));
    expect(argsOf('create_plan').at(-1)?.input).toEqual({
      kind: 'calendar',
      start_year: 2027,
      title: '',
      approver_position: '',
      approver_name: '',
      approved_on: null,
      approval_order: '',
    });
    expect(toasts.map((x) => x.message)).toEqual(['toast-plan-created']);
  });

  test('carry over opens the next period’s plan; delete asks first and says why it cannot', async () => {
    let deleteRefused = true;
    const { argsOf } = mockCore({
      carry_over_plan: () => plan(9, { period: '2027-2028', start_year: 2027 }),
      delete_plan: () => {
        if (deleteRefused) throw { code: 'has-events', message: '', details: { count: '3' } };
        return null;
      },
    });
    render(PlanList);
    const [row] = await screen.findAllByTestId('plan-list-row');

    await fireEvent.click(within(row).getByTestId('plan-list-delete'));
    expect(screen.getByRole('alertdialog').textContent).toContain('План на 2026–2027 и все его строки (2)');
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('error-message')).textContent).toBe(t('error-has-events', { count: 3 }));

    deleteRefused = false;
    await fireEvent.click(within(row).getByTestId('plan-list-delete'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(argsOf('delete_plan')).toHaveLength(2));
    await waitFor(() => expect(toasts.map((x) => x.message)).toContain('toast-plan-deleted'));

    await fireEvent.click(within(screen.getAllByTestId('plan-list-row')[0]).getByTestId('plan-list-carry-over'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'plan', id: 9 }));
    expect(argsOf('carry_over_plan')).toEqual([{ id: 1 }]);
  });

  test('without plans it invites the first one, made here or imported from a table', async () => {
    mockCore({ list_plans: () => [] });
    useShortcuts();
    render(PlanList);
    expect((await screen.findByTestId('plans-empty')).textContent).toContain('Планов пока нет');
    await fireEvent.click(screen.getByTestId('plans-empty-import'));
    expect(app.screen).toEqual({ name: 'plan-import' });
    await fireEvent.keyDown(window, { key: 'n', code: 'KeyN', ctrlKey: true });
    expect(screen.getByTestId('plan-new-form')).toBeTruthy();
  });

  test('a plan is imported from a table from the list', async () => {
    mockCore();
    render(PlanList);
    await screen.findAllByTestId('plan-list-row');
    await fireEvent.click(screen.getByTestId('plan-import-button'));
    expect(app.screen).toEqual({ name: 'plan-import' });
  });
});
