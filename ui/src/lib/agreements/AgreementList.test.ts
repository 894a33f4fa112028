import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { app } from '../app.svelte';
import { agreement, mockCore } from '../../test/core';
import AgreementList from './AgreementList.svelte';
import { useShortcuts } from '../../test/shortcuts';

function lastQuery(argsOf: (cmd: string) => Record<string, unknown>[]): Record<string, unknown> {
  const all = argsOf('list_agreements');
  return all[all.length - 1].query as Record<string, unknown>;
}

describe('agreement list', () => {
  test('renders the rows the core returns: number or «draft», partner, term, status, language', async () => {
    const { argsOf } = mockCore({
      list_agreements: () => [
        agreement(12, { number: '12/2026 / 45-П', partner_number: '45-П', title: 'О музейных уроках' }),
        agreement(13, {
          register_number: null,
          number: '',
          partner_name: 'Городская библиотека',
          status: 'draft',
          language: 'kkru',
        }),
        agreement(9, { status: 'expiring', valid_to: '2026-12-20' }),
      ],
    });
    render(AgreementList);

    const rows = await screen.findAllByTestId('agreement-row');
    expect(rows.map((r) => r.dataset.id)).toEqual(['12', '13', '9']);
    expect(rows[0].textContent).toContain('12/2026 / 45-П');
    expect(rows[0].textContent).toContain('Средняя школа № 1');
    expect(rows[0].textContent).toContain('О музейных уроках');
    expect(rows[0].textContent).toContain('01.09.2026 – 31.08.2027');
    expect(rows[0].textContent).toContain('Действует');
    expect(rows[0].textContent).toContain('Русский');
    expect(rows[1].textContent).toContain('черновик');
    expect(rows[1].textContent).toContain('Городская библиотека');
    expect(rows[1].textContent).toContain('Черновик');
    expect(rows[1].textContent).toContain('Қазақша + Русский');
    expect(rows[2].querySelector('[data-status]')?.getAttribute('data-status')).toBe('expiring');
    expect(rows[2].textContent).toContain('Истекает');
    expect(screen.getByTestId('agreement-count').textContent).toContain('3 договора');
    expect(lastQuery(argsOf)).toEqual({ partner_id: null, status: null, year: null });
  });

  test('the status and year filters ask the core again', async () => {
    const { argsOf } = mockCore({ list_agreements: () => [agreement(1)] });
    render(AgreementList);
    await screen.findAllByTestId('agreement-row');

    const status = screen.getByTestId('filter-status') as HTMLSelectElement;
    expect([...status.options].map((o) => o.value)).toEqual([
      '',
      'draft',
      'active',
      'expiring',
      'expired',
      'terminated',
      'renewed',
    ]);
    await fireEvent.change(status, { target: { value: 'expiring' } });
    await waitFor(() => expect(lastQuery(argsOf)).toEqual({ partner_id: null, status: 'expiring', year: null }));

    const year = screen.getByTestId('filter-year') as HTMLSelectElement;
    await fireEvent.change(year, { target: { value: year.options[2].value } });
    await waitFor(() => expect(lastQuery(argsOf).year).toBe(Number(year.options[2].value)));

    await fireEvent.change(status, { target: { value: '' } });
    await waitFor(() => expect(lastQuery(argsOf).status).toBeNull());
  });

  test('arrow keys move the selection and Enter opens the agreement; Ctrl+N starts a new one', async () => {
    mockCore({ list_agreements: () => [agreement(4), agreement(5)] });
    useShortcuts();
    render(AgreementList);
    const rows = await screen.findAllByTestId('agreement-row');
    await fireEvent.keyDown(window, { key: 'ArrowDown' });
    await fireEvent.keyDown(window, { key: 'ArrowDown' });
    await waitFor(() => expect(rows[1].getAttribute('aria-selected')).toBe('true'));
    await fireEvent.keyDown(window, { key: 'Enter' });
    expect(app.screen).toEqual({ name: 'agreement', id: 5 });

    await fireEvent.keyDown(window, { key: 'т', code: 'KeyN', ctrlKey: true }); // Russian layout
    expect(app.screen).toEqual({ name: 'new-agreement', partnerId: null });
  });

  test('a click opens the agreement; New agreement opens the form', async () => {
    mockCore({ list_agreements: () => [agreement(4)] });
    render(AgreementList);
    await fireEvent.click(await screen.findByTestId('agreement-row'));
    expect(app.screen).toEqual({ name: 'agreement', id: 4 });
    await fireEvent.click(screen.getByTestId('new-agreement-button'));
    expect(app.screen).toEqual({ name: 'new-agreement', partnerId: null });
  });

  test('an empty register and an empty filter say so differently', async () => {
    mockCore({ list_agreements: () => [] });
    render(AgreementList);
    await screen.findByText('Договоров пока нет');
    await fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'expired' } });
    await screen.findByText('Ничего не найдено');
  });
});
