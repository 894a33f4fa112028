// Runs before each test: a fresh fake core, the lists and the window state back to start.
import { afterEach, beforeEach } from 'vitest';
import { clearMocks } from '@tauri-apps/api/mocks';
import { app, toasts } from '../lib/app.svelte';
import { applyLanguage } from '../lib/i18n/index.svelte';
import { resetListView } from '../lib/partners/list-state.svelte';
import { resetAgreementView } from '../lib/agreements/list-state.svelte';
import { resetEventView } from '../lib/events/list-state.svelte';
import { resetCalendarView } from '../lib/calendar/view-state.svelte';
import { resetReportView } from '../lib/reports/view-state.svelte';
import { resetAwardView } from '../lib/awards/list-state.svelte';
import { about } from '../lib/shortcuts.svelte';
import { catalogs, schoolYearFrom, TODAY } from './core';

beforeEach(() => {
  applyLanguage('ru');
  // Today as the core would tell it; the views below start from its month.
  app.today = TODAY;
  app.schoolYear = schoolYearFrom(2026);
  resetListView();
  resetAgreementView();
  resetEventView();
  resetCalendarView();
  resetReportView();
  resetAwardView();
  app.screen = { name: 'loading' };
  app.catalogs = structuredClone(catalogs);
  toasts.splice(0);
  about.open = false;
});

afterEach(() => {
  clearMocks();
});
