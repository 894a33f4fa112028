import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { ErrorPayload } from '../api';
import { app, toasts } from '../app.svelte';
import { t } from '../i18n/index.svelte';
import { appState, backup, mockCore } from '../../test/core';
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

  test('the backups beside the file are listed; «Open a copy» works on a copy and loads the app from it', async () => {
    let opened = false;
    const daily = backup('2026-11-28T09:15:00', 'daily');
    const older = backup('2026-11-20T09:10:00', 'daily');
    const copy = '/home/user/.local/share/partnerdesk/partnerdesk-copy-2026-11-28.db';
    const { argsOf } = mockCore({
      get_app_state: () => (opened ? appState({ db_path: copy }) : appState({ open_error: BROKEN })),
      list_backups: () => [daily, older],
      open_backup_copy: () => {
        opened = true;
        return copy;
      },
    });
    render(App);
    await waitFor(() => expect(app.screen.name).toBe('open-error'));
    const listed = await screen.findAllByTestId('open-error-backup');
    expect(listed.map((row) => row.dataset.path)).toEqual([daily.path, older.path]);
    expect(listed[0].textContent).toContain('28.11.2026 09:15');
    expect(listed[0].textContent).toContain('Ежедневная');

    await fireEvent.click(screen.getAllByTestId('open-backup-copy')[0]);
    await waitFor(() => expect(app.screen).toEqual({ name: 'start' }));
    expect(argsOf('open_backup_copy')).toEqual([{ path: daily.path }]);
    expect(app.dbPath).toBe(copy);
    expect(argsOf('list_catalogs')).toHaveLength(1);
    expect(toasts.map((x) => t(x.message, x.args))).toEqual([`Открыта копия базы данных: ${copy}`]);
  });

  test('a copy that cannot be opened says why and stays on the screen', async () => {
    mockCore({
      get_app_state: () => appState({ open_error: BROKEN }),
      list_backups: () => [backup('2026-11-28T09:15:00', 'daily')],
      open_backup_copy: () => {
        throw { code: 'disk-full', message: '', details: {} };
      },
    });
    render(App);
    await fireEvent.click(await screen.findByTestId('open-backup-copy'));
    expect((await screen.findByTestId('open-copy-error')).textContent).toBe(t('error-disk-full'));
    expect(app.screen.name).toBe('open-error');
  });
});
