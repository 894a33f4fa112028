import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { app, toasts } from '../app.svelte';
import { activity, heldEvent, mockCore, planSheet } from '../../test/core';
import type { HeldEventInput } from '../api';
import { t } from '../i18n/index.svelte';
import EventForm from './EventForm.svelte';

function field(testid: string): HTMLInputElement {
  return screen.getByTestId(testid) as HTMLInputElement;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('event form', () => {
  test('marked as held from the plan: partner, activity, title, the activity’s form and today are filled in', async () => {
    // The computer's clock says another year: the core's today is what counts.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2031, 0, 1, 10, 0));
    app.today = '2026-11-29';
    const { argsOf } = mockCore({
      create_event: (a) => heldEvent(600, { ...(a.input as HeldEventInput), photos: [] }),
    });
    const back = { name: 'plan' as const, id: 1, activityId: 21 };
    app.screen = { name: 'new-event', back };
    render(EventForm, {
      id: null,
      prefill: { partner_id: 3, partner_name: 'Городской музей', activity_id: 21, title: 'Выставка', form_id: null },
      back,
    });

    await waitFor(() => expect((screen.getByTestId('field-activity') as HTMLSelectElement).value).toBe('21'));
    expect(field('field-partner').value).toBe('Городской музей');
    expect(field('field-title').value).toBe('Выставка');
    expect(field('field-held-on').value).toBe('2026-11-29');
    expect(document.activeElement).toBe(field('field-held-on'));
    // The activity's form (Экскурсии, 22) since the plan names one.
    expect((screen.getByTestId('field-form') as HTMLSelectElement).value).toBe('22');
    // Only that partner's activities are offered, under their plan.
    const activitySelect = screen.getByTestId('field-activity') as HTMLSelectElement;
    expect([...activitySelect.options].map((o) => o.value)).toEqual(['', '21']);
    expect(activitySelect.querySelector('optgroup')?.label).toBe('План на 2026–2027');
    expect(activitySelect.options[1].text).toContain('Выставка — Октябрь');

    await fireEvent.input(field('field-time'), { target: { value: '15:30' } });
    await fireEvent.input(field('field-children'), { target: { value: '24' } });
    await fireEvent.input(field('field-parents'), { target: { value: '6' } });
    await fireEvent.input(field('field-place'), { target: { value: 'Городской музей' } });
    await fireEvent.click(field('field-by-parents'));
    await fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });

    await waitFor(() => expect(app.screen).toEqual(back));
    expect(argsOf('create_event')[0].input).toEqual({
      held_on: '2026-11-29',
      time: '15:30',
      partner_id: 3,
      activity_id: 21,
      title: 'Выставка',
      form_id: 22,
      place: 'Городской музей',
      participants: { children: 24, parents: 6, teachers: 0, others: 0 },
      ages: '',
      by_parents: true,
      responsible: '',
      result: '',
      media_link: '',
    });
    expect(toasts.map((x) => x.message)).toEqual(['toast-saved']);
  });

  test('the core’s refusal is shown next to the field it names, and what was typed stays', async () => {
    let refusal: unknown = { code: 'date-invalid', message: '', details: { field: 'time', value: '25:00' } };
    const { argsOf } = mockCore({
      create_event: () => {
        throw refusal;
      },
    });
    app.screen = { name: 'new-event' };
    render(EventForm, { id: null, prefill: { partner_id: 1, partner_name: 'Средняя школа № 1', activity_id: null, title: '', form_id: null } });
    await waitFor(() => expect(field('field-partner').value).toBe('Средняя школа № 1'));
    await fireEvent.input(field('field-title'), { target: { value: 'Встреча с ветеранами' } });
    await fireEvent.input(field('field-time'), { target: { value: '25:00' } });
    await fireEvent.click(screen.getByTestId('save-button'));

    const note = await screen.findByTestId('field-error-time');
    expect(note.textContent).toBe(t('error-date-invalid', { field: t('field-time'), value: '25:00' }));
    expect(note.closest('.field')?.contains(field('field-time'))).toBe(true);
    expect(field('field-time').getAttribute('aria-invalid')).toBe('true');
    expect(field('field-title').getAttribute('aria-invalid')).toBe('false');
    expect(document.activeElement).toBe(field('field-time'));
    expect(screen.getByTestId('error-message').textContent).toContain('Мероприятие не сохранено');
    expect(field('field-title').value).toBe('Встреча с ветеранами');
    expect(field('field-time').value).toBe('25:00');
    expect(app.screen).toEqual({ name: 'new-event' });

    // Counts out of range are shown under the participants.
    refusal = { code: 'out-of-range', message: '', details: { field: 'participants', min: '0', max: '100000' } };
    await fireEvent.input(field('field-children'), { target: { value: '200000' } });
    await fireEvent.click(screen.getByTestId('save-button'));
    const counts = await screen.findByTestId('field-error-participants');
    expect(counts.textContent).toContain(t('field-participants'));
    expect(field('field-children').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('field-children'));
    expect(screen.queryByTestId('field-error-time')).toBeNull();
    expect((argsOf('create_event')[1].input as HeldEventInput).participants.children).toBe(200000);
  });

  test('without a partner it asks for one and sends nothing', async () => {
    const { argsOf } = mockCore();
    render(EventForm, { id: null });
    await waitFor(() => expect(document.activeElement).toBe(field('field-partner')));
    expect((screen.getByTestId('field-activity') as HTMLSelectElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('save-button'));
    expect((await screen.findByTestId('field-error-partner')).textContent).toContain('Выберите партнёра');
    expect(argsOf('create_event')).toHaveLength(0);
  });

  test('choosing a partner offers its planned activities; choosing one fills an empty title', async () => {
    const sheet = planSheet();
    sheet.groups[0].rows[0].activities.push(activity(13, 1, { title: 'День открытых дверей', form_id: 21 }));
    mockCore({ get_plan_sheet: () => sheet });
    render(EventForm, { id: null });
    const picker = await screen.findByTestId('field-partner');
    await fireEvent.input(picker, { target: { value: 'школа' } });
    await fireEvent.click((await screen.findAllByTestId('partner-option'))[0]);
    const select = screen.getByTestId('field-activity') as HTMLSelectElement;
    await waitFor(() => expect([...select.options].map((o) => o.value)).toEqual(['', '11', '12', '13']));
    await fireEvent.change(select, { target: { value: '13' } });
    expect(field('field-title').value).toBe('День открытых дверей');
    expect((screen.getByTestId('field-form') as HTMLSelectElement).value).toBe('21');
  });

  test('a recorded event: its photos are added, opened and removed; the event is deleted after asking', async () => {
    let photos = [{ id: 1, file: 'event-5-1.jpg', original_name: 'IMG_0012.jpg' }];
    const { argsOf } = mockCore({
      get_event: (a) => heldEvent(a.id as number, { photos }),
      add_event_photos: (a) => {
        photos = [...photos, { id: 2, file: 'event-5-2.png', original_name: 'афиша.png' }];
        return heldEvent(a.id as number, { photos });
      },
      open_event_photo: () => null,
      remove_event_photo: () => null,
      delete_event: () => null,
    });
    app.screen = { name: 'event', id: 5 };
    render(EventForm, { id: 5 });
    await waitFor(() => expect(field('field-title').value).toBe('Экскурсия «Мир профессий»'));
    expect(field('field-children').value).toBe('25');
    expect(field('field-others').value).toBe('');
    expect(screen.getAllByTestId('event-photo').map((p) => p.textContent)).toEqual([
      expect.stringContaining('IMG_0012.jpg'),
    ]);

    await fireEvent.click(screen.getByTestId('event-add-photos'));
    await waitFor(() => expect(screen.getAllByTestId('event-photo')).toHaveLength(2));
    expect(argsOf('add_event_photos')).toEqual([{ id: 5 }]);
    expect(toasts.map((x) => t(x.message, x.args))).toEqual(['Добавлена 1 фотография']);

    await fireEvent.click(within(screen.getAllByTestId('event-photo')[1]).getByTestId('event-photo-open'));
    await waitFor(() => expect(argsOf('open_event_photo')).toEqual([{ photoId: 2 }]));

    await fireEvent.click(within(screen.getAllByTestId('event-photo')[0]).getByTestId('event-photo-remove'));
    expect(screen.getByRole('alertdialog').textContent).toContain('IMG_0012.jpg');
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getAllByTestId('event-photo')).toHaveLength(1));
    expect(argsOf('remove_event_photo')).toEqual([{ photoId: 1 }]);

    await fireEvent.click(screen.getByTestId('event-delete'));
    expect(screen.getByRole('alertdialog').textContent).toContain('Экскурсия «Мир профессий»');
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'events' }));
    expect(argsOf('delete_event')).toEqual([{ id: 5 }]);
  });

  test('a new event can be saved and given photos in one step', async () => {
    const { argsOf } = mockCore({
      create_event: (a) => heldEvent(70, { ...(a.input as HeldEventInput) }),
      add_event_photos: (a) => heldEvent(a.id as number),
    });
    const back = { name: 'calendar' as const };
    render(EventForm, {
      id: null,
      prefill: { partner_id: 1, partner_name: 'Средняя школа № 1', activity_id: null, title: 'Субботник', form_id: null },
      back,
    });
    await fireEvent.click(await screen.findByTestId('event-save-add-photos'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'event', id: 70, back }));
    expect(argsOf('add_event_photos')).toEqual([{ id: 70 }]);
  });
});
