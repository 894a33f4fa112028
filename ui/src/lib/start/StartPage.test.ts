import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { app } from '../app.svelte';
import { agreement, mockCore } from '../../test/core';
import StartPage from './StartPage.svelte';

afterEach(() => {
  vi.useRealTimers();
});

describe('start page', () => {
  test('lists the agreements expiring soon, the soonest first, with the days left the core counted', async () => {
    // The days left come from the core (its «today»), not from this computer's clock.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2031, 0, 1, 10, 0));
    const { argsOf } = mockCore({
      list_agreements: () => [
        agreement(7, { status: 'expiring', valid_to: '2026-12-21', days_left: 20, partner_name: 'Городской музей' }),
        agreement(3, { status: 'expiring', valid_to: '2026-12-02', days_left: 1, partner_name: 'Библиотека № 2' }),
        agreement(4, { status: 'expiring', valid_to: '2026-12-01', days_left: 0, number: '4/2026 / 12' }),
      ],
    });
    render(StartPage);
    expect(screen.getByTestId('page-title').textContent).toBe('Главная');

    const rows = await screen.findAllByTestId('expiring-row');
    expect(argsOf('list_agreements')).toEqual([{ query: { partner_id: null, status: 'expiring', year: null } }]);
    expect(rows.map((r) => r.dataset.id)).toEqual(['4', '3', '7']);
    expect(rows[0].textContent).toContain('4/2026 / 12');
    expect(rows[0].textContent).toContain('до 01.12.2026');
    expect(rows[0].textContent).toContain('истекает сегодня');
    expect(rows[1].textContent).toContain('Библиотека № 2');
    expect(rows[1].textContent).toContain('остался 1 день');
    expect(rows[2].textContent).toContain('осталось 20 дней');

    await fireEvent.click(rows[2]);
    expect(app.screen).toEqual({ name: 'agreement', id: 7 });
  });

  test('says calmly when nothing expires; quick links start a partner or an agreement', async () => {
    mockCore({ list_agreements: () => [] });
    render(StartPage);
    expect((await screen.findByTestId('expiring-empty')).textContent).toContain(
      'В ближайшие 30 дней ни один договор не истекает.',
    );
    expect(screen.queryByTestId('expiring-row')).toBeNull();
    await fireEvent.click(screen.getByTestId('start-new-agreement'));
    expect(app.screen).toEqual({ name: 'new-agreement', partnerId: null });
    await fireEvent.click(screen.getByTestId('start-new-partner'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'new' }));
  });
});
