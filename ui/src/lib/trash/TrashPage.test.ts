import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { TrashItem } from '../api';
import { app, toasts } from '../app.svelte';
import { applyLanguage, t } from '../i18n/index.svelte';
import { mockCore, trashItem } from '../../test/core';
import App from '../../App.svelte';
import TrashPage from './TrashPage.svelte';

const ITEMS = [trashItem('event', 501), trashItem('plan-row', 2), trashItem('plan', 3)];

function rows(): HTMLElement[] {
  return screen.getAllByTestId('trash-row');
}

function rowOf(kind: TrashItem['kind'], id: number): HTMLElement {
  const row = rows().find((r) => r.dataset.kind === kind && r.dataset.id === String(id));
  if (!row) throw new Error(`no row ${kind} ${id}`);
  return row;
}

function toastTexts(): string[] {
  return toasts.map((x) => t(x.message, x.args));
}

describe('trash page', () => {
  test('lists what was deleted with its kind, where it belonged and the day it goes for good', async () => {
    mockCore({ list_trash: () => ITEMS });
    render(TrashPage);
    expect(screen.getByTestId('page-title').textContent).toBe('Корзина');
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows().map((r) => [r.dataset.kind, r.dataset.id])).toEqual([
      ['event', '501'],
      ['plan-row', '2'],
      ['plan', '3'],
    ]);

    const event = rowOf('event', 501);
    expect(event.textContent).toContain('Мероприятие');
    expect(within(event).getByTestId('trash-title').textContent).toBe('Экскурсия «Мир профессий»');
    expect(within(event).getByTestId('trash-detail').textContent).toBe('14.10.2026 · Средняя школа № 1');
    expect(event.textContent).toContain('20.11.2026');
    expect(within(event).getByTestId('trash-purge-on').textContent?.trim()).toBe('Удалится насовсем 20 декабря 2026 г.');

    const row = rowOf('plan-row', 2);
    expect(row.textContent).toContain('Строка плана');
    expect(within(row).getByTestId('trash-title').textContent).toBe('Городской музей');
    expect(within(row).getByTestId('trash-detail').textContent).toBe('Из плана на 2026–2027');

    const plan = rowOf('plan', 3);
    expect(within(plan).getByTestId('trash-title').textContent).toBe('План на 2025–2026');
    expect(within(plan).queryByTestId('trash-detail')).toBeNull();

    applyLanguage('kk');
    await waitFor(() => expect(within(rowOf('plan', 3)).getByTestId('trash-title').textContent).toBe('2025–2026 жоспары'));
    expect(screen.getByTestId('page-title').textContent).toBe('Себет');
  });

  test('says so when the trash is empty', async () => {
    mockCore();
    render(TrashPage);
    expect((await screen.findByTestId('trash-empty')).textContent).toBe('Корзина пуста.');
    expect(screen.queryByTestId('trash-row')).toBeNull();
  });

  test('Restore takes the record out of the trash, offers to undo it and reads the list again', async () => {
    let items = ITEMS;
    const { argsOf } = mockCore({
      list_trash: () => items,
      restore_from_trash: (a) => {
        items = items.filter((i) => !(i.kind === a.kind && i.id === a.id));
        return null;
      },
    });
    render(TrashPage);
    await waitFor(() => expect(rows()).toHaveLength(3));

    await fireEvent.click(within(rowOf('event', 501)).getByTestId('trash-restore'));
    await waitFor(() => expect(argsOf('restore_from_trash')).toEqual([{ kind: 'event', id: 501 }]));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(argsOf('list_trash')).toHaveLength(2);
    expect(toastTexts()).toEqual(['Восстановлено из корзины: Экскурсия «Мир профессий»']);
    expect(toasts[0].undo).toBe(true);
  });

  test('a row of a plan that is itself in the trash is refused with the reason', async () => {
    const { argsOf } = mockCore({
      list_trash: () => ITEMS,
      restore_from_trash: () => {
        throw { code: 'in-trash', message: '', details: { value: '2026-2027' } };
      },
    });
    render(TrashPage);
    await waitFor(() => expect(rows()).toHaveLength(3));
    await fireEvent.click(within(rowOf('plan-row', 2)).getByTestId('trash-restore'));
    const error = await screen.findByTestId('error-message');
    expect(error.textContent).toBe(t('error-in-trash', { value: '2026-2027' }));
    expect(error.textContent).toContain('корзин');
    expect(argsOf('restore_from_trash')).toEqual([{ kind: 'plan-row', id: 2 }]);
    expect(rows()).toHaveLength(3);
    expect(toasts).toEqual([]);
  });

  test('Delete for good asks first; only a confirmed one is deleted', async () => {
    let items = ITEMS;
    const { argsOf } = mockCore({
      list_trash: () => items,
      delete_forever: (a) => {
        items = items.filter((i) => !(i.kind === a.kind && i.id === a.id));
        return null;
      },
    });
    render(TrashPage);
    await waitFor(() => expect(rows()).toHaveLength(3));

    const deleteIn = (kind: TrashItem['kind'], id: number) => within(rowOf(kind, id)).getByTestId('trash-delete-forever');
    await fireEvent.click(deleteIn('plan', 3));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Удалить насовсем?');
    expect(dialog.textContent).toContain('План: «План на 2025–2026». Запись будет удалена насовсем');
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(argsOf('delete_forever')).toEqual([]);

    await fireEvent.click(deleteIn('plan', 3));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(argsOf('delete_forever')).toEqual([{ kind: 'plan', id: 3 }]));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(toastTexts()).toEqual(['Удалено насовсем: План на 2025–2026']);
  });

  test('is reached from the sidebar', async () => {
    const { argsOf } = mockCore({ list_trash: () => ITEMS });
    render(App);
    await waitFor(() => expect(app.screen).toEqual({ name: 'start' }));
    await fireEvent.click(screen.getByTestId('nav-trash'));
    expect(app.screen).toEqual({ name: 'trash' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(argsOf('list_trash')).toEqual([{}]);
    expect(screen.getByTestId('nav-trash').getAttribute('aria-current')).toBe('page');
  });
});
