// The window's keys, through the whole app: Ctrl+N starts a new record on the list shown,
// Ctrl+F (and Ctrl+K, and «/») goes to its search, Alt+digit to a section, F1 to the About panel
// with the list of keys; and the About panel itself.
import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { appState, mockCore } from './test/core';
import { app, type Screen } from './lib/app.svelte';
import App from './App.svelte';

async function showApp(): Promise<void> {
  render(App);
  await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Главная'));
}

async function open(shown: Screen, title: string): Promise<void> {
  app.screen = shown;
  await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe(title));
}

const ctrl = (key: string, code: string) => ({ key, code, ctrlKey: true });

describe('shortcuts', () => {
  test('Ctrl+N on a list starts a new record of that list', async () => {
    mockCore();
    await showApp();
    const cases: [Screen, string, Screen][] = [
      [{ name: 'list' }, 'Партнёры', { name: 'new' }],
      [{ name: 'agreements' }, 'Договоры', { name: 'new-agreement', partnerId: null }],
      [{ name: 'events' }, 'Проведённые мероприятия', { name: 'new-event' }],
      [{ name: 'awards' }, 'Награды', { name: 'new-nomination' }],
    ];
    for (const [list, title, form] of cases) {
      await open(list, title);
      // A Russian layout: the key is «т», the physical key is still N.
      await fireEvent.keyDown(document.body, ctrl('т', 'KeyN'));
      await waitFor(() => expect(app.screen).toEqual(form));
    }

    // The plans list opens its inline form for a new plan.
    await open({ name: 'plans' }, 'Планы работы с партнёрами');
    await fireEvent.keyDown(document.body, ctrl('n', 'KeyN'));
    expect(await screen.findByTestId('plan-new-form')).toBeTruthy();
    expect(app.screen).toEqual({ name: 'plans' });
  });

  test('on the start page, which has no list of its own, Ctrl+N and Ctrl+F are left alone', async () => {
    mockCore();
    await showApp();
    await screen.findByTestId('chart-months');
    // Not taken (fireEvent says true when nothing prevented the key's default).
    expect(await fireEvent.keyDown(document.body, ctrl('n', 'KeyN'))).toBe(true);
    expect(await fireEvent.keyDown(document.body, ctrl('f', 'KeyF'))).toBe(true);
    expect(await fireEvent.keyDown(document.body, { key: '/', code: 'Slash' })).toBe(true);
    expect(app.screen).toEqual({ name: 'start' });
    expect(screen.getByTestId('page-title').textContent).toBe('Главная');
    expect(document.activeElement).toBe(document.body);
    // The window's other keys still work from here.
    await fireEvent.keyDown(document.body, { key: '7', code: 'Digit7', altKey: true });
    await waitFor(() => expect(app.screen).toEqual({ name: 'reports' }));
  });

  test('the «New» buttons name their shortcut', async () => {
    mockCore();
    await showApp();
    await open({ name: 'list' }, 'Партнёры');
    const button = screen.getByTestId('new-partner-button');
    expect(button.title).toContain('Ctrl+N');
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+N');
    expect(screen.getByTestId('search-input').title).toContain('Ctrl+F');
    expect(screen.getByTestId('nav-agreements').title).toBe('Договоры (Alt+3)');
  });

  test('Ctrl+N does not interrupt typing in a form field', async () => {
    mockCore();
    await showApp();
    await open({ name: 'plans' }, 'Планы работы с партнёрами');
    await fireEvent.click(screen.getByTestId('new-plan-button'));
    const year = (await screen.findByTestId('plan-new-year')) as HTMLInputElement;
    await fireEvent.input(year, { target: { value: '2031' } });
    await fireEvent.keyDown(year, ctrl('n', 'KeyN'));
    expect(year.value).toBe('2031');
    expect(screen.getByTestId('plan-new-year')).toBe(year);
  });

  test('Ctrl+F, Ctrl+K and / focus the list’s search; a list without one, its first filter', async () => {
    mockCore();
    await showApp();
    await open({ name: 'list' }, 'Партнёры');
    const box = screen.getByTestId('search-input') as HTMLInputElement;
    box.value = 'школа';
    await fireEvent.keyDown(document.body, ctrl('а', 'KeyF'));
    expect(document.activeElement).toBe(box);
    // The text already there is selected, to be typed over.
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, 5]);
    box.blur();
    await fireEvent.keyDown(document.body, ctrl('k', 'KeyK'));
    expect(document.activeElement).toBe(box);
    box.blur();
    await fireEvent.keyDown(document.body, { key: '/', code: 'Slash' });
    expect(document.activeElement).toBe(box);

    // Ctrl+F is taken over in a field too (a filter, here).
    const filter = screen.getByTestId('filter-kind');
    filter.focus();
    await fireEvent.keyDown(filter, ctrl('f', 'KeyF'));
    expect(document.activeElement).toBe(box);

    await open({ name: 'agreements' }, 'Договоры');
    await fireEvent.keyDown(document.body, ctrl('f', 'KeyF'));
    expect(document.activeElement).toBe(screen.getByTestId('filter-status'));
  });

  test('Alt+digit goes to the sections of the sidebar in order', async () => {
    mockCore();
    await showApp();
    await fireEvent.keyDown(document.body, { key: '2', code: 'Digit2', altKey: true });
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Партнёры'));
    await fireEvent.keyDown(document.body, { key: '3', code: 'Digit3', altKey: true });
    await waitFor(() => expect(app.screen).toEqual({ name: 'agreements' }));
    // The keypad's digits are left to the system (Alt+code input on Windows).
    await fireEvent.keyDown(document.body, { key: '1', code: 'Numpad1', altKey: true });
    expect(app.screen).toEqual({ name: 'agreements' });
    await fireEvent.keyDown(document.body, { key: '1', code: 'Digit1', altKey: true });
    await waitFor(() => expect(app.screen).toEqual({ name: 'start' }));
  });

  test('a form with unsaved changes asks before Alt+digit leaves it', async () => {
    mockCore();
    await showApp();
    await open({ name: 'new' }, 'Новый партнёр');
    await fireEvent.input(screen.getByTestId('field-name'), { target: { value: 'Музей' } });
    await fireEvent.keyDown(document.body, { key: '3', code: 'Digit3', altKey: true });
    const question = await screen.findByRole('alertdialog');
    expect(app.screen).toEqual({ name: 'new' });
    // The page behind is inert while the question is asked; the question is not inside it.
    const layout = document.getElementById('app-layout')!;
    expect(layout.hasAttribute('inert')).toBe(true);
    expect(layout.contains(question)).toBe(false);
    expect(question.closest('[inert]')).toBeNull();
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(app.screen).toEqual({ name: 'new' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(layout.hasAttribute('inert')).toBe(false);
  });
});

describe('about', () => {
  test('the sidebar opens it: name, version and database file from the core, licences, keys', async () => {
    mockCore({ get_app_state: () => appState({ version: '1.4.2', db_path: '/home/aigerim/partnerdesk.db' }) });
    await showApp();
    const opener = screen.getByTestId('about-open');
    opener.focus();
    await fireEvent.click(opener);

    const dialog = await screen.findByTestId('about-dialog');
    // The sidebar and the screen are inert behind it, the window itself is not.
    const layout = document.getElementById('app-layout')!;
    expect(layout.hasAttribute('inert')).toBe(true);
    expect(dialog.closest('[inert]')).toBeNull();
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByRole('dialog', { name: 'О программе Partnerdesk' })).toBe(dialog);
    expect(screen.getByTestId('about-version').textContent).toBe('1.4.2');
    expect(screen.getByTestId('about-db-path').textContent).toBe('/home/aigerim/partnerdesk.db');
    expect(dialog.textContent).toContain('MIT');
    expect(dialog.textContent).toContain('Liberation Serif');
    expect(dialog.textContent).toContain('SIL Open Font License');
    const keys = screen.getByTestId('about-shortcuts').textContent ?? '';
    for (const key of ['Ctrl+F', 'Ctrl+N', 'Ctrl+S', 'Ctrl+Z', 'Alt+1', 'F1']) expect(keys).toContain(key);

    // The focus is inside; Tab goes round the window's controls and never leaves it.
    expect(dialog.contains(document.activeElement)).toBe(true);
    const close = screen.getByTestId('about-close');
    close.focus();
    await fireEvent.keyDown(close, { key: 'Tab' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(close);
    // A focus that escapes (a click on the backdrop) is brought back.
    screen.getByTestId('nav-partners').focus();
    expect(dialog.contains(document.activeElement)).toBe(true);

    // Keys pressed in the window are its own: Alt+2 does not switch the page behind it.
    await fireEvent.keyDown(document.activeElement!, { key: '2', code: 'Digit2', altKey: true });
    expect(app.screen).toEqual({ name: 'start' });

    // Escape closes it and the focus returns to the button that opened it.
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('about-dialog')).toBeNull());
    expect(layout.hasAttribute('inert')).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  test('F1 opens it from anywhere; Close shuts it', async () => {
    mockCore();
    await showApp();
    await open({ name: 'list' }, 'Партнёры');
    await fireEvent.keyDown(document.body, { key: 'F1', code: 'F1' });
    expect(await screen.findByTestId('about-dialog')).toBeTruthy();
    expect(screen.getByTestId('about-version').textContent).toBe('0.1.0');
    await fireEvent.click(screen.getByTestId('about-close'));
    await waitFor(() => expect(screen.queryByTestId('about-dialog')).toBeNull());
    expect(app.screen).toEqual({ name: 'list' });
  });
});
