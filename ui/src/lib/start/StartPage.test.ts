import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { app } from '../app.svelte';
import { activityDue, agreement, fulfilment, mockCore } from '../../test/core';
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

  test('lists the plan’s overdue activities and this month’s; each opens the plan or is marked as held', async () => {
    const { argsOf } = mockCore({
      list_agreements: () => [],
      list_activities_due: () => [
        activityDue(21, {
          status: 'overdue',
          title: 'Выставка',
          period_label: { ru: 'Октябрь', kk: 'Қазан', en: 'October' },
          fulfilment: fulfilment(0, 1, 1),
        }),
        activityDue(12, { status: 'due', title: 'Мастер-класс', partner_id: 1, partner_name: 'Средняя школа № 1', fulfilment: fulfilment(1, 2) }),
      ],
    });
    render(StartPage);
    const [overdue] = await screen.findAllByTestId('due-overdue-row');
    expect(argsOf('list_activities_due')).toEqual([{}]);
    expect(overdue.textContent).toContain('Выставка');
    expect(overdue.textContent).toContain('Городской музей');
    expect(overdue.textContent).toContain('0 / 1');
    expect(overdue.textContent).toContain('План 2026–2027');
    // When it is due, as the core prints the period.
    expect(within(overdue).getByTestId('due-period').textContent).toBe('Октябрь');
    const [month] = screen.getAllByTestId('due-month-row');
    expect(month.textContent).toContain('Мастер-класс');
    expect(within(month).getByTestId('due-period').textContent).toBe('Ноябрь');
    expect(month.textContent).toContain('1 / 2');

    await fireEvent.click(within(month).getByTestId('due-mark-held'));
    expect(app.screen).toEqual({
      name: 'new-event',
      prefill: { partner_id: 1, partner_name: 'Средняя школа № 1', activity_id: 12, title: 'Мастер-класс', form_id: null },
      back: { name: 'start' },
    });
    await fireEvent.click(within(overdue).getByText('Выставка'));
    expect(app.screen).toEqual({ name: 'plan', id: 1, activityId: 21 });
  });

  test('nothing overdue and nothing due is said calmly', async () => {
    mockCore({ list_agreements: () => [] });
    render(StartPage);
    expect((await screen.findByTestId('overdue-empty')).textContent).toContain('Просроченных мероприятий нет.');
    expect(screen.getByTestId('month-empty')).toBeTruthy();
  });
});
