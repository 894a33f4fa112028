// Loading the window from the core: what the app shows first, and again after a restore has
// replaced the whole database (then nothing kept from before may stay on screen).
import { getAppState, listCatalogs } from './api';
import { app, go } from './app.svelte';
import { applyLanguage, initialLanguage } from './i18n/index.svelte';
import { resetListView } from './partners/list-state.svelte';
import { resetAgreementView } from './agreements/list-state.svelte';
import { resetEventView } from './events/list-state.svelte';
import { resetCalendarView } from './calendar/view-state.svelte';
import { resetReportView } from './reports/view-state.svelte';

/**
 * Reads the state and the catalogs and opens the first screen (the start page, the welcome on
 * a first run, a calm message when the database cannot be opened). True if the register opened.
 */
export async function startApp(): Promise<boolean> {
  try {
    const state = await getAppState();
    app.version = state.version;
    app.today = state.today;
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
}

/** Starts over as if the app had just been opened: every screen and list reads anew. */
export async function reloadApp(): Promise<boolean> {
  go({ name: 'loading' }, { force: true });
  return startApp();
}
