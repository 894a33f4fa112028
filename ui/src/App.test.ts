import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { appState, mockCore } from './test/core';
import { app } from './lib/app.svelte';
import App from './App.svelte';

describe('app', () => {
  test('opens on the start page; the sidebar leads to every section', async () => {
    mockCore();
    render(App);
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Главная'));
    expect(app.screen).toEqual({ name: 'start' });
    expect(screen.getByTestId('nav-start').getAttribute('aria-current')).toBe('page');

    await fireEvent.click(screen.getByTestId('nav-agreements'));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Договоры'));
    expect(screen.getByTestId('nav-agreements').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-start').getAttribute('aria-current')).toBeNull();

    await fireEvent.click(screen.getByTestId('nav-profile'));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Организация'));

    await fireEvent.click(screen.getByTestId('nav-backups'));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Резервные копии'));
    expect(screen.getByTestId('nav-backups').getAttribute('aria-current')).toBe('page');

    await fireEvent.click(screen.getByTestId('nav-partners'));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Партнёры'));

    await fireEvent.click(screen.getByTestId('nav-plans'));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Планы работы с партнёрами'));
    expect(screen.getByTestId('nav-plans').getAttribute('aria-current')).toBe('page');
    await fireEvent.click(await screen.findByTestId('plan-open'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'plan', id: 1 }));
    expect(screen.getByTestId('nav-plans').getAttribute('aria-current')).toBe('page');

    await fireEvent.click(screen.getByTestId('nav-events'));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Проведённые мероприятия'));

    await fireEvent.click(screen.getByTestId('nav-calendar'));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Календарь'));

    await fireEvent.click(screen.getByTestId('nav-reports'));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Отчёты'));
    expect(screen.getByTestId('nav-reports').getAttribute('aria-current')).toBe('page');

    await fireEvent.click(screen.getByTestId('nav-awards'));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Награды'));
    expect(screen.getByTestId('nav-awards').getAttribute('aria-current')).toBe('page');
    await fireEvent.click(screen.getByTestId('certificate-register-button'));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Журнал учёта выданных грамот'));
    expect(screen.getByTestId('nav-awards').getAttribute('aria-current')).toBe('page');

    await fireEvent.click(screen.getByTestId('nav-start'));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Главная'));
  });

  test('switching the language re-renders the text and tells the core', async () => {
    const { argsOf } = mockCore();
    render(App);
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Главная'));
    await fireEvent.click(screen.getByTestId('nav-partners'));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Партнёры'));
    expect(document.documentElement.lang).toBe('ru');

    await fireEvent.change(screen.getByTestId('lang-select'), { target: { value: 'kk' } });
    expect(screen.getByTestId('page-title').textContent).toBe('Серіктестер');
    expect(screen.getByTestId('nav-partners').textContent).toContain('Серіктестер');
    expect(document.documentElement.lang).toBe('kk');
    await waitFor(() => expect(argsOf('set_language')).toEqual([{ lang: 'kk' }]));

    await fireEvent.change(screen.getByTestId('lang-select'), { target: { value: 'en' } });
    expect(screen.getByTestId('page-title').textContent).toBe('Partners');
    expect((screen.getByTestId('search-input') as HTMLInputElement).placeholder).toBe(
      'Search by name, contact or notes',
    );
  });

  test('starts in the remembered language', async () => {
    mockCore({ get_app_state: () => appState({ language: 'en' }) });
    render(App);
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Start'));
    expect((screen.getByTestId('lang-select') as HTMLSelectElement).value).toBe('en');
    expect(screen.getByTestId('nav-agreements').textContent).toContain('Agreements');
  });

  test('the first run offers demo data or an empty register', async () => {
    const { argsOf } = mockCore({
      get_app_state: () => appState({ first_run: true }),
      load_demo: () => null,
    });
    render(App);
    await fireEvent.click(await screen.findByTestId('welcome-demo-button'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'start' }));
    expect(argsOf('load_demo')).toEqual([{}]);
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Главная'));
  });

  test('a database that cannot be opened gets a calm full-screen message', async () => {
    mockCore({
      get_app_state: () =>
        appState({
          db_path: '/data/partnerdesk.db',
          open_error: {
            code: 'database-too-new',
            message: 'newer',
            details: { found: '9', supported: '3' },
          },
        }),
    });
    render(App);
    const title = await screen.findByTestId('page-title');
    expect(title.textContent).toBe('Не удаётся открыть реестр');
    expect(screen.getByTestId('error-message').textContent).toContain('схема 9');
    expect(document.body.textContent).toContain('/data/partnerdesk.db');
    expect(screen.queryByTestId('nav-partners')).toBeNull();
  });
});
