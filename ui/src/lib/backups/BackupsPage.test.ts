import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { app, go, toasts } from '../app.svelte';
import { applyLanguage, t } from '../i18n/index.svelte';
import { appState, backup, mockCore } from '../../test/core';
import App from '../../App.svelte';
import BackupsPage from './BackupsPage.svelte';

const BACKUPS = [
  backup('2026-11-29T09:15:00', 'restore', 2_400_000),
  backup('2026-11-29T08:00:00', 'daily', 350_000),
  backup('2026-11-20T14:30:00', 'migration', 5_000),
  backup('2026-10-01T07:45:00', 'manual', 1_100_000),
];

function rows(): HTMLElement[] {
  return screen.getAllByTestId('backup-row');
}

function toastTexts(): string[] {
  return toasts.map((x) => t(x.message, x.args));
}

describe('backups page', () => {
  test('lists the backups newest first with localized kinds, dates and sizes', async () => {
    mockCore({ list_backups: () => BACKUPS });
    render(BackupsPage);
    expect(screen.getByTestId('page-title').textContent).toBe('Резервные копии');
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(rows().map((r) => r.dataset.path)).toEqual(BACKUPS.map((b) => b.path));
    const cells = (r: HTMLElement) => [...r.querySelectorAll('td')].slice(0, 3).map((c) => c.textContent?.trim());
    expect(cells(rows()[0])).toEqual(['29.11.2026 09:15', 'Перед восстановлением', '2,3 МБ']);
    expect(cells(rows()[1])).toEqual(['29.11.2026 08:00', 'Ежедневная', '342 КБ']);
    expect(cells(rows()[2])).toEqual(['20.11.2026 14:30', 'Перед обновлением', '5 КБ']);
    expect(cells(rows()[3])).toEqual(['01.10.2026 07:45', 'Вручную', '1 МБ']);
    expect(document.body.textContent).toContain('«backups»');
    expect(screen.queryByTestId('backups-empty')).toBeNull();

    applyLanguage('kk');
    await waitFor(() => expect(cells(rows()[2])[1]).toBe('Жаңарту алдында'));
    expect(screen.getByTestId('page-title').textContent).toBe('Сақтық көшірмелер');
    expect(cells(rows()[1])[1]).toBe('Күнделікті');

    applyLanguage('en');
    await waitFor(() => expect(cells(rows()[0])).toEqual(['29/11/2026 09:15', 'Before a restore', '2.3 MB']));
    expect(cells(rows()[2])[1]).toBe('Before an update');
  });

  test('says so when there are no backups yet', async () => {
    mockCore();
    render(BackupsPage);
    expect((await screen.findByTestId('backups-empty')).textContent).toContain('Копий пока нет');
    expect(screen.queryByTestId('backup-row')).toBeNull();
  });

  test('shows why the list could not be read', async () => {
    mockCore({
      list_backups: () => {
        throw { code: 'storage', message: 'disk', details: { reason: 'disk I/O error' } };
      },
    });
    render(BackupsPage);
    const error = await screen.findByTestId('error-message');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('disk I/O error');
    expect(error.textContent).not.toContain('error-storage');
  });

  test('restores a listed backup only after the confirmation, then loads the app anew', async () => {
    const { argsOf, calls } = mockCore({
      list_backups: () => BACKUPS,
      restore_backup: () => null,
    });
    render(App);
    await waitFor(() => expect(app.screen).toEqual({ name: 'start' }));
    go({ name: 'backups' });
    await waitFor(() => expect(rows()).toHaveLength(4));

    const restoreIn = (i: number) => within(rows()[i]).getByTestId('backup-restore-button');
    await fireEvent.click(restoreIn(1));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain(
      'Восстановить базу данных в том виде, в каком она была 29 ноября 2026 г. в 08:00? Текущее состояние сначала сохранится в резервную копию, так что это можно будет отменить.',
    );
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await fireEvent.click(restoreIn(1));
    await fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(argsOf('restore_backup')).toEqual([]);

    const startsBefore = argsOf('get_app_state').length;
    await fireEvent.click(restoreIn(1));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(argsOf('restore_backup')).toEqual([{ path: BACKUPS[1].path }]));

    // Everything is read again from the restored database, as at start.
    await waitFor(() => expect(app.screen).toEqual({ name: 'start' }));
    expect(argsOf('get_app_state').length).toBe(startsBefore + 1);
    const after = calls.slice(calls.findIndex((c) => c.cmd === 'restore_backup'));
    expect(after.map((c) => c.cmd)).toEqual(expect.arrayContaining(['get_app_state', 'list_catalogs']));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Главная'));
    expect(toasts.map((x) => x.message)).toEqual(['toast-backup-restored']);
  });

  test('a refused restore stays on the page with the error', async () => {
    mockCore({
      list_backups: () => BACKUPS,
      restore_backup: (a) => {
        throw { code: 'not-found', message: '', details: { entity: 'backup', id: a.path as string } };
      },
    });
    app.screen = { name: 'backups' };
    render(BackupsPage);
    await waitFor(() => expect(rows()).toHaveLength(4));
    await fireEvent.click(within(rows()[0]).getByTestId('backup-restore-button'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    const error = await screen.findByTestId('error-message');
    expect(error.textContent).toContain('резервная копия');
    expect(app.screen).toEqual({ name: 'backups' });
    expect(toasts).toEqual([]);
  });

  test('Back up now calls backup_now and shows the path written', async () => {
    let answer: string | null = null;
    const { argsOf } = mockCore({ backup_now: () => answer });
    render(BackupsPage);
    await screen.findByTestId('backups-empty');

    // Cancelled in the save dialog: nothing to say.
    await fireEvent.click(screen.getByTestId('backup-now-button'));
    await waitFor(() => expect(argsOf('backup_now')).toEqual([{}]));
    await waitFor(() => expect(screen.getByTestId('backup-now-button').hasAttribute('disabled')).toBe(false));
    expect(toasts).toEqual([]);

    answer = 'D:\\Копии\\partnerdesk-2026-11-29.sqlite3';
    await fireEvent.click(screen.getByTestId('backup-now-button'));
    await waitFor(() => expect(argsOf('backup_now')).toHaveLength(2));
    await waitFor(() =>
      expect(toastTexts()).toEqual(['Копия сохранена: D:\\Копии\\partnerdesk-2026-11-29.sqlite3']),
    );
  });

  test('Restore from a file reloads the app only when a file was restored', async () => {
    let restored = false;
    const { argsOf } = mockCore({ restore_from_file: () => restored });
    app.screen = { name: 'backups' };
    render(BackupsPage);
    await screen.findByTestId('backups-empty');

    await fireEvent.click(screen.getByTestId('restore-file-button'));
    await waitFor(() => expect(argsOf('restore_from_file')).toEqual([{}]));
    await waitFor(() => expect(screen.getByTestId('restore-file-button').hasAttribute('disabled')).toBe(false));
    expect(app.screen).toEqual({ name: 'backups' });
    expect(argsOf('get_app_state')).toEqual([]);

    restored = true;
    await fireEvent.click(screen.getByTestId('restore-file-button'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'start' }));
    expect(argsOf('get_app_state')).toHaveLength(1);
    expect(toasts.map((x) => x.message)).toEqual(['toast-backup-restored']);
  });

  test('shows the database file; another one opened loads the whole app from it', async () => {
    let answer: boolean | object = false;
    let path = '/home/user/.local/share/partnerdesk/partnerdesk.db';
    const { argsOf, calls } = mockCore({
      get_app_state: () => appState({ db_path: path }),
      open_database: () => {
        if (typeof answer === 'object') throw answer;
        if (answer) path = '/home/user/Документы/Кружки.sqlite3';
        return answer;
      },
    });
    render(App);
    await waitFor(() => expect(app.screen).toEqual({ name: 'start' }));
    go({ name: 'backups' });
    expect((await screen.findByTestId('database-path')).textContent).toBe(
      '/home/user/.local/share/partnerdesk/partnerdesk.db',
    );

    // Cancelled in the dialog: nothing happens.
    await fireEvent.click(screen.getByTestId('open-database-button'));
    await waitFor(() => expect(argsOf('open_database')).toEqual([{}]));
    await waitFor(() => expect(screen.getByTestId('open-database-button').hasAttribute('disabled')).toBe(false));
    expect(argsOf('get_app_state')).toHaveLength(1);
    expect(app.screen).toEqual({ name: 'backups' });

    // A file that is not a database: the current one stays open, and the page says why.
    answer = { code: 'not-a-database', message: '', details: { path: '/tmp/notes.txt' } };
    await fireEvent.click(screen.getByTestId('open-database-button'));
    expect((await screen.findByTestId('database-error')).textContent).toBe(
      t('error-not-a-database', { path: '/tmp/notes.txt' }),
    );
    expect(app.screen).toEqual({ name: 'backups' });
    expect(argsOf('get_app_state')).toHaveLength(1);

    answer = true;
    await fireEvent.click(screen.getByTestId('open-database-button'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'start' }));
    expect(argsOf('get_app_state')).toHaveLength(2);
    const opened = calls.map((c) => c.cmd).lastIndexOf('open_database');
    const after = calls.slice(opened);
    expect(after.map((c) => c.cmd)).toEqual(expect.arrayContaining(['get_app_state', 'list_catalogs']));
    expect(app.dbPath).toBe('/home/user/Документы/Кружки.sqlite3');
    expect(toastTexts()).toEqual(['Открыта база данных: /home/user/Документы/Кружки.sqlite3']);
  });

  test('a new database starts at the welcome with its demo or clean choice', async () => {
    let fresh = false;
    const { argsOf } = mockCore({
      get_app_state: () => appState(fresh ? { db_path: '/home/user/Новая.sqlite3', first_run: true } : {}),
      new_database: () => {
        fresh = true;
        return true;
      },
    });
    render(App);
    await waitFor(() => expect(app.screen).toEqual({ name: 'start' }));
    go({ name: 'backups' });
    await fireEvent.click(await screen.findByTestId('new-database-button'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'welcome' }));
    expect(argsOf('new_database')).toEqual([{}]);
    expect(argsOf('get_app_state')).toHaveLength(2);
    expect(screen.getByTestId('welcome-demo-button')).toBeTruthy();
    expect(toastTexts()).toEqual(['Создана новая база данных: /home/user/Новая.sqlite3']);
  });
});

describe('export', () => {
  test('each register exports in the language of the interface and the path written is shown', async () => {
    let answer: string | null = null;
    const { argsOf } = mockCore({ export_register: () => answer });
    render(BackupsPage);
    await screen.findByTestId('backups-empty');
    expect(screen.getByTestId('export-section').textContent).toContain('Экспорт');

    // Cancelled in the save dialog: nothing to say.
    await fireEvent.click(screen.getByTestId('export-partners'));
    await waitFor(() => expect(argsOf('export_register')).toEqual([{ which: 'partners', lang: 'ru' }]));
    await waitFor(() => expect(screen.getByTestId('export-partners').hasAttribute('disabled')).toBe(false));
    expect(toasts).toEqual([]);

    applyLanguage('kk');
    answer = 'C:\\Құжаттар\\Шарттар.xlsx';
    await fireEvent.click(screen.getByTestId('export-agreements'));
    await waitFor(() => expect(argsOf('export_register')).toHaveLength(2));
    expect(argsOf('export_register')[1]).toEqual({ which: 'agreements', lang: 'kk' });
    await waitFor(() => expect(toastTexts()).toEqual(['Сақталды: C:\\Құжаттар\\Шарттар.xlsx']));

    applyLanguage('en');
    await waitFor(() => expect(screen.getByTestId('export-events').hasAttribute('disabled')).toBe(false));
    await fireEvent.click(screen.getByTestId('export-events'));
    await waitFor(() => expect(argsOf('export_register')).toHaveLength(3));
    await waitFor(() => expect(screen.getByTestId('export-certificates').hasAttribute('disabled')).toBe(false));
    await fireEvent.click(screen.getByTestId('export-certificates'));
    await waitFor(() => expect(argsOf('export_register')).toHaveLength(4));
    expect(argsOf('export_register').slice(2)).toEqual([
      { which: 'events', lang: 'en' },
      { which: 'certificates', lang: 'en' },
    ]);
  });

  test('everything goes to one JSON file', async () => {
    const { argsOf } = mockCore({ export_everything: () => '/home/user/partnerdesk-2026-11-29.json' });
    render(BackupsPage);
    await screen.findByTestId('backups-empty');
    await fireEvent.click(screen.getByTestId('export-everything'));
    await waitFor(() => expect(argsOf('export_everything')).toEqual([{}]));
    await waitFor(() => expect(toastTexts()).toEqual(['Сохранено: /home/user/partnerdesk-2026-11-29.json']));
    expect(argsOf('export_register')).toEqual([]);
  });

  test('a failed export says why beside the buttons', async () => {
    const failure = { code: 'file', message: '', details: { path: '/mnt/usb/Партнёры.xlsx', reason: 'read-only' } };
    mockCore({
      export_register: () => {
        throw failure;
      },
    });
    render(BackupsPage);
    await screen.findByTestId('backups-empty');
    await fireEvent.click(screen.getByTestId('export-partners'));
    const error = await screen.findByTestId('export-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe(t('error-file', failure.details));
    expect(error.textContent).not.toContain('error-file');
    expect(toasts).toEqual([]);
  });
});
