import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { app } from '../app.svelte';
import { heldEvent, mockCore } from '../../test/core';
import type { PlannedItem } from '../api';
import { monthWeeks, resetCalendarView } from './view-state.svelte';
import CalendarPage from './CalendarPage.svelte';

afterEach(() => {
  vi.useRealTimers();
});

function planned(overrides: Partial<PlannedItem>): PlannedItem {
  return {
    plan_id: 1,
    activity_id: 21,
    partner_id: 3,
    partner_name: 'Городской музей',
    title: 'Выставка',
    period: { kind: 'months', ranges: [{ from: 11, to: 11 }] },
    from: '2026-11-01',
    to: '2026-11-30',
    day: null,
    held: false,
    status: 'due',
    ...overrides,
  };
}

describe('calendar', () => {
  test('weeks start on Monday', () => {
    // 1 November 2026 is a Sunday.
    const weeks = monthWeeks(2026, 11);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks[1][0]).toBe('2026-11-02');
    expect(weeks.at(-1)).toEqual(['2026-11-30', null, null, null, null, null, null]);
    expect(monthWeeks(2027, 2)).toHaveLength(4); // February 2027 starts on a Monday
  });

  test('events held sit on their days, planned days too; the rest of the month is listed beside', async () => {
    // The computer's clock says another year: the core's today is what counts.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2031, 0, 1, 10, 0));
    app.today = '2026-11-29';
    resetCalendarView();
    const { argsOf } = mockCore({
      get_calendar_month: (a) => ({
        year: a.year,
        month: a.month,
        planned: [
          planned({}),
          planned({ activity_id: 30, title: 'День открытых дверей', partner_id: 1, partner_name: 'Средняя школа № 1', from: '2026-11-01', to: '2026-11-30', day: '2026-11-20', held: true, status: 'done' }),
          // The same activity planned for a second day of the month: the same window, another day.
          planned({ activity_id: 30, title: 'День открытых дверей', partner_id: 1, partner_name: 'Средняя школа № 1', day: '2026-11-27', status: 'done' }),
          planned({ activity_id: 31, title: 'Акция', from: '2026-09-01', to: '2026-11-30', status: 'overdue' }),
        ],
        events: [heldEvent(8, { held_on: '2026-11-20', title: 'День открытых дверей' })],
      }),
    });
    render(CalendarPage);
    await waitFor(() => expect(screen.getAllByTestId('calendar-event')).toHaveLength(1));
    expect(argsOf('get_calendar_month')).toEqual([{ year: 2026, month: 11 }]);
    expect([...screen.getByTestId('calendar-grid').querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс',
    ]);

    const day20 = screen.getAllByTestId('calendar-day').find((d) => d.dataset.day === '2026-11-20')!;
    expect(within(day20).getByTestId('calendar-event').textContent).toContain('День открытых дверей');
    const onDay = within(day20).getByTestId('calendar-planned');
    expect(onDay.dataset.held).toBe('true');
    expect(onDay.classList.contains('held')).toBe(true);

    const day27 = screen.getAllByTestId('calendar-day').find((d) => d.dataset.day === '2026-11-27')!;
    expect(within(day27).getByTestId('calendar-planned').dataset.held).toBe('false');

    const side = screen.getAllByTestId('calendar-planned').filter((p) => !day20.contains(p) && !day27.contains(p));
    expect(side.map((p) => p.dataset.activityId)).toEqual(['21', '31']);
    expect(side[1].classList.contains('overdue')).toBe(true);
    expect(side[0].classList.contains('held')).toBe(false);

    // A planned activity offers to mark it as held, or to find it in the plan.
    await fireEvent.click(side[0]);
    const selected = screen.getByTestId('calendar-selected');
    expect(selected.textContent).toContain('Выставка');
    expect(selected.textContent).toContain('01.11.2026 – 30.11.2026');
    await fireEvent.click(within(selected).getByTestId('calendar-mark-held'));
    expect(app.screen).toEqual({
      name: 'new-event',
      prefill: { partner_id: 3, partner_name: 'Городской музей', activity_id: 21, title: 'Выставка', form_id: null },
      back: { name: 'calendar' },
    });
  });

  test('an event opens its form; the month moves with the buttons and Page Up/Down', async () => {
    app.today = '2026-12-05';
    resetCalendarView();
    const { argsOf } = mockCore({
      get_calendar_month: (a) => ({ year: a.year, month: a.month, planned: [], events: a.month === 12 ? [heldEvent(9, { held_on: '2026-12-02' })] : [] }),
    });
    render(CalendarPage);
    await fireEvent.click(await screen.findByTestId('calendar-event'));
    expect(app.screen).toEqual({ name: 'event', id: 9, back: { name: 'calendar' } });

    await fireEvent.click(screen.getByTestId('calendar-month-next'));
    await waitFor(() => expect(argsOf('get_calendar_month').at(-1)).toEqual({ year: 2027, month: 1 }));
    expect(screen.getByTestId('calendar-this-month-empty')).toBeTruthy();
    await fireEvent.keyDown(window, { key: 'PageUp' });
    await fireEvent.keyDown(window, { key: 'PageUp' });
    await waitFor(() => expect(argsOf('get_calendar_month').at(-1)).toEqual({ year: 2026, month: 11 }));
    expect((screen.getByTestId('calendar-month-month') as HTMLSelectElement).value).toBe('11');
  });
});
