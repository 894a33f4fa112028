// Every screen, as the fake core fills it, is checked for controls a screen reader could not
// name: each button, field, choice, tab, table and picture (a chart's role="img") of every
// screen must have an accessible name (its text, a <label>, or an aria-label from the locales).
// The start page has something in every list (and more than a list shows at first) besides its
// charts' tables.
import { expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { activityDue, agreement, dashboard, heldEvent, mockCore, nomination } from './test/core';
import { app, type Screen } from './lib/app.svelte';
import { about } from './lib/shortcuts.svelte';
import App from './App.svelte';

const SCREENS: Screen[] = [
  { name: 'welcome' },
  { name: 'start' },
  { name: 'list' },
  { name: 'partner', id: 1 },
  { name: 'new' },
  { name: 'edit', id: 1 },
  { name: 'partner-import' },
  { name: 'agreements' },
  { name: 'agreement', id: 1 },
  { name: 'new-agreement', partnerId: null },
  { name: 'edit-agreement', id: 1 },
  { name: 'plans' },
  { name: 'plan', id: 1 },
  { name: 'plan-import' },
  { name: 'events' },
  { name: 'event', id: 1 },
  { name: 'new-event' },
  { name: 'calendar' },
  { name: 'reports' },
  { name: 'awards' },
  { name: 'nomination', id: 1 },
  { name: 'new-nomination' },
  { name: 'edit-nomination', id: 1 },
  { name: 'certificate-templates' },
  { name: 'certificate-register' },
  { name: 'nominee-import' },
  { name: 'profile' },
  { name: 'backups' },
  { name: 'trash' },
];

/** What to open on a screen before it is checked again: its inline editors and menus. */
const OPENED: Partial<Record<Screen['name'], string[]>> = {
  new: ['contact-add-button', 'catalog-add-category-button', 'catalog-add-direction-button'],
  agreement: ['print-button'],
  // The year's summary, with the album of cooperation under it.
  reports: ['reports-tab-year'],
  plan: ['plan-print-button', 'plan-row-add'],
  'new-nomination': ['title-add-button', 'award-kind-add-button'],
};

const ROLES = [
  'button',
  'link',
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'spinbutton',
  'checkbox',
  'radio',
  'tab',
  'grid',
  'table',
  'dialog',
  'alertdialog',
  // A chart (and any other picture) is named by what it shows.
  'img',
] as const;

const unnamed = (name: string): boolean => name.trim() === '';

function unnamedControls(where: string): string[] {
  return ROLES.flatMap((role) =>
    screen
      .queryAllByRole(role, { name: unnamed })
      .map((el) => `${where}: ${role} ${el.outerHTML.slice(0, 120)}`),
  );
}

test('every control of every screen has an accessible name', async () => {
  mockCore({
    list_agreements: () => [agreement(1)],
    list_events: () => [heldEvent(1)],
    list_nominations: () => [nomination(1)],
    get_dashboard: () => ({
      ...dashboard(),
      attention: {
        overdue: [1, 2, 3, 4, 5].map((id) => activityDue(id, { status: 'overdue' })),
        due_this_month: [activityDue(6)],
        expiring: [agreement(2, { status: 'expiring', days_left: 12 })],
        unprinted: [nomination(3, { status: 'approved' })],
      },
    }),
  });
  render(App);
  await waitFor(() => expect(screen.getByTestId('page-title')).toBeTruthy());
  const found: string[] = [];
  for (const shown of SCREENS) {
    app.screen = shown;
    await tick();
    // Each screen reads from the fake core first.
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.getByTestId('page-title').textContent).not.toBe('');
    found.push(...unnamedControls(shown.name));
    for (const testid of OPENED[shown.name] ?? []) {
      const opener = screen.queryByTestId(testid);
      expect(opener, `${shown.name}: ${testid}`).not.toBeNull();
      await fireEvent.click(opener!);
      found.push(...unnamedControls(`${shown.name} + ${testid}`));
    }
  }
  about.open = true;
  await tick();
  found.push(...unnamedControls('about'));
  about.open = false;
  expect(found).toEqual([]);
}, 30000);
