// Loading the window from the core: what the app shows first, again after a restore or another
// database file has replaced the whole register (then nothing kept from before may stay on
// screen), and the screen shown after an undo has changed the register under it.
import { getAppState, listCatalogs } from './api';
import { app, dropUndoOffers, go, type Screen } from './app.svelte';
import { applyLanguage, initialLanguage } from './i18n/index.svelte';
import { resetListView } from './partners/list-state.svelte';
import { resetAgreementView } from './agreements/list-state.svelte';
import { resetEventView } from './events/list-state.svelte';
import { resetCalendarView } from './calendar/view-state.svelte';
import { resetReportView } from './reports/view-state.svelte';
import { resetAwardView } from './awards/list-state.svelte';

/**
 * Reads the state and the catalogs and opens the first screen (the start page, the welcome on
 * a first run, a calm message when the database cannot be opened). True if the register opened.
 */
export async function startApp(): Promise<boolean> {
  try {
    const state = await getAppState();
    app.version = state.version;
    app.today = state.today;
    app.schoolYear = state.school_year;
    app.dbPath = state.db_path;
    // The lists and months start from today, which is only known now.
    resetViews();
    applyLanguage(initialLanguage(state.language, navigator.languages ?? [navigator.language]));
    if (state.open_error) {
      go({ name: 'open-error', error: state.open_error, dbPath: state.db_path });
      return false;
    }
    app.catalogs = await listCatalogs();
    go(state.first_run ? { name: 'welcome' } : { name: 'start' });
    return true;
  } catch (e) {
    go({ name: 'open-error', error: e, dbPath: '' });
    return false;
  }
}

/** Every list's filters and every month shown back as on opening the app. */
function resetViews(): void {
  resetListView();
  resetAgreementView();
  resetEventView();
  resetCalendarView();
  resetReportView();
  resetAwardView();
}

/** Starts over as if the app had just been opened: every screen and list reads anew. */
export async function reloadApp(): Promise<boolean> {
  // The changes made before were made to another register (or to this one before the restore).
  dropUndoOffers();
  go({ name: 'loading' }, { force: true });
  return startApp();
}

/**
 * Shows `screen` built anew over the register as it is now (after an undo): the state and the
 * catalogs are read again, and the screen reads its own records. A register taken back to its
 * first run shows the welcome again; the lists keep their filters.
 */
export async function refreshApp(screen: Screen): Promise<void> {
  const state = await getAppState();
  app.today = state.today;
  app.schoolYear = state.school_year;
  app.dbPath = state.db_path;
  if (state.open_error) {
    go({ name: 'open-error', error: state.open_error, dbPath: state.db_path }, { force: true });
    return;
  }
  app.catalogs = await listCatalogs();
  go(state.first_run ? { name: 'welcome' } : screen, { force: true });
  app.generation += 1;
}
