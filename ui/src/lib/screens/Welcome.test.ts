import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { ErrorPayload } from '../api';
import { app, toasts } from '../app.svelte';
import { t } from '../i18n/index.svelte';
import { appState, mockCore } from '../../test/core';
import App from '../../App.svelte';

describe('the welcome of a new database', () => {
  test('offers an import from a JSON export; once imported the app loads anew', async () => {
    let answer = false;
    let filled = false;
    const { argsOf, calls } = mockCore({
      get_app_state: () => appState({ first_run: !filled }),
      import_everything: () => {
        filled = answer;
        return answer;
      },
    });
    render(App);
    const button = await screen.findByTestId('import-everything');
    expect(button.textContent).toContain('Импорт из JSON-экспорта');
    expect(screen.getByTestId('welcome-demo-button')).toBeTruthy();
    expect(screen.getByTestId('welcome-clean-button')).toBeTruthy();

    // Cancelled in the dialog: the welcome stays.
    await fireEvent.click(button);
    await waitFor(() => expect(argsOf('import_everything')).toEqual([{}]));
    await waitFor(() => expect(screen.getByTestId('import-everything').hasAttribute('disabled')).toBe(false));
    expect(app.screen).toEqual({ name: 'welcome' });
    expect(argsOf('get_app_state')).toHaveLength(1);
    expect(toasts).toEqual([]);

    answer = true;
    await fireEvent.click(screen.getByTestId('import-everything'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'start' }));
    expect(argsOf('import_everything')).toHaveLength(2);
    expect(argsOf('get_app_state')).toHaveLength(2);
    const imported = calls.map((c) => c.cmd).lastIndexOf('import_everything');
    expect(calls.slice(imported).map((c) => c.cmd)).toEqual(
      expect.arrayContaining(['get_app_state', 'list_catalogs']),
    );
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Главная'));
    expect(toasts.map((x) => x.message)).toEqual(['toast-import-everything-done']);
  });

  test('a refused import stays on the welcome and says why in the user’s language', async () => {
    const refusal: ErrorPayload = { code: 'export-unreadable', message: '', details: { detail: 'expected value at line 1' } };
    const { argsOf } = mockCore({
      get_app_state: () => appState({ first_run: true }),
      import_everything: () => {
        throw refusal;
      },
    });
    render(App);
    await fireEvent.click(await screen.findByTestId('import-everything'));
    const error = await screen.findByTestId('error-message');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe(t('error-export-unreadable'));
    expect(error.textContent).toContain('не является экспортом Partnerdesk');
    expect(error.textContent).not.toContain('expected value');
    expect(app.screen).toEqual({ name: 'welcome' });
    expect(argsOf('get_app_state')).toHaveLength(1);
    expect(screen.getByTestId('import-everything').hasAttribute('disabled')).toBe(false);
    expect(toasts).toEqual([]);
  });
});
