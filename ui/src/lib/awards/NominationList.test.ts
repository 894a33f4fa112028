import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { app, toasts } from '../app.svelte';
import { t } from '../i18n/index.svelte';
import { mockCore, nomination, sendOnChannel } from '../../test/core';
import NominationList from './NominationList.svelte';

function rows(): HTMLElement[] {
  return screen.getAllByTestId('nomination-row');
}

function tick(row: number): Promise<boolean> {
  return fireEvent.click(within(rows()[row]).getByTestId('nomination-check'));
}

function shown(): string[] {
  return toasts.map((x) => t(x.message, x.args));
}

describe('nominations of the year', () => {
  test('lists this year’s nominations with their status and number; filters ask the core', async () => {
    const { argsOf } = mockCore({
      list_nominations: () => [
        nomination(1),
        nomination(2, {
          nominative: 'Семья Нурлановых',
          nominee_kind: 'family',
          status: 'printed',
          certificate_number: '3/2026',
        }),
      ],
    });
    render(NominationList);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(argsOf('list_nominations')[0]).toEqual({
      query: { year: 2026, status: null, title_id: null, award_kind_id: null },
    });
    expect(rows()[0].textContent).toContain('Иванова Мария Петровна');
    expect(rows()[0].textContent).toContain('Самый активный родитель');
    expect(rows()[0].textContent).toContain('Благодарственное письмо');
    expect(rows()[0].textContent).toContain('Предложена');
    expect(within(rows()[1]).getByTestId('nomination-number').textContent).toBe('3/2026');
    expect(screen.getByTestId('nomination-count').textContent).toContain('2 номинации');

    await fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'approved' } });
    await waitFor(() => expect(argsOf('list_nominations').at(-1)?.query).toMatchObject({ status: 'approved' }));
    await waitFor(() => expect(screen.getByTestId('filter-title').querySelectorAll('option')).toHaveLength(4));
    await fireEvent.change(screen.getByTestId('filter-title'), { target: { value: '12' } });
    await waitFor(() => expect(argsOf('list_nominations').at(-1)?.query).toMatchObject({ status: 'approved', title_id: 12 }));
    await fireEvent.change(screen.getByTestId('filter-year'), { target: { value: '2025' } });
    await waitFor(() => expect(argsOf('list_nominations').at(-1)?.query).toMatchObject({ year: 2025 }));

    // A click on the row opens it; a click on its box only ticks it.
    await fireEvent.click(screen.getByRole('button', { name: 'Сбросить фильтры' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    await tick(0);
    expect(app.screen.name).not.toBe('nomination');
    await fireEvent.click(rows()[1]);
    expect(app.screen).toEqual({ name: 'nomination', id: 2 });
  });

  test('approve by order sends the ticked ids with the order number and date', async () => {
    let approved = false;
    const { argsOf } = mockCore({
      list_nominations: () => [
        nomination(1, approved ? { status: 'approved', order_number: '45-П', order_date: '2026-12-20' } : {}),
        nomination(2, { nominative: 'Петров Иван Сергеевич' }),
        nomination(3, { nominative: 'Семья Нурлановых' }),
      ],
      approve_nominations: (a) => {
        approved = true;
        return (a.ids as number[]).length;
      },
    });
    render(NominationList);
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.queryByTestId('selection-bar')).toBeNull();
    await tick(0);
    await tick(2);
    expect(screen.getByTestId('selection-count').textContent).toContain('Отмечено: 2');

    await fireEvent.click(screen.getByTestId('approve-button'));
    expect((screen.getByTestId('approve-order-date') as HTMLInputElement).value).toBe('2026-11-29');
    await fireEvent.input(screen.getByTestId('approve-order-number'), { target: { value: '45-П' } });
    await fireEvent.input(screen.getByTestId('approve-order-date'), { target: { value: '2026-12-20' } });
    await fireEvent.click(screen.getByTestId('approve-submit'));

    await waitFor(() => expect(argsOf('approve_nominations')).toHaveLength(1));
    expect(argsOf('approve_nominations')[0]).toEqual({ ids: [1, 3], orderNumber: '45-П', orderDate: '2026-12-20' });
    await waitFor(() => expect(rows()[0].textContent).toContain('Утверждена'));
    expect(screen.queryByTestId('approve-panel')).toBeNull();
    expect(shown()).toEqual(['Утверждены 2 номинации']);
    expect(toasts[0].undo).toBe(true);
  });

  test('a refused order is explained at its field and nothing is closed', async () => {
    mockCore({
      list_nominations: () => [nomination(1)],
      approve_nominations: () => {
        throw { code: 'required', message: '', details: { field: 'approval-order' } };
      },
    });
    render(NominationList);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await fireEvent.click(screen.getByTestId('check-all'));
    await fireEvent.click(screen.getByTestId('approve-button'));
    await fireEvent.click(screen.getByTestId('approve-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('approve-order-number').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByTestId('approve-panel').textContent).toContain('Приказ');
    expect(toasts).toHaveLength(0);
  });

  test('printing into a folder shows its progress; Cancel stops it with cancel_print', async () => {
    let finish: (path: string | null) => void = () => {};
    let channel: unknown = null;
    const { argsOf } = mockCore({
      list_nominations: () => [
        nomination(1, { status: 'approved', order_number: '45-П' }),
        nomination(2, { status: 'approved', order_number: '45-П' }),
        nomination(3),
      ],
      print_certificates: (a) => {
        channel = a.progress;
        return new Promise((resolve) => (finish = resolve));
      },
      cancel_print: () => null,
    });
    render(NominationList);
    await waitFor(() => expect(rows()).toHaveLength(3));
    await fireEvent.click(screen.getByTestId('check-all'));
    await fireEvent.click(screen.getByTestId('print-certificates'));
    // The one not approved yet is left out, and the user is told.
    expect(screen.getByTestId('print-skipped').textContent).toContain('1 отмеченная номинация ещё не утверждена');
    expect((screen.getByTestId('print-one-file') as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(screen.getByTestId('print-per-file'));
    await fireEvent.change(screen.getByTestId('print-certificates-lang'), { target: { value: 'kk' } });
    await fireEvent.click(screen.getByTestId('print-start'));

    await waitFor(() => expect(argsOf('print_certificates')).toHaveLength(1));
    expect(argsOf('print_certificates')[0]).toMatchObject({ ids: [1, 2], lang: 'kk', oneFile: false });
    expect(screen.getByTestId('print-progress').textContent).toContain('Выберите папку для грамот');

    sendOnChannel(channel, 0, { done: 0, total: 2 });
    await waitFor(() => expect(screen.getByTestId('print-progress-text').textContent).toBe('Напечатано 0 из 2'));
    sendOnChannel(channel, 1, { done: 1, total: 2 });
    await waitFor(() => expect(screen.getByTestId('print-progress-text').textContent).toBe('Напечатано 1 из 2'));
    const bar = screen.getByTestId('print-progress').querySelector('progress')!;
    expect([bar.value, bar.max]).toEqual([1, 2]);

    await fireEvent.click(screen.getByTestId('print-cancel'));
    await waitFor(() => expect(argsOf('cancel_print')).toEqual([{}]));
    expect(screen.getByTestId('print-cancel').textContent).toContain('Останавливается');

    // The shell stops after the certificate it was printing and tells how many were done.
    sendOnChannel(channel, 2, { done: 1, total: 2 });
    finish('/home/user/Грамоты');
    await waitFor(() => expect(screen.queryByTestId('print-progress')).toBeNull());
    expect(shown()).toEqual(['Печать остановлена: напечатано 1 из 2. Сохранено: /home/user/Грамоты']);
    // Printed numbers cannot be taken back: no Undo is offered.
    expect(toasts[0].undo).toBeUndefined();
    expect(screen.queryByTestId('print-panel')).toBeNull();
    expect(argsOf('list_nominations').length).toBeGreaterThan(1);
  });

  test('one combined PDF: a cancelled save dialog says nothing and keeps the panel', async () => {
    const { argsOf } = mockCore({
      list_nominations: () => [nomination(1, { status: 'approved', order_number: '45-П' })],
      print_certificates: () => null,
    });
    render(NominationList);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await tick(0);
    await fireEvent.click(screen.getByTestId('print-certificates'));
    await fireEvent.click(screen.getByTestId('print-start'));
    await waitFor(() => expect(argsOf('print_certificates')).toHaveLength(1));
    expect(argsOf('print_certificates')[0]).toMatchObject({ ids: [1], lang: 'ru', oneFile: true });
    await waitFor(() => expect((screen.getByTestId('print-start') as HTMLButtonElement).disabled).toBe(false));
    expect(screen.getByTestId('print-panel')).toBeTruthy();
    expect(toasts).toHaveLength(0);
  });

  test('handing over marks those with a certificate on the day given', async () => {
    const { argsOf } = mockCore({
      list_nominations: () => [
        nomination(1, { status: 'printed', certificate_number: '1/2026' }),
        nomination(2, { status: 'printed', certificate_number: '2/2026' }),
        nomination(3, { status: 'approved', order_number: '45-П' }),
      ],
      hand_over_nomination: (a) => nomination(a.id as number, { status: 'handed', handed_on: a.on as string }),
    });
    render(NominationList);
    await waitFor(() => expect(rows()).toHaveLength(3));
    await fireEvent.click(screen.getByTestId('check-all'));
    await fireEvent.click(screen.getByTestId('hand-over-button'));
    expect(screen.getByTestId('hand-over-skipped').textContent).toContain('1 отмеченная номинация ещё без грамоты');
    await fireEvent.input(screen.getByTestId('hand-over-date'), { target: { value: '2026-12-26' } });
    await fireEvent.click(screen.getByTestId('hand-over-submit'));
    await waitFor(() => expect(argsOf('hand_over_nomination')).toHaveLength(2));
    expect(argsOf('hand_over_nomination')).toEqual([
      { id: 1, on: '2026-12-26' },
      { id: 2, on: '2026-12-26' },
    ]);
    await waitFor(() => expect(shown()).toEqual(['Отмечено вручение: 2 награды']));
    // Two changes: Undo would take back only the last, so it is not offered.
    expect(toasts[0].undo).toBeUndefined();
  });

  test('the import from a table is reached from the list', async () => {
    mockCore();
    render(NominationList);
    await fireEvent.click(screen.getByTestId('nominee-import-button'));
    expect(app.screen).toEqual({ name: 'nominee-import' });
  });
});
