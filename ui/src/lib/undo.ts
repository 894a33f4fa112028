// Undo of the last change of the register, from a toast's Undo button or Ctrl+Z. The core keeps
// the change and takes it back; here the window is only shown anew over what the register now
// holds: the screen the user is on, or, when that screen's record was taken back with the
// change (a partner just created), the list it belongs to.
import {
  canUndo,
  getAgreement,
  getEvent,
  getNomination,
  getPartner,
  getPlanSheet,
  isErrorPayload,
  undoLastChange,
} from './api';
import { app, dropUndoOffers, toast, toastError, whenLeaving, type Screen } from './app.svelte';
import { refreshApp } from './start-up';
import { isEditable, isShortcut } from './components/keys';

let undoing = false;

/**
 * Undoes the last change, then shows the current screen anew. The screen is built again, so
 * unsaved work on it would be lost: its guard asks first, and nothing is undone if the user
 * keeps the work.
 */
export function undo(): void {
  if (undoing) return;
  whenLeaving(() => void undoNow());
}

async function undoNow(): Promise<void> {
  if (undoing) return;
  undoing = true;
  // Whatever happens, what the toasts offer to undo is no longer there to undo.
  dropUndoOffers();
  try {
    await undoLastChange();
  } catch (e) {
    toastError(e);
    undoing = false;
    return;
  }
  try {
    await refreshApp(await stillShown(app.screen));
    toast('toast-undone');
  } catch (e) {
    toastError(e);
  } finally {
    undoing = false;
  }
}

/** `screen` if the record it shows is still there, else where that record was listed. */
async function stillShown(screen: Screen): Promise<Screen> {
  const gone = (e: unknown) => isErrorPayload(e) && e.code === 'not-found';
  try {
    switch (screen.name) {
      case 'partner':
      case 'edit':
        await getPartner(screen.id);
        break;
      case 'agreement':
      case 'edit-agreement':
        await getAgreement(screen.id);
        break;
      case 'plan':
        await getPlanSheet(screen.id);
        break;
      case 'event':
        await getEvent(screen.id);
        break;
      case 'nomination':
      case 'edit-nomination':
        await getNomination(screen.id);
        break;
    }
    return screen;
  } catch (e) {
    if (!gone(e)) return screen; // the screen itself will say what is wrong
    switch (screen.name) {
      case 'partner':
      case 'edit':
        return { name: 'list' };
      case 'agreement':
      case 'edit-agreement':
        return { name: 'agreements' };
      case 'plan':
        return { name: 'plans' };
      case 'event':
        return stillShown(screen.back ?? { name: 'events' });
      case 'nomination':
      case 'edit-nomination':
        return { name: 'awards' };
      default:
        return screen;
    }
  }
}

/**
 * Ctrl+Z outside text fields (where it undoes typing) undoes the last change of the register,
 * when there is one.
 */
export async function undoOnKey(e: KeyboardEvent): Promise<void> {
  if (e.defaultPrevented || !isShortcut(e, 'z') || isEditable(e.target)) return;
  if (app.screen.name === 'loading' || app.screen.name === 'open-error') return;
  e.preventDefault();
  let possible = false;
  try {
    possible = await canUndo();
  } catch {
    // Nothing can be undone while the core cannot be asked.
  }
  if (possible) undo();
}
