// The window's shortcuts for a screen rendered on its own (App.svelte installs them in the app).
import { onTestFinished } from 'vitest';
import { onShortcutKey } from '../lib/shortcuts.svelte';

/** Listens with the window's shortcut handler until the end of the current test. */
export function useShortcuts(): void {
  window.addEventListener('keydown', onShortcutKey);
  onTestFinished(() => window.removeEventListener('keydown', onShortcutKey));
}
