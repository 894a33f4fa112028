import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { app } from '../app.svelte';
import { heldEvent, mockCore } from '../../test/core';
import { resetEventView } from './list-state.svelte';
import EventList from './EventList.svelte';
import { useShortcuts } from '../../test/shortcuts';

describe('event list', () => {
  test('shows this month’s events; the month, a range and a partner filter the query', async () => {
    app.today = '2026-11-29';
    resetEventView();
    const { argsOf } = mockCore({
      list_events: () => [
        heldEvent(5, { photos: [{ id: 1, file: 'event-5-1.jpg', original_name: 'a.jpg' }] }),
        heldEvent(6, { held_on: '2026-11-03', time: '', activity_id: null, title: 'Субботник', partner_name: 'Городской музей' }),
      ],
    });
    render(EventList);
    const rows = await screen.findAllByTestId('event-row');
    expect(argsOf('list_events')[0].query).toEqual({ from: '2026-11-01', to: '2026-11-30', partner_id: null, activity_id: null });
    expect(screen.getByTestId('event-count').textContent).toContain('2 мероприятия');
    expect(rows[0].textContent).toContain('14.10.2026');
    expect(rows[0].textContent).toContain('10:00');
    expect(rows[0].textContent).toContain('по плану');
    expect(rows[0].textContent).toContain('31'); // 25 + 4 + 2 + 0
    expect(within(rows[0]).getByTestId('event-photos-count').textContent).toContain('1 фото');
    expect(within(rows[1]).getByTestId('event-photos-count').textContent).toContain('—');

    await fireEvent.click(screen.getByTestId('events-month-prev'));
    await waitFor(() => expect(argsOf('list_events').at(-1)?.query).toMatchObject({ from: '2026-10-01', to: '2026-10-31' }));

    await fireEvent.change(screen.getByTestId('events-filter-span'), { target: { value: 'range' } });
    await fireEvent.change(screen.getByTestId('events-filter-from'), { target: { value: '2026-09-01' } });
    await waitFor(() => expect(argsOf('list_events').at(-1)?.query).toMatchObject({ from: '2026-09-01', to: null }));

    await waitFor(() => expect((screen.getByTestId('events-filter-partner') as HTMLSelectElement).options.length).toBe(3));
    await fireEvent.change(screen.getByTestId('events-filter-partner'), { target: { value: '2' } });
    await waitFor(() => expect(argsOf('list_events').at(-1)?.query).toMatchObject({ partner_id: 2 }));
    expect(argsOf('list_partners')[0].query).toMatchObject({ archived: 'all' });

    await fireEvent.change(screen.getByTestId('events-filter-span'), { target: { value: 'all' } });
    await waitFor(() => expect(argsOf('list_events').at(-1)?.query).toEqual({ from: null, to: null, partner_id: 2, activity_id: null }));

    await fireEvent.click(screen.getAllByTestId('event-row')[1]);
    expect(app.screen).toEqual({ name: 'event', id: 6 });
  });

  test('Ctrl+N starts a new event', async () => {
    mockCore();
    useShortcuts();
    render(EventList);
    expect((await screen.findByText('Мероприятий нет')).tagName).toBe('H2');
    await fireEvent.keyDown(window, { key: 'n', code: 'KeyN', ctrlKey: true });
    expect(app.screen).toEqual({ name: 'new-event' });
  });
});
