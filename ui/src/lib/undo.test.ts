import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { app, go, toastChange, toasts } from './app.svelte';
import { t } from './i18n/index.svelte';
import { mockCore, nomination, partner } from '../test/core';
import App from '../App.svelte';

function toastTexts(): string[] {
  return screen.queryAllByTestId('toast').map((el) => el.querySelector('span')?.textContent ?? '');
}

/** The app started on the start page. */
async function started(): Promise<void> {
  render(App);
  await waitFor(() => expect(app.screen).toEqual({ name: 'start' }));
}

describe('undo', () => {
  test('Undo in a change’s toast takes the change back and reads the screen again', async () => {
    let archived = false;
    const { argsOf, calls } = mockCore({
      get_partner: (a) => partner(a.id as number, { archived_at: archived ? '2026-11-29T08:00:00Z' : null }),
      archive_partner: (a) => {
        archived = true;
        return partner(a.id as number, { archived_at: '2026-11-29T08:00:00Z' });
      },
      undo_last_change: () => {
        archived = false;
        return null;
      },
    });
    await started();
    go({ name: 'partner', id: 3 });
    await fireEvent.click(await screen.findByTestId('archive-button'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await screen.findByTestId('archived-banner');

    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Перенесено в архив');
    const readsBefore = argsOf('get_partner').length;
    await fireEvent.click(within(toast).getByTestId('toast-undo'));

    await waitFor(() => expect(argsOf('undo_last_change')).toEqual([{}]));
    await waitFor(() => expect(toastTexts()).toEqual(['Изменение отменено']));
    // The state, the catalogs and the partner are read again after the undo, on the same screen.
    const after = calls.slice(calls.findIndex((c) => c.cmd === 'undo_last_change')).map((c) => c.cmd);
    expect(after).toEqual(expect.arrayContaining(['get_app_state', 'list_catalogs', 'get_partner']));
    expect(argsOf('get_partner').length).toBeGreaterThan(readsBefore);
    expect(app.screen).toEqual({ name: 'partner', id: 3 });
    await waitFor(() => expect(screen.queryByTestId('archived-banner')).toBeNull());
    expect(screen.getByTestId('archive-button')).toBeTruthy();
    expect(screen.queryByTestId('toast-undo')).toBeNull();
  });

  test('when the record on screen was taken back with the change, its list is shown', async () => {
    let created = true;
    const { argsOf } = mockCore({
      get_partner: (a) => {
        if (!created) throw { code: 'not-found', message: '', details: { entity: 'partner', id: String(a.id) } };
        return partner(a.id as number);
      },
      undo_last_change: () => {
        created = false;
        return null;
      },
    });
    await started();
    go({ name: 'partner', id: 7 });
    await screen.findByTestId('archive-button');
    toastChange('toast-saved');
    await fireEvent.click(await screen.findByTestId('toast-undo'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'list' }));
    await waitFor(() => expect(argsOf('list_partners').length).toBeGreaterThan(0));
    expect(argsOf('undo_last_change')).toHaveLength(1);
  });

  test('a nomination taken back with the change leads to the awards list', async () => {
    let created = true;
    const { argsOf } = mockCore({
      get_nomination: (a) => {
        if (!created) throw { code: 'not-found', message: '', details: { entity: 'nomination', id: String(a.id) } };
        return nomination(a.id as number);
      },
      undo_last_change: () => {
        created = false;
        return null;
      },
    });
    await started();
    go({ name: 'nomination', id: 9 });
    await screen.findByTestId('edit-button');
    toastChange('toast-saved');
    await fireEvent.click(await screen.findByTestId('toast-undo'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'awards' }));
    await waitFor(() => expect(argsOf('list_nominations').length).toBeGreaterThan(0));
  });

  test('an undo the core refuses says why in a toast', async () => {
    mockCore({
      undo_last_change: () => {
        throw { code: 'nothing-to-undo', message: '', details: {} };
      },
    });
    await started();
    toastChange('toast-saved');
    await fireEvent.click(await screen.findByTestId('toast-undo'));
    const error = await screen.findByTestId('toast-error');
    expect(error.textContent).toBe(t('error-nothing-to-undo'));
    expect(error.textContent).toContain('Отменять нечего');
    expect(app.screen).toEqual({ name: 'start' });
  });

  test('only the latest change’s toast offers Undo', async () => {
    mockCore();
    await started();
    toastChange('toast-saved');
    toastChange('toast-moved');
    await waitFor(() => expect(screen.getAllByTestId('toast')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('toast');
    expect(within(first).queryByTestId('toast-undo')).toBeNull();
    expect(within(second).getByTestId('toast-undo').textContent?.trim()).toBe('Отменить');
    expect(toasts.map((x) => x.undo)).toEqual([false, true]);
  });

  test('Ctrl+Z undoes only when the core has a change to undo, and never while typing', async () => {
    let possible = false;
    const { argsOf } = mockCore({
      can_undo: () => possible,
      undo_last_change: () => {
        possible = false;
        return null;
      },
    });
    await started();
    go({ name: 'list' });
    const search = await screen.findByTestId('search-input');

    await fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true });
    await waitFor(() => expect(argsOf('can_undo')).toHaveLength(1));
    expect(argsOf('undo_last_change')).toEqual([]);

    possible = true;
    await fireEvent.keyDown(search, { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(argsOf('can_undo')).toHaveLength(1); // the text field's own undo

    // A Russian layout gives «я» for the Z key.
    await fireEvent.keyDown(document.body, { key: 'я', code: 'KeyZ', ctrlKey: true });
    await waitFor(() => expect(argsOf('undo_last_change')).toEqual([{}]));
    await waitFor(() => expect(toasts.map((x) => x.message)).toEqual(['toast-undone']));
    expect(app.screen).toEqual({ name: 'list' });
  });

  test('unsaved work on screen is asked about first; kept, nothing is undone', async () => {
    const { argsOf } = mockCore({ can_undo: () => true, undo_last_change: () => null });
    await started();
    go({ name: 'new' });
    const typed = async () => {
      const name = (await screen.findByTestId('field-name')) as HTMLInputElement;
      await fireEvent.input(name, { target: { value: 'Дом культуры' } });
    };
    await typed();
    toastChange('toast-catalog-added', { name: 'Культура' });

    await fireEvent.click(await screen.findByTestId('toast-undo'));
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(argsOf('undo_last_change')).toEqual([]);
    expect((screen.getByTestId('field-name') as HTMLInputElement).value).toBe('Дом культуры');

    // Ctrl+Z asks again; the work dropped, the change is undone and the form starts afresh.
    (document.activeElement as HTMLElement | null)?.blur();
    await fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true });
    await waitFor(() => expect(screen.getByRole('alertdialog')).toBeTruthy());
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(argsOf('undo_last_change')).toEqual([{}]));
    await waitFor(() => expect(toasts.map((x) => x.message)).toContain('toast-undone'));
    expect(app.screen).toEqual({ name: 'new' });
    expect((screen.getByTestId('field-name') as HTMLInputElement).value).toBe('');
  });
});
