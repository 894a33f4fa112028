// Small helpers for the keyboard handlers of the screens.

/** Whether keys typed at `el` are text being typed (an input, a select, an editable area). */
export function isEditable(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return (
    el.tagName === 'INPUT' ||
    el.tagName === 'TEXTAREA' ||
    el.tagName === 'SELECT' ||
    el.isContentEditable
  );
}

/**
 * Whether `e` is Ctrl (⌘) + `letter`. Checks e.code as well as e.key: with a Russian or Kazakh
 * layout Ctrl+F gives e.key «а».
 */
export function isShortcut(e: KeyboardEvent, letter: string): boolean {
  return (
    (e.ctrlKey || e.metaKey) &&
    !e.altKey &&
    !e.shiftKey &&
    (e.code === `Key${letter.toUpperCase()}` || e.key.toLowerCase() === letter)
  );
}
