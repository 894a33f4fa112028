// The keys that work on every screen, handled once for the whole window. A screen takes part by
// marking its controls, not by listening itself: the list's search box (or, on a list without
// one, its filters) carries data-shortcut="search", the button that starts a new record
// data-shortcut="new". Keys of one screen only (moving through a table, Ctrl+S in a form,
// Ctrl+E on a record) stay with that screen.
import { app, go, type Screen } from './app.svelte';
import { t } from './i18n/index.svelte';
import { isShortcut } from './components/keys';

/** The sections of the sidebar, in its order: Alt+1 … Alt+8 go to them. */
export const SECTIONS = [
  { id: 'start', screen: { name: 'start' }, label: () => t('nav-start') },
  { id: 'partners', screen: { name: 'list' }, label: () => t('nav-partners') },
  { id: 'agreements', screen: { name: 'agreements' }, label: () => t('nav-agreements') },
  { id: 'plans', screen: { name: 'plans' }, label: () => t('nav-plans') },
  { id: 'events', screen: { name: 'events' }, label: () => t('nav-events') },
  { id: 'calendar', screen: { name: 'calendar' }, label: () => t('nav-calendar') },
  { id: 'reports', screen: { name: 'reports' }, label: () => t('nav-reports') },
  { id: 'awards', screen: { name: 'awards' }, label: () => t('nav-awards') },
] as const satisfies readonly { id: string; screen: Screen; label: () => string }[];

export type Section = (typeof SECTIONS)[number]['id'];

/** The key that leads to a section of the sidebar, as shown in its tooltip («Alt+2»). */
export function sectionKey(id: Section): string {
  return `Alt+${SECTIONS.findIndex((s) => s.id === id) + 1}`;
}

/** Every key the window knows, for the help in the About panel. */
export const SHORTCUTS: readonly { keys: string[]; label: () => string }[] = [
  { keys: ['Ctrl+F', 'Ctrl+K', '/'], label: () => t('shortcut-search') },
  { keys: ['Ctrl+N'], label: () => t('shortcut-new') },
  { keys: ['↑', '↓', 'Enter'], label: () => t('shortcut-list') },
  { keys: ['Ctrl+E'], label: () => t('shortcut-edit') },
  { keys: ['Ctrl+S'], label: () => t('shortcut-save') },
  { keys: ['Esc'], label: () => t('shortcut-escape') },
  { keys: ['Ctrl+Z'], label: () => t('shortcut-undo') },
  { keys: ['PageUp', 'PageDown'], label: () => t('shortcut-calendar') },
  { keys: ['Alt+1', '…', 'Alt+8'], label: () => t('shortcut-sections') },
  { keys: ['F1'], label: () => t('shortcut-help') },
];

/** The About panel (with the list of keys): open or not. F1 and the sidebar open it. */
export const about = $state({ open: false });

const TEXT_INPUTS = new Set(['', 'text', 'search', 'email', 'tel', 'url', 'number', 'password']);

/** Whether `el` takes typed text (a select, a checkbox or a date field does not). */
function takesText(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLInputElement) return TEXT_INPUTS.has(el.getAttribute('type') ?? '');
  return el instanceof HTMLTextAreaElement || el.isContentEditable;
}

/** The first control of the screen marked for `what`, unless it is hidden or disabled. */
function marked(what: 'search' | 'new'): HTMLElement | null {
  const candidates = document.querySelectorAll<HTMLElement>(`[data-shortcut="${what}"]`);
  for (const el of candidates) {
    if (el.closest('[hidden], [inert]') || el.matches(':disabled')) continue;
    if (what === 'new' || el.matches('input, select, textarea')) return el;
    // A group of filters: its first control.
    const first = el.querySelector<HTMLElement>('input, select, textarea');
    if (first && !first.matches(':disabled')) return first;
  }
  return null;
}

/** Puts the focus into the screen's search box; true when there was one. */
export function focusSearch(selectText = true): boolean {
  const box = marked('search');
  if (!box) return false;
  box.focus();
  if (selectText && box instanceof HTMLInputElement) box.select();
  return true;
}

/**
 * Alt+1 … Alt+9: the digit, else null. The keypad's digits are left alone (Alt+digits there
 * type a character by its code on Windows).
 */
function altDigit(e: KeyboardEvent): number | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.code.startsWith('Numpad')) return null;
  const match = /^Digit([1-9])$/.exec(e.code) ?? /^([1-9])$/.exec(e.key);
  return match ? Number(match[1]) : null;
}

/** The window's keydown handler (App.svelte listens with it). */
export function onShortcutKey(e: KeyboardEvent): void {
  if (e.defaultPrevented) return;
  // Before the register is open there are no sections to go to and no panel to show.
  const shell = app.screen.name !== 'loading' && app.screen.name !== 'open-error';
  const plain = !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey;

  if (e.key === 'F1' && plain) {
    if (!shell) return;
    e.preventDefault();
    about.open = true;
  } else if (isShortcut(e, 'f') || isShortcut(e, 'k')) {
    // Taken over in a text field too: there it would do nothing useful.
    if (focusSearch()) e.preventDefault();
  } else if ((e.key === '/' || (e.code === 'Slash' && !e.shiftKey)) && plain && !takesText(e.target)) {
    if (focusSearch(false)) e.preventDefault();
  } else if (isShortcut(e, 'n')) {
    // Not in the middle of typing a record (a plan row, say); from the search box it is fine.
    const target = e.target;
    if (takesText(target) && !(target instanceof HTMLElement && target.dataset.shortcut === 'search')) return;
    const button = marked('new');
    if (!button) return;
    e.preventDefault();
    button.click();
  } else {
    const digit = altDigit(e);
    const section = digit === null ? undefined : SECTIONS[digit - 1];
    if (section && shell) {
      e.preventDefault();
      go({ ...section.screen });
    }
  }
}
