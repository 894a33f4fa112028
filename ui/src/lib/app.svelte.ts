// What the whole window shares: the current screen, the catalogs (categories, directions,
// forms), today's date, the database file and the toasts. Screens read and replace these; no
// screen keeps a copy of its own.
import type { CatalogEntry, CatalogList, Catalogs, LocalizedName, SchoolYear } from './api';
import { locale, type Args } from './i18n/index.svelte';

export type Screen =
  | { name: 'loading' }
  | { name: 'open-error'; error: unknown; dbPath: string }
  | { name: 'welcome' }
  | { name: 'start' }
  // Partners: the list, one partner, the form.
  | { name: 'list' }
  | { name: 'partner'; id: number }
  | { name: 'new' }
  | { name: 'edit'; id: number }
  // Adding partners from a CSV or XLSX table.
  | { name: 'partner-import' }
  // Cooperation agreements; a new one may start from a partner.
  | { name: 'agreements' }
  | { name: 'agreement'; id: number }
  | { name: 'new-agreement'; partnerId: number | null }
  | { name: 'edit-agreement'; id: number }
  // The yearly plans; one plan, scrolled to an activity when one is named.
  | { name: 'plans' }
  | { name: 'plan'; id: number; activityId?: number }
  // Importing a plan from a CSV or XLSX table.
  | { name: 'plan-import' }
  // Events held: the list, one event's form, a new one (prefilled when marked from the plan).
  // `back` is where saving or cancelling returns to (the list when not given).
  | { name: 'events' }
  | { name: 'event'; id: number; back?: Screen }
  | { name: 'new-event'; prefill?: EventPrefill; back?: Screen }
  | { name: 'calendar' }
  // The monthly report and the year's summary.
  | { name: 'reports' }
  // Awards: the year's nominations, one nomination, the form; the certificate templates and
  // the journal of issued certificates.
  | { name: 'awards' }
  | { name: 'nomination'; id: number }
  | { name: 'new-nomination' }
  | { name: 'edit-nomination'; id: number }
  | { name: 'certificate-templates' }
  | { name: 'certificate-register' }
  // Adding nominees from a CSV or XLSX table as proposed nominations of a year.
  | { name: 'nominee-import' }
  // The organisation's profile.
  | { name: 'profile' }
  // Backups of the database: the list, a copy now, a restore; opening another database file.
  | { name: 'backups' }
  // Deleted plans, plan rows and events, kept for 30 days.
  | { name: 'trash' };

/** What a new event starts with when a planned activity is marked as held. */
export interface EventPrefill {
  partner_id: number | null;
  partner_name?: string;
  activity_id: number | null;
  title: string;
  form_id: number | null;
}

export const app = $state<{
  screen: Screen;
  catalogs: Catalogs;
  version: string;
  /**
   * Today as the core reckons it (`YYYY-MM-DD`, from the app state): the one date the
   * interface starts from (a new event's day, the month shown, the period offered). The
   * computer's clock is never read, so the core's «today» (PARTNERDESK_TODAY in tests) holds
   * everywhere. Empty until the app state has been read, before any screen is shown.
   */
  today: string;
  /** The school year today falls in (from the core): the default term of new records. */
  schoolYear: SchoolYear;
  /** The database file open (from the app state). */
  dbPath: string;
  /**
   * Counts the times the register changed under the window (an undo): the screen shown is
   * built anew each time, so that it reads everything again.
   */
  generation: number;
}>({
  screen: { name: 'loading' },
  catalogs: { categories: [], directions: [], forms: [] },
  version: '',
  today: '',
  schoolYear: { code: '', start_year: 0, first_day: '', last_day: '' },
  dbPath: '',
  generation: 0,
});

/** The year and the month (1–12) of today. */
export function currentMonth(): { year: number; month: number } {
  return { year: Number(app.today.slice(0, 4)), month: Number(app.today.slice(5, 7)) };
}

/**
 * Asked before the current screen is left or built anew. True lets it go at once; false means
 * «not now»: the guard asks the user itself and calls `proceed` if they agree to drop their work.
 */
export type LeaveGuard = (proceed: () => void) => boolean;
let leaveGuard: LeaveGuard | null = null;

/** Installs a guard (a form with unsaved changes); returns its removal. */
export function guardLeaving(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = null;
  };
}

/** Runs `then` once the current screen may be left: at once, or after its guard has asked. */
export function whenLeaving(then: () => void): void {
  if (leaveGuard && !leaveGuard(then)) return;
  then();
}

/** Shows another screen, unless the current one holds unsaved work (`force` skips asking). */
export function go(screen: Screen, options: { force?: boolean } = {}): void {
  const show = (): void => {
    app.screen = screen;
  };
  if (options.force) show();
  else whenLeaving(show);
}

const KEY: Record<CatalogList, keyof Catalogs> = {
  category: 'categories',
  direction: 'directions',
  form: 'forms',
};

export function catalogEntries(list: CatalogList): CatalogEntry[] {
  return app.catalogs[KEY[list]];
}

export function addToCatalog(entry: CatalogEntry): void {
  app.catalogs[KEY[entry.list]] = [...catalogEntries(entry.list), entry];
}

/** A name in the interface language, else in whichever language it has. */
export function localName(n: LocalizedName): string {
  return n[locale.lang] || n.ru || n.kk || n.en;
}

/** An entry's name in the interface language (the user's own entries may lack some languages). */
export function entryName(entry: CatalogEntry): string {
  return localName(entry.name);
}

/** The name of entry `id` of `list`, or '' when the catalogs do not know it. */
export function catalogName(list: CatalogList, id: number): string {
  const entry = catalogEntries(list).find((e) => e.id === id);
  return entry ? entryName(entry) : '';
}

export interface Toast {
  id: number;
  /** A Fluent id, translated when shown so a language switch reaches it too. */
  message: string;
  args?: Args;
  /** It tells of the latest change of the register, which Undo takes back. */
  undo?: boolean;
  /** A failure to tell instead of the message (a rejection, shown as errors are). */
  error?: unknown;
}

export const toasts = $state<Toast[]>([]);
let nextToast = 1;

/** How long a toast offering Undo stays: long enough to reach the button. */
const UNDO_MS = 8000;

function show(item: Omit<Toast, 'id'>, ms: number): void {
  const id = nextToast++;
  toasts.push({ id, ...item });
  setTimeout(() => dismissToast(id), ms);
}

/** Shows a short confirmation that disappears by itself. */
export function toast(message: string, args?: Args, ms = 3000): void {
  show(args ? { message, args } : { message }, ms);
}

/**
 * Confirms a change of the register and offers to undo it. Only the latest change can be
 * undone, so the toasts of earlier ones stop offering it.
 */
export function toastChange(message: string, args?: Args): void {
  dropUndoOffers();
  show(args ? { message, args, undo: true } : { message, undo: true }, UNDO_MS);
}

/** Tells of a failure that has no place on the screen (an undo that did not happen). */
export function toastError(error: unknown): void {
  show({ message: '', error }, UNDO_MS);
}

/**
 * No toast offers Undo any more: what it would take back is no longer the latest change (it
 * was undone, a change without a toast came after it, or the database was replaced).
 */
export function dropUndoOffers(): void {
  for (const item of toasts) item.undo = false;
}

export function dismissToast(id: number): void {
  const i = toasts.findIndex((x) => x.id === id);
  if (i >= 0) toasts.splice(i, 1);
}
