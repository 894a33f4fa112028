import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { ErrorPayload } from '../api';
import { app } from '../app.svelte';
import { t } from '../i18n/index.svelte';
import { appState, mockCore } from '../../test/core';
import App from '../../App.svelte';

const BROKEN: ErrorPayload = { code: 'database-corrupt', message: '', details: { path: '/home/user/partnerdesk.db' } };

describe('the database cannot be opened', () => {
  test('says why and where; another database opened loads the app from it', async () => {
    let opened = false;
    const { argsOf } = mockCore({
      get_app_state: () => (opened ? appState() : appState({ open_error: BROKEN })),
      open_database: () => {
        opened = true;
        return true;
      },
    });
    render(App);
    await waitFor(() => expect(app.screen.name).toBe('open-error'));
    expect(screen.getByTestId('page-title').textContent).toBe('Не удаётся открыть реестр');
    expect(screen.getByTestId('error-message').textContent).toBe(t('error-database-corrupt', BROKEN.details));
    expect(argsOf('list_catalogs')).toEqual([]);

    await fireEvent.click(screen.getByTestId('open-database-button'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'start' }));
    expect(argsOf('open_database')).toEqual([{}]);
    expect(argsOf('get_app_state')).toHaveLength(2);
    expect(argsOf('list_catalogs')).toHaveLength(1);
  });

  test('a new database can be started instead; a failure to make it is shown there', async () => {
    let failing = true;
    const { argsOf } = mockCore({
      get_app_state: () => (failing ? appState({ open_error: BROKEN }) : appState({ first_run: true })),
      new_database: () => {
        if (failing) throw { code: 'read-only', message: '', details: { path: '/media/cd' } };
        return true;
      },
    });
    render(App);
    await waitFor(() => expect(app.screen.name).toBe('open-error'));
    await fireEvent.click(screen.getByTestId('new-database-button'));
    expect((await screen.findByTestId('database-error')).textContent).toBe(t('error-read-only', { path: '/media/cd' }));
    expect(app.screen.name).toBe('open-error');

    failing = false;
    await fireEvent.click(screen.getByTestId('new-database-button'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'welcome' }));
    expect(argsOf('new_database')).toHaveLength(2);
  });
});
